//! Audio manifests (`locales/<lang>/audio.yaml`): which clip plays for each learner-facing
//! message. About one learner in five cannot read their first language, so every message a
//! learner hears has an entry saying how its clip is made (synthesized, recorded, or still
//! needing a human recording) and the hash of the text it speaks, so a clip that no longer matches
//! its message is found rather than played.
//!
//! The manifests are written by [`plan`] (`nln audio plan`), never by hand: after messages or
//! items change, one command makes them complete again.

pub mod plan;
pub mod signal;
pub mod spoken;
pub mod voices;

use super::manifest::ManifestError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// File name of a locale's audio manifest.
pub const AUDIO_FILE: &str = "audio.yaml";

/// Extension of the main clip encoding (Opus in Ogg); the fallback has [`FALLBACK_EXTENSION`].
pub const CLIP_EXTENSION: &str = "opus";
/// Extension of the fallback encoding (MP3, for browsers without Opus such as older Safari).
pub const FALLBACK_EXTENSION: &str = "mp3";

/// How a clip is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClipStatus {
    /// Listed by hand before the plan ran: the next `nln audio plan` decides how it is made.
    Pending,
    /// Made by an offline speech engine with the manifest's voice (`nln audio build`).
    Synthesized,
    /// Recorded by a human speaker and imported (`nln audio import`).
    Recorded,
    /// No usable synthetic voice: a human recording is needed (`nln audio script`).
    NeedsRecording,
}

impl ClipStatus {
    /// Every status, for checks that each has a message.
    pub const ALL: [ClipStatus; 4] = [
        ClipStatus::Pending,
        ClipStatus::Synthesized,
        ClipStatus::Recorded,
        ClipStatus::NeedsRecording,
    ];

    /// Fluent id of the status (`clip-status-pending`).
    pub fn message_id(self) -> &'static str {
        match self {
            ClipStatus::Pending => "clip-status-pending",
            ClipStatus::Recorded => "clip-status-recorded",
            ClipStatus::Synthesized => "clip-status-synthesized",
            ClipStatus::NeedsRecording => "clip-status-needs-recording",
        }
    }

    /// Name as written in the manifest; also the suffix of its Fluent id `clip-status-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            ClipStatus::Pending => "pending",
            ClipStatus::Recorded => "recorded",
            ClipStatus::Synthesized => "synthesized",
            ClipStatus::NeedsRecording => "needs-recording",
        }
    }

    /// Whether a playable clip exists (or is built by `nln audio build`).
    pub fn playable(self) -> bool {
        matches!(self, ClipStatus::Synthesized | ClipStatus::Recorded)
    }
}

/// One clip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clip {
    /// Whether the clip is synthesized, recorded, or still missing.
    pub status: ClipStatus,
    /// Hash of the normalized spoken text the clip says (`sha256:` and 16 hex digits); `None`
    /// only for hand-listed `pending` entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Path under the audio build folder, e.g. `fa/s3f2a9c1b5d7e0a12.opus`. Content-addressed:
    /// equal texts share a file, and a changed text gets a new one.
    pub file: String,
    /// Who recorded it (recorded clips).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Length of a recorded clip, measured at import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u32>,
}

impl Clip {
    /// Path of the fallback encoding of this clip.
    pub fn fallback_file(&self) -> String {
        Clip::fallback_path(&self.file)
    }

    /// Path of the fallback encoding beside a clip file.
    pub fn fallback_path(file: &str) -> String {
        match file.strip_suffix(&format!(".{CLIP_EXTENSION}")) {
            Some(stem) => format!("{stem}.{FALLBACK_EXTENSION}"),
            None => format!("{file}.{FALLBACK_EXTENSION}"),
        }
    }
}

/// The synthetic voice a locale's clips are made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceRef {
    /// Speech engine (`espeak-ng`).
    pub engine: String,
    /// Voice name within the engine.
    pub voice: String,
    /// Words per minute.
    pub rate: u32,
}

impl VoiceRef {
    /// The part of a synthesized clip's file name that changes when the voice does.
    pub fn key(&self) -> String {
        format!("{}:{}:{}", self.engine, self.voice, self.rate)
    }
}

