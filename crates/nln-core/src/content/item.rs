//! Items: what the learner sees and hears, the answer key, and the IRT model that scores it.

use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};

/// A learner-facing message: a Fluent id for the text and a reference into the locale's audio
/// manifest for the spoken prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Fluent message id of the text.
    pub text: String,
    /// Key of the spoken clip in the locale's audio manifest.
    pub audio: String,
}

/// An answer option (or ordering step, or self-report choice).
///
/// In a bank file `text` and `audio` may be left out: the text id is then derived from the
/// item id and the option id ([`option_message_id`]) and the clip shares it, so an option's
/// message follows the option wherever it moves in the list, and the bank writer leaves out
/// what it can derive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id the key, responses and message ids refer to; never its position.
    pub id: String,
    /// Fluent message id of the option's text (empty in a file: derived).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Key of the option's spoken clip (empty in a file: the text id).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub audio: String,
    /// Picture shown with (or instead of) the text, relative to the pictures folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Value stored in the access profile (self-report items only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Choice {
    /// The option's text and clip as one message, for the code that renders prompts.
    pub fn message(&self) -> Message {
        Message {
            text: self.text.clone(),
            audio: self.audio.clone(),
        }
    }
}

/// The message id an option of an item has unless the bank names another:
/// `item-<item id>-opt-<option id>`. Built from ids, never from a position, so reordering the
/// options of an item (to move its key) keeps every text, clip and translation with its option.
pub fn option_message_id(item: &str, option: &str) -> String {
    format!("item-{item}-opt-{option}")
}

/// The message id a region of an item has unless the bank names another (a region shared by
/// several tap-through items names one): `item-<item id>-region-<region id>`.
pub fn region_message_id(item: &str, region: &str) -> String {
    format!("item-{item}-region-{region}")
}

/// A tappable region on a hotspot item's picture, in image pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Stable id the key and responses refer to.
    pub id: String,
    /// Where the region is on the picture.
    pub shape: Shape,
    /// Describes the region for the keyboard and audio alternative ("the green phone icon").
    pub message: Message,
}

/// One screen of a tap-through item: the mock screen the learner sees and the places on it
/// that can be tapped. A screen has no prompt of its own: the item's prompt names the goal
/// ("join the Wi-Fi network Library"), and finding the way there is what is measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The picture of the screen (path under the picture root); regions are in its pixels.
    pub image: String,
    /// The places that can be tapped on this screen.
    pub regions: Vec<Region>,
}

impl Step {
    /// The region a tap at (x, y) lands in, if any (regions of a valid bank do not overlap).
    pub fn region_at(&self, x: f64, y: f64) -> Option<&Region> {
        self.regions.iter().find(|r| r.shape.contains(x, y))
    }

    /// Whether this screen has a region with this id.
    pub fn has_region(&self, id: &str) -> bool {
        self.regions.iter().any(|r| r.id == id)
    }
}

/// Region geometry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// An axis-aligned rectangle.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width.
        w: f64,
        /// Height.
        h: f64,
    },
    /// A circle, for round icons.
    Circle {
        /// Centre, x.
        cx: f64,
        /// Centre, y.
        cy: f64,
        /// Radius.
        r: f64,
    },
}

impl Shape {
    /// Whether the point (x, y) is inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        match *self {
            Shape::Rect { x: rx, y: ry, w, h } => x >= rx && x <= rx + w && y >= ry && y <= ry + h,
            Shape::Circle { cx, cy, r } => (x - cx).powi(2) + (y - cy).powi(2) <= r * r,
        }
    }
}

