//! Reading content and locale folders into the core's source sets, and saving sessions so that
//! a crash never loses an answer and a save never destroys anything else.
//!
//! Reading is bounded: only regular files (no symlinks, FIFOs or devices), at most
//! [`MAX_FILE_BYTES`] each, and from a content folder only `framework.yaml`, `levels.yaml` and the
//! files a `bank.yaml` lists.

use crate::failure::Failure;
use nln_core::cat::SessionState;
use nln_core::content::{
    bank_manifest_path, listed_files, Content, SourceSet, FRAMEWORK_FILE, GUIDANCE_FILE, LEVELS_FILE,
};
use nln_core::i18n::{Arg, Localizer};
use std::fs;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};

/// Largest file read: the YAML reader's own cap (a session file is far smaller).
pub const MAX_FILE_BYTES: usize = nln_core::yaml::Limits::CONTENT.max_bytes;
/// Most files read from a locales folder, and how deep it is walked.
const MAX_TREE_FILES: usize = 10_000;
const MAX_TREE_DEPTH: usize = 8;

fn read_error(loc: &Localizer, path: &Path, e: impl ToString) -> Failure {
    Failure::input(loc.format(
        "error-read",
        &[
            ("path", path.display().to_string().into()),
            ("reason", Arg::from(e.to_string())),
        ],
    ))
}

fn not_regular(loc: &Localizer, path: &Path) -> Failure {
    Failure::input(loc.format("error-not-regular-file", &[("path", path.display().to_string().into())]))
}

/// Opens `path` for reading without following a symlink in its last component and without
/// blocking on a FIFO.
fn open_no_follow(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Reads a regular file of at most `limit` bytes as UTF-8 text.
pub fn read_regular(loc: &Localizer, path: &Path, limit: usize) -> Result<String, Failure> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.file_type().is_file() => return Err(not_regular(loc, path)),
        Ok(_) => {}
        Err(e) => return Err(read_error(loc, path, e)),
    }
    let file = open_no_follow(path).map_err(|e| read_error(loc, path, e))?;
    // The path may have been swapped since the check above: judge what was opened.
    let meta = file.metadata().map_err(|e| read_error(loc, path, e))?;
    if !meta.is_file() {
        return Err(not_regular(loc, path));
    }
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(loc, path, e))?;
    if bytes.len() > limit {
        return Err(Failure::input(loc.format(
            "error-file-too-large",
            &[("path", path.display().to_string().into()), ("limit", limit.into())],
        )));
    }
    String::from_utf8(bytes).map_err(|e| read_error(loc, path, e))
}

/// Reads a text file (a content file, a session, an FTL file) within [`MAX_FILE_BYTES`].
pub fn read_text(loc: &Localizer, path: &Path) -> Result<String, Failure> {
    read_regular(loc, path, MAX_FILE_BYTES)
}

/// Whether `path` is a regular file (not a symlink to one).
fn is_regular(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
}

