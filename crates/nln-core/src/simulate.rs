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

pub mod replay;
pub mod study;

/// Where simulated abilities come from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AbilityDistribution {
    /// Normal with this mean and standard deviation (the calibration population's shape).
    Normal {
        /// Mean ability.
        mean: f64,
        /// Standard deviation.
        sd: f64,
    },
    /// Uniform between two abilities (every level equally often, for per-level figures).
    Uniform {
        /// Lowest ability.
        low: f64,
        /// Highest ability.
        high: f64,
    },
}

/// How a simulated learner's areas relate to their general ability.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrueProfile {
    /// Every area at the general ability.
    Flat,
    /// One core area, drawn at random per learner, `gap` theta below the others (1.0 is two
    /// levels of 0.5).
    Gap {
        /// How far below the general ability the weak area lies (theta).
        gap: f64,
    },
    /// Every area drawn independently around the general ability, normal with SD `sd`: the
    /// population the placement's area bands are built for when `sd` is the rules'
    /// `area_spread`, so their coverage can be checked against the nominal rate.
    Spread {
        /// SD of the areas around the general ability (theta).
        sd: f64,
    },
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
    /// Every responder.
    pub const ALL: [Responder; 5] = [
        Responder::Model,
        Responder::BlindGuess,
        Responder::FirstOption,
        Responder::AlwaysThree,
        Responder::Pattern,
    ];

    /// Snake-case name, as on the command line (with `-`) and in reports.
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
    /// Simulated learners (when `truth` is `None`).
    pub learners: usize,
    /// Seed of the abilities, the answers and the sessions: one seed, one run.
    pub seed: u64,
    /// Where the true abilities come from.
    pub abilities: AbilityDistribution,
    /// How the areas relate to the general ability.
    pub profile: TrueProfile,
    /// Who answers.
    pub responder: Responder,
    /// The adaptive test's rules.
    pub cat: CatConfig,
    /// Placement rules; `None` takes the content's own (`guidance.yaml`).
    pub placement: Option<PlacementRules>,
    /// Keep an exposure ledger across learners and enforce item exposure limits.
    pub exposure_control: bool,
    /// True learners given by the user; `None` draws `learners` abilities from `abilities`
    /// (and areas from `profile`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub truth: Option<Vec<TrueLearner>>,
    /// Sympson–Hetter exposure control instead of the items' limits (`None`: off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sympson_hetter: Option<SympsonHetter>,
}

/// A learner whose true ability (and, for a true profile, area abilities) the user gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrueLearner {
    /// General ability.
    pub theta: f64,
    /// Ability in each framework area, in framework order; `None` is a flat profile at `theta`.
    pub areas: Option<Vec<f64>>,
}

/// Item exposure control across learners, as a design names it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExposureControl {
    /// None beyond the randomesque draw.
    None,
    /// Each item's `exposure_limit` enforced from the observed rates (restricted maximum
    /// information).
    Limits,
    /// Sympson–Hetter with its target rate and calibration.
    SympsonHetter(SympsonHetter),
}

impl ExposureControl {
    /// The control a config runs under.
    pub fn of(config: &SimulationConfig) -> ExposureControl {
        match (config.sympson_hetter, config.exposure_control) {
            (Some(sh), _) => ExposureControl::SympsonHetter(sh),
            (None, true) => ExposureControl::Limits,
            (None, false) => ExposureControl::None,
        }
    }

    /// Sets this control in `config`.
    pub fn set(self, config: &mut SimulationConfig) {
        config.exposure_control = self == ExposureControl::Limits;
        config.sympson_hetter = match self {
            ExposureControl::SympsonHetter(sh) => Some(sh),
            _ => None,
        };
    }
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
            truth: None,
            sympson_hetter: None,
        }
    }
}

/// Accuracy for learners whose true level is one level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelAccuracy {
    /// The true level.
    pub level: u8,
    /// Learners whose true level it is.
    pub learners: usize,
    /// Share placed at it.
    pub exact: f64,
    /// Share placed within one level of it.
    pub within_one: f64,
    /// Mean scored items of their tests.
    pub mean_items: f64,
}