/// Item type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemType {
    /// Multiple choice, options may carry pictures.
    Choice,
    /// A statement the learner says is true or false.
    TrueFalse,
    /// Put steps in order.
    Ordering,
    /// Tap a region of a picture.
    Hotspot,
    /// Simulated task with graded credit (e.g. not solved / after a hint / alone).
    Task,
    /// Unscored self-report of access; fills the access profile.
    SelfReport,
    /// Tap through a few mock screens to reach a goal (open Settings, then Wi-Fi, then the
    /// network), scored from the taps.
    ///
    /// Scored all or nothing (a dichotomous model): 1 when every screen's right region was
    /// tapped, with the guessing floor c = [`Item::path_chance`], the chance of a random
    /// tapper, as 1/k is a choice item's. Credit per screen reached (a GRM category per
    /// screen) is not used: the screens of one task depend on each other (a learner who finds
    /// Settings is likely to find Wi-Fi in it), so the thresholds would count one skill several
    /// times, and a partly done task is not a done task for the learner either. The whole path
    /// is kept in the answer, so a calibration can fit credit per screen from the same data
    /// (with the floor π_k = the chance of a random tapper passing exactly k screens).
    ///
    /// A wrong tap ends the task and the test goes on to the next item, as after any other
    /// answer, with no "wrong" shown: the same screen shown again would tell the learner the
    /// tap was wrong and invite tapping everything in turn. A tap beside every region is not
    /// an answer (a real phone ignores it too): the same screen stays.
    TapThrough,
}

impl ItemType {
    /// The name used in item files and messages (`true_false`), independent of language.
    pub fn name(self) -> &'static str {
        match self {
            ItemType::Choice => "choice",
            ItemType::TrueFalse => "true_false",
            ItemType::Ordering => "ordering",
            ItemType::Hotspot => "hotspot",
            ItemType::Task => "task",
            ItemType::SelfReport => "self_report",
            ItemType::TapThrough => "tap_through",
        }
    }
}

/// How much reading an item needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LanguageLoad {
    /// No reading: pictures and audio.
    L0,
    /// A few UI words or icons.
    L1,
    /// Short phrases.
    L2,
    /// Sentences.
    L3,
}

/// The correct answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// The id of the right option.
    Option(String),
    /// Whether the statement is true.
    Boolean(bool),
    /// Option ids in the right order.
    Order(Vec<String>),
    /// The id of the right region.
    Region(String),
    /// Tap-through items: the region to tap on each screen, in order.
    Path(Vec<String>),
    /// Task and self-report items: the category is recorded directly, or nothing is scored.
    None,
}

/// A learner's answer to one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Response {
    /// An option id (choice, self-report).
    Choice {
        /// The chosen option's id.
        option: String,
    },
    /// True or false.
    Boolean {
        /// The learner's answer.
        value: bool,
    },
    /// Option ids in the order the learner put them.
    Order {
        /// Every option id, first step first.
        options: Vec<String>,
    },
    /// A tap at picture coordinates (hotspot).
    Tap {
        /// Horizontal position in picture pixels.
        x: f64,
        /// Vertical position in picture pixels.
        y: f64,
    },
    /// A region chosen in the keyboard/audio alternative (hotspot).
    Region {
        /// The chosen region's id.
        region: String,
    },
    /// The regions tapped on a tap-through item's screens, one per screen reached, in order.
    /// It ends at the first wrong tap (which ends the task) or when the learner stops; a
    /// session builds it tap by tap (`Session::answer` takes single taps too).
    Path {
        /// Region ids, the first on the first screen.
        regions: Vec<String>,
    },
    /// A score recorded by the mock app or an assessor (task items; any scored item in
    /// assisted or observed mode).
    Score {
        /// Score category, 0 first.
        score: u8,
    },
    /// No answer ("I don't know", timed out): scored 0.
    Skip,
}

/// Why a response cannot be scored against an item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResponseError {
    /// The response is of a kind the item cannot take (a tap on a choice item).
    #[error("a {response} response does not fit a {item_type} item")]
    WrongKind {
        /// The response's kind.
        response: &'static str,
        /// The item's type.
        item_type: &'static str,
    },
    /// The response names an option or region the item does not have.
    #[error("`{0}` is not an option of this item")]
    UnknownOption(String),
    /// A recorded score above the item's top category.
    #[error("score {score} is above this item's maximum {max}")]
    ScoreOutOfRange {
        /// The score given.
        score: u8,
        /// The item's top category.
        max: usize,
    },
    /// An ordering that leaves out or repeats a step.
    #[error("an ordering must name every step exactly once")]
    IncompleteOrder,
    /// A tap-through path longer than the item's screens, or going on after a wrong tap
    /// (which ends the task, so no screen follows it).
    #[error("a tap-through path must stop at the first wrong tap and at the last screen")]
    BadPath,
}

