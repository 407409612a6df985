//! Choosing the next item: content balancing, then randomesque maximum information.

use super::exposure::ExposureLedger;
use crate::content::Item;
use rand::Rng;

/// What the selector needs to know about the session so far.
pub struct SelectionInput<'a> {
    pub items: &'a [Item],
    /// Area index of every item.
    pub item_area: &'a [usize],
    pub administered: &'a [bool],
    /// Scored items given so far in each area.
    pub area_counts: &'a [usize],
    /// Target share of each area (sums to 1).
    pub area_targets: &'a [f64],
    pub theta: f64,
    pub randomesque: usize,
    pub content_balancing: bool,
    pub exposure: Option<&'a ExposureLedger>,
}

fn eligible(input: &SelectionInput<'_>, i: usize) -> bool {
    !input.administered[i] && input.items[i].irt.is_some()
}

fn exposure_ok(input: &SelectionInput<'_>, i: usize) -> bool {
    match (input.exposure, input.items[i].exposure_limit) {
        (Some(ledger), Some(limit)) => ledger.rate(&input.items[i].id) < limit,
        _ => true,
    }
}

/// Kingsbury & Zara: the area furthest below its target share. Ties go to a random area.
fn choose_area(input: &SelectionInput<'_>, rng: &mut impl Rng) -> Option<usize> {
    let total: usize = input.area_counts.iter().sum();
    let mut open = vec![false; input.area_targets.len()];
    for i in 0..input.items.len() {
        if eligible(input, i) {
            open[input.item_area[i]] = true;
        }
    }
    let gap = |a: usize| {
        let share = if total == 0 {
            0.0
        } else {
            input.area_counts[a] as f64 / total as f64
        };
        input.area_targets[a] - share
    };
    let best = (0..open.len())
        .filter(|&a| open[a])
        .map(gap)
        .fold(f64::NEG_INFINITY, f64::max);
    let tied: Vec<usize> = (0..open.len())
        .filter(|&a| open[a] && (gap(a) - best).abs() < 1e-12)
        .collect();
    match tied.len() {
        0 => None,
        n => Some(tied[rng.gen_range(0..n)]),
    }
}

/// Index of the next item, or `None` when no scored item is left.
pub fn select(input: &SelectionInput<'_>, rng: &mut impl Rng) -> Option<usize> {
    let area = if input.content_balancing {
        choose_area(input, rng)
    } else {
        None
    };
    let in_scope = |i: usize| eligible(input, i) && area.is_none_or(|a| input.item_area[i] == a);
    let mut candidates: Vec<usize> = (0..input.items.len())
        .filter(|&i| in_scope(i) && exposure_ok(input, i))
        .collect();
    if candidates.is_empty() {
        // Every item in scope is over its exposure limit: exposure yields to measurement.
        candidates = (0..input.items.len()).filter(|&i| in_scope(i)).collect();
    }
    if candidates.is_empty() {
        return None;
    }
    let mut scored: Vec<(f64, usize)> = candidates
        .into_iter()
        .map(|i| {
            (
                input.items[i].irt.as_ref().map_or(0.0, |m| m.information(input.theta)),
                i,
            )
        })
        .collect();
    let k = input.randomesque.max(1).min(scored.len());
    // Partial sort: the k most informative first, ties kept in bank order for determinism.
    scored.select_nth_unstable_by(k - 1, |x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    scored[..k].sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    Some(scored[rng.gen_range(0..k)].1)
}
