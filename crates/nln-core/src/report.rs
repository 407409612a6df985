//! The placement report: the record an intake system stores, versioned and self-describing.
//!
//! Every adapter (the CLI's `--json`, the service) serializes this one type with
//! [`PlacementReport::to_json`], so they return the same bytes. Codes (`level.code`, area codes,
//! `profile`, standings, flags) are language-independent; localized text stands beside them.
//! The caller passes what the core cannot know: the session id, the time (the core has no clock)
//! and the localizer of the learner's language. The schema is `docs/schemas/placement-report.json`.

use crate::content::{Calibration, Content};
use crate::i18n::{Localizer, ReviewStatus};
use crate::placement::{GuidanceStatus, Placement, PlacementFlag, ProfileShape, Standing};
use serde::{Deserialize, Serialize};

/// Version of the report format; bumped on any incompatible change.
pub const REPORT_FORMAT: u32 = 1;

/// What the caller knows about the session that the core does not.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportContext<'a> {
    /// The caller's id of the session, so the record can be traced back to it.
    pub session_id: &'a str,
    /// Seed of the session's random choices, so the item sequence can be replayed.
    pub seed: u64,
    /// When the result was produced, RFC 3339 (`2026-11-28T18:00:00Z`).
    pub time: &'a str,
}

/// A code with its localized text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coded {
    /// Language-independent code, for machines.
    pub code: String,
    /// Localized text, for people.
    pub text: String,
}

/// The engine that produced the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Engine {
    /// `nln`.
    pub name: String,
    /// Version of the engine crate, so a result can be reproduced with the same code.
    pub version: String,
}

/// The content the learner was scored on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContentInfo {
    /// Version of the competency framework.
    pub framework_version: String,
    /// Status of the cut scores (`provisional` until standard setting).
    pub levels_status: String,
    /// Bank id.
    pub bank_id: String,
    /// Bank version.
    pub bank_version: String,
    /// Whether the parameters are expert-set or estimated from data.
    pub calibration: Calibration,
    /// SHA-256 of the canonical content ([`Content::digest`]).
    pub digest: String,
}

/// The session the result comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionInfo {
    /// The caller's session id.
    pub id: String,
    /// Seed of the session's random choices.
    pub seed: u64,
    /// When the result was produced, RFC 3339.
    pub time: String,
    /// Locale the prompts were served in, and its review status.
    pub language: String,
    /// Review status of that locale (`machine-drafted`, `reviewed`, or `unknown`).
    pub prompt_review: String,
}

/// An NLN level: code (`F`, `1` … `12`), number, localized name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelRef {
    /// Level number (0 = F).
    pub level: u8,
    /// Shown code: `F`, `1` … `12`.
    pub code: String,
    /// Localized level name.
    pub name: String,
}

/// The overall result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overall {
    /// False when the result is below the minimum length (see `flags`).
    pub is_placement: bool,
    /// The placed level.
    pub level: LevelRef,
    /// Its stage.
    pub stage: Coded,
    /// `NLN 4 · DEV5 INF4 COM4 SRV4 SAF4 CRE3 PRB4`, `–` for an unmeasured area.
    pub profile: String,
    /// Ability estimate on the bank's theta scale.
    pub theta: f64,
    /// Standard error of `theta`.
    pub se: f64,
    /// Estimator that produced `theta` (`eap`, `mle`, …).
    pub method: String,
    /// Confidence of the bands, e.g. 0.9.
    pub confidence: f64,
    /// Confidence band of the overall ability, in level codes and in theta.
    pub level_range: [String; 2],
    /// The same band on the theta scale.
    pub theta_interval: [f64; 2],
    /// The level before the core-area cap, when the cap lowered it.
    pub uncapped_level: Option<String>,
    /// Scored items answered.
    pub items: usize,
    /// Why the test stopped (absent when it was not finished).
    pub stop_reason: Option<Coded>,
    /// Whether the core areas credibly differ (regular, irregular, not enough evidence).
    pub profile_shape: Coded,
    /// Warnings that qualify the result (too short, machine-drafted prompts …).
    pub flags: Vec<Coded>,
}

