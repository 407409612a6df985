//! The E-step: each row's posterior over the quadrature nodes, summed into expected counts.
//!
//! Item log-probabilities are tabulated once per cycle (items × categories × nodes); a row then
//! costs one vector add per answer, a normalisation, and one scaled add per answer.

use super::data::ResponseData;
use super::item::ItemParams;
use multiversion::multiversion;

/// Expected counts r[item][category * nodes + node], the marginal log-likelihood and the
/// posterior mass at each node.
pub(crate) struct Expected {
    pub counts: Vec<Vec<f64>>,
    pub log_likelihood: f64,
    pub node_mass: Vec<f64>,
}

/// Log-probability tables per item: `[category * width + node]`, each category's row padded
/// from `nodes.len()` to `width` with zeros, so the row loops run in whole vectors.
fn log_tables(items: &[ItemParams], nodes: &[f64], width: usize) -> Vec<Vec<f64>> {
    items
        .iter()
        .map(|it| {
            let cats = it.categories();
            let mut table = vec![0.0; cats * width];
            let mut p = vec![0.0; cats];
            for (q, &t) in nodes.iter().enumerate() {
                it.probabilities(t, &mut p);
                for k in 0..cats {
                    table[k * width + q] = p[k].max(f64::MIN_POSITIVE).ln();
                }
            }
            table
        })
        .collect()
}

/// Nodes padded to a multiple of eight (one AVX-512 vector of f64): 61 nodes become 64, the
/// three extra nodes carrying zero prior weight (log weight −∞), so they add nothing.
fn padded_width(nodes: usize) -> usize {
    nodes.div_ceil(8) * 8
}

/// Runs the E-step over rows `range` with normalised log prior weights `log_prior`. Compiled
/// also for AVX2 and AVX-512 and chosen at run time: its element-wise loops are the hot path
/// of calibration, and only the vector width changes (no sum is reordered, so the results are
/// the same bits on every target).
#[multiversion(targets("x86_64+avx512f+avx512vl", "x86_64+avx2+fma"))]
fn e_step_rows(
    data: &ResponseData,
    tables: &[Vec<f64>],
    log_prior: &[f64],
    rows: std::ops::Range<usize>,
    want_counts: bool,
    complete: &[bool],
) -> Expected {
    let nq = log_prior.len();
    let mut counts: Vec<Vec<f64>> = if want_counts {
        tables.iter().map(|t| vec![0.0; t.len()]).collect()
    } else {
        Vec::new()
    };
    let mut node_mass = vec![0.0; nq];
    let mut log_likelihood = 0.0;
    let mut ll = vec![0.0; nq];
    for row in rows {
        ll.copy_from_slice(log_prior);
        let answers = data.row_raw(row);
        for &(i, s) in answers {
            if s == 0 && complete[i as usize] {
                continue;
            }
            let t = &tables[i as usize][s as usize * nq..(s as usize + 1) * nq];
            for (l, v) in ll.iter_mut().zip(t) {
                *l += v;
            }
        }
        let max = ll.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let mut sum = 0.0;
        for l in ll.iter_mut() {
            *l = (*l - max).exp();
            sum += *l;
        }
        let w = data.weight(row);
        log_likelihood += w * (max + sum.ln());
        let scale = w / sum;
        for l in ll.iter_mut() {
            *l *= scale;
        }
        for (m, l) in node_mass.iter_mut().zip(&ll) {
            *m += l;
        }
        if want_counts {
            for &(i, s) in answers {
                if s == 0 && complete[i as usize] {
                    continue;
                }
                let c = &mut counts[i as usize][s as usize * nq..(s as usize + 1) * nq];
                for (c, l) in c.iter_mut().zip(&ll) {
                    *c += l;
                }
            }
        }
    }
    Expected {
        counts,
        log_likelihood,
        node_mass,
    }
}

/// The E-step over all rows, split across threads for large tables.
pub(crate) fn e_step(
    data: &ResponseData,
    items: &[ItemParams],
    nodes: &[f64],
    log_prior: &[f64],
    want_counts: bool,
) -> Expected {
    let nq = nodes.len();
    let width = padded_width(nq);
    let mut tables = log_tables(items, nodes, width);
    let mut padded_prior = vec![f64::NEG_INFINITY; width];
    padded_prior[..nq].copy_from_slice(log_prior);
    // A complete column adds its category-0 row to every row's sum: add it once to the prior
    // and keep only the other categories' differences from it, which rows then skip at 0.
    let complete = data.complete_columns();
    for (table, _) in tables.iter_mut().zip(&complete).filter(|(_, &full)| full) {
        let (zero, rest) = table.split_at_mut(width);
        for (p, z) in padded_prior.iter_mut().zip(zero.iter()) {
            *p += z;
        }
        for category in rest.chunks_exact_mut(width) {
            for (v, z) in category.iter_mut().zip(zero.iter()) {
                *v -= z;
            }
        }
    }
    let log_prior = &padded_prior[..];
    let rows = data.rows();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let work: usize = rows * nodes.len();
    if threads <= 1 || work < 2_000_000 {
        return unpadded(
            e_step_rows(data, &tables, log_prior, 0..rows, want_counts, &complete),
            nq,
            &complete,
        );
    }
    let chunk = rows.div_ceil(threads);
    let parts: Vec<Expected> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let range = (t * chunk).min(rows)..((t + 1) * chunk).min(rows);
                let tables = &tables;
                let complete = &complete;
                scope.spawn(move || e_step_rows(data, tables, log_prior, range, want_counts, complete))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("an E-step worker does not panic"))
            .collect()
    });
    let mut parts = parts.into_iter();
    let mut total = parts.next().expect("at least one part");
    for p in parts {
        total.log_likelihood += p.log_likelihood;
        for (a, b) in total.node_mass.iter_mut().zip(&p.node_mass) {
            *a += b;
        }
        for (ca, cb) in total.counts.iter_mut().zip(&p.counts) {
            for (a, b) in ca.iter_mut().zip(cb) {
                *a += b;
            }
        }
    }
    unpadded(total, nq, &complete)
}

