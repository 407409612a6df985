//! Sum-score scoring for fixed forms: the Lord–Wingersky (1984) recursion gives the likelihood
//! of each total score at each node, hence EAP[θ | sum score] and its SD (mirt's `EAPsum`) and
//! the expected number of persons per score — what a paper form needs as a look-up table.

use super::Quadrature;
use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};

/// One row of a sum-score table.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SumScoreRow {
    /// Total score.
    pub score: usize,
    /// Posterior mean of θ given the total score.
    pub theta: f64,
    /// Posterior SD.
    pub se: f64,
    /// Marginal probability of the score under the prior.
    pub probability: f64,
}

/// Lord–Wingersky (1984) recursion: `like[s][q]` is the probability of total score `s` at node
/// `q` given the items, built one item at a time so that no response pattern is enumerated.
pub fn summed_score_likelihoods(items: &[IrtModel], nodes: &[f64]) -> Vec<Vec<f64>> {
    let max_total: usize = items.iter().map(IrtModel::max_score).sum();
    let mut like = vec![vec![0.0; nodes.len()]; max_total + 1];
    like[0].iter_mut().for_each(|v| *v = 1.0);
    let mut reached = 0;
    for m in items {
        let mut next = vec![vec![0.0; nodes.len()]; max_total + 1];
        for (s, row) in like.iter().enumerate().take(reached + 1) {
            for k in 0..m.categories() {
                for (q, &t) in nodes.iter().enumerate() {
                    next[s + k][q] += row[q] * m.probability(t, k);
                }
            }
        }
        reached += m.max_score();
        like = next;
    }
    like
}

/// The EAP-by-sum-score table of a fixed form.
pub fn eap_sum_table(items: &[IrtModel], quadrature: &Quadrature) -> Vec<SumScoreRow> {
    let nodes = quadrature.nodes();
    let like = summed_score_likelihoods(items, nodes);
    let prior: Vec<f64> = nodes.iter().map(|&t| quadrature.prior().log_density(t).exp()).collect();
    let z: f64 = prior.iter().sum();
    like.iter()
        .enumerate()
        .map(|(score, row)| {
            let (mut p, mut m1, mut m2) = (0.0, 0.0, 0.0);
            for ((l, w), &t) in row.iter().zip(&prior).zip(nodes) {
                let v = l * w / z;
                p += v;
                m1 += v * t;
                m2 += v * t * t;
            }
            let theta = m1 / p;
            SumScoreRow {
                score,
                theta,
                se: (m2 / p - theta * theta).max(0.0).sqrt(),
                probability: p,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::{eap, NormalPrior, Scored};

    #[test]
    fn one_item_sum_scores_are_the_pattern_eaps() {
        let items = [IrtModel::Graded {
            a: 1.3,
            thresholds: vec![-0.5, 0.9],
            floor: Vec::new(),
        }];
        let q = Quadrature::new(NormalPrior::default(), 61);
        let table = eap_sum_table(&items, &q);
        for row in &table {
            let e = eap(&[Scored::new(&items[0], row.score)], &q);
            assert!((row.theta - e.theta).abs() < 1e-12 && (row.se - e.se).abs() < 1e-12);
        }
        let total: f64 = table.iter().map(|r| r.probability).sum();
        assert!((total - 1.0).abs() < 1e-12);
    }

    #[test]
    fn identical_rasch_items_score_like_a_binomial_mixture() {
        // With identical items every pattern of one total has the same posterior, so EAPsum of
        // a total equals the EAP of any pattern with that total.
        let items = vec![IrtModel::OnePl { b: 0.2 }; 4];
        let q = Quadrature::new(NormalPrior::default(), 61);
        let table = eap_sum_table(&items, &q);
        for row in &table {
            let responses: Vec<Scored> = items
                .iter()
                .enumerate()
                .map(|(i, m)| Scored::new(m, usize::from(i < row.score)))
                .collect();
            assert!((row.theta - eap(&responses, &q).theta).abs() < 1e-12);
        }
    }
}
