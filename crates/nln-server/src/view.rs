//! What clients see. Items go out as the core's `Presentation`: localized text with the locale
//! that served it, audio and picture references, answers by UI id in this session's order.
//! Never the key, IRT parameters, scoring rule or even option ids.

use nln_core::cat::DeliveryMode;
use nln_core::present::Presentation;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

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

    /// The core's delivery mode.
    pub fn delivery(self) -> DeliveryMode {
        match self {
            Mode::SelfPaced => DeliveryMode::SelfAdministered,
            Mode::Assisted => DeliveryMode::Assisted,
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
    /// Items answered so far (scored and access questions). A tap-through item counts once,
    /// when its last tap is in, though each of its taps is a stored answer.
    pub answered: i64,
    /// The `seq` the answer to `item` must carry: one more than the answers stored, one per
    /// screen of a tap-through item.
    pub next_seq: Option<i64>,
    /// The item waiting for an answer, as the core presents it (`nln_core::present`).
    #[schema(value_type = Option<Object>)]
    pub item: Option<Presentation>,
    pub created_at: String,
    pub finished_at: Option<String>,
    /// What the learner consented to besides placement.
    pub consent: crate::api::Consent,
}
