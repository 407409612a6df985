//! The shipped content and locales are complete and consistent: the default content loads, every
//! shipped locale defines every message the content and the reference locale (`en`) use, lists a
//! clip for every audio reference, and fallback behaves as the manifest says.

use nln_core::defaults;
use nln_core::i18n::{
    learner_messages, manifest_drift, missing_audio, missing_messages, plan_locale, required_audio_refs,
    required_message_ids, Catalog, FtlErrorKind, LocalesManifest, ReviewStatus,
};
use std::collections::BTreeSet;

/// The locale every other locale is compared against.
const REFERENCE: &str = "en";

fn catalog() -> Catalog {
    match defaults::try_catalog() {
        Ok(c) => c,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("embedded locale files have errors:\n{}", list.join("\n"))
        }
    }
}

fn shipped(catalog: &Catalog) -> Vec<String> {
    catalog.manifest().codes().map(str::to_string).collect()
}

/// Fails with one line per locale listing what it lacks.
fn report(what: &str, gaps: Vec<(String, Vec<String>)>) {
    let gaps: Vec<String> = gaps
        .into_iter()
        .filter(|(_, missing)| !missing.is_empty())
        .map(|(locale, missing)| format!("{locale}: {} missing: {}", missing.len(), missing.join(", ")))
        .collect();
    assert!(gaps.is_empty(), "{what}:\n{}", gaps.join("\n"));
}

#[test]
fn default_content_loads() {
    if let Err(errors) = defaults::content() {
        panic!("default content has errors:\n{errors}");
    }
}

/// A locale is listed only when its files exist. Folders not listed are drafts: embedded but
/// never served, and not held to the completeness checks until they are listed.
#[test]
fn every_listed_locale_has_files() {
    let catalog = catalog();
    let folders: BTreeSet<&str> = catalog.locales().into_iter().collect();
    let empty: Vec<String> = shipped(&catalog)
        .into_iter()
        .filter(|l| !folders.contains(l.as_str()))
        .collect();
    assert!(
        empty.is_empty(),
        "locales.yaml lists locales with no .ftl files: {}",
        empty.join(", ")
    );
    assert_eq!(catalog.manifest().default, REFERENCE);
    assert_eq!(catalog.manifest().review_status("en"), Some(ReviewStatus::Reviewed));
    assert_eq!(
        catalog.manifest().review_status("fr"),
        Some(ReviewStatus::MachineDrafted)
    );
}

#[test]
fn every_locale_defines_every_required_message() {
    let content = defaults::content().expect("default content loads");
    let catalog = catalog();
    let required = required_message_ids(&content);
    for id in [
        "answer-true",
        "bank-default-title",
        "sub-level-fluent",
        "area-code-dev",
        "stage-basic",
        "level-0-name",
    ] {
        assert!(required.contains(id), "required ids lack {id}");
    }
    let gaps = shipped(&catalog)
        .into_iter()
        .map(|l| {
            let missing = missing_messages(&catalog, &l, required.iter().map(String::as_str));
            (l, missing)
        })
        .collect();
    report("message ids the content uses but a locale does not define", gaps);
}

#[test]
fn every_locale_defines_every_reference_message() {
    let catalog = catalog();
    let reference = catalog.message_ids(REFERENCE);
    assert!(!reference.is_empty());
    let gaps = shipped(&catalog)
        .into_iter()
        .map(|l| {
            let missing = missing_messages(&catalog, &l, reference.iter().map(String::as_str));
            (l, missing)
        })
        .collect();
    report(
        &format!("message ids `{REFERENCE}` defines but a locale does not"),
        gaps,
    );
}

#[test]
fn locales_define_the_same_ids_as_the_reference() {
    let catalog = catalog();
    let reference = catalog.message_ids(REFERENCE);
    let gaps = shipped(&catalog)
        .into_iter()
        .map(|l| {
            let extra: Vec<String> = catalog.message_ids(&l).difference(&reference).cloned().collect();
            (l, extra)
        })
        .collect();
    report(
        &format!("message ids a locale defines but `{REFERENCE}` does not"),
        gaps,
    );
}

/// The command that rewrites the audio manifests from the current messages and items.
const AUDIO_PLAN_COMMAND: &str = "cargo run --bin nln -- audio plan";

#[test]
fn every_locale_has_every_audio_clip() {
    let content = defaults::content().expect("default content loads");
    let catalog = catalog();
    let voices = defaults::voices().expect("locales/voices.yaml parses");
    let required = required_audio_refs(&content);
    assert!(
        required.contains("answer-true"),
        "the default bank has true/false items"
    );
    let messages = learner_messages(&content, &catalog);
    assert!(
        messages.contains_key("answer-dont-know"),
        "UI messages marked learner-facing get clips"
    );
    let gaps = shipped(&catalog)
        .into_iter()
        .map(|l| {
            let missing = missing_audio(&catalog, &l, required.iter().map(String::as_str));
            (l, missing)
        })
        .collect();
    report(
        &format!(
            "audio references the bank uses but a locale's audio.yaml does not list (fix: `{AUDIO_PLAN_COMMAND}`)"
        ),
        gaps,
    );
    let drift = shipped(&catalog)
        .into_iter()
        .map(|l| {
            let plan = plan_locale(&catalog, &l, &messages, voices.voice(&l));
            (l.clone(), manifest_drift(catalog.audio(&l), &plan.manifest))
        })
        .collect();
    report(
        &format!("audio manifests not up to date with the messages (fix: `{AUDIO_PLAN_COMMAND}`)"),
        drift,
    );
    for (locale, manifest) in defaults::audio_manifests() {
        for (reference, clip) in &manifest.clips {
            assert!(
                clip.file.starts_with(&format!("{locale}/")),
                "{locale}/audio.yaml: {reference}: {}",
                clip.file
            );
        }
    }
}

