//! Turning a finished session into a placement: the NLN level with its precision, a per-area
//! profile like a CLB profile, can-do statements, the access profile and service guidance.
//!
//! Rules follow the team's content design: an **irregular profile** when core areas differ by
//! `irregular_gap` levels or more (the LINC rule for CLB profiles); the overall level never
//! exceeds a core area's level by more than `cap_above_core` — applied only when that area is
//! known to be lower (the top of its confidence band is below), so a few noisy area items cannot
//! pull a placement down.

use crate::cat::{z_for_confidence, Answer, Session, StopReason};
use crate::content::{Calibration, Content, LevelScale, Response, Stage};
use crate::estimate::{eap, Estimate, Method, NormalPrior, Quadrature, Scored};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Configurable placement rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PlacementRules {
    /// Confidence of the reported bands (overall and per area).
    pub confidence: f64,
    /// Areas measured with fewer scored items are flagged.
    pub few_items: usize,
    /// Core areas this many levels apart make the profile irregular.
    pub irregular_gap: u8,
    /// The overall level is at most a (known lower) core area's level plus this.
    pub cap_above_core: u8,
    /// Prior SD for area estimates (centred on the overall estimate).
    pub area_prior_sd: f64,
    pub guidance: GuidanceRules,
}

impl Default for PlacementRules {
    fn default() -> Self {
        PlacementRules {
            confidence: 0.90,
            few_items: 3,
            irregular_gap: 2,
            cap_above_core: 1,
            area_prior_sd: 1.0,
            guidance: GuidanceRules::default(),
        }
    }
}

/// Levels the core areas must reach for each kind of service guidance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GuidanceRules {
    /// DEV and COM at least this: phone and voice-message services work.
    pub phone_services: u8,
    /// DEV, COM, SRV, SAF at least this, with a usable device and connection: ready for online
    /// classes and services.
    pub online_services: u8,
    /// Every core area at least this: independent with e-government and online job search.
    pub independent: u8,
}

impl Default for GuidanceRules {
    fn default() -> Self {
        GuidanceRules {
            phone_services: 2,
            online_services: 4,
            independent: 6,
        }
    }
}

/// Where an area stands against the overall level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    Strength,
    OnLevel,
    NeedsSupport,
    NotMeasured,
}

/// One area of the profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaResult {
    pub area: String,
    /// Level (absent when no item of the area was given).
    pub level: Option<u8>,
    /// Confidence band in levels.
    pub level_range: Option<[u8; 2]>,
    pub theta: Option<f64>,
    pub se: Option<f64>,
    pub items: usize,
    /// Fewer items than the rules' `few_items`: read the level with care.
    pub few_items: bool,
    pub core: bool,
    pub standing: Standing,
}

/// A kind of service guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuidanceKind {
    PhoneServices,
    OnlineServices,
    Independent,
}

impl GuidanceKind {
    pub fn message_id(self) -> &'static str {
        match self {
            GuidanceKind::PhoneServices => "guidance-phone-services",
            GuidanceKind::OnlineServices => "guidance-online-services",
            GuidanceKind::Independent => "guidance-independent",
        }
    }
}

/// Whether a guidance rule is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuidanceStatus {
    Met,
    NotMet,
    /// Depends on an access answer that was not given.
    Unknown,
}

/// One guidance line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guidance {
    pub kind: GuidanceKind,
    pub status: GuidanceStatus,
}

/// The result handed to an intake system.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    /// NLN level, 0 = Foundation.
    pub level: u8,
    /// Shown code (`F`, `1` … `12`).
    pub code: String,
    pub stage: Stage,
    /// Fluent id of the level name.
    pub name: String,
    pub theta: f64,
    pub se: f64,
    pub method: Method,
    /// Confidence band in levels and in theta.
    pub level_range: [u8; 2],
    pub theta_interval: [f64; 2],
    pub confidence: f64,
    /// The level before the core-area cap, when the cap lowered it.
    pub uncapped_level: Option<u8>,
    pub items: usize,
    pub stop_reason: Option<StopReason>,
    pub areas: Vec<AreaResult>,
    pub irregular_profile: bool,
    /// Can-do statements (Fluent ids) of the level reached, and of the next level.
    pub can_do: Vec<String>,
    pub next_can_do: Vec<String>,
    /// Unscored access profile: field → value.
    pub access: BTreeMap<String, String>,
    pub guidance: Vec<Guidance>,
    pub bank_id: String,
    pub bank_version: String,
    pub calibration: Calibration,
}

fn band(levels: &LevelScale, e: &Estimate, z: f64) -> ([u8; 2], [f64; 2]) {
    let lo = e.theta - z * e.se;
    let hi = e.theta + z * e.se;
    ([levels.level_of(lo), levels.level_of(hi)], [lo, hi])
}

