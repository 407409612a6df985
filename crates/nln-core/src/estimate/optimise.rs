//! One-dimensional maximisation and root finding on a bounded interval.
//!
//! IRT log-likelihoods are concave for 1PL/2PL/GRM but not always for 3PL, so a bare Newton
//! iteration can jump to a wrong mode or leave the interval. Both routines first scan a grid to
//! bracket the answer, then refine inside the bracket with safeguarded Newton or bisection.

const SCAN_STEP: f64 = 0.25;
const TOL: f64 = 1e-10;

fn scan_points(lo: f64, hi: f64) -> Vec<f64> {
    let n = (((hi - lo) / SCAN_STEP).ceil() as usize).max(2);
    (0..=n).map(|i| lo + (hi - lo) * i as f64 / n as f64).collect()
}

/// Maximises `f` on [lo, hi]. `f` returns (value, first derivative, second derivative).
/// Returns the maximiser and whether it lies on a bound.
pub fn maximise(f: impl Fn(f64) -> (f64, f64, f64), lo: f64, hi: f64) -> (f64, bool) {
    let xs = scan_points(lo, hi);
    let values: Vec<(f64, f64, f64)> = xs.iter().map(|&x| f(x)).collect();
    let best = (0..xs.len())
        .max_by(|&i, &j| values[i].0.total_cmp(&values[j].0))
        .unwrap_or(0);
    let last = xs.len() - 1;
    if best == 0 && values[0].1 <= 0.0 {
        return (lo, true);
    }
    if best == last && values[last].1 >= 0.0 {
        return (hi, true);
    }
    // The maximum lies in [x_{best-1}, x_{best+1}]; the derivative changes sign there.
    let mut a = xs[best.saturating_sub(1)];
    let mut b = xs[(best + 1).min(last)];
    let mut x = xs[best];
    for _ in 0..200 {
        let (_, d1, d2) = f(x);
        if d1.abs() < TOL || b - a < TOL {
            break;
        }
        if d1 > 0.0 {
            a = x;
        } else {
            b = x;
        }
        let newton = if d2 < 0.0 { x - d1 / d2 } else { f64::NAN };
        x = if newton > a && newton < b {
            newton
        } else {
            0.5 * (a + b)
        };
    }
    (x, false)
}

/// Finds a root of a function that goes from positive to negative on [lo, hi], choosing among
/// several sign changes the one where `score` is largest. Without a sign change, returns the
/// bound the function points to (upper when it stays positive) and `true`.
pub fn decreasing_root(g: impl Fn(f64) -> f64, score: impl Fn(f64) -> f64, lo: f64, hi: f64) -> (f64, bool) {
    let xs = scan_points(lo, hi);
    let gs: Vec<f64> = xs.iter().map(|&x| g(x)).collect();
    let mut best: Option<(f64, f64)> = None;
    for i in 0..xs.len() - 1 {
        if gs[i] >= 0.0 && gs[i + 1] < 0.0 {
            let (mut a, mut b) = (xs[i], xs[i + 1]);
            for _ in 0..100 {
                let m = 0.5 * (a + b);
                if b - a < TOL {
                    break;
                }
                if g(m) >= 0.0 {
                    a = m;
                } else {
                    b = m;
                }
            }
            let root = 0.5 * (a + b);
            let s = score(root);
            if best.is_none_or(|(_, bs)| s > bs) {
                best = Some((root, s));
            }
        }
    }
    match best {
        Some((root, _)) => (root, false),
        None if gs[0] < 0.0 => (lo, true),
        None => (hi, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maximise_finds_an_interior_maximum_and_reports_bounds() {
        // -(x - 1.3)^2: maximum at 1.3, inside.
        let (x, on_bound) = maximise(|x| (-(x - 1.3f64).powi(2), -2.0 * (x - 1.3), -2.0), -4.0, 4.0);
        assert!((x - 1.3).abs() < 1e-8 && !on_bound, "{x}");
        // Increasing everywhere: the upper bound, flagged.
        assert_eq!(maximise(|x| (x, 1.0, 0.0), -4.0, 4.0), (4.0, true));
        assert_eq!(maximise(|x| (-x, -1.0, 0.0), -4.0, 4.0), (-4.0, true));
        // Two peaks (as a 3PL likelihood can have): the higher one is found, not the nearer.
        let f = |x: f64| {
            let p1 = (-(x + 2.0).powi(2)).exp();
            let p2 = 2.0 * (-(x - 2.0).powi(2)).exp();
            let d1 = -2.0 * (x + 2.0) * p1 - 2.0 * (x - 2.0) * p2;
            let d2 = (4.0 * (x + 2.0).powi(2) - 2.0) * p1 + (4.0 * (x - 2.0).powi(2) - 2.0) * p2;
            (p1 + p2, d1, d2)
        };
        let (x, _) = maximise(f, -4.0, 4.0);
        assert!((x - 2.0).abs() < 1e-3, "{x}");
    }

    #[test]
    fn decreasing_root_solves_and_falls_back_to_the_bound() {
        let (x, on_bound) = decreasing_root(|x| 0.5 - x, |_| 0.0, -4.0, 4.0);
        assert!((x - 0.5).abs() < 1e-8 && !on_bound, "{x}");
        assert_eq!(decreasing_root(|_| 1.0, |_| 0.0, -4.0, 4.0), (4.0, true));
        assert_eq!(decreasing_root(|_| -1.0, |_| 0.0, -4.0, 4.0), (-4.0, true));
    }
}