impl ResponseError {
    /// Every message id [`ResponseError::message_id`] can return.
    pub const MESSAGE_IDS: [&'static str; 5] = [
        "response-error-wrong-kind",
        "response-error-unknown-option",
        "response-error-score-out-of-range",
        "response-error-incomplete-order",
        "response-error-bad-path",
    ];

    /// Fluent message id; [`ResponseError::args`] gives its arguments.
    pub fn message_id(&self) -> &'static str {
        match self {
            ResponseError::WrongKind { .. } => Self::MESSAGE_IDS[0],
            ResponseError::UnknownOption(_) => Self::MESSAGE_IDS[1],
            ResponseError::ScoreOutOfRange { .. } => Self::MESSAGE_IDS[2],
            ResponseError::IncompleteOrder => Self::MESSAGE_IDS[3],
            ResponseError::BadPath => Self::MESSAGE_IDS[4],
        }
    }

    /// Arguments of the message: language-independent codes and numbers.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            ResponseError::WrongKind { response, item_type } => {
                vec![("response", response.to_string()), ("type", item_type.to_string())]
            }
            ResponseError::UnknownOption(option) => vec![("option", option.clone())],
            ResponseError::ScoreOutOfRange { score, max } => {
                vec![("score", score.to_string()), ("max", max.to_string())]
            }
            ResponseError::IncompleteOrder | ResponseError::BadPath => Vec::new(),
        }
    }
}

impl Response {
    fn kind_name(&self) -> &'static str {
        match self {
            Response::Choice { .. } => "choice",
            Response::Boolean { .. } => "boolean",
            Response::Order { .. } => "order",
            Response::Tap { .. } => "tap",
            Response::Region { .. } => "region",
            Response::Path { .. } => "path",
            Response::Score { .. } => "score",
            Response::Skip => "skip",
        }
    }
}

/// One item of a bank. The file format is [`super::schema::ItemRecord`]; this is the engine's
/// typed view, so it has no serde schema of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Stable id, unique across the bank; responses and calibration data refer to it.
    pub id: String,
    /// The competence of the framework the item measures.
    pub competence: String,
    /// Area id of the competence (derived when the bank is loaded).
    pub area: String,
    /// What kind of answer the item takes.
    pub item_type: ItemType,
    /// How much reading it needs, so low-literacy learners can be routed around text.
    pub language_load: LanguageLoad,
    /// The question, as text and audio.
    pub prompt: Message,
    /// Picture shown with the prompt (the tap target of a hotspot item).
    pub image: Option<String>,
    /// Options in bank order (choice, ordering, self-report); presentation may shuffle them.
    pub options: Vec<Choice>,
    /// Tappable regions (hotspot items).
    pub regions: Vec<Region>,
    /// The screens of a tap-through item, in the order the right taps lead through them.
    pub steps: Vec<Step>,
    /// Score categories of a task item, score 0 first.
    pub categories: Vec<Message>,
    /// Access-profile field filled by a self-report item.
    pub profile_field: Option<String>,
    /// The right answer, never shown to the learner.
    pub key: Key,
    /// `None` only for self-report items.
    pub irt: Option<IrtModel>,
    /// Largest share of sessions that may see the item, to protect it from overexposure.
    pub exposure_limit: Option<f64>,
    /// Sympson–Hetter exposure-control parameter: the probability that the item, once the
    /// selector chooses it, is given (else it is set aside for that session). Found by
    /// simulation (`nln simulate --calibrate-exposure`) so that no item's exposure passes a
    /// target rate; `None` is 1 (always given).
    pub exposure_acceptance: Option<f64>,
}

