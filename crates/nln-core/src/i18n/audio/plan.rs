//! The audio plan: for each locale, which clips the learner-facing messages need, what each one
//! says and how it is made. Regenerating a manifest from the plan is how the manifests stay
//! complete while messages and items change (`nln audio plan`).

use super::spoken::{normalize, recorded_file, synthesized_file, text_hash};
use super::{AudioManifest, Clip, ClipStatus, VoiceRef};
use crate::content::Content;
use crate::i18n::{Catalog, Localizer};
use std::collections::BTreeMap;

/// Name of the Fluent attribute holding a message's spoken form, when it differs from what is
/// shown: a URL or password read out, a formula in words, vowel-marked Arabic.
pub const SPEECH_ATTRIBUTE: &str = "speech";

/// Every clip a learner can hear: audio reference → message id. Item messages (prompts,
/// options, regions, categories, true/false answers), messages marked learner-facing in the
/// reference locale, and references already listed in its manifest whose message still exists
/// (so a clip added by hand is kept).
pub fn learner_messages(content: &Content, catalog: &Catalog) -> BTreeMap<String, String> {
    let reference = catalog.manifest().default.clone();
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    // A clip two messages share is spoken from the least of their ids, whatever the order of
    // the items and options that use it.
    for item in content.bank.items() {
        for m in item.messages() {
            let text = out.entry(m.audio).or_insert_with(|| m.text.clone());
            if m.text < *text {
                *text = m.text;
            }
        }
    }
    for id in catalog.learner_ids(&reference) {
        out.entry(id.clone()).or_insert(id);
    }
    if let Some(manifest) = catalog.audio(&reference) {
        for r in manifest.clips.keys() {
            if catalog.has_message(&reference, r) {
                out.entry(r.clone()).or_insert_with(|| r.clone());
            }
        }
    }
    out
}

/// Why a clip could not be planned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unplanned {
    /// The locale does not define the message (the locale tests report it too).
    MissingMessage(String),
    /// The message needs arguments: give it a `.speech` form without placeables.
    HasPlaceables(String),
}

/// A recording whose message has changed since it was recorded: kept, never replaced silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Audio reference of the clip.
    pub reference: String,
    /// Hash the recording was made from.
    pub recorded: String,
    /// Hash of the current spoken text.
    pub current: String,
}

/// One locale's planned manifest and what the plan found.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalePlan {
    /// The manifest as it should be after the plan.
    pub manifest: AudioManifest,
    /// Normalized spoken text per audio reference (what to synthesize or record).
    pub texts: BTreeMap<String, String>,
    /// Message id per audio reference.
    pub messages: BTreeMap<String, String>,
    /// Recordings whose text changed since they were made.
    pub stale: Vec<Stale>,
    /// References with no clip, and why.
    pub unplanned: Vec<(String, Unplanned)>,
}

impl LocalePlan {
    /// References whose clip needs a human recording.
    pub fn needs_recording(&self) -> Vec<&str> {
        self.manifest
            .clips
            .iter()
            .filter(|(_, c)| c.status == ClipStatus::NeedsRecording)
            .map(|(r, _)| r.as_str())
            .collect()
    }
}

/// The spoken text of a message in `locale` itself (no fallback: another language's text would
/// be spoken with this locale's voice): its `.speech` attribute, else its value, normalized.
pub fn spoken_text(loc: &Localizer, message: &str) -> Result<String, Unplanned> {
    let locale = loc.locale();
    let own = |id: &str| loc.lookup(id, &[]).filter(|l| l.locale == locale);
    let text = match own(&format!("{message}.{SPEECH_ATTRIBUTE}")) {
        Some(l) => l.text,
        None => {
            own(message)
                .ok_or_else(|| Unplanned::MissingMessage(message.to_string()))?
                .text
        }
    };
    if text.contains("{$") || text.contains("{ $") {
        return Err(Unplanned::HasPlaceables(message.to_string()));
    }
    Ok(normalize(&text))
}

/// Plans one locale: a synthesized clip per message when the locale has a voice, else one
/// needing a recording; an imported recording is kept as long as it exists (and reported stale
/// when its text has changed).
pub fn plan_locale(
    catalog: &Catalog,
    locale: &str,
    messages: &BTreeMap<String, String>,
    voice: Option<&VoiceRef>,
) -> LocalePlan {
    let previous = catalog.audio(locale);
    let loc = catalog.localizer(locale);
    let mut plan = LocalePlan {
        manifest: AudioManifest {
            locale: locale.to_string(),
            voice: voice.cloned(),
            clips: BTreeMap::new(),
        },
        texts: BTreeMap::new(),
        messages: BTreeMap::new(),
        stale: Vec::new(),
        unplanned: Vec::new(),
    };
    for (reference, message) in messages {
        let spoken = match spoken_text(&loc, message) {
            Ok(s) => s,
            Err(why) => {
                plan.unplanned.push((reference.clone(), why));
                continue;
            }
        };
        let hash = text_hash(&spoken);
        let old = previous.and_then(|m| m.clip(reference));
        let clip = match old {
            Some(old) if old.status == ClipStatus::Recorded => {
                if old.text.as_deref() != Some(hash.as_str()) {
                    plan.stale.push(Stale {
                        reference: reference.clone(),
                        recorded: old.text.clone().unwrap_or_default(),
                        current: hash.clone(),
                    });
                }
                old.clone()
            }
            _ => match voice {
                Some(v) => Clip {
                    status: ClipStatus::Synthesized,
                    text: Some(hash),
                    file: synthesized_file(locale, &v.key(), &spoken),
                    speaker: None,
                    duration_ms: None,
                },
                None => Clip {
                    status: ClipStatus::NeedsRecording,
                    text: Some(hash),
                    file: recorded_file(locale, &spoken),
                    speaker: None,
                    duration_ms: None,
                },
            },
        };
        plan.manifest.clips.insert(reference.clone(), clip);
        plan.texts.insert(reference.clone(), spoken);
        plan.messages.insert(reference.clone(), message.clone());
    }
    plan
}