/// One area of the profile; level fields are absent when the area was not measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaReport {
    /// Area code (`DEV`).
    pub code: String,
    /// Localized area name.
    pub name: String,
    /// Whether the area is a core area, which caps the overall level.
    pub core: bool,
    /// Level code of the area estimate.
    pub level: Option<String>,
    /// Confidence band of the area, in level codes.
    pub level_range: Option<[String; 2]>,
    /// Area ability estimate.
    pub theta: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Scored items of the area answered.
    pub items: usize,
    /// Too few items for the area level to be trusted.
    pub few_items: bool,
    /// How the area stands against the overall level.
    pub standing: Coded,
}

/// A can-do statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CanDo {
    /// Fluent id of the statement, stable across languages.
    pub id: String,
    /// The statement, localized.
    pub text: String,
}

/// One access answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccessAnswer {
    /// Access field (`owns_smartphone`).
    pub field: String,
    /// Localized question label.
    pub label: String,
    /// The answer's code.
    pub value: String,
    /// The answer, localized.
    pub text: String,
}

/// One guidance line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuidanceReport {
    /// Which guidance rule (its id in `guidance.yaml`).
    pub kind: Coded,
    /// Whether the learner meets it (met, not met, not enough evidence, unknown).
    pub status: Coded,
}

/// The intake record of one placement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacementReport {
    /// Report format version ([`REPORT_FORMAT`]), so an intake system can refuse a format it does not know.
    pub format: u32,
    /// Engine that produced the report.
    pub engine: Engine,
    /// Content it was scored on.
    pub content: ContentInfo,
    /// The session it comes from.
    pub session: SessionInfo,
    /// The overall result.
    pub result: Overall,
    /// The area profile, in framework order.
    pub areas: Vec<AreaReport>,
    /// Can-do statements of the placed level.
    pub can_do: Vec<CanDo>,
    /// Can-do statements of the next level: what to learn next.
    pub next_can_do: Vec<CanDo>,
    /// The learner's access answers.
    pub access: Vec<AccessAnswer>,
    /// Service guidance lines.
    pub guidance: Vec<GuidanceReport>,
}

fn coded<T: Serialize>(value: T, message_id: &str, loc: &Localizer) -> Coded {
    let code = serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    Coded {
        code,
        text: loc.text(message_id),
    }
}

/// A finite number for the record: the report never carries NaN or infinity (JSON has none).
fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

