//! Linking two calibrations through common items: find θ_base = A·θ_new + B.
//!
//! Under that transformation an item's slope becomes a / A and its locations A·b + B (c is
//! unchanged). Mean/mean and mean/sigma use the common items' parameter moments (quick checks);
//! Haebara (1980) matches item characteristic curves and Stocking & Lord (1983) the test
//! characteristic curve, both over N(0, 1) quadrature on the base scale, minimised by Newton's
//! method with numerical derivatives from the mean/sigma start.

use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};

/// θ_base = slope · θ_new + intercept.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Transformation {
    /// A.
    pub slope: f64,
    /// B.
    pub intercept: f64,
}

impl Transformation {
    /// An item of the new calibration, expressed on the base scale.
    pub fn apply(&self, model: &IrtModel) -> IrtModel {
        let (a_k, b_k) = (self.slope, self.intercept);
        let b = |b: f64| a_k * b + b_k;
        match model {
            IrtModel::OnePl { b: x } => IrtModel::TwoPl { a: 1.0 / a_k, b: b(*x) },
            IrtModel::TwoPl { a, b: x } => IrtModel::TwoPl { a: a / a_k, b: b(*x) },
            IrtModel::ThreePl { a, b: x, c } => IrtModel::ThreePl {
                a: a / a_k,
                b: b(*x),
                c: *c,
            },
            IrtModel::Graded { a, thresholds, floor } => IrtModel::Graded {
                a: a / a_k,
                thresholds: thresholds.iter().map(|&x| b(x)).collect(),
                // A floor is a probability: no scale change moves it.
                floor: floor.clone(),
            },
        }
    }
}

/// Every linking method's answer, for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Linking {
    /// Mean/mean (Loyd & Hoover, 1980).
    pub mean_mean: Transformation,
    /// Mean/sigma (Marco, 1977).
    pub mean_sigma: Transformation,
    /// Haebara (1980) characteristic-curve method.
    pub haebara: Transformation,
    /// Stocking & Lord (1983) characteristic-curve method.
    pub stocking_lord: Transformation,
}

fn locations(m: &IrtModel) -> Vec<f64> {
    match m {
        IrtModel::OnePl { b } | IrtModel::TwoPl { b, .. } | IrtModel::ThreePl { b, .. } => vec![*b],
        IrtModel::Graded { thresholds, .. } => thresholds.clone(),
    }
}

fn mean(x: &[f64]) -> f64 {
    x.iter().sum::<f64>() / x.len() as f64
}

fn sd(x: &[f64]) -> f64 {
    let m = mean(x);
    (x.iter().map(|v| (v - m).powi(2)).sum::<f64>() / x.len() as f64).sqrt()
}

/// Links `new` to `base`: the same common items (same order, same model kinds) calibrated
/// twice. `None` with fewer than two common items or degenerate locations.
pub fn link(new: &[IrtModel], base: &[IrtModel]) -> Option<Linking> {
    if new.len() != base.len() || new.len() < 2 {
        return None;
    }
    let bn: Vec<f64> = new.iter().flat_map(locations).collect();
    let bb: Vec<f64> = base.iter().flat_map(locations).collect();
    if bn.len() != bb.len() || sd(&bn) <= 0.0 {
        return None;
    }
    let an: Vec<f64> = new.iter().map(IrtModel::discrimination).collect();
    let ab: Vec<f64> = base.iter().map(IrtModel::discrimination).collect();
    let mm_slope = mean(&an) / mean(&ab);
    let mean_mean = Transformation {
        slope: mm_slope,
        intercept: mean(&bb) - mm_slope * mean(&bn),
    };
    let ms_slope = sd(&bb) / sd(&bn);
    let mean_sigma = Transformation {
        slope: ms_slope,
        intercept: mean(&bb) - ms_slope * mean(&bn),
    };
    let nodes: Vec<f64> = (0..41).map(|i| -4.0 + 0.2 * i as f64).collect();
    let weights: Vec<f64> = {
        let w: Vec<f64> = nodes.iter().map(|t| (-0.5 * t * t).exp()).collect();
        let s: f64 = w.iter().sum();
        w.into_iter().map(|x| x / s).collect()
    };
    let haebara_loss = |t: Transformation| {
        let mut loss = 0.0;
        for (m, b) in new.iter().zip(base) {
            let moved = t.apply(m);
            for (&q, &w) in nodes.iter().zip(&weights) {
                for k in 0..b.categories() {
                    loss += w * (b.probability(q, k) - moved.probability(q, k)).powi(2);
                }
            }
        }
        loss
    };
    let stocking_lord_loss = |t: Transformation| {
        let moved: Vec<IrtModel> = new.iter().map(|m| t.apply(m)).collect();
        nodes
            .iter()
            .zip(&weights)
            .map(|(&q, &w)| {
                let tb: f64 = base.iter().map(|m| m.expected_score(q)).sum();
                let tn: f64 = moved.iter().map(|m| m.expected_score(q)).sum();
                w * (tb - tn).powi(2)
            })
            .sum::<f64>()
    };
    Some(Linking {
        mean_mean,
        mean_sigma,
        haebara: minimise(haebara_loss, mean_sigma),
        stocking_lord: minimise(stocking_lord_loss, mean_sigma),
    })
}

