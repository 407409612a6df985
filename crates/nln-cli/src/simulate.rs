//! `nln simulate`: simulated learners through the adaptive test, with a report of test length,
//! precision, placement accuracy and item exposure; with `--config`, a design study comparing
//! several adaptive-test designs on the same learners (`nln_core::simulate::study`).

use crate::failure::Failure;
use crate::files::{content_from_args, read_regular};
use clap::{value_parser, ArgAction, ArgMatches, Command};
use nln_core::cat::{ConfigError, SelectionRule};
use nln_core::estimate::Method;
use nln_core::i18n::{Arg, Localizer};
use nln_core::placement::{PlacementRules, ProfileRule};
use nln_core::simulate::replay::{replay, MissingResponse, RecordedPerson};
use nln_core::simulate::study::{
    compare, parse_truth, Design, DesignReport, FileError, FileErrorKind, StartRule, Study, StudyFormat, Toggle,
    MAX_FILE_BYTES,
};
use nln_core::simulate::{
    live_populations, simulate, sympson_hetter_calibration, AbilityDistribution, ExposureControl, Responder,
    SimulationConfig, SimulationReport, SympsonHetter, TrueProfile,
};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

fn pct(x: f64) -> Arg<'static> {
    Arg::fixed(x * 100.0, 1)
}

fn fixed(x: f64) -> Arg<'static> {
    Arg::fixed(x, 3)
}

/// The design-study options of `nln simulate`: every setting of the adaptive test, the study
/// file and the file of true abilities.
pub fn design_args(loc: &Localizer, cmd: Command) -> Command {
    let method = || ["eap", "map", "mle", "wle"];
    cmd.arg(
        clap::Arg::new("config")
            .long("config")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-simulate-opt-config")),
    )
    .arg(
        clap::Arg::new("thetas")
            .long("thetas")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-simulate-opt-thetas")),
    )
    .arg(
        clap::Arg::new("estimator")
            .long("estimator")
            .value_name("METHOD")
            .value_parser(method())
            .help(loc.text("cli-simulate-opt-estimator")),
    )
    .arg(
        clap::Arg::new("final-estimator")
            .long("final-estimator")
            .value_name("METHOD")
            .value_parser(method())
            .help(loc.text("cli-simulate-opt-final-estimator")),
    )
    .arg(
        clap::Arg::new("se-target")
            .long("se-target")
            .value_name("SE")
            .value_parser(value_parser!(f64))
            .help(loc.text("cli-simulate-opt-se-target")),
    )
    .arg(
        clap::Arg::new("min-items")
            .long("min-items")
            .value_name("N")
            .value_parser(value_parser!(usize))
            .help(loc.text("cli-simulate-opt-min-items")),
    )
    .arg(
        clap::Arg::new("randomesque")
            .long("randomesque")
            .value_name("K")
            .value_parser(value_parser!(usize))
            .help(loc.text("cli-simulate-opt-randomesque")),
    )
    .arg(
        clap::Arg::new("no-balancing")
            .long("no-balancing")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-simulate-opt-no-balancing")),
    )
    .arg(
        clap::Arg::new("start-theta")
            .long("start-theta")
            .value_name("THETA")
            .value_parser(value_parser!(f64))
            .help(loc.text("cli-simulate-opt-start-theta")),
    )
    .arg(
        clap::Arg::new("no-probes")
            .long("no-probes")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-simulate-opt-no-probes")),
    )
    .arg(
        clap::Arg::new("selection")
            .long("selection")
            .value_name("RULE")
            .value_parser(["max-info", "kl", "mei", "progressive", "a-strat"])
            .help(loc.text("cli-simulate-opt-selection")),
    )
    .arg(
        clap::Arg::new("theta-change")
            .long("theta-change")
            .value_name("THETA")
            .value_parser(value_parser!(f64))
            .help(loc.text("cli-simulate-opt-theta-change")),
    )
    .arg(
        clap::Arg::new("se-reduction")
            .long("se-reduction")
            .value_name("SE")
            .value_parser(value_parser!(f64))
            .help(loc.text("cli-simulate-opt-se-reduction")),
    )
    .arg(
        clap::Arg::new("responses")
            .long("responses")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .conflicts_with_all(["thetas", "config"])
            .help(loc.text("cli-simulate-opt-responses")),
    )
    .arg(
        clap::Arg::new("format")
            .long("format")
            .value_name("FORMAT")
            .value_parser(["long", "wide"])
            .requires("responses")
            .help(loc.text("cli-research-opt-format")),
    )
    .arg(
        clap::Arg::new("missing")
            .long("missing")
            .value_name("POLICY")
            .value_parser(["skip", "stop"])
            .requires("responses")
            .help(loc.text("cli-simulate-opt-missing")),
    )
    .arg(
        clap::Arg::new("profile-rule")
            .long("profile-rule")
            .value_name("RULE")
            .value_parser(["from-rest", "pairwise"])
            .help(loc.text("cli-simulate-opt-profile-rule")),
    )
    .arg(
        clap::Arg::new("exposure")
            .long("exposure")
            .value_name("METHOD")
            .value_parser(["none", "limits", "sympson-hetter"])
            .conflicts_with("no-exposure-control")
            .help(loc.text("cli-simulate-opt-exposure")),
    )
    .arg(
        clap::Arg::new("exposure-calibration")
            .long("calibrate-exposure")
            .value_name("RATE")
            .value_parser(value_parser!(f64))
            .conflicts_with_all(["config", "thetas", "responses"])
            .help(loc.text("cli-simulate-opt-calibrate-exposure")),
    )
}

