//! What a UI shows for an item, and how a UI choice becomes a [`Response`].
//!
//! Every adapter (the terminal dialogue, the service, the learner web page) shows items the same
//! way because they all build a [`Presentation`] here: the localized prompt and instructions,
//! the answers in the order this session shows them (numbered by UI id from 1), pictures and
//! audio clips, and the locale and direction of each text. A presentation never holds the key,
//! the IRT parameters or the scoring rule; it does not even hold the option ids, which follow
//! the bank's order and would give away a key that sits at one position. The UI sends back UI
//! ids ([`UiAnswer`]), and [`Presentation::response`] maps them to option ids.
//!
//! Options are shown in an order drawn per session from its seed: a learner pressing "1" every
//! time meets the key at a random place, and the steps of an ordering item are never shown in
//! their right order.

use crate::cat::{DeliveryMode, Session};
use crate::content::{Item, ItemType, Key, Message, Response};
use crate::i18n::{ClipStatus, Direction, Localizer};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::Serialize;

/// A text as shown: its message id, the text, which locale served it and in which direction
/// it is written, and its audio clip.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    /// Fluent message id.
    pub message_id: String,
    /// The localized text.
    pub text: String,
    /// Locale that served the text (a fallback when the learner's locale lacks it).
    pub locale: String,
    /// Writing direction of that locale.
    pub direction: Direction,
    /// The spoken form, if the text has one.
    pub audio: Option<Audio>,
}

/// A spoken text: the audio reference and, when a manifest lists it, the clip.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Audio {
    /// Audio reference (a key of the locale's `audio.yaml`).
    pub reference: String,
    /// Clip path under the audio root, if a manifest of the locale chain lists it.
    pub file: Option<String>,
    /// Whether the clip is recorded, synthesized or still pending.
    pub status: Option<ClipStatus>,
    /// Locale whose manifest served the clip.
    pub locale: Option<String>,
}

/// One answer the UI offers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UiChoice {
    /// What the UI sends back: the position shown, from 1.
    pub ui_id: usize,
    /// The answer's text.
    pub text: Text,
    /// A picture of the answer, if any (path under the image root).
    pub image: Option<String>,
}

/// How the learner answers, and so which instructions the UI shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Input {
    /// Choose one answer.
    PickOne,
    /// Put every step in order.
    PutInOrder,
    /// Tap a place on the picture, or choose it from the list.
    ChoosePlace,
    /// The assessor records how an observed task went.
    AssessorScores,
    /// Tap through the screens of a mock phone or web page (or choose each place from the
    /// list), one screen at a time.
    TapThrough,
}

impl Input {
    /// Every input kind.
    pub const ALL: [Input; 5] = [
        Input::PickOne,
        Input::PutInOrder,
        Input::ChoosePlace,
        Input::AssessorScores,
        Input::TapThrough,
    ];

    /// Fluent id of the instructions, or `None` when the prompt says enough.
    pub fn message_id(self) -> Option<&'static str> {
        match self {
            Input::PickOne => None,
            Input::PutInOrder => Some("assess-order-hint"),
            Input::ChoosePlace => Some("assess-hotspot-hint"),
            Input::AssessorScores => Some("assess-task-hint"),
            Input::TapThrough => Some("assess-tap-through-hint"),
        }
    }
}

/// What a UI sends back, in UI ids.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UiAnswer {
    /// One answer chosen (an option, true/false, a place from the list, a task category).
    Pick {
        /// UI id of the choice.
        ui_id: usize,
    },
    /// Every step, in the order the learner put them.
    Order {
        /// UI ids of the steps.
        ui_ids: Vec<usize>,
    },
    /// A tap on the picture, in image pixels.
    Tap {
        /// Horizontal position.
        x: f64,
        /// Vertical position.
        y: f64,
    },
    /// "I don't know".
    DontKnow,
}

/// Why a UI answer does not fit the presentation.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UiError {
    /// A UI id that the presentation does not show.
    #[error("{ui_id} is not one of the {count} answers shown")]
    NoSuchChoice {
        /// The UI id sent.
        ui_id: usize,
        /// How many answers are shown.
        count: usize,
    },
    /// An order that does not name every step exactly once.
    #[error("an order must name each of the {count} steps once")]
    IncompleteOrder {
        /// How many steps are shown.
        count: usize,
    },
    /// An answer of another kind than the item takes (a tap on a choice item).
    #[error("this kind of answer does not fit this item")]
    WrongKind,
}

