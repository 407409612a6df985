use serde::{Deserialize, Serialize};

/// The logistic function 1 / (1 + e^-x), safe for every finite x.
#[inline]
pub fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// An item's response model and parameters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "model")]
pub enum IrtModel {
    /// Rasch / one-parameter logistic: P = 1 / (1 + e^-(theta - b)).
    #[serde(rename = "1pl")]
    OnePl {
        /// Difficulty: the ability with a one-in-two chance of a right answer.
        b: f64,
    },
    /// Two-parameter logistic: P = 1 / (1 + e^-a(theta - b)).
    #[serde(rename = "2pl")]
    TwoPl {
        /// Discrimination: the slope at `b`, how sharply the item tells abilities apart.
        a: f64,
        /// Difficulty: the ability with a one-in-two chance of a right answer.
        b: f64,
    },
    /// Three-parameter logistic (Birnbaum): P = c + (1 - c) / (1 + e^-a(theta - b)).
    #[serde(rename = "3pl")]
    ThreePl {
        /// Discrimination: the slope at `b` (times 1 - c).
        a: f64,
        /// Difficulty: the ability halfway between the floor `c` and 1.
        b: f64,
        /// Guessing floor: the chance of a right answer with no knowledge (1/k for k options
        /// until calibrated).
        c: f64,
    },
    /// Samejima's graded response model: P(X >= k) = 1 / (1 + e^-a(theta - b_k)), k = 1..m,
    /// with strictly increasing thresholds b_1 < … < b_m; scores run 0..=m.
    ///
    /// With a guessing floor π (one value per score 1..m), a learner the GRM would score 0
    /// still lands in category k with chance π_k, as a blind responder earns partial credit
    /// on an ordering: P(k) = P_GRM(k) + π_k P_GRM(0) for k ≥ 1 and P(0) = (1 − Σπ) P_GRM(0).
    /// An empty floor is the plain GRM.
    #[serde(rename = "grm")]
    Graded {
        /// Discrimination, common to every threshold.
        a: f64,
        /// The ability at which scoring at least k is even odds, for k = 1..m.
        thresholds: Vec<f64>,
        /// Guessing floor π_1..π_m (empty: none); each in [0, 1), summing below 1.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        floor: Vec<f64>,
    },
}

/// Probability of one score category and its first two derivatives in theta.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CategoryDerivatives {
    pub p: f64,
    pub dp: f64,
    pub d2p: f64,
}

/// Cumulative logistic P*(theta) = psi(a(theta - b)) with its derivatives.
#[inline]
fn cumulative(a: f64, b: f64, theta: f64) -> (f64, f64, f64) {
    let psi = logistic(a * (theta - b));
    let w = psi * (1.0 - psi);
    (psi, a * w, a * a * w * (1.0 - 2.0 * psi))
}

/// Plain GRM probability of `score` (at most m) and its derivatives: P*_k − P*_{k+1}.
fn graded(a: f64, thresholds: &[f64], theta: f64, score: usize) -> CategoryDerivatives {
    let m = thresholds.len();
    // P(X = k) = P*_k - P*_{k+1}, with P*_0 = 1 and P*_{m+1} = 0.
    let upper = if score == 0 {
        (1.0, 0.0, 0.0)
    } else {
        cumulative(a, thresholds[score - 1], theta)
    };
    let lower = if score == m {
        (0.0, 0.0, 0.0)
    } else {
        cumulative(a, thresholds[score], theta)
    };
    let p = if score == 0 || score == m {
        upper.0 - lower.0
    } else {
        // sigma(u) - sigma(v) = sigma(u) sigma(-v) (1 - e^(v - u)), free of cancellation.
        let u = a * (theta - thresholds[score - 1]);
        let v = a * (theta - thresholds[score]);
        logistic(u) * logistic(-v) * -(v - u).exp_m1()
    };
    CategoryDerivatives {
        p,
        dp: upper.1 - lower.1,
        d2p: upper.2 - lower.2,
    }
}

