//! Monte Carlo simulation of the adaptive test: simulated learners with known ability answer
//! according to the bank's own models, so a bank and a test design can be checked for length,
//! precision, placement accuracy and item exposure before going live (as catR's `simulateRespondents`
//! and catsim do).

use crate::cat::{CatConfig, DeliveryMode, ExposureLedger, Next, Session, Setup, StopReason};
use crate::content::{Content, Item, ItemType, Key, Response};
use crate::placement::{Placement, PlacementRules};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Normal};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where simulated abilities come from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AbilityDistribution {
    Normal { mean: f64, sd: f64 },
    Uniform { low: f64, high: f64 },
}

/// A simulation run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimulationConfig {
    pub learners: usize,
    pub seed: u64,
    pub abilities: AbilityDistribution,
    pub cat: CatConfig,
    pub placement: PlacementRules,
    /// Keep an exposure ledger across learners and enforce item exposure limits.
    pub exposure_control: bool,
}

impl Default for SimulationConfig {
    fn default() -> Self {
        SimulationConfig {
            learners: 1000,
            seed: 1,
            abilities: AbilityDistribution::Normal { mean: 0.0, sd: 1.0 },
            cat: CatConfig {
                access_questionnaire: false,
                ..CatConfig::default()
            },
            placement: PlacementRules::default(),
            exposure_control: true,
        }
    }
}

/// Accuracy for learners whose true level is one level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelAccuracy {
    pub level: u8,
    pub learners: usize,
    pub exact: f64,
    pub within_one: f64,
    pub mean_items: f64,
}

/// What a simulation found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimulationReport {
    pub learners: usize,
    pub mean_items: f64,
    pub max_items: usize,
    /// Root mean squared error and mean signed error of the final theta.
    pub rmse: f64,
    pub bias: f64,
    pub mean_se: f64,
    /// Share placed at their true level, and within one level of it.
    pub exact: f64,
    pub within_one: f64,
    pub max_exposure: f64,
    pub stop_reasons: BTreeMap<String, usize>,
    pub by_level: Vec<LevelAccuracy>,
}

/// One simulated learner's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulatedLearner {
    pub true_theta: f64,
    pub true_level: u8,
    pub placement: Placement,
}

/// Draws a score from the item's model at `theta`.
pub fn draw_score(item: &Item, theta: f64, rng: &mut impl Rng) -> usize {
    let Some(model) = &item.irt else { return 0 };
    let u: f64 = rng.gen();
    let mut cumulative = 0.0;
    for k in 0..model.categories() {
        cumulative += model.probability(theta, k);
        if u < cumulative {
            return k;
        }
    }
    model.max_score()
}

/// The key for a right answer (score 1), else one of the other ids at random.
fn pick<'a>(score: usize, key: &String, ids: impl Iterator<Item = &'a String>, rng: &mut impl Rng) -> String {
    if score == 1 {
        return key.clone();
    }
    let wrong: Vec<&String> = ids.filter(|id| *id != key).collect();
    wrong.choose(rng).map_or_else(|| key.clone(), |s| (*s).clone())
}

/// A response of the item's own kind that scores `score` (what a learner would have done).
pub fn response_for_score(item: &Item, score: usize, rng: &mut impl Rng) -> Response {
    match (&item.key, item.item_type) {
        (Key::Option(key), _) => {
            let option = pick(score, key, item.options.iter().map(|o| &o.id), rng);
            Response::Choice { option }
        }
        (Key::Boolean(key), _) => Response::Boolean {
            value: if score == 1 { *key } else { !*key },
        },
        (Key::Order(key), _) => {
            let n = key.len();
            let graded = item.irt.as_ref().is_some_and(|m| m.max_score() > 1);
            // Exactly `ascents` neighbouring pairs in the right order: the last ascents+1 steps
            // in order, then the rest in reverse.
            let ascents = if graded {
                score.min(n - 1)
            } else if score == 1 {
                n - 1
            } else {
                0
            };
            let mut order: Vec<String> = key[n - 1 - ascents..].to_vec();
            order.extend(key[..n - 1 - ascents].iter().rev().cloned());
            Response::Order { options: order }
        }
        (Key::Region(key), _) => {
            let region = pick(score, key, item.regions.iter().map(|r| &r.id), rng);
            Response::Region { region }
        }
        (Key::None, ItemType::SelfReport) => Response::Choice {
            option: item.options.first().map(|o| o.id.clone()).unwrap_or_default(),
        },
        (Key::None, _) => Response::Score { score: score as u8 },
    }
}