/// How the area rules did against the true area abilities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileRates {
    /// Share of placements whose profile was called irregular (a false alarm for flat
    /// profiles, a detection for gap profiles), regular, or undecided.
    pub irregular: f64,
    /// Share of placements whose profile was called regular.
    pub regular: f64,
    /// Share of placements whose profile was left undecided.
    pub shape_not_enough_evidence: f64,
    /// Among measured areas that are truly at the general level: share called "needs support",
    /// "strength" (both false), and "not enough evidence".
    pub false_needs_support: f64,
    /// Share of even areas called a strength (false).
    pub false_strength: f64,
    /// Share of even areas left at "not enough evidence".
    pub not_enough_evidence: f64,
    /// Among truly weaker areas (gap profiles): share called "needs support", and share of
    /// learners whose placement was lowered by the cap.
    pub gap_needs_support: Option<f64>,
    /// Share of learners whose placement the cap lowered.
    pub capped: f64,
    /// Share of measured area bands covering the area's true theta, and of overall bands
    /// covering the general theta; nominal rate beside them.
    pub area_band_coverage: f64,
    /// Share of overall bands covering the general theta.
    pub overall_band_coverage: f64,
    /// The bands' nominal coverage.
    pub nominal_coverage: f64,
    /// Mean scored items per measured area.
    pub mean_items_per_area: f64,
    /// Share of all area results (learners × areas) that are "not measured", and that rest on
    /// fewer answers than the rules' `few_items` (unmeasured areas included): what targeted
    /// area probes are for.
    pub not_measured: f64,
    /// Share of area results resting on fewer answers than `few_items`.
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
    /// The truth model of the run.
    pub profile: TrueProfile,
    /// Who answered.
    pub responder: Responder,
    /// Simulated learners.
    pub learners: usize,
    /// Mean scored items per test.
    pub mean_items: f64,
    /// Longest test, in scored items.
    pub max_items: usize,
    /// Root mean squared error of the final theta.
    pub rmse: f64,
    /// Mean signed error of the final theta.
    pub bias: f64,
    /// Mean reported standard error.
    pub mean_se: f64,
    /// Share placed at their true level.
    pub exact: f64,
    /// Share placed within one level of it.
    pub within_one: f64,
    /// Highest exposure rate of any scored item.
    pub max_exposure: f64,
    /// Mean share of a learner's items another learner also saw ([`overlap_rate`]).
    #[serde(default)]
    pub overlap: f64,
    /// Share of tests that ended at the maximum length.
    #[serde(default)]
    pub at_max: f64,
    /// Tests per stop reason (snake-case names, `none` for a test that did not end).
    pub stop_reasons: BTreeMap<String, usize>,
    /// Accuracy and length per true level.
    pub by_level: Vec<LevelAccuracy>,
    /// How the area rules did.
    pub areas: ProfileRates,
    /// Present when the responder ignores the questions.
    pub responders: Option<ResponderPlacement>,
}

