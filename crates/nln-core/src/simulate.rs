//! Monte Carlo simulation of the adaptive test: simulated learners with known ability answer
//! according to the bank's own models, so a bank and a test design can be checked for length,
//! precision, placement accuracy and item exposure before going live (as catR's `simulateRespondents`
//! and catsim do).
//!
//! Two truth models go beyond one ability per learner: a **profile** (flat, or one core area
//! truly `gap` theta below the others) checks the area rules against known area abilities, and a
//! **responder** that does not follow the IRT model at all (blind guessing, always the first
//! option, always "3", a repeating pattern) checks where such sessions are placed.

use crate::cat::start::{option_theta, DEFAULT_START_POINTS};
use crate::cat::z_for_confidence;
use crate::cat::{CatConfig, DeliveryMode, ExposureLedger, Next, Session, Setup, StopReason};
use crate::content::item::ordering_credit;
use crate::content::{Content, Item, ItemType, Key, Response};
use crate::irt::IrtModel;
use crate::placement::{Placement, PlacementRules, ProfileShape, Standing};
use crate::present::display_order;
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

/// How a simulated learner's areas relate to their general ability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrueProfile {
    /// Every area at the general ability.
    Flat,
    /// One core area, drawn at random per learner, `gap` theta below the others (1.0 is two
    /// levels of 0.5).
    Gap { gap: f64 },
}

/// Who answers: a learner following the items' IRT models, or a responder who ignores the
/// questions. Presses are numbered as the terminal shows them (1 = first option).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Responder {
    /// Answers by the IRT model at the true ability.
    Model,
    /// Presses a number at random among those the item offers.
    BlindGuess,
    /// Always presses 1.
    FirstOption,
    /// Always presses 3 (the highest the item offers when it offers fewer).
    AlwaysThree,
    /// Presses 1, 2, 3, 4, 1, 2, … (capped by what the item offers).
    Pattern,
}

impl Responder {
    pub const ALL: [Responder; 5] = [
        Responder::Model,
        Responder::BlindGuess,
        Responder::FirstOption,
        Responder::AlwaysThree,
        Responder::Pattern,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Responder::Model => "model",
            Responder::BlindGuess => "blind_guess",
            Responder::FirstOption => "first_option",
            Responder::AlwaysThree => "always_three",
            Responder::Pattern => "pattern",
        }
    }

    /// The responder named `name` (as written by [`Responder::name`], `-` or `_`).
    pub fn parse(name: &str) -> Option<Responder> {
        let name = name.replace('-', "_");
        Responder::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The response of a responder who ignores the question, at the `step`-th item, pressing
    /// numbers of the answers as shown (`shown[k]` is the item's answer at position k + 1).
    fn respond(self, item: &Item, shown: &[usize], step: usize, rng: &mut impl Rng) -> Response {
        let offered = shown.len().max(1);
        let press = match self {
            Responder::Model | Responder::BlindGuess => rng.gen_range(1..=offered),
            Responder::FirstOption => 1,
            Responder::AlwaysThree => 3.min(offered),
            Responder::Pattern => (step % 4 + 1).min(offered),
        } - 1;
        let answer = shown.get(press).copied().unwrap_or(0);
        match item.item_type {
            ItemType::Choice | ItemType::SelfReport => Response::Choice {
                option: item.options.get(answer).map(|o| o.id.clone()).unwrap_or_default(),
            },
            ItemType::TrueFalse => Response::Boolean { value: answer == 0 },
            ItemType::Hotspot => Response::Region {
                region: item.regions.get(answer).map(|r| r.id.clone()).unwrap_or_default(),
            },
            ItemType::Task => Response::Score { score: answer as u8 },
            // Each screen shows its regions in a shuffled order, so whichever place a
            // responder presses is a region drawn at random; a wrong one ends the task.
            ItemType::TapThrough => {
                let mut regions = Vec::new();
                for (step, right) in item.steps.iter().zip(tap_path(item)) {
                    let tapped = step.regions.choose(rng).map(|r| r.id.clone()).unwrap_or_default();
                    let wrong = tapped != *right;
                    regions.push(tapped);
                    if wrong {
                        break;
                    }
                }
                Response::Path { regions }
            }
            ItemType::Ordering => {
                let mut order: Vec<usize> = shown.to_vec();
                if self == Responder::BlindGuess {
                    order.shuffle(rng);
                }
                Response::Order {
                    options: order
                        .iter()
                        .filter_map(|&i| item.options.get(i))
                        .map(|o| o.id.clone())
                        .collect(),
                }
            }
        }
    }
}

