//! `nln audio plan`: rewrites each chosen locale's audio manifest from the current messages, so
//! that after messages or items change one command makes the manifests complete again.

use super::Workspace;
use crate::failure::Failure;
use crate::files::write_atomic;
use clap::ArgMatches;
use nln_core::i18n::{manifest_drift, LocalePlan, Localizer, Unplanned};

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let ws = Workspace::load(loc, m)?;
    let check = m.get_flag("check");
    let mut outdated = 0usize;
    for locale in &ws.chosen {
        let plan = ws.plan(locale);
        report(loc, locale, &plan);
        let drift = manifest_drift(ws.catalog.audio(locale), &plan.manifest);
        let path = ws.manifest_path(locale);
        let path_text = path.display().to_string();
        if drift.is_empty() {
            println!(
                "  {}",
                loc.format("audio-plan-unchanged", &[("path", path_text.into())])
            );
        } else if check {
            outdated += 1;
            println!(
                "  {}",
                loc.format(
                    "audio-plan-outdated",
                    &[("path", path_text.into()), ("count", drift.len().into())]
                )
            );
        } else {
            write_atomic(loc, &path, &plan.manifest.to_yaml())?;
            println!(
                "  {}",
                loc.format(
                    "audio-plan-written",
                    &[("path", path_text.into()), ("count", drift.len().into())]
                )
            );
        }
    }
    if outdated > 0 {
        return Err(Failure::input(
            loc.format("audio-plan-check-failed", &[("count", outdated.into())]),
        ));
    }
    Ok(())
}

/// One summary line per locale, then what needs attention: stale recordings, messages without
/// a clip.
pub fn report(loc: &Localizer, locale: &str, plan: &LocalePlan) {
    let clips = &plan.manifest.clips;
    let synthesized = clips
        .values()
        .filter(|c| c.status == nln_core::i18n::ClipStatus::Synthesized)
        .count();
    let recorded = clips
        .values()
        .filter(|c| c.status == nln_core::i18n::ClipStatus::Recorded)
        .count();
    println!(
        "{}",
        loc.format(
            "audio-plan-summary",
            &[
                ("locale", locale.into()),
                ("clips", clips.len().into()),
                ("synthesized", synthesized.into()),
                ("recorded", recorded.into()),
                ("needs", plan.needs_recording().len().into()),
            ]
        )
    );
    for s in &plan.stale {
        println!(
            "  {}",
            loc.format(
                "audio-stale",
                &[("locale", locale.into()), ("ref", s.reference.as_str().into())]
            )
        );
    }
    for (reference, why) in &plan.unplanned {
        let (id, message) = match why {
            Unplanned::MissingMessage(m) => ("audio-unplanned-missing", m),
            Unplanned::HasPlaceables(m) => ("audio-unplanned-placeables", m),
        };
        println!(
            "  {}",
            loc.format(
                id,
                &[
                    ("locale", locale.into()),
                    ("ref", reference.as_str().into()),
                    ("message", message.as_str().into())
                ]
            )
        );
    }
}