/// Runs one simulated learner through a session.
pub fn simulate_learner<'c>(
    content: &'c Content,
    config: &SimulationConfig,
    true_theta: f64,
    seed: u64,
    ledger: Option<&ExposureLedger>,
) -> (SimulatedLearner, Session<'c>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xA5A5_A5A5_A5A5_A5A5);
    // Simulees answer every kind of item from its model, observed tasks included: an
    // assisted session. A config outside the limits is a caller's bug, as in `Vec::with_capacity`.
    let setup = Setup::new(seed).mode(DeliveryMode::Assisted);
    let mut session =
        Session::start(content, config.cat.clone(), setup).expect("a simulation config within the limits");
    while let Next::Ask(item) = session.next_item_with_exposure(ledger) {
        let score = draw_score(item, true_theta, &mut rng);
        let response = response_for_score(item, score, &mut rng);
        let id = item.id.clone();
        session
            .answer(&id, response)
            .expect("a simulated response fits its item");
    }
    let placement = Placement::from_session(&session, &config.placement);
    let learner = SimulatedLearner {
        true_theta,
        true_level: content.levels.level_of(true_theta),
        placement,
    };
    (learner, session)
}

/// Runs the whole simulation. `progress(done, total)` is called after each learner.
pub fn simulate(
    content: &Content,
    config: &SimulationConfig,
    mut progress: impl FnMut(usize, usize),
) -> SimulationReport {
    let mut rng = ChaCha8Rng::seed_from_u64(config.seed);
    let mut ledger = ExposureLedger::new();
    let mut outcomes = Vec::with_capacity(config.learners);
    for done in 0..config.learners {
        let theta = match config.abilities {
            AbilityDistribution::Normal { mean, sd } => Normal::new(mean, sd).map_or(mean, |d| d.sample(&mut rng)),
            AbilityDistribution::Uniform { low, high } => rng.gen_range(low..=high),
        };
        let seed: u64 = rng.gen();
        let (learner, session) =
            simulate_learner(content, config, theta, seed, config.exposure_control.then_some(&ledger));
        ledger.record(session.state());
        outcomes.push(learner);
        progress(done + 1, config.learners);
    }
    summarise(&outcomes, ledger.max_rate(), content.levels.max_level())
}

fn summarise(outcomes: &[SimulatedLearner], max_exposure: f64, max_level: u8) -> SimulationReport {
    let n = outcomes.len().max(1) as f64;
    let mut stop_reasons = BTreeMap::new();
    for o in outcomes {
        let name = o.placement.stop_reason.map_or("none", StopReason::name);
        *stop_reasons.entry(name.to_string()).or_insert(0) += 1;
    }
    let hit = |o: &SimulatedLearner, width: u8| o.placement.level.abs_diff(o.true_level) <= width;
    let share = |f: &dyn Fn(&SimulatedLearner) -> bool| outcomes.iter().filter(|o| f(o)).count() as f64 / n;
    let by_level = (0..=max_level)
        .filter_map(|level| {
            let group: Vec<&SimulatedLearner> = outcomes.iter().filter(|o| o.true_level == level).collect();
            let m = group.len() as f64;
            (!group.is_empty()).then(|| LevelAccuracy {
                level,
                learners: group.len(),
                exact: group.iter().filter(|o| hit(o, 0)).count() as f64 / m,
                within_one: group.iter().filter(|o| hit(o, 1)).count() as f64 / m,
                mean_items: group.iter().map(|o| o.placement.items as f64).sum::<f64>() / m,
            })
        })
        .collect();
    SimulationReport {
        learners: outcomes.len(),
        mean_items: outcomes.iter().map(|o| o.placement.items as f64).sum::<f64>() / n,
        max_items: outcomes.iter().map(|o| o.placement.items).max().unwrap_or(0),
        rmse: (outcomes
            .iter()
            .map(|o| (o.placement.theta - o.true_theta).powi(2))
            .sum::<f64>()
            / n)
            .sqrt(),
        bias: outcomes.iter().map(|o| o.placement.theta - o.true_theta).sum::<f64>() / n,
        mean_se: outcomes.iter().map(|o| o.placement.se).sum::<f64>() / n,
        exact: share(&|o| hit(o, 0)),
        within_one: share(&|o| hit(o, 1)),
        max_exposure,
        stop_reasons,
        by_level,
    }
}