impl IrtModel {
    /// Short name as written in item banks (`1pl`, `2pl`, `3pl`, `grm`).
    pub fn name(&self) -> &'static str {
        match self {
            IrtModel::OnePl { .. } => "1pl",
            IrtModel::TwoPl { .. } => "2pl",
            IrtModel::ThreePl { .. } => "3pl",
            IrtModel::Graded { .. } => "grm",
        }
    }

    /// Number of score categories (2 for dichotomous models).
    pub fn categories(&self) -> usize {
        match self {
            IrtModel::Graded { thresholds, .. } => thresholds.len() + 1,
            _ => 2,
        }
    }

    /// Highest score (categories - 1).
    pub fn max_score(&self) -> usize {
        self.categories() - 1
    }

    /// Discrimination a (1 for the Rasch model).
    pub fn discrimination(&self) -> f64 {
        match self {
            IrtModel::OnePl { .. } => 1.0,
            IrtModel::TwoPl { a, .. } | IrtModel::ThreePl { a, .. } | IrtModel::Graded { a, .. } => *a,
        }
    }

    /// Guessing floor π_1..π_m of a graded item (empty for none and for dichotomous models,
    /// whose floor is the 3PL's c).
    pub fn graded_floor(&self) -> &[f64] {
        match self {
            IrtModel::Graded { floor, .. } => floor,
            _ => &[],
        }
    }

    /// Where the item measures on the theta scale: b, or the mean threshold of a graded item.
    pub fn location(&self) -> f64 {
        match self {
            IrtModel::OnePl { b } | IrtModel::TwoPl { b, .. } | IrtModel::ThreePl { b, .. } => *b,
            IrtModel::Graded { thresholds, .. } => thresholds.iter().sum::<f64>() / thresholds.len().max(1) as f64,
        }
    }

    /// (a, b, c) of a dichotomous model; `None` for graded items.
    fn dichotomous(&self) -> Option<(f64, f64, f64)> {
        match *self {
            IrtModel::OnePl { b } => Some((1.0, b, 0.0)),
            IrtModel::TwoPl { a, b } => Some((a, b, 0.0)),
            IrtModel::ThreePl { a, b, c } => Some((a, b, c)),
            IrtModel::Graded { .. } => None,
        }
    }

    /// Probability of scoring exactly `score` at `theta` (0 for a score out of range).
    pub fn probability(&self, theta: f64, score: usize) -> f64 {
        self.derivatives(theta, score).p
    }

    /// Probability of the top score (a correct answer on a dichotomous item).
    pub fn p_correct(&self, theta: f64) -> f64 {
        self.probability(theta, self.max_score())
    }

    /// Expected score at `theta`.
    pub fn expected_score(&self, theta: f64) -> f64 {
        (1..self.categories())
            .map(|k| k as f64 * self.probability(theta, k))
            .sum()
    }

    /// Log-likelihood of observing `score` at `theta`, floored so that it stays finite.
    pub fn log_likelihood(&self, theta: f64, score: usize) -> f64 {
        self.probability(theta, score).max(f64::MIN_POSITIVE).ln()
    }

    /// Probability of `score` and its first and second derivatives with respect to theta.
    pub fn derivatives(&self, theta: f64, score: usize) -> CategoryDerivatives {
        if let Some((a, b, c)) = self.dichotomous() {
            let (psi, dpsi, d2psi) = cumulative(a, b, theta);
            let s = 1.0 - c;
            return match score {
                1 => CategoryDerivatives {
                    p: c + s * psi,
                    dp: s * dpsi,
                    d2p: s * d2psi,
                },
                0 => CategoryDerivatives {
                    p: s * (1.0 - psi),
                    dp: -s * dpsi,
                    d2p: -s * d2psi,
                },
                _ => CategoryDerivatives {
                    p: 0.0,
                    dp: 0.0,
                    d2p: 0.0,
                },
            };
        }
        let IrtModel::Graded { a, thresholds, floor } = self else {
            unreachable!()
        };
        if score > thresholds.len() {
            return CategoryDerivatives {
                p: 0.0,
                dp: 0.0,
                d2p: 0.0,
            };
        }
        let own = graded(*a, thresholds, theta, score);
        if floor.is_empty() {
            return own;
        }
        // The floor moves a share of the GRM's score-0 mass up: linear, so derivatives follow.
        let zero = if score == 0 {
            own
        } else {
            graded(*a, thresholds, theta, 0)
        };
        // P(0) = P_GRM(0) − Σπ P_GRM(0); P(k) = P_GRM(k) + π_k P_GRM(0).
        let share = if score == 0 {
            -floor.iter().sum::<f64>()
        } else {
            floor.get(score - 1).copied().unwrap_or(0.0)
        };
        CategoryDerivatives {
            p: own.p + share * zero.p,
            dp: own.dp + share * zero.dp,
            d2p: own.d2p + share * zero.d2p,
        }
    }

    /// Fisher information at `theta`: sum over categories of P'^2 / P.
    pub fn information(&self, theta: f64) -> f64 {
        if let Some((a, b, c)) = self.dichotomous() {
            // Closed form: I = P'^2 / (P Q) with P' = a (1 - c) psi (1 - psi).
            let psi = logistic(a * (theta - b));
            let p = c + (1.0 - c) * psi;
            let q = (1.0 - c) * (1.0 - psi);
            let dp = a * (1.0 - c) * psi * (1.0 - psi);
            return if p > 0.0 && q > 0.0 { dp * dp / (p * q) } else { 0.0 };
        }
        self.sum_over_categories(theta, |d| d.dp * d.dp / d.p)
    }

    /// The sum over categories of P' P'' / P, Warm's (1989) bias-correction numerator.
    pub fn warm_j(&self, theta: f64) -> f64 {
        self.sum_over_categories(theta, |d| d.dp * d.d2p / d.p)
    }

    /// Sums `term` over the categories with a non-zero probability.
    fn sum_over_categories(&self, theta: f64, term: impl Fn(&CategoryDerivatives) -> f64) -> f64 {
        (0..self.categories())
            .map(|k| self.derivatives(theta, k))
            .filter(|d| d.p > 0.0)
            .map(|d| term(&d))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numeric_derivative(f: impl Fn(f64) -> f64, x: f64) -> f64 {
        let h = 1e-5;
        (f(x + h) - f(x - h)) / (2.0 * h)
    }

    fn models() -> Vec<IrtModel> {
        vec![
            IrtModel::OnePl { b: 0.3 },
            IrtModel::TwoPl { a: 1.7, b: -0.4 },
            IrtModel::ThreePl { a: 1.2, b: 0.5, c: 0.2 },
            IrtModel::Graded {
                a: 1.4,
                thresholds: vec![-1.0, 0.2, 1.5],
                floor: Vec::new(),
            },
            IrtModel::Graded {
                a: 1.4,
                thresholds: vec![-1.0, 0.2, 1.5],
                floor: vec![0.3, 0.12, 0.05],
            },
        ]
    }

    #[test]
    fn probabilities_sum_to_one_and_derivatives_match_numeric() {
        for m in models() {
            for &t in &[-4.0, -1.3, 0.0, 0.7, 3.2] {
                let total: f64 = (0..m.categories()).map(|k| m.probability(t, k)).sum();
                assert!((total - 1.0).abs() < 1e-12, "{m:?} at {t}: {total}");
                for k in 0..m.categories() {
                    let d = m.derivatives(t, k);
                    let dp = numeric_derivative(|x| m.probability(x, k), t);
                    let d2p = numeric_derivative(|x| m.derivatives(x, k).dp, t);
                    assert!((d.dp - dp).abs() < 1e-7, "{m:?} dp at {t}, k={k}: {} vs {dp}", d.dp);
                    assert!((d.d2p - d2p).abs() < 1e-6, "{m:?} d2p at {t}, k={k}");
                }
            }
        }
    }

    #[test]
    fn information_equals_expected_squared_score_and_negative_curvature() {
        // Fisher information is E[(d log P / d theta)^2] = -E[d^2 log P / d theta^2].
        for m in models() {
            for &t in &[-2.0, 0.1, 1.9] {
                let h = 1e-4;
                let mut expected_curvature = 0.0;
                let mut expected_score_sq = 0.0;
                for k in 0..m.categories() {
                    let p = m.probability(t, k);
                    let l = |x: f64| m.log_likelihood(x, k);
                    let d2 = (l(t + h) - 2.0 * l(t) + l(t - h)) / (h * h);
                    let d1 = numeric_derivative(l, t);
                    expected_curvature -= p * d2;
                    expected_score_sq += p * d1 * d1;
                }
                let info = m.information(t);
                assert!(
                    (info - expected_curvature).abs() < 1e-5,
                    "{m:?} at {t}: {info} vs {expected_curvature}"
                );
                assert!((info - expected_score_sq).abs() < 1e-7, "{m:?} at {t}");
            }
        }
    }

    #[test]
    fn closed_forms() {
        // 2PL at theta = b: P = 1/2, I = a^2 / 4.
        let m = IrtModel::TwoPl { a: 1.6, b: 0.8 };
        assert!((m.p_correct(0.8) - 0.5).abs() < 1e-15);
        assert!((m.information(0.8) - 1.6 * 1.6 / 4.0).abs() < 1e-15);
        // Rasch: P(theta = b + ln 3) = 3/4.
        let r = IrtModel::OnePl { b: -1.0 };
        assert!((r.p_correct(-1.0 + 3f64.ln()) - 0.75).abs() < 1e-15);
        // 3PL: P(b) = (1 + c) / 2; information peaks at b + ln((1 + sqrt(1 + 8c)) / 2) / a (Birnbaum).
        let (a, b, c) = (1.3, 0.4, 0.25);
        let m = IrtModel::ThreePl { a, b, c };
        assert!((m.p_correct(b) - (1.0 + c) / 2.0).abs() < 1e-15);
        let peak = b + ((1.0 + (1.0 + 8.0 * c).sqrt()) / 2.0).ln() / a;
        let slope = numeric_derivative(|t| m.information(t), peak);
        assert!(slope.abs() < 1e-8, "slope at the analytic peak: {slope}");
        // 3PL maximum information (Lord, 1980): a^2 / (8 (1-c)^2) [1 - 20c - 8c^2 + (1 + 8c)^1.5].
        let max_info = a * a / (8.0 * (1.0 - c).powi(2)) * (1.0 - 20.0 * c - 8.0 * c * c + (1.0 + 8.0 * c).powf(1.5));
        assert!((m.information(peak) - max_info).abs() < 1e-12);
        // GRM: P(X >= k) at theta = b_k is 1/2.
        let g = IrtModel::Graded {
            a: 2.0,
            thresholds: vec![-1.0, 1.0],
            floor: Vec::new(),
        };
        let p_ge_1 = g.probability(-1.0, 1) + g.probability(-1.0, 2);
        assert!((p_ge_1 - 0.5).abs() < 1e-15);
    }

    #[test]
    fn graded_floor_closed_forms() {
        let (a, thresholds) = (1.3, vec![-0.8, 0.4, 1.6]);
        let plain = IrtModel::Graded {
            a,
            thresholds: thresholds.clone(),
            floor: Vec::new(),
        };
        // A floor of zeros is the plain GRM, category by category.
        let zeros = IrtModel::Graded {
            a,
            thresholds: thresholds.clone(),
            floor: vec![0.0; 3],
        };
        let floor = vec![0.4, 0.2, 0.1];
        let floored = IrtModel::Graded {
            a,
            thresholds,
            floor: floor.clone(),
        };
        for &t in &[-6.0, -1.0, 0.0, 0.9, 5.0] {
            let g0 = plain.probability(t, 0);
            for k in 0..4 {
                assert_eq!(zeros.derivatives(t, k), plain.derivatives(t, k));
                // P(k) = P_GRM(k) + π_k P_GRM(0); P(0) = (1 − Σπ) P_GRM(0).
                let expected = if k == 0 {
                    (1.0 - 0.7) * g0
                } else {
                    plain.probability(t, k) + floor[k - 1] * g0
                };
                assert!((floored.probability(t, k) - expected).abs() < 1e-15, "{t} {k}");
            }
        }
        // Far below every threshold the learner answers blind: the floor is the distribution.
        for (k, pi) in floor.iter().enumerate() {
            assert!((floored.probability(-40.0, k + 1) - pi).abs() < 1e-12);
        }
        assert!((floored.probability(-40.0, 0) - 0.3).abs() < 1e-12);
        // Far above, the floor vanishes: the top score is certain.
        assert!((floored.probability(40.0, 3) - 1.0).abs() < 1e-12);
        // A blind guess says little about theta, so the floor lowers information.
        assert!(floored.information(-1.0) < plain.information(-1.0));
        assert_eq!(floored.graded_floor(), floor.as_slice());
        // Serde: the floor is written only when present.
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("floor").is_none());
        let back: IrtModel = serde_json::from_value(serde_json::to_value(&floored).unwrap()).unwrap();
        assert_eq!(back, floored);
    }

    #[test]
    fn graded_middle_category_is_accurate_far_from_thresholds() {
        let g = IrtModel::Graded {
            a: 3.0,
            thresholds: vec![-10.0, -9.0],
            floor: Vec::new(),
        };
        // Direct subtraction would give 0 here; the stable form keeps the tiny probability.
        let p = g.probability(10.0, 1);
        // sigma(60) - sigma(57) = sigma(-57) - sigma(-60), which f64 holds without cancellation.
        let exact = logistic(-57.0) - logistic(-60.0);
        assert!(exact > 0.0);
        assert!(((p - exact) / exact).abs() < 1e-9, "{p} vs {exact}");
    }
}
