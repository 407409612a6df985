//! Differential item functioning between a reference and a focal group (e.g. two language
//! groups) on dichotomous items: Mantel–Haenszel with the ETS A/B/C classes (Holland & Thayer,
//! 1988; Zwick, 2012) and logistic-regression DIF (Swaminathan & Rogers, 1990). Both flag items
//! for review; nothing is ever removed.

use serde::{Deserialize, Serialize};
use statrs::distribution::{ChiSquared, ContinuousCDF};
use std::collections::BTreeMap;

/// One person's answer for DIF: the matching stratum (e.g. total score), the group
/// (`false` reference, `true` focal) and whether the studied item was answered correctly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DifObservation {
    /// Matching stratum (total or rest score, or a binned ability estimate).
    pub stratum: usize,
    /// Focal group member.
    pub focal: bool,
    /// Correct answer to the studied item.
    pub correct: bool,
}

/// ETS classification of Mantel–Haenszel DIF size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EtsClass {
    /// Negligible: |D| < 1 or not significant.
    A,
    /// Slight to moderate.
    B,
    /// Moderate to large: |D| ≥ 1.5 and significantly above 1.
    C,
}

/// Mantel–Haenszel DIF statistics of one item.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MantelHaenszel {
    /// Common odds ratio (reference over focal).
    pub alpha: f64,
    /// ETS delta scale: −2.35 ln α (negative: the item favours the reference group).
    pub delta: f64,
    /// Standard error of delta (Robins–Breslow–Greenland).
    pub delta_se: f64,
    /// MH chi-square with continuity correction (1 df).
    pub chi_square: f64,
    /// Its p-value.
    pub p: f64,
    /// ETS class.
    pub class: EtsClass,
}

fn chi2_p(x: f64, df: f64) -> f64 {
    ChiSquared::new(df).map_or(f64::NAN, |d| 1.0 - d.cdf(x.max(0.0)))
}

/// Mantel–Haenszel statistics, or `None` when no stratum holds both groups.
pub fn mantel_haenszel(observations: &[DifObservation]) -> Option<MantelHaenszel> {
    let strata = observations.iter().map(|o| o.stratum).max()? + 1;
    // [ref right, ref wrong, focal right, focal wrong] per stratum.
    let mut t = vec![[0.0f64; 4]; strata];
    for o in observations {
        let cell = match (o.focal, o.correct) {
            (false, true) => 0,
            (false, false) => 1,
            (true, true) => 2,
            (true, false) => 3,
        };
        t[o.stratum][cell] += 1.0;
    }
    let (mut r_sum, mut s_sum) = (0.0, 0.0);
    let (mut pr, mut ps_qr, mut qs) = (0.0, 0.0, 0.0);
    let (mut a_sum, mut e_sum, mut v_sum) = (0.0, 0.0, 0.0);
    for &[a, b, c, d] in &t {
        let n = a + b + c + d;
        let (n_ref, n_foc) = (a + b, c + d);
        if n_ref == 0.0 || n_foc == 0.0 || n < 2.0 {
            continue;
        }
        let (r, s) = (a * d / n, b * c / n);
        let (p, q) = ((a + d) / n, (b + c) / n);
        r_sum += r;
        s_sum += s;
        pr += p * r;
        ps_qr += p * s + q * r;
        qs += q * s;
        let (m1, m0) = (a + c, b + d);
        a_sum += a;
        e_sum += n_ref * m1 / n;
        v_sum += n_ref * n_foc * m1 * m0 / (n * n * (n - 1.0));
    }
    if r_sum <= 0.0 || s_sum <= 0.0 || v_sum <= 0.0 {
        return None;
    }
    let alpha = r_sum / s_sum;
    let var_ln = pr / (2.0 * r_sum * r_sum) + ps_qr / (2.0 * r_sum * s_sum) + qs / (2.0 * s_sum * s_sum);
    let delta = -2.35 * alpha.ln();
    let delta_se = 2.35 * var_ln.sqrt();
    let chi_square = ((a_sum - e_sum).abs() - 0.5).max(0.0).powi(2) / v_sum;
    let p = chi2_p(chi_square, 1.0);
    // ETS rules: C when |D| ≥ 1.5 and |D| significantly above 1 (one-sided 5 %); A when |D| < 1
    // or the MH test is not significant; B otherwise.
    let class = if delta.abs() >= 1.5 && (delta.abs() - 1.0) / delta_se > 1.645 {
        EtsClass::C
    } else if delta.abs() < 1.0 || p >= 0.05 {
        EtsClass::A
    } else {
        EtsClass::B
    };
    Some(MantelHaenszel {
        alpha,
        delta,
        delta_se,
        chi_square,
        p,
        class,
    })
}

