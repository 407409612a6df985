//! `nln score DATA --bank BANK --method …`: theta, SE and NLN level for every person, through
//! the same estimators the adaptive engine uses.

use super::data::{bank_models, csv_field, read_data};
use crate::failure::Failure;
use crate::files::content_from_args;
use clap::ArgMatches;
use nln_core::cat::CatConfig;
use nln_core::estimate::{eap_sum_table, estimate, EapScorer, Estimate, Method, Quadrature, Scored};
use nln_core::i18n::Localizer;
use nln_core::irt::IrtModel;
use serde::Serialize;

#[derive(Serialize)]
struct PersonScore<'a> {
    id: &'a str,
    theta: f64,
    se: f64,
    level: String,
    items: usize,
    bounded: bool,
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let (_, table) = read_data(loc, m)?;
    let content = content_from_args(loc, m)?;
    let method = Method::parse(m.get_one::<String>("method").expect("has a default")).expect("clap checked it");
    let models = bank_models(loc, &content, &table)?;
    let settings = CatConfig::default().estimation;
    if m.get_flag("eapsum") {
        return eap_sum(loc, &table, &models, &settings, m.get_flag("json"));
    }
    let scorer = EapScorer::new(&models, Quadrature::new(settings.prior, settings.quadrature_points));
    let mut scratch = Vec::new();
    let scores: Vec<PersonScore> = (0..table.data.rows())
        .map(|r| {
            let e: Estimate = if method == Method::Eap {
                scorer.score(table.data.row(r).map(|a| (a.item, a.score)), &mut scratch)
            } else {
                let responses: Vec<Scored> = table
                    .data
                    .row(r)
                    .map(|a| Scored::new(&models[a.item], a.score))
                    .collect();
                estimate(method, &responses, &settings)
            };
            PersonScore {
                id: &table.persons[r],
                theta: e.theta,
                se: e.se,
                level: content.levels.get(content.levels.level_of(e.theta)).code.clone(),
                items: table.data.row(r).len(),
                bounded: e.bounded,
            }
        })
        .collect();
    if m.get_flag("json") {
        println!("{}", serde_json::to_string_pretty(&scores).expect("scores serialize"));
    } else if m.get_flag("csv") {
        println!("id,theta,se,level,items");
        for s in &scores {
            let id = csv_field(s.id);
            println!("{id},{:.4},{:.4},{},{}", s.theta, s.se, s.level, s.items);
        }
    } else {
        println!("{}", loc.format("score-header", &[("method", method.name().into())]));
        for s in &scores {
            let flag = if s.bounded { " *" } else { "" };
            println!("{}\t{:.3}\t{:.3}\t{}\t{}{flag}", s.id, s.theta, s.se, s.level, s.items);
        }
    }
    Ok(())
}

/// The EAP-by-sum-score table of a fixed form (every person answered the same items).
fn eap_sum(
    loc: &Localizer,
    table: &nln_interop::ResponseTable,
    models: &[IrtModel],
    settings: &nln_core::estimate::EstimationSettings,
    json: bool,
) -> Result<(), Failure> {
    let fixed = (0..table.data.rows()).all(|r| table.data.row(r).len() == table.items.len());
    if !fixed {
        return Err(Failure::input(loc.text("score-not-fixed-form")));
    }
    let rows = eap_sum_table(models, &Quadrature::new(settings.prior, settings.quadrature_points));
    if json {
        println!("{}", serde_json::to_string_pretty(&rows).expect("rows serialize"));
        return Ok(());
    }
    let mut observed = vec![0usize; rows.len()];
    for r in 0..table.data.rows() {
        observed[table.data.row(r).map(|a| a.score).sum::<usize>()] += 1;
    }
    let n = table.data.rows() as f64;
    println!("{}", loc.text("score-eapsum-header"));
    for (row, obs) in rows.iter().zip(observed) {
        println!(
            "{}\t{:.3}\t{:.3}\t{obs}\t{:.1}",
            row.score,
            row.theta,
            row.se,
            n * row.probability
        );
    }
    Ok(())
}
