//! Targeted gap probes (`cat::GapProbes`): once the level is decided, a few more items go to
//! the core area whose difference from the rest of the test is close to the irregular-profile
//! decision. They start exactly where the test would have stopped, spend at most their budget,
//! serve core areas only (mostly the truly weak one), resume, and raise gap detection while
//! flat profiles stay under the 5 % false-alarm target (README: "Targeted gap probes").

use nln_core::cat::{GapProbes, Session};
use nln_core::defaults;
use nln_core::simulate::{simulate, simulate_learner, SimulationConfig, TrueProfile};

fn config(profile: TrueProfile, probes: Option<GapProbes>, learners: usize) -> SimulationConfig {
    let mut config = SimulationConfig {
        learners,
        seed: 1,
        profile,
        ..SimulationConfig::default()
    };
    config.cat.stopping.gap_probes = probes;
    config
}

#[test]
fn gap_probes_extend_a_decided_test_within_their_budget_in_core_areas() {
    let content = defaults::content().expect("the default content loads");
    let areas = &content.framework.areas;
    let area_of = |id: &str| {
        let item = content.bank.item(id).expect("a bank item");
        areas.iter().position(|a| a.id == item.area).expect("a framework area")
    };
    let budget = 6;
    let gap = TrueProfile::Gap { gap: 1.0 };
    let off = config(gap, None, 1);
    let on = config(
        gap,
        Some(GapProbes {
            extra_items: budget,
            min_z: 1.0,
        }),
        1,
    );
    let (mut probed, mut in_weak) = (0, 0);
    for seed in 1..=40u64 {
        let theta = (seed as f64 - 20.0) / 10.0;
        let (_, plain) = simulate_learner(&content, &off, theta, seed, None);
        let (learner, extended) = simulate_learner(&content, &on, theta, seed, None);
        let before = &plain.state().answers;
        let after = &extended.state().answers;
        assert!(
            after.len() >= before.len() && after.len() <= before.len() + budget,
            "seed {seed}"
        );
        for (a, b) in before.iter().zip(after) {
            assert_eq!(a.item, b.item, "seed {seed}: the same test until the level is decided");
        }
        let weak = (0..areas.len())
            .min_by(|&a, &b| learner.area_thetas[a].total_cmp(&learner.area_thetas[b]))
            .unwrap();
        for extra in &after[before.len()..] {
            let area = area_of(&extra.item);
            assert!(areas[area].core, "seed {seed}: {} is not in a core area", extra.item);
            probed += 1;
            in_weak += usize::from(area == weak);
        }
        assert_eq!(extended.stop_reason().is_some(), plain.stop_reason().is_some());
        // The probes are a function of the answers: a saved state replays them.
        let resumed = Session::resume(&content, extended.state().clone()).expect("the state resumes");
        assert_eq!(resumed.stop_reason(), extended.stop_reason(), "seed {seed}");
        assert_eq!(resumed.scored_count(), extended.scored_count());
    }
    assert!(probed >= 40, "probes fired {probed} times");
    // One core area in four is the weak one: the probes find it well above chance (55 of 131).
    assert!(3 * in_weak > probed, "{in_weak} of {probed} probes in the weak area");
}

#[test]
fn gap_probes_find_more_gaps_and_keep_flat_profiles_regular() {
    let content = defaults::content().expect("the default content loads");
    let probes = Some(GapProbes {
        extra_items: 12,
        min_z: 1.0,
    });
    let gap = TrueProfile::Gap { gap: 1.0 };
    let run = |profile, probes| simulate(&content, &config(profile, probes, 300), |_, _| {});
    let (plain, probed) = (run(gap, None), run(gap, probes));
    let flat = run(TrueProfile::Flat, probes);
    assert!(
        plain.areas.irregular <= 0.03,
        "without probes {:.3}",
        plain.areas.irregular
    );
    assert!(
        probed.areas.irregular >= plain.areas.irregular + 0.08,
        "with probes {:.3}",
        probed.areas.irregular
    );
    assert!(
        flat.areas.irregular <= 0.05,
        "flat called irregular {:.3}",
        flat.areas.irregular
    );
    let longer = probed.mean_items - plain.mean_items;
    assert!(longer > 0.0 && longer <= 12.0, "{longer:.2} items longer");
}
