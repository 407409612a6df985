//! `nln`: the command-line adapter of the NLN engine. It reads files, talks to the terminal and
//! renders text through Fluent; every psychometric decision is `nln-core`'s.

mod args;
mod assess;
mod audio;
mod failure;
mod files;
mod input;
mod language;
mod output;
mod pictures;
mod playback;
mod report;
mod research;
mod seal;
mod serve;
mod simulate;
mod validate;

use failure::Failure;
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().collect();
    let catalog = nln_core::defaults::catalog();
    let requested = language::requested(&raw);
    let loc = catalog.localizer(&requested);
    if let Some(other) = loc.other_script() {
        let name = catalog.manifest().get(other).map_or(other, |l| l.name.as_str());
        eprintln!(
            "{}",
            loc.format(
                "locale-other-script",
                &[("requested", requested.as_str().into()), ("available", name.into())]
            )
        );
    }
    let matches = match args::command(&loc).try_get_matches_from(&raw) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            // Help and version are successful exits; anything else is a usage error (2).
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match matches.subcommand() {
        Some(("assess", m)) => assess::run(&loc, m),
        Some(("validate", m)) => validate::run(&loc, m),
        Some(("simulate", m)) => simulate::run(&loc, m),
        Some(("serve", m)) => serve::run(&loc, m),
        Some(("agency", m)) => serve::agency(&loc, m),
        Some(("audio", m)) => audio::run(&loc, m),
        Some((name, m)) => research::run(&loc, name, m).expect("clap knows only the commands it was given"),
        None => unreachable!("clap requires a subcommand"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure { message, code }) => {
            if !message.is_empty() {
                // A closed standard error must not turn into a panic either.
                let _ = writeln!(std::io::stderr(), "{message}");
            }
            ExitCode::from(code)
        }
    }
}