/// Access values that mean "no device" or "no connection".
const NO_ACCESS: &[&str] = &["none", "no_device", "no_connection"];

/// Everything a placement is computed from: the overall estimate, the scored answers per area
/// (in framework order) and the access answers.
#[derive(Debug, Clone)]
pub struct Evidence<'a> {
    pub content: &'a Content,
    pub overall: Estimate,
    pub by_area: Vec<Vec<Scored<'a>>>,
    pub access: BTreeMap<String, String>,
    pub items: usize,
    pub stop_reason: Option<StopReason>,
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

impl Placement {
    /// Places the learner of a session (finished or not: an unfinished session gives a
    /// provisional placement on the answers so far).
    pub fn from_session(session: &Session<'_>, rules: &PlacementRules) -> Placement {
        let content = session.content();
        let evidence = Evidence {
            content,
            overall: session.final_estimate(),
            by_area: session.scored_by_area(),
            access: access_profile(content, &session.state().answers),
            items: session.scored_count(),
            stop_reason: session.stop_reason(),
            quadrature_points: session.state().config.estimation.quadrature_points,
        };
        Placement::from_evidence(&evidence, rules)
    }

    /// Places a learner from the evidence.
    pub fn from_evidence(evidence: &Evidence<'_>, rules: &PlacementRules) -> Placement {
        let content = evidence.content;
        let levels = &content.levels;
        let framework = &content.framework;
        let z = z_for_confidence(rules.confidence);
        let overall = evidence.overall;
        let (mut level_range, theta_interval) = band(levels, &overall, z);
        let mut level = levels.level_of(overall.theta);

        let prior = NormalPrior {
            mean: overall.theta,
            sd: rules.area_prior_sd,
        };
        let quadrature = Quadrature::new(prior, evidence.quadrature_points);
        let mut areas: Vec<AreaResult> = framework
            .areas
            .iter()
            .zip(&evidence.by_area)
            .map(|(area, scored)| {
                let measured = !scored.is_empty();
                let e = measured.then(|| eap(scored, &quadrature));
                AreaResult {
                    area: area.id.clone(),
                    level: e.map(|e| levels.level_of(e.theta)),
                    level_range: e.map(|e| band(levels, &e, z).0),
                    theta: e.map(|e| e.theta),
                    se: e.map(|e| e.se),
                    items: scored.len(),
                    few_items: scored.len() < rules.few_items,
                    core: area.core,
                    standing: Standing::NotMeasured,
                }
            })
            .collect();

        // Cap: a core area known to be lower holds the overall level down.
        let cap = areas
            .iter()
            .filter(|a| a.core)
            .filter_map(|a| a.level_range.map(|r| r[1].saturating_add(rules.cap_above_core)))
            .min();
        let mut uncapped_level = None;
        if let Some(cap) = cap.filter(|&c| c < level) {
            uncapped_level = Some(level);
            level = cap;
            // The band in levels obeys the same cap (the theta interval stays as estimated).
            level_range = [level_range[0].min(cap), level_range[1].min(cap)];
        }
        for a in &mut areas {
            if let Some(l) = a.level {
                a.standing = if l > level {
                    Standing::Strength
                } else if l < level {
                    Standing::NeedsSupport
                } else {
                    Standing::OnLevel
                };
            }
        }
        let core_levels: Vec<u8> = areas.iter().filter(|a| a.core).filter_map(|a| a.level).collect();
        let irregular_profile = match (core_levels.iter().min(), core_levels.iter().max()) {
            (Some(lo), Some(hi)) => hi - lo >= rules.irregular_gap,
            _ => false,
        };

        let access = evidence.access.clone();
        let bank = &content.bank;

        let area_level = |id: &str| {
            areas
                .iter()
                .find(|a| a.area == id)
                .and_then(|a| a.level)
                .unwrap_or(level)
        };
        let core_ids: Vec<&str> = framework
            .areas
            .iter()
            .filter(|a| a.core)
            .map(|a| a.id.as_str())
            .collect();
        let all_at_least = |ids: &[&str], min: u8| ids.iter().all(|id| area_level(id) >= min);
        let status = |met: bool| {
            if met {
                GuidanceStatus::Met
            } else {
                GuidanceStatus::NotMet
            }
        };
        let g = &rules.guidance;
        let has = |field: &str| access.get(field).map(|v| !NO_ACCESS.contains(&v.as_str()));
        let online = if !all_at_least(&core_ids, g.online_services) {
            GuidanceStatus::NotMet
        } else {
            match (has("devices"), has("connection")) {
                (Some(true), Some(true)) => GuidanceStatus::Met,
                (Some(false), _) | (_, Some(false)) => GuidanceStatus::NotMet,
                _ => GuidanceStatus::Unknown,
            }
        };
        let guidance = vec![
            Guidance {
                kind: GuidanceKind::PhoneServices,
                status: status(all_at_least(&["DEV", "COM"], g.phone_services)),
            },
            Guidance {
                kind: GuidanceKind::OnlineServices,
                status: online,
            },
            Guidance {
                kind: GuidanceKind::Independent,
                status: status(all_at_least(&core_ids, g.independent)),
            },
        ];

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
            theta_interval,
            confidence: rules.confidence,
            uncapped_level,
            items: evidence.items,
            stop_reason: evidence.stop_reason,
            areas,
            irregular_profile,
            can_do: record.can_do.clone(),
            next_can_do,
            access,
            guidance,
            bank_id: bank.id.clone(),
            bank_version: bank.version.clone(),
            calibration: bank.calibration,
        }
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
            quadrature_points: 61,
        }
    }

    /// Every area answers like a learner near theta 1.8 (level 9), except the ones given.
    fn strong_profile(weak: &[usize]) -> Vec<Vec<Scored<'static>>> {
        (0..7)
            .map(|a| {
                if weak.contains(&a) {
                    answers(&EASY, 8, 0)
                } else {
                    let mut v = answers(&MID, 4, 4);
                    v.extend(answers(&HARD, 4, 1));
                    v
                }
            })
            .collect()
    }

    #[test]
    fn a_clearly_weaker_core_area_caps_the_level_and_makes_the_profile_irregular() {
        let content = crate::defaults::content().unwrap();
        let dev = content.framework.areas.iter().position(|a| a.id == "DEV").unwrap();
        let p = Placement::from_evidence(
            &evidence(&content, 1.8, strong_profile(&[dev])),
            &PlacementRules::default(),
        );
        let dev_result = &p.areas[dev];
        let dev_top = dev_result.level_range.unwrap()[1];
        assert_eq!(p.uncapped_level, Some(content.levels.level_of(1.8)));
        assert_eq!(p.level, dev_top + 1, "overall = top of DEV's band + 1");
        assert!(p.level_range[1] <= p.level && p.level_range[0] <= p.level);
        assert!(p.irregular_profile);
        assert_eq!(dev_result.standing, Standing::NeedsSupport);
        assert!(p.areas.iter().any(|a| a.standing == Standing::Strength));
        assert_eq!(p.code, content.levels.get(p.level).code);
        assert_eq!(p.can_do, content.levels.get(p.level).can_do);
        assert_eq!(p.next_can_do, content.levels.get(p.level + 1).can_do);
    }

    #[test]
    fn an_even_profile_is_regular_and_uncapped() {
        let content = crate::defaults::content().unwrap();
        let p = Placement::from_evidence(
            &evidence(&content, 1.8, strong_profile(&[])),
            &PlacementRules::default(),
        );
        assert_eq!(p.uncapped_level, None);
        assert_eq!(p.level, content.levels.level_of(1.8));
        assert!(!p.irregular_profile);
        assert!(p.areas.iter().all(|a| !a.few_items && a.items == 8));
    }

    #[test]
    fn unmeasured_and_thin_areas_are_flagged() {
        let content = crate::defaults::content().unwrap();
        let mut by_area = strong_profile(&[]);
        by_area[5].clear();
        by_area[6].truncate(2);
        let p = Placement::from_evidence(&evidence(&content, 1.8, by_area), &PlacementRules::default());
        assert_eq!(p.areas[5].standing, Standing::NotMeasured);
        assert_eq!(p.areas[5].level, None);
        assert!(p.areas[6].few_items);
    }

    #[test]
    fn online_guidance_needs_levels_and_access() {
        let content = crate::defaults::content().unwrap();
        let rules = PlacementRules::default();
        let online = |access: &[(&str, &str)]| {
            let mut e = evidence(&content, 1.8, strong_profile(&[]));
            e.access = access.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            let p = Placement::from_evidence(&e, &rules);
            p.guidance
                .iter()
                .find(|g| g.kind == GuidanceKind::OnlineServices)
                .unwrap()
                .status
        };
        assert_eq!(
            online(&[("devices", "own_smartphone"), ("connection", "home_wifi")]),
            GuidanceStatus::Met
        );
        assert_eq!(
            online(&[("devices", "own_smartphone"), ("connection", "none")]),
            GuidanceStatus::NotMet
        );
        assert_eq!(online(&[]), GuidanceStatus::Unknown);
        // A learner below the threshold is not ready, whatever the access.
        let low = Placement::from_evidence(
            &evidence(&content, -2.3, strong_profile(&[0, 1, 2, 3, 4, 5, 6])),
            &rules,
        );
        assert!(low.guidance.iter().all(|g| g.status == GuidanceStatus::NotMet));
    }
}
