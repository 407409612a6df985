//! Tests that pin the placement rules where `cargo mutants` found the other tests blind (see
//! ARCHITECTURE.md, "Tests that can fail").

use super::*;
use crate::irt::IrtModel;

const EASY: IrtModel = IrtModel::TwoPl { a: 1.5, b: -2.2 };
const MID: IrtModel = IrtModel::TwoPl { a: 1.5, b: 1.0 };
const HARD: IrtModel = IrtModel::TwoPl { a: 1.5, b: 2.6 };

/// Two-sided 90 % normal quantile (the default rules' confidence), from the standard tables.
const Z90: f64 = 1.644_853_626_951_472_2;

fn answers(model: &'static IrtModel, n: usize, right: usize) -> Vec<Scored<'static>> {
    (0..n).map(|i| Scored::new(model, usize::from(i < right))).collect()
}

/// Eight answers in each of the seven areas, like a learner near theta 1.8 (level 9), except
/// the `weak` areas, which get eight easy items wrong.
fn profile(weak: &[usize]) -> Vec<Vec<Scored<'static>>> {
    (0..7)
        .map(|a| {
            if weak.contains(&a) {
                answers(&EASY, 8, 0)
            } else {
                let mut v = answers(&MID, 4, 4);
                v.extend(answers(&HARD, 4, 1));
                v
            }
        })
        .collect()
}

fn evidence<'a>(content: &'a Content, theta: f64, se: f64, by_area: Vec<Vec<Scored<'a>>>) -> Evidence<'a> {
    Evidence {
        content,
        overall: Estimate {
            theta,
            se,
            method: Method::Eap,
            bounded: false,
        },
        items: by_area.iter().map(Vec::len).sum(),
        by_area,
        access: BTreeMap::new(),
        stop_reason: Some(StopReason::Precision),
        prior: NormalPrior { mean: -0.7, sd: 1.3 },
        quadrature_points: 61,
    }
}

fn dev(content: &Content) -> usize {
    content.framework.areas.iter().position(|a| a.id == "DEV").unwrap()
}

#[test]
fn every_placement_message_is_distinct_and_defined_in_every_shipped_locale() {
    let catalog = crate::defaults::catalog();
    let ids = crate::report::message_ids();
    let distinct: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(distinct.len(), ids.len(), "{ids:?}");
    for locale in catalog.locales() {
        for id in &ids {
            assert!(catalog.has_message(locale, id), "{locale} lacks {id}");
        }
    }
}

#[test]
fn the_band_is_theta_plus_or_minus_z_standard_errors() {
    let content = crate::defaults::content().unwrap();
    assert_eq!(content.placement.confidence, 0.9);
    // 0.4 ± 1.6449 × 0.3 = [-0.0935, 0.8935]: levels 5 ([-0.5, 0)) to 7 ([0.5, 1.0)).
    let p = Placement::from_evidence(&evidence(&content, 0.4, 0.3, profile(&[])), &content.placement);
    let [lo, hi] = p.theta_interval;
    assert!((lo - (0.4 - Z90 * 0.3)).abs() < 1e-9, "{lo}");
    assert!((hi - (0.4 + Z90 * 0.3)).abs() < 1e-9, "{hi}");
    assert_eq!(p.level_range, [5, 7]);
    // A wider error widens the band on both sides alike.
    let p = Placement::from_evidence(&evidence(&content, 0.4, 0.6, profile(&[])), &content.placement);
    assert!((p.theta_interval[0] - (0.4 - Z90 * 0.6)).abs() < 1e-9);
    assert!((p.theta_interval[1] - (0.4 + Z90 * 0.6)).abs() < 1e-9);
    assert_eq!(p.level_range, [4, 8]);
}

