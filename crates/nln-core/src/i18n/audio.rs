//! Audio manifests (`locales/<lang>/audio.yaml`): which recording plays for each audio reference
//! of an item. Items are meant to be usable without reading, so every learner-facing message has a
//! clip, and the manifest records whether it is recorded yet.

use super::manifest::ManifestError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// File name of a locale's audio manifest.
pub const AUDIO_FILE: &str = "audio.yaml";

/// Whether a clip exists yet and how it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClipStatus {
    /// Listed but not recorded: players fall back to text (or to another locale's clip).
    Pending,
    /// Recorded by a human speaker.
    Recorded,
    /// Made by text-to-speech.
    Synthesized,
}

impl ClipStatus {
    /// Name as written in the manifest; also the suffix of its Fluent id `clip-status-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            ClipStatus::Pending => "pending",
            ClipStatus::Recorded => "recorded",
            ClipStatus::Synthesized => "synthesized",
        }
    }
}

/// One audio clip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clip {
    /// Path relative to the audio root, e.g. `en/item-dev-001-prompt.opus`.
    pub file: String,
    pub status: ClipStatus,
}

/// A locale's audio manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudioManifest {
    pub locale: String,
    /// Clips by audio reference.
    #[serde(default)]
    pub clips: BTreeMap<String, Clip>,
}

impl AudioManifest {
    /// Parses `text`; `file` names it in errors (e.g. `fr/audio.yaml`).
    pub fn parse(file: &str, text: &str) -> Result<AudioManifest, Vec<ManifestError>> {
        crate::yaml::from_str(text).map_err(|e| {
            vec![ManifestError {
                file: file.into(),
                line: e.line,
                message: e.to_string(),
            }]
        })
    }

    /// The clip for an audio reference.
    pub fn clip(&self, reference: &str) -> Option<&Clip> {
        self.clips.get(reference)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_clips_and_reports_bad_status() {
        let m = AudioManifest::parse(
            "en/audio.yaml",
            "locale: en\nclips:\n  p1: { file: en/p1.opus, status: pending }\n  p2: { file: en/p2.opus, status: recorded }\n",
        )
        .unwrap();
        assert_eq!(m.clip("p2").map(|c| c.status), Some(ClipStatus::Recorded));
        assert!(m.clip("p3").is_none());
        let e =
            AudioManifest::parse("en/audio.yaml", "locale: en\nclips:\n  p1: { file: a, status: loud }\n").unwrap_err();
        assert_eq!((e[0].file.as_str(), e[0].line), ("en/audio.yaml", 3), "{e:?}");
    }
}