/// Drops the padding nodes (counts back to `[category * nodes + node]`, node mass to `nodes`)
/// and fills category 0 of complete columns: the posterior mass not in the other categories.
fn unpadded(mut e: Expected, nq: usize, complete: &[bool]) -> Expected {
    let width = padded_width(nq);
    e.node_mass.truncate(nq);
    for (c, &full) in e.counts.iter_mut().zip(complete) {
        let cats = c.len() / width;
        if full {
            for q in 0..nq {
                let rest: f64 = (1..cats).map(|k| c[k * width + q]).sum();
                c[q] = (e.node_mass[q] - rest).max(0.0);
            }
        }
        for k in 1..cats {
            c.copy_within(k * width..k * width + nq, k * nq);
        }
        c.truncate(cats * nq);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calibrate::data::Answer;
    use crate::irt::IrtModel;

    /// The E-step's shortcuts (padding, complete columns folded into the prior) give the
    /// counts and log-likelihood of the definition: for each row, the posterior over the nodes
    /// from the item probabilities, added into the answered category.
    #[test]
    fn e_step_matches_the_definition_with_complete_and_sparse_columns() {
        let items = [
            ItemParams::from_model(&IrtModel::TwoPl { a: 1.3, b: -0.4 }),
            ItemParams::from_model(&IrtModel::ThreePl { a: 0.8, b: 0.6, c: 0.2 }),
            ItemParams::from_model(&IrtModel::Graded {
                a: 1.1,
                thresholds: vec![-0.7, 0.9],
                floor: Vec::new(),
            }),
        ];
        // Items 0 and 2 answered by every row (complete), item 1 by some.
        let rows: [&[(usize, usize)]; 5] = [
            &[(0, 1), (1, 0), (2, 2)],
            &[(0, 0), (2, 0)],
            &[(0, 1), (1, 1), (2, 1)],
            &[(0, 0), (2, 2)],
            &[(0, 1), (1, 1), (2, 0)],
        ];
        let mut data = ResponseData::new(3);
        for (r, row) in rows.iter().enumerate() {
            let answers: Vec<Answer> = row.iter().map(|&(item, score)| Answer { item, score }).collect();
            data.push(&answers, 1.0 + r as f64 * 0.5).unwrap();
        }
        assert_eq!(data.complete_columns(), vec![true, false, true]);
        let nodes: Vec<f64> = (0..13).map(|q| -3.0 + 0.5 * q as f64).collect();
        let raw: Vec<f64> = nodes.iter().map(|t| -0.5 * t * t).collect();
        let norm = raw.iter().map(|r| r.exp()).sum::<f64>().ln();
        let log_prior: Vec<f64> = raw.iter().map(|r| r - norm).collect();

        let got = e_step(&data, &items, &nodes, &log_prior, true);

        let nq = nodes.len();
        let mut counts: Vec<Vec<f64>> = items.iter().map(|it| vec![0.0; it.categories() * nq]).collect();
        let mut log_likelihood = 0.0;
        for (r, row) in rows.iter().enumerate() {
            let w = 1.0 + r as f64 * 0.5;
            let joint: Vec<f64> = (0..nq)
                .map(|q| {
                    let mut p = log_prior[q].exp();
                    for &(i, s) in row.iter() {
                        let mut probs = vec![0.0; items[i].categories()];
                        items[i].probabilities(nodes[q], &mut probs);
                        p *= probs[s];
                    }
                    p
                })
                .collect();
            let marginal: f64 = joint.iter().sum();
            log_likelihood += w * marginal.ln();
            for &(i, s) in row.iter() {
                for q in 0..nq {
                    counts[i][s * nq + q] += w * joint[q] / marginal;
                }
            }
        }
        assert!(
            (got.log_likelihood - log_likelihood).abs() < 1e-10,
            "{} vs {log_likelihood}",
            got.log_likelihood
        );
        assert_eq!(got.node_mass.len(), nq);
        for (g, want) in got.counts.iter().zip(&counts) {
            assert_eq!(g.len(), want.len());
            for (a, b) in g.iter().zip(want) {
                assert!((a - b).abs() < 1e-10, "{a} vs {b}");
            }
        }
    }
}