#[test]
fn either_half_of_the_estimate_not_finite_falls_back_to_the_prior_once_flagged() {
    let content = crate::defaults::content().unwrap();
    for (theta, se) in [
        (0.4, f64::NAN),
        (f64::NAN, 0.3),
        (f64::INFINITY, 0.3),
        (0.4, f64::INFINITY),
    ] {
        // A short test too: the flag is still given once.
        for keep in [1, 8] {
            let by_area: Vec<Vec<Scored<'_>>> = profile(&[])
                .into_iter()
                .map(|mut a| {
                    a.truncate(keep);
                    a
                })
                .collect();
            let p = Placement::from_evidence(&evidence(&content, theta, se, by_area), &content.placement);
            assert_eq!((p.theta, p.se), (-0.7, 1.3), "theta {theta}, se {se}: the prior");
            assert!(!p.is_placement());
            let count = p.flags.iter().filter(|&&f| f == PlacementFlag::NotAPlacement).count();
            assert_eq!(count, 1, "theta {theta}, se {se}, {keep} per area: {:?}", p.flags);
        }
    }
}

#[test]
fn an_area_with_exactly_the_few_items_count_is_not_flagged() {
    let content = crate::defaults::content().unwrap();
    let rules = &content.placement;
    assert_eq!(rules.few_items, 3);
    let mut by_area = profile(&[]);
    by_area[6].truncate(3);
    let p = Placement::from_evidence(&evidence(&content, 1.8, 0.3, by_area.clone()), rules);
    assert!(!p.areas[6].few_items);
    assert!(!p.flags.contains(&PlacementFlag::FewItemsInAreas));
    by_area[6].truncate(2);
    let p = Placement::from_evidence(&evidence(&content, 1.8, 0.3, by_area), rules);
    assert!(p.areas[6].few_items);
    assert!(p.flags.contains(&PlacementFlag::FewItemsInAreas));
}

#[test]
fn a_level_exactly_at_the_cap_is_not_lowered() {
    let content = crate::defaults::content().unwrap();
    let levels = &content.levels;
    let rules = &content.placement;
    let dev = dev(&content);
    // The area bands do not depend on the overall estimate: find the cap once.
    let probe = Placement::from_evidence(&evidence(&content, 1.8, 0.3, profile(&[dev])), rules);
    let cap = probe
        .areas
        .iter()
        .filter(|a| a.core)
        .filter_map(|a| a.level_range.map(|r| r[1] + rules.cap_above_core))
        .min()
        .unwrap();
    assert!(cap < 11, "DEV is weak: cap {cap}");
    let middle = |level: u8| {
        let (lo, hi) = levels.interval(level);
        (lo + hi) / 2.0
    };
    let at_cap = Placement::from_evidence(&evidence(&content, middle(cap), 0.3, profile(&[dev])), rules);
    assert_eq!((at_cap.level, at_cap.uncapped_level), (cap, None));
    let above = Placement::from_evidence(&evidence(&content, middle(cap + 1), 0.3, profile(&[dev])), rules);
    assert_eq!((above.level, above.uncapped_level), (cap, Some(cap + 1)));
}

#[test]
fn the_top_level_has_nothing_next() {
    let content = crate::defaults::content().unwrap();
    let levels = &content.levels;
    let top = levels.max_level();
    assert!(!levels.get(top).can_do.is_empty());
    // No area answers (so no cap), but a full-length test.
    let place = |theta: f64| {
        let mut e = evidence(&content, theta, 0.3, vec![Vec::new(); 7]);
        e.items = 30;
        Placement::from_evidence(&e, &content.placement)
    };
    let p = place(5.0);
    assert_eq!(p.level, top);
    assert_eq!(p.can_do, levels.get(top).can_do);
    assert!(p.next_can_do.is_empty());
    let p = place(levels.interval(top).0 - 0.1);
    assert_eq!(p.level, top - 1);
    assert_eq!(p.next_can_do, levels.get(top).can_do);
}