/// A locale's audio manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudioManifest {
    /// Locale the clips speak.
    pub locale: String,
    /// Voice of the synthesized clips; `None` when the locale has no usable synthetic voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceRef>,
    /// Clips by audio reference (an item's audio reference, or a message id).
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

    /// The manifest as YAML: a header, then one line per clip in reference order, so that a
    /// regenerated manifest differs from the old one only where a clip changed.
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Audio clips of locale {}: one per learner-facing message. Written by `nln audio plan`\n\
             # (also run by `nln audio build` and `nln audio import`); do not edit by hand.\n\
             # status: synthesized | recorded | needs-recording; text: hash of the spoken text;\n\
             # file: path under the audio build folder (.opus, with an .mp3 fallback beside it).",
            self.locale
        );
        let _ = writeln!(out, "locale: {}", quote(&self.locale));
        if let Some(v) = &self.voice {
            let _ = writeln!(
                out,
                "voice: {{ engine: {}, voice: {}, rate: {} }}",
                quote(&v.engine),
                quote(&v.voice),
                v.rate
            );
        }
        if self.clips.is_empty() {
            out.push_str("clips: {}\n");
            return out;
        }
        out.push_str("clips:\n");
        for (reference, clip) in &self.clips {
            let _ = write!(out, "  {}: {{ status: {}", quote(reference), clip.status.name());
            if let Some(t) = &clip.text {
                let _ = write!(out, ", text: {}", quote(t));
            }
            let _ = write!(out, ", file: {}", quote(&clip.file));
            if let Some(s) = &clip.speaker {
                let _ = write!(out, ", speaker: {}", quote(s));
            }
            if let Some(d) = clip.duration_ms {
                let _ = write!(out, ", duration_ms: {d}");
            }
            out.push_str(" }\n");
        }
        out
    }
}

/// A YAML scalar: plain when it is made of safe characters, else double-quoted (JSON escaping
/// is valid YAML).
fn quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:".contains(c))
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && !matches!(s, "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n")
        && s.parse::<f64>().is_err();
    if plain {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_clips_and_reports_bad_status() {
        let m = AudioManifest::parse(
            "en/audio.yaml",
            "locale: en\nclips:\n  p1: { file: en/p1.opus, status: pending }\n  p2: { file: en/p2.opus, status: recorded, text: 'sha256:00' }\n",
        )
        .unwrap();
        assert_eq!(m.clip("p2").map(|c| c.status), Some(ClipStatus::Recorded));
        assert!(m.clip("p3").is_none());
        let e =
            AudioManifest::parse("en/audio.yaml", "locale: en\nclips:\n  p1: { file: a, status: loud }\n").unwrap_err();
        assert_eq!((e[0].file.as_str(), e[0].line), ("en/audio.yaml", 3), "{e:?}");
    }

    #[test]
    fn written_yaml_parses_back_to_the_same_manifest() {
        let mut clips = BTreeMap::new();
        clips.insert(
            "item-1-prompt".to_string(),
            Clip {
                status: ClipStatus::Recorded,
                text: Some("sha256:0123456789abcdef".into()),
                file: "so/r0123456789abcdef.opus".into(),
                speaker: Some("F03 \"Hodan\": yes".into()),
                duration_ms: Some(5150),
            },
        );
        clips.insert(
            "true".to_string(),
            Clip {
                status: ClipStatus::NeedsRecording,
                text: Some("sha256:fedcba9876543210".into()),
                file: "so/rfedcba9876543210.opus".into(),
                speaker: None,
                duration_ms: None,
            },
        );
        let m = AudioManifest {
            locale: "so".into(),
            voice: Some(VoiceRef {
                engine: "espeak-ng".into(),
                voice: "no".into(),
                rate: 140,
            }),
            clips,
        };
        let yaml = m.to_yaml();
        assert_eq!(AudioManifest::parse("so/audio.yaml", &yaml).unwrap(), m, "{yaml}");
        assert_eq!(m.clips["true"].fallback_file(), "so/rfedcba9876543210.mp3");
    }
}
