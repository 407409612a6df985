//! Model–data fit of calibrated items and of persons:
//! - S-X² item fit (Orlando & Thissen, 2000; Kang & Chen, 2008 for graded items): observed and
//!   model-expected proportions of each item score within each summed-score group, the expected
//!   ones from Lord–Wingersky summed-score likelihoods with and without the item, cells collapsed
//!   as R mirt's `itemfit` does (`mincell`);
//! - infit and outfit mean squares with their Wilson–Hilferty z (Wright & Masters, 1982), the
//!   residual statistics Rasch users read;
//! - person fit lz (Drasgow, Levine & Williams, 1985), the standardized log-likelihood of a
//!   response pattern: strongly negative for careless or aberrant answering.
//!
//! Fit flags items and persons for review; nothing is ever removed.

use super::ResponseData;
use crate::estimate::{summed_score_likelihoods, Quadrature};
use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};
use statrs::distribution::{ChiSquared, ContinuousCDF};

/// S-X² of one item.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SumScoreFit {
    /// Pearson chi-square over summed-score groups and item scores.
    pub chi_square: f64,
    /// Degrees of freedom: cells − groups − estimated item parameters.
    pub df: i64,
    /// Upper-tail p (`None` when df < 1).
    pub p: Option<f64>,
    /// RMSEA of the item, √max(0, (X² − df) / (df (N − 1))), as mirt reports it.
    pub rmsea: Option<f64>,
    /// Summed-score groups left after collapsing.
    pub groups: usize,
}

/// Upper-tail chi-square probability.
fn upper_tail(x: f64, df: f64) -> Option<f64> {
    ChiSquared::new(df)
        .ok()
        .map(|d| (1.0 - d.cdf(x.max(0.0))).clamp(0.0, 1.0))
}

/// One summed-score group: observed and expected counts per item score (`None`: impossible).
#[derive(Debug, Clone)]
struct Group {
    observed: Vec<f64>,
    expected: Vec<Option<f64>>,
    /// Summed scores the group spans (one until groups merge).
    scores: (usize, usize),
    /// Σ over the group's persons of the model variance of their item score given their
    /// summed score: what the observed mean's sampling error is under the model.
    variance: f64,
}

impl Group {
    fn absorb(&mut self, other: &Group) {
        self.scores = (self.scores.0.min(other.scores.0), self.scores.1.max(other.scores.1));
        self.variance += other.variance;
        for (o, x) in self.observed.iter_mut().zip(&other.observed) {
            *o += x;
        }
        for (e, x) in self.expected.iter_mut().zip(&other.expected) {
            *e = match (*e, *x) {
                (None, None) => None,
                (a, b) => Some(a.unwrap_or(0.0) + b.unwrap_or(0.0)),
            };
        }
    }

    fn has_small_cell(&self, min_expected: f64) -> bool {
        self.expected.iter().flatten().any(|&e| e < min_expected && e > 0.0)
    }

    /// The group as an item-fit plot draws it: observed against expected mean item score.
    fn summary(&self) -> Option<ScoreGroup> {
        let persons: f64 = self.observed.iter().sum();
        if persons <= 0.0 {
            return None;
        }
        let mean = |counts: &mut dyn Iterator<Item = f64>| -> f64 {
            counts.enumerate().map(|(k, n)| k as f64 * n).sum::<f64>() / persons
        };
        Some(ScoreGroup {
            scores: [self.scores.0, self.scores.1],
            persons,
            observed: mean(&mut self.observed.iter().copied()),
            expected: mean(&mut self.expected.iter().map(|e| e.unwrap_or(0.0))),
            expected_se: self.variance.max(0.0).sqrt() / persons,
        })
    }
}

/// One summed-score group of an item's S-X² table, after merging: the points of an item-fit
/// plot, where an item that misfits shows observed means outside the model's range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ScoreGroup {
    /// Lowest and highest summed score in the group.
    pub scores: [usize; 2],
    /// Weighted persons in the group.
    pub persons: f64,
    /// Observed mean item score (the proportion right for a dichotomous item).
    pub observed: f64,
    /// Mean item score the model expects given the group's summed scores.
    pub expected: f64,
    /// Standard error of the observed mean under the model.
    pub expected_se: f64,
}

