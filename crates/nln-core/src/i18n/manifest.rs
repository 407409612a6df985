//! The locales manifest (`locales/locales.yaml`): which locales ship, how each is written and
//! reviewed, and where a missing message falls back to. Kept as data so that adding a language
//! is a content change, not a code change.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Persian, Dari, Pashto …): UIs mirror the layout.
    Rtl,
}

/// How far a locale's text can be trusted: results report it for the prompts a learner saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// Drafted by machine translation, not yet checked by a fluent reviewer.
    MachineDrafted,
    /// Checked by a fluent reviewer.
    Reviewed,
}

impl ReviewStatus {
    /// Every status.
    pub const ALL: [ReviewStatus; 2] = [ReviewStatus::MachineDrafted, ReviewStatus::Reviewed];

    /// Fluent id of the status as results show it (`review-reviewed`).
    pub fn message_id(self) -> &'static str {
        match self {
            ReviewStatus::MachineDrafted => "review-machine-drafted",
            ReviewStatus::Reviewed => "review-reviewed",
        }
    }

    /// Name as written in the manifest.
    pub fn name(self) -> &'static str {
        match self {
            ReviewStatus::MachineDrafted => "machine-drafted",
            ReviewStatus::Reviewed => "reviewed",
        }
    }
}

/// One shipped locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    /// BCP 47 tag, also the folder name under `locales/` (`en`, `fr`, `ar`, `zh-Hans`).
    pub code: String,
    /// Endonym, shown in language pickers (`Français`).
    pub name: String,
    /// Writing direction, so a UI can mirror its layout.
    pub direction: Direction,
    /// Locales tried, in order, when a message is missing here (the default comes last anyway).
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Whether a person has checked the machine-drafted text.
    pub review: ReviewStatus,
    /// Other tags that mean this locale (`fa-AF` is Dari, not Iranian Persian).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The CLDR tag whose data (plural rules, number formats) serve this locale, when `code` is
    /// not one CLDR knows (`prs` → `fa-AF`, `tl` → `fil`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cldr: Option<String>,
}

impl LocaleInfo {
    /// The tag for CLDR data: [`LocaleInfo::cldr`], else the code.
    pub fn cldr_tag(&self) -> &str {
        self.cldr.as_deref().unwrap_or(&self.code)
    }
}

/// How a requested tag was served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The listed locale chosen.
    pub code: String,
    /// A listed locale of the requested language that was passed over because it is written in
    /// another script (`pa-Arab` asked, `pa` is Gurmukhi): the caller says so to the learner.
    pub other_script: Option<String>,
}

/// The script a tag is written in, explicit or implied by CLDR likely subtags (`zh-TW` →
/// `Hant`, `pa-PK` → `Arab`, `pa` → `Guru`); `None` when the tag is unknown to CLDR.
fn script_of(tag: &str) -> Option<String> {
    let mut id: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    if id.script.is_none() {
        id.maximize();
    }
    id.script.map(|s| s.as_str().to_string())
}

/// The parsed and checked `locales.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalesManifest {
    /// Locale used when a requested tag matches nothing, and last in every fallback chain.
    pub default: String,
    /// Every shipped locale.
    pub locales: Vec<LocaleInfo>,
}

/// A problem in `locales.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ManifestError {
    /// `locales.yaml` as the caller named it.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Path of the manifest inside a locales folder.
pub const LOCALES_FILE: &str = "locales.yaml";

impl LocalesManifest {
    /// Parses and checks the manifest text: codes valid and unique, default and fallbacks listed.
    pub fn parse(text: &str) -> Result<LocalesManifest, Vec<ManifestError>> {
        let error = |line: usize, message: String| ManifestError {
            file: LOCALES_FILE.into(),
            line,
            message,
        };
        let manifest: LocalesManifest = crate::yaml::from_str(text).map_err(|e| vec![error(e.line, e.to_string())])?;
        // Line of the first `code: <x>` for messages; 1 when not found.
        let line_of = |code: &str| {
            text.lines()
                .position(|l| {
                    l.split_once("code:").is_some_and(|(_, rest)| {
                        rest.split([',', '}', ' ', '"', '\'']).find(|s| !s.is_empty()) == Some(code)
                    })
                })
                .map_or(1, |i| i + 1)
        };
        let mut errors = Vec::new();
        let mut seen = BTreeSet::new();
        for l in &manifest.locales {
            if l.code.parse::<unic_langid::LanguageIdentifier>().is_err() {
                errors.push(error(line_of(&l.code), format!("`{}` is not a language tag", l.code)));
            }
            if !seen.insert(l.code.as_str()) {
                errors.push(error(line_of(&l.code), format!("locale `{}` is listed twice", l.code)));
            }
        }
        for l in &manifest.locales {
            for f in &l.fallback {
                if !seen.contains(f.as_str()) {
                    errors.push(error(
                        line_of(&l.code),
                        format!("fallback `{f}` of `{}` is not a listed locale", l.code),
                    ));
                }
            }
        }
        if !seen.contains(manifest.default.as_str()) {
            errors.push(error(
                1,
                format!("default `{}` is not a listed locale", manifest.default),
            ));
        }
        if errors.is_empty() {
            Ok(manifest)
        } else {
            Err(errors)
        }
    }

