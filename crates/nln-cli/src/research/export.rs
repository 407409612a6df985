//! `nln export SESSION… --format long|wide`: the scored answers of saved sessions as response
//! CSV for calibration, with bank id and version; persons get pseudonymous ids (`p1`, `p2` …
//! in the order the files are given), never anything from the file names.

use crate::failure::Failure;
use crate::files::{content_from_args, read_text, write_atomic};
use clap::ArgMatches;
use nln_core::cat::{Session, SessionState};
use nln_core::i18n::Localizer;
use nln_interop::{rows_from_session, write_long, write_wide};
use std::io::Write;
use std::path::PathBuf;

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let content = content_from_args(loc, m)?;
    let mut rows = Vec::new();
    for (n, path) in m.get_many::<PathBuf>("sessions").expect("required").enumerate() {
        let text = read_text(loc, path)?;
        let state: SessionState = serde_json::from_str(&text).map_err(|e| {
            Failure::input(loc.format(
                "export-error-session",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", e.to_string().into()),
                ],
            ))
        })?;
        let session = Session::resume(&content, state).map_err(|e| {
            Failure::input(loc.format(
                "export-error-session",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", crate::assess::session_error(loc, &e).into()),
                ],
            ))
        })?;
        rows.extend(rows_from_session(&format!("p{}", n + 1), &session));
    }
    let mut out = Vec::new();
    let written = if m.get_one::<String>("format").map(String::as_str) == Some("wide") {
        write_wide(&mut out, &rows)
    } else {
        write_long(&mut out, &rows)
    };
    written.expect("writing to memory cannot fail");
    match m.get_one::<PathBuf>("out") {
        Some(path) => write_atomic(
            loc,
            path,
            &String::from_utf8(out).expect("CSV of UTF-8 fields is UTF-8"),
        ),
        None => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(&out);
            Ok(())
        }
    }
}