/// A simulation run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimulationConfig {
    pub learners: usize,
    pub seed: u64,
    pub abilities: AbilityDistribution,
    pub profile: TrueProfile,
    pub responder: Responder,
    pub cat: CatConfig,
    /// Placement rules; `None` takes the content's own (`guidance.yaml`).
    pub placement: Option<PlacementRules>,
    /// Keep an exposure ledger across learners and enforce item exposure limits.
    pub exposure_control: bool,
}

impl Default for SimulationConfig {
    fn default() -> Self {
        SimulationConfig {
            learners: 1000,
            seed: 1,
            abilities: AbilityDistribution::Normal { mean: 0.0, sd: 1.0 },
            profile: TrueProfile::Flat,
            responder: Responder::Model,
            cat: CatConfig {
                access_questionnaire: false,
                ..CatConfig::default()
            },
            placement: None,
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

/// How the area rules did against the true area abilities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileRates {
    /// Share of placements whose profile was called irregular (a false alarm for flat
    /// profiles, a detection for gap profiles), regular, or undecided.
    pub irregular: f64,
    pub regular: f64,
    pub shape_not_enough_evidence: f64,
    /// Among measured areas that are truly at the general level: share called "needs support",
    /// "strength" (both false), and "not enough evidence".
    pub false_needs_support: f64,
    pub false_strength: f64,
    pub not_enough_evidence: f64,
    /// Among truly weaker areas (gap profiles): share called "needs support", and share of
    /// learners whose placement was lowered by the cap.
    pub gap_needs_support: Option<f64>,
    pub capped: f64,
    /// Share of measured area bands covering the area's true theta, and of overall bands
    /// covering the general theta; nominal rate beside them.
    pub area_band_coverage: f64,
    pub overall_band_coverage: f64,
    pub nominal_coverage: f64,
    /// Mean scored items per measured area.
    pub mean_items_per_area: f64,
    /// Share of all area results (learners × areas) that are "not measured", and that rest on
    /// fewer answers than the rules' `few_items` (unmeasured areas included): what targeted
    /// area probes are for.
    pub not_measured: f64,
    pub thin_areas: f64,
}

/// Where responders who ignore the questions were placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponderPlacement {
    /// Share placed at F or 1.
    pub at_f_or_1: f64,
    /// Share flagged "not a placement".
    pub not_a_placement: f64,
    /// Share of sessions per placed level code.
    pub by_level: BTreeMap<String, f64>,
}

/// What a simulation found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimulationReport {
    pub profile: TrueProfile,
    pub responder: Responder,
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
    pub areas: ProfileRates,
    /// Present when the responder ignores the questions.
    pub responders: Option<ResponderPlacement>,
}

/// One simulated learner's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulatedLearner {
    pub true_theta: f64,
    pub true_level: u8,
    /// True theta of each area, in framework order.
    pub area_thetas: Vec<f64>,
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

/// The right region of each screen of a tap-through item (empty for other items).
fn tap_path(item: &Item) -> &[String] {
    match &item.key {
        Key::Path(path) => path,
        _ => &[],
    }
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
            let max = item.irt.as_ref().map_or(1, IrtModel::max_score);
            let pairs = n * n.saturating_sub(1) / 2;
            // The fewest pairs out of order that earn `score` (all of them for 0 and for a
            // wrong all-or-nothing order).
            let out_of_order = if score == 0 {
                pairs
            } else if max == 1 {
                0
            } else {
                (0..=pairs).find(|&k| ordering_credit(k, n, max) == score).unwrap_or(0)
            };
            Response::Order {
                options: order_with_inversions(key, out_of_order),
            }
        }
        (Key::Region(key), _) => {
            let region = pick(score, key, item.regions.iter().map(|r| &r.id), rng);
            Response::Region { region }
        }
        (Key::Path(key), _) => {
            if score >= 1 {
                return Response::Path { regions: key.clone() };
            }
            // A wrong tap on a screen drawn at random, after the right taps before it.
            let at = rng.gen_range(0..key.len().max(1));
            let mut regions: Vec<String> = key.iter().take(at).cloned().collect();
            if let (Some(step), Some(right)) = (item.steps.get(at), key.get(at)) {
                regions.push(pick(0, right, step.regions.iter().map(|r| &r.id), rng));
            }
            Response::Path { regions }
        }
        (Key::None, ItemType::SelfReport) => Response::Choice {
            option: item.options.first().map(|o| o.id.clone()).unwrap_or_default(),
        },
        (Key::None, _) => Response::Score { score: score as u8 },
    }
}

