//! Reading a response file, with its errors rendered as `file:line:column: field: message`.

use crate::failure::Failure;
use clap::ArgMatches;
use nln_core::i18n::{Arg, Localizer};
use nln_interop::{read_responses, Format, ReadError, ReadErrorKind, ResponseTable};
use std::path::{Path, PathBuf};

/// The localized text of a read error, prefixed with where it is.
pub fn read_error_line(loc: &Localizer, path: &Path, e: &ReadError) -> String {
    let args: Vec<(&str, Arg)> = match e.kind.as_ref() {
        ReadErrorKind::Csv(reason) => vec![("reason", reason.clone().into())],
        ReadErrorKind::MissingColumn(c) | ReadErrorKind::DuplicateColumn(c) => vec![("column", c.clone().into())],
        ReadErrorKind::BadScore(v) => vec![("value", v.clone().into())],
        ReadErrorKind::DuplicateResponse { person, item } => {
            vec![("person", person.clone().into()), ("item", item.clone().into())]
        }
        ReadErrorKind::DuplicatePerson(p) => vec![("person", p.clone().into())],
        ReadErrorKind::CovariateConflict {
            person,
            name,
            first,
            second,
        } => vec![
            ("person", person.clone().into()),
            ("name", name.clone().into()),
            ("first", first.clone().into()),
            ("second", second.clone().into()),
        ],
        _ => Vec::new(),
    };
    let mut place = format!("{}:{}", path.display(), e.line);
    if let Some(c) = e.column {
        place.push_str(&format!(":{c}"));
    }
    if let Some(f) = &e.field {
        place.push_str(&format!(": {f}"));
    }
    format!("{place}: {}", loc.format(e.kind.message_id(), &args))
}

/// Reads the `DATA` argument with `--format`.
pub fn read_data(loc: &Localizer, m: &ArgMatches) -> Result<(PathBuf, ResponseTable), Failure> {
    let path = m.get_one::<PathBuf>("data").expect("DATA is required").clone();
    let bytes = std::fs::read(&path).map_err(|e| {
        Failure::input(loc.format(
            "error-read",
            &[
                ("path", path.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let format = m.get_one::<String>("format").and_then(|f| Format::parse(f));
    let table = read_responses(&bytes, format).map_err(|e| Failure::input(read_error_line(loc, &path, &e)))?;
    Ok((path, table))
}
