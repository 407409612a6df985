//! Choosing the next item: content balancing, then randomesque maximum information.

use super::most_informative::{ByLocation, MostInformative};
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
    /// Serve this area only (a targeted area probe), whatever the balancing says.
    pub probe_area: Option<usize>,
    /// Items the exposure control holds back (at their limit in the caller's ledger, or
    /// recorded as passed over when a saved session is replayed).
    pub over_limit: &'a dyn Fn(usize) -> bool,
    /// Each area's scored items by location, then the whole bank's, for the fast scan; only
    /// when no exposure limit applies (`over_limit` is then never asked).
    pub by_location: Option<&'a [ByLocation]>,
    /// An item's score under a rule other than maximum information (`selection_rules`);
    /// `None`: Fisher information at `theta`.
    pub criterion: Option<&'a dyn Fn(usize) -> f64>,
}

/// The chosen item and the items of its scope that exposure control passed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub item: usize,
    pub passed_over: Vec<usize>,
}

/// Kingsbury & Zara: the open area furthest below its target share. Ties go to a random area.
pub(super) fn choose_area(input: &SelectionInput<'_>, rng: &mut impl Rng) -> Option<usize> {
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
    let area = if input.probe_area.is_some() {
        input.probe_area
    } else if input.content_balancing {
        choose_area(input, rng)
    } else {
        None
    };
    let scope: &[Vec<usize>] = match area {
        Some(a) => std::slice::from_ref(&input.area_items[a]),
        None => input.area_items,
    };
    if let Some(score) = input.criterion {
        return select_scored(input, scope, score, rng);
    }
    if let Some(indexes) = input.by_location {
        let mut best = MostInformative::new(input.randomesque);
        let index = &indexes[area.unwrap_or(input.area_items.len())];
        index.offer_to(&mut best, input.items, input.administered, input.theta);
        let ranked = best.ranked();
        return (!ranked.is_empty()).then(|| Selection {
            item: ranked[rng.gen_range(0..ranked.len())].1,
            passed_over: Vec::new(),
        });
    }
    let in_scope = || scope.iter().flatten().copied().filter(|&i| !input.administered[i]);
    let rank = |limited: bool, passed_over: &mut Vec<usize>| {
        let mut best = MostInformative::new(input.randomesque);
        for i in in_scope() {
            if limited && (input.over_limit)(i) {
                passed_over.push(i);
            } else {
                best.offer(i, input.items[i].irt.as_ref(), input.theta);
            }
        }
        best
    };
    let mut passed_over = Vec::new();
    let mut best = rank(true, &mut passed_over);
    if best.ranked().is_empty() {
        // Every item in scope is over its exposure limit: exposure yields to measurement.
        best = rank(false, &mut Vec::new());
    }
    // The k most informative, ties in bank order, so the draw is deterministic.
    let ranked = best.ranked();
    if ranked.is_empty() {
        return None;
    }
    Some(Selection {
        item: ranked[rng.gen_range(0..ranked.len())].1,
        passed_over,
    })
}