impl UiError {
    /// Every message id [`UiError::message_id`] can return.
    pub const MESSAGE_IDS: [&'static str; 3] = [
        "ui-error-no-such-choice",
        "ui-error-incomplete-order",
        "ui-error-wrong-kind",
    ];

    /// Fluent message id (arguments: `ui_id`, `count`).
    pub fn message_id(&self) -> &'static str {
        match self {
            UiError::NoSuchChoice { .. } => Self::MESSAGE_IDS[0],
            UiError::IncompleteOrder { .. } => Self::MESSAGE_IDS[1],
            UiError::WrongKind => Self::MESSAGE_IDS[2],
        }
    }
}

/// Where a tap-through item's learner is: the screen shown, of how many. The screen count is
/// the length of the right path, which the learner may know (a task's steps are no secret);
/// which region leads on is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Screen {
    /// The screen shown, from 1.
    pub number: usize,
    /// How many screens the task has.
    pub count: usize,
}

/// What a UI choice stands for; kept out of the serialized presentation.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Option(String),
    Boolean(bool),
    Region(String),
    Score(u8),
}

/// What a UI shows for one item in one session. Serialize it for a web page; keep it (or
/// rebuild it: it is a pure function of the session and the item) to map the answer back.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Presentation {
    /// Item id (what the session's `answer` takes).
    pub item: String,
    /// Item type, so the UI picks its widget.
    pub item_type: ItemType,
    /// An unscored access question (about devices and needs), not a test question.
    pub access_question: bool,
    /// How the learner answers.
    pub input: Input,
    /// The question.
    pub prompt: Text,
    /// What to do, when the prompt does not say it.
    pub instructions: Option<Text>,
    /// The item's picture (hotspot items: taps are in its pixels).
    pub image: Option<String>,
    /// The answers, in the order shown.
    pub choices: Vec<UiChoice>,
    /// The "I don't know" answer, always offered.
    pub dont_know: Text,
    /// Which screen of a tap-through item this is (`None` for other items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub screen: Option<Screen>,
    #[serde(skip)]
    targets: Vec<Target>,
    #[serde(skip)]
    accepts_taps: bool,
}

/// Stable 64-bit FNV-1a of an item id (the standard library's hasher may change between
/// releases; a shown order must not).
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Indices 0..n sorted by the ids they stand for: the order a shuffle starts from, so that the
/// order shown depends on the seed and the ids, never on where the bank lists an option.
fn by_id<'a>(n: usize, id: impl Fn(usize) -> &'a String) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| id(a).cmp(id(b)));
    order
}

/// The order this session shows the regions of screen `step` of a tap-through item in:
/// indices into `item.steps[step].regions`, drawn from the seed, the item id and the screen,
/// so a learner listening to the list meets the right place anywhere.
pub fn screen_display_order(seed: u64, item: &Item, step: usize) -> Vec<usize> {
    let regions = item.steps.get(step).map_or(&[][..], |s| &s.regions[..]);
    let mut order = by_id(regions.len(), |i| &regions[i].id);
    let stream = crate::cat::step_seed(seed ^ 0x5441_5054_4852_5547, fnv1a(&item.id) ^ step as u64);
    let mut rng = ChaCha8Rng::seed_from_u64(stream);
    order.shuffle(&mut rng);
    order
}