/// Logistic-regression DIF of one item against a continuous matching score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LogisticDif {
    /// Likelihood-ratio chi-square for a group effect (uniform DIF), 1 df.
    pub uniform_chi_square: f64,
    /// Its p-value.
    pub uniform_p: f64,
    /// Likelihood-ratio chi-square for a group × score interaction (non-uniform DIF), 1 df.
    pub nonuniform_chi_square: f64,
    /// Its p-value.
    pub nonuniform_p: f64,
    /// Nagelkerke R² gained by both group terms over the score-only model: the effect size
    /// Jodoin & Gierl (2001) grade (below 0.035 negligible, 0.035–0.070 moderate, above large).
    pub delta_r_squared: f64,
}

/// Jodoin & Gierl's (2001) lower bound of moderate logistic-regression DIF.
pub const LR_MODERATE_R2: f64 = 0.035;

/// Maximum log-likelihood of a logistic regression on `x` rows (Newton–Raphson), with the
/// coefficients that reach it.
fn logistic_fit(rows: &[(Vec<f64>, bool)]) -> (f64, Vec<f64>) {
    let k = rows.first().map_or(0, |r| r.0.len());
    let mut beta = vec![0.0; k];
    let loglik = |beta: &[f64]| -> f64 {
        rows.iter()
            .map(|(x, y)| {
                let z: f64 = x.iter().zip(beta).map(|(a, b)| a * b).sum();
                // log σ(s) without overflow for either sign of s.
                let s = if *y { z } else { -z };
                if s > 0.0 {
                    -(-s).exp().ln_1p()
                } else {
                    s - s.exp().ln_1p()
                }
            })
            .sum()
    };
    let mut current = loglik(&beta);
    for _ in 0..50 {
        let mut g = vec![0.0; k];
        let mut h = vec![0.0; k * k];
        for (x, y) in rows {
            let z: f64 = x.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let p = crate::irt::logistic(z);
            let r = f64::from(u8::from(*y)) - p;
            let w = p * (1.0 - p);
            for i in 0..k {
                g[i] += r * x[i];
                for j in 0..k {
                    h[i * k + j] -= w * x[i] * x[j];
                }
            }
        }
        let Some(step) = super::item::solve_negative_definite(&h, &g) else {
            break;
        };
        let mut t = 1.0;
        let mut improved = false;
        for _ in 0..30 {
            let cand: Vec<f64> = beta.iter().zip(&step).map(|(b, s)| b - t * s).collect();
            let v = loglik(&cand);
            if v.is_finite() && v >= current {
                improved = v - current > 1e-10;
                beta = cand;
                current = v;
                break;
            }
            t *= 0.5;
        }
        if !improved {
            break;
        }
    }
    (current, beta)
}

/// Rows of the nested logistic models: [1, score, group, score × group], the first `terms`.
fn design(observations: &[(f64, bool, bool)], terms: usize) -> Vec<(Vec<f64>, bool)> {
    observations
        .iter()
        .map(|&(s, focal, y)| {
            let g = f64::from(u8::from(focal));
            let x = [1.0, s, g, s * g];
            (x[..terms].to_vec(), y)
        })
        .collect()
}

