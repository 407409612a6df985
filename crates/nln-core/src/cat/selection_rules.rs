//! Item selection rules other than maximum Fisher information, for design studies and for
//! banks where maximum information overexposes a few items or misleads early in the test.
//!
//! - **Kullback–Leibler** (Chang & Ying, 1996): the KL information of an item integrated over
//!   `θ̂ ± δ/√n`, so that early in the test, when the estimate is poor, an item is judged over
//!   the range the ability may lie in rather than at one point.
//! - **Maximum expected information** (van der Linden, 1998): the Fisher information at the
//!   updated EAP after each possible answer, weighted by the answer's posterior predictive
//!   probability.
//! - **Progressive** (Revuelta & Ponsoda, 1998): a random component that fades as the test
//!   goes on, `(1 − s/L)·U(0, max I) + (s/L)·I`, spreading exposure over the bank early.
//! - **a-stratified** (Chang & Ying, 1999): the bank is cut into strata by discrimination;
//!   early items come from the least discriminating stratum, later ones from more
//!   discriminating strata, and within a stratum the item whose location is nearest θ̂ is
//!   served. Highly discriminating items are saved for when the estimate is good.

use crate::content::Item;
use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};

/// How the next item is chosen among the eligible ones (after content balancing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SelectionRule {
    /// Maximum Fisher information at the interim estimate.
    #[default]
    MaxInfo,
    /// Kullback–Leibler information over `θ̂ ± width/√n` (n answers so far, at least 1).
    KullbackLeibler {
        /// Half-width of the interval after one answer (Chang & Ying use 3).
        width: f64,
    },
    /// Maximum expected Fisher information over the posterior predictive of the answer.
    ExpectedInformation,
    /// Progressive method: a random part fading linearly over the maximum length.
    Progressive,
    /// a-stratification with b-matching.
    AStratified {
        /// Number of strata (by ascending discrimination).
        strata: usize,
    },
}

impl SelectionRule {
    /// Whether this is the engine's default (so saved configs leave it out).
    pub fn is_default(&self) -> bool {
        *self == SelectionRule::MaxInfo
    }
}

/// Simpson's rule points for the KL integral: ample for the smooth integrand over a few logits.
const KL_POINTS: usize = 41;

/// KL divergence of the answer distribution at `theta` from that at `at`.
fn kl_divergence(model: &IrtModel, at: f64, theta: f64) -> f64 {
    (0..model.categories())
        .map(|k| {
            let p = model.probability(at, k);
            let q = model.probability(theta, k);
            if p > 0.0 && q > 0.0 {
                p * (p / q).ln()
            } else {
                0.0
            }
        })
        .sum()
}

/// Chang & Ying's KL index: `∫_{θ̂−δ}^{θ̂+δ} KL(θ̂ ‖ θ) dθ` by Simpson's rule.
pub fn kl_index(model: &IrtModel, theta_hat: f64, delta: f64) -> f64 {
    let n = KL_POINTS - 1;
    let h = 2.0 * delta / n as f64;
    let sum: f64 = (0..=n)
        .map(|i| {
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            w * kl_divergence(model, theta_hat, theta_hat - delta + h * i as f64)
        })
        .sum();
    sum * h / 3.0
}

/// Expected Fisher information after the next answer: for each score k, its posterior predictive
/// probability `p_k = Σ w_q P_k(θ_q)` and the updated EAP `θ_k = Σ w_q P_k(θ_q) θ_q / p_k`;
/// the index is `Σ p_k I(θ_k)`. `weights` are the current posterior's (normalised or not) at
/// `nodes`.
pub fn expected_information(model: &IrtModel, nodes: &[f64], weights: &[f64]) -> f64 {
    let total: f64 = weights.iter().sum();
    if total <= 0.0 || !total.is_finite() {
        return 0.0;
    }
    (0..model.categories())
        .map(|k| {
            let (mut p, mut m) = (0.0, 0.0);
            for (&t, &w) in nodes.iter().zip(weights) {
                let pk = w * model.probability(t, k);
                p += pk;
                m += pk * t;
            }
            if p <= 0.0 {
                return 0.0;
            }
            (p / total) * model.information(m / p)
        })
        .sum()
}

/// The progressive criterion after `answered` of at most `max_items` items: `u` is a uniform
/// draw in [0, 1) scaled by the largest information among the candidates.
pub fn progressive(information: f64, max_information: f64, u: f64, answered: usize, max_items: usize) -> f64 {
    let share = (answered as f64 / max_items.max(1) as f64).min(1.0);
    (1.0 - share) * u * max_information + share * information
}

