//! Turning a session's evidence into a placement: the NLN level with its precision, a per-area
//! profile like a CLB profile, can-do statements, the access profile and service guidance.
//!
//! Every judgement here is made only when the evidence makes it credible at the rules'
//! `confidence`; otherwise the result says "not enough evidence" rather than guessing:
//!
//! - **Area estimates do not reuse their own answers.** An area's prior is centred on the
//!   estimate from the *other* areas' answers, widened by that estimate's error and by
//!   `area_spread` (how far a learner's areas truly spread around their general level); the
//!   area's own answers then update it. So a weak area is not pulled toward an overall estimate
//!   it helped to make, and its band is a posterior interval under a stated model.
//! - **Strength / needs support** only when the area's band lies wholly above / below the
//!   overall level; **at level** only when the band lies within one level of it.
//! - **Irregular profile** (core areas `irregular_gap` levels apart, the LINC rule for CLB
//!   profiles), by the rules' [`ProfileRule`]: by default when a core area's difference from
//!   the rest of the test, estimated without the shrinking area prior, is credibly non-zero and
//!   nearer `irregular_gap` levels than one fewer; or (`pairwise`) only when a difference of
//!   more than `irregular_gap - 1` level widths between two core areas' profile estimates is
//!   credible. Both are Bonferroni-corrected over the tests they make.
//! - **The cap**: the overall level is at most `cap_above_core` above the top of any core
//!   area's band (the highest level that area credibly reaches). The overall `level_range` stays
//!   the band of the overall ability, so it always covers the theta interval it claims; when the
//!   cap lowers the level, `uncapped_level` says so.
//! - **Guidance** needs evidence in every area it depends on: an unmeasured or undecided area
//!   makes it "not enough evidence", never "met".
//! - A test shorter than `min_items` scored answers is flagged as not a placement.

use crate::cat::{z_for_confidence, Answer, Session, StopReason};
use crate::content::{Calibration, Content, LevelScale, Response, Stage};
use crate::estimate::{eap, Estimate, Method, NormalPrior, Quadrature, Scored};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The placement rules: every threshold a judgement uses and the service guidance statements.
/// They are content (`assessments/guidance.yaml`, loaded and checked with the rest as
/// [`Content::placement`]); this module holds only the logic that applies them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacementRules {
    /// Confidence of the reported bands (overall and per area) and of every decision.
    pub confidence: f64,
    /// A result on fewer scored answers is not a placement.
    pub min_items: usize,
    /// Areas measured with fewer scored items are flagged.
    pub few_items: usize,
    /// Core areas this many levels apart make the profile irregular.
    pub irregular_gap: u8,
    /// The overall level is at most the top of a core area's band plus this.
    pub cap_above_core: u8,
    /// SD of a learner's true area abilities around their general level (theta units).
    pub area_spread: f64,
    /// How the irregular-profile rule decides (see [`ProfileRule`]).
    #[serde(default)]
    pub profile_rule: ProfileRule,
    /// Access answers that mean "no device" or "no connection".
    #[serde(default)]
    pub no_access_values: Vec<String>,
    /// Service guidance statements, in report order.
    #[serde(default)]
    pub guidance: Vec<GuidanceRule>,
}

/// How the irregular-profile rule decides whether core areas are `irregular_gap` levels apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileRule {
    /// Every pair of core areas, from the area estimates of the profile (prior SD
    /// `area_spread` around the other areas), credibly more than `irregular_gap − 1` levels
    /// apart, Bonferroni-corrected over the pairs. Strict: those estimates shrink a gap toward
    /// zero, so it almost never fires within a placement test's length.
    Pairwise,
    /// Each core area against the rest of the test: the area's own answers under a prior that
    /// hardly shrinks ([`GAP_PRIOR_SD`] around the estimate from the other areas), the
    /// difference credibly non-zero (one-sided, Bonferroni-corrected over both directions of
    /// every core area, at half the rules' error rate: 95 % family-wise at 90 %), its estimate
    /// nearer `irregular_gap` levels than one fewer (at least `irregular_gap − ½` level widths),
    /// and the area on at least `few_items` answers.
    #[default]
    FromRest,
}

/// Prior SD of an area's ability around the rest of the test in [`ProfileRule::FromRest`]:
/// four levels, wide enough that a gap of two is not pulled away, narrow enough that an
/// all-right area stays finite.
pub const GAP_PRIOR_SD: f64 = 2.0;

/// One service guidance statement and what it requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceRule {
    /// Language-independent code in the report (`phone_services`).
    pub id: String,
    /// Fluent id of the statement.
    pub message: String,
    /// Area ids that must each credibly reach `min_level`.
    pub areas: Vec<String>,
    /// Level code (`F`, `1` … `12`) each area must reach.
    pub min_level: String,
    /// Access fields whose answer must be a usable one (not in `no_access_values`).
    #[serde(default)]
    pub access: Vec<String>,
}

/// Where an area stands against the overall level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The area's band lies wholly above the overall level.
    Strength,
    /// The area's band lies within one level of the overall level.
    OnLevel,
    /// The area's band lies wholly below the overall level.
    NeedsSupport,
    /// Measured, but too imprecisely to say.
    NotEnoughEvidence,
    /// No item of the area was given: unknown.
    NotMeasured,
}

impl Standing {
    /// Every standing, for message catalogs and schema checks.
    pub const ALL: [Standing; 5] = [
        Standing::Strength,
        Standing::OnLevel,
        Standing::NeedsSupport,
        Standing::NotEnoughEvidence,
        Standing::NotMeasured,
    ];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            Standing::Strength => "standing-strength",
            Standing::OnLevel => "standing-on_level",
            Standing::NeedsSupport => "standing-needs_support",
            Standing::NotEnoughEvidence => "standing-not_enough_evidence",
            Standing::NotMeasured => "standing-not_measured",
        }
    }
}

/// Whether the core areas differ by the irregular-profile gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileShape {
    /// No credible gap between core areas.
    Regular,
    /// Two core areas credibly differ by the gap.
    Irregular,
    /// Fewer than two core areas measured.
    NotEnoughEvidence,
}

impl ProfileShape {
    /// Every shape, for message catalogs and schema checks.
    pub const ALL: [ProfileShape; 3] = [
        ProfileShape::Regular,
        ProfileShape::Irregular,
        ProfileShape::NotEnoughEvidence,
    ];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            ProfileShape::Regular => "profile-regular",
            ProfileShape::Irregular => "profile-irregular",
            ProfileShape::NotEnoughEvidence => "profile-not_enough_evidence",
        }
    }
}