fn method(name: Option<&String>) -> Option<Method> {
    Method::ALL
        .into_iter()
        .find(|m| Some(m.name()) == name.map(String::as_str))
}

/// The design the command-line options describe (applied before a study's own designs).
fn command_line_design(loc: &Localizer, m: &ArgMatches) -> Design {
    let mut d = Design {
        name: loc.text("simulate-design-command-line"),
        estimator: method(m.get_one("estimator")),
        final_estimator: method(m.get_one("final-estimator")),
        max_items: m.get_one::<usize>("max-items").copied(),
        min_items: m.get_one::<usize>("min-items").copied(),
        randomesque: m.get_one::<usize>("randomesque").copied(),
        start_theta: m.get_one::<f64>("start-theta").copied(),
        ..Design::default()
    };
    match m.get_one::<String>("stopping").map(String::as_str) {
        Some("se") => d.classification = Some(Toggle::Switch(false)),
        Some("sprt") => {
            d.se_target = Some(Toggle::Switch(false));
            d.classification = Some(Toggle::Switch(true));
        }
        Some("both") => d.classification = Some(Toggle::Switch(true)),
        _ => {}
    }
    if let Some(&se) = m.get_one::<f64>("se-target") {
        d.se_target = Some(if se == 0.0 {
            Toggle::Switch(false)
        } else {
            Toggle::Set(se)
        });
    }
    d.selection = match m.get_one::<String>("selection").map(String::as_str) {
        Some("max-info") => Some(SelectionRule::MaxInfo),
        Some("kl") => Some(SelectionRule::KullbackLeibler { width: 3.0 }),
        Some("mei") => Some(SelectionRule::ExpectedInformation),
        Some("progressive") => Some(SelectionRule::Progressive),
        Some("a-strat") => Some(SelectionRule::AStratified { strata: 4 }),
        _ => None,
    };
    d.theta_change = m.get_one::<f64>("theta-change").map(|&t| Toggle::Set(t));
    d.se_reduction = m.get_one::<f64>("se-reduction").map(|&t| Toggle::Set(t));
    if m.get_flag("no-probes") {
        d.probes = Some(Toggle::Switch(false));
    }
    if m.get_flag("no-balancing") {
        d.content_balancing = Some(false);
    }
    if m.get_one::<String>("start").map(String::as_str) == Some("access") {
        d.start = Some(StartRule::Access);
    }
    if m.get_flag("no-exposure-control") {
        d.exposure = Some(ExposureControl::None);
    }
    match m.get_one::<String>("exposure").map(String::as_str) {
        Some("none") => d.exposure = Some(ExposureControl::None),
        Some("limits") => d.exposure = Some(ExposureControl::Limits),
        Some("sympson-hetter") => d.exposure = Some(ExposureControl::SympsonHetter(SympsonHetter::new(0.25))),
        _ => {}
    }
    d
}

fn range_error(loc: &Localizer, e: &ConfigError) -> Failure {
    Failure::usage(loc.format(
        ConfigError::MESSAGE_ID,
        &[("field", e.field.into()), ("min", e.min.into()), ("max", e.max.into())],
    ))
}

