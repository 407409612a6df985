//! The message catalog: parsed Fluent files per locale, plus audio manifests and the locales
//! manifest. Parsing happens once, here, so that errors name file and line before anything is
//! shown to a learner, and so that [`super::Localizer`]s are cheap to build per session.

use super::audio::{AudioManifest, AUDIO_FILE};
use super::manifest::{LocalesManifest, ManifestError, LOCALES_FILE};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

/// A problem in one Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    /// Locale folder the file belongs to.
    pub locale: String,
    /// File name as handed to [`Catalog::add_ftl`].
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub kind: FtlErrorKind,
}

/// Deepest nesting of `{ … }` placeables accepted. The Fluent parser recurses once per level, so
/// a file of 20 000 nested `{` overflowed the stack; real messages nest two or three deep.
pub const MAX_FTL_NESTING: usize = 16;

/// Line where placeables first nest deeper than [`MAX_FTL_NESTING`] (braces inside string
/// literals do not count).
fn too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut line, mut in_string, mut escaped) = (0usize, 1usize, false, false);
    for c in text.chars() {
        match c {
            '\n' => line += 1,
            _ if in_string => match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            },
            '"' if depth > 0 => in_string = true,
            '{' => {
                depth += 1;
                if depth > MAX_FTL_NESTING {
                    return Some(line);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// What went wrong in a Fluent file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FtlErrorKind {
    /// The Fluent parser's message.
    Syntax(String),
    /// A message (or `-term`) defined twice in one locale, in the same or another file.
    DuplicateId {
        /// The message id.
        id: String,
        /// File of the first definition.
        first_file: String,
        /// Line of the first definition.
        first_line: usize,
    },
}

impl fmt::Display for FtlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}:{}: ", self.locale, self.file, self.line)?;
        match &self.kind {
            FtlErrorKind::Syntax(m) => f.write_str(m),
            FtlErrorKind::DuplicateId {
                id,
                first_file,
                first_line,
            } => {
                write!(f, "message `{id}` is already defined at {first_file}:{first_line}")
            }
        }
    }
}

impl std::error::Error for FtlError {}

/// Any problem in a locales folder handed to [`Catalog::from_files`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocaleError {
    #[error(transparent)]
    /// `locales.yaml` is wrong.
    Manifest(#[from] ManifestError),
    #[error(transparent)]
    /// A Fluent file is wrong.
    Ftl(#[from] FtlError),
}

/// One parsed Fluent file.
#[derive(Debug, Clone)]
pub(crate) struct FtlFile {
    pub(crate) name: String,
    pub(crate) resource: Arc<FluentResource>,
}

/// Everything one locale holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocaleResources {
    pub(crate) files: Vec<FtlFile>,
    /// Message ids (terms as `-name`) → (file, line) of the first definition.
    entries: BTreeMap<String, (String, usize)>,
    /// Messages marked learner-facing (see [`LEARNER_MARK`]).
    learner: BTreeSet<String>,
}

/// Comment text that marks Fluent messages as heard by the learner, so they get an audio clip:
/// in a resource comment (`###`) it marks the whole file, in a group comment (`##`) the messages
/// up to the next group comment, in a message comment (`#`) the message below it.
pub const LEARNER_MARK: &str = "audience: learner";

/// Parsed Fluent resources and audio manifests per locale, with the locales manifest.
#[derive(Debug, Clone)]
pub struct Catalog {
    manifest: LocalesManifest,
    locales: BTreeMap<String, LocaleResources>,
    audio: BTreeMap<String, AudioManifest>,
}

impl Catalog {
    /// An empty catalog for the locales of `manifest`.
    pub fn new(manifest: LocalesManifest) -> Catalog {
        Catalog {
            manifest,
            locales: BTreeMap::new(),
            audio: BTreeMap::new(),
        }
    }

