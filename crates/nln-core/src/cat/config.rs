use super::convergence::Convergence;
use super::selection_rules::SelectionRule;
use crate::estimate::{EstimationSettings, Method};
use serde::{Deserialize, Serialize};

/// How an adaptive test runs. Stored inside every saved session, so a resumed session goes on
/// under the rules it started with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct CatConfig {
    /// Estimator used to choose the next item and to check the stopping rules.
    pub interim_method: Method,
    /// Estimator used for the reported result.
    pub final_method: Method,
    /// Prior, quadrature and search bounds of the estimators.
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
    /// When the test ends.
    pub stopping: StoppingRules,
    /// How the next item is chosen (`cat::selection_rules`); maximum information by default.
    #[serde(skip_serializing_if = "SelectionRule::is_default")]
    pub selection: SelectionRule,
    /// Theta-change and predicted-SE-reduction stops (`cat::convergence`); off by default.
    #[serde(skip_serializing_if = "Convergence::is_off")]
    pub convergence: Convergence,
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
            selection: SelectionRule::default(),
            convergence: Convergence::default(),
        }
    }
}

/// When the test ends. The first rule met ends it; `min_items` holds back the precision and
/// classification rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct StoppingRules {
    /// Scored items before the precision and classification rules may stop the test.
    pub min_items: usize,
    /// Scored items after which the test stops.
    pub max_items: usize,
    /// Stop once the standard error is at most this.
    pub se_target: Option<f64>,
    /// Stop once a sequential probability ratio test has decided the level (see `stopping`).
    pub classification: Option<Classification>,
    /// Before a precision or classification stop, serve areas with too few answers (see
    /// [`AreaProbes`]).
    pub probes: Option<AreaProbes>,
    /// Once the level is decided, spend a few items where the irregular-profile decision is
    /// close (see [`GapProbes`]); `None`: off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gap_probes: Option<GapProbes>,
}

/// Targeted gap probes. The irregular-profile rule (a core area against the rest of the test,
/// `placement`) needs far more answers per area than the adaptive test gives, so once the
/// level is decided (the precision, classification or convergence rule would stop, and no
/// [`AreaProbes`] item is due) the test may go on for at most `extra_items` scored items:
/// each serves the measured core area whose difference from the rest of the test is most
/// credible without yet being decided (difference / SE at least `min_z`), with the item most
/// informative at that area's own estimate. It stops as soon as no area is close, the profile
/// is decided irregular, or the extra items are spent.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GapProbes {
    /// Scored items at most after the level is decided.
    pub extra_items: usize,
    /// A core area is close while its difference from the rest is at least this many SEs.
    pub min_z: f64,
}

impl Default for GapProbes {
    fn default() -> Self {
        GapProbes {
            extra_items: 8,
            min_z: 1.0,
        }
    }
}

/// Targeted area probes. An area measured on one or two answers gets "not enough evidence" in
/// the report, and an unmeasured one "not measured"; when the level is already decided early,
/// a few more answers buy area evidence for little length. So when the precision or
/// classification rule would stop a test that is shorter than `max_length`, the test goes on
/// with the area furthest below `min_area_items` answers (fewest first, then framework order)
/// until every area with items left has that many or the test reaches `max_length`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaProbes {
    /// Scored answers each area should have before an early stop.
    pub min_area_items: usize,
    /// Probes only while the test has fewer scored answers than this.
    pub max_length: usize,
}

impl Default for AreaProbes {
    fn default() -> Self {
        AreaProbes {
            min_area_items: 2,
            max_length: 18,
        }
    }
}

/// The SPRT classification rule around the cuts nearest the estimate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    /// Half-width δ of the indifference region around each cut (theta units).
    pub indifference: f64,
    /// Error rate α (= β) of each cut's decision.
    pub error: f64,
    /// Also stop once the SPRT puts the learner below the cut of this level, provided the
    /// answers fit the estimate (person fit, `stopping::pattern_fits`) and the SPRT does not
    /// rule out the estimate's own level (see `stopping`): the levels under it are
    /// not split further, which shortens the least able learners' tests (easy items carry
    /// little information under a guessing floor). 3 by default; the fit guard keeps responders
    /// who ignore the questions at F or 1 (README, "A floor for the classification stop").
    /// `None`: only the two cuts around the estimate decide.
    #[serde(default)]
    pub stop_below_level: Option<u8>,
}

impl Default for Classification {
    fn default() -> Self {
        Classification {
            indifference: 0.75,
            error: 0.10,
            stop_below_level: Some(3),
        }
    }
}

