//! One item in slope-intercept form, as the M-step sees it.
//!
//! Estimation works on (a, d_1 > … > d_m, g) with P*(X ≥ k) = ψ(aθ + d_k) and, for 3PL, a
//! lower asymptote c = ψ(g): the likelihood is smoother in d than in b = −d/a, and g is free of
//! the [0, 1] bound (mirt's parameterisation). The bank stores the IRT form (a, b, c).

use crate::irt::{logistic, IrtModel};
use serde::{Deserialize, Serialize};

/// Response model to estimate for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelKind {
    /// Rasch: slope fixed at 1, latent variance estimated.
    Rasch,
    /// One-parameter logistic: one slope common to every 1PL item, N(0, 1) latent.
    #[serde(rename = "1pl")]
    OnePl,
    /// Two-parameter logistic.
    #[serde(rename = "2pl")]
    TwoPl,
    /// Three-parameter logistic with a Beta prior on the lower asymptote.
    #[serde(rename = "3pl")]
    ThreePl,
    /// Samejima's graded response model.
    Grm,
}

impl ModelKind {
    /// Every kind, in the order `--model` lists them.
    pub const ALL: [ModelKind; 5] = [
        ModelKind::Rasch,
        ModelKind::OnePl,
        ModelKind::TwoPl,
        ModelKind::ThreePl,
        ModelKind::Grm,
    ];

    /// Name as given on the command line (`rasch`, `1pl`, `2pl`, `3pl`, `grm`).
    pub fn name(self) -> &'static str {
        match self {
            ModelKind::Rasch => "rasch",
            ModelKind::OnePl => "1pl",
            ModelKind::TwoPl => "2pl",
            ModelKind::ThreePl => "3pl",
            ModelKind::Grm => "grm",
        }
    }

    /// Parses a name (`rasch`, `1pl`, `2pl`, `3pl`, `grm`).
    pub fn parse(name: &str) -> Option<ModelKind> {
        ModelKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Beta(alpha, beta) prior on a 3PL lower asymptote.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BetaPrior {
    /// First shape parameter.
    pub alpha: f64,
    /// Second shape parameter.
    pub beta: f64,
}

impl Default for BetaPrior {
    /// Beta(5, 17): mode 0.2, the chance level of a five-option item, as BILOG-MG suggests.
    fn default() -> Self {
        BetaPrior { alpha: 5.0, beta: 17.0 }
    }
}

/// Log-normal prior on slopes: ln a ~ N(mean, sd²). Keeps a slope finite when an item is seen
/// only in a narrow ability range (sparse adaptive data); BILOG-MG's default is (0, 0.5).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LogNormalPrior {
    /// Mean of ln a.
    pub mean: f64,
    /// SD of ln a.
    pub sd: f64,
}

/// Priors applied in the M-step (MAP for items; the marginal likelihood reported excludes them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct ItemPriors {
    /// Beta prior on 3PL lower asymptotes.
    pub guessing: Option<BetaPrior>,
    /// Log-normal prior on free slopes.
    pub slope: Option<LogNormalPrior>,
}

/// Slope-intercept parameters of one item.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ItemParams {
    pub a: f64,
    /// Intercepts, decreasing: d_k for P(X ≥ k), k = 1..=m.
    pub d: Vec<f64>,
    /// Logit of the lower asymptote (3PL only).
    pub g: Option<f64>,
    /// Guessing floor π_1..π_m of a graded item, held fixed (empty: none).
    pub floor: Vec<f64>,
}

impl ItemParams {
    pub fn categories(&self) -> usize {
        self.d.len() + 1
    }

    /// From a bank model (anchors, start values).
    pub fn from_model(model: &IrtModel) -> ItemParams {
        match model {
            IrtModel::OnePl { b } => ItemParams {
                a: 1.0,
                d: vec![-b],
                g: None,
                floor: Vec::new(),
            },
            IrtModel::TwoPl { a, b } => ItemParams {
                a: *a,
                d: vec![-a * b],
                g: None,
                floor: Vec::new(),
            },
            IrtModel::ThreePl { a, b, c } => ItemParams {
                a: *a,
                d: vec![-a * b],
                g: Some(logit(c.clamp(1e-9, 1.0 - 1e-9))),
                floor: Vec::new(),
            },
            IrtModel::Graded { a, thresholds, floor } => ItemParams {
                a: *a,
                d: thresholds.iter().map(|b| -a * b).collect(),
                g: None,
                floor: floor.clone(),
            },
        }
    }