/// Stratum (0 = least discriminating) of each item of `scored`, cutting the items sorted by
/// discrimination into `strata` groups of (nearly) equal size.
pub fn strata(items: &[Item], scored: &[usize], strata: usize) -> Vec<(usize, usize)> {
    let strata = strata.max(1);
    let mut by_a: Vec<(f64, usize)> = scored
        .iter()
        .map(|&i| (items[i].irt.as_ref().map_or(0.0, IrtModel::discrimination), i))
        .collect();
    by_a.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
    let n = by_a.len().max(1);
    by_a.iter()
        .enumerate()
        // rank < n, so rank · strata / n < strata: every item lands in a stratum.
        .map(|(rank, &(_, i))| (i, rank * strata / n))
        .collect()
}

/// The stratum the `answered + 1`-th item comes from: the test's maximum length split evenly.
pub fn current_stratum(answered: usize, max_items: usize, strata: usize) -> usize {
    let strata = strata.max(1);
    (answered * strata / max_items.max(1)).min(strata - 1)
}

/// a-stratified criterion: nearest location in the current stratum first, then the nearest
/// strata (a stratum with no eligible item left gives way to its neighbours).
pub fn a_stratified(model: &IrtModel, theta: f64, stratum: usize, current: usize) -> f64 {
    -(model.location() - theta).abs() - 100.0 * stratum.abs_diff(current) as f64
}

/// What the rules other than maximum information need from the session at one step.
pub(crate) struct RuleInputs<'a> {
    /// The bank's items.
    pub items: &'a [Item],
    /// Ability the item is chosen for.
    pub theta: f64,
    /// Scored answers so far.
    pub answered: usize,
    /// The test's maximum length.
    pub max_items: usize,
    /// Quadrature nodes and the posterior's log weights there (expected information only).
    pub nodes: &'a [f64],
    pub log_posterior: Vec<f64>,
    /// Scored items the session may show, given or not (strata), and which are given.
    pub showable: Vec<usize>,
    pub administered: &'a [bool],
    /// Seed of this step (the progressive method's random part).
    pub seed: u64,
}

/// A uniform number in [0, 1) for item `i` at this step, reproducible on resume.
fn uniform(seed: u64, i: usize) -> f64 {
    (super::step_seed(seed ^ 0x0005_EED0_FA11, i as u64) >> 11) as f64 / (1u64 << 53) as f64
}

