//! Differential item functioning between a reference and a focal group (e.g. two language
//! groups) on dichotomous items: Mantel–Haenszel with the ETS A/B/C classes (Holland & Thayer,
//! 1988; Zwick, 2012) and logistic-regression DIF (Swaminathan & Rogers, 1990). Both flag items
//! for review; nothing is ever removed.

use serde::{Deserialize, Serialize};
use statrs::distribution::{ChiSquared, ContinuousCDF};

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

/// Maximum log-likelihood of a logistic regression on `x` rows (Newton–Raphson).
fn logistic_fit(rows: &[(Vec<f64>, bool)]) -> f64 {
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
    current
}

/// Logistic-regression DIF: nested models score → + group → + group × score.
/// `observations` are (matching score, focal, correct).
pub fn logistic_dif(observations: &[(f64, bool, bool)]) -> LogisticDif {
    let rows = |terms: usize| -> Vec<(Vec<f64>, bool)> {
        observations
            .iter()
            .map(|&(s, focal, y)| {
                let g = f64::from(u8::from(focal));
                let x = [1.0, s, g, s * g];
                (x[..terms].to_vec(), y)
            })
            .collect()
    };
    let (l0, l1, l2) = (logistic_fit(&rows(2)), logistic_fit(&rows(3)), logistic_fit(&rows(4)));
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

/// Screens every dichotomous item of `data` for DIF. `groups[row]` is `Some(true)` for the
/// focal group, `Some(false)` for the reference group, `None` to leave the row out; `thetas`
/// are the rows' ability estimates, used to match persons when not every row answered every
/// item (otherwise the total score is used). `dichotomous[item]` says which items to study.
/// Rows count once whatever their weight.
pub fn screen(data: &super::ResponseData, dichotomous: &[bool], groups: &[Option<bool>], thetas: &[f64]) -> DifReport {
    let items = data.items();
    let rows: Vec<usize> = (0..data.rows())
        .filter(|&r| groups.get(r).copied().flatten().is_some())
        .collect();
    let fixed = !rows.is_empty() && rows.iter().all(|&r| data.row(r).len() == items);
    let study = |matching: &dyn Fn(usize, usize) -> (usize, f64)| -> Vec<Option<ItemDif>> {
        (0..items)
            .map(|i| {
                if !dichotomous.get(i).copied().unwrap_or(false) {
                    return None;
                }
                let mut mh = Vec::new();
                let mut lr = Vec::new();
                for &r in &rows {
                    let Some(answer) = data.row(r).find(|a| a.item == i) else {
                        continue;
                    };
                    let focal = groups[r].unwrap_or(false);
                    let (stratum, score) = matching(r, i);
                    let correct = answer.score > 0;
                    mh.push(DifObservation {
                        stratum,
                        focal,
                        correct,
                    });
                    lr.push((score, focal, correct));
                }
                let focal = mh.iter().filter(|o| o.focal).count();
                let reference = mh.len() - focal;
                if focal == 0 || reference == 0 {
                    return None;
                }
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
    };
    if fixed {
        let total = |r: usize, keep: &[bool], studied: usize| -> usize {
            data.row(r)
                .filter(|a| keep[a.item] || a.item == studied)
                .map(|a| a.score)
                .sum()
        };
        let all = vec![true; items];
        let first = study(&|r, i| {
            let t = total(r, &all, i);
            (t, t as f64)
        });
        let keep: Vec<bool> = first.iter().map(|d| !d.is_some_and(|d| d.flag)).collect();
        let purified: Vec<usize> = (0..items).filter(|&i| !keep[i]).collect();
        let items = if purified.is_empty() {
            first
        } else {
            study(&|r, i| {
                let t = total(r, &keep, i);
                (t, t as f64)
            })
        };
        return DifReport {
            items,
            matching: Matching::TotalScore,
            purified,
        };
    }
    // Ten strata of (nearly) equal size by ability.
    let mut order: Vec<usize> = rows.clone();
    order.sort_by(|&a, &b| thetas[a].total_cmp(&thetas[b]));
    let mut stratum = vec![0usize; data.rows()];
    for (rank, &r) in order.iter().enumerate() {
        stratum[r] = rank * 10 / order.len().max(1);
    }
    DifReport {
        items: study(&|r, _| (stratum[r], thetas[r])),
        matching: Matching::Theta,
        purified: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
