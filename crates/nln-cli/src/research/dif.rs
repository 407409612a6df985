//! `nln dif DATA --bank BANK --group cov_lang [--focal X] [--reference Y]`: Mantel–Haenszel
//! (ETS A/B/C) and logistic-regression DIF of every dichotomous item between a reference group
//! and each focal group of a person covariate. Items are flagged for review, never removed; the
//! screening itself is `nln_core::calibrate::dif::screen`.

use super::data::{bank_models, csv_field, eap_thetas, read_data};
use super::review_plot::{write_dif_plots, DifPlot};
use crate::failure::Failure;
use crate::files::content_from_args;
use clap::ArgMatches;
use nln_core::calibrate::dif::{curves, screen, DifReport, EtsClass};
use nln_core::i18n::Localizer;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Comparison<'a> {
    group: &'a str,
    reference: &'a str,
    focal: &'a str,
    items: &'a [String],
    report: DifReport,
}

fn class_name(c: EtsClass) -> &'static str {
    match c {
        EtsClass::A => "A",
        EtsClass::B => "B",
        EtsClass::C => "C",
    }
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let (_, table) = read_data(loc, m)?;
    let content = content_from_args(loc, m)?;
    let models = bank_models(loc, &content, &table)?;
    let group = m.get_one::<String>("group").expect("required");
    let name = group.strip_prefix("cov_").unwrap_or(group);
    let Some(values) = table.covariates.get(name) else {
        let known: Vec<String> = table.covariates.keys().map(|k| format!("cov_{k}")).collect();
        return Err(Failure::input(
            loc.format(
                "dif-error-unknown-group",
                &[
                    ("group", group.clone().into()),
                    (
                        "known",
                        if known.is_empty() {
                            "-".to_string()
                        } else {
                            known.join(", ")
                        }
                        .into(),
                    ),
                ],
            ),
        ));
    };
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for v in values.iter().flatten() {
        *sizes.entry(v.as_str()).or_default() += 1;
    }
    let check = |value: &str| -> Result<(), Failure> {
        if sizes.contains_key(value) {
            Ok(())
        } else {
            Err(Failure::input(loc.format(
                "dif-error-unknown-value",
                &[
                    ("group", group.clone().into()),
                    ("value", value.to_string().into()),
                    ("known", sizes.keys().copied().collect::<Vec<_>>().join(", ").into()),
                ],
            )))
        }
    };
    let asked_focal = m.get_one::<String>("focal").map(String::as_str);
    // Reference: as asked, else the largest group other than the asked focal one (the first by
    // name among equals).
    let reference: &str = match m.get_one::<String>("reference") {
        Some(r) => {
            check(r)?;
            r
        }
        None => match sizes
            .iter()
            .filter(|(g, _)| Some(**g) != asked_focal)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        {
            Some((r, _)) => r,
            None => {
                return Err(Failure::input(
                    loc.format("dif-error-groups", &[("group", group.clone().into())]),
                ))
            }
        },
    };
    let focals: Vec<&str> = match m.get_one::<String>("focal") {
        Some(f) => {
            check(f)?;
            vec![f.as_str()]
        }
        None => sizes.keys().copied().filter(|&g| g != reference).collect(),
    };
    if focals.is_empty() || focals.contains(&reference) {
        return Err(Failure::input(
            loc.format("dif-error-groups", &[("group", group.clone().into())]),
        ));
    }
    let thetas = eap_thetas(&models, &table);
    let dichotomous: Vec<bool> = models.iter().map(|m| m.max_score() == 1).collect();
    let groups_of = |focal: &str| -> Vec<Option<bool>> {
        values
            .iter()
            .map(|v| match v.as_deref() {
                Some(v) if v == focal => Some(true),
                Some(v) if v == reference => Some(false),
                _ => None,
            })
            .collect()
    };
    let comparisons: Vec<Comparison> = focals
        .iter()
        .map(|&focal| Comparison {
            group,
            reference,
            focal,
            items: &table.items,
            report: screen(&table.data, &dichotomous, &groups_of(focal), &thetas),
        })
        .collect();
    // Plots first: a file that cannot be written stops the command before any report.
    if let Some(out) = m.get_one::<std::path::PathBuf>("plot") {
        let mut drawn = Vec::new();
        for c in &comparisons {
            let groups = groups_of(c.focal);
            for (i, d) in c.report.items.iter().enumerate() {
                if let (Some(d), Some(item_curves)) = (d, curves(&table.data, &groups, &thetas, &c.report, i)) {
                    drawn.push((c, i, d, item_curves));
                }
            }
        }
        let plots: Vec<DifPlot> = drawn
            .iter()
            .map(|(c, i, d, curves)| DifPlot {
                id: &c.items[*i],
                reference: c.reference,
                focal: c.focal,
                dif: d,
                curves,
            })
            .collect();
        let written = write_dif_plots(loc, out, &plots)?;
        eprintln!(
            "{}",
            loc.format(
                "plot-written",
                &[("count", written.into()), ("path", out.display().to_string().into())],
            )
        );
    }
    if m.get_flag("json") {
        let out: Vec<_> = comparisons
            .iter()
            .map(|c| {
                serde_json::json!({
                    "group": c.group,
                    "reference": c.reference,
                    "focal": c.focal,
                    "matching": c.report.matching,
                    "purified": c.report.purified.iter().map(|&i| &c.items[i]).collect::<Vec<_>>(),
                    "items": c.items.iter().zip(&c.report.items).map(|(id, d)| serde_json::json!({"id": id, "dif": d})).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("a DIF report serializes")
        );
        return Ok(());
    }
    let csv = m.get_flag("csv");
    if csv {
        println!("reference,focal,item,n_reference,n_focal,mh_alpha,mh_delta,mh_delta_se,mh_chi2,mh_p,ets_class,lr_uniform_chi2,lr_uniform_p,lr_nonuniform_chi2,lr_nonuniform_p,lr_delta_r2,flag");
    }
    for c in &comparisons {
        if !csv {
            println!(
                "{}",
                loc.format(
                    "dif-comparison",
                    &[
                        ("group", c.group.to_string().into()),
                        ("reference", c.reference.to_string().into()),
                        ("focal", c.focal.to_string().into()),
                    ],
                )
            );
            let matching = match c.report.matching {
                nln_core::calibrate::dif::Matching::TotalScore => "dif-matching-total",
                nln_core::calibrate::dif::Matching::Theta => "dif-matching-theta",
            };
            println!("{}", loc.text(matching));
            if !c.report.purified.is_empty() {
                let ids: Vec<&str> = c.report.purified.iter().map(|&i| c.items[i].as_str()).collect();
                println!("{}", loc.format("dif-purified", &[("items", ids.join(", ").into())]));
            }
            println!("{}", loc.text("dif-header"));
        }
        for (id, d) in c.items.iter().zip(&c.report.items) {
            let Some(d) = d else {
                if !csv {
                    println!("{id}\t{}", loc.text("dif-not-studied"));
                }
                continue;
            };
            let mh = d.mantel_haenszel;
            let lr = d.logistic;
            if csv {
                let cell = |v: Option<f64>| v.map_or_else(String::new, |x| format!("{x:.4}"));
                println!(
                    "{},{},{},{},{},{},{},{},{},{},{},{:.4},{:.4},{:.4},{:.4},{:.4},{}",
                    csv_field(c.reference),
                    csv_field(c.focal),
                    csv_field(id),
                    d.reference,
                    d.focal,
                    cell(mh.map(|m| m.alpha)),
                    cell(mh.map(|m| m.delta)),
                    cell(mh.map(|m| m.delta_se)),
                    cell(mh.map(|m| m.chi_square)),
                    cell(mh.map(|m| m.p)),
                    mh.map_or("", |m| class_name(m.class)),
                    lr.uniform_chi_square,
                    lr.uniform_p,
                    lr.nonuniform_chi_square,
                    lr.nonuniform_p,
                    lr.delta_r_squared,
                    u8::from(d.flag)
                );
            } else {
                let flag = if d.flag { " *" } else { "" };
                println!(
                    "{id}\t{}/{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{:.3}{flag}",
                    d.reference,
                    d.focal,
                    mh.map_or_else(|| "-".to_string(), |m| format!("{:.2}", m.delta)),
                    mh.map_or_else(|| "-".to_string(), |m| format!("{:.4}", m.p)),
                    mh.map_or("-", |m| class_name(m.class)),
                    lr.uniform_p,
                    lr.nonuniform_p,
                    lr.delta_r_squared,
                );
            }
        }
        if !csv {
            let flagged = c.report.items.iter().flatten().filter(|d| d.flag).count();
            println!("{}", loc.format("dif-flagged", &[("flagged", flagged.into())]));
        }
    }
    Ok(())
}