/// Merges groups holding an expected count below `min_expected` into a neighbour, as mirt's
/// `collapseCells` does: the first such group goes into the next one, the last into the one
/// before, any other into the neighbour with fewer observed persons.
fn collapse(mut groups: Vec<Group>, min_expected: f64) -> Vec<Group> {
    while groups.len() > 1 {
        let Some(at) = groups.iter().position(|g| g.has_small_cell(min_expected)) else {
            break;
        };
        let into = if at == 0 {
            1
        } else if at == groups.len() - 1 {
            at - 1
        } else {
            let size = |g: &Group| g.observed.iter().sum::<f64>();
            if size(&groups[at - 1]) <= size(&groups[at + 1]) {
                at - 1
            } else {
                at + 1
            }
        };
        let taken = groups.remove(at);
        let into = if into > at { into - 1 } else { into };
        groups[into].absorb(&taken);
    }
    groups
}

/// Normalised prior weights of the quadrature nodes.
fn node_weights(quadrature: &Quadrature) -> Vec<f64> {
    let prior = quadrature.prior();
    let raw: Vec<f64> = quadrature.nodes().iter().map(|&t| prior.log_density(t).exp()).collect();
    let z: f64 = raw.iter().sum();
    raw.into_iter().map(|w| w / z).collect()
}

/// Result of S-X² over a form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SumScoreFitReport {
    /// Per item, `None` when the item could not be tested (no df left).
    pub items: Vec<Option<SumScoreFit>>,
    /// Weighted number of persons who answered every item (the only ones S-X² can use).
    pub persons_used: f64,
    /// Rows left out because they missed an item.
    pub rows_skipped: usize,
    /// Per item, its summed-score groups after merging (empty when the item has no S-X²).
    pub groups: Vec<Vec<ScoreGroup>>,
}

