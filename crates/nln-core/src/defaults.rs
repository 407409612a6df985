//! The shipped content and locales, embedded in the binary so the engine works with no files
//! around it. The embedded data is checked by the test suite (`tests/core/locales.rs`), which is why
//! [`catalog`] may panic: a broken embedded file is a build defect, not a runtime condition.

use crate::content::{Content, LoadErrors, SourceSet};
use crate::i18n::{AudioManifest, Catalog, LocaleError, ManifestError, Voices, AUDIO_FILE, VOICES_FILE};
use crate::pictures::{PictureSet, IMAGES_DIR};
use include_dir::{include_dir, Dir};
use std::collections::BTreeMap;

static ASSESSMENTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../assessments");
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");

/// Name of the shipped bank.
pub const DEFAULT_BANK: &str = "default";

/// Every text file of a directory tree as (relative path with `/`, text), sorted by path.
fn files(dir: &'static Dir<'static>, keep: impl Fn(&str) -> bool) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        stack.extend(d.dirs());
        for f in d.files() {
            let path = f.path().to_string_lossy().replace('\\', "/");
            if keep(&path) {
                if let Some(text) = f.contents_utf8() {
                    out.push((path, text));
                }
            }
        }
    }
    out.sort();
    out
}

/// Every `.yaml` file under `assessments/`, keyed like `framework.yaml`, `banks/default/dev.yaml`.
pub fn sources() -> SourceSet {
    let mut set = SourceSet::new();
    for (path, text) in files(&ASSESSMENTS, |p| p.ends_with(".yaml")) {
        set.insert(path, text);
    }
    set
}

/// Every picture under `assessments/images/`, keyed like the banks reference them
/// (`icons/phone.svg`), so that a service can serve them with no files around it.
pub fn pictures() -> PictureSet {
    let mut set = PictureSet::new();
    let prefix = format!("{IMAGES_DIR}/");
    for (path, text) in files(&ASSESSMENTS, |p| p.starts_with(&prefix) && p.ends_with(".svg")) {
        set.insert(&path[prefix.len()..], text);
    }
    set
}

/// The shipped framework, levels and the default bank.
pub fn content() -> Result<Content, LoadErrors> {
    Content::load(&sources(), DEFAULT_BANK)
}

/// Every file of `locales/` the catalog reads (`locales.yaml`, `<lang>/*.ftl`,
/// `<lang>/audio.yaml`) as (relative path, text).
pub fn locale_files() -> Vec<(String, &'static str)> {
    files(&LOCALES, |p| p.ends_with(".ftl") || p.ends_with(".yaml"))
}

/// The shipped catalog, or every problem in the embedded locale files.
pub fn try_catalog() -> Result<Catalog, Vec<LocaleError>> {
    let files = locale_files();
    Catalog::from_files(files.iter().map(|(p, t)| (p.as_str(), *t)))
}

/// The shipped catalog: every `locales/<lang>/*.ftl`, the audio manifests and `locales.yaml`.
///
/// # Panics
/// If an embedded locale file is broken (the test suite rules this out).
pub fn catalog() -> Catalog {
    match try_catalog() {
        Ok(c) => c,
        Err(errors) => {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the embedded locale files are broken:\n{}", list.join("\n"))
        }
    }
}

/// The shipped voices file (`locales/voices.yaml`), or its problems.
pub fn voices() -> Result<Voices, Vec<ManifestError>> {
    let text = LOCALES
        .get_file(VOICES_FILE)
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default();
    Voices::parse(text)
}

/// The shipped audio manifests by locale.
///
/// # Panics
/// If an embedded audio manifest is broken (the test suite rules this out).
pub fn audio_manifests() -> BTreeMap<String, AudioManifest> {
    locale_files()
        .into_iter()
        .filter(|(p, _)| p.split_once('/').is_some_and(|(_, name)| name == AUDIO_FILE))
        .map(|(p, text)| match AudioManifest::parse(&p, text) {
            Ok(m) => (m.locale.clone(), m),
            Err(e) => panic!("embedded {p} is broken: {}", e[0]),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_the_content_tree() {
        let s = sources();
        assert!(s.get("framework.yaml").is_some());
        assert!(s.get("levels.yaml").is_some());
        assert!(s.get("banks/default/dev.yaml").is_some());
        assert_eq!(s.bank_names(), [DEFAULT_BANK]);
        assert!(s.get("README.md").is_none());
    }

    #[test]
    fn embeds_the_pictures_keyed_as_banks_reference_them() {
        let p = pictures();
        assert!(p.get("screens/incoming-call.svg").is_some_and(|t| t.contains("<svg")));
        assert!(p
            .iter()
            .all(|(path, _)| path.ends_with(".svg") && !path.starts_with("images/")));
    }
}
