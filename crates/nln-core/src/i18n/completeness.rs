//! Completeness checks: which message ids and audio references the content needs, and which a
//! locale lacks. Fallback hides gaps at run time, so these checks look at each locale on its own.

use super::catalog::Catalog;
use crate::content::{Content, SubLevel};
use std::collections::BTreeSet;

/// Every message id the content shows: framework (areas, competences, area codes, crosswalk
/// relations), levels (names, conditions, can-do statements, stages, every sub-level), the bank
/// title and every item's learner-facing messages (with `answer-true`/`answer-false`).
pub fn required_message_ids(content: &Content) -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = BTreeSet::new();
    ids.extend(content.framework.message_ids());
    ids.extend(content.levels.message_ids().into_iter().map(str::to_string));
    ids.extend(SubLevel::ALL.map(|s| s.message_id().to_string()));
    ids.insert(content.bank.title.clone());
    ids.extend(content.placement.guidance.iter().map(|g| g.message.clone()));
    for item in content.bank.items() {
        ids.extend(item.messages().into_iter().map(|m| m.text));
    }
    ids
}

/// Every audio reference of every item's learner-facing messages.
pub fn required_audio_refs(content: &Content) -> BTreeSet<String> {
    content
        .bank
        .items()
        .iter()
        .flat_map(|item| item.messages())
        .map(|m| m.audio)
        .collect()
}

/// Required ids that `locale` itself does not define (sorted, no fallback).
pub fn missing_messages<'a>(
    catalog: &Catalog,
    locale: &str,
    required: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let missing: BTreeSet<&str> = required
        .into_iter()
        .filter(|id| !catalog.has_message(locale, id))
        .collect();
    missing.into_iter().map(str::to_string).collect()
}

/// Required audio references that `locale`'s own audio manifest does not list (sorted; all of
/// them when the locale has no manifest).
pub fn missing_audio<'a>(catalog: &Catalog, locale: &str, required: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let manifest = catalog.audio(locale);
    let missing: BTreeSet<&str> = required
        .into_iter()
        .filter(|r| manifest.and_then(|m| m.clip(r)).is_none())
        .collect();
    missing.into_iter().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::super::audio::AudioManifest;
    use super::super::manifest::LocalesManifest;
    use super::*;

    #[test]
    fn lists_what_a_locale_lacks() {
        let manifest = LocalesManifest::parse(
            "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n",
        )
        .unwrap();
        let mut c = Catalog::new(manifest);
        c.add_ftl("en", "a.ftl", "a = A\nb = B\n").unwrap();
        c.add_audio(
            AudioManifest::parse(
                "audio.yaml",
                "locale: en\nclips:\n  a: { file: en/a.opus, status: pending }\n",
            )
            .unwrap(),
        );
        assert_eq!(missing_messages(&c, "en", ["c", "a", "c", "b.attr"]), ["c"]);
        assert_eq!(missing_messages(&c, "fr", ["a"]), ["a"]);
        assert_eq!(missing_audio(&c, "en", ["a", "b"]), ["b"]);
        assert_eq!(missing_audio(&c, "fr", ["a"]), ["a"]);
    }
}
