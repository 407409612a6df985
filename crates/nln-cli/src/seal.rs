//! The key that seals saved sessions. A session file carries an HMAC of its content under a key
//! kept in the per-user data folder, so a file edited by hand (a forged answer list, a changed
//! config) or copied from another user account is refused on resume, whatever it holds.

use crate::failure::Failure;
use crate::files::read_regular;
use nln_core::i18n::Localizer;
use rand::RngCore;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Key length in bytes (the HMAC-SHA256 block is larger, the tag as long).
const KEY_BYTES: usize = 32;
/// File name of the key in the data folder.
const KEY_FILE: &str = "session.key";

/// Where the key is kept: the per-user data folder (`~/.local/share/nln` on Linux).
fn key_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "nln").map(|d| d.data_dir().join(KEY_FILE))
}

fn key_error(loc: &Localizer, path: &Path, reason: impl ToString) -> Failure {
    Failure::input(loc.format(
        "error-session-key",
        &[
            ("path", path.display().to_string().into()),
            ("reason", reason.to_string().into()),
        ],
    ))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    let text = text.trim();
    if text.len() != 2 * KEY_BYTES || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// The installation's session key, created on first use (random, mode 0600, written
/// atomically so two first runs agree on one key).
pub fn session_key(loc: &Localizer) -> Result<Vec<u8>, Failure> {
    let path = key_path().ok_or_else(|| key_error(loc, Path::new(KEY_FILE), loc.text("error-no-data-folder")))?;
    if fs::symlink_metadata(&path).is_ok() {
        return read_key(loc, &path);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| key_error(loc, &path, e))?;
    let mut key = vec![0u8; KEY_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut key);
    // tempfile creates its files with mode 0600.
    let mut tmp = tempfile::Builder::new()
        .prefix(".nln-key-")
        .tempfile_in(dir)
        .map_err(|e| key_error(loc, &path, e))?;
    writeln!(tmp, "{}", to_hex(&key)).map_err(|e| key_error(loc, &path, e))?;
    tmp.as_file().sync_all().map_err(|e| key_error(loc, &path, e))?;
    match tmp.persist_noclobber(&path) {
        Ok(_) => Ok(key),
        // Another run created it first: use that one.
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => read_key(loc, &path),
        Err(e) => Err(key_error(loc, &path, e.error)),
    }
}

fn read_key(loc: &Localizer, path: &Path) -> Result<Vec<u8>, Failure> {
    let text = read_regular(loc, path, 4 * KEY_BYTES)?;
    from_hex(&text).ok_or_else(|| key_error(loc, path, loc.text("error-session-key-damaged")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_other_text() {
        let key: Vec<u8> = (0..32).collect();
        assert_eq!(from_hex(&format!("{}\n", to_hex(&key))), Some(key));
        assert_eq!(from_hex("abc"), None);
        assert_eq!(from_hex(&"zz".repeat(32)), None);
        assert_eq!(from_hex(&"é".repeat(32)), None);
    }
}