/// A study or truth file's mistake, localized with its file, line, column and field.
fn file_error(loc: &Localizer, path: &Path, e: &FileError) -> Failure {
    let id = e.kind.message_id();
    let message = match &e.kind {
        FileErrorKind::Syntax(reason) => loc.format(id, &[("reason", reason.as_str().into())]),
        FileErrorKind::Range { min, max } => loc.format(id, &[("min", (*min).into()), ("max", (*max).into())]),
        FileErrorKind::TooManyDesigns => loc.format(id, &[("max", nln_core::simulate::study::MAX_DESIGNS.into())]),
        FileErrorKind::DuplicateName(name) => loc.format(id, &[("name", name.as_str().into())]),
        FileErrorKind::NotANumber(value) => loc.format(id, &[("value", value.as_str().into())]),
        FileErrorKind::UnknownColumn(column) => loc.format(id, &[("column", column.as_str().into())]),
        FileErrorKind::FieldCount { expected, found } => {
            loc.format(id, &[("expected", (*expected).into()), ("found", (*found).into())])
        }
        FileErrorKind::TooLarge => loc.format(id, &[("max", MAX_FILE_BYTES.into())]),
        _ => loc.text(id),
    };
    Failure::input(loc.format(
        "simulate-file-error",
        &[
            ("file", path.display().to_string().into()),
            ("line", e.line.into()),
            ("column", e.column.into()),
            ("field", e.field.as_str().into()),
            ("message", message.into()),
        ],
    ))
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let content = content_from_args(loc, m)?;
    let mut base = SimulationConfig {
        learners: usize::try_from(*m.get_one::<u64>("n").unwrap()).unwrap_or(usize::MAX),
        seed: m.get_one::<u64>("seed").copied().unwrap_or(1),
        ..SimulationConfig::default()
    };
    if m.get_one::<String>("distribution").map(String::as_str) == Some("uniform") {
        base.abilities = AbilityDistribution::Uniform { low: -3.5, high: 3.5 };
    }
    match m.get_one::<String>("profile").map(String::as_str) {
        Some("gap") => {
            let gap = m.get_one::<f64>("gap").copied().unwrap_or(1.0);
            base.profile = TrueProfile::Gap {
                gap: if gap.is_finite() { gap } else { 1.0 },
            };
        }
        // The spread the content's placement rules assume.
        Some("spread") => {
            base.profile = TrueProfile::Spread {
                sd: content.placement.area_spread,
            }
        }
        _ => {}
    }
    if let Some(r) = m.get_one::<String>("responder").and_then(|r| Responder::parse(r)) {
        base.responder = r;
    }
    let study = match m.get_one::<PathBuf>("config") {
        Some(path) => {
            let text = read_regular(loc, path, MAX_FILE_BYTES)?;
            let format = StudyFormat::from_name(&path.to_string_lossy());
            let study = Study::parse(&text, format).map_err(|e| file_error(loc, path, &e))?;
            // Options given on the command line win over the file's.
            let given = |id: &str| m.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
            let mut b = study.base(base.clone());
            if given("n") {
                b.learners = base.learners;
            }
            if given("seed") {
                b.seed = base.seed;
            }
            base = b;
            Some(study)
        }
        None => None,
    };
    if let Some(rule) = m.get_one::<String>("profile-rule") {
        let profile_rule = if rule == "pairwise" {
            ProfileRule::Pairwise
        } else {
            ProfileRule::FromRest
        };
        base.placement = Some(PlacementRules {
            profile_rule,
            ..content.placement.clone()
        });
    }
    if let Some(path) = m.get_one::<PathBuf>("thetas") {
        let text = read_regular(loc, path, MAX_FILE_BYTES)?;
        base.truth = Some(parse_truth(&text, &content).map_err(|e| file_error(loc, path, &e))?);
    }
    let config = command_line_design(loc, m)
        .apply(&base)
        .map_err(|e| range_error(loc, &e))?;
    if let Some(path) = m.get_one::<PathBuf>("responses") {
        return run_replay(loc, m, &content, &config, path);
    }
    if let Some(&rate) = m.get_one::<f64>("exposure-calibration") {
        return calibrate_exposure(loc, &content, &config, rate);
    }
    match study {
        Some(study) => run_study(loc, m, &content, &config, &study.designs),
        None => run_one(loc, m, &content, &config),
    }
}