/// Every regular file with one of `extensions` under `root`, keyed by its relative path with
/// `/`. Symlinks and special files are skipped; the walk is bounded in depth and file count.
pub fn read_tree(loc: &Localizer, root: &Path, extensions: &[&str]) -> Result<Vec<(String, String)>, Failure> {
    let mut out = Vec::new();
    let mut stack = vec![(root.to_path_buf(), 0)];
    while let Some((dir, depth)) = stack.pop() {
        let entries = fs::read_dir(&dir).map_err(|e| read_error(loc, &dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| read_error(loc, &dir, e))?;
            let path = entry.path();
            let kind = entry.file_type().map_err(|e| read_error(loc, &path, e))?;
            if kind.is_dir() && depth < MAX_TREE_DEPTH {
                stack.push((path, depth + 1));
            } else if kind.is_file()
                && path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| extensions.contains(&e))
            {
                if out.len() >= MAX_TREE_FILES {
                    return Err(Failure::input(loc.format(
                        "error-too-many-files",
                        &[
                            ("path", root.display().to_string().into()),
                            ("limit", MAX_TREE_FILES.into()),
                        ],
                    )));
                }
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

/// A file name from a manifest that stays inside the bank folder (`dev.yaml`, `items/dev.yaml`).
fn is_inside(name: &str) -> bool {
    let path = Path::new(name);
    !name.is_empty() && path.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Reads `bank.yaml` of bank folder `dir` and the item files it lists into `sources` under
/// `banks/<name>/`. A listed file that is missing or unsafe is left out: the loader reports it
/// against the manifest line that lists it.
fn read_bank(loc: &Localizer, dir: &Path, name: &str, sources: &mut SourceSet) -> Result<(), Failure> {
    let manifest = dir.join("bank.yaml");
    if !is_regular(&manifest) {
        return Ok(());
    }
    let text = read_text(loc, &manifest)?;
    for file in listed_files(&text) {
        let path = dir.join(&file);
        if is_inside(&file) && is_regular(&path) {
            sources.insert(format!("banks/{name}/{file}"), read_text(loc, &path)?);
        }
    }
    sources.insert(bank_manifest_path(name), text);
    Ok(())
}

/// Names of the banks of a content folder: folders under `banks/` (not symlinks) that hold a
/// regular `bank.yaml`.
pub fn bank_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root.join("banks"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()) && is_regular(&e.path().join("bank.yaml")))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    names
}

/// `framework.yaml`, `levels.yaml`, `guidance.yaml` and banks `banks` of content folder `root`.
fn read_content_folder(loc: &Localizer, root: &Path, banks: &[String]) -> Result<SourceSet, Failure> {
    let mut sources = SourceSet::new();
    for file in [FRAMEWORK_FILE, LEVELS_FILE, GUIDANCE_FILE] {
        let path = root.join(file);
        if is_regular(&path) {
            sources.insert(file, read_text(loc, &path)?);
        }
    }
    for bank in banks {
        read_bank(loc, &root.join("banks").join(bank), bank, &mut sources)?;
    }
    Ok(sources)
}

/// Where content comes from.
pub struct ContentChoice {
    pub sources: SourceSet,
    pub bank: String,
    /// Folder the content was read from (`None`: the built-in content).
    pub root: Option<PathBuf>,
}

/// Resolves `--bank`: nothing → built-in; a folder with `framework.yaml` → a content folder
/// (banks `banks`, or every bank when empty); a folder with `bank.yaml` → one bank, with the
/// framework and levels of the content folder two levels up when there is one, else the
/// built-in ones.
pub fn choose_content(
    loc: &Localizer,
    bank: Option<&Path>,
    bank_name: &str,
    all_banks: bool,
) -> Result<ContentChoice, Failure> {
    let Some(path) = bank else {
        return Ok(ContentChoice {
            sources: nln_core::defaults::sources(),
            bank: bank_name.to_string(),
            root: None,
        });
    };
    if let Err(e) = fs::metadata(path) {
        return Err(read_error(loc, path, e));
    }
    if is_regular(&path.join(FRAMEWORK_FILE)) {
        let banks = if all_banks {
            bank_names(path)
        } else {
            vec![bank_name.to_string()]
        };
        return Ok(ContentChoice {
            sources: read_content_folder(loc, path, &banks)?,
            bank: bank_name.to_string(),
            root: Some(path.to_path_buf()),
        });
    }
    if is_regular(&path.join("bank.yaml")) {
        let name = path
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| bank_name.to_string());
        let root = path.join("../..");
        let mut choice = if is_regular(&root.join(FRAMEWORK_FILE)) {
            ContentChoice {
                sources: read_content_folder(loc, &root, &[])?,
                bank: name.clone(),
                root: Some(root),
            }
        } else {
            ContentChoice {
                sources: nln_core::defaults::sources(),
                bank: name.clone(),
                root: None,
            }
        };
        read_bank(loc, path, &name, &mut choice.sources)?;
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
    let choice = choose_content(loc, bank, name, false)?;
    let known = choice.sources.bank_names();
    if !known.contains(&choice.bank) && !known.is_empty() {
        // A name that is not there: say which are (the loader would only say a file is missing).
        let banks = match &choice.root {
            Some(root) => bank_names(root),
            None => known,
        };
        return Err(Failure::input(loc.format(
            "error-unknown-bank",
            &[
                ("bank", choice.bank.as_str().into()),
                ("banks", banks.join(", ").into()),
            ],
        )));
    }
    load_content(loc, &choice)
}

/// Loads the chosen content, turning load errors into one localized failure.
pub fn load_content(loc: &Localizer, choice: &ContentChoice) -> Result<Content, Failure> {
    Content::load(&choice.sources, &choice.bank).map_err(|errors| {
        let mut lines = vec![loc.text("error-content")];
        lines.extend(errors.iter().map(|e| crate::report::load_error_line(loc, e)));
        Failure::input(lines.join("\n"))
    })
}

/// The per-user folder where sessions are saved when `--save` is not given
/// (`~/.local/share/nln/sessions` on Linux, honouring `XDG_DATA_HOME`).
pub fn default_session_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "nln").map(|d| d.data_dir().join("sessions"))
}