/// Logistic-regression DIF: nested models score → + group → + group × score.
/// `observations` are (matching score, focal, correct).
pub fn logistic_dif(observations: &[(f64, bool, bool)]) -> LogisticDif {
    let (l0, l1, l2) = (
        logistic_fit(&design(observations, 2)).0,
        logistic_fit(&design(observations, 3)).0,
        logistic_fit(&design(observations, 4)).0,
    );
    let (u, n) = ((2.0 * (l1 - l0)).max(0.0), (2.0 * (l2 - l1)).max(0.0));
    // Nagelkerke R² of a model with log-likelihood l against the intercept-only one.
    let count = observations.len() as f64;
    let right = observations.iter().filter(|o| o.2).count() as f64;
    let null = if right == 0.0 || right == count {
        0.0
    } else {
        right * (right / count).ln() + (count - right) * (1.0 - right / count).ln()
    };
    let nagelkerke = |l: f64| {
        let max = 1.0 - (2.0 * null / count).exp();
        if max > 0.0 {
            (1.0 - (2.0 * (null - l) / count).exp()) / max
        } else {
            0.0
        }
    };
    LogisticDif {
        delta_r_squared: (nagelkerke(l2) - nagelkerke(l0)).max(0.0),
        uniform_chi_square: u,
        uniform_p: chi2_p(u, 1.0),
        nonuniform_chi_square: n,
        nonuniform_p: chi2_p(n, 1.0),
    }
}

/// What persons are matched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Matching {
    /// Total score over the form (everyone answered every item), purified: items flagged B or C
    /// in a first pass leave the matching total (the studied item always stays).
    TotalScore,
    /// Ability estimates (sparse adaptive data), in ten strata of equal size for MH.
    Theta,
}

/// DIF of one item between the reference and focal groups.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ItemDif {
    /// Reference-group answers used.
    pub reference: usize,
    /// Focal-group answers used.
    pub focal: usize,
    /// Mantel–Haenszel (`None` when no stratum holds both groups).
    pub mantel_haenszel: Option<MantelHaenszel>,
    /// Logistic regression.
    pub logistic: LogisticDif,
    /// For review: ETS class B or C, or logistic DIF significant at 1 % with at least moderate
    /// effect (ΔR² ≥ 0.035).
    pub flag: bool,
}

/// DIF of every item of a response table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DifReport {
    /// Per item; `None` for a graded item or one without answers in both groups.
    pub items: Vec<Option<ItemDif>>,
    /// How persons were matched.
    pub matching: Matching,
    /// Items left out of the purified matching total (`TotalScore` only).
    pub purified: Vec<usize>,
}

fn flagged(mh: Option<&MantelHaenszel>, lr: &LogisticDif) -> bool {
    mh.is_some_and(|m| m.class != EtsClass::A)
        || ((lr.uniform_p < 0.01 || lr.nonuniform_p < 0.01) && lr.delta_r_squared >= LR_MODERATE_R2)
}

/// How persons are matched for one comparison: each row's stratum and score for a studied item.
enum Matcher<'a> {
    /// Total score over the items kept (the studied item always counts).
    Total {
        data: &'a super::ResponseData,
        keep: Vec<bool>,
    },
    /// Ability estimates, with the rows' strata of equal size.
    Theta { thetas: &'a [f64], strata: Vec<usize> },
}

impl Matcher<'_> {
    fn matched(&self, row: usize, studied: usize) -> (usize, f64) {
        match self {
            Matcher::Total { data, keep } => {
                let t: usize = data
                    .row(row)
                    .filter(|a| keep[a.item] || a.item == studied)
                    .map(|a| a.score)
                    .sum();
                (t, t as f64)
            }
            Matcher::Theta { thetas, strata } => (strata[row], thetas[row]),
        }
    }
}

/// Rows in the comparison: those with a group.
fn compared_rows(data: &super::ResponseData, groups: &[Option<bool>]) -> Vec<usize> {
    (0..data.rows())
        .filter(|&r| groups.get(r).copied().flatten().is_some())
        .collect()
}

/// Ten strata of (nearly) equal size by ability, per row.
fn theta_strata(rows: &[usize], thetas: &[f64], n_rows: usize) -> Vec<usize> {
    let mut order: Vec<usize> = rows.to_vec();
    order.sort_by(|&a, &b| thetas[a].total_cmp(&thetas[b]));
    let mut stratum = vec![0usize; n_rows];
    for (rank, &r) in order.iter().enumerate() {
        stratum[r] = rank * 10 / order.len().max(1);
    }
    stratum
}