/// `--responses FILE`: the adaptive test replayed on recorded responses (post-hoc simulation).
fn run_replay(
    loc: &Localizer,
    m: &ArgMatches,
    content: &nln_core::content::Content,
    config: &SimulationConfig,
    path: &Path,
) -> Result<(), Failure> {
    let table = crate::research::data::read_file(loc, path, m.get_one::<String>("format").map(String::as_str))?;
    // Every item must be a scored bank item and every score within its range.
    crate::research::data::bank_models(loc, content, &table)?;
    let bank_index: Vec<usize> = table
        .items
        .iter()
        .map(|id| content.bank.index_of(id).expect("bank_models checked every item"))
        .collect();
    let persons: Vec<RecordedPerson> = (0..table.data.rows())
        .map(|r| {
            let mut scores = vec![None; content.bank.items().len()];
            for a in table.data.row(r) {
                scores[bank_index[a.item]] = Some(a.score);
            }
            RecordedPerson { scores }
        })
        .collect();
    let missing = if m.get_one::<String>("missing").map(String::as_str) == Some("stop") {
        MissingResponse::Stop
    } else {
        MissingResponse::Skip
    };
    let report = replay(
        content,
        &config.cat,
        &persons,
        missing,
        config.seed,
        progress(loc, persons.len()),
    );
    if m.get_flag("json") {
        return print_json(&report);
    }
    let with_missing = report.tests.iter().filter(|t| t.missing > 0).count();
    let heading = loc.format(
        "replay-heading",
        &[
            ("n", report.persons.into()),
            ("recorded", Arg::fixed(report.mean_recorded, 1)),
            ("bank", content.bank.id.as_str().into()),
        ],
    );
    let agreement = loc.format(
        "replay-agreement",
        &[
            ("exact", pct(report.exact)),
            ("within", pct(report.within_one)),
            ("rmse", fixed(report.rmse)),
        ],
    );
    let tests = Tests {
        mean_items: report.mean_items,
        max_items: report.max_items,
        max_exposure: report.max_exposure,
        stop_reasons: &report.stop_reasons,
    };
    let mut lines = tests.lines(loc, heading, vec![agreement]);
    lines.push(match missing {
        MissingResponse::Stop => loc.format(
            "replay-missing-stop",
            &[
                ("tests", with_missing.into()),
                ("share", pct(report.tests_with_missing)),
            ],
        ),
        MissingResponse::Skip => loc.format(
            "replay-missing-skip",
            &[
                ("tests", with_missing.into()),
                ("share", pct(report.tests_with_missing)),
                ("mean", Arg::fixed(report.mean_missing, 2)),
            ],
        ),
    });
    print_lines(lines)
}

/// What both reports of single runs (simulated and replayed) say in the same words.
struct Tests<'a> {
    mean_items: f64,
    max_items: usize,
    max_exposure: f64,
    stop_reasons: &'a std::collections::BTreeMap<String, usize>,
}

impl Tests<'_> {
    /// `heading`, the tests' length, the report's own accuracy lines, then top exposure and
    /// why the tests stopped.
    fn lines(&self, loc: &Localizer, heading: String, accuracy: Vec<String>) -> Vec<String> {
        let reasons: Vec<String> = self
            .stop_reasons
            .iter()
            .map(|(name, n)| format!("{} {n}", loc.text(&format!("stop-{}", name.replace('_', "-")))))
            .collect();
        let mut lines = vec![
            heading,
            loc.format(
                "simulate-items",
                &[("mean", Arg::fixed(self.mean_items, 2)), ("max", self.max_items.into())],
            ),
        ];
        lines.extend(accuracy);
        lines.push(loc.format("simulate-exposure", &[("rate", pct(self.max_exposure))]));
        lines.push(loc.format("simulate-stops", &[("reasons", Arg::from(reasons.join(", ")))]));
        lines
    }
}

/// A report for scripts (`--json`).
fn print_json(report: &impl serde::Serialize) -> Result<(), Failure> {
    crate::output::line(&serde_json::to_string_pretty(report).expect("a report serializes"))
}

fn print_lines(lines: impl IntoIterator<Item = String>) -> Result<(), Failure> {
    for line in lines {
        crate::output::line(&line)?;
    }
    Ok(())
}

