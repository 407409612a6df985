//! What clients see. Items go out presentation-only: localized text with the locale that
//! served it, audio and picture references, option/region/category ids. Never the key, IRT
//! parameters or scoring rule — those stay in the server's copy of the bank.

use nln_core::content::{Item, ItemType, Message};
use nln_core::i18n::Localizer;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A localized message.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Text {
    pub text: String,
    /// The locale that served this text (a fallback when the language lacks it).
    pub locale: String,
    /// The audio clip of this text (`<locale>/<clip>.opus`), when the locale lists one.
    pub audio: Option<String>,
}

/// One option of a choice, self-report or ordering item.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OptionView {
    pub id: String,
    pub text: Text,
    pub image: Option<String>,
}

/// One region of a hotspot picture, for the keyboard/audio alternative to tapping.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RegionView {
    pub id: String,
    pub text: Text,
}

/// One score category of a task item (recorded by an assessor or the practice app).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CategoryView {
    pub score: u8,
    pub text: Text,
}

/// An item as a client shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ItemView {
    pub id: String,
    /// `choice`, `true_false`, `ordering`, `hotspot`, `task` or `self_report`.
    #[serde(rename = "type")]
    pub item_type: String,
    /// False for the unscored access questions.
    pub scored: bool,
    /// The learner's resolved locale and its writing direction (`ltr` / `rtl`).
    pub locale: String,
    pub direction: String,
    pub prompt: Text,
    pub image: Option<String>,
    pub options: Vec<OptionView>,
    pub regions: Vec<RegionView>,
    pub categories: Vec<CategoryView>,
    /// Answer kinds this item takes (`skip` always fits: "I don't know").
    pub answer_kinds: Vec<String>,
}

fn text(loc: &Localizer, id: &str, audio: &str) -> Text {
    let (text, locale) = match loc.lookup(id, &[]) {
        Some(l) => (l.text, l.locale),
        None => (id.to_string(), loc.locale().to_string()),
    };
    Text {
        text,
        locale,
        audio: loc.audio(audio).map(|c| c.file.clone()),
    }
}

fn message(loc: &Localizer, m: &Message) -> Text {
    text(loc, &m.text, &m.audio)
}

/// The answer kinds an item takes; `score` only where the delivery mode allows it.
pub fn answer_kinds(item: &Item, mode: Mode) -> Vec<&'static str> {
    let mut kinds = match item.item_type {
        ItemType::Choice | ItemType::SelfReport => vec!["choice"],
        ItemType::TrueFalse => vec!["boolean"],
        ItemType::Ordering => vec!["order"],
        ItemType::Hotspot => vec!["tap", "region"],
        ItemType::Task => vec!["score"],
    };
    if mode == Mode::Assisted && item.is_scored() && item.item_type != ItemType::Task {
        kinds.push("score");
    }
    kinds.push("skip");
    kinds
}

pub fn item(loc: &Localizer, item: &Item, mode: Mode) -> ItemView {
    ItemView {
        id: item.id.clone(),
        item_type: item.item_type.name().to_string(),
        scored: item.is_scored(),
        locale: loc.locale().to_string(),
        direction: loc.direction().to_string(),
        prompt: message(loc, &item.prompt),
        image: item.image.clone(),
        options: item
            .options
            .iter()
            .map(|o| OptionView {
                id: o.id.clone(),
                text: text(loc, &o.text, &o.audio),
                image: o.image.clone(),
            })
            .collect(),
        regions: item
            .regions
            .iter()
            .map(|r| RegionView {
                id: r.id.clone(),
                text: message(loc, &r.message),
            })
            .collect(),
        categories: item
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| CategoryView {
                score: i as u8,
                text: message(loc, c),
            })
            .collect(),
        answer_kinds: answer_kinds(item, mode).into_iter().map(String::from).collect(),
    }
}

/// How the test is delivered: the learner alone, or an assessor beside them who may record
/// observed scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    #[serde(rename = "self")]
    SelfPaced,
    Assisted,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::SelfPaced => "self",
            Mode::Assisted => "assisted",
        }
    }

    pub fn parse(s: &str) -> Mode {
        if s == "assisted" {
            Mode::Assisted
        } else {
            Mode::SelfPaced
        }
    }
}

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// An item is waiting for its answer.
    InProgress,
    /// A stopping rule ended the test.
    Finished,
    /// Stopped early by the agency; the result uses the answers given.
    Stopped,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::InProgress => "in_progress",
            Status::Finished => "finished",
            Status::Stopped => "stopped",
        }
    }

    pub fn parse(s: &str) -> Status {
        match s {
            "finished" => Status::Finished,
            "stopped" => Status::Stopped,
            _ => Status::InProgress,
        }
    }
}

/// A session as the API returns it: where it stands and the item waiting, if any.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionView {
    pub id: String,
    pub learner_ref: String,
    pub language: String,
    pub bank: String,
    pub mode: Mode,
    pub status: Status,
    /// Why the test ended (`precision`, `classified`, `max_items`, `bank_exhausted`,
    /// `stopped_early`).
    pub stop_reason: Option<String>,
    /// Answers stored so far.
    pub answered: i64,
    /// The `seq` the answer to `item` must carry (`answered + 1`).
    pub next_seq: Option<i64>,
    pub item: Option<ItemView>,
    pub created_at: String,
    pub finished_at: Option<String>,
}