/// Every listed locale either has a synthetic voice or says why it needs recordings; the
/// languages without a usable voice are never shipped with one.
#[test]
fn every_locale_has_a_voice_or_needs_recordings() {
    let catalog = catalog();
    let voices = defaults::voices().expect("locales/voices.yaml parses");
    for l in shipped(&catalog) {
        assert!(voices.locales.contains_key(&l), "locales/voices.yaml lacks {l}");
    }
    for l in ["ps", "so", "tl"] {
        assert!(voices.voice(l).is_none(), "{l} has no usable synthetic voice");
    }
    for l in ["en", "fr", "es", "ar", "fa"] {
        assert!(voices.voice(l).is_some(), "{l} is synthesized");
    }
}

#[test]
fn default_localizer_serves_shipped_text() {
    let catalog = defaults::catalog();
    let fr = catalog.localizer("fr-CA");
    assert_eq!(fr.locale(), "fr");
    assert_eq!(fr.text("answer-true"), "Vrai");
    let l = fr.lookup("bank-default-title", &[]).expect("defined");
    assert_eq!(l.locale, "fr");
    assert_eq!(l.review, ReviewStatus::MachineDrafted);
    let clip = fr.audio("answer-true").expect("listed");
    assert!(
        clip.file.starts_with("fr/s") && clip.file.ends_with(".webm"),
        "{}",
        clip.file
    );
    assert_eq!(catalog.localizer("tlh").locale(), REFERENCE);
    assert_eq!(catalog.localizer("en-GB").text("answer-false"), "False");
}

/// A catalog like the shipped one plus test files, to exercise fallback on real data.
fn catalog_with(extra: &[(&str, &str)]) -> Result<Catalog, Vec<String>> {
    let mut files = defaults::locale_files();
    files.extend(extra.iter().map(|(p, t)| (p.to_string(), *t)));
    Catalog::from_files(files.iter().map(|(p, t)| (p.as_str(), *t)))
        .map_err(|e| e.iter().map(ToString::to_string).collect())
}

#[test]
fn fallback_serves_english_for_a_message_missing_in_french() {
    let catalog = catalog_with(&[("en/test.ftl", "test-only-en = Only in English\n")]).unwrap();
    let fr = catalog.localizer("fr");
    let l = fr.lookup("test-only-en", &[]).expect("served by the fallback");
    assert_eq!((l.text.as_str(), l.locale.as_str()), ("Only in English", "en"));
    assert_eq!(l.review, ReviewStatus::Reviewed);
    assert_eq!(fr.text("test-nowhere"), "⟦test-nowhere⟧");
    assert!(fr.lookup("test-nowhere", &[]).is_none());
}

#[test]
fn tags_resolve_to_shipped_locales() {
    let catalog = catalog();
    assert_eq!(catalog.localizer("fr-CA").locale(), "fr");
    assert_eq!(catalog.localizer("fr-CA").chain(), ["fr", "en"]);
    assert_eq!(catalog.localizer("xx-unknown").locale(), catalog.manifest().default);
    let manifest: &LocalesManifest = catalog.manifest();
    assert_eq!(manifest.resolve("FR"), "fr");
}

#[test]
fn malformed_ftl_reports_its_line() {
    let errors = catalog_with(&[(
        "fr/broken.ftl",
        "# test\ntest-ok = fine\n\ntest-broken { oops\ntest-also-ok = fine\n",
    )])
    .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("fr/broken.ftl:4: "), "{}", errors[0]);
}

#[test]
fn duplicate_ids_across_files_are_reported() {
    let mut catalog = Catalog::new(catalog().manifest().clone());
    catalog.add_ftl("fr", "one.ftl", "test-a = A\ntest-b = B\n").unwrap();
    let errors = catalog
        .add_ftl("fr", "two.ftl", "test-c = C\ntest-b = B again\n")
        .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].file.as_str(), errors[0].line), ("two.ftl", 2));
    assert_eq!(
        errors[0].kind,
        FtlErrorKind::DuplicateId {
            id: "test-b".into(),
            first_file: "one.ftl".into(),
            first_line: 2
        }
    );
    // The shipped files themselves: an id repeated in another file of the locale is caught too.
    let errors = catalog_with(&[("en/dup.ftl", "answer-true = Yes\n")]).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("en/dup.ftl:1:") && errors[0].contains("common.ftl:"),
        "{}",
        errors[0]
    );
}
