//! EAP scoring of many response patterns against one item set.
//!
//! Scoring a file of a million patterns with [`super::eap`] recomputes every item's
//! log-probability at every node for every pattern. Here they are tabulated once per item,
//! score and node; a pattern then costs one vector add per answer and one posterior pass —
//! the same numbers as [`super::eap`], far fewer logarithms.

use super::{Estimate, Quadrature};
use crate::irt::IrtModel;

/// Item log-probabilities on a quadrature grid, ready to score patterns.
#[derive(Debug, Clone)]
pub struct EapScorer {
    quadrature: Quadrature,
    /// Per item: `[score * nodes + node]`.
    tables: Vec<Vec<f64>>,
}

impl EapScorer {
    /// Tabulates `items` on `quadrature`.
    pub fn new(items: &[IrtModel], quadrature: Quadrature) -> EapScorer {
        let nodes = quadrature.nodes();
        let tables = items
            .iter()
            .map(|m| {
                let mut t = Vec::with_capacity(m.categories() * nodes.len());
                for k in 0..m.categories() {
                    t.extend(nodes.iter().map(|&x| m.log_likelihood(x, k)));
                }
                t
            })
            .collect();
        EapScorer { quadrature, tables }
    }

    /// EAP estimate of a pattern given as (item index, score); a score outside the item's range
    /// counts as impossible (probability floored like [`IrtModel::log_likelihood`]).
    pub fn score(&self, answers: impl IntoIterator<Item = (usize, usize)>, scratch: &mut Vec<f64>) -> Estimate {
        let n = self.quadrature.nodes().len();
        scratch.clear();
        scratch.resize(n, 0.0);
        for (item, score) in answers {
            let table = &self.tables[item];
            match table.get(score * n..(score + 1) * n) {
                Some(row) => {
                    for (s, v) in scratch.iter_mut().zip(row) {
                        *s += v;
                    }
                }
                None => scratch.iter_mut().for_each(|s| *s += f64::MIN_POSITIVE.ln()),
            }
        }
        self.quadrature.posterior(scratch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::{eap, NormalPrior, Scored};

    #[test]
    fn same_numbers_as_eap() {
        let items = vec![
            IrtModel::TwoPl { a: 1.2, b: -0.3 },
            IrtModel::ThreePl { a: 0.9, b: 0.8, c: 0.2 },
            IrtModel::Graded {
                a: 1.5,
                thresholds: vec![-1.0, 0.5],
                floor: Vec::new(),
            },
            IrtModel::OnePl { b: 1.1 },
        ];
        let q = Quadrature::new(NormalPrior::default(), 61);
        let scorer = EapScorer::new(&items, q.clone());
        let mut scratch = Vec::new();
        for pattern in [[1, 0, 2, 1], [0, 0, 0, 0], [1, 1, 1, 0]] {
            let responses: Vec<Scored> = items.iter().zip(pattern).map(|(m, s)| Scored::new(m, s)).collect();
            let expected = eap(&responses, &q);
            let got = scorer.score(pattern.iter().copied().enumerate(), &mut scratch);
            assert!((got.theta - expected.theta).abs() < 1e-12 && (got.se - expected.se).abs() < 1e-12);
        }
    }
}
