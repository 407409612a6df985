//! The E-step: each row's posterior over the quadrature nodes, summed into expected counts.
//!
//! Item log-probabilities are tabulated once per cycle (items × categories × nodes); a row then
//! costs one vector add per answer, a normalisation, and one scaled add per answer.

use super::data::ResponseData;
use super::item::ItemParams;

/// Expected counts r[item][category * nodes + node], the marginal log-likelihood and the
/// posterior mass at each node.
pub(crate) struct Expected {
    pub counts: Vec<Vec<f64>>,
    pub log_likelihood: f64,
    pub node_mass: Vec<f64>,
}

/// Log-probability tables per item: `[category * nodes + node]`.
pub(crate) fn log_tables(items: &[ItemParams], nodes: &[f64]) -> Vec<Vec<f64>> {
    let nq = nodes.len();
    items
        .iter()
        .map(|it| {
            let cats = it.categories();
            let mut table = vec![0.0; cats * nq];
            let mut p = vec![0.0; cats];
            for (q, &t) in nodes.iter().enumerate() {
                it.probabilities(t, &mut p);
                for k in 0..cats {
                    table[k * nq + q] = p[k].max(f64::MIN_POSITIVE).ln();
                }
            }
            table
        })
        .collect()
}

/// Runs the E-step over rows `range` with normalised log prior weights `log_prior`.
fn e_step_rows(
    data: &ResponseData,
    tables: &[Vec<f64>],
    log_prior: &[f64],
    rows: std::ops::Range<usize>,
    want_counts: bool,
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
    let tables = log_tables(items, nodes);
    let rows = data.rows();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let work: usize = rows * nodes.len();
    if threads <= 1 || work < 2_000_000 {
        return e_step_rows(data, &tables, log_prior, 0..rows, want_counts);
    }
    let chunk = rows.div_ceil(threads);
    let parts: Vec<Expected> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let range = (t * chunk).min(rows)..((t + 1) * chunk).min(rows);
                let tables = &tables;
                scope.spawn(move || e_step_rows(data, tables, log_prior, range, want_counts))
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
    total
}