/// One simulated learner's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct SimulatedLearner {
    /// True general ability.
    pub true_theta: f64,
    /// The level of the true ability.
    pub true_level: u8,
    /// True theta of each area, in framework order.
    pub area_thetas: Vec<f64>,
    /// What the engine decided.
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
    match profile {
        TrueProfile::Flat => {}
        TrueProfile::Gap { gap } => {
            let core: Vec<usize> = (0..areas.len()).filter(|&a| areas[a].core).collect();
            if let Some(&weak) = core.choose(rng) {
                thetas[weak] -= gap;
            }
        }
        TrueProfile::Spread { sd } => {
            if let Ok(spread) = Normal::new(0.0, sd) {
                for t in &mut thetas {
                    *t += spread.sample(rng);
                }
            }
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
    let exposure = ledger.map_or(Exposure::None, Exposure::Ledger);
    simulate_known_learner(content, config, true_theta, None, seed, exposure)
}

/// The exposure control one simulated session runs under.
#[derive(Clone, Copy)]
enum Exposure<'a> {
    None,
    /// Item exposure limits against the rates so far.
    Ledger(&'a ExposureLedger),
}

/// Runs one simulated learner through a session; `areas` gives the true area abilities (in
/// framework order) instead of drawing them from the config's profile.
fn simulate_known_learner<'c>(
    content: &'c Content,
    config: &SimulationConfig,
    true_theta: f64,
    areas: Option<&[f64]>,
    seed: u64,
    exposure: Exposure<'_>,
) -> (SimulatedLearner, Session<'c>) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0xA5A5_A5A5_A5A5_A5A5);
    let drawn = area_thetas(content, config.profile, true_theta, &mut rng);
    let thetas = match areas {
        Some(given) if given.len() == drawn.len() => given.to_vec(),
        _ => drawn,
    };
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
    loop {
        let next = match exposure {
            Exposure::Ledger(ledger) => session.next_item_with_exposure(Some(ledger)),
            Exposure::None => session.next_item_with_exposure(None),
        };
        let Next::Ask(item) = next else { break };
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
    // The bank's own Sympson–Hetter parameters serve the default control (as in live
    // sessions); a design with none has them removed, one with its own target replaces them.
    let content = match ExposureControl::of(config) {
        ExposureControl::Limits => content.clone(),
        ExposureControl::None => with_acceptance(content, None),
        ExposureControl::SympsonHetter(sh) => {
            with_acceptance(content, Some(&sympson_hetter_parameters(content, config, sh)))
        }
    };
    let content = &content;
    let (outcomes, ledger) = run(content, config, &mut progress);
    // Access questions go to everyone by design: exposure is about the scored items.
    let rates: Vec<f64> = content
        .bank
        .items()
        .iter()
        .filter(|i| i.is_scored())
        .map(|i| ledger.rate(&i.id))
        .collect();
    let max_exposure = rates.iter().copied().fold(0.0, f64::max);
    let mut report = summarise(content, config, &outcomes, max_exposure);
    report.overlap = overlap_rate(&rates, outcomes.len(), report.mean_items);
    report
}

/// Every learner of the config through a session (the bank's Sympson–Hetter parameters apply
/// in each session, as live).
fn run(
    content: &Content,
    config: &SimulationConfig,
    progress: &mut dyn FnMut(usize, usize),
) -> (Vec<SimulatedLearner>, ExposureLedger) {
    let mut rng = ChaCha8Rng::seed_from_u64(config.seed);
    let mut ledger = ExposureLedger::new();
    let total = config.truth.as_ref().map_or(config.learners, Vec::len);
    let mut outcomes = Vec::with_capacity(total);
    for done in 0..total {
        let given = config.truth.as_ref().map(|t| &t[done]);
        let theta = match (given, config.abilities) {
            (Some(t), _) => t.theta,
            (None, AbilityDistribution::Normal { mean, sd }) => {
                Normal::new(mean, sd).map_or(mean, |d| d.sample(&mut rng))
            }
            (None, AbilityDistribution::Uniform { low, high }) => rng.gen_range(low..=high),
        };
        let seed: u64 = rng.gen();
        let areas = given.and_then(|t| t.areas.as_deref());
        let exposure = if config.exposure_control {
            Exposure::Ledger(&ledger)
        } else {
            Exposure::None
        };
        let (learner, session) = simulate_known_learner(content, config, theta, areas, seed, exposure);
        ledger.record(session.state());
        outcomes.push(learner);
        progress(done + 1, total);
    }
    (outcomes, ledger)
}

/// Sympson & Hetter's (1985) exposure control: an item the selector chooses is given with
/// probability `K_i` (the item's `exposure_acceptance`) and otherwise set aside for that
/// learner. The `K_i` are found by iterated simulation (Sympson & Hetter's procedure): start
/// at 1; after each round, an item selected with probability `P(S_i) = P(A_i) / K_i` above the
/// target gets `K_i = r / P(S_i)`, others 1 ([`crate::cat::sympson_hetter_update`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SympsonHetter {
    /// Target largest exposure rate r.
    pub max_rate: f64,
    /// Calibration rounds.
    #[serde(default = "SympsonHetter::default_rounds")]
    pub rounds: usize,
    /// Simulated learners per calibration round.
    #[serde(default = "SympsonHetter::default_learners")]
    pub learners: usize,
}

impl SympsonHetter {
    fn default_rounds() -> usize {
        10
    }

    fn default_learners() -> usize {
        500
    }

    /// An exposure target with the default calibration.
    pub fn new(max_rate: f64) -> SympsonHetter {
        SympsonHetter {
            max_rate,
            rounds: Self::default_rounds(),
            learners: Self::default_learners(),
        }
    }

    /// Checks the settings: a rate in (0, 1], 1–100 rounds, 10–100,000 learners a round.
    ///
    /// # Errors
    /// The first setting out of range, named by its path in a design.
    pub fn validate(&self) -> Result<(), crate::cat::ConfigError> {
        let fail = |field, min, max| Err(crate::cat::ConfigError { field, min, max });
        if !(0.01..=1.0).contains(&self.max_rate) {
            return fail("exposure.sympson_hetter.max_rate", 0.01, 1.0);
        }
        if !(1..=100).contains(&self.rounds) {
            return fail("exposure.sympson_hetter.rounds", 1.0, 100.0);
        }
        if !(10..=100_000).contains(&self.learners) {
            return fail("exposure.sympson_hetter.learners", 10.0, 100_000.0);
        }
        Ok(())
    }
}

