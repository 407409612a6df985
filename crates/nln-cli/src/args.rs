//! The command line, built with clap's builder API so that every help line comes from Fluent.

use clap::{value_parser, Arg, ArgAction, Command};
use nln_core::i18n::Localizer;
use std::path::PathBuf;

fn common(loc: &Localizer, cmd: Command) -> Command {
    cmd.disable_help_flag(true)
        .next_help_heading(loc.text("cli-heading-options"))
        .arg(
            Arg::new("help")
                .long("help")
                .short('h')
                .action(ArgAction::Help)
                .help(loc.text("cli-opt-help")),
        )
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANG")
                .global(true)
                .help(loc.text("cli-opt-lang")),
        )
}

/// `--bank DIR` and `--bank-name NAME`: which content a command uses (read by
/// `files::content_from_args`).
pub fn content_args(loc: &Localizer, cmd: Command) -> Command {
    cmd.arg(
        Arg::new("bank")
            .long("bank")
            .value_name("DIR")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-opt-bank")),
    )
    .arg(
        Arg::new("bank-name")
            .long("bank-name")
            .value_name("NAME")
            .default_value(nln_core::defaults::DEFAULT_BANK)
            .help(loc.text("cli-opt-bank-name")),
    )
}

fn session_args(loc: &Localizer, cmd: Command) -> Command {
    content_args(loc, cmd)
        .arg(
            Arg::new("seed")
                .long("seed")
                .value_name("N")
                .value_parser(value_parser!(u64))
                .help(loc.text("cli-opt-seed")),
        )
        .arg(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help(loc.text("cli-opt-json")),
        )
        .arg(
            Arg::new("max-items")
                .long("max-items")
                .value_name("N")
                .value_parser(value_parser!(usize))
                .help(loc.text("cli-assess-opt-max-items")),
        )
}

/// Options every `nln audio` command takes: where the locales and the content are.
fn audio_args(loc: &Localizer, cmd: Command) -> Command {
    content_args(loc, common(loc, cmd)).arg(
        Arg::new("locales")
            .long("locales")
            .value_name("DIR")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-audio-opt-locales")),
    )
}

/// Most learners one `nln simulate` run takes: enough for any accuracy study (the error of a
/// rate is below 0.1 % at a million), and it keeps the run's memory bounded.
pub const MAX_SIMULATED_LEARNERS: u64 = 1_000_000;

/// `--out DIR`: the audio folder.
fn out_arg(loc: &Localizer) -> Arg {
    Arg::new("out")
        .long("out")
        .value_name("DIR")
        .value_parser(value_parser!(PathBuf))
        .help(loc.text("cli-audio-opt-out"))
}

