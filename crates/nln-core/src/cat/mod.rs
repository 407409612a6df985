//! The computerised adaptive test: which item next, when to stop, and a session value that can be
//! saved after every answer and resumed.
//!
//! Selection is maximum Fisher information at the interim estimate (Lord, 1980), with
//! Kingsbury & Zara (1989) content balancing across competency areas, randomesque exposure
//! control (Kingsbury & Zara, 1989: draw among the k most informative items), Sympson–Hetter
//! exposure control from the bank's per-item `exposure_acceptance` (Sympson & Hetter, 1985;
//! drawn from the session seed, so a resumed session replays it), and item exposure limits
//! enforced from observed rates (restricted maximum information, Revuelta & Ponsoda, 1998).
//! Stopping combines minimum and maximum length, a standard-error target and a sequential
//! probability ratio test around the cuts nearest the estimate (Eggen, 1999), with an early
//! stop below NLN 3 for answers that fit the estimate (person fit lz).

mod config;
pub mod convergence;
mod exposure;
mod most_informative;
mod selection;
pub mod selection_rules;
mod session;
pub mod start;
pub mod stopping;

pub use config::{limits, AreaProbes, CatConfig, Classification, ConfigError, GapProbes, StoppingRules};
pub use convergence::Convergence;
pub use exposure::{sympson_hetter_update, ExposureLedger};
pub use selection_rules::SelectionRule;
pub(crate) use session::step_seed;
pub use session::{Answer, DeliveryMode, Next, Pending, Session, SessionError, SessionState, Setup, STATE_FORMAT};
pub use stopping::StopReason;

/// Two-sided standard normal quantile for a confidence level (0.95 gives 1.96).
pub fn z_for_confidence(confidence: f64) -> f64 {
    use statrs::distribution::{ContinuousCDF, Normal};
    let confidence = confidence.clamp(1e-6, 1.0 - 1e-12);
    Normal::standard().inverse_cdf(0.5 + confidence / 2.0)
}

#[cfg(test)]
mod tests {
    /// Two-sided quantiles from the standard normal tables.
    #[test]
    fn z_for_confidence_is_the_two_sided_normal_quantile() {
        for (confidence, z) in [
            (0.90, 1.644_853_626_951_472_2),
            (0.95, 1.959_963_984_540_054),
            (0.99, 2.575_829_303_548_901),
        ] {
            assert!((super::z_for_confidence(confidence) - z).abs() < 1e-9, "{confidence}");
        }
        // Certainty is held just below 1, so the quantile stays finite (about 7.1).
        let top = super::z_for_confidence(1.0);
        assert!(top.is_finite() && top > 7.0, "{top}");
    }
}