    /// The bank model of these parameters.
    pub fn to_model(&self, kind: ModelKind) -> IrtModel {
        let b = |d: f64| -d / self.a;
        match kind {
            ModelKind::Rasch => IrtModel::OnePl { b: b(self.d[0]) },
            ModelKind::OnePl | ModelKind::TwoPl => IrtModel::TwoPl {
                a: self.a,
                b: b(self.d[0]),
            },
            ModelKind::ThreePl => IrtModel::ThreePl {
                a: self.a,
                b: b(self.d[0]),
                c: logistic(self.g.unwrap_or(f64::NEG_INFINITY)),
            },
            ModelKind::Grm => IrtModel::Graded {
                a: self.a,
                thresholds: self.d.iter().map(|&d| b(d)).collect(),
                floor: self.floor.clone(),
            },
        }
    }

    /// Flattened as (a, d_1..d_m, g).
    pub fn to_vec(&self) -> Vec<f64> {
        let mut v = Vec::with_capacity(self.d.len() + 2);
        v.push(self.a);
        v.extend(&self.d);
        v.extend(self.g);
        v
    }

    pub fn set_from(&mut self, v: &[f64]) {
        self.a = v[0];
        let m = self.d.len();
        self.d.copy_from_slice(&v[1..1 + m]);
        if let Some(g) = self.g.as_mut() {
            *g = v[1 + m];
        }
    }

    /// Intercepts strictly decreasing and every value finite.
    pub fn is_admissible(&self) -> bool {
        self.a.is_finite()
            && self.d.iter().all(|d| d.is_finite())
            && self.d.windows(2).all(|w| w[0] > w[1])
            && self.g.is_none_or(|g| g.is_finite())
    }

    /// Category probabilities at `theta` into `out` (length m + 1).
    pub fn probabilities(&self, theta: f64, out: &mut [f64]) {
        let m = self.d.len();
        if let Some(g) = self.g {
            let c = logistic(g);
            let z = self.a * theta + self.d[0];
            out[1] = c + (1.0 - c) * logistic(z);
            out[0] = (1.0 - c) * logistic(-z);
            return;
        }
        for (k, out_k) in out.iter_mut().enumerate().take(m + 1) {
            *out_k = if k == 0 {
                logistic(-(self.a * theta + self.d[0]))
            } else if k == m {
                logistic(self.a * theta + self.d[m - 1])
            } else {
                // ψ(u) − ψ(v) = ψ(u) ψ(−v) (1 − e^(v − u)), free of cancellation.
                let u = self.a * theta + self.d[k - 1];
                let v = self.a * theta + self.d[k];
                logistic(u) * logistic(-v) * -(v - u).exp_m1()
            };
        }
        if !self.floor.is_empty() {
            // P(k) = P_GRM(k) + π_k P_GRM(0), P(0) = (1 − Σπ) P_GRM(0) (see `IrtModel::Graded`).
            let zero = out[0];
            out[0] = zero * (1.0 - self.floor.iter().sum::<f64>());
            for (out_k, pi) in out[1..=m].iter_mut().zip(&self.floor) {
                *out_k += pi * zero;
            }
        }
    }

    /// Expected complete-data log-likelihood of expected counts `r[k * q + node]` and its
    /// gradient in (a, d_1..d_m, g), plus the Beta prior on c when given.
    pub fn objective(&self, nodes: &[f64], r: &[f64], priors: &ItemPriors, grad: &mut [f64]) -> f64 {
        let mut value = self.likelihood(nodes, r, priors.guessing, grad);
        if let Some(ln) = priors.slope {
            if self.a > 0.0 {
                let z = (self.a.ln() - ln.mean) / ln.sd;
                value += -0.5 * z * z - self.a.ln();
                grad[0] += -z / (ln.sd * self.a) - 1.0 / self.a;
            } else {
                value = f64::NEG_INFINITY;
            }
        }
        value
    }