/// One area of the profile. Absent values mean the area was not measured (unknown).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaResult {
    /// Language-independent area code (`DEV`).
    pub area: String,
    /// Level of the area estimate (0 = Foundation).
    pub level: Option<u8>,
    /// Confidence band in levels.
    pub level_range: Option<[u8; 2]>,
    /// Area ability (EAP with the other areas' prior, see [`area_estimates`]).
    pub theta: Option<f64>,
    /// Posterior SD of the area ability.
    pub se: Option<f64>,
    /// Scored answers in the area.
    pub items: usize,
    /// Fewer items than the rules' `few_items`: read the level with care.
    pub few_items: bool,
    /// A core area: counts for the cap and the irregular-profile rule.
    pub core: bool,
    /// Where the area stands against the overall level.
    pub standing: Standing,
}

/// Whether a guidance rule is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuidanceStatus {
    /// Every area credibly reaches the level and every access answer is usable.
    Met,
    /// An area credibly falls short, or an access answer means "no device" or "no connection".
    NotMet,
    /// An area it depends on is unmeasured or undecided, or the result is not a placement.
    NotEnoughEvidence,
    /// Depends on an access answer that was not given.
    Unknown,
}

impl GuidanceStatus {
    /// Every status, for message catalogs and schema checks.
    pub const ALL: [GuidanceStatus; 4] = [
        GuidanceStatus::Met,
        GuidanceStatus::NotMet,
        GuidanceStatus::NotEnoughEvidence,
        GuidanceStatus::Unknown,
    ];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            GuidanceStatus::Met => "guidance-met",
            GuidanceStatus::NotMet => "guidance-not_met",
            GuidanceStatus::NotEnoughEvidence => "guidance-not_enough_evidence",
            GuidanceStatus::Unknown => "guidance-unknown",
        }
    }
}

/// One guidance line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guidance {
    /// The rule's code (`phone_services`).
    pub id: String,
    /// Fluent id of the statement.
    pub message: String,
    /// Whether the rule is met, on this learner's evidence.
    pub status: GuidanceStatus,
}

/// Something an intake worker must know before relying on a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementFlag {
    /// Fewer scored answers than the minimum: not a placement.
    NotAPlacement,
    /// The test has not ended: the result is interim.
    Unfinished,
    /// The estimate sits on the search bound (all right or all wrong with MLE/WLE).
    BoundedEstimate,
    /// Some measured areas rest on fewer than `few_items` answers.
    FewItemsInAreas,
    /// Item parameters and cut scores are expert-set, not yet calibrated.
    ProvisionalCalibration,
    /// Prompts were shown in a machine-drafted translation.
    MachineDraftedPrompts,
}

impl PlacementFlag {
    /// Every flag, for message catalogs and schema checks.
    pub const ALL: [PlacementFlag; 6] = [
        PlacementFlag::NotAPlacement,
        PlacementFlag::Unfinished,
        PlacementFlag::BoundedEstimate,
        PlacementFlag::FewItemsInAreas,
        PlacementFlag::ProvisionalCalibration,
        PlacementFlag::MachineDraftedPrompts,
    ];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            PlacementFlag::NotAPlacement => "flag-not_a_placement",
            PlacementFlag::Unfinished => "flag-unfinished",
            PlacementFlag::BoundedEstimate => "flag-bounded_estimate",
            PlacementFlag::FewItemsInAreas => "flag-few_items_in_areas",
            PlacementFlag::ProvisionalCalibration => "flag-provisional_calibration",
            PlacementFlag::MachineDraftedPrompts => "flag-machine_drafted_prompts",
        }
    }
}

/// The placement of one learner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    /// NLN level, 0 = Foundation.
    pub level: u8,
    /// Language-independent level code (`F`, `1` … `12`).
    pub code: String,
    /// Stage of the level (foundation, basic, independent, advanced).
    pub stage: Stage,
    /// Fluent id of the level name.
    pub name: String,
    /// Overall ability (logistic metric of the level cuts).
    pub theta: f64,
    /// Standard error of `theta`.
    pub se: f64,
    /// Estimator of `theta`.
    pub method: Method,
    /// Confidence band of the overall ability, in levels.
    pub level_range: [u8; 2],
    /// The same band in theta: `theta` ± z·`se`.
    pub theta_interval: [f64; 2],
    /// Confidence of the bands and of every decision (the rules' `confidence`).
    pub confidence: f64,
    /// The level before the core-area cap, when the cap lowered it.
    pub uncapped_level: Option<u8>,
    /// Scored answers the placement rests on.
    pub items: usize,
    /// Why the test ended (`None`: unfinished, an interim result).
    pub stop_reason: Option<StopReason>,
    /// The area profile, in framework order.
    pub areas: Vec<AreaResult>,
    /// Whether the core areas credibly differ by the irregular-profile gap.
    pub profile_shape: ProfileShape,
    /// Can-do statements (Fluent ids) of the level reached.
    pub can_do: Vec<String>,
    /// Can-do statements of the next level: what to learn next.
    pub next_can_do: Vec<String>,
    /// Unscored access profile: field → value.
    pub access: BTreeMap<String, String>,
    /// Service guidance lines, in the rules' order.
    pub guidance: Vec<Guidance>,
    /// What to know before relying on the result, in a fixed order.
    pub flags: Vec<PlacementFlag>,
    /// Bank the items came from, so a result can be traced to its content.
    pub bank_id: String,
    /// Version of that bank.
    pub bank_version: String,
    /// Whether the bank's parameters are calibrated or still expert-set.
    pub calibration: Calibration,
}

impl Placement {
    /// False when the result is below the minimum length (see [`PlacementFlag::NotAPlacement`]).
    pub fn is_placement(&self) -> bool {
        !self.flags.contains(&PlacementFlag::NotAPlacement)
    }
}

/// A confidence interval in theta.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Interval {
    lo: f64,
    hi: f64,
}

fn interval(e: &Estimate, z: f64) -> Interval {
    Interval {
        lo: e.theta - z * e.se,
        hi: e.theta + z * e.se,
    }
}

/// Everything a placement is computed from: the overall estimate, the scored answers per area
/// (in framework order) and the access answers.
#[derive(Debug, Clone)]
pub struct Evidence<'a> {
    /// Framework, levels and bank the answers belong to.
    pub content: &'a Content,
    /// Final estimate of the overall ability.
    pub overall: Estimate,
    /// Scored answers of each area, in framework order.
    pub by_area: Vec<Vec<Scored<'a>>>,
    /// Access profile (see [`access_profile`]).
    pub access: BTreeMap<String, String>,
    /// Scored answers in all.
    pub items: usize,
    /// Why the test ended (`None`: unfinished).
    pub stop_reason: Option<StopReason>,
    /// The population prior of the test (area estimates start from it too).
    pub prior: NormalPrior,
    /// Quadrature points of the area estimates (the test's setting).
    pub quadrature_points: usize,
}

/// The access profile from a session's self-report answers: field → chosen option's value.
pub fn access_profile(content: &Content, answers: &[Answer]) -> BTreeMap<String, String> {
    let mut access = BTreeMap::new();
    for a in answers {
        let Some(item) = content.bank.item(&a.item) else {
            continue;
        };
        let (Some(field), Response::Choice { option }) = (&item.profile_field, &a.response) else {
            continue;
        };
        if let Some(value) = item
            .options
            .iter()
            .find(|o| &o.id == option)
            .and_then(|o| o.value.clone())
        {
            access.insert(field.clone(), value);
        }
    }
    access
}

