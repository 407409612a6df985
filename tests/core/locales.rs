//! The shipped content and locales are complete and consistent: the default content loads, every
//! shipped locale defines every message the content and the reference locale (`en`) use, lists a
//! clip for every audio reference, and fallback behaves as the manifest says.

use nln_core::defaults;
use nln_core::i18n::{
    learner_messages, manifest_drift, missing_audio, missing_messages, plan_locale, required_audio_refs,
    required_message_ids, Arg, Catalog, FtlErrorKind, LocalesManifest, ReviewStatus,
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
    // Tigrinya, Ukrainian and Mandarin need espeak-ng 1.52, which the PyPI wheel brings.
    for l in ["ti", "uk", "zh-Hans"] {
        assert_eq!(
            voices.voice(l).map(|v| v.engine.as_str()),
            Some("espeak-ng-pypi"),
            "{l}"
        );
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
        clip.file.starts_with("fr/s") && clip.file.ends_with(".opus"),
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

/// Right-to-left messages mark their left-to-right islands (URLs, e-mail addresses, formulas,
/// file names, English UI words): a Latin run with a neutral character at its edge is displayed
/// with that character on the wrong side (`-canada.ca` as `canada.ca-`).
#[test]
fn right_to_left_messages_isolate_latin_runs() {
    let catalog = catalog();
    let mut problems = Vec::new();
    for info in &catalog.manifest().locales {
        if info.direction != nln_core::i18n::Direction::Rtl {
            continue;
        }
        let loc = catalog.localizer(&info.code);
        for id in catalog.message_ids(&info.code) {
            let Some(text) = loc.lookup(&id, &[]).filter(|l| l.locale == info.code) else {
                continue;
            };
            for run in nln_core::i18n::bidi::unmarked_ltr_runs(&text.text) {
                let (file, line) = catalog.definition(&info.code, &id).unwrap_or(("?", 0));
                problems.push(format!("{}/{file}:{line}: {id}: {run}", info.code));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} unmarked left-to-right runs (wrap them in {{\"\\u2068\"}}…{{\"\\u2069\"}}):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Tags as browsers and systems send them, against the shipped locales.
#[test]
fn shipped_locales_match_tags_by_language_and_script() {
    let catalog = catalog();
    let m = catalog.manifest();
    let table = [
        ("fil", "tl", None),
        ("fil-PH", "tl", None),
        ("tl", "tl", None),
        ("pa-IN", "pa", None),
        ("pa-Arab", "en", Some("pa")),
        ("pa-PK", "en", Some("pa")),
        ("zh-CN", "zh-Hans", None),
        ("zh-Hant", "en", Some("zh-Hans")),
        ("zh-TW", "en", Some("zh-Hans")),
        ("zh-HK", "en", Some("zh-Hans")),
        ("fa-AF", "prs", None),
        ("fa-IR", "fa", None),
        ("ar-SY", "ar", None),
        ("ur-PK", "ur", None),
        ("so-SO", "so", None),
        ("ti-ER", "ti", None),
        ("uk-UA", "uk", None),
        ("fr-CA", "fr", None),
        ("es-419", "es", None),
    ];
    for (tag, code, other) in table {
        let r = m.resolution(tag);
        assert_eq!((r.code.as_str(), r.other_script.as_deref()), (code, other), "{tag}");
    }
    let loc = catalog.localizer("pa-PK");
    assert_eq!((loc.locale(), loc.other_script()), ("en", Some("pa")));
}

/// Every variable name used in the reference locale's messages.
fn variables(catalog: &Catalog) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (path, text) in defaults::locale_files() {
        if !(path.starts_with(&format!("{REFERENCE}/")) && path.ends_with(".ftl")) {
            continue;
        }
        for part in text.split('$').skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                names.insert(name);
            }
        }
    }
    assert!(names.contains("count") && !catalog.message_ids(REFERENCE).is_empty());
    names
}

/// Every message of every locale renders without a Fluent error for counts that reach every
/// CLDR plural category (0, 1, 2, few, many, fractions), with every variable given.
#[test]
fn every_locale_renders_every_message_with_every_plural_form() {
    let catalog = catalog();
    let names = variables(&catalog);
    let mut problems = Vec::new();
    for locale in shipped(&catalog) {
        let loc = catalog.localizer(&locale);
        for id in catalog.message_ids(&locale) {
            for n in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 22.0, 101.0, 1000000.0, 1.5] {
                let args: Vec<(&str, Arg<'_>)> = names.iter().map(|v| (v.as_str(), Arg::from(n))).collect();
                let Some((text, errors)) = loc.lookup_checked(&id, &args) else {
                    problems.push(format!("{locale}: {id}: not found"));
                    continue;
                };
                if !errors.is_empty() || text.text.contains("{$") {
                    problems.push(format!("{locale}: {id} ({n}): {errors:?} {}", text.text));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Counts agree with their nouns: "1 réponse", Ukrainian 1 / 2–4 / 5+, Arabic's six forms.
#[test]
fn plural_forms_follow_cldr_categories() {
    let catalog = catalog();
    let say = |locale: &str, id: &str, n: i64| catalog.localizer(locale).format(id, &[("count", Arg::from(n))]);
    assert_eq!(
        say("en", "assess-stopped", 1),
        "Stopped before the end. 1 answer was given."
    );
    assert_eq!(
        say("en", "assess-stopped", 2),
        "Stopped before the end. 2 answers were given."
    );
    assert_eq!(say("fr", "assess-resumed", 1), "Reprise d'une séance avec 1 réponse.");
    assert_eq!(say("fr", "assess-resumed", 0), "Reprise d'une séance avec 0 réponse.");
    assert_eq!(say("fr", "assess-resumed", 2), "Reprise d'une séance avec 2 réponses.");
    assert!(say("uk", "assess-resumed", 1).ends_with("1 відповідь."));
    assert!(say("uk", "assess-resumed", 3).ends_with("3 відповіді."));
    assert!(say("uk", "assess-resumed", 5).ends_with("5 відповідей."));
    assert!(say("uk", "assess-resumed", 21).ends_with("21 відповідь."));
    let ar = |n: i64| say("ar", "audio-check-failed", n);
    assert_eq!(ar(1), "وُجدت مشكلة صوتية واحدة.");
    assert_eq!(ar(2), "وُجدت مشكلتان صوتيتان.");
    assert!(ar(3).contains("مشاكل"), "{}", ar(3));
    // Tagalog and Dari take their plural rules from CLDR's fil and fa-AF.
    assert!(
        say("tl", "assess-resumed", 1).contains("1 sagot"),
        "{}",
        say("tl", "assess-resumed", 1)
    );
    assert!(
        say("tl", "assess-resumed", 4).contains("na sagot"),
        "{}",
        say("tl", "assess-resumed", 4)
    );
    // The level is named once.
    let en = catalog.localizer("en");
    let line = en.format(
        "result-level",
        &[("code", "1".into()), ("name", en.text("level-1-name").into())],
    );
    assert_eq!(line, "Level: NLN 1 — Basic, Initial");
}

/// Numbers are written as each locale writes them (CLDR via ICU4X): its digits, decimal
/// separator, grouping and minus sign. Farsi, Dari and Pashto use Persian digits by CLDR default;
/// Arabic and Urdu default to Latin digits in CLDR, so they keep them.
#[test]
fn numbers_follow_each_locale() {
    let probe = "probe-count = { $n }\nprobe-fixed = { $x }\nprobe-number = { NUMBER($y, minimumFractionDigits: 1) }\n";
    let codes: Vec<String> = shipped(&catalog());
    let extra: Vec<(String, &str)> = codes.iter().map(|c| (format!("{c}/probe.ftl"), probe)).collect();
    let extra: Vec<(&str, &str)> = extra.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    let catalog = catalog_with(&extra).unwrap();
    // (locale, 1234567, -0.25 to 2 digits, 12 with NUMBER(…, minimumFractionDigits: 1))
    let expected = [
        ("en", "1,234,567", "-0.25", "12.0"),
        ("fr", "1\u{202f}234\u{202f}567", "-0,25", "12,0"),
        ("es", "1.234.567", "-0,25", "12,0"),
        ("ar", "1,234,567", "\u{200e}-0.25", "12.0"),
        ("fa", "۱٬۲۳۴٬۵۶۷", "\u{200e}−۰٫۲۵", "۱۲٫۰"),
        ("uk", "1\u{a0}234\u{a0}567", "-0,25", "12,0"),
        ("zh-Hans", "1,234,567", "-0.25", "12.0"),
        ("pa", "12,34,567", "-0.25", "12.0"),
        ("tl", "1,234,567", "-0.25", "12.0"),
        ("ur", "1,234,567", "\u{200e}-0.25", "12.0"),
        ("so", "1,234,567", "-0.25", "12.0"),
        ("sw", "1,234,567", "-0.25", "12.0"),
        ("ti", "1,234,567", "-0.25", "12.0"),
        ("ps", "۱٬۲۳۴٬۵۶۷", "\u{200e}-\u{200e}۰٫۲۵", "۱۲٫۰"),
        ("prs", "۱٬۲۳۴٬۵۶۷", "\u{200e}−۰٫۲۵", "۱۲٫۰"),
    ];
    assert_eq!(expected.len(), codes.len(), "one row per shipped locale");
    // Right-to-left bundles isolate each placeable; the number is what lies inside.
    let strip = |s: String| {
        s.trim_start_matches('\u{2068}')
            .trim_end_matches('\u{2069}')
            .to_string()
    };
    for (code, count, fixed, number) in expected {
        let loc = catalog.localizer(code);
        assert_eq!(loc.locale(), code);
        assert_eq!(
            strip(loc.format("probe-count", &[("n", Arg::from(1_234_567))])),
            count,
            "{code}"
        );
        assert_eq!(
            strip(loc.format("probe-fixed", &[("x", Arg::fixed(-0.25, 2))])),
            fixed,
            "{code}"
        );
        assert_eq!(
            strip(loc.format("probe-number", &[("y", Arg::from(12))])),
            number,
            "{code}"
        );
        assert_eq!(loc.fixed(-0.25, 2), fixed, "{code}");
        assert_eq!(loc.integer(1_234_567), count, "{code}");
    }
    // Level codes shown to a learner take the locale's digits; letter codes stay.
    let fa = catalog.localizer("fa");
    assert_eq!(
        (fa.code("4"), fa.code("12"), fa.code("F")),
        ("۴".into(), "۱۲".into(), "F".into())
    );
    assert_eq!(catalog.localizer("ar").code("4"), "4");
    // Plural selection still sees the number: one Farsi answer, 1 234 English answers.
    let en = catalog.localizer("en");
    assert_eq!(
        en.format("assess-resumed", &[("count", Arg::from(1234))]),
        "Resumed a session with 1,234 answers."
    );
    assert!(fa.format("assess-resumed", &[("count", Arg::from(3))]).contains('۳'));
    // Not a number: never NaN on screen.
    assert_eq!(en.fixed(f64::NAN, 2), "–");
}

/// A listener must hear what to answer: every true/false prompt, in every locale, ends with the
/// locale's "true or false?" question, and that question names the locale's two answer buttons.
#[test]
fn true_false_prompts_ask_true_or_false() {
    let catalog = catalog();
    let content = defaults::content().unwrap();
    // (locale, the question, the words of the buttons it must contain)
    let questions = [
        ("en", "True or false?"),
        ("fr", "Vrai ou faux?"),
        ("es", "¿Verdadero o falso?"),
        ("ar", "صحيح أم خطأ؟"),
        ("fa", "درست است یا غلط؟"),
        ("prs", "درست است یا غلط؟"),
        ("pa", "ਸਹੀ ਜਾਂ ਗ਼ਲਤ?"),
        ("ps", "سم دی که ناسم؟"),
        ("so", "Run mise been?"),
        ("sw", "Kweli au si kweli?"),
        ("ti", "ሓቂ ድዩ ወይስ ሓሶት?"),
        ("tl", "Tama o mali?"),
        ("uk", "Правда чи неправда?"),
        ("ur", "صحیح یا غلط؟"),
        ("zh-Hans", "对还是错？"),
    ];
    assert_eq!(questions.len(), shipped(&catalog).len(), "one row per shipped locale");
    let prompts: Vec<&str> = content
        .bank
        .items()
        .iter()
        .filter(|i| i.item_type == nln_core::content::ItemType::TrueFalse)
        .map(|i| i.prompt.text.as_str())
        .collect();
    assert!(prompts.len() >= 18);
    let mut gaps = Vec::new();
    for (code, question) in questions {
        let loc = catalog.localizer(code);
        let (yes, no) = (loc.text("answer-true"), loc.text("answer-false"));
        let words = |answer: &str| {
            answer
                .split_whitespace()
                .all(|w| question.to_lowercase().contains(&w.to_lowercase()))
        };
        assert!(
            words(&yes) && words(&no),
            "{code}: «{question}» does not name «{yes}» and «{no}»"
        );
        let lacking: Vec<String> = prompts
            .iter()
            .filter(|id| !loc.text(id).trim_end().ends_with(question))
            .map(|id| id.to_string())
            .collect();
        if !lacking.is_empty() {
            gaps.push((code.to_string(), lacking));
        }
    }
    report("true/false prompts without the question", gaps);
}
