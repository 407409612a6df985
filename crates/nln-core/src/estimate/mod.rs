//! Ability estimation from scored responses: EAP, MAP, MLE and Warm's WLE, each with a standard
//! error.
//!
//! The methods follow the definitions used by catR (`thetaEst`, `semTheta`) and mirt
//! (`fscores`): EAP is the posterior mean under a normal prior by quadrature and its SE the
//! posterior standard deviation; MAP maximises the posterior, SE from test information plus
//! prior precision; MLE maximises the likelihood inside the theta bounds (so an all-correct or
//! all-wrong pattern gives the bound, flagged, never a divergence); WLE solves Warm's (1989)
//! bias-corrected score equation, which stays finite for extreme patterns.

mod batch;
mod eap;
mod grid;
#[cfg(test)]
mod mutation_tests;
mod optimise;
pub mod person_fit;
mod point;
mod sum_score;

pub use batch::EapScorer;
pub use eap::eap;
pub use grid::{LikelihoodGrid, Quadrature};
pub use point::{map, mle, wle};
pub use sum_score::{eap_sum_table, summed_score_likelihoods, SumScoreRow};

use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};

/// One scored response: the item's model and the score observed (0..=max score).
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    /// The item's response model, borrowed from the bank (estimation never copies items).
    pub model: &'a IrtModel,
    /// The score category observed.
    pub score: usize,
}

impl<'a> Scored<'a> {
    /// A response scored `score` on an item of `model`.
    pub fn new(model: &'a IrtModel, score: usize) -> Self {
        Scored { model, score }
    }
}

/// Normal prior on theta.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct NormalPrior {
    /// Where the population (or this learner's start) is centred.
    pub mean: f64,
    /// Population spread; it bounds how far the prior pulls an estimate.
    pub sd: f64,
}

impl Default for NormalPrior {
    fn default() -> Self {
        NormalPrior { mean: 0.0, sd: 1.0 }
    }
}

impl NormalPrior {
    /// Log density up to a constant.
    pub fn log_density(&self, theta: f64) -> f64 {
        let z = (theta - self.mean) / self.sd;
        -0.5 * z * z
    }
}

/// Which estimator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Expected a posteriori (posterior mean).
    Eap,
    /// Maximum a posteriori (posterior mode).
    Map,
    /// Maximum likelihood.
    Mle,
    /// Warm's weighted likelihood.
    Wle,
}

impl Method {
    /// Every method.
    pub const ALL: [Method; 4] = [Method::Eap, Method::Map, Method::Mle, Method::Wle];

    /// Fluent id of the method's name (`method-eap`).
    pub fn message_id(self) -> &'static str {
        match self {
            Method::Eap => "method-eap",
            Method::Map => "method-map",
            Method::Mle => "method-mle",
            Method::Wle => "method-wle",
        }
    }

    /// Lower-case name (`eap`, `map`, `mle`, `wle`), on the command line and in saved configs.
    pub fn name(self) -> &'static str {
        match self {
            Method::Eap => "eap",
            Method::Map => "map",
            Method::Mle => "mle",
            Method::Wle => "wle",
        }
    }

    /// Parses a lower-case name.
    pub fn parse(name: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// Settings shared by the estimators.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EstimationSettings {
    /// Prior for EAP and MAP.
    pub prior: NormalPrior,
    /// Quadrature points for EAP (equally spaced over the prior mean +- 6 SD).
    pub quadrature_points: usize,
    /// MLE and WLE search inside [-bound, bound].
    pub theta_bound: f64,
}

impl Default for EstimationSettings {
    fn default() -> Self {
        EstimationSettings {
            prior: NormalPrior::default(),
            quadrature_points: 61,
            theta_bound: 6.0,
        }
    }
}

/// A point estimate of ability with its standard error.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Ability on the bank's logistic metric.
    pub theta: f64,
    /// Standard error (posterior SD for EAP), what stopping and confidence bands use.
    pub se: f64,
    /// The estimator that produced it.
    pub method: Method,
    /// True when the estimate sits on the search bound (MLE of an all-correct or all-wrong
    /// pattern): the likelihood has no interior maximum.
    pub bounded: bool,
}

/// Test (Fisher) information of a set of items at `theta`.
pub fn test_information<'a>(models: impl IntoIterator<Item = &'a IrtModel>, theta: f64) -> f64 {
    models.into_iter().map(|m| m.information(theta)).sum()
}

/// Log-likelihood of the responses at `theta` with its first and second derivatives.
pub fn log_likelihood(responses: &[Scored<'_>], theta: f64) -> (f64, f64, f64) {
    let (mut l, mut d1, mut d2) = (0.0, 0.0, 0.0);
    for r in responses {
        let d = r.model.derivatives(theta, r.score);
        let p = d.p.max(f64::MIN_POSITIVE);
        l += p.ln();
        let g = d.dp / p;
        d1 += g;
        d2 += d.d2p / p - g * g;
    }
    (l, d1, d2)
}

/// Estimates ability with `method`.
pub fn estimate(method: Method, responses: &[Scored<'_>], settings: &EstimationSettings) -> Estimate {
    match method {
        Method::Eap => eap(responses, &Quadrature::new(settings.prior, settings.quadrature_points)),
        Method::Map => map(responses, settings.prior, settings.theta_bound),
        Method::Mle => mle(responses, settings.theta_bound),
        Method::Wle => wle(responses, settings.theta_bound),
    }
}
