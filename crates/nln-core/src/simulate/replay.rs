//! Post-hoc (real-data) simulation: the adaptive test replayed on recorded responses. Each
//! person "answers" the items the test selects with the score they gave when the item was
//! recorded, so a design can be tried on the people who will take it rather than on model
//! learners. The test's level is compared with the level of all the person's recorded answers
//! (EAP under the test's own prior), the usual yardstick of a post-hoc simulation.
//!
//! Recorded data rarely hold every item for every person. When the test selects an item the
//! person has no response to, the replay either ends that test there ([`MissingResponse::Stop`],
//! which shows how often a design leaves the recorded data) or passes the item over for that
//! person and selects the next best ([`MissingResponse::Skip`]; when no recorded item is left
//! where the test looks, e.g. in the area content balancing asks for, the test ends there too);
//! either way the report says how often it happened.

use crate::cat::{CatConfig, DeliveryMode, ExposureLedger, Next, Session, Setup, StopReason};
use crate::content::Content;
use crate::estimate::{eap, Quadrature, Scored};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the replay does when the test selects an item the person has no recorded response to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingResponse {
    /// End this person's test there; the result is the interim one.
    Stop,
    /// Pass the item over for this person and select among the items they answered.
    #[default]
    Skip,
}

/// One person's recorded scores, by bank item index (`None`: not recorded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedPerson {
    /// Score of every bank item, in bank order.
    pub scores: Vec<Option<usize>>,
}

/// The outcome of one replayed test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplayedTest {
    /// Level from the test's own answers.
    pub level: u8,
    /// Ability estimate of the test.
    pub theta: f64,
    /// Level from every recorded answer of the person.
    pub full_level: u8,
    /// Ability estimate from every recorded answer.
    pub full_theta: f64,
    /// Scored items the test gave.
    pub items: usize,
    /// Why the test ended; `None` when it stopped at an item without a recorded response.
    pub stop_reason: Option<StopReason>,
    /// Times the test chose an item without a recorded response (passed over under `Skip`;
    /// under `Stop` at most one, the item the test ended at).
    pub missing: usize,
}

/// What a replay reports: the figures `nln simulate` gives, against the full-data level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplayReport {
    /// What happened at a selected item without a recorded response.
    pub missing_policy: MissingResponse,
    /// Persons replayed.
    pub persons: usize,
    /// Mean recorded scored responses per person.
    pub mean_recorded: f64,
    /// Mean test length.
    pub mean_items: f64,
    /// Longest test.
    pub max_items: usize,
    /// Share of tests whose level is the full-data level.
    pub exact: f64,
    /// Share of tests within one level of the full-data level.
    pub within_one: f64,
    /// Root mean square difference between the test's and the full-data ability estimates.
    pub rmse: f64,
    /// Highest share of tests that gave any one item.
    pub max_exposure: f64,
    /// Tests by stop reason (`missing_response` for tests ended at an unrecorded item).
    pub stop_reasons: BTreeMap<String, usize>,
    /// Share of tests that met at least one selected item without a recorded response.
    pub tests_with_missing: f64,
    /// Mean number of such items per test.
    pub mean_missing: f64,
    /// Every test, in input order.
    pub tests: Vec<ReplayedTest>,
}

/// The stop-reason name of a test ended at an item without a recorded response.
pub const MISSING_RESPONSE: &str = "missing_response";

