//! When a test ends: maximum length, an exhausted bank, then (after the minimum length) a
//! standard-error target or a classification decision.
//!
//! The classification rule is Wald's sequential probability ratio test applied to the cuts on
//! either side of the current estimate (Spray & Reckase, 1996; Eggen, 1999): for a cut `c` it
//! compares the likelihood at `c + δ` with that at `c − δ` (δ the indifference half-width) and
//! decides "above" or "below" once the log ratio passes `±ln((1 − α) / α)`. The test stops when
//! both cuts around the estimate are decided, i.e. the level is known at error rate α per cut,
//! or once the learner is decided below the cut of `stop_below_level` (the levels under it are
//! not split further: see [`Classification::stop_below_level`]) while the answers fit the model
//! at the estimate (person fit lz at least −1.645, [`pattern_fits`]) and the SPRT does not
//! already put the learner below the estimate's own level.
//!
//! Those guards are what make the early low stop safe for a responder who ignores the
//! questions. Blind or patterned presses score near the items' guessing floors whatever their
//! difficulty, so the likelihood keeps rising towards the lowest abilities while the prior
//! holds the estimate up, often inside level 2: at that estimate such answers are less likely
//! than a learner's would be (low lz), and the SPRT at the level's lower cut says "below". The
//! test then goes on until the estimate comes down, instead of stopping with a level-2
//! placement.

use super::config::{Classification, StoppingRules};
use crate::content::LevelScale;
use crate::estimate::person_fit::{lz, LZ_FLAG};
use crate::estimate::{log_likelihood, Estimate, Scored};
use serde::{Deserialize, Serialize};

/// Why a test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// The standard error reached the target.
    Precision,
    /// The level is decided (both cuts around the estimate).
    Classified,
    /// The maximum length was reached.
    MaxItems,
    /// No eligible item was left.
    BankExhausted,
    /// The estimate moved less than the theta-change threshold (`cat::convergence`).
    ThetaChange,
    /// More items would barely lower the standard error (`cat::convergence`).
    SeReduction,
}

impl StopReason {
    /// Every stop reason.
    pub const ALL: [StopReason; 6] = [
        StopReason::Precision,
        StopReason::Classified,
        StopReason::MaxItems,
        StopReason::BankExhausted,
        StopReason::ThetaChange,
        StopReason::SeReduction,
    ];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            StopReason::Precision => "stop-precision",
            StopReason::Classified => "stop-classified",
            StopReason::MaxItems => "stop-max-items",
            StopReason::BankExhausted => "stop-bank-exhausted",
            StopReason::ThetaChange => "stop-theta-change",
            StopReason::SeReduction => "stop-se-reduction",
        }
    }

    /// Snake-case name, as serialized (`max_items`).
    pub fn name(self) -> &'static str {
        match self {
            StopReason::Precision => "precision",
            StopReason::Classified => "classified",
            StopReason::MaxItems => "max_items",
            StopReason::BankExhausted => "bank_exhausted",
            StopReason::ThetaChange => "theta_change",
            StopReason::SeReduction => "se_reduction",
        }
    }
}

/// Which side of a cut the answers put the learner on, if the SPRT has decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The learner is below the cut.
    Below,
    /// The learner is at or above the cut.
    Above,
}