/// Each area's reference: the overall estimate from every answer outside it (population
/// prior), `None` for an area with no answers. Computed once per placement and shared by the
/// area profile ([`area_estimates`]) and the from-rest gap rule ([`gaps_from_rest`]), so
/// neither reuses an area's own answers.
pub fn estimates_from_rest(
    by_area: &[Vec<Scored<'_>>],
    prior: NormalPrior,
    quadrature_points: usize,
) -> Vec<Option<Estimate>> {
    let population = Quadrature::new(prior, quadrature_points);
    (0..by_area.len())
        .map(|a| {
            if by_area[a].is_empty() {
                return None;
            }
            let rest: Vec<Scored<'_>> = by_area
                .iter()
                .enumerate()
                .filter(|&(b, _)| b != a)
                .flat_map(|(_, s)| s.iter().copied())
                .collect();
            Some(eap(&rest, &population))
        })
        .collect()
}

/// Estimate of each area from its own answers, with a prior built from the other areas'
/// answers only (`rest`, see [`estimates_from_rest`]; `None` for an area with no answers).
pub fn area_estimates(
    by_area: &[Vec<Scored<'_>>],
    rest: &[Option<Estimate>],
    quadrature_points: usize,
    area_spread: f64,
) -> Vec<Option<Estimate>> {
    by_area
        .iter()
        .zip(rest)
        .map(|(own, general)| {
            let general = general.filter(|_| !own.is_empty())?;
            let area_prior = NormalPrior {
                mean: general.theta,
                sd: (area_spread * area_spread + general.se * general.se).sqrt(),
            };
            Some(eap(own, &Quadrature::new(area_prior, quadrature_points)))
        })
        .collect()
}

/// Each area's difference from the rest of the test and its standard error, `None` for an
/// area with no answers: the area's own answers under a prior of SD [`GAP_PRIOR_SD`] centred
/// on the estimate from the other areas' answers (`rest`, see [`estimates_from_rest`]), minus
/// that estimate; the SE adds both estimates' variances.
pub fn gaps_from_rest(
    by_area: &[Vec<Scored<'_>>],
    rest: &[Option<Estimate>],
    quadrature_points: usize,
) -> Vec<Option<(f64, f64)>> {
    by_area
        .iter()
        .zip(rest)
        .map(|(own, general)| {
            let general = general.filter(|_| !own.is_empty())?;
            let wide = NormalPrior {
                mean: general.theta,
                sd: GAP_PRIOR_SD,
            };
            // The wide grid keeps the nodes as dense as the population's.
            let points = quadrature_points.saturating_mul(2).min(MAX_GAP_POINTS);
            let area = eap(own, &Quadrature::new(wide, points));
            let gap = area.theta - general.theta;
            let se = (area.se * area.se + general.se * general.se).sqrt();
            (gap.is_finite() && se.is_finite()).then_some((gap, se))
        })
        .collect()
}

/// Upper bound of the quadrature points of [`gaps_from_rest`].
const MAX_GAP_POINTS: usize = 401;

/// Irregular when a core area on at least `min_answers` answers differs from the rest credibly
/// (one-sided, Bonferroni over both directions of every measured core area, at the family-wise
/// confidence `(1 + confidence) / 2`: the claim changes a learner's plan, so it is held to half
/// the error of the other judgements) and by an estimate of at least `gap − ½` level widths.
/// `core` holds each measured core area's (difference, SE, answers).
fn profile_shape_from_rest(
    core: &[(f64, f64, usize)],
    min_answers: usize,
    gap: u8,
    width: f64,
    confidence: f64,
) -> ProfileShape {
    if core.len() < 2 {
        return ProfileShape::NotEnoughEvidence;
    }
    let tests = 2.0 * core.len() as f64;
    let family_error = (1.0 - confidence) / 2.0;
    // One-sided at 1 − error / tests is two-sided at 1 − 2 error / tests.
    let z = z_for_confidence(1.0 - 2.0 * family_error / tests);
    let nearest = (f64::from(gap) - 0.5).max(0.0) * width;
    let irregular = core.iter().any(|&(difference, se, answers)| {
        answers >= min_answers && difference.abs() > z * se && difference.abs() >= nearest
    });
    if irregular {
        ProfileShape::Irregular
    } else {
        ProfileShape::Regular
    }
}

/// The core area a targeted gap probe serves (`cat::GapProbes`), with that area's estimate
/// (the rest of the test plus its difference) to choose the item at; `None` when the
/// from-rest rule already calls the profile irregular, or no measured core area that `open`
/// allows has a difference of at least `min_z` SEs. The closest such area is the one whose
/// difference is the most credible, so the next answers go where the decision may change.
pub fn gap_probe_area(
    content: &Content,
    by_area: &[Vec<Scored<'_>>],
    prior: NormalPrior,
    quadrature_points: usize,
    min_z: f64,
    open: impl Fn(usize) -> bool,
) -> Option<(usize, f64)> {
    let rules = &content.placement;
    let areas = &content.framework.areas;
    let rest = estimates_from_rest(by_area, prior, quadrature_points);
    let gaps = gaps_from_rest(by_area, &rest, quadrature_points);
    let core: Vec<(usize, f64, f64)> = (0..by_area.len().min(areas.len()))
        .filter(|&a| areas[a].core)
        .filter_map(|a| gaps[a].map(|(d, se)| (a, d, se)))
        .collect();
    let tested: Vec<(f64, f64, usize)> = core.iter().map(|&(a, d, se)| (d, se, by_area[a].len())).collect();
    let shape = profile_shape_from_rest(
        &tested,
        rules.few_items,
        rules.irregular_gap,
        level_width(&content.levels),
        rules.confidence,
    );
    if shape == ProfileShape::Irregular {
        return None;
    }
    most_credible_gap(core.into_iter().filter(|&(a, _, _)| open(a)), min_z)
        .and_then(|(a, d)| rest[a].map(|r| (a, r.theta + d)))
}

/// Of candidate areas (area, difference, SE), the one whose difference is the most credible
/// (the largest |difference| / SE) among those at least `min_z` SEs from zero, with its
/// difference. An SE of 0 gives no measure of credibility, so such a candidate never
/// qualifies.
fn most_credible_gap(candidates: impl IntoIterator<Item = (usize, f64, f64)>, min_z: f64) -> Option<(usize, f64)> {
    candidates
        .into_iter()
        .filter(|&(_, d, se)| se > 0.0 && d.abs() >= min_z * se)
        .max_by(|x, y| (x.1.abs() / x.2).total_cmp(&(y.1.abs() / y.2)))
        .map(|(a, d, _)| (a, d))
}

/// Mean width of the levels between the lowest and the highest cut (0.5 on the NLN scale).
fn level_width(levels: &LevelScale) -> f64 {
    let cuts: Vec<f64> = levels.levels.iter().filter_map(|l| l.cut).collect();
    match (cuts.first(), cuts.last()) {
        (Some(lo), Some(hi)) if cuts.len() > 1 && hi > lo => (hi - lo) / (cuts.len() - 1) as f64,
        _ => 1.0,
    }
}

/// Standing of an area band against the overall level.
fn standing(levels: &LevelScale, band: Interval, level: u8) -> Standing {
    let (lo, hi) = levels.interval(level);
    let below = levels.interval(level.saturating_sub(1)).0;
    let above = levels.interval(level.saturating_add(1).min(levels.max_level())).1;
    if band.hi < lo {
        Standing::NeedsSupport
    } else if band.lo >= hi {
        Standing::Strength
    } else if band.lo >= below && band.hi < above {
        Standing::OnLevel
    } else {
        Standing::NotEnoughEvidence
    }
}

/// Irregular when two core areas credibly differ by more than `gap - 1` level widths, each
/// pair tested one-sided at `confidence` with a Bonferroni correction over the pairs.
fn profile_shape(core: &[Estimate], gap: u8, width: f64, confidence: f64) -> ProfileShape {
    if core.len() < 2 {
        return ProfileShape::NotEnoughEvidence;
    }
    let pairs = (core.len() * (core.len() - 1) / 2) as f64;
    // One-sided at 1 - (1 - confidence) / pairs is two-sided at 1 - 2 (1 - confidence) / pairs.
    let z = z_for_confidence(1.0 - 2.0 * (1.0 - confidence) / pairs);
    let threshold = f64::from(gap.saturating_sub(1)) * width;
    let irregular = core.iter().enumerate().any(|(i, a)| {
        core[i + 1..].iter().any(|b| {
            let difference = (a.theta - b.theta).abs();
            let se = (a.se * a.se + b.se * b.se).sqrt();
            difference - z * se > threshold
        })
    });
    if irregular {
        ProfileShape::Irregular
    } else {
        ProfileShape::Regular
    }
}

impl Placement {
    /// Places the learner of a session (finished or not: an unfinished session gives a
    /// flagged, interim placement on the answers so far).
    pub fn from_session(session: &Session<'_>, rules: &PlacementRules) -> Placement {
        let content = session.content();
        let settings = &session.state().config.estimation;
        let evidence = Evidence {
            content,
            overall: session.final_estimate(),
            by_area: session.scored_by_area(),
            access: access_profile(content, &session.state().answers),
            items: session.scored_count(),
            stop_reason: session.stop_reason(),
            prior: settings.prior,
            quadrature_points: settings.quadrature_points,
        };
        Placement::from_evidence(&evidence, rules)
    }

    /// Places a learner from the evidence.
    pub fn from_evidence(evidence: &Evidence<'_>, rules: &PlacementRules) -> Placement {
        let content = evidence.content;
        let levels = &content.levels;
        let framework = &content.framework;
        let z = z_for_confidence(rules.confidence);
        let mut flags = Vec::new();

        let mut overall = evidence.overall;
        if !(overall.theta.is_finite() && overall.se.is_finite()) {
            // No usable estimate: report the prior, never a NaN, and say it is not a placement.
            overall = Estimate {
                theta: evidence.prior.mean,
                se: evidence.prior.sd,
                ..overall
            };
            flags.push(PlacementFlag::NotAPlacement);
        }
        if evidence.items < rules.min_items && !flags.contains(&PlacementFlag::NotAPlacement) {
            flags.push(PlacementFlag::NotAPlacement);
        }
        if evidence.stop_reason.is_none() {
            flags.push(PlacementFlag::Unfinished);
        }
        if overall.bounded {
            flags.push(PlacementFlag::BoundedEstimate);
        }
        let placeable = !flags.contains(&PlacementFlag::NotAPlacement);

        let overall_band = interval(&overall, z);
        let level_range = [levels.level_of(overall_band.lo), levels.level_of(overall_band.hi)];
        let mut level = levels.level_of(overall.theta);

        let rest = estimates_from_rest(&evidence.by_area, evidence.prior, evidence.quadrature_points);
        let estimates = area_estimates(&evidence.by_area, &rest, evidence.quadrature_points, rules.area_spread);
        let mut areas: Vec<(AreaResult, Option<Interval>)> = framework
            .areas
            .iter()
            .zip(&evidence.by_area)
            .zip(&estimates)
            .map(|((area, scored), e)| {
                let band = e.map(|e| interval(&e, z));
                let result = AreaResult {
                    area: area.id.clone(),
                    level: e.map(|e| levels.level_of(e.theta)),
                    level_range: band.map(|b| [levels.level_of(b.lo), levels.level_of(b.hi)]),
                    theta: e.map(|e| e.theta),
                    se: e.map(|e| e.se),
                    items: scored.len(),
                    few_items: !scored.is_empty() && scored.len() < rules.few_items,
                    core: area.core,
                    standing: Standing::NotMeasured,
                };
                (result, band)
            })
            .collect();
        if areas.iter().any(|(a, _)| a.few_items) {
            flags.push(PlacementFlag::FewItemsInAreas);
        }

        // The cap: at most `cap_above_core` above the highest level a core area credibly reaches.
        let cap = areas
            .iter()
            .filter(|(a, _)| a.core)
            .filter_map(|(a, _)| a.level_range.map(|r| r[1].saturating_add(rules.cap_above_core)))
            .min();
        let mut uncapped_level = None;
        if let Some(cap) = cap.filter(|&c| c < level && placeable) {
            uncapped_level = Some(level);
            level = cap;
        }
        for (a, band) in &mut areas {
            if let Some(band) = band {
                a.standing = standing(levels, *band, level);
            }
        }
        let core: Vec<Estimate> = framework
            .areas
            .iter()
            .zip(&estimates)
            .filter(|(area, _)| area.core)
            .filter_map(|(_, e)| *e)
            .collect();
        let profile_shape = match rules.profile_rule {
            ProfileRule::Pairwise => profile_shape(&core, rules.irregular_gap, level_width(levels), rules.confidence),
            ProfileRule::FromRest => {
                let gaps = gaps_from_rest(&evidence.by_area, &rest, evidence.quadrature_points);
                let core: Vec<(f64, f64, usize)> = framework
                    .areas
                    .iter()
                    .zip(&gaps)
                    .zip(&evidence.by_area)
                    .filter(|((area, _), _)| area.core)
                    .filter_map(|((_, g), own)| g.map(|(d, se)| (d, se, own.len())))
                    .collect();
                profile_shape_from_rest(
                    &core,
                    rules.few_items,
                    rules.irregular_gap,
                    level_width(levels),
                    rules.confidence,
                )
            }
        };

        let access = evidence.access.clone();
        let guidance = rules
            .guidance
            .iter()
            .map(|rule| Guidance {
                id: rule.id.clone(),
                message: rule.message.clone(),
                status: if placeable {
                    guidance_status(rule, &rules.no_access_values, levels, &areas, &access)
                } else {
                    GuidanceStatus::NotEnoughEvidence
                },
            })
            .collect();

        let bank = &content.bank;
        if bank.calibration == Calibration::Provisional {
            flags.push(PlacementFlag::ProvisionalCalibration);
        }
        flags.sort();
        let record = levels.get(level);
        let next_can_do = if level < levels.max_level() {
            levels.get(level + 1).can_do.clone()
        } else {
            Vec::new()
        };
        Placement {
            level,
            code: record.code.clone(),
            stage: record.stage,
            name: record.name.clone(),
            theta: overall.theta,
            se: overall.se,
            method: overall.method,
            level_range,
            theta_interval: [overall_band.lo, overall_band.hi],
            confidence: rules.confidence,
            uncapped_level,
            items: evidence.items,
            stop_reason: evidence.stop_reason,
            areas: areas.into_iter().map(|(a, _)| a).collect(),
            profile_shape,
            can_do: record.can_do.clone(),
            next_can_do,
            access,
            guidance,
            flags,
            bank_id: bank.id.clone(),
            bank_version: bank.version.clone(),
            calibration: bank.calibration,
        }
    }
}

/// Met only when every area the rule depends on credibly reaches its level (the bottom of the
/// area's band) and every access field it needs was answered with a usable value.
fn guidance_status(
    rule: &GuidanceRule,
    no_access: &[String],
    levels: &LevelScale,
    areas: &[(AreaResult, Option<Interval>)],
    access: &BTreeMap<String, String>,
) -> GuidanceStatus {
    // Validation guarantees a known code; an unknown one could never be reached.
    let min_level = levels
        .levels
        .iter()
        .find(|l| l.code == rule.min_level)
        .map_or(u8::MAX, |l| l.level);
    let mut decided = true;
    for id in &rule.areas {
        let band = areas.iter().find(|(a, _)| &a.area == id).and_then(|(_, b)| *b);
        match band {
            Some(b) if levels.level_of(b.hi) < min_level => return GuidanceStatus::NotMet,
            Some(b) if levels.level_of(b.lo) >= min_level => {}
            _ => decided = false,
        }
    }
    let mut access_known = true;
    for field in &rule.access {
        match access.get(field) {
            Some(v) if no_access.contains(v) => return GuidanceStatus::NotMet,
            Some(_) => {}
            None => access_known = false,
        }
    }
    match (decided, access_known) {
        (false, _) => GuidanceStatus::NotEnoughEvidence,
        (true, false) => GuidanceStatus::Unknown,
        (true, true) => GuidanceStatus::Met,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::irt::IrtModel;

    const EASY: IrtModel = IrtModel::TwoPl { a: 1.5, b: -2.2 };
    const MID: IrtModel = IrtModel::TwoPl { a: 1.5, b: 1.0 };
    const HARD: IrtModel = IrtModel::TwoPl { a: 1.5, b: 2.6 };

    /// `n` answers to `model`, the first `right` of them right.
    fn answers(model: &'static IrtModel, n: usize, right: usize) -> Vec<Scored<'static>> {
        (0..n).map(|i| Scored::new(model, usize::from(i < right))).collect()
    }

    fn evidence<'a>(content: &'a Content, theta: f64, by_area: Vec<Vec<Scored<'a>>>) -> Evidence<'a> {
        Evidence {
            content,
            overall: Estimate {
                theta,
                se: 0.3,
                method: Method::Eap,
                bounded: false,
            },
            items: by_area.iter().map(Vec::len).sum(),
            by_area,
            access: BTreeMap::new(),
            stop_reason: Some(StopReason::Precision),
            prior: NormalPrior::default(),
            quadrature_points: 61,
        }
    }

    /// Every area answers like a learner near theta 1.8 (level 9), except the weak ones, which
    /// get every one of `weak_items` easy items wrong.
    fn profile(weak: &[usize], weak_items: usize) -> Vec<Vec<Scored<'static>>> {
        (0..7)
            .map(|a| {
                if weak.contains(&a) {
                    answers(&EASY, weak_items, 0)
                } else {
                    let mut v = answers(&MID, 4, 4);
                    v.extend(answers(&HARD, 4, 1));
                    v
                }
            })
            .collect()
    }

    fn strong_profile(weak: &[usize]) -> Vec<Vec<Scored<'static>>> {
        profile(weak, 8)
    }

    fn status(p: &Placement, id: &str) -> GuidanceStatus {
        p.guidance.iter().find(|g| g.id == id).unwrap().status
    }

    fn dev(content: &Content) -> usize {
        content.framework.areas.iter().position(|a| a.id == "DEV").unwrap()
    }

    #[test]
    fn a_clearly_weaker_core_area_caps_the_level_and_makes_the_profile_irregular() {
        let content = crate::defaults::content().unwrap();
        let dev = dev(&content);
        let p = Placement::from_evidence(&evidence(&content, 1.8, strong_profile(&[dev])), &content.placement);
        let dev_result = &p.areas[dev];
        let dev_top = dev_result.level_range.unwrap()[1];
        assert_eq!(p.uncapped_level, Some(content.levels.level_of(1.8)));
        assert_eq!(p.level, dev_top + 1, "overall = top of DEV's band + 1");
        // The band is the overall ability's band: it still covers the theta interval.
        assert_eq!(p.level_range[0], content.levels.level_of(p.theta_interval[0]));
        assert_eq!(p.level_range[1], content.levels.level_of(p.theta_interval[1]));
        assert_eq!(p.profile_shape, ProfileShape::Irregular);
        assert_eq!(dev_result.standing, Standing::NeedsSupport);
        assert!(p.areas.iter().any(|a| a.standing == Standing::Strength));
        assert_eq!(p.code, content.levels.get(p.level).code);
        assert_eq!(p.can_do, content.levels.get(p.level).can_do);
        assert_eq!(p.next_can_do, content.levels.get(p.level + 1).can_do);
        // A weak DEV fails the rules that need DEV at 6.
        assert_eq!(status(&p, "independent"), GuidanceStatus::NotMet);
    }

    #[test]
    fn an_area_estimate_does_not_reuse_its_own_answers() {
        let content = crate::defaults::content().unwrap();
        let dev = dev(&content);
        let by_area = strong_profile(&[dev]);
        let rules = content.placement.clone();
        let from_rest = estimates_from_rest(&by_area, NormalPrior::default(), 61);
        let estimates = area_estimates(&by_area, &from_rest, 61, rules.area_spread);
        // The prior of DEV comes from the other six areas alone.
        let rest: Vec<Scored<'_>> = by_area
            .iter()
            .enumerate()
            .filter(|&(a, _)| a != dev)
            .flat_map(|(_, s)| s.iter().copied())
            .collect();
        let general = eap(&rest, &Quadrature::new(NormalPrior::default(), 61));
        let prior = NormalPrior {
            mean: general.theta,
            sd: (rules.area_spread.powi(2) + general.se * general.se).sqrt(),
        };
        let expected = eap(&by_area[dev], &Quadrature::new(prior, 61));
        assert_eq!(estimates[dev], Some(expected));
        // Changing DEV's answers moves the DEV estimate but not the prior of the others' … and
        // the DEV estimate is far below the rest.
        assert!(expected.theta < general.theta - 1.0);
        assert!(expected.se < prior.sd);
    }

    #[test]
    fn an_even_profile_is_regular_and_uncapped() {
        let content = crate::defaults::content().unwrap();
        let p = Placement::from_evidence(&evidence(&content, 1.8, strong_profile(&[])), &content.placement);
        assert_eq!(p.uncapped_level, None);
        assert_eq!(p.level, content.levels.level_of(1.8));
        assert_eq!(p.profile_shape, ProfileShape::Regular);
        assert!(p.areas.iter().all(|a| !a.few_items && a.items == 8));
        assert!(p
            .areas
            .iter()
            .all(|a| !matches!(a.standing, Standing::NeedsSupport | Standing::Strength)));
        assert!(p.is_placement());
    }

    #[test]
    fn a_few_wrong_answers_in_one_area_are_not_enough_evidence() {
        let content = crate::defaults::content().unwrap();
        let dev = dev(&content);
        let p = Placement::from_evidence(&evidence(&content, 1.8, profile(&[dev], 1)), &content.placement);
        assert_eq!(p.uncapped_level, None, "one wrong answer cannot cap");
        assert_ne!(p.areas[dev].standing, Standing::NeedsSupport);
        assert_ne!(p.profile_shape, ProfileShape::Irregular);
        assert!(p.areas[dev].few_items);
        assert!(p.flags.contains(&PlacementFlag::FewItemsInAreas));
    }

    #[test]
    fn unmeasured_and_thin_areas_are_flagged_and_unknown() {
        let content = crate::defaults::content().unwrap();
        let mut by_area = strong_profile(&[]);
        by_area[5].clear();
        by_area[6].truncate(2);
        let p = Placement::from_evidence(&evidence(&content, 1.8, by_area), &content.placement);
        assert_eq!(p.areas[5].standing, Standing::NotMeasured);
        assert_eq!(p.areas[5].level, None);
        assert_eq!(p.areas[5].level_range, None);
        assert!(!p.areas[5].few_items);
        assert!(p.areas[6].few_items);
    }

    #[test]
    fn guidance_needs_evidence_in_every_area_it_depends_on() {
        let content = crate::defaults::content().unwrap();
        let dev = dev(&content);
        let mut by_area = strong_profile(&[]);
        by_area[dev].clear();
        let p = Placement::from_evidence(&evidence(&content, 1.8, by_area), &content.placement);
        assert_eq!(p.areas[dev].standing, Standing::NotMeasured);
        assert_eq!(p.guidance.len(), content.placement.guidance.len());
        for g in &p.guidance {
            assert_eq!(g.status, GuidanceStatus::NotEnoughEvidence, "{}", g.id);
        }
    }

    #[test]
    fn a_short_test_is_not_a_placement_and_guides_nothing() {
        let content = crate::defaults::content().unwrap();
        let mut by_area: Vec<Vec<Scored<'_>>> = vec![Vec::new(); 7];
        by_area[0] = answers(&MID, 1, 0);
        let mut e = evidence(&content, -0.5, by_area);
        e.stop_reason = None;
        let p = Placement::from_evidence(&e, &content.placement);
        assert!(!p.is_placement());
        assert!(p.flags.contains(&PlacementFlag::NotAPlacement));
        assert!(p.flags.contains(&PlacementFlag::Unfinished));
        assert_eq!(p.profile_shape, ProfileShape::NotEnoughEvidence);
        assert!(p.guidance.iter().all(|g| g.status == GuidanceStatus::NotEnoughEvidence));
        // The cap never acts on a result that is not a placement.
        assert_eq!((p.level, p.uncapped_level), (content.levels.level_of(-0.5), None));
        // Nine answers are still too few; ten are enough.
        let rules = content.placement.clone();
        let mut e = evidence(&content, 1.8, strong_profile(&[]));
        e.items = rules.min_items - 1;
        assert!(!Placement::from_evidence(&e, &rules).is_placement());
        e.items = rules.min_items;
        assert!(Placement::from_evidence(&e, &rules).is_placement());
    }

    #[test]
    fn flags_carry_bounded_estimates_and_provisional_calibration() {
        let content = crate::defaults::content().unwrap();
        let mut e = evidence(&content, 6.0, strong_profile(&[]));
        e.overall.bounded = true;
        e.overall.method = Method::Mle;
        let p = Placement::from_evidence(&e, &content.placement);
        assert!(p.flags.contains(&PlacementFlag::BoundedEstimate));
        assert!(p.flags.contains(&PlacementFlag::ProvisionalCalibration));
        assert!(!p.flags.contains(&PlacementFlag::Unfinished));
        let mut sorted = p.flags.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, p.flags);
    }

    #[test]
    fn a_non_finite_estimate_never_reaches_the_result() {
        let content = crate::defaults::content().unwrap();
        let mut e = evidence(&content, f64::NAN, strong_profile(&[]));
        e.overall.se = f64::INFINITY;
        let p = Placement::from_evidence(&e, &content.placement);
        assert!(p.theta.is_finite() && p.se.is_finite());
        assert!(p.theta_interval.iter().all(|x| x.is_finite()));
        assert!(!p.is_placement());
    }

    #[test]
    fn online_guidance_needs_levels_and_access() {
        let content = crate::defaults::content().unwrap();
        let rules = content.placement.clone();
        let online = |access: &[(&str, &str)]| {
            let mut e = evidence(&content, 1.8, strong_profile(&[]));
            e.access = access.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            status(&Placement::from_evidence(&e, &rules), "online_services")
        };
        assert_eq!(
            online(&[("devices", "own_smartphone"), ("connection", "home_wifi")]),
            GuidanceStatus::Met
        );
        assert_eq!(
            online(&[("devices", "own_smartphone"), ("connection", "none")]),
            GuidanceStatus::NotMet
        );
        assert_eq!(online(&[("devices", "none")]), GuidanceStatus::NotMet);
        assert_eq!(online(&[("devices", "tablet")]), GuidanceStatus::Unknown);
        assert_eq!(online(&[]), GuidanceStatus::Unknown);
        let p = Placement::from_evidence(&evidence(&content, 1.8, strong_profile(&[])), &rules);
        assert_eq!(status(&p, "phone_services"), GuidanceStatus::Met);
        assert_eq!(status(&p, "independent"), GuidanceStatus::Met);
        // A learner below the threshold is not ready, whatever the access.
        let low = Placement::from_evidence(
            &evidence(&content, -2.3, strong_profile(&[0, 1, 2, 3, 4, 5, 6])),
            &rules,
        );
        assert!(low.guidance.iter().all(|g| g.status == GuidanceStatus::NotMet));
    }

    #[test]
    fn standing_follows_the_band_against_the_level() {
        let content = crate::defaults::content().unwrap();
        let levels = &content.levels;
        // Level 6 is [0.0, 0.5); level 5 starts at -0.5, level 7 ends at 1.0.
        let s = |lo, hi| standing(levels, Interval { lo, hi }, 6);
        assert_eq!(s(-1.0, -0.01), Standing::NeedsSupport);
        assert_eq!(s(-1.0, 0.0), Standing::NotEnoughEvidence);
        assert_eq!(s(0.5, 1.2), Standing::Strength);
        assert_eq!(s(0.49, 1.2), Standing::NotEnoughEvidence);
        assert_eq!(s(-0.5, 0.99), Standing::OnLevel);
        assert_eq!(s(-0.51, 0.9), Standing::NotEnoughEvidence);
        assert_eq!(s(-0.4, 1.0), Standing::NotEnoughEvidence);
    }

    #[test]
    fn the_level_width_is_the_mean_distance_between_cuts() {
        let content = crate::defaults::content().unwrap();
        // Cuts from -2.6 to 3.0 over 12 levels: 5.6 / 11.
        assert!((level_width(&content.levels) - 5.6 / 11.0).abs() < 1e-12);
        // A scale with a single cut has no width to measure: one theta unit.
        let mut one_cut = content.levels.clone();
        one_cut.levels.truncate(2);
        assert_eq!(level_width(&one_cut), 1.0);
    }

    #[test]
    fn guidance_is_decided_by_the_band_against_the_rule_level() {
        let content = crate::defaults::content().unwrap();
        let levels = &content.levels;
        // Level 6 is [0.0, 0.5).
        let rule = GuidanceRule {
            id: "test".into(),
            message: "guidance-independent".into(),
            areas: vec!["DEV".into()],
            min_level: "6".into(),
            access: vec!["devices".into()],
        };
        let area = |band: Option<Interval>| {
            let result = AreaResult {
                area: "DEV".into(),
                level: None,
                level_range: None,
                theta: None,
                se: None,
                items: 5,
                few_items: false,
                core: true,
                standing: Standing::NotEnoughEvidence,
            };
            vec![(result, band)]
        };
        let no = vec!["none".to_string()];
        let devices: BTreeMap<String, String> = [("devices".to_string(), "own_smartphone".to_string())].into();
        let status = |lo: f64, hi: f64, access: &BTreeMap<String, String>| {
            guidance_status(&rule, &no, levels, &area(Some(Interval { lo, hi })), access)
        };
        assert_eq!(status(0.0, 0.4, &devices), GuidanceStatus::Met);
        assert_eq!(status(-0.01, 0.4, &devices), GuidanceStatus::NotEnoughEvidence);
        assert_eq!(status(-0.3, 0.0, &devices), GuidanceStatus::NotEnoughEvidence);
        assert_eq!(status(-1.0, -0.01, &devices), GuidanceStatus::NotMet);
        assert_eq!(status(0.0, 0.4, &BTreeMap::new()), GuidanceStatus::Unknown);
        let none: BTreeMap<String, String> = [("devices".to_string(), "none".to_string())].into();
        assert_eq!(status(0.0, 0.4, &none), GuidanceStatus::NotMet);
        assert_eq!(status(-0.3, 0.4, &none), GuidanceStatus::NotMet);
        // An unmeasured area decides nothing.
        assert_eq!(
            guidance_status(&rule, &no, levels, &area(None), &devices),
            GuidanceStatus::NotEnoughEvidence
        );
    }

    #[test]
    fn access_answers_become_the_access_profile() {
        let content = crate::defaults::content().unwrap();
        let item = content
            .bank
            .items()
            .iter()
            .find(|i| i.profile_field.as_deref() == Some("devices"))
            .unwrap();
        let option = item.options.iter().find(|o| o.value.is_some()).unwrap();
        let answers = vec![Answer {
            item: item.id.clone(),
            response: Response::Choice {
                option: option.id.clone(),
            },
            passed_over: Vec::new(),
        }];
        let profile = access_profile(&content, &answers);
        assert_eq!(profile.len(), 1);
        assert_eq!(profile.get("devices"), option.value.as_ref());
    }

    #[test]
    fn the_rule_from_the_rest_needs_a_credible_gap_near_the_rule_level() {
        // Four core areas: 8 one-sided tests at 95 % family-wise (half the 10 % error of 90 %).
        let z = z_for_confidence(1.0 - 0.1 / 8.0);
        let even = (0.1, 0.3, 8);
        let with = |(d, se): (f64, f64)| [even, (d, se, 8), even, (-0.2, 0.3, 8)];
        let shape = |core: &[(f64, f64, usize)]| profile_shape_from_rest(core, 3, 2, 0.5, 0.9);
        // Credible and at least 1.5 levels (0.75): irregular, in either direction.
        let se = 0.4;
        assert_eq!(shape(&with((-(z * se + 1e-6), se))), ProfileShape::Irregular);
        assert_eq!(shape(&with((z * se + 1e-6, se))), ProfileShape::Irregular);
        assert_eq!(shape(&with((-(z * se - 1e-6), se))), ProfileShape::Regular);
        // The same gap on fewer than `few_items` answers is not evidence.
        let thin = [even, (-(z * se + 1e-6), se, 2), even, even];
        assert_eq!(shape(&thin), ProfileShape::Regular);
        let enough = [even, (-(z * se + 1e-6), se, 3), even, even];
        assert_eq!(shape(&enough), ProfileShape::Irregular);
        // Credible but nearer one level than two: regular.
        let precise = 0.1;
        assert_eq!(shape(&with((-0.75 + 1e-6, precise))), ProfileShape::Regular);
        assert_eq!(shape(&with((-0.75, precise))), ProfileShape::Irregular);
        // A wider rule moves the point threshold: three levels need 1.25.
        let wide = |d: f64| profile_shape_from_rest(&with((d, precise)), 3, 3, 0.5, 0.9);
        assert_eq!(wide(-1.2), ProfileShape::Regular);
        assert_eq!(wide(-1.25), ProfileShape::Irregular);
        // Fewer areas, fewer tests: two areas are 4 tests.
        let z2 = z_for_confidence(1.0 - 0.1 / 4.0);
        assert!(z2 < z);
        let d = (z2 + z) / 2.0;
        assert_eq!(shape(&[(d, 1.0, 8), even]), ProfileShape::Irregular);
        assert_eq!(shape(&[(d, 1.0, 8), even, even, even]), ProfileShape::Regular);
        // A lower confidence is a lower bar.
        assert_eq!(
            profile_shape_from_rest(&[(d, 1.0, 8), even, even, even], 3, 2, 0.5, 0.6),
            ProfileShape::Irregular
        );
        assert_eq!(shape(&[(-3.0, 0.1, 8)]), ProfileShape::NotEnoughEvidence);
    }

    #[test]
    fn gaps_from_the_rest_leave_out_the_area_and_hardly_shrink() {
        let prior = NormalPrior::default();
        // Area 0 all wrong on mid items, the others right on easy and wrong on hard ones.
        let mut by_area = profile(&[], 0);
        by_area[0] = answers(&MID, 6, 0);
        by_area[1].clear();
        let from_rest = estimates_from_rest(&by_area, prior, 61);
        assert_eq!(from_rest[1], None, "no answers, no reference");
        let gaps = gaps_from_rest(&by_area, &from_rest, 61);
        assert_eq!(gaps[1], None, "no answers, no gap");
        let (gap, se) = gaps[0].unwrap();
        // The rest alone, and the area alone under the wide prior around it.
        let rest: Vec<Scored<'_>> = by_area[2..].iter().flatten().copied().collect();
        let general = eap(&rest, &Quadrature::new(prior, 61));
        assert_eq!(from_rest[0], Some(general), "the rest of the test, population prior");
        let wide = NormalPrior {
            mean: general.theta,
            sd: GAP_PRIOR_SD,
        };
        let area = eap(&by_area[0], &Quadrature::new(wide, 122));
        assert!((gap - (area.theta - general.theta)).abs() < 1e-12);
        assert!((se - (area.se.powi(2) + general.se.powi(2)).sqrt()).abs() < 1e-12);
        // The area-spread estimate of the profile shrinks the same answers far more.
        let spread = area_estimates(&by_area, &from_rest, 61, 0.5)[0].unwrap();
        assert!(gap < spread.theta - general.theta - 0.3, "{gap} vs {}", spread.theta);
    }

    #[test]
    fn a_gap_probe_serves_the_most_credible_undecided_core_area_at_its_own_estimate() {
        let content = crate::defaults::content().unwrap();
        let prior = NormalPrior::default();
        let dev = dev(&content);
        let core = |a: usize| content.framework.areas[a].core;
        // DEV: three mid items wrong, suspicious but far from decided.
        let mut by_area = profile(&[], 0);
        by_area[dev] = answers(&MID, 3, 0);
        let rest = estimates_from_rest(&by_area, prior, 61);
        let gaps = gaps_from_rest(&by_area, &rest, 61);
        let t = |a: usize| gaps[a].map_or(0.0, |(d, se)| d.abs() / se);
        let (d, _) = gaps[dev].unwrap();
        let t_dev = t(dev);
        let others = (0..7).filter(|&a| a != dev && core(a)).map(t).fold(0.0, f64::max);
        assert!(core(dev) && t_dev > 1.0 && t_dev > others, "DEV {t_dev} vs {others}");
        let probe = |min_z: f64, open: &dyn Fn(usize) -> bool, by_area: &[Vec<Scored<'_>>]| {
            gap_probe_area(&content, by_area, prior, 61, min_z, open)
        };
        let all = |_: usize| true;
        let (area, theta) = probe(1.0, &all, &by_area).unwrap();
        assert_eq!(area, dev);
        assert!(
            (theta - (rest[dev].unwrap().theta + d)).abs() < 1e-12,
            "the area's own estimate"
        );
        // Not close enough, or DEV out of items: another close core area, or none.
        assert_eq!(probe(t_dev + 1e-9, &all, &by_area), None);
        assert_eq!(probe(t_dev - 1e-9, &all, &by_area).map(|p| p.0), Some(dev));
        let next = probe(0.0, &|a| a != dev, &by_area).unwrap().0;
        assert!(core(next) && next != dev && (t(next) - others).abs() < 1e-12);
        // A non-core area is never probed, however far it lies.
        let side = (0..7).find(|&a| !core(a)).unwrap();
        let mut off_core = profile(&[], 0);
        off_core[side] = answers(&EASY, 8, 0);
        assert_ne!(probe(0.0, &all, &off_core).map(|p| p.0), Some(side));
        // Once the profile is decided irregular, no more probes.
        assert_eq!(probe(0.0, &all, &strong_profile(&[dev])), None);
    }

    #[test]
    fn profile_shape_tests_the_difference_at_the_stated_confidence() {
        let e = |theta, se| Estimate {
            theta,
            se,
            method: Method::Eap,
            bounded: false,
        };
        // Two areas: one pair, one-sided 90 % (z = 1.2816); threshold one level width (0.5).
        let se = 0.5 / 2f64.sqrt(); // difference SE 0.5
        let z = z_for_confidence(0.8);
        let just = 0.5 + z * 0.5;
        assert_eq!(
            profile_shape(&[e(0.0, se), e(just + 1e-6, se)], 2, 0.5, 0.9),
            ProfileShape::Irregular
        );
        assert_eq!(
            profile_shape(&[e(0.0, se), e(just - 1e-6, se)], 2, 0.5, 0.9),
            ProfileShape::Regular
        );
        assert_eq!(
            profile_shape(&[e(just + 1e-6, se), e(0.0, se)], 2, 0.5, 0.9),
            ProfileShape::Irregular
        );
        // More pairs, stricter per pair.
        let three = [e(0.0, se), e(just + 1e-6, se), e(0.3, se)];
        assert_eq!(profile_shape(&three, 2, 0.5, 0.9), ProfileShape::Regular);
        // Three areas are three pairs: z at one-sided 1 - 0.1 / 3.
        let z3 = z_for_confidence(1.0 - 0.2 / 3.0);
        let just3 = 0.5 + z3 * 0.5;
        let three = |d: f64| [e(1.0, se), e(1.0 + d, se), e(1.2, se)];
        assert_eq!(
            profile_shape(&three(just3 + 1e-6), 2, 0.5, 0.9),
            ProfileShape::Irregular
        );
        assert_eq!(profile_shape(&three(just3 - 1e-6), 2, 0.5, 0.9), ProfileShape::Regular);
        // Equal areas away from zero are regular, and a wider gap rule needs a wider difference.
        assert_eq!(
            profile_shape(&[e(1.0, se), e(1.0, se)], 2, 0.5, 0.9),
            ProfileShape::Regular
        );
        let wide = 1.0 + z * 0.5;
        assert_eq!(
            profile_shape(&[e(0.0, se), e(wide - 1e-6, se)], 3, 0.5, 0.9),
            ProfileShape::Regular
        );
        assert_eq!(
            profile_shape(&[e(0.0, se), e(wide + 1e-6, se)], 3, 0.5, 0.9),
            ProfileShape::Irregular
        );
        assert_eq!(
            profile_shape(&[e(0.0, se)], 2, 0.5, 0.9),
            ProfileShape::NotEnoughEvidence
        );
    }
}

#[cfg(test)]
mod mutation_tests;