/// The most recently saved session of the default folder.
pub fn latest_session() -> Option<PathBuf> {
    let dir = default_session_dir()?;
    fs::read_dir(dir)
        .ok()?
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .max()
        .map(|(_, p)| p)
}

/// A session file this run owns: locked against a second run on the same file, and replaced
/// atomically on every save.
pub struct SessionFile {
    path: PathBuf,
    lock_path: PathBuf,
    _lock: fs::File,
}

fn write_error(loc: &Localizer, path: &Path, e: impl ToString) -> Failure {
    Failure::input(loc.format(
        "error-write",
        &[
            ("path", path.display().to_string().into()),
            ("reason", e.to_string().into()),
        ],
    ))
}

impl SessionFile {
    /// Takes `path` for this run. An existing file must be a regular file holding a session of
    /// this program, unless `force` (a symlink, folder or device is never replaced). Another
    /// run saving to the same file makes this fail.
    pub fn take(loc: &Localizer, path: &Path, force: bool) -> Result<SessionFile, Failure> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        fs::create_dir_all(&dir).map_err(|e| write_error(loc, path, e))?;
        let refuse =
            || Failure::input(loc.format("error-not-a-session", &[("path", path.display().to_string().into())]));
        match fs::symlink_metadata(path) {
            Ok(meta) if !meta.file_type().is_file() => return Err(refuse()),
            Ok(_) if !force => {
                let is_session = read_text(loc, path)
                    .ok()
                    .is_some_and(|t| serde_json::from_str::<SessionState>(&t).is_ok());
                if !is_session {
                    return Err(refuse());
                }
            }
            _ => {}
        }
        let lock_path = dir.join(format!(".{name}.lock"));
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| write_error(loc, path, e))?;
        // The lock file is removed when a run ends, so a run that opened it just before may hold
        // a lock on a file that is gone: only a lock on the file now at the path counts.
        #[cfg(unix)]
        let same_file = || {
            use std::os::unix::fs::MetadataExt;
            match (lock.metadata(), fs::symlink_metadata(&lock_path)) {
                (Ok(a), Ok(b)) => a.ino() == b.ino() && a.dev() == b.dev(),
                _ => false,
            }
        };
        #[cfg(not(unix))]
        let same_file = || true;
        if fs4::FileExt::try_lock(&lock).is_err() || !same_file() {
            return Err(Failure::input(loc.format(
                "error-session-in-use",
                &[("path", path.display().to_string().into())],
            )));
        }
        Ok(SessionFile {
            path: path.to_path_buf(),
            lock_path,
            _lock: lock,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The lock file beside the session (removed when the run ends).
    pub fn lock_path(&self) -> &Path {
        &self.lock_path
    }

    /// Writes the session atomically (see [`write_atomic`]).
    pub fn save(&self, loc: &Localizer, text: &str) -> Result<(), Failure> {
        write_atomic(loc, &self.path, text)
    }
}

/// Writes `text` to `path` atomically: a new temporary file (mode 0600) in the same folder,
/// flushed, renamed over the target, then the folder flushed so the rename survives a power
/// loss. A crash leaves the old or the new file, never half of one, and no temporary file.
pub fn write_atomic(loc: &Localizer, path: &Path, text: &str) -> Result<(), Failure> {
    let fail = |e: std::io::Error| write_error(loc, path, e);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".nln-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    #[cfg(unix)]
    fs::File::open(dir).and_then(|d| d.sync_all()).map_err(fail)?;
    Ok(())
}

impl Drop for SessionFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.lock_path);
    }
}
