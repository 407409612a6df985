//! Which offline voice speaks each locale (`locales/voices.yaml`). Kept as data: a listening
//! check that rejects a voice, or a new engine, is a content change.

use super::VoiceRef;
use crate::i18n::ManifestError;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Path of the voices file inside a locales folder.
pub const VOICES_FILE: &str = "voices.yaml";

/// How one locale's clips are made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoiceChoice {
    /// An offline engine with this voice.
    Synthetic(VoiceRef),
    /// No usable synthetic voice (the reason, for reports): clips need human recordings.
    NeedsRecording(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Entry {
    engine: Option<String>,
    voice: Option<String>,
    rate: Option<u32>,
    needs_recording: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    voices: BTreeMap<String, Entry>,
}

/// The parsed voices file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Voices {
    /// The voice chosen per locale code.
    pub locales: BTreeMap<String, VoiceChoice>,
}

impl Voices {
    /// Parses the voices file; each entry has either `engine`, `voice` and `rate` (40–400 words
    /// a minute) or `needs-recording` with a reason.
    pub fn parse(text: &str) -> Result<Voices, Vec<ManifestError>> {
        let error = |line: usize, message: String| ManifestError {
            file: VOICES_FILE.into(),
            line,
            message,
        };
        let file: File = crate::yaml::from_str(text).map_err(|e| vec![error(e.line, e.to_string())])?;
        let line_of = |code: &str| {
            text.lines()
                .position(|l| l.trim_start().starts_with(&format!("{code}:")))
                .map_or(1, |i| i + 1)
        };
        let mut errors = Vec::new();
        let mut locales = BTreeMap::new();
        for (code, e) in file.voices {
            let choice = match (e.engine, e.voice, e.rate, e.needs_recording) {
                (Some(engine), Some(voice), Some(rate), None) if (40..=400).contains(&rate) => {
                    VoiceChoice::Synthetic(VoiceRef { engine, voice, rate })
                }
                (None, None, None, Some(reason)) => VoiceChoice::NeedsRecording(reason),
                _ => {
                    errors.push(error(
                        line_of(&code),
                        format!("`{code}`: give engine, voice and rate (40–400), or needs-recording with a reason"),
                    ));
                    continue;
                }
            };
            locales.insert(code, choice);
        }
        if errors.is_empty() {
            Ok(Voices { locales })
        } else {
            Err(errors)
        }
    }

    /// The synthetic voice of a locale, if it has one.
    pub fn voice(&self, locale: &str) -> Option<&VoiceRef> {
        match self.locales.get(locale) {
            Some(VoiceChoice::Synthetic(v)) => Some(v),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_voices_and_reasons() {
        let v = Voices::parse(
            "voices:\n  fr: { engine: espeak-ng, voice: fr, rate: 145 }\n  so: { needs-recording: no voice }\n",
        )
        .unwrap();
        assert_eq!(v.voice("fr").map(|v| v.key()), Some("espeak-ng:fr:145".to_string()));
        assert_eq!(v.voice("so"), None);
        assert_eq!(v.locales["so"], VoiceChoice::NeedsRecording("no voice".into()));
    }

    #[test]
    fn reports_incomplete_entries_with_their_line() {
        let e =
            Voices::parse("voices:\n  fr: { engine: espeak-ng, rate: 145 }\n  es: { engine: e, voice: es, rate: 9 }\n")
                .unwrap_err();
        assert_eq!(e.iter().map(|e| e.line).collect::<Vec<_>>(), [3, 2]);
        assert!(Voices::parse("voices: [").is_err());
    }
}