/// S-X² for every item of `models` (one per data column) on the rows that answered every item:
/// the statistic compares summed-score groups, so it needs a fixed form. `parameters[i]` is the
/// number of parameters estimated for item i (subtracted from df); `min_expected` is mirt's
/// `mincell` (1 by default; 0 collapses nothing).
pub fn s_x2(
    models: &[IrtModel],
    parameters: &[usize],
    data: &ResponseData,
    quadrature: &Quadrature,
    min_expected: f64,
) -> SumScoreFitReport {
    let n_items = models.len();
    let nodes = quadrature.nodes();
    let weights = node_weights(quadrature);
    let total_max: usize = models.iter().map(IrtModel::max_score).sum();
    // Observed: per item, [total score][item score] weighted counts; persons per total.
    let mut observed: Vec<Vec<Vec<f64>>> = models
        .iter()
        .map(|m| vec![vec![0.0; m.categories()]; total_max + 1])
        .collect();
    let mut persons = vec![0.0; total_max + 1];
    let (mut used, mut skipped) = (0.0, 0usize);
    let mut scores = vec![0usize; n_items];
    for r in 0..data.rows() {
        if data.row(r).len() != n_items || n_items == 0 {
            skipped += 1;
            continue;
        }
        let mut total = 0;
        let mut valid = true;
        for a in data.row(r) {
            if a.item >= n_items || a.score > models[a.item].max_score() {
                valid = false;
                break;
            }
            scores[a.item] = a.score;
            total += a.score;
        }
        if !valid {
            skipped += 1;
            continue;
        }
        let w = data.weight(r);
        used += w;
        persons[total] += w;
        for (i, &k) in scores.iter().enumerate() {
            observed[i][total][k] += w;
        }
    }
    let full = summed_score_likelihoods(models, nodes);
    let marginal: Vec<f64> = full
        .iter()
        .map(|row| row.iter().zip(&weights).map(|(l, w)| l * w).sum())
        .collect();
    let (items, groups): (Vec<_>, Vec<_>) = (0..n_items)
        .map(|i| {
            let rest_models: Vec<IrtModel> = models
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, m)| m.clone())
                .collect();
            let rest = summed_score_likelihoods(&rest_models, nodes);
            let m = &models[i];
            let item_probs: Vec<Vec<f64>> = (0..m.categories())
                .map(|k| nodes.iter().map(|&t| m.probability(t, k)).collect())
                .collect();
            let groups: Vec<Group> = (0..=total_max)
                .filter(|&s| persons[s] > 0.0 && marginal[s] > 0.0)
                .map(|s| {
                    let expected: Vec<Option<f64>> = (0..m.categories())
                        .map(|k| {
                            let r = s.checked_sub(k).filter(|&r| r < rest.len())?;
                            let joint: f64 = (0..nodes.len())
                                .map(|q| item_probs[k][q] * rest[r][q] * weights[q])
                                .sum();
                            let e = persons[s] * joint / marginal[s];
                            (e > 0.0).then_some(e)
                        })
                        .collect();
                    // n·Var(item score | s) = Σ k² E_k − (Σ k E_k)² / n.
                    let (first, second) = expected.iter().enumerate().fold((0.0, 0.0), |(m1, m2), (k, e)| {
                        let e = e.unwrap_or(0.0);
                        (m1 + k as f64 * e, m2 + (k * k) as f64 * e)
                    });
                    Group {
                        observed: observed[i][s].clone(),
                        expected,
                        scores: (s, s),
                        variance: second - first * first / persons[s],
                    }
                })
                .collect();
            let groups = collapse(groups, min_expected);
            let mut chi_square = 0.0;
            let mut cells = 0i64;
            for g in &groups {
                for (o, e) in g.observed.iter().zip(&g.expected) {
                    if let Some(e) = e {
                        chi_square += (o - e).powi(2) / e;
                        cells += 1;
                    }
                }
            }
            let df = cells - groups.len() as i64 - parameters.get(i).copied().unwrap_or(0) as i64;
            let fit = (!groups.is_empty() && chi_square.is_finite()).then(|| {
                let testable = df >= 1;
                SumScoreFit {
                    chi_square,
                    df,
                    p: if testable {
                        upper_tail(chi_square, df as f64)
                    } else {
                        None
                    },
                    rmsea: (testable && used > 1.0)
                        .then(|| ((chi_square - df as f64) / (df as f64 * (used - 1.0))).max(0.0).sqrt()),
                    groups: groups.len(),
                }
            });
            let table = if fit.is_some() {
                groups.iter().filter_map(Group::summary).collect()
            } else {
                Vec::new()
            };
            (fit, table)
        })
        .unzip();
    SumScoreFitReport {
        items,
        persons_used: used,
        rows_skipped: skipped,
        groups,
    }
}

/// Infit and outfit mean squares of one item, with their standardized forms.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ResidualFit {
    /// Information-weighted mean square Σ(x − E)² / ΣW (expected 1).
    pub infit: f64,
    /// Its Wilson–Hilferty z.
    pub infit_z: f64,
    /// Unweighted mean of squared standardized residuals (expected 1; outlier-sensitive).
    pub outfit: f64,
    /// Its Wilson–Hilferty z.
    pub outfit_z: f64,
    /// Weighted number of answers.
    pub answers: f64,
}

/// Mean, variance and fourth central moment of an item score at θ.
fn score_moments(model: &IrtModel, theta: f64) -> (f64, f64, f64) {
    let probs: Vec<f64> = (0..model.categories()).map(|k| model.probability(theta, k)).collect();
    let mean: f64 = probs.iter().enumerate().map(|(k, p)| k as f64 * p).sum();
    let (mut var, mut fourth) = (0.0, 0.0);
    for (k, p) in probs.iter().enumerate() {
        let d = k as f64 - mean;
        var += p * d * d;
        fourth += p * d.powi(4);
    }
    (mean, var, fourth)
}

fn wilson_hilferty(mean_square: f64, q: f64) -> f64 {
    if q > 0.0 && q.is_finite() {
        (mean_square.cbrt() - 1.0) * (3.0 / q) + q / 3.0
    } else {
        0.0
    }
}

