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
        ReadErrorKind::BadPage(v) => vec![("value", v.clone().into())],
        ReadErrorKind::DuplicateBookmark { panellist, level } => {
            vec![("panellist", panellist.clone().into()), ("level", level.clone().into())]
        }
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
    let table = read_file(loc, &path, m.get_one::<String>("format").map(String::as_str))?;
    Ok((path, table))
}

/// Reads a response file in `format` (`long`, `wide`, or `None` to detect it).
pub fn read_file(loc: &Localizer, path: &Path, format: Option<&str>) -> Result<ResponseTable, Failure> {
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::input(loc.format(
            "error-read",
            &[
                ("path", path.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let format = format.and_then(Format::parse);
    read_responses(&bytes, format).map_err(|e| Failure::input(read_error_line(loc, path, &e)))
}

/// The bank's model of every item column, checking that each item is in the bank and that no
/// score is above its item's highest score (named by person and item).
pub fn bank_models(
    loc: &Localizer,
    content: &nln_core::content::Content,
    table: &ResponseTable,
) -> Result<Vec<nln_core::irt::IrtModel>, Failure> {
    let mut models = Vec::with_capacity(table.items.len());
    for id in &table.items {
        match content.bank.item(id).and_then(|i| i.irt.clone()) {
            Some(model) => models.push(model),
            None => {
                return Err(Failure::input(loc.format(
                    "data-error-unknown-item",
                    &[("item", id.clone().into()), ("bank", content.bank.id.clone().into())],
                )))
            }
        }
    }
    for r in 0..table.data.rows() {
        for a in table.data.row(r) {
            let max: usize = models[a.item].max_score();
            if a.score > max {
                return Err(Failure::input(loc.format(
                    "score-out-of-range",
                    &[
                        ("person", table.persons[r].clone().into()),
                        ("item", table.items[a.item].clone().into()),
                        ("score", a.score.into()),
                        ("max", max.into()),
                    ],
                )));
            }
        }
    }
    Ok(models)
}

/// EAP ability of every row on `models`, through the scorer `nln score` uses.
pub fn eap_thetas(models: &[nln_core::irt::IrtModel], table: &ResponseTable) -> Vec<f64> {
    use nln_core::estimate::{EapScorer, Quadrature};
    let settings = nln_core::cat::CatConfig::default().estimation;
    let scorer = EapScorer::new(models, Quadrature::new(settings.prior, settings.quadrature_points));
    let mut scratch = Vec::new();
    (0..table.data.rows())
        .map(|r| {
            scorer
                .score(table.data.row(r).map(|a| (a.item, a.score)), &mut scratch)
                .theta
        })
        .collect()
}

/// A CSV field, quoted when it needs to be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