    fn likelihood(&self, nodes: &[f64], r: &[f64], prior: Option<BetaPrior>, grad: &mut [f64]) -> f64 {
        let nq = nodes.len();
        let m = self.d.len();
        grad.iter_mut().for_each(|x| *x = 0.0);
        let mut value = 0.0;
        let mut p = [0.0f64; 32];
        let mut big = Vec::new();
        let p: &mut [f64] = if m < 32 {
            &mut p[..m + 1]
        } else {
            big.resize(m + 1, 0.0);
            &mut big
        };
        if let Some(g) = self.g {
            let c = logistic(g);
            for (q, &t) in nodes.iter().enumerate() {
                let (r0, r1) = (r[q], r[nq + q]);
                if r0 == 0.0 && r1 == 0.0 {
                    continue;
                }
                let z = self.a * t + self.d[0];
                let psi = logistic(z);
                let p1 = (c + (1.0 - c) * psi).max(f64::MIN_POSITIVE);
                let p0 = ((1.0 - c) * logistic(-z)).max(f64::MIN_POSITIVE);
                value += r0 * p0.ln() + r1 * p1.ln();
                let s = r1 / p1 - r0 / p0;
                let w = (1.0 - c) * psi * (1.0 - psi);
                grad[0] += s * w * t;
                grad[1] += s * w;
                grad[2] += s * (1.0 - psi) * c * (1.0 - c);
            }
            if let Some(b) = prior {
                value += (b.alpha - 1.0) * c.max(f64::MIN_POSITIVE).ln()
                    + (b.beta - 1.0) * (1.0 - c).max(f64::MIN_POSITIVE).ln();
                grad[2] += (b.alpha - 1.0) * (1.0 - c) - (b.beta - 1.0) * c;
            }
            return value;
        }
        for (q, &t) in nodes.iter().enumerate() {
            if (0..=m).all(|k| r[k * nq + q] == 0.0) {
                continue;
            }
            self.probabilities(t, p);
            // With a floor, P_k = G_k + π_k G_0 and P_0 = (1 − Σπ) G_0 in the plain GRM
            // probabilities G, so the score in G_0 gathers every category's share of it.
            let zero_weight = if self.floor.is_empty() {
                0.0
            } else {
                let share = |k: usize| r[k * nq + q] / p[k].max(f64::MIN_POSITIVE);
                (1.0 - self.floor.iter().sum::<f64>()) * share(0)
                    + (1..=m).map(|k| self.floor[k - 1] * share(k)).sum::<f64>()
            };
            // w_k = P*_k (1 − P*_k) for k = 1..m; w_0 = w_{m+1} = 0.
            let mut ratio_prev = 0.0; // the weight of G_{k-1}
            for k in 0..=m {
                let rk = r[k * nq + q];
                let pk = p[k].max(f64::MIN_POSITIVE);
                let ratio = if k == 0 && !self.floor.is_empty() {
                    zero_weight
                } else {
                    rk / pk
                };
                if rk > 0.0 {
                    value += rk * pk.ln();
                }
                if k >= 1 {
                    let ps = logistic(self.a * t + self.d[k - 1]);
                    let w = ps * (1.0 - ps);
                    // P*_k enters P_k with + and P_{k-1} with −.
                    let s = ratio - ratio_prev;
                    grad[0] += s * w * t;
                    grad[k] += s * w;
                }
                ratio_prev = ratio;
            }
        }
        value
    }
}

pub(crate) fn logit(p: f64) -> f64 {
    (p / (1.0 - p)).ln()
}

/// Solves H x = g for a small symmetric negative definite H (Cholesky of −H); `None` when −H is
/// not positive definite.
pub(crate) fn solve_negative_definite(h: &[f64], g: &[f64]) -> Option<Vec<f64>> {
    let n = g.len();
    let mut l = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut s = -h[i * n + j];
            for k in 0..j {
                s -= l[i * n + k] * l[j * n + k];
            }
            if i == j {
                if s <= 1e-12 || !s.is_finite() {
                    return None;
                }
                l[i * n + i] = s.sqrt();
            } else {
                l[i * n + j] = s / l[j * n + j];
            }
        }
    }
    // (−H) y = g, then x = −y so that H x = g.
    let mut y = g.to_vec();
    for i in 0..n {
        for k in 0..i {
            y[i] -= l[i * n + k] * y[k];
        }
        y[i] /= l[i * n + i];
    }
    for i in (0..n).rev() {
        for k in i + 1..n {
            y[i] -= l[k * n + i] * y[k];
        }
        y[i] /= l[i * n + i];
    }
    Some(y.into_iter().map(|v| -v).collect())
}