/// The MH and logistic observations of one item: one per compared row that answered it.
fn observations(
    data: &super::ResponseData,
    rows: &[usize],
    groups: &[Option<bool>],
    item: usize,
    matcher: &Matcher<'_>,
) -> Vec<(DifObservation, f64)> {
    rows.iter()
        .filter_map(|&r| {
            let answer = data.row(r).find(|a| a.item == item)?;
            let (stratum, score) = matcher.matched(r, item);
            Some((
                DifObservation {
                    stratum,
                    focal: groups[r].unwrap_or(false),
                    correct: answer.score > 0,
                },
                score,
            ))
        })
        .collect()
}

fn study(
    data: &super::ResponseData,
    dichotomous: &[bool],
    rows: &[usize],
    groups: &[Option<bool>],
    matcher: &Matcher<'_>,
) -> Vec<Option<ItemDif>> {
    (0..data.items())
        .map(|i| {
            if !dichotomous.get(i).copied().unwrap_or(false) {
                return None;
            }
            let obs = observations(data, rows, groups, i, matcher);
            let focal = obs.iter().filter(|(o, _)| o.focal).count();
            let reference = obs.len() - focal;
            if focal == 0 || reference == 0 {
                return None;
            }
            let mh: Vec<DifObservation> = obs.iter().map(|(o, _)| *o).collect();
            let lr: Vec<(f64, bool, bool)> = obs.iter().map(|(o, s)| (*s, o.focal, o.correct)).collect();
            let mantel_haenszel = mantel_haenszel(&mh);
            let logistic = logistic_dif(&lr);
            Some(ItemDif {
                reference,
                focal,
                mantel_haenszel,
                logistic,
                flag: flagged(mantel_haenszel.as_ref(), &logistic),
            })
        })
        .collect()
}

/// Whether every compared row answered every item (a fixed form, matched on the total score).
fn fixed_form(data: &super::ResponseData, rows: &[usize]) -> bool {
    !rows.is_empty() && rows.iter().all(|&r| data.row(r).len() == data.items())
}

/// Screens every dichotomous item of `data` for DIF. `groups[row]` is `Some(true)` for the
/// focal group, `Some(false)` for the reference group, `None` to leave the row out; `thetas`
/// are the rows' ability estimates, used to match persons when not every row answered every
/// item (otherwise the total score is used). `dichotomous[item]` says which items to study.
/// Rows count once whatever their weight.
pub fn screen(data: &super::ResponseData, dichotomous: &[bool], groups: &[Option<bool>], thetas: &[f64]) -> DifReport {
    let items = data.items();
    let rows = compared_rows(data, groups);
    if fixed_form(data, &rows) {
        let all = Matcher::Total {
            data,
            keep: vec![true; items],
        };
        let first = study(data, dichotomous, &rows, groups, &all);
        let keep: Vec<bool> = first.iter().map(|d| !d.is_some_and(|d| d.flag)).collect();
        let purified: Vec<usize> = (0..items).filter(|&i| !keep[i]).collect();
        let items = if purified.is_empty() {
            first
        } else {
            study(data, dichotomous, &rows, groups, &Matcher::Total { data, keep })
        };
        return DifReport {
            items,
            matching: Matching::TotalScore,
            purified,
        };
    }
    let matcher = Matcher::Theta {
        thetas,
        strata: theta_strata(&rows, thetas, data.rows()),
    };
    DifReport {
        items: study(data, dichotomous, &rows, groups, &matcher),
        matching: Matching::Theta,
        purified: Vec::new(),
    }
}

/// A logistic curve in the matching score: P(right) = σ(intercept + slope · score).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LogisticCurve {
    /// Log-odds at score 0.
    pub intercept: f64,
    /// Change of the log-odds per unit of the matching score.
    pub slope: f64,
}

impl LogisticCurve {
    /// Probability of a right answer at matching score `score`.
    pub fn probability(&self, score: f64) -> f64 {
        crate::irt::logistic(self.intercept + self.slope * score)
    }
}

