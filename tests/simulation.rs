//! Whole-test simulation on the shipped default bank: the figures the README reports.

use nln_core::defaults;
use nln_core::simulate::{simulate, SimulationConfig};

#[test]
fn default_bank_places_most_learners_within_one_level_in_few_items() {
    let content = defaults::content().expect("the default content loads");
    let config = SimulationConfig {
        learners: 1000,
        seed: 1,
        ..SimulationConfig::default()
    };
    let report = simulate(&content, &config, |_, _| {});
    println!("{}", serde_json::to_string_pretty(&report).unwrap());
    assert_eq!(report.learners, 1000);
    assert!(report.within_one >= 0.80, "within one level: {:.3}", report.within_one);
    assert!(report.mean_items <= 25.0, "mean items: {:.2}", report.mean_items);
    assert!(report.max_items <= config.cat.stopping.max_items);
}