impl Item {
    /// A scored item with nothing to show but a prompt whose message id is its id: an observed
    /// task without a key, measuring `competence` (of `area`) by `irt`. Simulations,
    /// benchmarks and tests build banks of known parameters from it; other item types follow
    /// with struct update syntax (`Item { item_type, options, key, ..Item::synthetic(…) }`).
    pub fn synthetic(
        id: impl Into<String>,
        competence: impl Into<String>,
        area: impl Into<String>,
        irt: IrtModel,
    ) -> Item {
        let id = id.into();
        Item {
            prompt: Message {
                text: id.clone(),
                audio: id.clone(),
            },
            id,
            competence: competence.into(),
            area: area.into(),
            item_type: ItemType::Task,
            language_load: LanguageLoad::L0,
            image: None,
            options: vec![],
            regions: vec![],
            steps: vec![],
            categories: vec![],
            profile_field: None,
            key: Key::None,
            irt: Some(irt),
            exposure_limit: None,
            exposure_acceptance: None,
        }
    }

    /// Whether the item counts toward the ability estimate.
    pub fn is_scored(&self) -> bool {
        self.irt.is_some()
    }

    /// Every learner-facing message of the item: prompt, options, regions, categories.
    pub fn messages(&self) -> Vec<Message> {
        let mut all = vec![self.prompt.clone()];
        all.extend(self.options.iter().map(Choice::message));
        all.extend(self.regions.iter().map(|r| r.message.clone()));
        all.extend(
            self.steps
                .iter()
                .flat_map(|s| s.regions.iter().map(|r| r.message.clone())),
        );
        all.extend(self.categories.iter().cloned());
        if self.item_type == ItemType::TrueFalse {
            all.push(Message {
                text: "answer-true".into(),
                audio: "answer-true".into(),
            });
            all.push(Message {
                text: "answer-false".into(),
                audio: "answer-false".into(),
            });
        }
        all
    }

    /// The chance that a learner tapping at random among each screen's regions reaches the
    /// end of a tap-through item: the product of 1/k over its screens (1 for other items).
    /// It is the guessing floor `c` a dichotomous tap-through item is given until calibrated,
    /// as 1/k is a choice item's.
    pub fn path_chance(&self) -> f64 {
        self.steps.iter().map(|s| 1.0 / s.regions.len().max(1) as f64).product()
    }

    fn option_exists(&self, id: &str) -> bool {
        self.options.iter().any(|o| o.id == id)
    }

    /// Scores a response: `Ok(Some(score))` for scored items, `Ok(None)` for self-report.
    pub fn score(&self, response: &Response) -> Result<Option<usize>, ResponseError> {
        let wrong = || ResponseError::WrongKind {
            response: response.kind_name(),
            item_type: self.item_type.name(),
        };
        let Some(model) = &self.irt else {
            return match response {
                Response::Choice { option } if self.option_exists(option) => Ok(None),
                Response::Choice { option } => Err(ResponseError::UnknownOption(option.clone())),
                Response::Skip => Ok(None),
                _ => Err(wrong()),
            };
        };
        let score = match (response, &self.key) {
            (Response::Skip, _) => 0,
            (Response::Score { score }, _) => {
                if usize::from(*score) > model.max_score() {
                    return Err(ResponseError::ScoreOutOfRange {
                        score: *score,
                        max: model.max_score(),
                    });
                }
                usize::from(*score)
            }
            (Response::Choice { option }, Key::Option(key)) => {
                if !self.option_exists(option) {
                    return Err(ResponseError::UnknownOption(option.clone()));
                }
                usize::from(option == key)
            }
            (Response::Boolean { value }, Key::Boolean(key)) => usize::from(value == key),
            (Response::Order { options }, Key::Order(key)) => {
                let mut sorted = options.clone();
                sorted.sort();
                let mut expected = key.clone();
                expected.sort();
                if sorted != expected {
                    return Err(ResponseError::IncompleteOrder);
                }
                if model.max_score() == 1 {
                    usize::from(options == key)
                } else {
                    let pos = |id: &String| key.iter().position(|k| k == id).unwrap_or(0);
                    let positions: Vec<usize> = options.iter().map(pos).collect();
                    ordering_credit(inversions(&positions), key.len(), model.max_score())
                }
            }
            (Response::Tap { x, y }, Key::Region(key)) => {
                let hit = self.regions.iter().find(|r| r.shape.contains(*x, *y));
                usize::from(hit.is_some_and(|r| &r.id == key))
            }
            (Response::Region { region }, Key::Region(key)) => {
                if !self.regions.iter().any(|r| &r.id == region) {
                    return Err(ResponseError::UnknownOption(region.clone()));
                }
                usize::from(region == key)
            }
            (Response::Path { regions }, Key::Path(key)) => {
                let reached = self.path_reached(regions, key)?;
                usize::from(reached == key.len())
            }
            _ => return Err(wrong()),
        };
        Ok(Some(score))
    }

