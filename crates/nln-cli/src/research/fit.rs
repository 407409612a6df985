//! `nln fit DATA --bank BANK`: S-X² item fit, infit/outfit mean squares and person fit lz of a
//! response file against a bank's parameters (the statistics are `nln_core::calibrate::fit`).

use super::data::{bank_models, csv_field, eap_thetas, read_data};
use super::review_plot::{write_fit_plots, FitPlot};
use crate::failure::Failure;
use crate::files::content_from_args;
use clap::ArgMatches;
use nln_core::calibrate::fit::{parameter_count, person_fit, residual_fit, s_x2, ResidualFit, SumScoreFit, LZ_FLAG};
use nln_core::cat::CatConfig;
use nln_core::estimate::Quadrature;
use nln_core::i18n::Localizer;
use serde::Serialize;

/// S-X² p below this, or a mean square outside [`MEAN_SQUARE_RANGE`], marks an item for review.
const P_FLAG: f64 = 0.01;
/// The usual productive range of infit and outfit (Wright & Linacre, 1994).
const MEAN_SQUARE_RANGE: (f64, f64) = (0.7, 1.3);

#[derive(Serialize)]
struct ItemRow<'a> {
    id: &'a str,
    model: &'static str,
    s_x2: Option<SumScoreFit>,
    residual: Option<ResidualFit>,
    flag: bool,
}

#[derive(Serialize)]
struct PersonRow<'a> {
    id: &'a str,
    theta: f64,
    lz: Option<f64>,
    items: usize,
    flag: bool,
}

#[derive(Serialize)]
struct Report<'a> {
    items: Vec<ItemRow<'a>>,
    persons: Vec<PersonRow<'a>>,
    s_x2_persons: f64,
    s_x2_rows_skipped: usize,
    min_expected: f64,
    lz_flag: f64,
    theta_method: &'static str,
}

fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or_else(|| "-".to_string(), |x| format!("{x:.digits$}"))
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let min_expected = *m.get_one::<f64>("min-expected").expect("has a default");
    if !(min_expected.is_finite() && (0.0..=1000.0).contains(&min_expected)) {
        return Err(Failure::usage(loc.format(
            "fit-error-min-expected",
            &[("value", min_expected.to_string().into())],
        )));
    }
    let (_, table) = read_data(loc, m)?;
    let content = content_from_args(loc, m)?;
    let models = bank_models(loc, &content, &table)?;
    let settings = CatConfig::default().estimation;
    let quadrature = Quadrature::new(settings.prior, settings.quadrature_points);
    let parameters: Vec<usize> = models.iter().map(parameter_count).collect();
    let sum_score = s_x2(&models, &parameters, &table.data, &quadrature, min_expected);
    let thetas = eap_thetas(&models, &table);
    let residual = residual_fit(&models, &table.data, &thetas);
    let lz = person_fit(&models, &table.data, &thetas);
    let items: Vec<ItemRow> = table
        .items
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let sx = sum_score.items[i].filter(|_| sum_score.persons_used > 0.0);
            let r = residual[i];
            let flag = sx.and_then(|f| f.p).is_some_and(|p| p < P_FLAG)
                || r.is_some_and(|r| {
                    [r.infit, r.outfit]
                        .iter()
                        .any(|&ms| ms < MEAN_SQUARE_RANGE.0 || ms > MEAN_SQUARE_RANGE.1)
                });
            ItemRow {
                id,
                model: models[i].name(),
                s_x2: sx,
                residual: r,
                flag,
            }
        })
        .collect();
    let persons: Vec<PersonRow> = (0..table.data.rows())
        .map(|r| PersonRow {
            id: &table.persons[r],
            theta: thetas[r],
            lz: lz[r],
            items: table.data.row(r).len(),
            flag: lz[r].is_some_and(|z| z < LZ_FLAG),
        })
        .collect();
    // Plots first: a file that cannot be written stops the command before any report.
    if let Some(out) = m.get_one::<std::path::PathBuf>("plot") {
        let plots: Vec<FitPlot> = table
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let fit = sum_score.items[i]?;
                let groups = &sum_score.groups[i];
                (!groups.is_empty()).then(|| FitPlot {
                    id,
                    model: models[i].name(),
                    max_score: models[i].max_score(),
                    fit,
                    groups,
                })
            })
            .collect();
        let written = write_fit_plots(loc, out, &plots)?;
        eprintln!(
            "{}",
            loc.format(
                "plot-written",
                &[("count", written.into()), ("path", out.display().to_string().into())],
            )
        );
    }
    let report = Report {
        items,
        persons,
        s_x2_persons: sum_score.persons_used,
        s_x2_rows_skipped: sum_score.rows_skipped,
        min_expected,
        lz_flag: LZ_FLAG,
        theta_method: "eap",
    };
    if m.get_flag("json") {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a fit report serializes")
        );
    } else if m.get_flag("csv") {
        print_csv(&report, m.get_flag("persons"));
    } else {
        print_text(loc, &report, m.get_flag("persons"));
    }
    Ok(())
}