/// [`select`] under a rule's own score (`selection_rules`): the same exposure filter and
/// randomesque draw, ranked by the score instead of the information.
fn select_scored(
    input: &SelectionInput<'_>,
    scope: &[Vec<usize>],
    score: &dyn Fn(usize) -> f64,
    rng: &mut impl Rng,
) -> Option<Selection> {
    let in_scope: Vec<usize> = scope
        .iter()
        .flatten()
        .copied()
        .filter(|&i| !input.administered[i])
        .collect();
    let (mut candidates, passed_over): (Vec<usize>, Vec<usize>) =
        in_scope.iter().copied().partition(|&i| !(input.over_limit)(i));
    if candidates.is_empty() {
        // Every item in scope is held back: exposure yields to measurement.
        candidates = in_scope;
    }
    let mut scored: Vec<(f64, usize)> = candidates.into_iter().map(|i| (score(i), i)).collect();
    scored.sort_by(super::most_informative::by_information);
    scored.truncate(input.randomesque.max(1));
    (!scored.is_empty()).then(|| Selection {
        item: scored[rng.gen_range(0..scored.len())].1,
        passed_over,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    struct Fixture {
        items: Vec<Item>,
        area_items: Vec<Vec<usize>>,
    }

    /// Two areas of scored items from the default bank, with identical copies of one item in
    /// the first area (for ties).
    fn fixture() -> Fixture {
        let content = crate::defaults::content().unwrap();
        let scored: Vec<&Item> = content.bank.items().iter().filter(|i| i.is_scored()).collect();
        let twin = scored[0].clone();
        let mut items: Vec<Item> = vec![twin.clone(), twin.clone(), twin];
        items[1].id = "twin-1".into();
        items[2].id = "twin-2".into();
        items.extend(scored[1..6].iter().map(|&i| i.clone()));
        Fixture {
            area_items: vec![vec![0, 1, 2], vec![3, 4, 5, 6, 7]],
            items,
        }
    }

    fn input<'a>(f: &'a Fixture, counts: &'a [usize], over: &'a dyn Fn(usize) -> bool) -> SelectionInput<'a> {
        SelectionInput {
            items: &f.items,
            area_items: &f.area_items,
            area_remaining: &[3, 5],
            administered: &[false; 8],
            area_counts: counts,
            area_targets: &[0.5, 0.5],
            theta: 0.0,
            randomesque: 1,
            content_balancing: true,
            probe_area: None,
            over_limit: over,
            by_location: None,
            criterion: None,
        }
    }

    #[test]
    fn the_area_furthest_below_its_target_is_served() {
        let f = fixture();
        let none = |_: usize| false;
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let s = select(&input(&f, &[4, 1], &none), &mut rng).unwrap();
            assert!(f.area_items[1].contains(&s.item), "area 1 is behind its share");
            let s = select(&input(&f, &[1, 4], &none), &mut rng).unwrap();
            assert!(f.area_items[0].contains(&s.item), "area 0 is behind its share");
        }
    }

    #[test]
    fn shares_are_compared_with_unequal_targets() {
        // Targets 80 % / 20 %, three answers against one: area 0 holds 75 % of the answers, 5
        // points under its target; area 1 is 5 points over. Area 0 is served, though it has more.
        let f = fixture();
        let none = |_: usize| false;
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let i = SelectionInput {
                area_targets: &[0.8, 0.2],
                ..input(&f, &[3, 1], &none)
            };
            let s = select(&i, &mut rng).unwrap();
            assert!(f.area_items[0].contains(&s.item), "area 0 is behind its share");
        }
    }

    #[test]
    fn the_area_furthest_below_its_share_in_points_is_served() {
        // Three areas, targets 70 / 15 / 15 %, answers 5 / 1 / 4: area 0 is 20 points under its
        // target, area 1 only 5 (though at a third of its target in ratio).
        let f = fixture();
        let none = |_: usize| false;
        let area_items = vec![vec![0, 1, 2], vec![3, 4, 5], vec![6, 7]];
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let i = SelectionInput {
                area_items: &area_items,
                area_remaining: &[3, 3, 2],
                area_targets: &[0.7, 0.15, 0.15],
                ..input(&f, &[5, 1, 4], &none)
            };
            assert_eq!(choose_area(&i, &mut rng), Some(0));
        }
    }

    #[test]
    fn an_exhausted_area_is_skipped_however_far_behind() {
        // Area 0 is furthest below its share but has no item left: area 1 serves.
        let f = fixture();
        let none = |_: usize| false;
        let mut administered = [false; 8];
        administered[..3].fill(true);
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let i = SelectionInput {
                area_remaining: &[0, 5],
                administered: &administered,
                ..input(&f, &[1, 4], &none)
            };
            assert_eq!(choose_area(&i, &mut rng), Some(1));
            let s = select(&i, &mut rng).unwrap();
            assert!(f.area_items[1].contains(&s.item));
        }
        // With no area open, no area is chosen.
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let closed = SelectionInput {
            area_remaining: &[0, 0],
            administered: &[true; 8],
            ..input(&f, &[3, 5], &none)
        };
        assert_eq!(choose_area(&closed, &mut rng), None);
        assert_eq!(select(&closed, &mut rng), None);
    }

    #[test]
    fn a_probe_area_overrides_the_balancing() {
        let f = fixture();
        let none = |_: usize| false;
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let i = SelectionInput {
                probe_area: Some(0),
                ..input(&f, &[4, 1], &none)
            };
            let s = select(&i, &mut rng).unwrap();
            assert!(f.area_items[0].contains(&s.item), "the probe serves area 0");
        }
    }

    #[test]
    fn ties_in_information_go_to_bank_order() {
        let f = fixture();
        let none = |_: usize| false;
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let s = select(&input(&f, &[1, 4], &none), &mut rng).unwrap();
            assert_eq!(s.item, 0, "three identical items: the first in bank order");
            assert!(s.passed_over.is_empty());
        }
    }

    #[test]
    fn exposure_passes_over_items_and_yields_when_none_is_left() {
        let f = fixture();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let first_two = |i: usize| i < 2;
        let s = select(&input(&f, &[1, 4], &first_two), &mut rng).unwrap();
        assert_eq!((s.item, s.passed_over), (2, vec![0, 1]));
        let all = |_: usize| true;
        let s = select(&input(&f, &[1, 4], &all), &mut rng).unwrap();
        assert_eq!(s.item, 0, "every item at its limit: measurement goes on with the best");
        assert_eq!(s.passed_over, vec![0, 1, 2]);
    }
}

#[cfg(test)]
mod mutation_tests;