impl StoppingRules {
    /// Caps the test at `max` scored items (at least 1, at most [`limits::MAX_ITEMS`]),
    /// lowering the minimum and the area probes' length to fit.
    pub fn cap_length(&mut self, max: usize) {
        self.max_items = max.clamp(limits::MAX_ITEMS.0, limits::MAX_ITEMS.1);
        self.min_items = self.min_items.min(self.max_items);
        if let Some(probes) = &mut self.probes {
            probes.max_length = probes.max_length.min(self.max_items);
        }
    }
}

impl Default for StoppingRules {
    fn default() -> Self {
        StoppingRules {
            min_items: 10,
            max_items: 30,
            se_target: Some(0.33),
            classification: Some(Classification::default()),
            probes: Some(AreaProbes::default()),
            gap_probes: None,
        }
    }
}

/// Limits a config must keep. A config can come from a saved file; outside these ranges the
/// estimators would allocate without bound (quadrature points), divide by zero (prior SD) or
/// run a test no learner could finish.
pub mod limits {
    /// Quadrature points for EAP.
    pub const QUADRATURE_POINTS: (usize, usize) = (11, 1001);
    /// Prior mean, on the logit scale.
    pub const PRIOR_MEAN: (f64, f64) = (-6.0, 6.0);
    /// Prior standard deviation (must be positive).
    pub const PRIOR_SD: (f64, f64) = (0.1, 10.0);
    /// Search bound of MLE and WLE.
    pub const THETA_BOUND: (f64, f64) = (1.0, 10.0);
    /// Starting ability.
    pub const START_THETA: (f64, f64) = (-6.0, 6.0);
    /// Randomesque draw size.
    pub const RANDOMESQUE: (usize, usize) = (1, 50);
    /// Test length in scored items.
    pub const MAX_ITEMS: (usize, usize) = (1, 500);
    /// Standard-error target.
    pub const SE_TARGET: (f64, f64) = (0.05, 5.0);
    /// Half-width of the SPRT indifference region around a cut.
    pub const INDIFFERENCE: (f64, f64) = (0.01, 3.0);
    /// Error rate of each SPRT decision.
    pub const SPRT_ERROR: (f64, f64) = (0.001, 0.49);
    /// Theta-change stopping threshold.
    pub const THETA_CHANGE: (f64, f64) = (0.0001, 2.0);
    /// Predicted-SE-reduction stopping threshold.
    pub const SE_REDUCTION: (f64, f64) = (0.00001, 1.0);
    /// Half-width of the Kullback–Leibler interval after one answer.
    pub const KL_WIDTH: (f64, f64) = (0.1, 6.0);
    /// How many SEs a core area's difference from the rest must reach for a gap probe.
    pub const GAP_PROBE_Z: (f64, f64) = (0.0, 10.0);
    /// Strata of a-stratified selection.
    pub const STRATA: (usize, usize) = (1, 20);
}

/// A config value outside its sane range: which field, and the range it must lie in.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("config field `{field}` must lie between {min} and {max}")]
pub struct ConfigError {
    /// Field path in the saved config (`estimation.prior.sd`): language-independent.
    pub field: &'static str,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
}

impl ConfigError {
    /// Fluent message id (arguments `field`, `min`, `max`).
    pub const MESSAGE_ID: &'static str = "config-error-range";
}

fn check_f64(field: &'static str, value: f64, (min, max): (f64, f64)) -> Result<(), ConfigError> {
    // NaN fails both comparisons and so is refused, like infinities.
    if value >= min && value <= max {
        Ok(())
    } else {
        Err(ConfigError { field, min, max })
    }
}

fn check_usize(field: &'static str, value: usize, (min, max): (usize, usize)) -> Result<(), ConfigError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(ConfigError {
            field,
            min: min as f64,
            max: max as f64,
        })
    }
}