/// How a committed manifest differs from the plan: references missing, extra, or with another
/// entry. Empty when the manifest is up to date.
pub fn manifest_drift(current: Option<&AudioManifest>, planned: &AudioManifest) -> Vec<String> {
    let empty = BTreeMap::new();
    let clips = current.map_or(&empty, |m| &m.clips);
    let mut drift = Vec::new();
    if current.is_some_and(|m| m.voice != planned.voice) {
        drift.push("voice".to_string());
    }
    for (r, c) in &planned.clips {
        if clips.get(r) != Some(c) {
            drift.push(r.clone());
        }
    }
    drift.extend(clips.keys().filter(|r| !planned.clips.contains_key(*r)).cloned());
    drift
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::LocalesManifest;

    fn catalog() -> Catalog {
        let manifest = LocalesManifest::parse(
            "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: ar, name: العربية, direction: rtl, fallback: [en], review: machine-drafted }\n",
        )
        .unwrap();
        let mut c = Catalog::new(manifest);
        c.add_ftl(
            "en",
            "a.ftl",
            "# audience: learner\nok = OK\n# audience: learner\nsite = Go to { $url }\nurl = Open canada.ca\n    .speech = Open canada dot C A\nboth = Hi\n",
        )
        .unwrap();
        c.add_ftl("ar", "a.ftl", "ok = \u{2068}موافق\u{2069}\nurl = افتح canada.ca\n")
            .unwrap();
        c
    }

    fn voice() -> VoiceRef {
        VoiceRef {
            engine: "espeak-ng".into(),
            voice: "en-us".into(),
            rate: 145,
        }
    }

    #[test]
    fn plans_speech_forms_placeables_and_missing_messages() {
        let c = catalog();
        let messages: BTreeMap<String, String> = [("ok", "ok"), ("site", "site"), ("url", "url")]
            .map(|(a, b)| (a.into(), b.into()))
            .into();
        let en = plan_locale(&c, "en", &messages, Some(&voice()));
        assert_eq!(en.texts["url"], "Open canada dot C A");
        assert_eq!(en.unplanned, [("site".into(), Unplanned::HasPlaceables("site".into()))]);
        assert_eq!(en.manifest.clips["ok"].status, ClipStatus::Synthesized);
        let ar = plan_locale(&c, "ar", &messages, None);
        assert_eq!(ar.texts["ok"], "موافق", "bidi isolates are not spoken");
        assert_eq!(ar.needs_recording(), ["ok", "url"]);
        assert!(ar
            .unplanned
            .contains(&("site".into(), Unplanned::MissingMessage("site".into()))));
    }

    #[test]
    fn recordings_are_kept_and_reported_stale_when_their_text_changed() {
        let mut c = catalog();
        let old = "locale: ar\nclips:\n  ok: { status: recorded, text: 'sha256:0000000000000000', file: ar/rx.opus, speaker: F1 }\n";
        c.add_audio(AudioManifest::parse("ar/audio.yaml", old).unwrap());
        let messages: BTreeMap<String, String> = [("ok".into(), "ok".into())].into();
        let plan = plan_locale(&c, "ar", &messages, Some(&voice()));
        assert_eq!(plan.manifest.clips["ok"].file, "ar/rx.opus");
        assert_eq!(plan.stale.len(), 1);
        assert_eq!(plan.stale[0].current, text_hash("موافق"));
        assert_eq!(manifest_drift(c.audio("ar"), &plan.manifest), ["voice"]);
        assert_eq!(manifest_drift(None, &plan.manifest), ["ok"]);
    }

    #[test]
    fn hand_listed_and_marked_messages_are_learner_facing() {
        let mut c = catalog();
        c.add_audio(
            AudioManifest::parse(
                "en/audio.yaml",
                "locale: en\nclips:\n  both: { file: en/both.opus, status: pending }\n  gone: { file: en/gone.opus, status: pending }\n",
            )
            .unwrap(),
        );
        let content = crate::defaults::content().unwrap();
        let m = learner_messages(&content, &c);
        assert!(m.contains_key("both") && m.contains_key("ok") && m.contains_key("site"));
        assert!(
            !m.contains_key("gone"),
            "a listed clip whose message is gone is dropped"
        );
        assert_eq!(m.get("answer-true").map(String::as_str), Some("answer-true"));
    }
}