/// Observed proportion right of one group in one matching stratum.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct StratumPoint {
    /// Mean matching score of the group's answers in the stratum.
    pub score: f64,
    /// Proportion of them right.
    pub proportion: f64,
    /// How many answers.
    pub answers: usize,
}

/// One group's side of a DIF plot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupCurve {
    /// The group's curve from the logistic model with group and group × score terms.
    pub curve: LogisticCurve,
    /// Observed proportions right by matching stratum.
    pub points: Vec<StratumPoint>,
}

/// What a DIF plot of one item draws: each group's response curve over the matching score as
/// the logistic DIF model estimates it (its likelihood-ratio tests are the logistic DIF
/// statistics), the observed proportions they summarise, and the one curve of the model without
/// DIF. Two curves that part are DIF; curves that lie on each other are not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DifCurves {
    /// What the score is: the (purified) total score or the ability estimate.
    pub matching: Matching,
    /// Lowest and highest matching score among the answers.
    pub span: [f64; 2],
    /// Reference group.
    pub reference: GroupCurve,
    /// Focal group.
    pub focal: GroupCurve,
    /// Both groups under the score-only model (no DIF).
    pub common: LogisticCurve,
}

/// The curves of item `item` for a plot, matched exactly as `report` (from [`screen`] on the
/// same arguments) matched it; `None` when the item was not studied.
pub fn curves(
    data: &super::ResponseData,
    groups: &[Option<bool>],
    thetas: &[f64],
    report: &DifReport,
    item: usize,
) -> Option<DifCurves> {
    report.items.get(item).copied().flatten()?;
    let rows = compared_rows(data, groups);
    let matcher = match report.matching {
        Matching::TotalScore => {
            let mut keep = vec![true; data.items()];
            for &i in &report.purified {
                keep[i] = false;
            }
            Matcher::Total { data, keep }
        }
        Matching::Theta => Matcher::Theta {
            thetas,
            strata: theta_strata(&rows, thetas, data.rows()),
        },
    };
    let obs = observations(data, &rows, groups, item, &matcher);
    let lr: Vec<(f64, bool, bool)> = obs.iter().map(|(o, s)| (*s, o.focal, o.correct)).collect();
    let (_, common) = logistic_fit(&design(&lr, 2));
    let (_, full) = logistic_fit(&design(&lr, 4));
    let span = lr.iter().fold([f64::INFINITY, f64::NEG_INFINITY], |[lo, hi], o| {
        [lo.min(o.0), hi.max(o.0)]
    });
    let side = |focal: bool, curve: LogisticCurve| {
        // Per stratum: Σ score, right, answers.
        let mut by_stratum: BTreeMap<usize, (f64, usize, usize)> = BTreeMap::new();
        for (o, score) in obs.iter().filter(|(o, _)| o.focal == focal) {
            let cell = by_stratum.entry(o.stratum).or_default();
            cell.0 += score;
            cell.1 += usize::from(o.correct);
            cell.2 += 1;
        }
        GroupCurve {
            curve,
            points: by_stratum
                .into_values()
                .map(|(sum, right, n)| StratumPoint {
                    score: sum / n as f64,
                    proportion: right as f64 / n as f64,
                    answers: n,
                })
                .collect(),
        }
    };
    Some(DifCurves {
        matching: report.matching,
        span,
        reference: side(
            false,
            LogisticCurve {
                intercept: full[0],
                slope: full[1],
            },
        ),
        focal: side(
            true,
            LogisticCurve {
                intercept: full[0] + full[2],
                slope: full[1] + full[3],
            },
        ),
        common: LogisticCurve {
            intercept: common[0],
            slope: common[1],
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calibrate::{Answer, ResponseData};

    /// A fixed form of 10 Rasch items, alternate persons focal; item 0 is `shift` logits harder
    /// for the focal group.
    fn form(shift: f64) -> (ResponseData, Vec<Option<bool>>) {
        let mut state = 99u64;
        let mut uniform = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        };
        let items = 10;
        let mut data = ResponseData::new(items);
        let mut groups = Vec::new();
        for p in 0..4000 {
            let focal = p % 2 == 1;
            // Box–Muller.
            let theta = (-2.0 * uniform().ln()).sqrt() * (std::f64::consts::TAU * uniform()).cos();
            let answers: Vec<Answer> = (0..items)
                .map(|item| {
                    let b = -1.5 + 3.0 * item as f64 / (items - 1) as f64;
                    let b = if item == 0 && focal { b + shift } else { b };
                    Answer {
                        item,
                        score: usize::from(uniform() < crate::irt::logistic(theta - b)),
                    }
                })
                .collect();
            data.push(&answers, 1.0).unwrap();
            groups.push(Some(focal));
        }
        (data, groups)
    }

    /// Largest gap between the two groups' curves over the matching span.
    fn widest_gap(c: &DifCurves) -> f64 {
        (0..=50)
            .map(|i| c.span[0] + (c.span[1] - c.span[0]) * f64::from(i) / 50.0)
            .map(|x| (c.reference.curve.probability(x) - c.focal.curve.probability(x)).abs())
            .fold(0.0, f64::max)
    }

    #[test]
    fn curves_part_for_a_dif_item_and_lie_together_without_dif() {
        let (data, groups) = form(1.0);
        let dichotomous = vec![true; 10];
        let report = screen(&data, &dichotomous, &groups, &[]);
        assert_eq!(report.matching, Matching::TotalScore);
        let planted = curves(&data, &groups, &[], &report, 0).unwrap();
        let clean = curves(&data, &groups, &[], &report, 5).unwrap();
        assert!(
            planted.span[0] == 0.0 && (9.0..=10.0).contains(&planted.span[1]),
            "{:?}",
            planted.span
        );
        // The focal curve lies below the reference one everywhere for the harder item.
        assert!(widest_gap(&planted) > 0.15, "{planted:?}");
        assert!(planted.focal.curve.probability(5.0) < planted.reference.curve.probability(5.0));
        assert!(widest_gap(&clean) < 0.08, "{clean:?}");
        // The points are the answers: each group's counts add up to its answers.
        let d = report.items[0].unwrap();
        let answers = |g: &GroupCurve| g.points.iter().map(|p| p.answers).sum::<usize>();
        assert_eq!(
            (answers(&planted.reference), answers(&planted.focal)),
            (d.reference, d.focal)
        );
        // The no-DIF curve sits between the groups' curves.
        let x = 5.0;
        let (r, f, c) = (
            planted.reference.curve.probability(x),
            planted.focal.curve.probability(x),
            planted.common.probability(x),
        );
        assert!(f < c && c < r, "{f} {c} {r}");
        // An item not studied has no curves.
        let graded = screen(&data, &[false; 10], &groups, &[]);
        assert_eq!(curves(&data, &groups, &[], &graded, 0), None);
    }

    #[test]
    fn mantel_haenszel_matches_a_hand_computed_table() {
        // One stratum, A=30 B=20 C=20 D=30: α = (30·30)/(20·20) = 2.25.
        let mut obs = Vec::new();
        for (n, focal, correct) in [
            (30, false, true),
            (20, false, false),
            (20, true, true),
            (30, true, false),
        ] {
            obs.extend((0..n).map(|_| DifObservation {
                stratum: 0,
                focal,
                correct,
            }));
        }
        let mh = mantel_haenszel(&obs).unwrap();
        assert!((mh.alpha - 2.25).abs() < 1e-12);
        assert!((mh.delta + 2.35 * 2.25f64.ln()).abs() < 1e-12);
        // Woolf's variance in one stratum: 1/A + 1/B + 1/C + 1/D.
        let se = 2.35 * (1.0 / 30.0 + 1.0 / 20.0 + 1.0 / 20.0 + 1.0 / 30.0f64).sqrt();
        assert!((mh.delta_se - se).abs() < 1e-9, "{} vs {se}", mh.delta_se);
        // χ²: E(A) = 50·50/100 = 25, Var = 50·50·50·50/(100²·99).
        let chi = (5.0f64 - 0.5).powi(2) / (50.0f64.powi(4) / (10_000.0 * 99.0));
        assert!((mh.chi_square - chi).abs() < 1e-9);
    }
}