/// The order this session shows the item's options (ordering steps, places) in: indices into
/// `item.options` (or `item.regions` for hotspots). Choice options, places, ordering steps
/// and true/false are shuffled from their order by id, so moving an option in the bank file
/// changes nothing a learner sees; an ordering is never shown in its right order; self-report
/// answers and task categories keep the bank's order, which carries meaning.
pub fn display_order(seed: u64, item: &Item) -> Vec<usize> {
    let n = match item.item_type {
        ItemType::Hotspot => item.regions.len(),
        ItemType::Task => item.categories.len(),
        ItemType::TrueFalse => 2,
        _ => item.options.len(),
    };
    let mut order: Vec<usize> = match item.item_type {
        ItemType::Choice | ItemType::Ordering => by_id(n, |i| &item.options[i].id),
        ItemType::Hotspot => by_id(n, |i| &item.regions[i].id),
        ItemType::TrueFalse => (0..n).collect(),
        _ => return (0..n).collect(),
    };
    let stream = crate::cat::step_seed(seed ^ 0x5348_5546_4c45_4f50, fnv1a(&item.id));
    let mut rng = ChaCha8Rng::seed_from_u64(stream);
    order.shuffle(&mut rng);
    if let (ItemType::Ordering, Key::Order(key)) = (item.item_type, &item.key) {
        let shown_is_key = |order: &[usize]| order.iter().map(|&i| &item.options[i].id).eq(key.iter());
        if n > 1 && shown_is_key(&order) {
            order.rotate_left(1);
        }
    }
    order
}

fn text(loc: &Localizer, message: &Message) -> Text {
    let (text, locale) = match loc.lookup(&message.text, &[]) {
        Some(l) => (l.text, l.locale),
        None => (format!("⟦{}⟧", message.text), loc.locale().to_string()),
    };
    let clip = loc.audio_source(&message.audio);
    Text {
        message_id: message.text.clone(),
        direction: loc.direction_of(&locale),
        text,
        locale,
        audio: Some(Audio {
            reference: message.audio.clone(),
            file: clip.map(|(_, c)| c.file.clone()),
            status: clip.map(|(_, c)| c.status),
            locale: clip.map(|(l, _)| l.to_string()),
        }),
    }
}

fn message(id: &str) -> Message {
    Message {
        text: id.into(),
        audio: id.into(),
    }
}

impl Presentation {
    /// The presentation of `item` in a session with this seed and delivery mode (a
    /// tap-through item at its first screen).
    pub fn new(item: &Item, loc: &Localizer, seed: u64, mode: DeliveryMode) -> Presentation {
        Presentation::at_screen(item, loc, seed, mode, 0)
    }

    /// The presentation of `item` with a tap-through item at screen `step` (from 0; other
    /// items have one screen and ignore it). A step past the last shows the last.
    pub fn at_screen(item: &Item, loc: &Localizer, seed: u64, mode: DeliveryMode, step: usize) -> Presentation {
        let step = step.min(item.steps.len().saturating_sub(1));
        let tap_through = item.item_type == ItemType::TapThrough;
        let order = if tap_through {
            screen_display_order(seed, item, step)
        } else {
            display_order(seed, item)
        };
        let input = match item.item_type {
            ItemType::Ordering => Input::PutInOrder,
            ItemType::Hotspot => Input::ChoosePlace,
            ItemType::TapThrough => Input::TapThrough,
            ItemType::Task if mode == DeliveryMode::Assisted => Input::AssessorScores,
            _ => Input::PickOne,
        };
        let mut choices = Vec::with_capacity(order.len());
        let mut targets = Vec::with_capacity(order.len());
        for &i in &order {
            let (msg, image, target) = match item.item_type {
                ItemType::TrueFalse => {
                    let value = i == 0;
                    (
                        message(if value { "answer-true" } else { "answer-false" }),
                        None,
                        Target::Boolean(value),
                    )
                }
                ItemType::Hotspot => {
                    let r = &item.regions[i];
                    (r.message.clone(), None, Target::Region(r.id.clone()))
                }
                ItemType::TapThrough => {
                    let r = &item.steps[step].regions[i];
                    (r.message.clone(), None, Target::Region(r.id.clone()))
                }
                // Category i is score i; scores are a GRM's categories, far below 256.
                ItemType::Task => (item.categories[i].clone(), None, Target::Score(i.min(255) as u8)),
                _ => {
                    let o = &item.options[i];
                    (o.message(), o.image.clone(), Target::Option(o.id.clone()))
                }
            };
            choices.push(UiChoice {
                ui_id: choices.len() + 1,
                text: text(loc, &msg),
                image,
            });
            targets.push(target);
        }
        Presentation {
            item: item.id.clone(),
            item_type: item.item_type,
            access_question: !item.is_scored(),
            input,
            prompt: text(loc, &item.prompt),
            instructions: input.message_id().map(|id| text(loc, &message(id))),
            image: match item.steps.get(step) {
                Some(screen) if tap_through => Some(screen.image.clone()),
                _ => item.image.clone(),
            },
            choices,
            dont_know: text(loc, &message("answer-dont-know")),
            screen: tap_through.then_some(Screen {
                number: step + 1,
                count: item.steps.len(),
            }),
            targets,
            accepts_taps: matches!(item.item_type, ItemType::Hotspot | ItemType::TapThrough),
        }
    }