/// `--calibrate-exposure RATE`: the bank's Sympson–Hetter parameters for a top exposure of
/// RATE, over the populations live sessions meet (`simulate::live_populations`), `--n`
/// learners each a round. Printed as JSON (item id → `exposure_acceptance`, items below 1
/// only, rounded down to 3 decimals so the rate holds) for the bank's item files.
fn calibrate_exposure(
    loc: &Localizer,
    content: &nln_core::content::Content,
    config: &SimulationConfig,
    rate: f64,
) -> Result<(), Failure> {
    let sh = SympsonHetter {
        max_rate: rate,
        rounds: 10,
        learners: config.learners,
    };
    sh.validate().map_err(|e| range_error(loc, &e))?;
    let acceptance = sympson_hetter_calibration(content, &live_populations(config), sh);
    let items: std::collections::BTreeMap<&str, f64> = content
        .bank
        .items()
        .iter()
        .zip(acceptance)
        .filter(|(_, k)| *k < 1.0)
        .map(|(item, k)| (item.id.as_str(), ((k * 1000.0).floor() / 1000.0).max(0.001)))
        .collect();
    let report = serde_json::json!({
        "bank": content.bank.id,
        "bank_version": content.bank.version,
        "max_rate": rate,
        "rounds": sh.rounds,
        "learners_per_round": sh.learners,
        "exposure_acceptance": items,
    });
    print_json(&report)
}

/// Progress on standard error when it is a terminal.
fn progress(loc: &Localizer, total: usize) -> impl FnMut(usize, usize) + '_ {
    let interactive = std::io::stderr().is_terminal();
    let step = (total / 20).max(1);
    move |done, total| {
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
    }
}

fn run_study(
    loc: &Localizer,
    m: &ArgMatches,
    content: &nln_core::content::Content,
    base: &SimulationConfig,
    designs: &[Design],
) -> Result<(), Failure> {
    let learners = base.truth.as_ref().map_or(base.learners, Vec::len);
    let mut tick = progress(loc, learners);
    let reports =
        compare(content, base, designs, |_, done, total| tick(done, total)).map_err(|e| range_error(loc, &e))?;
    if m.get_flag("json") {
        return print_json(&reports);
    }
    print_lines(study_tables(loc, content, base, &reports))
}

/// Columns padded to their widest cell (counted in characters), first column left-aligned.
fn table(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(c, cell)| {
                    let pad = " ".repeat(width[c] - cell.chars().count());
                    if c == 0 {
                        format!("{cell}{pad}")
                    } else {
                        format!("{pad}{cell}")
                    }
                })
                .collect::<Vec<_>>()
                .join("  ")
                .trim_end()
                .to_string()
        })
        .collect()
}

