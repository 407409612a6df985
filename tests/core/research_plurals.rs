//! Research messages that show a count choose their words by the locale's CLDR plural category
//! (Pashto and Tigrinya: "one" and "other"; Tigrinya counts 0 as "one").

use nln_core::defaults;
use nln_core::i18n::Arg;

/// Each research message that shows a count, the argument holding it, and its other arguments.
const COUNTED: &[(&str, &str, &[&str])] = &[
    ("calibrate-converged", "cycles", &["items", "persons"]),
    ("calibrate-not-converged", "cycles", &["items", "persons"]),
    ("fit-s-x2-used", "persons", &["skipped"]),
    ("fit-s-x2-used", "skipped", &["persons"]),
    ("fit-persons-flagged", "persons", &["flagged", "cut"]),
    ("dif-flagged", "flagged", &[]),
    ("standard-setting-panel", "panellists", &["rp", "pages"]),
    ("standard-setting-written", "cuts", &["path"]),
    ("plot-written", "count", &["path"]),
];

#[test]
fn pashto_and_tigrinya_research_counts_use_plural_forms() {
    let catalog = defaults::catalog();
    for (locale, one) in [("ps", [1]), ("ti", [0])] {
        let text = catalog.localizer(locale);
        for &(id, count, others) in COUNTED {
            let render = |n: i64| {
                let mut args: Vec<(&str, Arg<'_>)> = others.iter().map(|&o| (o, Arg::Int(5))).collect();
                args.push((count, Arg::Int(n)));
                let (localized, errors) = text.lookup_checked(id, &args).expect("the message exists");
                assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                assert_eq!(localized.locale, locale, "{id} is served by {locale} itself");
                localized.text
            };
            // Which words go with the number: the text with the number itself taken out.
            let words = |n: i64| render(n).replace(&text.integer(n), "#");
            for n in one.iter().chain(&[1]) {
                assert_eq!(words(*n), words(1), "{locale} {id}: {n} and 1 are both 'one'");
            }
            assert_ne!(words(1), words(7), "{locale} {id}: 1 and 7 ${count} read alike");
            assert_eq!(words(7), words(23), "{locale} {id}: 7 and 23 are both 'other'");
        }
    }
}
