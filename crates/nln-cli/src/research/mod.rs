//! Researcher commands: `nln calibrate`, `nln score`, `nln export`, `nln link`, `nln fit`, `nln dif`,
//! `nln standard-setting`, `nln plot`. They read and write files
//! and render through Fluent; the estimation is `nln-core`'s (`calibrate`, `estimate`) and the
//! CSV formats are `nln-interop`'s.

mod calibrate;
pub(crate) mod data;
mod dif;
mod export;
mod fit;
mod link;
mod plot;
mod review_plot;
mod score;
mod standard_setting;

use crate::failure::Failure;
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use nln_core::i18n::Localizer;
use std::path::PathBuf;

fn data_arg(loc: &Localizer) -> Arg {
    Arg::new("data")
        .value_name("DATA")
        .required(true)
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-research-opt-data"))
}

fn format_arg(loc: &Localizer) -> Arg {
    Arg::new("format")
        .long("format")
        .value_name("FORMAT")
        .value_parser(["long", "wide"])
        .help(loc.text("cli-research-opt-format"))
}

fn json_arg(loc: &Localizer) -> Arg {
    Arg::new("json")
        .long("json")
        .action(ArgAction::SetTrue)
        .help(loc.text("cli-opt-json"))
}

fn plot_arg(loc: &Localizer, help: &str) -> Arg {
    Arg::new("plot")
        .long("plot")
        .value_name("DIR")
        .value_parser(value_parser!(PathBuf))
        .help(loc.text(help))
}

fn csv_arg(loc: &Localizer, help: &str) -> Arg {
    Arg::new("csv")
        .long("csv")
        .action(ArgAction::SetTrue)
        .conflicts_with("json")
        .help(loc.text(help))
}