/// Maximises an item's objective over the parameters marked `free` by Newton–Raphson with a
/// numerical Hessian of the analytic gradient and step halving; a step that would leave the
/// admissible region (unordered intercepts) or lower the objective is halved.
pub(crate) fn maximise(params: &mut ItemParams, free: &[bool], nodes: &[f64], r: &[f64], prior: &ItemPriors) {
    let full = params.to_vec().len();
    let idx: Vec<usize> = (0..full).filter(|&i| free[i]).collect();
    if idx.is_empty() {
        return;
    }
    let n = idx.len();
    let mut grad = vec![0.0; full];
    let mut gp = vec![0.0; full];
    let mut gm = vec![0.0; full];
    // A slope prior applies only to a slope the item estimates itself.
    let own = ItemPriors {
        slope: prior.slope.filter(|_| free[0]),
        ..*prior
    };
    let prior = &own;
    let mut value = params.objective(nodes, r, prior, &mut grad);
    for _ in 0..25 {
        let x = params.to_vec();
        let g: Vec<f64> = idx.iter().map(|&i| grad[i]).collect();
        if g.iter().all(|v| v.abs() < 1e-9) {
            break;
        }
        let mut h = vec![0.0; n * n];
        let mut trial = params.clone();
        for (col, &i) in idx.iter().enumerate() {
            let step = 1e-5 * x[i].abs().max(1.0);
            let mut xp = x.clone();
            xp[i] += step;
            trial.set_from(&xp);
            trial.objective(nodes, r, prior, &mut gp);
            xp[i] -= 2.0 * step;
            trial.set_from(&xp);
            trial.objective(nodes, r, prior, &mut gm);
            for (row, &j) in idx.iter().enumerate() {
                h[row * n + col] = (gp[j] - gm[j]) / (2.0 * step);
            }
        }
        for row in 0..n {
            for col in 0..row {
                let s = 0.5 * (h[row * n + col] + h[col * n + row]);
                h[row * n + col] = s;
                h[col * n + row] = s;
            }
        }
        // Newton direction, or steepest ascent scaled by the diagonal when H is not definite.
        let dir: Vec<f64> = match solve_negative_definite(&h, &g) {
            Some(x) => x.into_iter().map(|v| -v).collect(),
            None => g
                .iter()
                .enumerate()
                .map(|(k, gk)| gk / h[k * n + k].abs().max(1.0))
                .collect(),
        };
        let mut t = 1.0;
        let mut improved = false;
        for _ in 0..30 {
            let mut xn = x.clone();
            for (k, &i) in idx.iter().enumerate() {
                xn[i] += t * dir[k].clamp(-2.0, 2.0);
            }
            trial.set_from(&xn);
            if trial.is_admissible() {
                let v = trial.objective(nodes, r, prior, &mut gp);
                if v.is_finite() && v >= value - 1e-12 * value.abs() {
                    let gain = v - value;
                    *params = trial.clone();
                    value = v;
                    std::mem::swap(&mut grad, &mut gp);
                    improved = gain > 1e-13 * value.abs().max(1.0);
                    break;
                }
            }
            t *= 0.5;
        }
        if !improved {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_match_the_irt_models() {
        let models = [
            IrtModel::TwoPl { a: 1.3, b: -0.4 },
            IrtModel::ThreePl {
                a: 0.9,
                b: 0.6,
                c: 0.22,
            },
            IrtModel::Graded {
                a: 1.7,
                thresholds: vec![-1.2, 0.1, 1.4],
                floor: Vec::new(),
            },
            IrtModel::Graded {
                a: 1.7,
                thresholds: vec![-1.2, 0.1, 1.4],
                floor: vec![0.2, 0.1, 0.05],
            },
        ];
        for m in &models {
            let p = ItemParams::from_model(m);
            let mut out = vec![0.0; m.categories()];
            for &t in &[-3.0, -0.5, 0.0, 1.1, 4.0] {
                p.probabilities(t, &mut out);
                for (k, pk) in out.iter().enumerate() {
                    assert!((pk - m.probability(t, k)).abs() < 1e-14, "{m:?} {t} {k}");
                }
            }
            let kind = match m {
                IrtModel::ThreePl { .. } => ModelKind::ThreePl,
                IrtModel::Graded { .. } => ModelKind::Grm,
                _ => ModelKind::TwoPl,
            };
            let back = p.to_model(kind);
            let (x, y) = (serde_json::to_value(m).unwrap(), serde_json::to_value(&back).unwrap());
            for key in ["a", "b", "c"] {
                if let (Some(u), Some(v)) = (x.get(key).and_then(|v| v.as_f64()), y.get(key).and_then(|v| v.as_f64())) {
                    assert!((u - v).abs() < 1e-12);
                }
            }
        }
    }

    #[test]
    fn gradient_matches_numeric_differences() {
        let nodes: Vec<f64> = (0..21).map(|i| -5.0 + 0.5 * i as f64).collect();
        let cases = [
            (
                IrtModel::ThreePl {
                    a: 1.1,
                    b: 0.3,
                    c: 0.18,
                },
                ItemPriors {
                    guessing: Some(BetaPrior::default()),
                    slope: Some(LogNormalPrior { mean: 0.1, sd: 0.5 }),
                },
            ),
            (
                IrtModel::Graded {
                    a: 1.4,
                    thresholds: vec![-1.0, 0.4, 1.3],
                    floor: Vec::new(),
                },
                ItemPriors::default(),
            ),
            (
                IrtModel::Graded {
                    a: 1.4,
                    thresholds: vec![-1.0, 0.4, 1.3],
                    floor: vec![0.25, 0.15, 0.0],
                },
                ItemPriors {
                    guessing: None,
                    slope: Some(LogNormalPrior { mean: 0.1, sd: 0.5 }),
                },
            ),
            (IrtModel::TwoPl { a: 0.7, b: -1.5 }, ItemPriors::default()),
        ];
        for (m, prior) in cases {
            let p = ItemParams::from_model(&m);
            let cats = m.categories();
            let r: Vec<f64> = (0..cats * nodes.len())
                .map(|i| ((i * 7919) % 13) as f64 + 0.5)
                .collect();
            let x = p.to_vec();
            let mut grad = vec![0.0; x.len()];
            p.objective(&nodes, &r, &prior, &mut grad);
            let mut scratch = vec![0.0; x.len()];
            for i in 0..x.len() {
                let h = 1e-6;
                let mut q = p.clone();
                let mut xp = x.clone();
                xp[i] += h;
                q.set_from(&xp);
                let up = q.objective(&nodes, &r, &prior, &mut scratch);
                xp[i] -= 2.0 * h;
                q.set_from(&xp);
                let down = q.objective(&nodes, &r, &prior, &mut scratch);
                let numeric = (up - down) / (2.0 * h);
                assert!(
                    (numeric - grad[i]).abs() < 1e-4 * numeric.abs().max(1.0),
                    "{m:?} {i}: {numeric} vs {}",
                    grad[i]
                );
            }
        }
    }

    #[test]
    fn newton_finds_the_logistic_regression_maximum() {
        // Counts generated exactly from a 2PL: the maximiser is the generating item.
        let truth = IrtModel::TwoPl { a: 1.6, b: 0.4 };
        let nodes: Vec<f64> = (0..41).map(|i| -4.0 + 0.2 * i as f64).collect();
        let nq = nodes.len();
        let mut r = vec![0.0; 2 * nq];
        for (q, &t) in nodes.iter().enumerate() {
            let p = truth.p_correct(t);
            r[q] = 100.0 * (1.0 - p);
            r[nq + q] = 100.0 * p;
        }
        let mut p = ItemParams {
            a: 1.0,
            d: vec![0.0],
            g: None,
            floor: Vec::new(),
        };
        maximise(&mut p, &[true, true], &nodes, &r, &ItemPriors::default());
        assert!((p.a - 1.6).abs() < 1e-7 && (p.d[0] + 0.64).abs() < 1e-7, "{p:?}");
    }
}