/// Damped Newton on (ln A, B) with central-difference derivatives; a step that does not lower
/// the loss is halved.
fn minimise(loss: impl Fn(Transformation) -> f64, start: Transformation) -> Transformation {
    let at = |x: [f64; 2]| {
        loss(Transformation {
            slope: x[0].exp(),
            intercept: x[1],
        })
    };
    let mut x = [start.slope.max(1e-6).ln(), start.intercept];
    let mut f = at(x);
    let h = 1e-4;
    for _ in 0..100 {
        let mut g = [0.0; 2];
        let mut hess = [[0.0; 2]; 2];
        for i in 0..2 {
            let mut p = x;
            p[i] += h;
            let mut m = x;
            m[i] -= h;
            let (fp, fm) = (at(p), at(m));
            g[i] = (fp - fm) / (2.0 * h);
            hess[i][i] = (fp - 2.0 * f + fm) / (h * h);
        }
        let mut pp = x;
        pp[0] += h;
        pp[1] += h;
        let mut pm = x;
        pm[0] += h;
        pm[1] -= h;
        let mut mp = x;
        mp[0] -= h;
        mp[1] += h;
        let mut mm = x;
        mm[0] -= h;
        mm[1] -= h;
        let cross = (at(pp) - at(pm) - at(mp) + at(mm)) / (4.0 * h * h);
        hess[0][1] = cross;
        hess[1][0] = cross;
        let det = hess[0][0] * hess[1][1] - cross * cross;
        let step = if det > 0.0 && hess[0][0] > 0.0 {
            [
                (hess[1][1] * g[0] - cross * g[1]) / det,
                (hess[0][0] * g[1] - cross * g[0]) / det,
            ]
        } else {
            [g[0], g[1]]
        };
        let mut t = 1.0;
        let mut moved = false;
        for _ in 0..40 {
            let cand = [x[0] - t * step[0], x[1] - t * step[1]];
            let fc = at(cand);
            if fc.is_finite() && fc < f {
                x = cand;
                moved = (f - fc) > 1e-18;
                f = fc;
                break;
            }
            t *= 0.5;
        }
        if !moved || g[0].abs().max(g[1].abs()) < 1e-12 {
            break;
        }
    }
    Transformation {
        slope: x[0].exp(),
        intercept: x[1],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base_items() -> Vec<IrtModel> {
        vec![
            IrtModel::TwoPl { a: 1.2, b: -1.3 },
            IrtModel::TwoPl { a: 0.8, b: -0.2 },
            IrtModel::ThreePl { a: 1.5, b: 0.4, c: 0.2 },
            IrtModel::TwoPl { a: 1.9, b: 1.1 },
            IrtModel::Graded {
                a: 1.1,
                thresholds: vec![-0.8, 0.3, 1.6],
                floor: Vec::new(),
            },
            IrtModel::TwoPl { a: 0.7, b: 2.0 },
        ]
    }

    #[test]
    fn recovers_a_known_transformation() {
        let truth = Transformation {
            slope: 1.3,
            intercept: -0.45,
        };
        let inverse = Transformation {
            slope: 1.0 / truth.slope,
            intercept: -truth.intercept / truth.slope,
        };
        let base = base_items();
        let new: Vec<IrtModel> = base.iter().map(|m| inverse.apply(m)).collect();
        let l = link(&new, &base).unwrap();
        for t in [l.mean_mean, l.mean_sigma, l.haebara, l.stocking_lord] {
            assert!(
                (t.slope - 1.3).abs() < 1e-5 && (t.intercept + 0.45).abs() < 1e-5,
                "{t:?}"
            );
        }
        // With estimation noise on the new calibration the curve methods stay close.
        let noisy: Vec<IrtModel> = new
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let e = if i % 2 == 0 { 0.04 } else { -0.04 };
                Transformation {
                    slope: 1.0 + e,
                    intercept: e,
                }
                .apply(m)
            })
            .collect();
        let l = link(&noisy, &base).unwrap();
        for t in [l.haebara, l.stocking_lord] {
            assert!(
                (t.slope - 1.3).abs() < 0.05 && (t.intercept + 0.45).abs() < 0.05,
                "{t:?}"
            );
        }
    }

    #[test]
    fn too_few_common_items_give_none() {
        assert!(link(&base_items()[..1], &base_items()[..1]).is_none());
        assert!(link(&base_items()[..2], &base_items()[..3]).is_none());
    }
}