/// Replays the adaptive test of `config` on every person; `seed` seeds each session (person
/// `k` gets `seed + k`), so one seed gives one replay. The response of a selected item is the
/// one the recorded score stands for (`simulate::response_for_score`).
pub fn replay(
    content: &Content,
    config: &CatConfig,
    persons: &[RecordedPerson],
    missing: MissingResponse,
    seed: u64,
    mut progress: impl FnMut(usize, usize),
) -> ReplayReport {
    let items = content.bank.items();
    let population = Quadrature::new(config.estimation.prior, config.estimation.quadrature_points);
    let mut ledger = ExposureLedger::new();
    let mut tests = Vec::with_capacity(persons.len());
    let mut recorded_total = 0usize;
    for (k, person) in persons.iter().enumerate() {
        let person_seed = seed.wrapping_add(k as u64);
        let mut rng = ChaCha8Rng::seed_from_u64(person_seed ^ 0x5245_504C_4159_0001);
        let recorded = |i: usize| person.scores.get(i).copied().flatten();
        let full: Vec<Scored<'_>> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| Some(Scored::new(item.irt.as_ref()?, recorded(i)?)))
            .collect();
        recorded_total += full.len();
        let full_estimate = eap(&full, &population);
        let setup = Setup::new(person_seed).mode(DeliveryMode::Assisted);
        let mut session = Session::start(content, config.clone(), setup).expect("a replay config within the limits");
        let mut missed = 0usize;
        let mut ended_at_missing = false;
        // The item the test would give: from a copy, so the session itself can still be
        // steered past it.
        while let Next::Ask(preferred) = session.clone().next_item() {
            let wanted = content
                .bank
                .index_of(&preferred.id)
                .expect("a selected item is in the bank");
            let item = if recorded(wanted).is_some() {
                let Next::Ask(item) = session.next_item() else { break };
                item
            } else {
                missed += 1;
                if missing == MissingResponse::Stop {
                    ended_at_missing = true;
                    break;
                }
                let Next::Ask(item) = session.next_item_holding_back(&|i| recorded(i).is_none(), true) else {
                    break;
                };
                item
            };
            let index = content.bank.index_of(&item.id).expect("a selected item is in the bank");
            let Some(score) = recorded(index) else {
                // No recorded item left where the test looks (the selector serves a held-back
                // item only when its whole scope is held back): the test ends here.
                ended_at_missing = true;
                break;
            };
            let response = super::response_for_score(item, score, &mut rng);
            let id = item.id.clone();
            session.answer(&id, response).expect("a recorded score fits its item");
        }
        let estimate = session.final_estimate();
        let theta = if estimate.theta.is_finite() {
            estimate.theta
        } else {
            config.estimation.prior.mean
        };
        ledger.record(session.state());
        tests.push(ReplayedTest {
            level: content.levels.level_of(theta),
            theta,
            full_level: content.levels.level_of(full_estimate.theta),
            full_theta: full_estimate.theta,
            items: session.scored_count(),
            stop_reason: if ended_at_missing { None } else { session.stop_reason() },
            missing: missed,
        });
        progress(k + 1, persons.len());
    }
    let n = tests.len().max(1) as f64;
    let mut stop_reasons = BTreeMap::new();
    for t in &tests {
        let name = t.stop_reason.map_or(MISSING_RESPONSE, StopReason::name);
        *stop_reasons.entry(name.to_string()).or_insert(0) += 1;
    }
    let share = |f: &dyn Fn(&ReplayedTest) -> bool| tests.iter().filter(|t| f(t)).count() as f64 / n;
    let max_exposure = items
        .iter()
        .filter(|i| i.is_scored())
        .map(|i| ledger.rate(&i.id))
        .fold(0.0, f64::max);
    ReplayReport {
        missing_policy: missing,
        persons: tests.len(),
        mean_recorded: recorded_total as f64 / n,
        mean_items: tests.iter().map(|t| t.items as f64).sum::<f64>() / n,
        max_items: tests.iter().map(|t| t.items).max().unwrap_or(0),
        exact: share(&|t| t.level == t.full_level),
        within_one: share(&|t| t.level.abs_diff(t.full_level) <= 1),
        rmse: (tests.iter().map(|t| (t.theta - t.full_theta).powi(2)).sum::<f64>() / n).sqrt(),
        max_exposure,
        tests_with_missing: share(&|t| t.missing > 0),
        mean_missing: tests.iter().map(|t| t.missing as f64).sum::<f64>() / n,
        stop_reasons,
        tests,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::Rng;
    use rand_distr::{Distribution, Normal};

    /// Every scored bank item answered by `persons` model learners from N(0, 1); each response
    /// kept with probability `keep`.
    fn recorded(content: &Content, persons: usize, keep: f64, seed: u64) -> Vec<RecordedPerson> {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let normal = Normal::new(0.0, 1.0).unwrap();
        (0..persons)
            .map(|_| {
                let theta: f64 = normal.sample(&mut rng);
                RecordedPerson {
                    scores: content
                        .bank
                        .items()
                        .iter()
                        .map(|item| {
                            let score = item
                                .irt
                                .as_ref()
                                .map(|_| super::super::draw_score(item, theta, &mut rng));
                            score.filter(|_| rng.gen::<f64>() < keep)
                        })
                        .collect(),
                }
            })
            .collect()
    }

    fn config() -> CatConfig {
        CatConfig {
            access_questionnaire: false,
            ..CatConfig::default()
        }
    }

    #[test]
    fn on_complete_data_the_test_agrees_with_the_full_data_level() {
        let content = crate::defaults::content().unwrap();
        let persons = recorded(&content, 200, 1.0, 7);
        let report = replay(&content, &config(), &persons, MissingResponse::Skip, 1, |_, _| {});
        assert_eq!(report.persons, 200);
        assert_eq!((report.tests_with_missing, report.mean_missing), (0.0, 0.0));
        assert!(
            !report.stop_reasons.contains_key(MISSING_RESPONSE),
            "{:?}",
            report.stop_reasons
        );
        // Every scored item recorded, and the full-data estimate rests on them all.
        let scored = content.bank.items().iter().filter(|i| i.irt.is_some()).count() as f64;
        assert_eq!(report.mean_recorded, scored);
        // A 10–30 item test against some 300 answers: within one level nearly always, the same
        // level about half the time (levels are 0.5 wide, the test's SE about 0.33).
        assert!(report.within_one >= 0.9, "{report:?}");
        assert!((0.35..0.8).contains(&report.exact), "{}", report.exact);
        assert!((10.0..=30.0).contains(&report.mean_items), "{}", report.mean_items);
        assert!(report.rmse < 0.5, "{}", report.rmse);
        assert!(report.max_exposure > 0.0 && report.max_exposure <= 1.0);
        // The same seed replays the same tests.
        let again = replay(&content, &config(), &persons, MissingResponse::Skip, 1, |_, _| {});
        assert_eq!(again, report);
    }

    #[test]
    fn sparse_data_stop_or_skip_and_say_how_often() {
        let content = crate::defaults::content().unwrap();
        let persons = recorded(&content, 60, 0.5, 8);
        let stop = replay(&content, &config(), &persons, MissingResponse::Stop, 1, |_, _| {});
        // Half the items missing: almost every test meets one, and ends there.
        assert!(stop.tests_with_missing > 0.8, "{}", stop.tests_with_missing);
        for t in &stop.tests {
            assert!(t.missing <= 1);
            assert_eq!(t.stop_reason.is_none(), t.missing == 1, "{t:?}");
        }
        assert_eq!(
            stop.stop_reasons.get(MISSING_RESPONSE).copied().unwrap_or(0),
            stop.tests.iter().filter(|t| t.missing == 1).count()
        );
        let skip = replay(&content, &config(), &persons, MissingResponse::Skip, 1, |_, _| {});
        // Skipping keeps tests going: longer than stopping, with several skips each.
        assert!(
            skip.mean_items > stop.mean_items + 3.0,
            "{} vs {}",
            skip.mean_items,
            stop.mean_items
        );
        assert!(skip.mean_missing > 1.0, "{}", skip.mean_missing);
        assert!(skip.within_one >= 0.85, "{}", skip.within_one);
        // A person with no recorded answer gets the prior, at once.
        let none = vec![RecordedPerson {
            scores: vec![None; content.bank.items().len()],
        }];
        let empty = replay(&content, &config(), &none, MissingResponse::Skip, 1, |_, _| {});
        assert_eq!(empty.tests[0].items, 0);
        assert_eq!(empty.mean_recorded, 0.0);
    }
}