/// The comparison: one row per design in each table (length, accuracy and exposure; stop
/// reasons; area evidence), and length by true level with one column per design.
fn study_tables(
    loc: &Localizer,
    content: &nln_core::content::Content,
    base: &SimulationConfig,
    reports: &[DesignReport],
) -> Vec<String> {
    let p = |x: f64| loc.fixed(x * 100.0, 1);
    let f = |x: f64| loc.fixed(x, 3);
    let learners = reports.first().map_or(0, |r| r.report.learners);
    let mut out = vec![loc.format(
        "simulate-study-heading",
        &[
            ("designs", reports.len().into()),
            ("n", learners.into()),
            ("seed", Arg::from(base.seed.to_string())),
            ("bank", content.bank.id.as_str().into()),
        ],
    )];
    let heading = |ids: &[&str]| ids.iter().map(|id| loc.text(id)).collect::<Vec<_>>();
    let mut summary = vec![heading(&[
        "simulate-col-design",
        "simulate-col-items",
        "simulate-col-max",
        "simulate-col-exact",
        "simulate-col-within",
        "simulate-col-bias",
        "simulate-col-rmse",
        "simulate-col-se",
        "simulate-col-exposure",
        "simulate-col-overlap",
        "simulate-col-at-max",
    ])];
    for d in reports {
        let r = &d.report;
        summary.push(vec![
            d.name.clone(),
            loc.fixed(r.mean_items, 2),
            loc.integer(r.max_items as i64),
            p(r.exact),
            p(r.within_one),
            f(r.bias),
            f(r.rmse),
            f(r.mean_se),
            p(r.max_exposure),
            p(r.overlap),
            p(r.at_max),
        ]);
    }
    out.push(String::new());
    out.push(loc.text("simulate-table-summary"));
    out.extend(table(&summary));
    // Stop reasons: only those some design met.
    let reasons: Vec<nln_core::cat::StopReason> = nln_core::cat::StopReason::ALL
        .into_iter()
        .filter(|s| reports.iter().any(|d| d.report.stop_reasons.contains_key(s.name())))
        .collect();
    let mut stops = vec![std::iter::once(loc.text("simulate-col-design"))
        .chain(reasons.iter().map(|s| loc.text(s.message_id())))
        .collect::<Vec<_>>()];
    for d in reports {
        let n = d.report.learners.max(1) as f64;
        stops.push(
            std::iter::once(d.name.clone())
                .chain(
                    reasons
                        .iter()
                        .map(|s| p(*d.report.stop_reasons.get(s.name()).unwrap_or(&0) as f64 / n)),
                )
                .collect(),
        );
    }
    out.push(String::new());
    out.push(loc.text("simulate-table-stops"));
    out.extend(table(&stops));
    let mut areas = vec![heading(&[
        "simulate-col-design",
        "simulate-col-per-area",
        "simulate-col-thin",
        "simulate-col-unmeasured",
        "simulate-col-irregular",
        "simulate-col-false-needs",
        "simulate-col-area-coverage",
    ])];
    for d in reports {
        let a = &d.report.areas;
        areas.push(vec![
            d.name.clone(),
            loc.fixed(a.mean_items_per_area, 1),
            p(a.thin_areas),
            p(a.not_measured),
            p(a.irregular),
            p(a.false_needs_support),
            p(a.area_band_coverage),
        ]);
    }
    out.push(String::new());
    out.push(loc.text("simulate-table-areas"));
    out.extend(table(&areas));
    // Length by true level: a column per design, "items (within-one %)".
    let mut levels = vec![std::iter::once(loc.text("simulate-col-level"))
        .chain(reports.iter().map(|d| d.name.clone()))
        .collect::<Vec<_>>()];
    for level in 0..=content.levels.max_level() {
        let cells: Vec<String> = reports
            .iter()
            .map(|d| {
                d.report
                    .by_level
                    .iter()
                    .find(|l| l.level == level)
                    .map_or_else(String::new, |l| {
                        loc.format(
                            "simulate-level-cell",
                            &[
                                ("items", Arg::fixed(l.mean_items, 1)),
                                ("within", pct(l.within_one)),
                                ("n", l.learners.into()),
                            ],
                        )
                    })
            })
            .collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        levels.push(
            std::iter::once(loc.code(&content.levels.get(level).code))
                .chain(cells)
                .collect(),
        );
    }
    out.push(String::new());
    out.push(loc.text("simulate-table-levels"));
    out.extend(table(&levels));
    out
}

fn run_one(
    loc: &Localizer,
    m: &ArgMatches,
    content: &nln_core::content::Content,
    config: &SimulationConfig,
) -> Result<(), Failure> {
    let learners = config.truth.as_ref().map_or(config.learners, Vec::len);
    let report: SimulationReport = simulate(content, config, progress(loc, learners));
    if m.get_flag("json") {
        return print_json(&report);
    }
    let heading = loc.format(
        "simulate-heading",
        &[
            ("n", report.learners.into()),
            ("seed", Arg::from(config.seed.to_string())),
            ("bank", content.bank.id.as_str().into()),
        ],
    );
    let accuracy = vec![
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
    ];
    let tests = Tests {
        mean_items: report.mean_items,
        max_items: report.max_items,
        max_exposure: report.max_exposure,
        stop_reasons: &report.stop_reasons,
    };
    let mut lines = tests.lines(loc, heading, accuracy);
    let a = &report.areas;
    lines.extend([
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
        loc.format(
            "simulate-area-evidence",
            &[("unmeasured", pct(a.not_measured)), ("thin", pct(a.thin_areas))],
        ),
    ]);
    if let Some(rate) = a.gap_needs_support {
        lines.push(loc.format("simulate-gap", &[("rate", pct(rate))]));
    }
    if let Some(r) = &report.responders {
        lines.push(loc.format(
            "simulate-responders",
            &[("rate", pct(r.at_f_or_1)), ("short", pct(r.not_a_placement))],
        ));
    }
    lines.extend(report.by_level.iter().map(|l| {
        format!(
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
        )
    }));
    print_lines(lines)
}