    /// Builds a catalog from a locales folder given as (relative path, text) pairs:
    /// `locales.yaml`, `<code>/*.ftl`, `<code>/audio.yaml`; other files are ignored. Every
    /// problem in every file is reported.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Catalog, Vec<LocaleError>> {
        let files: Vec<(&str, &str)> = files.into_iter().collect();
        let Some(&(_, manifest_text)) = files.iter().find(|(p, _)| *p == LOCALES_FILE) else {
            let message = "missing locales manifest".to_string();
            return Err(vec![ManifestError {
                file: LOCALES_FILE.into(),
                line: 1,
                message,
            }
            .into()]);
        };
        let manifest =
            LocalesManifest::parse(manifest_text).map_err(|e| e.into_iter().map(Into::into).collect::<Vec<_>>())?;
        let mut catalog = Catalog::new(manifest);
        let mut errors: Vec<LocaleError> = Vec::new();
        for &(path, text) in &files {
            let Some((locale, name)) = path.split_once('/') else {
                continue;
            };
            if name == AUDIO_FILE {
                match AudioManifest::parse(path, text) {
                    Ok(m) if m.locale == locale => catalog.add_audio(m),
                    Ok(m) => errors.push(
                        ManifestError {
                            file: path.into(),
                            line: text.lines().position(|l| l.starts_with("locale:")).map_or(1, |i| i + 1),
                            message: format!("locale `{}` does not match the folder `{locale}`", m.locale),
                        }
                        .into(),
                    ),
                    Err(e) => errors.extend(e.into_iter().map(LocaleError::from)),
                }
            } else if name.ends_with(".ftl") {
                if let Err(e) = catalog.add_ftl(locale, name, text) {
                    errors.extend(e.into_iter().map(LocaleError::from));
                }
            }
        }
        if errors.is_empty() {
            Ok(catalog)
        } else {
            Err(errors)
        }
    }

    /// The locales, their directions, fallbacks and review status.
    pub fn manifest(&self) -> &LocalesManifest {
        &self.manifest
    }

    /// Parses one Fluent file into `locale`. On error the valid entries are still kept (a partly
    /// broken file serves what it can, and duplicates keep their first definition), and every
    /// problem is returned: syntax errors and ids already defined in this locale.
    pub fn add_ftl(&mut self, locale: &str, file_name: &str, text: &str) -> Result<(), Vec<FtlError>> {
        let error = |line: usize, kind: FtlErrorKind| FtlError {
            locale: locale.to_string(),
            file: file_name.to_string(),
            line,
            kind,
        };
        if let Some(line) = too_deep(text) {
            let kind = FtlErrorKind::Syntax(format!("placeables nested more than {MAX_FTL_NESTING} deep"));
            return Err(vec![error(line, kind)]);
        }
        let (resource, parse_errors) = match FluentResource::try_new(text.to_string()) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let mut errors: Vec<FtlError> = parse_errors
            .iter()
            .map(|e| error(line_at(text, e.pos.start), FtlErrorKind::Syntax(e.to_string())))
            .collect();
        let lines = entry_lines(text);
        let mut occurrence: BTreeMap<String, usize> = BTreeMap::new();
        let resources = self.locales.entry(locale.to_string()).or_default();
        resources.learner.extend(learner_marked(text));
        for entry in resource.entries() {
            let id = match entry {
                Entry::Message(m) => m.id.name.to_string(),
                Entry::Term(t) => format!("-{}", t.id.name),
                _ => continue,
            };
            // The n-th definition of an id in the AST is its n-th definition line in the text.
            let n = occurrence.entry(id.clone()).or_default();
            let line = lines
                .get(id.as_str())
                .and_then(|l| l.get(*n).or(l.last()))
                .copied()
                .unwrap_or(1);
            *n += 1;
            if let Some((first_file, first_line)) = resources.entries.get(&id) {
                let kind = FtlErrorKind::DuplicateId {
                    id,
                    first_file: first_file.clone(),
                    first_line: *first_line,
                };
                errors.push(error(line, kind));
            } else {
                resources.entries.insert(id, (file_name.to_string(), line));
            }
        }
        resources.files.push(FtlFile {
            name: file_name.to_string(),
            resource: Arc::new(resource),
        });
        errors.sort_by_key(|e| e.line);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Adds (or replaces) the audio manifest of `manifest.locale`.
    pub fn add_audio(&mut self, manifest: AudioManifest) {
        self.audio.insert(manifest.locale.clone(), manifest);
    }

    /// Message ids defined in `locale` (terms excluded).
    pub fn message_ids(&self, locale: &str) -> BTreeSet<String> {
        self.locales
            .get(locale)
            .map(|r| r.entries.keys().filter(|id| !id.starts_with('-')).cloned().collect())
            .unwrap_or_default()
    }

    /// Messages of `locale` marked learner-facing in its Fluent comments ([`LEARNER_MARK`]).
    pub fn learner_ids(&self, locale: &str) -> BTreeSet<String> {
        self.locales.get(locale).map(|r| r.learner.clone()).unwrap_or_default()
    }

    /// Whether `locale` itself (no fallback) defines message `id` (`id.attr` checks the message).
    pub fn has_message(&self, locale: &str, id: &str) -> bool {
        let id = id.split_once('.').map_or(id, |(m, _)| m);
        self.locales.get(locale).is_some_and(|r| r.entries.contains_key(id))
    }

    /// File and line where `locale` defines message `id`.
    pub fn definition(&self, locale: &str, id: &str) -> Option<(&str, usize)> {
        self.locales.get(locale)?.entries.get(id).map(|(f, l)| (f.as_str(), *l))
    }

    /// Locales holding at least one Fluent file.
    pub fn locales(&self) -> Vec<&str> {
        self.locales.keys().map(String::as_str).collect()
    }

    /// Names of the Fluent files of `locale`, in the order added.
    pub fn files(&self, locale: &str) -> Vec<&str> {
        self.locales
            .get(locale)
            .map(|r| r.files.iter().map(|f| f.name.as_str()).collect())
            .unwrap_or_default()
    }

    /// Audio manifest of `locale`.
    pub fn audio(&self, locale: &str) -> Option<&AudioManifest> {
        self.audio.get(locale)
    }

    pub(crate) fn resources(&self, locale: &str) -> Option<&LocaleResources> {
        self.locales.get(locale)
    }

    /// A localizer for a requested language tag (see [`super::Localizer::new`]).
    pub fn localizer(&self, requested: &str) -> super::Localizer {
        super::Localizer::new(self, requested)
    }
}