    /// The presentation of a session's item (normally the pending one); a tap-through item
    /// at the screen its taps so far have reached.
    pub fn for_session(session: &Session<'_>, item: &Item, loc: &Localizer) -> Presentation {
        let pending = session.state().pending.as_ref().is_some_and(|p| p.item == item.id);
        let step = if pending { session.pending_taps().len() } else { 0 };
        Presentation::at_screen(item, loc, session.seed(), session.mode(), step)
    }

    fn target(&self, ui_id: usize) -> Result<&Target, UiError> {
        ui_id
            .checked_sub(1)
            .and_then(|i| self.targets.get(i))
            .ok_or(UiError::NoSuchChoice {
                ui_id,
                count: self.targets.len(),
            })
    }

    /// The response a UI answer stands for, ready for [`Session::answer`]. On a tap-through
    /// screen it is one tap ([`Response::Tap`] or [`Response::Region`]); the session decides
    /// whether the next screen follows.
    ///
    /// # Errors
    /// A UI id not shown, an incomplete order, or an answer of the wrong kind.
    pub fn response(&self, answer: &UiAnswer) -> Result<Response, UiError> {
        match answer {
            UiAnswer::DontKnow => Ok(Response::Skip),
            UiAnswer::Pick { ui_id } => {
                if self.input == Input::PutInOrder {
                    return Err(UiError::WrongKind);
                }
                Ok(match self.target(*ui_id)? {
                    Target::Option(option) => Response::Choice { option: option.clone() },
                    Target::Boolean(value) => Response::Boolean { value: *value },
                    Target::Region(region) => Response::Region { region: region.clone() },
                    Target::Score(score) => Response::Score { score: *score },
                })
            }
            UiAnswer::Order { ui_ids } => {
                if self.input != Input::PutInOrder {
                    return Err(UiError::WrongKind);
                }
                let count = self.targets.len();
                let mut seen = vec![false; count];
                let mut options = Vec::with_capacity(count);
                for &ui_id in ui_ids.iter().take(count + 1) {
                    let Ok(Target::Option(id)) = self.target(ui_id) else {
                        return Err(UiError::IncompleteOrder { count });
                    };
                    if std::mem::replace(&mut seen[ui_id - 1], true) {
                        return Err(UiError::IncompleteOrder { count });
                    }
                    options.push(id.clone());
                }
                if options.len() != count {
                    return Err(UiError::IncompleteOrder { count });
                }
                Ok(Response::Order { options })
            }
            UiAnswer::Tap { x, y } => {
                if !(self.accepts_taps && x.is_finite() && y.is_finite()) {
                    return Err(UiError::WrongKind);
                }
                Ok(Response::Tap { x: *x, y: *y })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> crate::content::Content {
        crate::defaults::content().unwrap()
    }

    /// Every object key and string value of a JSON value.
    fn words(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    out.push(k.clone());
                    words(v, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| words(v, out)),
            serde_json::Value::String(s) => out.push(s.clone()),
            _ => {}
        }
    }

    #[test]
    fn no_presentation_holds_a_key_a_parameter_or_an_option_id() {
        let content = content();
        let catalog = crate::defaults::catalog();
        for locale in ["en", "ar"] {
            let loc = catalog.localizer(locale);
            for item in content.bank.items() {
                for mode in DeliveryMode::ALL {
                    // Every screen of a tap-through item.
                    let mut all = Vec::new();
                    let mut json = serde_json::Value::Null;
                    for step in 0..item.steps.len().max(1) {
                        let p = Presentation::at_screen(item, &loc, 3, mode, step);
                        json = serde_json::to_value(&p).unwrap();
                        words(&json, &mut all);
                    }
                    for field in [
                        "key",
                        "irt",
                        "model",
                        "a",
                        "b",
                        "c",
                        "thresholds",
                        "score",
                        "value",
                        "profile_field",
                        "exposure_limit",
                        "option",
                        "region",
                        "shape",
                    ] {
                        assert!(!all.iter().any(|w| w == field), "{}: field or value `{field}`", item.id);
                    }
                    let secret: Vec<&str> = match &item.key {
                        Key::Option(k) | Key::Region(k) => vec![k.as_str()],
                        Key::Order(ks) | Key::Path(ks) => ks.iter().map(String::as_str).collect(),
                        _ => vec![],
                    };
                    let ids = item
                        .options
                        .iter()
                        .map(|o| o.id.as_str())
                        .chain(item.regions.iter().map(|r| r.id.as_str()))
                        .chain(item.steps.iter().flat_map(|s| s.regions.iter().map(|r| r.id.as_str())));
                    for id in secret.into_iter().chain(ids) {
                        assert!(!all.iter().any(|w| w == id), "{}: option id `{id}` shown", item.id);
                    }
                    // No number but UI ids: no parameter, no score.
                    let text = json.to_string();
                    if let Some(model) = &item.irt {
                        let location = format!("{}", model.location());
                        assert!(
                            location.len() < 3 || !text.contains(&location),
                            "{}: location {location}",
                            item.id
                        );
                    }
                }
            }
        }
    }

    /// How a responder who ignores the questions answers.
    #[derive(Debug, Clone, Copy)]
    enum Blind {
        /// Presses the same key whatever the question (the CLI re-asks when it does not fit, so
        /// he falls back to "1") and types orders as shown.
        Always(usize),
        /// Chooses uniformly at random among the answers shown (a place from the list on a
        /// picture: a better guess than a random tap) and puts steps in a random order.
        Random,
    }

    fn blind(p: &Presentation, how: Blind, rng: &mut impl rand::Rng) -> UiAnswer {
        use rand::seq::SliceRandom;
        let n = p.choices.len();
        match (p.input, how) {
            (Input::PutInOrder, Blind::Always(_)) => UiAnswer::Order {
                ui_ids: (1..=n).collect(),
            },
            (Input::PutInOrder, Blind::Random) => {
                let mut ui_ids: Vec<usize> = (1..=n).collect();
                ui_ids.shuffle(rng);
                UiAnswer::Order { ui_ids }
            }
            (_, Blind::Always(key)) if key <= n => UiAnswer::Pick { ui_id: key },
            (_, Blind::Always(_)) => UiAnswer::Pick { ui_id: 1 },
            (_, Blind::Random) => UiAnswer::Pick {
                ui_id: rng.gen_range(1..=n),
            },
        }
    }

    /// The target of the adversarial review (D1): a learner who answers without reading is
    /// placed at F or 1 in at least 95 % of sessions. Before ordering credit was corrected for
    /// chance and choice items got guessing floors of 1/k, 6–16 % were; before graded orderings
    /// got their guessing floor, exactly 95.0 % of random responders were.
    #[test]
    fn blind_responders_are_placed_at_foundation_or_1() {
        use crate::cat::{CatConfig, Next, Setup};
        use crate::placement::Placement;
        use rand::SeedableRng;
        let content = content();
        let loc = crate::defaults::catalog().localizer("en");
        let sessions = 400;
        for how in [Blind::Always(1), Blind::Always(2), Blind::Always(3), Blind::Random] {
            let mut low = 0;
            let mut levels = std::collections::BTreeMap::new();
            for seed in 0..sessions {
                let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ 0xB11D);
                let mut s = Session::start(&content, CatConfig::default(), Setup::new(seed)).unwrap();
                while let Next::Ask(item) = s.next_item() {
                    let p = Presentation::for_session(&s, item, &loc);
                    let response = p.response(&blind(&p, how, &mut rng)).unwrap();
                    let id = item.id.clone();
                    s.answer(&id, response).unwrap();
                }
                let level = Placement::from_session(&s, &s.content().placement).level;
                *levels.entry(level).or_insert(0) += 1;
                low += usize::from(level <= 1);
            }
            let share = low as f64 / sessions as f64;
            // The target is 95 %. Since the early stop below NLN 3 is on by default (behind its
            // person-fit guard), random tapping lands at F or 1 in about 96–97 % of sessions
            // (97.25 % of these 400, seeded), so the test asserts the target itself.
            assert!(share >= 0.95, "{how:?}: {share} at F or 1; levels {levels:?}");
        }
    }

    #[test]
    fn orderings_are_never_shown_in_their_right_order() {
        let content = content();
        for item in content
            .bank
            .items()
            .iter()
            .filter(|i| i.item_type == ItemType::Ordering)
        {
            let Key::Order(key) = &item.key else { panic!() };
            for seed in 0..200 {
                let order = display_order(seed, item);
                let shown: Vec<&String> = order.iter().map(|&i| &item.options[i].id).collect();
                assert!(shown.iter().copied().ne(key.iter()), "{} seed {seed}", item.id);
            }
        }
    }

    #[test]
    fn the_key_of_a_choice_item_moves_between_sessions() {
        let content = content();
        let item = content
            .bank
            .items()
            .iter()
            .find(|i| i.item_type == ItemType::Choice)
            .unwrap();
        let Key::Option(key) = &item.key else { panic!() };
        let key_index = item.options.iter().position(|o| &o.id == key).unwrap();
        let mut positions = std::collections::BTreeSet::new();
        for seed in 0..50 {
            let order = display_order(seed, item);
            positions.insert(order.iter().position(|&i| i == key_index).unwrap());
            assert_eq!(order, display_order(seed, item), "the same seed shows the same order");
        }
        assert_eq!(positions.len(), item.options.len(), "the key appears at every position");
    }

    #[test]
    fn ui_answers_map_back_to_option_ids() {
        let content = content();
        let loc = crate::defaults::catalog().localizer("ar");
        let item = content
            .bank
            .items()
            .iter()
            .find(|i| i.item_type == ItemType::Ordering)
            .unwrap();
        let p = Presentation::new(item, &loc, 7, DeliveryMode::SelfAdministered);
        let order = display_order(7, item);
        let Key::Order(key) = &item.key else { panic!() };
        // The UI ids that put the steps right.
        let right: Vec<usize> = key
            .iter()
            .map(|k| order.iter().position(|&i| &item.options[i].id == k).unwrap() + 1)
            .collect();
        let response = p.response(&UiAnswer::Order { ui_ids: right }).unwrap();
        assert_eq!(item.score(&response), Ok(Some(item.irt.as_ref().unwrap().max_score())));
        let n = item.options.len();
        assert_eq!(
            p.response(&UiAnswer::Order { ui_ids: vec![1; n] }),
            Err(UiError::IncompleteOrder { count: n })
        );
        assert_eq!(
            p.response(&UiAnswer::Order {
                ui_ids: (1..=n + 1).collect()
            }),
            Err(UiError::IncompleteOrder { count: n })
        );
        assert_eq!(p.response(&UiAnswer::Pick { ui_id: 1 }), Err(UiError::WrongKind));
        assert_eq!(p.response(&UiAnswer::DontKnow), Ok(Response::Skip));
        assert_eq!(p.prompt.direction, Direction::Rtl);
        assert_eq!(p.dont_know.locale, "ar");

        let choice = content
            .bank
            .items()
            .iter()
            .find(|i| i.item_type == ItemType::Choice)
            .unwrap();
        let p = Presentation::new(choice, &loc, 7, DeliveryMode::SelfAdministered);
        let first = &choice.options[display_order(7, choice)[0]].id;
        assert_eq!(
            p.response(&UiAnswer::Pick { ui_id: 1 }),
            Ok(Response::Choice { option: first.clone() })
        );
        assert_eq!(
            p.response(&UiAnswer::Pick { ui_id: 0 }),
            Err(UiError::NoSuchChoice {
                ui_id: 0,
                count: choice.options.len()
            })
        );
        assert_eq!(p.response(&UiAnswer::Tap { x: 1.0, y: 1.0 }), Err(UiError::WrongKind));
    }
}