/// The whole `nln` command.
pub fn command(loc: &Localizer) -> Command {
    let assess = session_args(
        loc,
        common(loc, Command::new("assess").about(loc.text("cli-assess-about"))),
    )
    .arg(
        Arg::new("save")
            .long("save")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-assess-opt-save")),
    )
    .arg(
        Arg::new("resume")
            .long("resume")
            .value_name("FILE")
            .value_parser(value_parser!(std::ffi::OsString))
            .num_args(0..=1)
            .default_missing_value("")
            .conflicts_with("seed")
            .help(loc.text("cli-assess-opt-resume")),
    )
    .arg(
        Arg::new("force")
            .long("force")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-assess-opt-force")),
    )
    .arg(
        Arg::new("assisted")
            .long("assisted")
            .action(ArgAction::SetTrue)
            .conflicts_with("resume")
            .help(loc.text("cli-assess-opt-assisted")),
    )
    .arg(
        Arg::new("no-access")
            .long("no-access")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-assess-opt-no-access")),
    )
    .arg(
        Arg::new("audio")
            .long("audio")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-assess-opt-audio")),
    )
    .arg(
        Arg::new("clip_folder")
            .long("clip-dir")
            .value_name("DIR")
            .value_parser(value_parser!(PathBuf))
            .help(loc.text("cli-assess-opt-audio-dir")),
    )
    .arg(
        Arg::new("method")
            .long("method")
            .value_name("METHOD")
            .value_parser(["eap", "map", "mle", "wle"])
            .help(loc.text("cli-assess-opt-method")),
    );
    let validate = common(loc, Command::new("validate").about(loc.text("cli-validate-about")))
        .arg(
            Arg::new("dir")
                .value_name("DIR")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-validate-opt-dir")),
        )
        .arg(
            Arg::new("locales")
                .long("locales")
                .value_name("DIR")
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-validate-opt-locales")),
        )
        .arg(
            Arg::new("contact-sheets")
                .long("contact-sheets")
                .value_name("DIR")
                .value_parser(value_parser!(PathBuf))
                .help(loc.text("cli-validate-opt-contact-sheets")),
        );
    let simulate = session_args(
        loc,
        common(loc, Command::new("simulate").about(loc.text("cli-simulate-about"))),
    )
    .arg(
        Arg::new("n")
            .long("n")
            .value_name("N")
            .default_value("1000")
            .value_parser(value_parser!(u64).range(1..=MAX_SIMULATED_LEARNERS))
            .help(loc.text("cli-simulate-opt-n")),
    )
    .arg(
        Arg::new("distribution")
            .long("distribution")
            .value_name("KIND")
            .default_value("normal")
            .value_parser(["normal", "uniform"])
            .help(loc.text("cli-simulate-opt-distribution")),
    )
    .arg(
        Arg::new("no-exposure-control")
            .long("no-exposure-control")
            .action(ArgAction::SetTrue)
            .help(loc.text("cli-simulate-opt-no-exposure")),
    )
    .arg(
        Arg::new("start")
            .long("start")
            .value_name("RULE")
            .default_value("fixed")
            .value_parser(["fixed", "access"])
            .help(loc.text("cli-simulate-opt-start")),
    )
    .arg(
        Arg::new("profile")
            .long("profile")
            .value_name("KIND")
            .default_value("flat")
            .value_parser(["flat", "gap", "spread"])
            .help(loc.text("cli-simulate-opt-profile")),
    )
    .arg(
        Arg::new("gap")
            .long("gap")
            .value_name("THETA")
            .default_value("1.0")
            .value_parser(clap::value_parser!(f64))
            .help(loc.text("cli-simulate-opt-gap")),
    )
    .arg(
        Arg::new("responder")
            .long("responder")
            .value_name("KIND")
            .default_value("model")
            .value_parser(["model", "blind-guess", "first-option", "always-three", "pattern"])
            .help(loc.text("cli-simulate-opt-responder")),
    )
    .arg(
        Arg::new("stopping")
            .long("stopping")
            .value_name("RULE")
            .value_parser(["se", "sprt", "both"])
            .help(loc.text("cli-simulate-opt-stopping")),
    );
    let simulate = crate::simulate::design_args(loc, simulate);
    let database = || {
        Arg::new("database")
            .long("database")
            .value_name("URL")
            .help(loc.text("cli-serve-opt-database"))
    };
    let serve = common(loc, Command::new("serve").about(loc.text("cli-serve-about")))
        .arg(
            Arg::new("listen")
                .long("listen")
                .value_name("ADDR")
                .default_value(nln_server::DEFAULT_LISTEN)
                .help(loc.text("cli-serve-opt-listen")),
        )
        .arg(database())
        .arg(
            Arg::new("rate-limit")
                .long("rate-limit")
                .value_name("N")
                .value_parser(value_parser!(u32))
                .help(loc.text("cli-serve-opt-rate-limit")),
        )
        .arg(
            Arg::new("sessions-per-hour")
                .long("sessions-per-hour")
                .value_name("N")
                .value_parser(value_parser!(u32))
                .help(loc.text("cli-serve-opt-sessions-per-hour")),
        )
        .arg(
            Arg::new("webhook-http-loopback")
                .long("webhook-http-loopback")
                .action(ArgAction::SetTrue)
                .help(loc.text("cli-serve-opt-webhook-http-loopback")),
        );
    let agency_add = common(loc, Command::new("add").about(loc.text("cli-agency-add-about")))
        .arg(
            Arg::new("name")
                .value_name("NAME")
                .required(true)
                .help(loc.text("cli-agency-opt-name")),
        )
        .arg(database())
        .arg(
            Arg::new("retention-days")
                .long("retention-days")
                .value_name("DAYS")
                .value_parser(value_parser!(u32).range(1..=36500))
                .help(loc.text("cli-agency-opt-retention")),
        )
        .arg(
            Arg::new("role")
                .long("role")
                .value_name("ROLE")
                .value_parser(["admin", "intake"])
                .default_value("admin")
                .help(loc.text("cli-agency-opt-role")),
        );
    let agency = common(loc, Command::new("agency").about(loc.text("cli-agency-about")))
        .subcommand_required(true)
        .disable_help_subcommand(true)
        .subcommand(agency_add);
    let audio = common(loc, Command::new("audio").about(loc.text("cli-audio-about")))
        .subcommand_required(true)
        .subcommand_help_heading(loc.text("cli-heading-commands"))
        .disable_help_subcommand(true)
        .subcommands([
            audio_args(loc, Command::new("plan").about(loc.text("cli-audio-plan-about"))).arg(
                Arg::new("check")
                    .long("check")
                    .action(ArgAction::SetTrue)
                    .help(loc.text("cli-audio-plan-opt-check")),
            ),
            audio_args(loc, Command::new("build").about(loc.text("cli-audio-build-about")))
                .arg(out_arg(loc))
                .arg(
                    Arg::new("check")
                        .long("check")
                        .action(ArgAction::SetTrue)
                        .help(loc.text("cli-audio-build-opt-check")),
                ),
            audio_args(loc, Command::new("script").about(loc.text("cli-audio-script-about"))).arg(
                Arg::new("output")
                    .long("output")
                    .short('o')
                    .value_name("FILE")
                    .value_parser(value_parser!(PathBuf))
                    .help(loc.text("cli-audio-script-opt-output")),
            ),
            audio_args(loc, Command::new("import").about(loc.text("cli-audio-import-about")))
                .arg(out_arg(loc))
                .arg(
                    Arg::new("dir")
                        .value_name("DIR")
                        .required(true)
                        .value_parser(value_parser!(PathBuf))
                        .help(loc.text("cli-audio-import-opt-dir")),
                )
                .arg(
                    Arg::new("speaker")
                        .long("speaker")
                        .value_name("CODE")
                        .help(loc.text("cli-audio-import-opt-speaker")),
                ),
        ]);
    common(loc, Command::new("nln"))
        .about(loc.text("cli-about"))
        .version(env!("CARGO_PKG_VERSION"))
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .long("version")
                .short('V')
                .action(ArgAction::Version)
                .help(loc.text("cli-opt-version")),
        )
        .subcommand_help_heading(loc.text("cli-heading-commands"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .disable_help_subcommand(true)
        .subcommands([assess, validate, simulate, audio, serve, agency])
        .subcommands(crate::research::commands(loc, |cmd| common(loc, cmd)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn command_is_well_formed() {
        let catalog = nln_core::defaults::catalog();
        super::command(&catalog.localizer("en")).debug_assert();
    }
}