/// 1-based line holding byte `pos`.
fn line_at(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    text.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Id of the message defined on `line` (`id =` at the start), if any; terms are not messages.
fn message_id_of(line: &str) -> Option<&str> {
    let (head, _) = line.split_once('=')?;
    let id = head.trim_end();
    let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    valid.then_some(id)
}

/// Messages marked learner-facing by comments holding [`LEARNER_MARK`].
fn learner_marked(text: &str) -> BTreeSet<String> {
    let mut marked = BTreeSet::new();
    let (mut file, mut group, mut next) = (false, false, false);
    for line in text.lines() {
        let has_mark = line.contains(LEARNER_MARK);
        if line.starts_with("###") {
            file |= has_mark;
        } else if line.starts_with("##") {
            group = has_mark;
        } else if line.starts_with('#') {
            next |= has_mark;
        } else if let Some(id) = message_id_of(line) {
            if file || group || next {
                marked.insert(id.to_string());
            }
            next = false;
        } else if line.trim().is_empty() {
            next = false;
        }
    }
    marked
}

/// Lines where each entry id is defined, in file order (an id may be defined more than once).
fn entry_lines(text: &str) -> BTreeMap<&str, Vec<usize>> {
    let mut map: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        let Some((head, _)) = line.split_once('=') else {
            continue;
        };
        let id = head.trim_end();
        let name = id.strip_prefix('-').unwrap_or(id);
        let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if valid {
            map.entry(id).or_default().push(i + 1);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest() -> LocalesManifest {
        LocalesManifest::parse(
            "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n",
        )
        .unwrap()
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let mut c = Catalog::new(manifest());
        let text = "# comment\nhello = Hello\n\nbroken\nbye = Bye\n";
        let errors = c.add_ftl("en", "x.ftl", text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].file.as_str(), errors[0].line), ("x.ftl", 4));
        assert!(matches!(errors[0].kind, FtlErrorKind::Syntax(_)));
        assert!(errors[0].to_string().starts_with("en/x.ftl:4: "), "{}", errors[0]);
        // The valid entries are kept.
        assert_eq!(c.message_ids("en"), ["bye", "hello"].map(String::from).into());
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let mut c = Catalog::new(manifest());
        // 20 000 nested placeables overflowed the parser's stack (it recurses per level).
        let deep = format!("ok = fine\nbad = {}x{}\n", "{".repeat(20_000), "}".repeat(20_000));
        let e = c.add_ftl("en", "deep.ftl", &deep).unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(e[0].to_string().starts_with("en/deep.ftl:2: "), "{}", e[0]);
        // Braces inside string literals are text, not nesting.
        let literal = format!("brace = {}\n", "{\"{\"}".repeat(40));
        assert!(c.add_ftl("en", "lit.ftl", &literal).is_ok());
    }

    #[test]
    fn duplicates_across_files_are_errors() {
        let mut c = Catalog::new(manifest());
        c.add_ftl("en", "a.ftl", "one = 1\n-brand = NLN\ntwo = 2\n").unwrap();
        let errors = c
            .add_ftl("en", "b.ftl", "three = 3\n\ntwo = deux\n-brand = X\n")
            .unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(errors[0].line, 3);
        assert_eq!(
            errors[0].kind,
            FtlErrorKind::DuplicateId {
                id: "two".into(),
                first_file: "a.ftl".into(),
                first_line: 3
            }
        );
        assert!(matches!(&errors[1].kind, FtlErrorKind::DuplicateId { id, first_line: 2, .. } if id == "-brand"));
        assert_eq!(c.definition("en", "two"), Some(("a.ftl", 3)));
        assert_eq!(c.message_ids("en").len(), 3);
    }

    #[test]
    fn duplicates_inside_one_file_are_errors() {
        let mut c = Catalog::new(manifest());
        let errors = c.add_ftl("en", "a.ftl", "one = 1\none = again\n").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
        assert!(matches!(
            &errors[0].kind,
            FtlErrorKind::DuplicateId { first_line: 1, .. }
        ));
    }

    #[test]
    fn same_id_in_two_locales_is_fine() {
        let mut c = Catalog::new(manifest());
        c.add_ftl("en", "a.ftl", "one = 1\n").unwrap();
        c.add_ftl("fr", "a.ftl", "one = un\n").unwrap();
        assert_eq!(c.locales(), ["en", "fr"]);
        assert!(c.has_message("fr", "one") && !c.has_message("fr", "two"));
    }

    #[test]
    fn comments_mark_learner_facing_messages() {
        let mut c = Catalog::new(manifest());
        let text = "## Help\nhelp = Help\n# audience: learner\n# the button\nok = OK\n  .speech = okay\nno = No\n\n## Dialogue (audience: learner)\nq = Question\nr = Retry\n## Errors\nerr = Error\n";
        c.add_ftl("en", "a.ftl", text).unwrap();
        assert_eq!(c.learner_ids("en"), ["ok", "q", "r"].map(String::from).into());
        c.add_ftl(
            "en",
            "b.ftl",
            "### Items (audience: learner)\n\n## Group\nitem-1 = One\n",
        )
        .unwrap();
        assert!(c.learner_ids("en").contains("item-1"));
        assert!(c.learner_ids("fr").is_empty());
    }

    #[test]
    fn from_files_collects_every_error() {
        let files = [
            (
                "locales.yaml",
                "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n",
            ),
            ("en/a.ftl", "ok = fine\nbad\n"),
            ("en/audio.yaml", "locale: fr\nclips: {}\n"),
            ("README.md", "ignored"),
        ];
        let errors = Catalog::from_files(files).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().any(|e| e.to_string().starts_with("en/a.ftl:2:")));
        assert!(errors.iter().any(|e| e.to_string().starts_with("en/audio.yaml:1:")));
    }
}