impl PlacementReport {
    /// Builds the report of `placement` for the learner whose prompts `loc` served.
    pub fn new(
        content: &Content,
        placement: &Placement,
        loc: &Localizer,
        context: &ReportContext<'_>,
    ) -> PlacementReport {
        let levels = &content.levels;
        let code = |level: u8| levels.get(level).code.clone();
        let review = loc.review_status(loc.locale());
        let mut flags = placement.flags.clone();
        if review == Some(ReviewStatus::MachineDrafted) && !flags.contains(&PlacementFlag::MachineDraftedPrompts) {
            flags.push(PlacementFlag::MachineDraftedPrompts);
            flags.sort();
        }
        let areas: Vec<AreaReport> = placement
            .areas
            .iter()
            .map(|a| AreaReport {
                code: a.area.clone(),
                name: content
                    .framework
                    .area(&a.area)
                    .map_or_else(String::new, |x| loc.text(&x.name)),
                core: a.core,
                level: a.level.map(code),
                level_range: a.level_range.map(|[lo, hi]| [code(lo), code(hi)]),
                theta: a.theta.map(finite),
                se: a.se.map(finite),
                items: a.items,
                few_items: a.few_items,
                standing: coded(a.standing, a.standing.message_id(), loc),
            })
            .collect();
        let can_do = |ids: &[String]| {
            ids.iter()
                .map(|id| CanDo {
                    id: id.clone(),
                    text: loc.text(id),
                })
                .collect()
        };
        let access = placement
            .access
            .iter()
            .map(|(field, value)| AccessAnswer {
                field: field.clone(),
                label: loc.text(&format!("access-field-{field}")),
                value: value.clone(),
                text: access_value_text(content, loc, field, value),
            })
            .collect();
        let record = levels.get(placement.level);
        PlacementReport {
            format: REPORT_FORMAT,
            engine: Engine {
                name: "nln".into(),
                version: env!("CARGO_PKG_VERSION").into(),
            },
            content: ContentInfo {
                framework_version: content.framework.version.clone(),
                levels_status: levels.status.clone(),
                bank_id: content.bank.id.clone(),
                bank_version: content.bank.version.clone(),
                calibration: content.bank.calibration,
                digest: content.digest(),
            },
            session: SessionInfo {
                id: context.session_id.to_string(),
                seed: context.seed,
                time: context.time.to_string(),
                language: loc.locale().to_string(),
                prompt_review: review.map_or("unknown", ReviewStatus::name).to_string(),
            },
            result: Overall {
                is_placement: placement.is_placement(),
                level: LevelRef {
                    level: placement.level,
                    code: record.code.clone(),
                    name: loc.text(&record.name),
                },
                stage: coded(record.stage, record.stage.message_id(), loc),
                profile: profile_code(content, placement),
                theta: finite(placement.theta),
                se: finite(placement.se),
                method: placement.method.name().to_string(),
                confidence: placement.confidence,
                level_range: placement.level_range.map(code),
                theta_interval: placement.theta_interval.map(finite),
                uncapped_level: placement.uncapped_level.map(code),
                items: placement.items,
                stop_reason: placement.stop_reason.map(|r| Coded {
                    code: r.name().to_string(),
                    text: loc.text(r.message_id()),
                }),
                profile_shape: coded(placement.profile_shape, placement.profile_shape.message_id(), loc),
                flags: flags.iter().map(|f| coded(*f, f.message_id(), loc)).collect(),
            },
            areas,
            can_do: can_do(&record.can_do),
            next_can_do: can_do(&placement.next_can_do),
            access,
            guidance: placement
                .guidance
                .iter()
                .map(|g| GuidanceReport {
                    kind: Coded {
                        code: g.id.clone(),
                        text: loc.text(&g.message),
                    },
                    status: coded(g.status, g.status.message_id(), loc),
                })
                .collect(),
        }
    }

    /// The report as pretty-printed JSON: the bytes every adapter returns.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report of finite numbers serializes")
    }

    /// Column names of [`PlacementReport::csv_row`].
    pub fn csv_header(content: &Content) -> String {
        let mut columns: Vec<String> = [
            "session_id",
            "time",
            "language",
            "is_placement",
            "level",
            "level_low",
            "level_high",
            "theta",
            "se",
            "items",
            "profile",
            "profile_shape",
            "flags",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        columns.extend(content.framework.areas.iter().map(|a| format!("area_{}", a.id)));
        columns.extend(content.framework.areas.iter().map(|a| format!("standing_{}", a.id)));
        columns.extend(content.placement.guidance.iter().map(|g| format!("guidance_{}", g.id)));
        columns.extend(["bank_id", "bank_version", "digest"].map(String::from));
        columns.join(",")
    }

    /// One CSV row (RFC 4180 quoting) with the codes of the report, for intake spreadsheets.
    pub fn csv_row(&self) -> String {
        let mut cells = vec![
            self.session.id.clone(),
            self.session.time.clone(),
            self.session.language.clone(),
            self.result.is_placement.to_string(),
            self.result.level.code.clone(),
            self.result.level_range[0].clone(),
            self.result.level_range[1].clone(),
            format!("{:.3}", self.result.theta),
            format!("{:.3}", self.result.se),
            self.result.items.to_string(),
            self.result.profile.clone(),
            self.result.profile_shape.code.clone(),
            self.result
                .flags
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ];
        cells.extend(self.areas.iter().map(|a| a.level.clone().unwrap_or_default()));
        cells.extend(self.areas.iter().map(|a| a.standing.code.clone()));
        // In the rules' order, as the header names them.
        cells.extend(self.guidance.iter().map(|g| g.status.code.clone()));
        cells.extend([
            self.content.bank_id.clone(),
            self.content.bank_version.clone(),
            self.content.digest.clone(),
        ]);
        cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",")
    }
}

