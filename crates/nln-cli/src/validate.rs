//! `nln validate <dir>`: loads every bank of a content folder (or one bank folder) and checks the
//! locales against it, printing every error found.

use crate::failure::Failure;
use crate::files::{choose_content, read_tree};
use crate::report::load_error_line;
use clap::ArgMatches;
use nln_core::content::balance::{self, BalanceWarning};
use nln_core::content::Content;
use nln_core::i18n::completeness::{missing_audio, missing_messages, required_audio_refs, required_message_ids};
use nln_core::i18n::{Arg, Catalog, Localizer};
use std::path::{Path, PathBuf};

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let dir = m.get_one::<PathBuf>("dir").unwrap();
    let is_bank_folder = dir.join("bank.yaml").is_file();
    let first = choose_content(loc, Some(dir), nln_core::defaults::DEFAULT_BANK, true)?;
    let banks = if is_bank_folder {
        vec![first.bank.clone()]
    } else {
        first.sources.bank_names()
    };
    let path_text = dir.display().to_string();
    if banks.is_empty() {
        return Err(Failure::input(
            loc.format("validate-no-banks", &[("path", path_text.as_str().into())]),
        ));
    }

    let mut lines = Vec::new();
    let (catalog, locale_errors) = load_locales(
        loc,
        m.get_one::<PathBuf>("locales").map(PathBuf::as_path),
        first.root.as_deref(),
    )?;
    lines.extend(locale_errors);
    let mut summary = Vec::new();
    let mut loaded = Vec::new();
    for bank in &banks {
        match Content::load(&first.sources, bank) {
            Ok(content) => {
                lines.extend(locale_gaps(loc, &catalog, &content));
                let coverage = content.bank.coverage(&content.levels);
                let by_level: Vec<String> = coverage
                    .by_level
                    .iter()
                    .map(|(level, n)| format!("{}:{n}", content.levels.get(*level).code))
                    .collect();
                let warnings = balance_lines(loc, &content);
                summary.push((bank.clone(), content.bank.len(), by_level.join(" "), warnings));
                loaded.push((bank.as_str(), content.bank));
            }
            Err(errors) => lines.extend(errors.iter().map(|e| load_error_line(loc, e))),
        }
    }
    let pictures = crate::pictures::read(loc, first.root.as_deref())?;
    let loaded: Vec<(&str, &nln_core::content::Bank)> = loaded.iter().map(|(n, b)| (*n, b)).collect();
    let (picture_errors, picture_warnings) =
        crate::pictures::check(loc, &first.sources, &loaded, &pictures, !is_bank_folder);
    lines.extend(picture_errors);
    if let Some(dir) = m.get_one::<PathBuf>("contact-sheets") {
        crate::output::line(&crate::pictures::write_contact_sheets(loc, dir, &loaded, &pictures)?)?;
    }
    for line in picture_warnings.iter().chain(&lines) {
        crate::output::line(line)?;
    }
    if !lines.is_empty() {
        return Err(Failure::input(loc.format(
            "validate-errors",
            &[("path", path_text.as_str().into()), ("count", lines.len().into())],
        )));
    }
    // The summary is for the person at the terminal: standard error, as the failure message is.
    for (bank, items, coverage, warnings) in summary {
        crate::output::note(&loc.format(
            "validate-ok",
            &[
                ("path", path_text.as_str().into()),
                ("items", items.into()),
                ("bank", bank.into()),
                ("locales", catalog.locales().len().into()),
            ],
        ));
        crate::output::note(&format!(
            "  {}",
            loc.format("validate-coverage", &[("coverage", Arg::from(coverage))])
        ));
        for warning in warnings {
            crate::output::note(&format!("  {warning}"));
        }
    }
    Ok(())
}

/// Key-balance warnings of a bank: printed, never a failure (see `nln_core::content::balance`).
fn balance_lines(loc: &Localizer, content: &Content) -> Vec<String> {
    balance::check(&content.bank)
        .into_iter()
        .map(|w| {
            let id = w.message_id();
            match w {
                BalanceWarning::KeyPosition {
                    kind,
                    position,
                    observed,
                    expected,
                    items,
                } => loc.format(
                    id,
                    &[
                        ("kind", loc.text(kind.message_id()).into()),
                        ("position", position.into()),
                        ("observed", observed.into()),
                        ("expected", (expected.round() as i64).into()),
                        ("items", items.into()),
                    ],
                ),
                BalanceWarning::TrueFalse { true_keys, items } => {
                    loc.format(id, &[("true", true_keys.into()), ("items", items.into())])
                }
                BalanceWarning::OrderAsShown { item } => loc.format(id, &[("item", item.into())]),
            }
        })
        .collect()
}

/// The catalog to check against: `--locales`, else a `locales` folder beside the content folder,
/// else the built-in one. Returns the catalog and any error lines of its files.
fn load_locales(
    loc: &Localizer,
    explicit: Option<&Path>,
    content_root: Option<&Path>,
) -> Result<(Catalog, Vec<String>), Failure> {
    let beside = content_root
        .map(|r| r.join("../locales"))
        .filter(|p| p.join("locales.yaml").is_file());
    let Some(dir) = explicit.map(Path::to_path_buf).or(beside) else {
        return Ok((nln_core::defaults::catalog(), Vec::new()));
    };
    let files = read_tree(loc, &dir, &["ftl", "yaml", "yml"])?;
    match Catalog::from_files(files.iter().map(|(p, t)| (p.as_str(), t.as_str()))) {
        Ok(c) => Ok((c, Vec::new())),
        Err(errors) => {
            let mut lines = vec![loc.text("error-locales")];
            lines.extend(errors.iter().map(|e| format!("{}/{e}", dir.display())));
            Ok((nln_core::defaults::catalog(), lines))
        }
    }
}

/// Messages and audio clips the content needs that a locale lacks.
fn locale_gaps(loc: &Localizer, catalog: &Catalog, content: &Content) -> Vec<String> {
    let messages = required_message_ids(content);
    let audio = required_audio_refs(content);
    let mut lines = Vec::new();
    for locale in catalog.locales() {
        for id in missing_messages(catalog, locale, messages.iter().map(String::as_str)) {
            lines.push(loc.format(
                "validate-missing-message",
                &[("locale", locale.into()), ("id", id.into())],
            ));
        }
        for id in missing_audio(catalog, locale, audio.iter().map(String::as_str)) {
            lines.push(loc.format(
                "validate-missing-audio",
                &[("locale", locale.into()), ("id", id.into())],
            ));
        }
    }
    lines
}