    /// How many screens of a tap-through item the path got right from the start, after
    /// checking that it could have happened: each region is on its screen, and nothing
    /// follows a wrong tap or the last screen.
    fn path_reached(&self, regions: &[String], key: &[String]) -> Result<usize, ResponseError> {
        if regions.len() > key.len().min(self.steps.len()) {
            return Err(ResponseError::BadPath);
        }
        for (step, region) in self.steps.iter().zip(regions) {
            if !step.has_region(region) {
                return Err(ResponseError::UnknownOption(region.clone()));
            }
        }
        let reached = regions.iter().zip(key).take_while(|(r, k)| r == k).count();
        if reached + 1 < regions.len() {
            return Err(ResponseError::BadPath);
        }
        Ok(reached)
    }
}

/// Pairs of steps in the wrong relative order (the Kendall distance to the right order):
/// `positions[i]` is the right place of the step the learner put at place i.
pub fn inversions(positions: &[usize]) -> usize {
    positions
        .iter()
        .enumerate()
        .map(|(i, p)| positions[i + 1..].iter().filter(|q| *q < p).count())
        .sum()
}

/// Graded credit for an ordering of `steps` steps with `inversions` pairs out of order, on a
/// 0..=`max` scale: `max` times Kendall's tau to the right order, rounded down, and 0 for a tau
/// of 0 or below. Tau is 0 on average for an order chosen at random, so a guessed order earns
/// no credit on average beyond the chance that it happens to be nearly right (for four steps,
/// 3 − inversions: a random order scores 0.58 of 3 on average, where counting the neighbouring
/// pairs in order gave it 1.5). The right order earns `max`, one swap of neighbours `max` − 1
/// for up to five steps.
pub fn ordering_credit(inversions: usize, steps: usize, max: usize) -> usize {
    let pairs = steps * steps.saturating_sub(1) / 2;
    if pairs == 0 || 2 * inversions >= pairs {
        return 0;
    }
    (max * (pairs - 2 * inversions) / pairs).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordering(model: IrtModel) -> Item {
        let step = |id: &str| Choice {
            id: id.into(),
            text: id.into(),
            audio: id.into(),
            image: None,
            value: None,
        };
        Item {
            item_type: ItemType::Ordering,
            options: vec![step("a"), step("b"), step("c"), step("d")],
            key: Key::Order(vec!["a".into(), "b".into(), "c".into(), "d".into()]),
            ..Item::synthetic("x", "0.1", "DEV", model)
        }
    }

    fn order(ids: &[&str]) -> Response {
        Response::Order {
            options: ids.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn graded_ordering_credits_agreement_beyond_chance() {
        let item = ordering(IrtModel::Graded {
            a: 1.0,
            thresholds: vec![-1.0, 0.0, 1.0],
            floor: Vec::new(),
        });
        assert_eq!(item.score(&order(&["a", "b", "c", "d"])), Ok(Some(3)));
        assert_eq!(item.score(&order(&["d", "c", "b", "a"])), Ok(Some(0)));
        // One swap of neighbours: 1 inversion of 6, tau 2/3.
        assert_eq!(item.score(&order(&["b", "a", "c", "d"])), Ok(Some(2)));
        assert_eq!(item.score(&order(&["b", "a", "d", "c"])), Ok(Some(1)));
        // The last step first: 3 inversions, tau 0, no better than chance.
        assert_eq!(item.score(&order(&["b", "c", "d", "a"])), Ok(Some(0)));
        assert_eq!(
            item.score(&order(&["a", "b", "c"])),
            Err(ResponseError::IncompleteOrder)
        );
        let dich = ordering(IrtModel::TwoPl { a: 1.0, b: 0.0 });
        assert_eq!(dich.score(&order(&["b", "a", "c", "d"])), Ok(Some(0)));
        assert_eq!(dich.score(&order(&["a", "b", "c", "d"])), Ok(Some(1)));
    }

    /// Every order of n steps, as the right places of the steps put first, second, …
    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![vec![]];
        }
        let mut all = Vec::new();
        for p in permutations(n - 1) {
            for at in 0..=p.len() {
                let mut q = p.clone();
                q.insert(at, n - 1);
                all.push(q);
            }
        }
        all
    }

    #[test]
    fn a_random_order_earns_little_credit() {
        // Exact means over all orders: 14/24 of 3 for four steps, 49/120 of 4 for five; the
        // neighbouring-pairs rule gave half the maximum. Tau itself averages 0.
        for (n, total) in [(4, 14), (5, 49)] {
            let orders = permutations(n);
            let credit: usize = orders.iter().map(|p| ordering_credit(inversions(p), n, n - 1)).sum();
            assert_eq!(credit, total, "{n} steps");
            let pairs = n * (n - 1) / 2;
            let tau_sum: f64 = orders
                .iter()
                .map(|p| 1.0 - 2.0 * inversions(p) as f64 / pairs as f64)
                .sum();
            assert!(tau_sum.abs() < 1e-9);
            // Every credit is reachable, and only the right order earns the maximum.
            for c in 0..n {
                assert!(orders.iter().any(|p| ordering_credit(inversions(p), n, n - 1) == c));
            }
            let top = orders
                .iter()
                .filter(|p| ordering_credit(inversions(p), n, n - 1) == n - 1)
                .count();
            assert_eq!(top, 1);
        }
    }

    #[test]
    fn hotspot_scores_taps_and_keyboard_choices() {
        let region = |id: &str, shape| Region {
            id: id.into(),
            shape,
            message: Message {
                text: id.into(),
                audio: id.into(),
            },
        };
        let mut item = ordering(IrtModel::TwoPl { a: 1.0, b: 0.0 });
        item.item_type = ItemType::Hotspot;
        item.options.clear();
        item.regions = vec![
            region(
                "call",
                Shape::Circle {
                    cx: 40.0,
                    cy: 600.0,
                    r: 24.0,
                },
            ),
            region(
                "camera",
                Shape::Rect {
                    x: 280.0,
                    y: 580.0,
                    w: 60.0,
                    h: 50.0,
                },
            ),
        ];
        item.key = Key::Region("call".into());
        assert_eq!(item.score(&Response::Tap { x: 50.0, y: 610.0 }), Ok(Some(1)));
        assert_eq!(item.score(&Response::Tap { x: 300.0, y: 600.0 }), Ok(Some(0)));
        assert_eq!(
            item.score(&Response::Tap { x: 150.0, y: 100.0 }),
            Ok(Some(0)),
            "a tap on no region"
        );
        assert_eq!(item.score(&Response::Region { region: "call".into() }), Ok(Some(1)));
        assert_eq!(
            item.score(&Response::Region {
                region: "nowhere".into()
            }),
            Err(ResponseError::UnknownOption("nowhere".into()))
        );
        assert!(matches!(
            item.score(&Response::Boolean { value: true }),
            Err(ResponseError::WrongKind { .. })
        ));
        assert_eq!(
            item.score(&Response::Score { score: 2 }),
            Err(ResponseError::ScoreOutOfRange { score: 2, max: 1 })
        );
        assert_eq!(item.score(&Response::Skip), Ok(Some(0)));
    }

    /// A tap-through item of three screens with 2, 3 and 4 regions side by side (60 px wide),
    /// the key at the second, first and last place.
    fn tap_through() -> Item {
        let screen = |image: &str, ids: &[&str]| Step {
            image: image.into(),
            regions: ids
                .iter()
                .enumerate()
                .map(|(i, id)| Region {
                    id: (*id).into(),
                    shape: Shape::Rect {
                        x: 60.0 * i as f64,
                        y: 0.0,
                        w: 50.0,
                        h: 50.0,
                    },
                    message: Message {
                        text: (*id).into(),
                        audio: (*id).into(),
                    },
                })
                .collect(),
        };
        let mut item = ordering(IrtModel::ThreePl {
            a: 1.0,
            b: 0.0,
            c: 1.0 / 24.0,
        });
        item.item_type = ItemType::TapThrough;
        item.options.clear();
        item.steps = vec![
            screen("home.svg", &["phone", "settings"]),
            screen("settings.svg", &["wifi", "sound", "display"]),
            screen("wifi.svg", &["cafe", "office", "guest", "library"]),
        ];
        item.key = Key::Path(vec!["settings".into(), "wifi".into(), "library".into()]);
        item
    }

    fn path(ids: &[&str]) -> Response {
        Response::Path {
            regions: ids.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_tap_through_scores_only_the_whole_path() {
        let item = tap_through();
        assert_eq!(item.score(&path(&["settings", "wifi", "library"])), Ok(Some(1)));
        // Ended by a wrong tap on the last, the second and the first screen.
        assert_eq!(item.score(&path(&["settings", "wifi", "cafe"])), Ok(Some(0)));
        assert_eq!(item.score(&path(&["settings", "sound"])), Ok(Some(0)));
        assert_eq!(item.score(&path(&["phone"])), Ok(Some(0)));
        // Stopped part way ("I don't know" on the second screen), and not begun.
        assert_eq!(item.score(&path(&["settings"])), Ok(Some(0)));
        assert_eq!(item.score(&path(&[])), Ok(Some(0)));
        assert_eq!(item.score(&Response::Skip), Ok(Some(0)));
    }

    #[test]
    fn a_tap_through_path_must_be_one_that_could_happen() {
        let item = tap_through();
        // Nothing follows a wrong tap, nor the last screen.
        assert_eq!(
            item.score(&path(&["phone", "wifi", "library"])),
            Err(ResponseError::BadPath)
        );
        assert_eq!(
            item.score(&path(&["settings", "wifi", "library", "cafe"])),
            Err(ResponseError::BadPath)
        );
        // Each region must be on its own screen.
        assert_eq!(
            item.score(&path(&["wifi"])),
            Err(ResponseError::UnknownOption("wifi".into()))
        );
        assert!(matches!(
            item.score(&Response::Region {
                region: "settings".into()
            }),
            Err(ResponseError::WrongKind { .. })
        ));
    }

    #[test]
    fn the_chance_of_a_random_tapper_is_the_product_over_screens() {
        let item = tap_through();
        assert!((item.path_chance() - 1.0 / 24.0).abs() < 1e-15);
        // Closed form against enumeration: of the 2·3·4 = 24 ways to tap one region per
        // screen, exactly one is the key, and a wrong tap ends the path.
        let mut right = 0;
        let mut all = 0;
        for a in &item.steps[0].regions {
            for b in &item.steps[1].regions {
                for c in &item.steps[2].regions {
                    all += 1;
                    let ids = [a.id.as_str(), b.id.as_str(), c.id.as_str()];
                    let reached = ids
                        .iter()
                        .zip(["settings", "wifi", "library"])
                        .take_while(|(x, k)| *x == k)
                        .count();
                    let taken = &ids[..(reached + 1).min(3)];
                    right += item.score(&path(taken)).unwrap().unwrap();
                }
            }
        }
        assert_eq!((right, all), (1, 24));
        assert_eq!(ordering(IrtModel::TwoPl { a: 1.0, b: 0.0 }).path_chance(), 1.0);
    }

    #[test]
    fn a_tap_lands_in_the_region_under_it() {
        let item = tap_through();
        let step = &item.steps[2];
        assert_eq!(step.region_at(185.0, 10.0).map(|r| r.id.as_str()), Some("library"));
        assert_eq!(step.region_at(55.0, 10.0), None, "between two regions");
        assert!(step.has_region("cafe") && !step.has_region("wifi"));
    }

    #[test]
    fn shapes_contain_points() {
        let r = Shape::Rect {
            x: 10.0,
            y: 10.0,
            w: 20.0,
            h: 5.0,
        };
        assert!(r.contains(10.0, 15.0) && !r.contains(31.0, 12.0));
        let c = Shape::Circle {
            cx: 0.0,
            cy: 0.0,
            r: 2.0,
        };
        assert!(c.contains(1.0, 1.0) && !c.contains(2.0, 1.0));
    }
}