/// Infit and outfit of every item, given each row's ability `thetas[row]` (`None` per item
/// when nobody with a usable answer took it).
pub fn residual_fit(models: &[IrtModel], data: &ResponseData, thetas: &[f64]) -> Vec<Option<ResidualFit>> {
    // Per item: Σw, Σw·z², Σw·y², Σw·W, Σw·C/W², Σw·(C − W²).
    let mut sums = vec![[0.0f64; 6]; models.len()];
    for (r, &theta) in thetas.iter().enumerate().take(data.rows()) {
        let w = data.weight(r);
        for a in data.row(r) {
            let Some(model) = models.get(a.item) else { continue };
            if a.score > model.max_score() || !theta.is_finite() {
                continue;
            }
            let (mean, var, fourth) = score_moments(model, theta);
            if var < 1e-12 {
                continue;
            }
            let y = a.score as f64 - mean;
            let s = &mut sums[a.item];
            s[0] += w;
            s[1] += w * y * y / var;
            s[2] += w * y * y;
            s[3] += w * var;
            s[4] += w * fourth / (var * var);
            s[5] += w * (fourth - var * var);
        }
    }
    sums.iter()
        .map(|s| {
            (s[0] > 0.0 && s[3] > 0.0).then(|| {
                let outfit = s[1] / s[0];
                let infit = s[2] / s[3];
                let q_out = (s[4] / (s[0] * s[0]) - 1.0 / s[0]).max(0.0).sqrt();
                let q_in = (s[5] / (s[3] * s[3])).max(0.0).sqrt();
                ResidualFit {
                    infit,
                    infit_z: wilson_hilferty(infit, q_in),
                    outfit,
                    outfit_z: wilson_hilferty(outfit, q_out),
                    answers: s[0],
                }
            })
        })
        .collect()
}

pub use crate::estimate::person_fit::LZ_FLAG;

/// lz of every row at its ability `thetas[row]` ([`crate::estimate::person_fit::lz`]) over the
/// answered items. `None` for a row whose answers carry no variance (none, or all at certainty).
pub fn person_fit(models: &[IrtModel], data: &ResponseData, thetas: &[f64]) -> Vec<Option<f64>> {
    (0..data.rows())
        .map(|r| {
            let theta = *thetas.get(r)?;
            let answers: Option<Vec<(&IrtModel, usize)>> =
                data.row(r).map(|a| Some((models.get(a.item)?, a.score))).collect();
            crate::estimate::person_fit::lz(answers?, theta)
        })
        .collect()
}

