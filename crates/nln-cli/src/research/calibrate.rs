//! `nln calibrate DATA --model …`: MML-EM calibration, a convergence report and, with `--out`,
//! a new calibrated bank version written through the core's bank writer.

use super::data::read_data;
use crate::failure::Failure;
use crate::files::{choose_content, load_content, read_text, write_atomic};
use clap::ArgMatches;
use indicatif::{ProgressBar, ProgressStyle};
use nln_core::calibrate::{
    calibrate, Calibration, CalibrationError, CalibrationSettings, ItemSpec, LogNormalPrior, ModelKind,
};
use nln_core::content::{self, Bank, Calibration as BankCalibration, Content};
use nln_core::i18n::{Arg, Localizer};
use nln_core::irt::IrtModel;
use nln_interop::ResponseTable;
use serde::Serialize;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let (path, table) = read_data(loc, m)?;
    let default_kind = ModelKind::parse(m.get_one::<String>("model").expect("has a default")).expect("clap checked it");
    let mut kinds = vec![default_kind; table.items.len()];
    if let Some(file) = m.get_one::<PathBuf>("items-model") {
        apply_items_model(loc, file, &table, &mut kinds)?;
    }
    let anchors: HashMap<String, IrtModel> = match m.get_one::<PathBuf>("anchor") {
        Some(dir) => {
            let content = load_content(
                loc,
                &choose_content(loc, Some(dir), nln_core::defaults::DEFAULT_BANK, false)?,
            )?;
            content
                .bank
                .items()
                .iter()
                .filter_map(|i| i.irt.clone().map(|m| (i.id.clone(), m)))
                .collect()
        }
        None => HashMap::new(),
    };
    let specs: Vec<ItemSpec> = table
        .items
        .iter()
        .zip(&kinds)
        .map(|(id, &kind)| ItemSpec {
            anchor: anchors.get(id).cloned(),
            ..ItemSpec::free(kind)
        })
        .collect();
    let mut settings = CalibrationSettings {
        standard_errors: !m.get_flag("no-se"),
        ..CalibrationSettings::default()
    };
    if let Some(&sd) = m.get_one::<f64>("slope-prior") {
        if !(sd.is_finite() && sd > 0.0) {
            return Err(Failure::input(loc.text("calibrate-error-settings")));
        }
        settings.slope_prior = Some(LogNormalPrior { mean: 0.0, sd });
    }
    let json = m.get_flag("json");
    let bar = (!json && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(settings.max_cycles as u64);
        bar.set_style(ProgressStyle::with_template("{msg} {bar:30} {pos}/{len} {elapsed}").expect("a valid template"));
        bar.set_message(loc.text("calibrate-progress"));
        bar
    });
    let result = calibrate(&table.data, &specs, &settings, &mut |p| {
        if let Some(bar) = &bar {
            bar.set_position(p.cycle as u64);
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let fit = result.map_err(|e| Failure::input(calibration_error(loc, &e, &table.items)))?;
    let written = match m.get_one::<PathBuf>("out") {
        Some(out) => Some(write_bank(loc, m, out, &table, &fit, &path)?),
        None => None,
    };
    if json {
        let report = JsonReport {
            data: path.display().to_string(),
            items: table
                .items
                .iter()
                .zip(&fit.items)
                .map(|(id, item)| JsonItem { id, item })
                .collect(),
            calibration: &fit,
            written: written.as_ref().map(|(p, v)| (p.display().to_string(), v.clone())),
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serializes")
        );
        return Ok(());
    }
    print_report(loc, &table, &fit);
    if let Some((out, version)) = written {
        println!(
            "{}",
            loc.format(
                "calibrate-written",
                &[
                    ("path", out.display().to_string().into()),
                    ("version", version.into()),
                    ("items", fit.items.iter().filter(|i| !i.anchor).count().into()),
                ],
            )
        );
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    #[serde(flatten)]
    item: &'a nln_core::calibrate::CalibratedItem,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    data: String,
    items: Vec<JsonItem<'a>>,
    calibration: &'a Calibration,
    written: Option<(String, String)>,
}

/// Reads `item,model` lines that give some items another model.
fn apply_items_model(
    loc: &Localizer,
    file: &Path,
    table: &ResponseTable,
    kinds: &mut [ModelKind],
) -> Result<(), Failure> {
    let text = read_text(loc, file)?;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || (n == 0 && line.replace(' ', "") == "item,model") {
            continue;
        }
        let (item, model) = line.split_once(',').unwrap_or((line, ""));
        let (item, model) = (item.trim(), model.trim());
        let place = format!("{}:{}", file.display(), n + 1);
        let Some(kind) = ModelKind::parse(model) else {
            return Err(Failure::input(format!(
                "{place}: {}",
                loc.format("calibrate-unknown-model", &[("model", model.into())])
            )));
        };
        let Some(column) = table.items.iter().position(|i| i == item) else {
            return Err(Failure::input(format!(
                "{place}: {}",
                loc.format("calibrate-unknown-item", &[("item", item.into())])
            )));
        };
        kinds[column] = kind;
    }
    Ok(())
}

fn calibration_error(loc: &Localizer, e: &CalibrationError, items: &[String]) -> String {
    let id = |i: &usize| Arg::from(items.get(*i).cloned().unwrap_or_default());
    let args: Vec<(&str, Arg)> = match e {
        CalibrationError::NotDichotomous { item, score } => vec![("item", id(item)), ("score", (*score).into())],
        CalibrationError::NoVariation { item } => vec![("item", id(item))],
        CalibrationError::EmptyCategory { item, score } => vec![("item", id(item)), ("score", (*score).into())],
        CalibrationError::AnchorCategories {
            item,
            categories,
            score,
        } => vec![
            ("item", id(item)),
            ("categories", (*categories).into()),
            ("score", (*score).into()),
        ],
        _ => Vec::new(),
    };
    loc.format(e.message_id(), &args)
}

fn fmt(x: f64) -> String {
    format!("{x:.3}")
}

fn print_report(loc: &Localizer, table: &ResponseTable, fit: &Calibration) {
    let status = if fit.converged {
        "calibrate-converged"
    } else {
        "calibrate-not-converged"
    };
    println!(
        "{}",
        loc.format(
            status,
            &[
                ("cycles", fit.cycles.into()),
                ("items", fit.items.len().into()),
                ("persons", (fit.persons.round() as i64).into()),
            ],
        )
    );
    println!(
        "{}",
        loc.format(
            "calibrate-fit",
            &[
                ("loglik", fmt(fit.log_likelihood).into()),
                ("aic", fmt(fit.aic).into()),
                ("bic", fmt(fit.bic).into()),
                ("parameters", fit.parameters.into()),
            ],
        )
    );
    println!(
        "{}",
        loc.format(
            "calibrate-latent",
            &[("mean", fmt(fit.latent_mean).into()), ("sd", fmt(fit.latent_sd).into())],
        )
    );
    println!();
    println!("{}", loc.text("calibrate-table-header"));
    let width = table.items.iter().map(String::len).max().unwrap_or(4).max(4);
    for (id, item) in table.items.iter().zip(&fit.items) {
        let (a, bs, c) = match &item.model {
            IrtModel::OnePl { b } => (1.0, vec![*b], None),
            IrtModel::TwoPl { a, b } => (*a, vec![*b], None),
            IrtModel::ThreePl { a, b, c } => (*a, vec![*b], Some(*c)),
            IrtModel::Graded { a, thresholds, .. } => (*a, thresholds.clone(), None),
        };
        let se = |k: usize| {
            item.irt_se
                .as_ref()
                .and_then(|s| s.get(k))
                .map_or(String::new(), |v| format!(" ({v:.3})"))
        };
        let b_text: Vec<String> = bs
            .iter()
            .enumerate()
            .map(|(k, b)| format!("{b:.3}{}", se(k + 1)))
            .collect();
        let c_text = c.map_or(String::new(), |c| format!("  c {c:.3}{}", se(bs.len() + 1)));
        let mark = if item.anchor { " *" } else { "" };
        println!(
            "{id:<width$}  {:<5} a {:.3}{}  b {}{c_text}  n {}{mark}",
            item.model.name(),
            a,
            se(0),
            b_text.join(" "),
            item.answers.round() as i64,
        );
    }
    if let Some(method) = &fit.se_method {
        println!();
        println!(
            "{}",
            loc.format("calibrate-se-method", &[("method", method.clone().into())])
        );
    }
}

/// The next minor version (`0.1.0` → `0.2.0`), or the version with `-calibrated`.
fn next_version(version: &str) -> String {
    let parts: Vec<&str> = version.split('.').collect();
    match parts.as_slice() {
        [major, minor, _] if minor.parse::<u64>().is_ok() => {
            format!("{major}.{}.0", minor.parse::<u64>().unwrap_or(0) + 1)
        }
        _ => format!("{version}-calibrated"),
    }
}

/// Builds the new bank version, checks that it loads like any bank, then writes its files.
fn write_bank(
    loc: &Localizer,
    m: &ArgMatches,
    out: &Path,
    table: &ResponseTable,
    fit: &Calibration,
    data_path: &Path,
) -> Result<(PathBuf, String), Failure> {
    let bank_dir = m.get_one::<PathBuf>("bank").map(PathBuf::as_path);
    let name = m
        .get_one::<String>("bank-name")
        .map_or(nln_core::defaults::DEFAULT_BANK, String::as_str);
    let choice = choose_content(loc, bank_dir, name, false)?;
    let base: Content = load_content(loc, &choice)?;
    let estimated: HashMap<&str, &IrtModel> = table
        .items
        .iter()
        .zip(&fit.items)
        .filter(|(_, i)| !i.anchor)
        .map(|(id, i)| (id.as_str(), &i.model))
        .collect();
    let unknown: Vec<&str> = estimated
        .keys()
        .copied()
        .filter(|id| base.bank.item(id).is_none())
        .collect();
    if !unknown.is_empty() {
        let mut unknown = unknown;
        unknown.sort_unstable();
        return Err(Failure::input(loc.format(
            "calibrate-out-unknown-items",
            &[
                ("bank", base.bank.id.clone().into()),
                ("items", unknown.join(", ").into()),
            ],
        )));
    }
    let mut items = base.bank.items().to_vec();
    for item in &mut items {
        if let Some(model) = estimated.get(item.id.as_str()) {
            item.irt = Some((*model).clone());
        }
    }
    let version = m
        .get_one::<String>("version")
        .cloned()
        .unwrap_or_else(|| next_version(&base.bank.version));
    let mut bank = Bank::new(
        base.bank.id.clone(),
        version.clone(),
        base.bank.title.clone(),
        BankCalibration::Calibrated,
        items,
    );
    let kinds: Vec<&str> = {
        let mut k: Vec<&str> = fit.items.iter().filter(|i| !i.anchor).map(|i| i.kind.name()).collect();
        k.sort_unstable();
        k.dedup();
        k
    };
    let provenance = [
        ("method", "MML-EM (Bock-Aitkin), nln calibrate".to_string()),
        ("models", kinds.join(", ")),
        ("responses", data_path.display().to_string()),
        ("persons", format!("{}", fit.persons.round() as i64)),
        ("items-calibrated", format!("{} of {}", estimated.len(), bank.len())),
        ("anchors", fit.items.iter().filter(|i| i.anchor).count().to_string()),
        ("log-likelihood", format!("{:.4}", fit.log_likelihood)),
        ("converged", format!("{} ({} cycles)", fit.converged, fit.cycles)),
        ("previous-version", base.bank.version.clone()),
        ("software", format!("nln {}", env!("CARGO_PKG_VERSION"))),
    ];
    for (k, v) in provenance {
        bank.provenance.insert(k.to_string(), v);
    }
    let files = content::write::bank_files(&bank);
    // Validate exactly what will be written, with the framework and levels it will be used with.
    let mut sources = choice.sources.clone();
    let check_name = "nln-calibrate-check";
    for (p, text) in &files {
        sources.insert(format!("banks/{check_name}/{p}"), text.as_str());
    }
    if let Err(errors) = Content::load(&sources, check_name) {
        let mut lines = vec![loc.text("calibrate-out-invalid")];
        lines.extend(errors.iter().map(|e| crate::report::load_error_line(loc, e)));
        return Err(Failure::input(lines.join("\n")));
    }
    std::fs::create_dir_all(out).map_err(|e| {
        Failure::input(loc.format(
            "error-write",
            &[
                ("path", out.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    for (p, text) in &files {
        write_atomic(loc, &out.join(p), text)?;
    }
    Ok((out.to_path_buf(), version))
}