#[test]
fn a_scale_whose_cuts_do_not_rise_has_no_width_to_measure() {
    let content = crate::defaults::content().unwrap();
    let mut flat = content.levels.clone();
    for level in &mut flat.levels {
        level.cut = level.cut.map(|_| 0.0);
    }
    assert_eq!(level_width(&flat), 1.0);
}

#[test]
fn a_difference_of_exactly_the_gap_is_not_more_than_the_gap() {
    // Known without error (se 0), 1.5 − 1.0 is exactly one level width (0.5): the rule needs
    // more than `irregular_gap − 1` widths.
    let e = |theta| Estimate {
        theta,
        se: 0.0,
        method: Method::Eap,
        bounded: false,
    };
    assert_eq!(profile_shape(&[e(1.0), e(1.5)], 2, 0.5, 0.9), ProfileShape::Regular);
    assert_eq!(
        profile_shape(&[e(1.0), e(1.5 + 1e-9)], 2, 0.5, 0.9),
        ProfileShape::Irregular
    );
}

/// The probe serves the most credible difference, |d| / SE, not the largest |d| · SE or any
/// other mix, in whichever order the areas come; an SE of 0 never qualifies, and a difference
/// under `min_z` SEs is no candidate.
#[test]
fn the_gap_probe_serves_the_largest_difference_per_standard_error() {
    // Area 0: 2.5 SEs; area 1: 1.67 SEs but the larger |d| · SE (1.35 against 0.4) and
    // |d| mod SE (0.6 against 0.2); area 2: no SE; area 3: under min_z.
    let (a, b) = ((0, 1.0, 0.4), (1, 1.5, 0.9));
    assert_eq!(most_credible_gap([a, b], 1.0), Some((0, 1.0)));
    assert_eq!(most_credible_gap([b, a], 1.0), Some((0, 1.0)));
    assert_eq!(most_credible_gap([b, (2, 3.0, 0.0), a], 1.0), Some((0, 1.0)));
    assert_eq!(most_credible_gap([(2, 3.0, 0.0)], 0.0), None);
    assert_eq!(most_credible_gap([(3, -0.5, 0.6), b], 1.0), Some((1, 1.5)));
    assert_eq!(most_credible_gap([(3, -0.5, 0.6)], 1.0), None);
    // Exactly `min_z` SEs qualifies; the sign does not matter.
    assert_eq!(most_credible_gap([(4, -0.6, 0.6)], 1.0), Some((4, -0.6)));
}

/// A difference exactly at the critical value is not credible: the rule asks for more.
#[test]
fn a_difference_exactly_at_the_critical_value_is_not_irregular() {
    // Two measured core areas: 4 one-sided tests at a family-wise error of (1 − 0.9) / 2.
    let z = z_for_confidence(1.0 - 2.0 * 0.05 / 4.0);
    let at = [(z, 1.0, 5), (0.0, 1.0, 5)];
    assert_eq!(profile_shape_from_rest(&at, 3, 2, 0.5, 0.9), ProfileShape::Regular);
    let beyond = [(z + 1e-9, 1.0, 5), (0.0, 1.0, 5)];
    assert_eq!(
        profile_shape_from_rest(&beyond, 3, 2, 0.5, 0.9),
        ProfileShape::Irregular
    );
}

/// A difference whose SE is not finite (an unusable rest-of-test estimate) is no difference.
#[test]
fn a_gap_with_an_unusable_standard_error_is_none() {
    let by_area = vec![answers(&MID, 4, 2), answers(&MID, 4, 2)];
    let usable = Estimate {
        theta: 1.0,
        se: 0.4,
        method: Method::Eap,
        bounded: false,
    };
    let unusable = Estimate {
        se: f64::INFINITY,
        ..usable
    };
    let gaps = gaps_from_rest(&by_area, &[Some(usable), Some(unusable)], 61);
    assert!(gaps[0].is_some_and(|(d, se)| d.is_finite() && se.is_finite()));
    assert_eq!(gaps[1], None);
}
