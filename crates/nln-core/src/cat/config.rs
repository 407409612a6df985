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
    /// Stop once a sequential probability ratio test has decided the level (see `stopping`).
    pub classification: Option<Classification>,
}

/// The SPRT classification rule around the cuts nearest the estimate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    /// Half-width δ of the indifference region around each cut (theta units).
    pub indifference: f64,
    /// Error rate α (= β) of each cut's decision.
    pub error: f64,
}

impl Default for Classification {
    fn default() -> Self {
        Classification {
            indifference: 0.75,
            error: 0.10,
        }
    }
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
            classification: Some(Classification::default()),
        }
    }
}