/// `key` rearranged so that exactly `k` pairs are out of order (at most all of them): each
/// place takes the step that leaves as many inversions as the places after it can still make.
fn order_with_inversions(key: &[String], mut k: usize) -> Vec<String> {
    let mut left: Vec<String> = key.to_vec();
    let mut order = Vec::with_capacity(key.len());
    while !left.is_empty() {
        let skip = k.min(left.len() - 1);
        k -= skip;
        order.push(left.remove(skip));
    }
    order
}

/// How far a simulated learner's self-report strays from the truth (SD, logits): answers to
/// the access questions are noisy, so a start set from them must survive misreports.
pub const SELF_REPORT_SD: f64 = 0.8;

/// A simulated answer to a self-report item: the option whose start ability
/// (`cat::start`) is nearest the learner's ability plus report noise; the first option when no
/// option has a start ability (the questions that do not move the start).
pub fn self_report_for(item: &Item, true_theta: f64, rng: &mut impl Rng) -> Response {
    let noise = Normal::new(0.0, SELF_REPORT_SD).expect("a positive SD");
    let reported = true_theta + noise.sample(rng);
    let nearest = item
        .options
        .iter()
        .filter_map(|o| Some((o, option_theta(DEFAULT_START_POINTS, item, &o.id)?)))
        .min_by(|a, b| (a.1 - reported).abs().total_cmp(&(b.1 - reported).abs()))
        .map(|(o, _)| o);
    let option = nearest
        .or(item.options.first())
        .map(|o| o.id.clone())
        .unwrap_or_default();
    Response::Choice { option }
}