    /// The locale with this exact code.
    pub fn get(&self, code: &str) -> Option<&LocaleInfo> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// Codes of every listed locale, in manifest order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.code.as_str())
    }

    /// The listed locale that best serves a requested tag (see [`LocalesManifest::resolution`]).
    pub fn resolve(&self, requested: &str) -> &str {
        let code = self.resolution(requested).code;
        self.get(&code).map_or(&self.default, |l| &l.code)
    }

    /// BCP 47 matching with scripts: the tag itself or an alias, then shorter forms
    /// (`zh-Hans-CN` → `zh-Hans` → `zh`), compared case-insensitively; then a listed locale of the
    /// same language. A candidate written in another script than the one requested (explicitly,
    /// or implied: `zh-TW` is Traditional, `pa-PK` is Shahmukhi) is never chosen: the default
    /// serves instead and [`Resolution::other_script`] names the locale passed over.
    pub fn resolution(&self, requested: &str) -> Resolution {
        let tag = requested.trim().replace('_', "-");
        let wanted_script = script_of(&tag);
        let fits = |l: &LocaleInfo| match (&wanted_script, script_of(l.cldr_tag())) {
            (Some(w), Some(s)) => *w == s,
            _ => true,
        };
        let mut other_script = None;
        let mut consider = |l: &LocaleInfo| {
            if fits(l) {
                true
            } else {
                other_script.get_or_insert_with(|| l.code.clone());
                false
            }
        };
        let find = |t: &str| {
            self.locales
                .iter()
                .filter(|l| l.code.eq_ignore_ascii_case(t) || l.aliases.iter().any(|a| a.eq_ignore_ascii_case(t)))
                .cloned()
                .collect::<Vec<_>>()
        };
        let mut t = tag.clone();
        loop {
            // An alias names a locale outright (`fa-AF` is Dari whatever its script).
            if let Some(l) = self
                .locales
                .iter()
                .find(|l| l.aliases.iter().any(|a| a.eq_ignore_ascii_case(&t)))
            {
                return Resolution {
                    code: l.code.clone(),
                    other_script,
                };
            }
            for l in find(&t) {
                if consider(&l) {
                    return Resolution {
                        code: l.code.clone(),
                        other_script,
                    };
                }
            }
            match t.rfind('-') {
                Some(i) => t.truncate(i),
                None => break,
            }
        }
        let language = |code: &str| code.split('-').next().unwrap_or_default().to_ascii_lowercase();
        let wanted = language(&t);
        for l in &self.locales {
            let same = !wanted.is_empty() && (language(&l.code) == wanted || language(l.cldr_tag()) == wanted);
            if same && consider(l) {
                return Resolution {
                    code: l.code.clone(),
                    other_script,
                };
            }
        }
        Resolution {
            code: self.default.clone(),
            other_script,
        }
    }

    /// The locales tried for a requested tag: the resolved locale, its fallbacks (followed
    /// transitively), then the default. No locale appears twice.
    pub fn chain(&self, requested: &str) -> Vec<String> {
        let mut chain: Vec<String> = Vec::new();
        let mut queue = vec![self.resolve(requested).to_string()];
        while let Some(code) = queue.pop() {
            if chain.contains(&code) {
                continue;
            }
            if let Some(info) = self.get(&code) {
                // Push in reverse so the first listed fallback is tried first.
                queue.extend(info.fallback.iter().rev().cloned());
            }
            chain.push(code);
        }
        if !chain.contains(&self.default) {
            chain.push(self.default.clone());
        }
        chain
    }

    /// Review status of a locale (`None` if not listed).
    pub fn review_status(&self, code: &str) -> Option<ReviewStatus> {
        self.get(code).map(|l| l.review)
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: fr, name: Français, direction: ltr, fallback: [en], review: machine-drafted }\n  - { code: fa, name: فارسی, direction: rtl, fallback: [ar], review: machine-drafted }\n  - { code: ar, name: العربية, direction: rtl, fallback: [fr], review: machine-drafted }\n";

    #[test]
    fn resolves_tags_to_listed_locales() {
        let m = LocalesManifest::parse(TEXT).unwrap();
        assert_eq!(m.resolve("fr-CA"), "fr");
        assert_eq!(m.resolve("FR_ca"), "fr");
        assert_eq!(m.resolve("de-DE"), "en");
        assert_eq!(m.resolve(""), "en");
        assert_eq!(m.chain("fa-IR"), ["fa", "ar", "fr", "en"]);
        assert_eq!(m.chain("en"), ["en"]);
        assert_eq!(m.review_status("fr"), Some(ReviewStatus::MachineDrafted));
    }

    #[test]
    fn a_region_or_script_variant_finds_a_locale_of_the_same_language() {
        let text = "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: zh-Hans, name: 简体中文, direction: ltr, fallback: [en], review: machine-drafted }\n";
        let m = LocalesManifest::parse(text).unwrap();
        assert_eq!(m.resolve("zh-CN"), "zh-Hans");
        assert_eq!(m.resolve("zh_CN.UTF-8".split('.').next().unwrap()), "zh-Hans");
        assert_eq!(m.resolve("zh-Hans-CN"), "zh-Hans");
        assert_eq!(m.resolve("en-CA"), "en");
        assert_eq!(m.resolve("x"), "en");
    }

    #[test]
    fn aliases_name_a_locale() {
        let text = "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: fa, name: فارسی, direction: rtl, review: machine-drafted }\n  - { code: prs, name: دری, direction: rtl, fallback: [fa], review: machine-drafted, aliases: [fa-AF] }\n";
        let m = LocalesManifest::parse(text).unwrap();
        assert_eq!(m.resolve("fa-AF"), "prs");
        assert_eq!(m.resolve("fa_af"), "prs");
        assert_eq!(m.resolve("fa-IR"), "fa");
        assert_eq!(m.chain("fa-AF"), ["prs", "fa", "en"]);
    }

    /// The shipped languages' tricky tags, as browsers and systems send them.
    #[test]
    fn matching_follows_scripts_and_cldr_tags() {
        let text = "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: zh-Hans, name: 简体中文, direction: ltr, review: machine-drafted }\n  - { code: pa, name: ਪੰਜਾਬੀ, direction: ltr, review: machine-drafted }\n  - { code: tl, name: Tagalog, direction: ltr, review: machine-drafted, cldr: fil, aliases: [fil] }\n  - { code: fa, name: فارسی, direction: rtl, review: machine-drafted }\n  - { code: prs, name: دری, direction: rtl, fallback: [fa], review: machine-drafted, cldr: fa-AF, aliases: [fa-AF] }\n  - { code: sr-Latn, name: Srpski, direction: ltr, review: machine-drafted }\n";
        let m = LocalesManifest::parse(text).unwrap();
        let table = [
            ("fil", "tl", None),
            ("fil-PH", "tl", None),
            ("FIL_ph", "tl", None),
            ("tl-PH", "tl", None),
            ("pa", "pa", None),
            ("pa-IN", "pa", None),
            ("pa-Guru", "pa", None),
            ("pa-Arab", "en", Some("pa")),
            ("pa-PK", "en", Some("pa")),
            ("pa-Arab-PK", "en", Some("pa")),
            ("zh", "zh-Hans", None),
            ("zh-CN", "zh-Hans", None),
            ("zh-SG", "zh-Hans", None),
            ("zh-Hans-CN", "zh-Hans", None),
            ("zh-Hant", "en", Some("zh-Hans")),
            ("zh-TW", "en", Some("zh-Hans")),
            ("zh-HK", "en", Some("zh-Hans")),
            ("zh-Hant-TW", "en", Some("zh-Hans")),
            ("fa-AF", "prs", None),
            ("fa-IR", "fa", None),
            ("prs", "prs", None),
            ("sr", "en", Some("sr-Latn")),
            ("sr-Latn-RS", "sr-Latn", None),
            ("sr-Cyrl", "en", Some("sr-Latn")),
            ("de", "en", None),
        ];
        for (tag, code, other) in table {
            let r = m.resolution(tag);
            assert_eq!((r.code.as_str(), r.other_script.as_deref()), (code, other), "{tag}");
        }
    }

    #[test]
    fn reports_unlisted_fallbacks_and_default() {
        let text = "default: de\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: fr, name: Français, direction: ltr, fallback: [xx], review: reviewed }\n";
        let errors = LocalesManifest::parse(text).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].line, 4);
        assert!(errors[0].message.contains("`xx`"));
        assert!(errors[1].message.contains("default `de`"));
    }

    #[test]
    fn reports_syntax_errors_with_line() {
        let errors =
            LocalesManifest::parse("default: en\nlocales:\n  - { code: en, direction: sideways }\n").unwrap_err();
        assert_eq!(errors[0].line, 3, "{errors:?}");
    }
}
