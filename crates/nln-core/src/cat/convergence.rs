//! Stopping rules that ask whether more items would still change the result, beside the
//! standard-error target and the SPRT of `stopping`:
//!
//! - **theta change** (Babcock & Weiss, 2009): stop once the estimate moved less than a
//!   threshold with the last answer;
//! - **predicted standard-error reduction** (Choi, Grady & Dodd, 2011): stop once the best item
//!   left would lower the standard error by less than a threshold, predicted as
//!   `SE − 1/√(1/SE² + I_best(θ̂))`.
//!
//! Both hold back until the minimum length, like the other early stops; both are off unless a
//! config switches them on.

use serde::{Deserialize, Serialize};

/// The convergence rules of a config (both off by default).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Convergence {
    /// Stop once the estimate moved less than this (theta units) with the last scored answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theta_change: Option<f64>,
    /// Stop once the best remaining item would lower the SE by less than this.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub se_reduction: Option<f64>,
}

impl Convergence {
    /// Whether both rules are off (so saved configs leave them out).
    pub fn is_off(&self) -> bool {
        *self == Convergence::default()
    }
}

/// The SE after one more item of information `information`, predicted from the current SE.
pub fn predicted_se(se: f64, information: f64) -> f64 {
    if se.is_nan() || se <= 0.0 {
        return 0.0;
    }
    1.0 / (1.0 / (se * se) + information.max(0.0)).sqrt()
}

/// Which convergence rule stops the test, if one does: the theta change first (it needs no
/// look at the bank), then the predicted SE reduction. `previous` is the estimate before the
/// last scored answer (`None` before any); `best_information` the largest information among
/// the items left at the current estimate, asked for only when that rule is on.
pub fn check(
    rules: &Convergence,
    theta: f64,
    se: f64,
    previous: Option<f64>,
    best_information: impl FnOnce() -> f64,
) -> Option<ConvergenceStop> {
    if let (Some(limit), Some(before)) = (rules.theta_change, previous) {
        if (theta - before).abs() < limit {
            return Some(ConvergenceStop::ThetaChange);
        }
    }
    if let Some(limit) = rules.se_reduction {
        if se - predicted_se(se, best_information()) < limit {
            return Some(ConvergenceStop::SeReduction);
        }
    }
    None
}

/// Which convergence rule fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConvergenceStop {
    /// The estimate moved less than the threshold.
    ThetaChange,
    /// More items would barely lower the standard error.
    SeReduction,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both rules stop on a change strictly below their threshold; exactly at it the test
    /// goes on (every number here is exact in binary).
    #[test]
    fn a_change_exactly_at_the_threshold_does_not_stop() {
        let theta = Convergence {
            theta_change: Some(0.25),
            ..Convergence::default()
        };
        assert_eq!(check(&theta, 1.0, 0.5, Some(0.75), || 0.0), None);
        assert_eq!(
            check(&theta, 1.0, 0.5, Some(0.875), || 0.0),
            Some(ConvergenceStop::ThetaChange)
        );
        // SE 0.5 is information 4; 12 more make 16: SE 0.25, a reduction of exactly 0.25.
        let se = Convergence {
            se_reduction: Some(0.25),
            ..Convergence::default()
        };
        assert_eq!(predicted_se(0.5, 12.0), 0.25);
        assert_eq!(check(&se, 1.0, 0.5, None, || 12.0), None);
        assert_eq!(check(&se, 1.0, 0.5, None, || 5.0), Some(ConvergenceStop::SeReduction));
    }

    #[test]
    fn convergence_is_off_only_with_both_rules_off() {
        assert!(Convergence::default().is_off());
        let theta = Convergence {
            theta_change: Some(0.05),
            ..Convergence::default()
        };
        let se = Convergence {
            se_reduction: Some(0.01),
            ..Convergence::default()
        };
        assert!(!theta.is_off() && !se.is_off());
    }

    #[test]
    fn the_predicted_se_adds_the_items_information_to_the_tests() {
        // SE 0.5 is information 4; one item of information 4 makes 8: SE 1/√8.
        assert!((predicted_se(0.5, 4.0) - 1.0 / 8f64.sqrt()).abs() < 1e-15);
        assert_eq!(predicted_se(0.5, 0.0), 0.5);
        assert_eq!(predicted_se(0.0, 1.0), 0.0);
        assert_eq!(predicted_se(f64::NAN, 1.0), 0.0);
    }

    #[test]
    fn each_rule_fires_at_its_threshold_only() {
        let theta = Convergence {
            theta_change: Some(0.05),
            se_reduction: None,
        };
        let never = || panic!("the SE rule is off");
        assert_eq!(
            check(&theta, 1.00, 0.4, Some(0.96), never),
            Some(ConvergenceStop::ThetaChange)
        );
        assert_eq!(check(&theta, 1.00, 0.4, Some(0.94), never), None);
        assert_eq!(
            check(&theta, 1.00, 0.4, None, never),
            None,
            "no answer yet: no change to judge"
        );
        let se = Convergence {
            theta_change: None,
            se_reduction: Some(0.01),
        };
        // SE 0.3 (information 11.1): an item of information 0.5 lowers it by 0.0066, one of 1.0
        // by 0.0127.
        assert_eq!(
            check(&se, 0.0, 0.3, Some(0.0), || 0.5),
            Some(ConvergenceStop::SeReduction)
        );
        assert_eq!(check(&se, 0.0, 0.3, Some(0.0), || 1.0), None);
        assert_eq!(check(&Convergence::default(), 0.0, 0.3, Some(0.0), never), None);
    }
}
