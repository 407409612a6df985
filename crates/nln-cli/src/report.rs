//! Rendering results and errors as localized text or JSON.

use nln_core::content::{Content, LoadError};
use nln_core::i18n::{Arg, Localizer};
use nln_core::placement::{Placement, ProfileShape};
use nln_core::report::{access_value_text, PlacementReport, ReportContext};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// One content error as a line: `file:line:column: field: message`.
pub fn load_error_line(loc: &Localizer, e: &LoadError) -> String {
    let mut args = vec![("detail", e.kind.detail().into())];
    if let Some(count) = e.kind.count() {
        args.push(("count", count.into()));
    }
    let message = loc.format(e.kind.message_id(), &args);
    // An error about a whole file (syntax, a missing file) has no field to name.
    let id = if e.field.is_empty() {
        "validate-error-line-file"
    } else {
        "validate-error-line"
    };
    loc.format(
        id,
        &[
            ("file", e.file.as_str().into()),
            ("line", e.line.into()),
            ("column", e.column.into()),
            ("field", e.field.as_str().into()),
            ("message", message.into()),
        ],
    )
}

/// The localized short code of an area (`DEV`), or its id if the framework lacks it.
fn area_code(loc: &Localizer, content: &Content, area: &str) -> String {
    content
        .framework
        .area(area)
        .map_or_else(|| area.to_string(), |a| loc.text(&a.code_message_id()))
}

/// A level's code as the learner reads it (`٤` where the locale writes its own digits).
fn level_code(loc: &Localizer, content: &Content, level: u8) -> String {
    loc.code(&content.levels.get(level).code)
}

/// `NLN 4 · DEV5 INF4 COM4 SRV4 SAF4 CRE3 PRB4` with localized area codes (`–` unmeasured).
pub fn profile_line(loc: &Localizer, content: &Content, p: &Placement) -> String {
    let areas: Vec<String> = p
        .areas
        .iter()
        .map(|a| {
            let code = area_code(loc, content, &a.area);
            let level = a.level.map_or_else(|| "–".to_string(), |l| level_code(loc, content, l));
            format!("{code}{level}")
        })
        .collect();
    format!("NLN {} · {}", loc.code(&p.code), areas.join(" "))
}

/// The intake record as JSON, built by the core (the service returns the same bytes). The
/// time is now, or `SOURCE_DATE_EPOCH` when set (reproducible output).
pub fn json(loc: &Localizer, content: &Content, p: &Placement, seed: u64) -> String {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map_or_else(SystemTime::now, |secs| UNIX_EPOCH + Duration::from_secs(secs));
    let time = humantime::format_rfc3339_seconds(now).to_string();
    let session_id = format!("{seed:016x}");
    let context = ReportContext {
        session_id: &session_id,
        seed,
        time: &time,
    };
    PlacementReport::new(content, p, loc, &context).to_json()
}

/// The result for a person, in the learner's language.
pub fn text(loc: &Localizer, content: &Content, p: &Placement) -> String {
    let mut out = Vec::new();
    out.push(format!("== {} ==", loc.text("result-heading")));
    out.push(loc.format(
        "result-level",
        &[("code", loc.code(&p.code).into()), ("name", loc.text(&p.name).into())],
    ));
    out.push(loc.format("result-profile", &[("profile", profile_line(loc, content, p).into())]));
    out.push(loc.format(
        "result-band",
        &[
            ("low", level_code(loc, content, p.level_range[0]).into()),
            ("high", level_code(loc, content, p.level_range[1]).into()),
            ("confidence", Arg::from((p.confidence * 100.0).round() as i64)),
        ],
    ));
    let method = p.method.message_id();
    out.push(loc.format(
        "result-theta",
        &[
            ("theta", Arg::fixed(p.theta, 2)),
            ("se", Arg::fixed(p.se, 2)),
            ("method", loc.text(method).into()),
        ],
    ));
    let reason = p.stop_reason.map_or("stop-none", |r| r.message_id());
    out.push(loc.format(
        "result-items",
        &[("count", p.items.into()), ("reason", loc.text(reason).into())],
    ));
    if let Some(u) = p.uncapped_level {
        out.push(loc.format(
            "result-capped",
            &[
                ("code", loc.code(&p.code).into()),
                ("uncapped", level_code(loc, content, u).into()),
            ],
        ));
    }
    if p.profile_shape == ProfileShape::Irregular {
        out.push(loc.text("result-irregular"));
    }
    for flag in &p.flags {
        out.push(format!("! {}", loc.text(flag.message_id())));
    }
    out.push(String::new());
    out.push(format!("-- {} --", loc.text("result-areas-heading")));
    for a in &p.areas {
        let code = area_code(loc, content, &a.area);
        let name = content
            .framework
            .area(&a.area)
            .map_or_else(String::new, |x| loc.text(&x.name));
        match (a.level, a.level_range) {
            (Some(level), Some([lo, hi])) => {
                let mut line = loc.format(
                    "result-area-line",
                    &[
                        ("code", code.into()),
                        ("name", name.into()),
                        ("level", level_code(loc, content, level).into()),
                        ("low", level_code(loc, content, lo).into()),
                        ("high", level_code(loc, content, hi).into()),
                        ("items", a.items.into()),
                        ("standing", loc.text(a.standing.message_id()).into()),
                    ],
                );
                if a.few_items {
                    line = format!("{line} {}", loc.text("result-area-few"));
                }
                out.push(format!("  {line}"));
            }
            _ => out.push(format!(
                "  {}",
                loc.format(
                    "result-area-not-measured",
                    &[("code", code.into()), ("name", name.into())]
                )
            )),
        }
    }
    out.push(String::new());
    out.push(format!("-- {} --", loc.text("result-can-do-heading")));
    out.extend(p.can_do.iter().map(|id| format!("  • {}", loc.text(id))));
    if !p.next_can_do.is_empty() {
        out.push(format!("-- {} --", loc.text("result-next-heading")));
        out.extend(p.next_can_do.iter().map(|id| format!("  • {}", loc.text(id))));
    }
    out.push(format!("-- {} --", loc.text("result-guidance-heading")));
    for g in &p.guidance {
        out.push(format!(
            "  {}: {}",
            loc.text(&g.message),
            loc.text(g.status.message_id())
        ));
    }
    if !p.access.is_empty() {
        out.push(format!("-- {} --", loc.text("result-access-heading")));
        for (field, value) in &p.access {
            let label = loc.text(&format!("access-field-{field}"));
            let shown = access_value_text(content, loc, field, value);
            out.push(format!("  {label}: {shown}"));
        }
    }
    out.push(String::new());
    if let Some(status) = loc.review_status(loc.locale()) {
        let info = loc.format(
            "result-review",
            &[
                ("locale", loc.locale().into()),
                ("status", loc.text(status.message_id()).into()),
            ],
        );
        out.push(info);
    }
    out.join("\n")
}
