//! Localization: learner-facing text and audio in the learner's language.
//!
//! Content names messages by Fluent id and audio reference (see `assessments/README.md`); this
//! module turns them into text and clips. It reads no files: callers hand in the text of
//! `locales/locales.yaml`, `locales/<lang>/*.ftl` and `locales/<lang>/audio.yaml` (the CLI reads a
//! folder; [`crate::defaults`] embeds the shipped one).
//!
//! - [`LocalesManifest`]: shipped locales, direction, fallback chain, review status.
//! - [`Catalog`]: parsed Fluent files and audio manifests per locale, with file/line errors.
//! - [`Localizer`]: text and audio for one requested language tag, with fallback.
//! - [`numbers`]: numbers in each locale's digits and separators (CLDR via ICU4X).
//! - [`completeness`]: what the content needs and what a locale lacks.

pub mod audio;
pub mod bidi;
mod catalog;
pub mod completeness;
mod localizer;
mod manifest;
pub mod numbers;

pub use audio::plan::{learner_messages, manifest_drift, plan_locale, LocalePlan, Stale, Unplanned, SPEECH_ATTRIBUTE};
pub use audio::voices::{VoiceChoice, Voices, VOICES_FILE};
pub use audio::{AudioManifest, Clip, ClipStatus, VoiceRef, AUDIO_FILE, CLIP_EXTENSION, FALLBACK_EXTENSION};
pub use catalog::{Catalog, FtlError, FtlErrorKind, LocaleError, LEARNER_MARK};
pub use completeness::{missing_audio, missing_messages, required_audio_refs, required_message_ids};
pub use localizer::{Arg, Localized, Localizer};
pub use manifest::{Direction, LocaleInfo, LocalesManifest, ManifestError, Resolution, ReviewStatus, LOCALES_FILE};
