//! Tests that pin the selection rule where `cargo mutants` found the other tests blind (see
//! ARCHITECTURE.md, "Tests that can fail").

use super::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// Eight scored items of the default bank in two areas of four.
fn bank() -> (Vec<Item>, Vec<Vec<usize>>) {
    let content = crate::defaults::content().unwrap();
    let items: Vec<Item> = content
        .bank
        .items()
        .iter()
        .filter(|i| i.is_scored())
        .take(8)
        .cloned()
        .collect();
    assert_eq!(items.len(), 8);
    (items, vec![vec![0, 1, 2, 3], vec![4, 5, 6, 7]])
}

fn input<'a>(
    items: &'a [Item],
    area_items: &'a [Vec<usize>],
    administered: &'a [bool],
    over_limit: &'a dyn Fn(usize) -> bool,
) -> SelectionInput<'a> {
    SelectionInput {
        items,
        area_items,
        area_remaining: &[4, 4],
        administered,
        area_counts: &[0, 0],
        area_targets: &[0.5, 0.5],
        theta: 0.0,
        randomesque: 1,
        content_balancing: false,
        probe_area: None,
        over_limit,
        by_location: None,
        criterion: None,
    }
}

#[test]
fn a_rule_score_ranks_what_is_neither_given_nor_held_back() {
    let (items, area_items) = bank();
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    // The score prefers later items; item 7 is held back, item 6 was given: item 5 serves and
    // only item 7 counts as passed over.
    let score = |i: usize| i as f64;
    let mut administered = [false; 8];
    administered[6] = true;
    let held_back = |i: usize| i == 7;
    let i = SelectionInput {
        criterion: Some(&score),
        ..input(&items, &area_items, &administered, &held_back)
    };
    let s = select(&i, &mut rng).unwrap();
    assert_eq!((s.item, s.passed_over), (5, vec![7]));
    // With every item held back, the best of those not given serves, and all count as passed over.
    let all = |_: usize| true;
    let i = SelectionInput {
        criterion: Some(&score),
        ..input(&items, &area_items, &administered, &all)
    };
    let s = select(&i, &mut rng).unwrap();
    assert_eq!((s.item, s.passed_over), (7, vec![0, 1, 2, 3, 4, 5, 7]));
    // Nothing left to give: no item.
    let given = [true; 8];
    let i = SelectionInput {
        criterion: Some(&score),
        ..input(&items, &area_items, &given, &held_back)
    };
    assert_eq!(select(&i, &mut rng), None);
}

#[test]
fn the_location_index_finds_what_the_full_scan_finds() {
    let (items, area_items) = bank();
    let all_items: Vec<usize> = (0..8).collect();
    let indexes: Vec<ByLocation> = area_items
        .iter()
        .chain(std::iter::once(&all_items))
        .map(|scope| ByLocation::new(&items, scope))
        .collect();
    let none = |_: usize| false;
    let mut administered = [false; 8];
    for step in 0..8 {
        for theta in [-3.0, -1.5, -0.2, 0.0, 0.7, 2.0, 3.5] {
            for probe_area in [None, Some(0), Some(1)] {
                let scan = SelectionInput {
                    theta,
                    probe_area,
                    ..input(&items, &area_items, &administered, &none)
                };
                let indexed = SelectionInput {
                    by_location: Some(&indexes),
                    ..scan
                };
                let mut rng = ChaCha8Rng::seed_from_u64(5);
                let expected = select(&scan, &mut rng);
                let mut rng = ChaCha8Rng::seed_from_u64(5);
                assert_eq!(
                    select(&indexed, &mut rng),
                    expected,
                    "theta {theta}, area {probe_area:?}, step {step}"
                );
            }
        }
        // Give the overall best next, so the scans meet administered items.
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        let best = select(&input(&items, &area_items, &administered, &none), &mut rng).unwrap();
        administered[best.item] = true;
    }
    // Everything given: both scans return no item.
    let indexed = SelectionInput {
        by_location: Some(&indexes),
        ..input(&items, &area_items, &administered, &none)
    };
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    assert_eq!(select(&indexed, &mut rng), None);
}
