//! `nln simulate`: simulated learners through the adaptive test, with a report of test length,
//! precision, placement accuracy and item exposure.

use crate::failure::Failure;
use crate::files::content_from_args;
use clap::ArgMatches;
use nln_core::cat::Classification;
use nln_core::i18n::{Arg, Localizer};
use nln_core::simulate::{simulate, AbilityDistribution, Responder, SimulationConfig, TrueProfile};
use std::io::{IsTerminal, Write};

fn pct(x: f64) -> Arg<'static> {
    Arg::fixed(x * 100.0, 1)
}

fn fixed(x: f64) -> Arg<'static> {
    Arg::fixed(x, 3)
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let content = content_from_args(loc, m)?;
    let mut config = SimulationConfig {
        learners: usize::try_from(*m.get_one::<u64>("n").unwrap()).unwrap_or(usize::MAX),
        seed: m.get_one::<u64>("seed").copied().unwrap_or(1),
        exposure_control: !m.get_flag("no-exposure-control"),
        ..SimulationConfig::default()
    };
    if m.get_one::<String>("distribution").map(String::as_str) == Some("uniform") {
        config.abilities = AbilityDistribution::Uniform { low: -3.5, high: 3.5 };
    }
    if m.get_one::<String>("start").map(String::as_str) == Some("access") {
        // Simulated learners answer the access questions, and their answers set the start.
        config.cat.access_questionnaire = true;
        config.cat.start_from_access = true;
    }
    if m.get_one::<String>("profile").map(String::as_str) == Some("gap") {
        let gap = m.get_one::<f64>("gap").copied().unwrap_or(1.0);
        config.profile = TrueProfile::Gap {
            gap: if gap.is_finite() { gap } else { 1.0 },
        };
    }
    if let Some(r) = m.get_one::<String>("responder").and_then(|r| Responder::parse(r)) {
        config.responder = r;
    }
    let stopping = &mut config.cat.stopping;
    match m.get_one::<String>("stopping").map(String::as_str) {
        Some("se") => stopping.classification = None,
        Some("sprt") => {
            stopping.se_target = None;
            stopping.classification = Some(Classification::default());
        }
        Some("both") => stopping.classification = Some(Classification::default()),
        _ => {}
    }
    if let Some(&n) = m.get_one::<usize>("max-items") {
        config.cat.stopping.cap_length(n);
    }
    let interactive = std::io::stderr().is_terminal();
    let step = (config.learners / 20).max(1);
    let report = simulate(&content, &config, |done, total| {
        if interactive && (done % step == 0 || done == total) {
            let mut err = std::io::stderr();
            let _ = write!(
                err,
                "\r{}",
                loc.format("simulate-progress", &[("done", done.into()), ("total", total.into())])
            );
            if done == total {
                let _ = writeln!(err);
            }
            let _ = err.flush();
        }
    });
    if m.get_flag("json") {
        crate::output::line(&serde_json::to_string_pretty(&report).expect("a report serializes"))?;
        return Ok(());
    }
    let reasons: Vec<String> = report
        .stop_reasons
        .iter()
        .map(|(name, n)| format!("{} {n}", loc.text(&format!("stop-{}", name.replace('_', "-")))))
        .collect();
    let lines = [
        loc.format(
            "simulate-heading",
            &[
                ("n", report.learners.into()),
                ("seed", Arg::from(config.seed.to_string())),
                ("bank", content.bank.id.as_str().into()),
            ],
        ),
        loc.format(
            "simulate-items",
            &[
                ("mean", Arg::fixed(report.mean_items, 2)),
                ("max", report.max_items.into()),
            ],
        ),
        loc.format(
            "simulate-rmse",
            &[
                ("rmse", fixed(report.rmse)),
                ("bias", fixed(report.bias)),
                ("se", fixed(report.mean_se)),
            ],
        ),
        loc.format(
            "simulate-accuracy",
            &[("exact", pct(report.exact)), ("within", pct(report.within_one))],
        ),
        loc.format("simulate-exposure", &[("rate", pct(report.max_exposure))]),
        loc.format("simulate-stops", &[("reasons", Arg::from(reasons.join(", ")))]),
    ];
    for line in lines {
        crate::output::line(&line)?;
    }
    let a = &report.areas;
    let mut more = vec![
        loc.format(
            "simulate-areas",
            &[
                ("per_area", Arg::fixed(a.mean_items_per_area, 1)),
                ("irregular", pct(a.irregular)),
                ("needs", pct(a.false_needs_support)),
                ("undecided", pct(a.not_enough_evidence)),
            ],
        ),
        loc.format(
            "simulate-coverage",
            &[
                ("area", pct(a.area_band_coverage)),
                ("overall", pct(a.overall_band_coverage)),
                ("nominal", pct(a.nominal_coverage)),
            ],
        ),
    ];
    more.push(loc.format(
        "simulate-area-evidence",
        &[("unmeasured", pct(a.not_measured)), ("thin", pct(a.thin_areas))],
    ));
    if let Some(rate) = a.gap_needs_support {
        more.push(loc.format("simulate-gap", &[("rate", pct(rate))]));
    }
    if let Some(r) = &report.responders {
        more.push(loc.format(
            "simulate-responders",
            &[("rate", pct(r.at_f_or_1)), ("short", pct(r.not_a_placement))],
        ));
    }
    for line in more {
        crate::output::line(&line)?;
    }
    for l in &report.by_level {
        crate::output::line(&format!(
            "  {}",
            loc.format(
                "simulate-level-line",
                &[
                    ("code", loc.code(&content.levels.get(l.level).code).into()),
                    ("n", l.learners.into()),
                    ("exact", pct(l.exact)),
                    ("within", pct(l.within_one)),
                    ("items", Arg::fixed(l.mean_items, 1)),
                ],
            )
        ))?;
    }
    Ok(())
}
