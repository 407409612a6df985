use crate::estimate::{EstimationSettings, Method};
use serde::{Deserialize, Serialize};

/// How an adaptive test runs. Stored inside every saved session, so a resumed session goes on
/// under the rules it started with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CatConfig {
    /// Estimator used to choose the next item and to check the stopping rules.
    pub interim_method: Method,
    /// Estimator used for the reported result.
    pub final_method: Method,
    pub estimation: EstimationSettings,
    /// Draw the next item at random among this many most informative (1 = pure maximum
    /// information).
    pub randomesque: usize,
    /// Balance competency areas toward their framework weights.
    pub content_balancing: bool,
    /// Ask the unscored access questions (self-report items) before the scored items.
    pub access_questionnaire: bool,
    /// Ability the first item is chosen for, before any scored answer (`None`: the prior
    /// mean). Starting below the middle gives a newcomer an easier first question.
    pub start_theta: Option<f64>,
    /// Let the access answers set the start and the prior mean (`cat::start`); without an
    /// answer in its table the fixed `start_theta` stays.
    pub start_from_access: bool,
    pub stopping: StoppingRules,
}

impl Default for CatConfig {
    fn default() -> Self {
        CatConfig {
            interim_method: Method::Eap,
            final_method: Method::Eap,
            estimation: EstimationSettings::default(),
            randomesque: 3,
            content_balancing: true,
            access_questionnaire: true,
            start_theta: Some(-1.0),
            start_from_access: true,
            stopping: StoppingRules::default(),
        }
    }
}

/// When the test ends. The first rule met ends it; `min_items` holds back the precision and
/// classification rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StoppingRules {
    pub min_items: usize,
    pub max_items: usize,
    /// Stop once the standard error is at most this.
    pub se_target: Option<f64>,
    /// Stop once the ability confidence interval at this level lies inside one NLN level.
    pub classification_confidence: Option<f64>,
}

impl StoppingRules {
    /// Caps the test at `max` scored items (at least 1), lowering the minimum to fit.
    pub fn cap_length(&mut self, max: usize) {
        self.max_items = max.max(1);
        self.min_items = self.min_items.min(self.max_items);
    }
}

impl Default for StoppingRules {
    fn default() -> Self {
        StoppingRules {
            min_items: 10,
            max_items: 30,
            se_target: Some(0.33),
            classification_confidence: Some(0.90),
        }
    }
}