/// Number of parameters a bank model has (what calibration estimated for it).
pub fn parameter_count(model: &IrtModel) -> usize {
    match model {
        IrtModel::OnePl { .. } => 1,
        IrtModel::TwoPl { .. } => 2,
        IrtModel::ThreePl { .. } => 3,
        IrtModel::Graded { thresholds, .. } => 1 + thresholds.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calibrate::Answer;
    use crate::estimate::NormalPrior;

    fn one_row(scores: &[usize]) -> ResponseData {
        let mut d = ResponseData::new(scores.len());
        let answers: Vec<Answer> = scores
            .iter()
            .enumerate()
            .map(|(item, &score)| Answer { item, score })
            .collect();
        d.push(&answers, 1.0).unwrap();
        d
    }

    #[test]
    fn lz_of_one_item_is_its_standardized_residual() {
        // l0 − E = (x − P)(ln P − ln Q) and Var = PQ(ln P − ln Q)², so for P > ½ lz = (x − P)/√(PQ).
        let m = IrtModel::TwoPl { a: 1.3, b: -0.4 };
        let theta = 0.5;
        let p = m.p_correct(theta);
        for x in [0, 1] {
            let lz = person_fit(std::slice::from_ref(&m), &one_row(&[x]), &[theta])[0].unwrap();
            let closed = (x as f64 - p) / (p * (1.0 - p)).sqrt();
            assert!((lz - closed).abs() < 1e-12, "{lz} vs {closed}");
        }
        // At θ = b the answer carries no log-likelihood variance: no lz.
        assert_eq!(person_fit(&[m], &one_row(&[1]), &[-0.4])[0], None);
    }

    #[test]
    fn one_answer_outfit_is_its_squared_standardized_residual() {
        let m = IrtModel::OnePl { b: 0.3 };
        let theta = -0.2;
        let p = m.p_correct(theta);
        let fit = residual_fit(std::slice::from_ref(&m), &one_row(&[1]), &[theta])[0].unwrap();
        let z2 = (1.0 - p).powi(2) / (p * (1.0 - p));
        assert!((fit.outfit - z2).abs() < 1e-12);
        // One answer: infit's weights cancel, so it equals outfit.
        assert!((fit.infit - z2).abs() < 1e-12);
    }

    #[test]
    fn identical_rasch_items_expect_score_over_length() {
        // Exchangeable items: given total s of n, each item is right with probability s/n, at
        // any θ; S-X²'s expected counts must say exactly that.
        let n = 6;
        let models = vec![IrtModel::OnePl { b: 0.4 }; n];
        let mut data = ResponseData::new(n);
        for s in 0..=n {
            let answers: Vec<Answer> = (0..n)
                .map(|item| Answer {
                    item,
                    score: usize::from(item < s),
                })
                .collect();
            data.push(&answers, 10.0).unwrap();
        }
        let q = Quadrature::new(NormalPrior::default(), 61);
        let full = summed_score_likelihoods(&models, q.nodes());
        let weights = node_weights(&q);
        let rest = summed_score_likelihoods(&models[1..], q.nodes());
        for s in 1..n {
            let joint: f64 = (0..q.nodes().len())
                .map(|k| models[0].p_correct(q.nodes()[k]) * rest[s - 1][k] * weights[k])
                .sum();
            let marginal: f64 = full[s].iter().zip(&weights).map(|(l, w)| l * w).sum();
            assert!((joint / marginal - s as f64 / n as f64).abs() < 1e-12);
        }
        // Observed proportions here are 1 for the first s items: S-X² is positive, df = groups − 1.
        let report = s_x2(&models, &[1; 6], &data, &q, 0.0);
        assert_eq!(report.persons_used, 70.0);
        let first = report.items[0].unwrap();
        assert_eq!(first.df, 5 - 1);
        // Item 0 is right in every group s ≥ 1: Σ_s 10 (1 − s/n)² / (s/n) + 10 (1 − s/n)... by hand.
        let by_hand: f64 = (1..n)
            .map(|s| {
                let e1 = 10.0 * s as f64 / n as f64;
                let e0 = 10.0 - e1;
                (10.0 - e1).powi(2) / e1 + e0 * e0 / e0
            })
            .sum();
        assert!(
            (first.chi_square - by_hand).abs() < 1e-9,
            "{} vs {by_hand}",
            first.chi_square
        );
        // The plot's points: group s observes item 0 right 10 times of 10 (s ≥ 1), expects
        // s/n with a binomial standard error √(10 (s/n)(1 − s/n)) / 10 (0 at s = 0 and n).
        let table = &report.groups[0];
        assert_eq!(table.len(), n + 1);
        for (g, s) in table.iter().zip(0..=n) {
            let p = s as f64 / n as f64;
            assert_eq!(g.scores, [s, s]);
            assert_eq!((g.persons, g.observed), (10.0, if s == 0 { 0.0 } else { 1.0 }));
            assert!((g.expected - p).abs() < 1e-12, "{g:?}");
            assert!(
                (g.expected_se - (10.0 * p * (1.0 - p)).sqrt() / 10.0).abs() < 1e-12,
                "{g:?}"
            );
        }
    }

    #[test]
    fn collapsing_merges_small_groups_like_mirt() {
        let g = |o: [f64; 2], e: [f64; 2]| Group {
            observed: o.to_vec(),
            expected: e.iter().map(|&x| Some(x)).collect(),
            scores: (0, 0),
            variance: 0.0,
        };
        let groups = vec![
            g([1.0, 0.0], [0.5, 0.5]),
            g([3.0, 3.0], [3.0, 3.0]),
            g([2.0, 0.0], [1.5, 0.5]),
            g([4.0, 4.0], [4.0, 4.0]),
        ];
        let merged = collapse(groups, 1.0);
        // First into second; the third (middle) into its smaller neighbour — the merged first.
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].observed, vec![6.0, 3.0]);
        assert_eq!(merged[0].expected, vec![Some(5.0), Some(4.0)]);
    }
}