impl CatConfig {
    /// Checks every value against [`limits`]; the first value out of range is reported.
    ///
    /// # Errors
    /// A [`ConfigError`] naming the field and its allowed range.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let e = &self.estimation;
        check_usize(
            "estimation.quadrature_points",
            e.quadrature_points,
            limits::QUADRATURE_POINTS,
        )?;
        check_f64("estimation.prior.mean", e.prior.mean, limits::PRIOR_MEAN)?;
        check_f64("estimation.prior.sd", e.prior.sd, limits::PRIOR_SD)?;
        check_f64("estimation.theta_bound", e.theta_bound, limits::THETA_BOUND)?;
        check_usize("randomesque", self.randomesque, limits::RANDOMESQUE)?;
        if let Some(start) = self.start_theta {
            check_f64("start_theta", start, limits::START_THETA)?;
        }
        let s = &self.stopping;
        check_usize("stopping.max_items", s.max_items, limits::MAX_ITEMS)?;
        check_usize("stopping.min_items", s.min_items, (0, s.max_items))?;
        if let Some(se) = s.se_target {
            check_f64("stopping.se_target", se, limits::SE_TARGET)?;
        }
        if let Some(c) = s.classification {
            check_f64(
                "stopping.classification.indifference",
                c.indifference,
                limits::INDIFFERENCE,
            )?;
            check_f64("stopping.classification.error", c.error, limits::SPRT_ERROR)?;
        }
        if let Some(p) = s.probes {
            check_usize("stopping.probes.min_area_items", p.min_area_items, limits::MAX_ITEMS)?;
            check_usize("stopping.probes.max_length", p.max_length, (0, s.max_items))?;
        }
        if let Some(g) = s.gap_probes {
            check_usize(
                "stopping.gap_probes.extra_items",
                g.extra_items,
                (0, limits::MAX_ITEMS.1),
            )?;
            check_f64("stopping.gap_probes.min_z", g.min_z, limits::GAP_PROBE_Z)?;
        }
        if let Some(t) = self.convergence.theta_change {
            check_f64("convergence.theta_change", t, limits::THETA_CHANGE)?;
        }
        if let Some(t) = self.convergence.se_reduction {
            check_f64("convergence.se_reduction", t, limits::SE_REDUCTION)?;
        }
        match self.selection {
            SelectionRule::KullbackLeibler { width } => check_f64("selection.width", width, limits::KL_WIDTH)?,
            SelectionRule::AStratified { strata } => check_usize("selection.strata", strata, limits::STRATA)?,
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_capped_length_is_a_valid_config() {
        for max in 1..=limits::MAX_ITEMS.1 {
            let mut config = CatConfig::default();
            config.stopping.cap_length(max);
            assert_eq!(config.validate(), Ok(()), "max_items {max}");
            assert!(config.stopping.probes.unwrap().max_length <= max);
        }
    }

    #[test]
    fn default_config_is_valid() {
        assert_eq!(CatConfig::default().validate(), Ok(()));
    }

    #[test]
    fn out_of_range_values_name_their_field() {
        type Edit = Box<dyn Fn(&mut CatConfig)>;
        let cases: Vec<(&str, Edit)> = vec![
            ("estimation.prior.sd", Box::new(|c| c.estimation.prior.sd = 0.0)),
            ("estimation.prior.sd", Box::new(|c| c.estimation.prior.sd = f64::NAN)),
            (
                "estimation.prior.mean",
                Box::new(|c| c.estimation.prior.mean = f64::INFINITY),
            ),
            (
                "estimation.quadrature_points",
                Box::new(|c| c.estimation.quadrature_points = 10_000_000_000),
            ),
            (
                "estimation.quadrature_points",
                Box::new(|c| c.estimation.quadrature_points = 0),
            ),
            ("estimation.theta_bound", Box::new(|c| c.estimation.theta_bound = -1.0)),
            ("randomesque", Box::new(|c| c.randomesque = 0)),
            ("start_theta", Box::new(|c| c.start_theta = Some(f64::NAN))),
            ("stopping.max_items", Box::new(|c| c.stopping.max_items = 0)),
            ("stopping.max_items", Box::new(|c| c.stopping.max_items = usize::MAX)),
            ("stopping.min_items", Box::new(|c| c.stopping.min_items = 31)),
            ("stopping.se_target", Box::new(|c| c.stopping.se_target = Some(0.0))),
            (
                "stopping.probes.max_length",
                Box::new(|c| {
                    c.stopping.probes = Some(AreaProbes {
                        min_area_items: 2,
                        max_length: 31,
                    })
                }),
            ),
            (
                "stopping.probes.min_area_items",
                Box::new(|c| {
                    c.stopping.probes = Some(AreaProbes {
                        min_area_items: 0,
                        max_length: 20,
                    })
                }),
            ),
            (
                "stopping.classification.error",
                Box::new(|c| {
                    c.stopping.classification = Some(Classification {
                        indifference: 0.5,
                        error: 0.5,
                        stop_below_level: None,
                    })
                }),
            ),
        ];
        for (field, edit) in cases {
            let mut c = CatConfig::default();
            edit(&mut c);
            assert_eq!(c.validate().map_err(|e| e.field), Err(field));
        }
    }
}

#[cfg(test)]
mod mutation_tests;