/// The score of an item under `rule` (higher is better), or `None` for maximum information.
pub(crate) fn criterion<'a>(rule: SelectionRule, input: RuleInputs<'a>) -> Option<Box<dyn Fn(usize) -> f64 + 'a>> {
    let info = |items: &[Item], i: usize, theta: f64| items[i].irt.as_ref().map_or(0.0, |m| m.information(theta));
    match rule {
        SelectionRule::MaxInfo => None,
        SelectionRule::KullbackLeibler { width } => {
            let delta = width / (input.answered.max(1) as f64).sqrt();
            Some(Box::new(move |i| {
                input.items[i]
                    .irt
                    .as_ref()
                    .map_or(0.0, |m| kl_index(m, input.theta, delta))
            }))
        }
        SelectionRule::ExpectedInformation => {
            let max = input.log_posterior.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let weights: Vec<f64> = input.log_posterior.iter().map(|l| (l - max).exp()).collect();
            Some(Box::new(move |i| {
                input.items[i]
                    .irt
                    .as_ref()
                    .map_or(0.0, |m| expected_information(m, input.nodes, &weights))
            }))
        }
        SelectionRule::Progressive => {
            let max_information = input
                .showable
                .iter()
                .filter(|&&i| !input.administered[i])
                .map(|&i| info(input.items, i, input.theta))
                .fold(0.0, f64::max);
            Some(Box::new(move |i| {
                progressive(
                    info(input.items, i, input.theta),
                    max_information,
                    uniform(input.seed, i),
                    input.answered,
                    input.max_items,
                )
            }))
        }
        SelectionRule::AStratified { strata: k } => {
            let mut stratum_of = vec![0; input.items.len()];
            for (i, s) in strata(input.items, &input.showable, k) {
                stratum_of[i] = s;
            }
            let current = current_stratum(input.answered, input.max_items, k);
            Some(Box::new(move |i| {
                input.items[i].irt.as_ref().map_or(f64::NEG_INFINITY, |m| {
                    a_stratified(m, input.theta, stratum_of[i], current)
                })
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ITEM: IrtModel = IrtModel::TwoPl { a: 1.3, b: 0.4 };

    #[test]
    fn kl_over_a_narrow_interval_is_fisher_information_times_two_delta_cubed_over_three() {
        // KL(θ̂ ‖ θ) ≈ ½ I(θ̂) (θ − θ̂)², so its integral over θ̂ ± δ is I δ³ / 3 for small δ.
        for theta in [-1.0, 0.0, 0.4, 2.0] {
            let delta: f64 = 0.01;
            let closed = ITEM.information(theta) * delta.powi(3) / 3.0;
            let got = kl_index(&ITEM, theta, delta);
            assert!((got / closed - 1.0).abs() < 1e-3, "theta {theta}: {got} vs {closed}");
        }
        // A wider interval: compared with a fine trapezoid rule.
        let (t, d) = (0.2, 1.5);
        let n = 20_000;
        let h = 2.0 * d / n as f64;
        let fine: f64 = (0..=n)
            .map(|i| {
                let w = if i == 0 || i == n { 0.5 } else { 1.0 };
                w * kl_divergence(&ITEM, t, t - d + h * i as f64)
            })
            .sum::<f64>()
            * h;
        assert!((kl_index(&ITEM, t, d) - fine).abs() < 1e-7);
    }

    #[test]
    fn expected_information_with_a_point_posterior_is_fisher_information() {
        // All posterior mass at θ = 0.7: every updated estimate is 0.7.
        let nodes = [-1.0, 0.7, 2.0];
        let weights = [0.0, 1.0, 0.0];
        let got = expected_information(&ITEM, &nodes, &weights);
        assert!((got - ITEM.information(0.7)).abs() < 1e-12);
        // A wide posterior: information is taken at the two updated estimates, so an item far
        // from the mass gains on maximum information at the mean.
        let nodes: Vec<f64> = (0..121).map(|i| -6.0 + 0.1 * i as f64).collect();
        let weights: Vec<f64> = nodes.iter().map(|t| (-0.5 * t * t).exp()).collect();
        let m = expected_information(&ITEM, &nodes, &weights);
        assert!(m > 0.0 && m < ITEM.information(ITEM.location()));
        // With no posterior mass the index is 0, never NaN.
        assert_eq!(expected_information(&ITEM, &nodes, &vec![0.0; nodes.len()]), 0.0);
    }

    #[test]
    fn progressive_moves_from_random_to_information() {
        assert_eq!(progressive(0.3, 0.5, 0.8, 0, 20), 0.8 * 0.5);
        assert_eq!(progressive(0.3, 0.5, 0.8, 20, 20), 0.3);
        assert!((progressive(0.3, 0.5, 0.8, 10, 20) - (0.5 * 0.4 + 0.5 * 0.3)).abs() < 1e-12);
    }

    #[test]
    fn strata_follow_discrimination_and_the_test_moves_through_them() {
        let content = crate::defaults::content().unwrap();
        let items = content.bank.items();
        let scored: Vec<usize> = (0..items.len()).filter(|&i| items[i].is_scored()).collect();
        let s = strata(items, &scored, 4);
        assert_eq!(s.len(), scored.len());
        let a = |i: usize| items[i].irt.as_ref().unwrap().discrimination();
        for &(i, si) in &s {
            for &(j, sj) in &s {
                if si < sj {
                    assert!(a(i) <= a(j));
                }
            }
        }
        let sizes: Vec<usize> = (0..4).map(|k| s.iter().filter(|x| x.1 == k).count()).collect();
        assert!(
            sizes.iter().max().unwrap() - sizes.iter().min().unwrap() <= 1,
            "{sizes:?}"
        );
        assert_eq!(
            (0..20).map(|n| current_stratum(n, 20, 4)).collect::<Vec<_>>(),
            [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]
        );
        assert_eq!(current_stratum(25, 20, 4), 3);
        // In the current stratum the nearest location wins; another stratum only when empty.
        let near = IrtModel::TwoPl { a: 1.0, b: 0.1 };
        let far = IrtModel::TwoPl { a: 1.0, b: 2.0 };
        assert!(a_stratified(&near, 0.0, 1, 1) > a_stratified(&far, 0.0, 1, 1));
        assert!(a_stratified(&far, 0.0, 1, 1) > a_stratified(&near, 0.0, 2, 1));
    }
}

#[cfg(test)]
mod mutation_tests;