/// Wald's SPRT for one cut: `Some(side)` once the log likelihood ratio of `cut + δ` against
/// `cut − δ` passes the bound for error rate α (equal for both errors).
pub fn sprt(responses: &[Scored<'_>], cut: f64, rule: &Classification) -> Option<Side> {
    let bound = ((1.0 - rule.error) / rule.error).ln();
    let ratio =
        log_likelihood(responses, cut + rule.indifference).0 - log_likelihood(responses, cut - rule.indifference).0;
    if ratio >= bound {
        Some(Side::Above)
    } else if ratio <= -bound {
        Some(Side::Below)
    } else {
        None
    }
}

/// True when the SPRT puts the learner above the cut below the estimate's level and below the
/// cut above it (a missing cut at either end of the scale counts as decided), or below the cut
/// of the rule's `stop_below_level` with answers that fit the estimate ([`pattern_fits`]).
pub fn classified(responses: &[Scored<'_>], estimate: &Estimate, levels: &LevelScale, rule: &Classification) -> bool {
    let level = levels.level_of(estimate.theta);
    let (lower, upper) = levels.interval(level);
    let decided = |cut: f64, side: Side| !cut.is_finite() || sprt(responses, cut, rule) == Some(side);
    // The floor stop also waits while the SPRT puts the learner below the estimate's own
    // level: the level reported would be one the answers already rule out.
    let contradicted = lower.is_finite() && sprt(responses, lower, rule) == Some(Side::Below);
    (decided(lower, Side::Above) && decided(upper, Side::Below))
        || (below_floor(responses, levels, rule) && !contradicted && pattern_fits(responses, estimate))
}

/// Whether the answers fit the response models at the estimate: person fit lz
/// (`estimate::person_fit`) at least −1.645, the one-sided 5 % flag. Answers without
/// log-likelihood variance (none, or all certain) fit.
pub fn pattern_fits(responses: &[Scored<'_>], estimate: &Estimate) -> bool {
    lz(responses.iter().map(|r| (r.model, r.score)), estimate.theta).is_none_or(|z| z >= LZ_FLAG)
}

/// True when the rule has a `stop_below_level` with a cut and the SPRT puts the learner below
/// that cut.
pub fn below_floor(responses: &[Scored<'_>], levels: &LevelScale, rule: &Classification) -> bool {
    rule.stop_below_level
        .and_then(|level| levels.get(level).cut.filter(|_| level <= levels.max_level()))
        .is_some_and(|cut| sprt(responses, cut, rule) == Some(Side::Below))
}

/// Applies the rules after `answered` scored items with the current estimate; `responses`
/// gives the scored answers when the classification rule needs them.
pub fn check<'a>(
    rules: &StoppingRules,
    answered: usize,
    items_left: bool,
    estimate: &Estimate,
    levels: &LevelScale,
    responses: impl FnOnce() -> Vec<Scored<'a>>,
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
    if let Some(rule) = &rules.classification {
        if classified(&responses(), estimate, levels, rule) {
            return Some(StopReason::Classified);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::Method;
    use crate::irt::IrtModel;

    const ITEM: IrtModel = IrtModel::TwoPl { a: 1.0, b: 0.0 };
    const RULE: Classification = Classification {
        indifference: 0.25,
        error: 0.05,
        stop_below_level: None,
    };

    fn estimate(theta: f64, se: f64) -> Estimate {
        Estimate {
            theta,
            se,
            method: Method::Eap,
            bounded: false,
        }
    }

    fn rules() -> StoppingRules {
        StoppingRules {
            min_items: 5,
            max_items: 20,
            se_target: Some(0.3),
            classification: None,
            probes: None,
            gap_probes: None,
        }
    }

    #[test]
    fn the_sprt_bound_is_walds() {
        // n right and n wrong answers to a Rasch item at b = 0: the log ratio at cut 0 is 0.
        let pattern = |right: usize, wrong: usize| -> Vec<Scored<'static>> {
            (0..right + wrong)
                .map(|i| Scored::new(&ITEM, usize::from(i < right)))
                .collect()
        };
        assert_eq!(sprt(&pattern(10, 10), 0.0, &RULE), None);
        // Each right answer adds ln(P(0.25)/P(-0.25)) = 0.25 exactly for a Rasch item; each
        // wrong one subtracts 0.25. Bound ln(19) = 2.944: 12 net right answers decide.
        assert_eq!(sprt(&pattern(11, 0), 0.0, &RULE), None);
        assert_eq!(sprt(&pattern(12, 0), 0.0, &RULE), Some(Side::Above));
        assert_eq!(sprt(&pattern(0, 12), 0.0, &RULE), Some(Side::Below));
        assert_eq!(sprt(&pattern(0, 11), 0.0, &RULE), None);
    }

    #[test]
    fn order_of_the_rules() {
        let levels = crate::defaults::content().unwrap().levels;
        let none = Vec::new;
        let r = rules();
        assert_eq!(
            check(&r, 20, true, &estimate(0.0, 0.1), &levels, none),
            Some(StopReason::MaxItems)
        );
        assert_eq!(
            check(&r, 19, true, &estimate(0.0, 0.3), &levels, none),
            Some(StopReason::Precision)
        );
        assert_eq!(
            check(&r, 19, false, &estimate(0.0, 0.1), &levels, none),
            Some(StopReason::BankExhausted)
        );
        assert_eq!(check(&r, 4, true, &estimate(0.0, 0.1), &levels, none), None);
        assert_eq!(
            check(&r, 5, true, &estimate(0.0, 0.1), &levels, none),
            Some(StopReason::Precision)
        );
        assert_eq!(check(&r, 5, true, &estimate(0.0, 0.31), &levels, none), None);
    }

    #[test]
    fn a_learner_surely_below_the_floor_level_is_classified() {
        let levels = crate::defaults::content().unwrap().levels;
        // Items at F (b = -2.6, a = 2): each wrong answer moves the log ratio at the level-3 cut
        // (-1.5) by ln(Q(-1.25) / Q(-1.75)) = -0.90, so four decide "below" against ln 19.
        let easy = IrtModel::TwoPl { a: 2.0, b: -2.6 };
        let wrong: Vec<Scored<'_>> = (0..10).map(|_| Scored::new(&easy, 0)).collect();
        let at_level_2 = estimate(-1.8, 0.5);
        let floor = Classification {
            stop_below_level: Some(3),
            ..RULE
        };
        assert!(below_floor(&wrong, &levels, &floor));
        assert!(!below_floor(&wrong[..3], &levels, &floor));
        assert!(below_floor(&wrong[..4], &levels, &floor));
        // A level-2 pattern: 4 right and 8 wrong at b = -1.75 (a = 2). Log ratios: at the cut
        // -1.5, 4 ln(0.731/0.5) + 8 ln(0.269/0.5) = -3.44, below -ln 19; at the cut -2.0,
        // 4 ln(0.5/0.269) + 8 ln(0.5/0.731) = -0.56, undecided. At the estimate -1.8, P = 0.475
        // and lz = (4 - 5.7) ln(P/Q) / √(12 PQ ln²(P/Q)) = +0.98: the answers fit.
        let mid = IrtModel::TwoPl { a: 2.0, b: -1.75 };
        let level_2: Vec<Scored<'_>> = (0..12).map(|i| Scored::new(&mid, usize::from(i < 4))).collect();
        assert!(
            !classified(&level_2, &at_level_2, &levels, &RULE),
            "the cut -2.0 is undecided"
        );
        assert!(below_floor(&level_2, &levels, &floor));
        assert!(pattern_fits(&level_2, &at_level_2));
        assert!(classified(&level_2, &at_level_2, &levels, &floor));
        let r = StoppingRules {
            se_target: None,
            classification: Some(floor),
            ..rules()
        };
        assert_eq!(
            check(&r, 12, true, &at_level_2, &levels, || level_2.clone()),
            Some(StopReason::Classified)
        );
        assert_eq!(
            check(&r, 4, true, &at_level_2, &levels, || level_2.clone()),
            None,
            "minimum first"
        );
        // Ten wrong answers at F do not fit an estimate at level 2 (P = 0.83 each there,
        // lz = -7.0): below the floor, but the test goes on until the estimate comes down.
        assert!(!pattern_fits(&wrong, &at_level_2));
        assert!(!classified(&wrong, &at_level_2, &levels, &floor));
        assert_eq!(check(&r, 10, true, &at_level_2, &levels, || wrong.clone()), None);
        // 25 wrong answers at b = -1.0 fit the estimate -1.8 (P = 0.168 each there, lz = +2.2),
        // and are below the floor (-0.274 each at the cut -1.5), but the SPRT at the level's own
        // lower cut -2.0 says "below" too (-0.122 each, -3.05 against -2.944): level 2 is
        // already ruled out, so the floor does not stop.
        let hard = IrtModel::TwoPl { a: 2.0, b: -1.0 };
        let hard_wrong: Vec<Scored<'_>> = (0..25).map(|_| Scored::new(&hard, 0)).collect();
        assert!(pattern_fits(&hard_wrong, &at_level_2));
        assert!(below_floor(&hard_wrong, &levels, &floor));
        assert_eq!(sprt(&hard_wrong, -2.0, &RULE), Some(Side::Below));
        assert!(!classified(&hard_wrong, &at_level_2, &levels, &floor));
        // Right answers: above the cut, no floor stop.
        let right: Vec<Scored<'_>> = (0..10).map(|_| Scored::new(&easy, 1)).collect();
        assert!(!below_floor(&right, &levels, &floor));
        // No cut below Foundation and no level above 12: the rule does nothing there.
        for level in [0, 13] {
            let rule = Classification {
                stop_below_level: Some(level),
                ..RULE
            };
            assert!(!below_floor(&wrong, &levels, &rule), "level {level}");
        }
        let top = Classification {
            stop_below_level: Some(12),
            ..RULE
        };
        assert!(below_floor(&wrong, &levels, &top));
    }

    #[test]
    fn classification_stops_when_both_cuts_around_the_estimate_are_decided() {
        let levels = crate::defaults::content().unwrap().levels;
        let r = StoppingRules {
            se_target: None,
            classification: Some(RULE),
            ..rules()
        };
        // Level 6 is [0.0, 0.5). Items at b = 0.25 halfway between: a learner who gets them all
        // right is decided above 0.0 but also above 0.5, so not classified at level 6 …
        let mid = IrtModel::TwoPl { a: 2.0, b: 0.25 };
        let right: Vec<Scored<'_>> = (0..20).map(|_| Scored::new(&mid, 1)).collect();
        assert!(!classified(&right, &estimate(0.25, 0.2), &levels, &RULE));
        // … and at level 8 [1.0, 1.5) the cut 1.0 is decided but the cut 1.5 is not.
        assert_eq!(
            check(&r, 19, true, &estimate(1.2, 0.2), &levels, || right.clone()),
            None
        );
        // 20 right and 20 wrong at b = 0.25, a = 2: log ratio +4.8 at cut 0 and -4.8 at cut 0.5.
        let mixed: Vec<Scored<'_>> = (0..40).map(|i| Scored::new(&mid, i % 2)).collect();
        let at_zero = sprt(&mixed, 0.0, &RULE);
        let at_half = sprt(&mixed, 0.5, &RULE);
        assert_eq!(at_zero, Some(Side::Above));
        assert_eq!(at_half, Some(Side::Below));
        assert!(classified(&mixed, &estimate(0.25, 0.2), &levels, &RULE));
        let long = StoppingRules { max_items: 50, ..r };
        assert_eq!(
            check(&long, 40, true, &estimate(0.25, 0.2), &levels, || mixed.clone()),
            Some(StopReason::Classified)
        );
        // Foundation has no lower cut: deciding "below the level-1 cut" is enough.
        let hard = IrtModel::TwoPl { a: 2.0, b: -2.6 };
        let wrong: Vec<Scored<'_>> = (0..10).map(|_| Scored::new(&hard, 0)).collect();
        assert!(classified(&wrong, &estimate(-3.5, 0.5), &levels, &RULE));
        assert!(!classified(&wrong[..2], &estimate(-3.5, 0.5), &levels, &RULE));
    }
}

#[cfg(test)]
mod mutation_tests;
