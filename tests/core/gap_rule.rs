//! The irregular-profile rule against known truth: on fixed 120-item tests, the from-rest rule
//! (default) finds a true two-level gap in a core area that the pairwise rule never finds, and
//! both keep flat profiles under the 5 % false-alarm target (README: "Two-level gaps and test
//! length", where the same runs at 300 learners give 32.3 % and 3.0 %).

use nln_core::defaults;
use nln_core::placement::{PlacementRules, ProfileRule};
use nln_core::simulate::{simulate, SimulationConfig, TrueProfile};

fn irregular_rate(profile: TrueProfile, rule: ProfileRule) -> f64 {
    let content = defaults::content().expect("the default content loads");
    let mut config = SimulationConfig {
        learners: 300,
        seed: 1,
        profile,
        placement: Some(PlacementRules {
            profile_rule: rule,
            ..content.placement.clone()
        }),
        ..SimulationConfig::default()
    };
    config.cat.stopping.max_items = 120;
    config.cat.stopping.min_items = 120;
    simulate(&content, &config, |_, _| {}).areas.irregular
}

#[test]
fn the_from_rest_rule_finds_gaps_the_pairwise_rule_cannot() {
    assert_eq!(
        defaults::content().unwrap().placement.profile_rule,
        ProfileRule::FromRest,
        "the shipped rules use the from-rest rule"
    );
    let gap = TrueProfile::Gap { gap: 1.0 };
    let (found, missed) = (
        irregular_rate(gap, ProfileRule::FromRest),
        irregular_rate(gap, ProfileRule::Pairwise),
    );
    assert!((0.25..0.40).contains(&found), "from-rest detects {found:.3}");
    assert!(missed <= 0.01, "pairwise detects {missed:.3}");
    let flat = irregular_rate(TrueProfile::Flat, ProfileRule::FromRest);
    assert!(flat <= 0.05, "flat profiles called irregular: {flat:.3}");
}
