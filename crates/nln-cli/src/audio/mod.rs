//! `nln audio …`: the audio of the learner-facing messages. `plan` rewrites the manifests
//! (`locales/<lang>/audio.yaml`) from the current messages; `build` synthesizes and encodes the
//! clips into the audio folder; `script` and `import` serve human recordings. What each clip
//! says and how it is made is decided in `nln_core::i18n::audio`; this module runs programs and
//! moves files.

mod plan;

use crate::failure::Failure;
use crate::files::{content_from_args, read_tree};
use clap::ArgMatches;
use nln_core::content::Content;
use nln_core::i18n::{learner_messages, plan_locale, Catalog, LocalePlan, Localizer, Voices, VOICES_FILE};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    match m.subcommand() {
        Some(("plan", m)) => plan::run(loc, m),
        _ => unreachable!("clap requires a subcommand"),
    }
}

/// What every audio command works on: the locales folder, its catalog and voices, the content,
/// and the locales chosen with `--lang` (all listed ones by default).
pub struct Workspace {
    pub locales_dir: PathBuf,
    pub catalog: Catalog,
    pub voices: Voices,
    pub messages: BTreeMap<String, String>,
    pub chosen: Vec<String>,
}

impl Workspace {
    pub fn load(loc: &Localizer, m: &ArgMatches) -> Result<Workspace, Failure> {
        let content: Content = content_from_args(loc, m)?;
        let locales_dir = m
            .get_one::<PathBuf>("locales")
            .cloned()
            .unwrap_or_else(|| PathBuf::from("locales"));
        let files = read_tree(loc, &locales_dir, &["ftl", "yaml"])?;
        let catalog = Catalog::from_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str()))).map_err(|errors| {
            let mut lines = vec![loc.text("error-locales")];
            lines.extend(errors.iter().map(|e| format!("{}/{e}", locales_dir.display())));
            Failure::input(lines.join("\n"))
        })?;
        let voices_text = files
            .iter()
            .find(|(p, _)| p == VOICES_FILE)
            .map_or("voices: {}", |(_, t)| t.as_str());
        let voices = Voices::parse(voices_text).map_err(|errors| {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| format!("{}/{e}", locales_dir.display()))
                .collect();
            Failure::input(lines.join("\n"))
        })?;
        let listed: Vec<String> = catalog.manifest().codes().map(str::to_string).collect();
        let chosen = match m.get_one::<String>("lang") {
            Some(list) => {
                let mut chosen = Vec::new();
                for tag in list.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    let Some(code) = listed.iter().find(|c| c.eq_ignore_ascii_case(tag)) else {
                        return Err(Failure::usage(loc.format(
                            "audio-unknown-locale",
                            &[("locale", tag.into()), ("listed", listed.join(", ").into())],
                        )));
                    };
                    chosen.push(code.clone());
                }
                chosen
            }
            None => listed,
        };
        let messages = learner_messages(&content, &catalog);
        Ok(Workspace {
            locales_dir,
            catalog,
            voices,
            messages,
            chosen,
        })
    }

    /// The plan of one locale.
    pub fn plan(&self, locale: &str) -> LocalePlan {
        plan_locale(&self.catalog, locale, &self.messages, self.voices.voice(locale))
    }

    /// Path of a locale's manifest.
    pub fn manifest_path(&self, locale: &str) -> PathBuf {
        self.locales_dir.join(locale).join(nln_core::i18n::AUDIO_FILE)
    }
}