fn csv_cell(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// `NLN 4 · DEV5 INF4 …` with language-independent area codes (`–` for an unmeasured area).
pub fn profile_code(content: &Content, p: &Placement) -> String {
    let areas: Vec<String> = p
        .areas
        .iter()
        .map(|a| {
            let level = a
                .level
                .map_or_else(|| "–".to_string(), |l| content.levels.get(l).code.clone());
            format!("{}{level}", a.area)
        })
        .collect();
    format!("NLN {} · {}", p.code, areas.join(" "))
}

/// The option text the learner chose for an access field (falls back to the stored value).
pub fn access_value_text(content: &Content, loc: &Localizer, field: &str, value: &str) -> String {
    content
        .bank
        .items()
        .iter()
        .filter(|i| i.profile_field.as_deref() == Some(field))
        .flat_map(|i| &i.options)
        .find(|o| o.value.as_deref() == Some(value))
        .map_or_else(|| value.to_string(), |o| loc.text(&o.text))
}

/// Every message id a report can show for the placement enums (the "every message is defined"
/// tests iterate this; guidance statements are content, see `i18n::required_message_ids`).
pub fn message_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    ids.extend(Standing::ALL.map(Standing::message_id));
    ids.extend(ProfileShape::ALL.map(ProfileShape::message_id));
    ids.extend(GuidanceStatus::ALL.map(GuidanceStatus::message_id));
    ids.extend(PlacementFlag::ALL.map(PlacementFlag::message_id));
    ids.extend(crate::cat::StopReason::ALL.map(crate::cat::StopReason::message_id));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cat::{CatConfig, Next, Session};
    use crate::simulate::{draw_score, response_for_score};
    use rand::SeedableRng;

    fn report(lang: &str) -> (Content, PlacementReport) {
        let content = crate::defaults::content().unwrap();
        let loc = crate::defaults::catalog().localizer(lang);
        let mut session = Session::new(&content, CatConfig::default(), 7).unwrap();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        while let Next::Ask(item) = session.next_item() {
            let score = draw_score(item, 0.3, &mut rng);
            let response = response_for_score(item, score, &mut rng);
            let id = item.id.clone();
            session.answer(&id, response).unwrap();
        }
        let placement = Placement::from_session(&session, &content.placement);
        let context = ReportContext {
            session_id: "s-1",
            seed: 7,
            time: "2026-11-28T18:00:00Z",
        };
        let r = PlacementReport::new(&content, &placement, &loc, &context);
        (content, r)
    }

    #[test]
    fn codes_do_not_depend_on_the_language() {
        let (content, en) = report("en");
        let (_, fr) = report("fr");
        assert_eq!(en.result.profile, fr.result.profile);
        assert!(en.result.profile.starts_with("NLN "));
        assert!(en.result.profile.contains("DEV"));
        assert_eq!(en.result.level.code, fr.result.level.code);
        assert_ne!(en.result.level.name, fr.result.level.name);
        for (a, b) in en.areas.iter().zip(&fr.areas) {
            assert_eq!(a.code, b.code);
            assert_eq!(a.standing.code, b.standing.code);
        }
        assert_eq!(en.session.prompt_review, "reviewed");
        assert_eq!(fr.session.prompt_review, "machine-drafted");
        assert!(fr.result.flags.iter().any(|f| f.code == "machine_drafted_prompts"));
        assert!(!en.result.flags.iter().any(|f| f.code == "machine_drafted_prompts"));
        assert!(en.result.flags.iter().any(|f| f.code == "provisional_calibration"));
        assert_eq!(en.content.digest, content.digest());
        assert_eq!(en.format, REPORT_FORMAT);
        assert_eq!(en.session.time, "2026-11-28T18:00:00Z");
    }

    #[test]
    fn the_json_round_trips_and_the_csv_row_fits_its_header() {
        let (content, r) = report("en");
        let json = r.to_json();
        let back: PlacementReport = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r);
        let header = PlacementReport::csv_header(&content);
        assert_eq!(header.split(',').count(), r.csv_row().split(',').count());
        assert_eq!(csv_cell("a,\"b\""), "\"a,\"\"b\"\"\"");
    }
}
