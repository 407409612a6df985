//! Person fit: whether a response pattern looks like the answers of someone at a given ability.
//!
//! lz (Drasgow, Levine & Williams, 1985) standardises the pattern's log-likelihood at θ,
//! `lz = (l0 − E l0) / √Var l0`, with, over the answered items and their score categories k,
//! `l0 = Σ ln P_x(θ)`, `E l0 = Σ Σ_k P_k ln P_k` and `Var l0 = Σ [Σ_k P_k (ln P_k)² − (Σ_k P_k ln P_k)²]`
//! (the polytomous form; for a right/wrong item it is the usual `(x − P) ln(P/Q)` residual).
//! Large negative values mean the answers are less likely at θ than such answers usually are.
//! The same statistic serves `nln fit` (rows of a response file) and the adaptive test's guard
//! on its early low stop (`cat::stopping`).

use crate::irt::IrtModel;

/// The conventional lz flag: one-sided 5 % under the standard normal.
pub const LZ_FLAG: f64 = -1.645;

/// lz of the answers `(model, score)` at `theta`. `None` when the answers carry no
/// log-likelihood variance (no answer, or every answer certain), when theta is not finite, or
/// when a score lies outside its item's categories.
pub fn lz<'a>(answers: impl IntoIterator<Item = (&'a IrtModel, usize)>, theta: f64) -> Option<f64> {
    if !theta.is_finite() {
        return None;
    }
    let (mut l0, mut expected, mut variance) = (0.0, 0.0, 0.0);
    for (model, score) in answers {
        if score > model.max_score() {
            return None;
        }
        let (mut m1, mut m2) = (0.0, 0.0);
        for k in 0..model.categories() {
            let p = model.probability(theta, k);
            let log = p.max(f64::MIN_POSITIVE).ln();
            if k == score {
                l0 += log;
            }
            m1 += p * log;
            m2 += p * log * log;
        }
        expected += m1;
        variance += (m2 - m1 * m1).max(0.0);
    }
    (variance > 1e-12).then(|| (l0 - expected) / variance.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::irt::logistic;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    #[test]
    fn lz_of_a_right_wrong_pattern_is_the_closed_form() {
        // Two 2PL items at θ = 0: P1 = logistic(1.0) (a = 1, b = −1), P2 = logistic(−1.5)
        // (a = 1.5, b = 1). Pattern right, wrong.
        let items = [IrtModel::TwoPl { a: 1.0, b: -1.0 }, IrtModel::TwoPl { a: 1.5, b: 1.0 }];
        let (p1, p2) = (logistic(1.0), logistic(-1.5));
        let term = |x: f64, p: f64| (x - p) * (p / (1.0 - p)).ln();
        let var = |p: f64| p * (1.0 - p) * (p / (1.0 - p)).ln().powi(2);
        let closed = (term(1.0, p1) + term(0.0, p2)) / (var(p1) + var(p2)).sqrt();
        let got = lz([(&items[0], 1), (&items[1], 0)], 0.0).unwrap();
        assert!((got - closed).abs() < 1e-12, "{got} vs {closed}");
        // The reversed pattern (wrong on the easy item, right on the hard one) misfits.
        let reversed = lz([(&items[0], 0), (&items[1], 1)], 0.0).unwrap();
        assert!(reversed < LZ_FLAG, "{reversed}");
    }

    #[test]
    fn lz_of_a_graded_item_uses_every_category() {
        // One graded item: lz = (ln P_x − Σ P_k ln P_k) / √(Σ P_k ln² P_k − (Σ P_k ln P_k)²).
        let item = IrtModel::Graded {
            a: 1.2,
            thresholds: vec![-0.5, 0.8],
            floor: vec![],
        };
        let p: Vec<f64> = (0..3).map(|k| item.probability(0.3, k)).collect();
        let m1: f64 = p.iter().map(|p| p * p.ln()).sum();
        let m2: f64 = p.iter().map(|p| p * p.ln() * p.ln()).sum();
        for (x, px) in p.iter().enumerate() {
            let closed = (px.ln() - m1) / (m2 - m1 * m1).sqrt();
            let got = lz([(&item, x)], 0.3).unwrap();
            assert!((got - closed).abs() < 1e-12);
        }
        assert_eq!(lz([(&item, 3)], 0.3), None, "a score above the top category");
        assert_eq!(lz(std::iter::empty(), 0.3), None);
        assert_eq!(lz([(&item, 1)], f64::NAN), None);
    }

    #[test]
    fn lz_at_the_true_ability_is_standard_normal_in_long_tests() {
        // Known truth: answers drawn from the model at θ. l0 is a sum of independent terms
        // with mean E l0 and variance Var l0, so lz has mean 0 and SD 1, and about 5 % fall
        // below the flag, in long tests.
        let mut rng = ChaCha8Rng::seed_from_u64(8);
        let items: Vec<IrtModel> = (0..60)
            .map(|i| IrtModel::ThreePl {
                a: 0.8 + 0.02 * i as f64,
                b: -2.5 + 0.08 * i as f64,
                c: 0.2,
            })
            .collect();
        let n = 4000;
        let values: Vec<f64> = (0..n)
            .map(|_| {
                let theta: f64 = rng.gen_range(-2.0..2.0);
                let answers: Vec<(&IrtModel, usize)> = items
                    .iter()
                    .map(|m| (m, usize::from(rng.gen::<f64>() < m.p_correct(theta))))
                    .collect();
                lz(answers, theta).unwrap()
            })
            .collect();
        let mean = values.iter().sum::<f64>() / n as f64;
        let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt();
        let flagged = values.iter().filter(|&&v| v < LZ_FLAG).count() as f64 / n as f64;
        assert!(mean.abs() < 0.05, "mean {mean}");
        assert!((sd - 1.0).abs() < 0.05, "sd {sd}");
        assert!((flagged - 0.05).abs() < 0.015, "flagged {flagged}");
    }
}