/// The Sympson–Hetter acceptance probability of every bank item, by the iterated simulation.
/// Calibration learners are drawn from the config's abilities with their own seeds.
pub fn sympson_hetter_parameters(content: &Content, config: &SimulationConfig, sh: SympsonHetter) -> Vec<f64> {
    sympson_hetter_calibration(content, std::slice::from_ref(config), sh)
}

/// [`sympson_hetter_parameters`] over several populations and designs at once (say, learners
/// who answer the access questions and learners who do not): every round runs each config,
/// and an item's selection rate is its highest among them, so the target holds for each. The
/// bank's own parameters are ignored (the iteration starts at 1).
pub fn sympson_hetter_calibration(content: &Content, configs: &[SimulationConfig], sh: SympsonHetter) -> Vec<f64> {
    let items = content.bank.items();
    let mut k = vec![1.0; items.len()];
    for round in 0..sh.rounds {
        let trial = with_acceptance(content, Some(&k));
        let mut given = vec![0.0_f64; items.len()];
        for config in configs {
            let calibration = SimulationConfig {
                learners: sh.learners,
                seed: config.seed ^ (0xC0FF_EE00 + round as u64),
                truth: None,
                sympson_hetter: None,
                ..config.clone()
            };
            let (_, ledger) = run(&trial, &calibration, &mut |_, _| {});
            for (rate, item) in given.iter_mut().zip(items) {
                *rate = rate.max(ledger.rate(&item.id));
            }
        }
        for (i, item) in items.iter().enumerate() {
            k[i] = if item.is_scored() {
                crate::cat::sympson_hetter_update(given[i], k[i], sh.max_rate)
            } else {
                1.0
            };
        }
    }
    k
}

/// The populations live sessions meet, for a bank's Sympson–Hetter parameters: the config's
/// learners and learners of every level (uniform on −3.5…3.5), each with and without the
/// access questions (which move the start), with no exposure ledger (live sessions keep none).
pub fn live_populations(config: &SimulationConfig) -> Vec<SimulationConfig> {
    let mut populations: Vec<SimulationConfig> = Vec::new();
    for abilities in [config.abilities, AbilityDistribution::Uniform { low: -3.5, high: 3.5 }] {
        for access in [false, true] {
            let mut c = SimulationConfig {
                abilities,
                exposure_control: false,
                sympson_hetter: None,
                truth: None,
                ..config.clone()
            };
            c.cat.access_questionnaire = access;
            if !populations.contains(&c) {
                populations.push(c);
            }
        }
    }
    populations
}

/// `content` with each scored item's `exposure_acceptance` set from `acceptance` (by bank
/// index; 1 is written as none), or removed when `acceptance` is `None`.
pub fn with_acceptance(content: &Content, acceptance: Option<&[f64]>) -> Content {
    let b = &content.bank;
    let items = b
        .items()
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut item = item.clone();
            item.exposure_acceptance = acceptance
                .and_then(|k| k.get(i).copied())
                .filter(|&k| k < 1.0 && item.is_scored());
            item
        })
        .collect();
    let mut bank = crate::content::Bank::new(b.id.clone(), b.version.clone(), b.title.clone(), b.calibration, items);
    bank.provenance = b.provenance.clone();
    Content {
        bank,
        ..content.clone()
    }
}

/// Mean share of one learner's scored items that another learner also saw (the test overlap
/// rate of Way, 1998, computed exactly from the item counts): with `n_i` learners of `n` seeing
/// item i, two learners share `Σ n_i (n_i − 1) / (n (n − 1))` items on average, divided by the
/// mean length. Below two learners or with no item given it is 0.
pub fn overlap_rate(rates: &[f64], learners: usize, mean_items: f64) -> f64 {
    if learners < 2 || mean_items <= 0.0 {
        return 0.0;
    }
    let n = learners as f64;
    let shared: f64 = rates
        .iter()
        .map(|r| {
            let k = (r * n).round();
            k * (k - 1.0)
        })
        .sum::<f64>()
        / (n * (n - 1.0));
    shared / mean_items
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
        overlap: 0.0,
        at_max: share(&|o| o.placement.stop_reason == Some(StopReason::MaxItems)),
        stop_reasons,
        by_level,
        areas: area_rates(
            outcomes,
            config.placement.as_ref().unwrap_or(&content.placement).confidence,
        ),
        responders: (config.responder != Responder::Model).then(|| responder_placement(content, outcomes)),
    }
}
