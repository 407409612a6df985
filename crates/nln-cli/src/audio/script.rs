//! `nln audio script`: the recording script a voice talent reads from. For every clip that needs
//! a recording (or whose recording is stale): the file name to save it under, where the learner
//! hears it, the picture they see, the text to say, and the English text for reference.

use super::{recording_tag, Workspace};
use crate::failure::Failure;
use crate::files::write_atomic;
use clap::ArgMatches;
use nln_core::content::Content;
use nln_core::i18n::{ClipStatus, Localizer};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Where a learner hears a clip: (Fluent id of the role, item id, picture).
fn contexts(content: &Content) -> BTreeMap<String, (&'static str, String, Option<String>)> {
    let mut out = BTreeMap::new();
    for item in content.bank.items() {
        let id = item.id.clone();
        out.insert(
            item.prompt.audio.clone(),
            ("audio-script-role-prompt", id.clone(), item.image.clone()),
        );
        for o in &item.options {
            out.insert(
                o.audio.clone(),
                ("audio-script-role-option", id.clone(), o.image.clone()),
            );
        }
        for r in &item.regions {
            out.insert(
                r.message.audio.clone(),
                ("audio-script-role-region", id.clone(), item.image.clone()),
            );
        }
        for c in &item.categories {
            out.insert(c.audio.clone(), ("audio-script-role-category", id.clone(), None));
        }
    }
    out
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let ws = Workspace::load(loc, m)?;
    let contexts = contexts(&ws.content);
    let english = ws.catalog.localizer(&ws.catalog.manifest().default);
    let mut text = String::new();
    let mut total = 0usize;
    for locale in &ws.chosen {
        let plan = ws.plan(locale);
        let stale: Vec<&str> = plan.stale.iter().map(|s| s.reference.as_str()).collect();
        let wanted: Vec<(&String, &str)> = plan
            .manifest
            .clips
            .iter()
            .filter(|(r, c)| c.status == ClipStatus::NeedsRecording || stale.contains(&r.as_str()))
            .map(|(r, _)| (r, plan.texts[r].as_str()))
            .collect();
        total += wanted.len();
        let _ = writeln!(
            text,
            "# {}\n\n{}\n",
            loc.format(
                "audio-script-heading",
                &[("locale", locale.as_str().into()), ("count", wanted.len().into())]
            ),
            loc.text("audio-script-instructions")
        );
        for (n, (reference, spoken)) in wanted.iter().enumerate() {
            let hash = nln_core::i18n::audio::spoken::text_hash(spoken);
            let file = format!("{reference}.{}.wav", recording_tag(&hash));
            let _ = writeln!(text, "## {}. {file}\n", n + 1);
            let context = match contexts.get(reference.as_str()) {
                Some((role, item, _)) => loc.format(role, &[("item", item.as_str().into())]),
                None => loc.text("audio-script-role-screen"),
            };
            let _ = writeln!(
                text,
                "- {}",
                loc.format("audio-script-context", &[("context", context.into())])
            );
            if let Some((_, _, Some(picture))) = contexts.get(reference.as_str()) {
                let _ = writeln!(
                    text,
                    "- {}",
                    loc.format(
                        "audio-script-picture",
                        &[("file", format!("assessments/images/{picture}").into())]
                    )
                );
            }
            if let Some(en) = plan
                .messages
                .get(reference.as_str())
                .and_then(|id| english.lookup(id, &[]))
            {
                let _ = writeln!(
                    text,
                    "- {}",
                    loc.format("audio-script-english", &[("text", en.text.into())])
                );
            }
            let _ = writeln!(text, "\n{}\n\n> {spoken}\n", loc.text("audio-script-say"));
        }
    }
    match m.get_one::<PathBuf>("output") {
        Some(path) => {
            write_atomic(loc, path, &text)?;
            println!(
                "{}",
                loc.format(
                    "audio-script-written",
                    &[("path", path.display().to_string().into()), ("count", total.into())]
                )
            );
        }
        None => print!("{text}"),
    }
    Ok(())
}