fn print_csv(report: &Report, persons: bool) {
    if persons {
        println!("id,theta,lz,items,flag");
        for p in &report.persons {
            println!(
                "{},{:.4},{},{},{}",
                csv_field(p.id),
                p.theta,
                p.lz.map_or_else(String::new, |z| format!("{z:.4}")),
                p.items,
                u8::from(p.flag)
            );
        }
        return;
    }
    println!("item,model,s_x2,df,p,rmsea,infit,infit_z,outfit,outfit_z,answers,flag");
    for row in &report.items {
        let sx = row.s_x2;
        let r = row.residual;
        let cell = |v: Option<f64>, d: usize| v.map_or_else(String::new, |x| format!("{x:.d$}"));
        println!(
            "{},{},{},{},{},{},{},{},{},{},{},{}",
            csv_field(row.id),
            row.model,
            cell(sx.map(|f| f.chi_square), 4),
            sx.map_or_else(String::new, |f| f.df.to_string()),
            cell(sx.and_then(|f| f.p), 4),
            cell(sx.and_then(|f| f.rmsea), 4),
            cell(r.map(|r| r.infit), 4),
            cell(r.map(|r| r.infit_z), 3),
            cell(r.map(|r| r.outfit), 4),
            cell(r.map(|r| r.outfit_z), 3),
            cell(r.map(|r| r.answers), 0),
            u8::from(row.flag)
        );
    }
}

fn print_text(loc: &Localizer, report: &Report, persons: bool) {
    if persons {
        println!(
            "{}",
            loc.format("fit-persons-header", &[("cut", format!("{LZ_FLAG}").into())])
        );
        for p in &report.persons {
            let flag = if p.flag { " *" } else { "" };
            println!("{}\t{:.3}\t{}\t{}{flag}", p.id, p.theta, opt(p.lz, 3), p.items);
        }
        return;
    }
    println!("{}", loc.text("fit-items-header"));
    for row in &report.items {
        let sx = row.s_x2;
        let r = row.residual;
        let flag = if row.flag { " *" } else { "" };
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{} ({})\t{} ({}){flag}",
            row.id,
            row.model,
            opt(sx.map(|f| f.chi_square), 2),
            sx.map_or_else(|| "-".to_string(), |f| f.df.to_string()),
            opt(sx.and_then(|f| f.p), 4),
            opt(sx.and_then(|f| f.rmsea), 3),
            opt(r.map(|r| r.infit), 2),
            opt(r.map(|r| r.infit_z), 1),
            opt(r.map(|r| r.outfit), 2),
            opt(r.map(|r| r.outfit_z), 1),
        );
    }
    if report.s_x2_persons > 0.0 {
        println!(
            "{}",
            loc.format(
                "fit-s-x2-used",
                &[
                    ("persons", report.s_x2_persons.into()),
                    ("skipped", report.s_x2_rows_skipped.into()),
                ],
            )
        );
    } else {
        println!("{}", loc.text("fit-s-x2-none"));
    }
    let flagged = report.persons.iter().filter(|p| p.flag).count();
    println!(
        "{}",
        loc.format(
            "fit-persons-flagged",
            &[
                ("flagged", flagged.into()),
                ("persons", report.persons.len().into()),
                ("cut", format!("{LZ_FLAG}").into()),
            ],
        )
    );
}
