use super::config::StoppingRules;
use super::z_for_confidence;
use crate::content::LevelScale;
use crate::estimate::Estimate;
use serde::{Deserialize, Serialize};

/// Why a test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// The standard error reached the target.
    Precision,
    /// The confidence interval lies inside one level.
    Classified,
    /// The maximum length was reached.
    MaxItems,
    /// No eligible item was left.
    BankExhausted,
}

impl StopReason {
    /// Every stop reason.
    pub const ALL: [StopReason; 4] = [
        StopReason::Precision,
        StopReason::Classified,
        StopReason::MaxItems,
        StopReason::BankExhausted,
    ];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            StopReason::Precision => "stop-precision",
            StopReason::Classified => "stop-classified",
            StopReason::MaxItems => "stop-max-items",
            StopReason::BankExhausted => "stop-bank-exhausted",
        }
    }

    /// Snake-case name, as serialized (`max_items`).
    pub fn name(self) -> &'static str {
        match self {
            StopReason::Precision => "precision",
            StopReason::Classified => "classified",
            StopReason::MaxItems => "max_items",
            StopReason::BankExhausted => "bank_exhausted",
        }
    }
}

/// Applies the rules after `answered` scored items with the current estimate.
pub fn check(
    rules: &StoppingRules,
    answered: usize,
    items_left: bool,
    estimate: &Estimate,
    levels: &LevelScale,
) -> Option<StopReason> {
    if answered >= rules.max_items {
        return Some(StopReason::MaxItems);
    }
    if !items_left {
        return Some(StopReason::BankExhausted);
    }
    if answered < rules.min_items {
        return None;
    }
    if rules.se_target.is_some_and(|target| estimate.se <= target) {
        return Some(StopReason::Precision);
    }
    if let Some(confidence) = rules.classification_confidence {
        let half = z_for_confidence(confidence) * estimate.se;
        if levels.level_of(estimate.theta - half) == levels.level_of(estimate.theta + half) {
            return Some(StopReason::Classified);
        }
    }
    None
}