/// True area abilities of a learner under the profile model.
fn area_thetas(content: &Content, profile: TrueProfile, theta: f64, rng: &mut impl Rng) -> Vec<f64> {
    let areas = &content.framework.areas;
    let mut thetas = vec![theta; areas.len()];
    if let TrueProfile::Gap { gap } = profile {
        let core: Vec<usize> = (0..areas.len()).filter(|&a| areas[a].core).collect();
        if let Some(&weak) = core.choose(rng) {
            thetas[weak] -= gap;
        }
    }
    thetas
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
    let thetas = area_thetas(content, config.profile, true_theta, &mut rng);
    let area_of = |item: &Item| {
        content
            .framework
            .areas
            .iter()
            .position(|a| a.id == item.area)
            .map_or(true_theta, |a| thetas[a])
    };
    // Model simulees answer every kind of item, observed tasks included: an assisted session.
    // Responders who ignore the questions sit alone: a self-administered session, options in
    // the session's shown order. A config outside the limits is a caller's bug.
    let mode = match config.responder {
        Responder::Model => DeliveryMode::Assisted,
        _ => DeliveryMode::SelfAdministered,
    };
    let setup = Setup::new(seed).mode(mode);
    let mut session =
        Session::start(content, config.cat.clone(), setup).expect("a simulation config within the limits");
    let mut step = 0;
    while let Next::Ask(item) = session.next_item_with_exposure(ledger) {
        let response = match config.responder {
            Responder::Model if item.item_type == ItemType::SelfReport => self_report_for(item, true_theta, &mut rng),
            Responder::Model => {
                let score = draw_score(item, area_of(item), &mut rng);
                response_for_score(item, score, &mut rng)
            }
            other => other.respond(item, &display_order(seed, item), step, &mut rng),
        };
        step += 1;
        let id = item.id.clone();
        session
            .answer(&id, response)
            .expect("a simulated response fits its item");
    }
    let rules = config.placement.as_ref().unwrap_or(&content.placement);
    let placement = Placement::from_session(&session, rules);
    let learner = SimulatedLearner {
        true_theta,
        true_level: content.levels.level_of(true_theta),
        area_thetas: thetas,
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
    // Access questions go to everyone by design: exposure is about the scored items.
    let max_exposure = content
        .bank
        .items()
        .iter()
        .filter(|i| i.is_scored())
        .map(|i| ledger.rate(&i.id))
        .fold(0.0, f64::max);
    summarise(content, config, &outcomes, max_exposure)
}

fn area_rates(outcomes: &[SimulatedLearner], confidence: f64) -> ProfileRates {
    let z = z_for_confidence(confidence);
    let n = outcomes.len().max(1) as f64;
    let shape = |s: ProfileShape| outcomes.iter().filter(|o| o.placement.profile_shape == s).count() as f64 / n;
    let (mut even, mut false_needs, mut false_strength, mut undecided) = (0usize, 0usize, 0usize, 0usize);
    let (mut weak, mut weak_needs) = (0usize, 0usize);
    let (mut measured, mut covered, mut items) = (0usize, 0usize, 0usize);
    let (mut results, mut unmeasured, mut thin) = (0usize, 0usize, 0usize);
    for o in outcomes {
        for (a, &truth) in o.placement.areas.iter().zip(&o.area_thetas) {
            results += 1;
            unmeasured += usize::from(a.standing == Standing::NotMeasured);
            thin += usize::from(a.standing == Standing::NotMeasured || a.few_items);
            let (Some(theta), Some(se)) = (a.theta, a.se) else {
                continue;
            };
            measured += 1;
            items += a.items;
            covered += usize::from((theta - truth).abs() <= z * se);
            if truth < o.true_theta {
                weak += 1;
                weak_needs += usize::from(a.standing == Standing::NeedsSupport);
            } else {
                even += 1;
                false_needs += usize::from(a.standing == Standing::NeedsSupport);
                false_strength += usize::from(a.standing == Standing::Strength);
                undecided += usize::from(a.standing == Standing::NotEnoughEvidence);
            }
        }
    }
    let share = |k: usize, of: usize| k as f64 / of.max(1) as f64;
    ProfileRates {
        irregular: shape(ProfileShape::Irregular),
        regular: shape(ProfileShape::Regular),
        shape_not_enough_evidence: shape(ProfileShape::NotEnoughEvidence),
        false_needs_support: share(false_needs, even),
        false_strength: share(false_strength, even),
        not_enough_evidence: share(undecided, even),
        gap_needs_support: (weak > 0).then(|| share(weak_needs, weak)),
        capped: outcomes.iter().filter(|o| o.placement.uncapped_level.is_some()).count() as f64 / n,
        area_band_coverage: share(covered, measured),
        overall_band_coverage: outcomes
            .iter()
            .filter(|o| {
                let [lo, hi] = o.placement.theta_interval;
                lo <= o.true_theta && o.true_theta <= hi
            })
            .count() as f64
            / n,
        nominal_coverage: confidence,
        mean_items_per_area: share(items, measured),
        not_measured: share(unmeasured, results),
        thin_areas: share(thin, results),
    }
}

fn responder_placement(content: &Content, outcomes: &[SimulatedLearner]) -> ResponderPlacement {
    let n = outcomes.len().max(1) as f64;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for o in outcomes {
        *counts
            .entry(content.levels.get(o.placement.level).code.clone())
            .or_insert(0) += 1;
    }
    let by_level = counts.into_iter().map(|(code, k)| (code, k as f64 / n)).collect();
    ResponderPlacement {
        at_f_or_1: outcomes.iter().filter(|o| o.placement.level <= 1).count() as f64 / n,
        not_a_placement: outcomes.iter().filter(|o| !o.placement.is_placement()).count() as f64 / n,
        by_level,
    }
}

fn summarise(
    content: &Content,
    config: &SimulationConfig,
    outcomes: &[SimulatedLearner],
    max_exposure: f64,
) -> SimulationReport {
    let max_level = content.levels.max_level();
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
        profile: config.profile,
        responder: config.responder,
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
        areas: area_rates(
            outcomes,
            config.placement.as_ref().unwrap_or(&content.placement).confidence,
        ),
        responders: (config.responder != Responder::Model).then(|| responder_placement(content, outcomes)),
    }
}