/// The researcher subcommands, each given the shared options by `common`.
pub fn commands(loc: &Localizer, common: impl Fn(Command) -> Command) -> Vec<Command> {
    let calibrate = crate::args::content_args(
        loc,
        common(Command::new("calibrate").about(loc.text("cli-calibrate-about"))),
    )
    .arg(data_arg(loc))
    .arg(format_arg(loc))
    .arg(
        Arg::new("model")
            .long("model")
            .value_name("MODEL")
            .default_value("2pl")
            .value_parser(["rasch", "1pl", "2pl", "3pl", "grm"])
            .help(loc.text("cli-calibrate-opt-model")),
    )
    .arg(
        Arg::new("items-model")
            .long("items-model")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-calibrate-opt-items-model")),
    )
    .arg(
        Arg::new("anchor")
            .long("anchor")
            .value_name("BANK")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-calibrate-opt-anchor")),
    )
    .arg(
        Arg::new("out")
            .long("out")
            .value_name("BANK_DIR")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-calibrate-opt-out")),
    )
    .arg(
        Arg::new("version")
            .long("bank-version")
            .value_name("VERSION")
            .help(loc.text("cli-calibrate-opt-version")),
    )
    .arg(
        Arg::new("slope-prior")
            .long("slope-prior")
            .value_name("SD")
            .value_parser(value_parser!(f64))
            .help(loc.text("cli-calibrate-opt-slope-prior")),
    )
    .arg(
        Arg::new("no-se")
            .long("no-se")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-calibrate-opt-no-se")),
    )
    .arg(json_arg(loc));
    let score = crate::args::content_args(loc, common(Command::new("score").about(loc.text("cli-score-about"))))
        .arg(data_arg(loc))
        .arg(format_arg(loc))
        .arg(
            Arg::new("method")
                .long("method")
                .value_name("METHOD")
                .default_value("eap")
                .value_parser(["eap", "map", "mle", "wle"])
                .help(loc.text("cli-assess-opt-method")),
        )
        .arg(json_arg(loc))
        .arg(
            Arg::new("csv")
                .long("csv")
                .action(ArgAction::SetTrue)
                .conflicts_with("json")
                .help(loc.text("cli-score-opt-csv")),
        )
        .arg(
            Arg::new("eapsum")
                .long("eapsum")
                .action(ArgAction::SetTrue)
                .help(loc.text("cli-score-opt-eapsum")),
        );
    let export = common(Command::new("export").about(loc.text("cli-export-about")))
        .arg(
            Arg::new("sessions")
                .value_name("SESSION")
                .required(true)
                .num_args(1..)
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-export-opt-sessions")),
        )
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .default_value("long")
                .value_parser(["long", "wide"])
                .help(loc.text("cli-research-opt-format")),
        )
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-export-opt-out")),
        );
    let export = crate::args::content_args(loc, export);
    let link = common(Command::new("link").about(loc.text("cli-link-about")))
        .arg(
            Arg::new("new")
                .value_name("NEW")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-link-opt-new")),
        )
        .arg(
            Arg::new("base")
                .value_name("BASE")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-link-opt-base")),
        )
        .arg(json_arg(loc));
    let fit = crate::args::content_args(loc, common(Command::new("fit").about(loc.text("cli-fit-about"))))
        .arg(data_arg(loc))
        .arg(format_arg(loc))
        .arg(
            Arg::new("min-expected")
                .long("min-expected")
                .value_name("COUNT")
                .default_value("1")
                .value_parser(value_parser!(f64))
                .help(loc.text("cli-fit-opt-min-expected")),
        )
        .arg(
            Arg::new("persons")
                .long("persons")
                .action(ArgAction::SetTrue)
                .help(loc.text("cli-fit-opt-persons")),
        )
        .arg(json_arg(loc))
        .arg(csv_arg(loc, "cli-fit-opt-csv"))
        .arg(plot_arg(loc, "cli-fit-opt-plot"));
    let dif = crate::args::content_args(loc, common(Command::new("dif").about(loc.text("cli-dif-about"))))
        .arg(data_arg(loc))
        .arg(format_arg(loc))
        .arg(
            Arg::new("group")
                .long("group")
                .value_name("COVARIATE")
                .required(true)
                .help(loc.text("cli-dif-opt-group")),
        )
        .arg(
            Arg::new("focal")
                .long("focal")
                .value_name("VALUE")
                .help(loc.text("cli-dif-opt-focal")),
        )
        .arg(
            Arg::new("reference")
                .long("reference")
                .value_name("VALUE")
                .help(loc.text("cli-dif-opt-reference")),
        )
        .arg(json_arg(loc))
        .arg(csv_arg(loc, "cli-dif-opt-csv"))
        .arg(plot_arg(loc, "cli-dif-opt-plot"));
    let standard_setting = crate::args::content_args(
        loc,
        common(Command::new("standard-setting").about(loc.text("cli-standard-setting-about"))),
    )
    .arg(
        Arg::new("bookmarks")
            .long("bookmarks")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-standard-setting-opt-bookmarks")),
    )
    .arg(
        Arg::new("rp")
            .long("rp")
            .value_name("PROBABILITY")
            .default_value("0.67")
            .value_parser(value_parser!(f64))
            .help(loc.text("cli-standard-setting-opt-rp")),
    )
    .arg(
        Arg::new("out")
            .long("out")
            .value_name("LEVELS_FILE")
            .requires("bookmarks")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-standard-setting-opt-out")),
    )
    .arg(json_arg(loc));
    let plot = crate::args::content_args(loc, common(Command::new("plot").about(loc.text("cli-plot-about"))))
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("DIR")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-plot-opt-out")),
        )
        .arg(
            Arg::new("items")
                .long("items")
                .value_name("IDS")
                .value_delimiter(',')
                .help(loc.text("cli-plot-opt-items")),
        )
        .arg(
            data_arg(loc)
                .long("data")
                .required(false)
                .help(loc.text("cli-plot-opt-data")),
        )
        .arg(format_arg(loc));
    vec![calibrate, score, export, link, fit, dif, standard_setting, plot]
}

/// Runs a researcher subcommand; `None` when `name` is not one of them.
pub fn run(loc: &Localizer, name: &str, m: &ArgMatches) -> Option<Result<(), Failure>> {
    match name {
        "calibrate" => Some(calibrate::run(loc, m)),
        "score" => Some(score::run(loc, m)),
        "export" => Some(export::run(loc, m)),
        "link" => Some(link::run(loc, m)),
        "fit" => Some(fit::run(loc, m)),
        "dif" => Some(dif::run(loc, m)),
        "standard-setting" => Some(standard_setting::run(loc, m)),
        "plot" => Some(plot::run(loc, m)),
        _ => None,
    }
}
