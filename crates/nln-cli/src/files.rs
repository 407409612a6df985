//! Reading content and locale folders into the core's source sets, and saving sessions so that
//! a crash never loses an answer.

use crate::failure::Failure;
use nln_core::content::{Content, SourceSet};
use nln_core::i18n::{Arg, Localizer};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn read_error(loc: &Localizer, path: &Path, e: impl ToString) -> Failure {
    Failure::input(loc.format(
        "error-read",
        &[
            ("path", path.display().to_string().into()),
            ("reason", Arg::from(e.to_string())),
        ],
    ))
}

/// Reads a text file.
pub fn read_text(loc: &Localizer, path: &Path) -> Result<String, Failure> {
    fs::read_to_string(path).map_err(|e| read_error(loc, path, e))
}

/// Every file with one of `extensions` under `root`, keyed by its relative path with `/`.
pub fn read_tree(loc: &Localizer, root: &Path, extensions: &[&str]) -> Result<Vec<(String, String)>, Failure> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = fs::read_dir(&dir).map_err(|e| read_error(loc, &dir, e))?;
        for entry in entries {
            let path = entry.map_err(|e| read_error(loc, &dir, e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
            {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let key = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((key, read_text(loc, &path)?));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Where content comes from.
pub struct ContentChoice {
    pub sources: SourceSet,
    pub bank: String,
    /// Folder the content was read from (`None`: the built-in content).
    pub root: Option<PathBuf>,
}

/// Resolves `--bank`: nothing → built-in; a folder with `framework.yaml` → a content folder;
/// a folder with `bank.yaml` → one bank, with the framework and levels of the content folder
/// two levels up when there is one, else the built-in ones.
pub fn choose_content(loc: &Localizer, bank: Option<&Path>, bank_name: &str) -> Result<ContentChoice, Failure> {
    let Some(path) = bank else {
        return Ok(ContentChoice {
            sources: nln_core::defaults::sources(),
            bank: bank_name.to_string(),
            root: None,
        });
    };
    if path.join("framework.yaml").is_file() {
        let mut sources = SourceSet::new();
        for (k, v) in read_tree(loc, path, &["yaml", "yml"])? {
            sources.insert(k, v);
        }
        return Ok(ContentChoice {
            sources,
            bank: bank_name.to_string(),
            root: Some(path.to_path_buf()),
        });
    }
    if path.join("bank.yaml").is_file() {
        let name = path
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| bank_name.to_string());
        let root = path.join("../..");
        let mut choice = if root.join("framework.yaml").is_file() {
            choose_content(loc, Some(&root), &name)?
        } else {
            ContentChoice {
                sources: nln_core::defaults::sources(),
                bank: name.clone(),
                root: None,
            }
        };
        for (k, v) in read_tree(loc, path, &["yaml", "yml"])? {
            choice.sources.insert(format!("banks/{name}/{k}"), v);
        }
        choice.bank = name;
        return Ok(choice);
    }
    Err(Failure::input(loc.format(
        "error-not-content",
        &[("path", path.display().to_string().into())],
    )))
}

/// Loads the content that `--bank` and `--bank-name` name.
pub fn content_from_args(loc: &Localizer, m: &clap::ArgMatches) -> Result<Content, Failure> {
    let bank = m.get_one::<PathBuf>("bank").map(PathBuf::as_path);
    let name = m
        .get_one::<String>("bank-name")
        .map_or(nln_core::defaults::DEFAULT_BANK, String::as_str);
    load_content(loc, &choose_content(loc, bank, name)?)
}

/// Loads the chosen content, turning load errors into one localized failure.
pub fn load_content(loc: &Localizer, choice: &ContentChoice) -> Result<Content, Failure> {
    Content::load(&choice.sources, &choice.bank).map_err(|errors| {
        let mut lines = vec![loc.text("error-content")];
        lines.extend(errors.iter().map(|e| crate::report::load_error_line(loc, e)));
        Failure::input(lines.join("\n"))
    })
}

/// Writes `text` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. A crash leaves the old or the new file, never half of one.
pub fn write_atomic(loc: &Localizer, path: &Path, text: &str) -> Result<(), Failure> {
    let fail = |e: std::io::Error| {
        Failure::input(loc.format(
            "error-write",
            &[
                ("path", path.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
    let mut f = fs::File::create(&tmp).map_err(fail)?;
    f.write_all(text.as_bytes()).map_err(fail)?;
    f.sync_all().map_err(fail)?;
    fs::rename(&tmp, path).map_err(fail)
}
