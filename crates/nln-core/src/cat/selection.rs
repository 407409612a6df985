//! Choosing the next item: content balancing, then randomesque maximum information.

use crate::content::Item;
use rand::Rng;

/// What the selector needs to know about the session so far.
pub struct SelectionInput<'a> {
    pub items: &'a [Item],
    /// Scored item indices of each area (bank order).
    pub area_items: &'a [Vec<usize>],
    /// Scored items of each area not given yet.
    pub area_remaining: &'a [usize],
    pub administered: &'a [bool],
    /// Scored items given so far in each area.
    pub area_counts: &'a [usize],
    /// Target share of each area (sums to 1).
    pub area_targets: &'a [f64],
    pub theta: f64,
    pub randomesque: usize,
    pub content_balancing: bool,
    /// Items the exposure control holds back (at their limit in the caller's ledger, or
    /// recorded as passed over when a saved session is replayed).
    pub over_limit: &'a dyn Fn(usize) -> bool,
}

/// The chosen item and the items of its scope that exposure control passed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub item: usize,
    pub passed_over: Vec<usize>,
}

/// Kingsbury & Zara: the open area furthest below its target share. Ties go to a random area.
fn choose_area(input: &SelectionInput<'_>, rng: &mut impl Rng) -> Option<usize> {
    let total: usize = input.area_counts.iter().sum();
    let gap = |a: usize| {
        let share = if total == 0 {
            0.0
        } else {
            input.area_counts[a] as f64 / total as f64
        };
        input.area_targets[a] - share
    };
    let open = || (0..input.area_targets.len()).filter(|&a| input.area_remaining[a] > 0);
    let best = open().map(gap).fold(f64::NEG_INFINITY, f64::max);
    let tied: Vec<usize> = open().filter(|&a| (gap(a) - best).abs() < 1e-12).collect();
    match tied.len() {
        0 => None,
        n => Some(tied[rng.gen_range(0..n)]),
    }
}

/// The next item, or `None` when no scored item is left.
pub fn select(input: &SelectionInput<'_>, rng: &mut impl Rng) -> Option<Selection> {
    let area = if input.content_balancing {
        choose_area(input, rng)
    } else {
        None
    };
    let scope: Vec<usize> = match area {
        Some(a) => input.area_items[a]
            .iter()
            .copied()
            .filter(|&i| !input.administered[i])
            .collect(),
        None => input
            .area_items
            .iter()
            .flatten()
            .copied()
            .filter(|&i| !input.administered[i])
            .collect(),
    };
    let (mut candidates, passed_over): (Vec<usize>, Vec<usize>) =
        scope.iter().copied().partition(|&i| !(input.over_limit)(i));
    if candidates.is_empty() {
        // Every item in scope is over its exposure limit: exposure yields to measurement.
        candidates = scope;
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
    // The k most informative first; ties in bank order, so the draw is deterministic.
    let by_information = |x: &(f64, usize), y: &(f64, usize)| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1));
    scored.select_nth_unstable_by(k - 1, by_information);
    scored[..k].sort_by(by_information);
    Some(Selection {
        item: scored[rng.gen_range(0..k)].1,
        passed_over,
    })
}
