//! `nln assess`: an interactive assessment in the terminal.
//!
//! Items are shown as `nln_core::present` lays them out (options in this session's order) and
//! rendered through Fluent; answers are typed as the numbers shown. With `--save` the
//! session is written after every step (also when a question is shown), so an interrupted
//! assessment resumes at the same question with `--resume`.

use crate::failure::Failure;
use crate::files::{content_from_args, default_session_dir, latest_session, read_text, SessionFile};
use crate::input::Answers;
use crate::playback::Playback;
use crate::report;
use crate::seal;
use clap::ArgMatches;
use nln_core::cat::{CatConfig, DeliveryMode, Next, Session, SessionError, SessionState, Setup};
use nln_core::content::{Content, ItemType};
use nln_core::estimate::Method;
use nln_core::i18n::{Arg, Localizer};
use nln_core::placement::Placement;
use nln_core::present::{Input, Presentation, UiAnswer};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let content = content_from_args(loc, m)?;
    let json = m.get_flag("json");
    // With --json, standard output carries only the result; the dialogue goes to stderr.
    let mut out: Box<dyn Write> = if json {
        Box::new(io::stderr())
    } else {
        Box::new(io::stdout())
    };
    let resume_from = match m.get_one::<std::ffi::OsString>("resume").map(PathBuf::from) {
        // `--resume` alone: the latest session of the default folder.
        Some(p) if p.as_os_str().is_empty() => Some(latest_session().ok_or_else(|| {
            let folder = default_session_dir().unwrap_or_default();
            Failure::input(loc.format(
                "error-no-saved-session",
                &[("path", folder.display().to_string().into())],
            ))
        })?),
        other => other,
    };

    let mut session = match &resume_from {
        Some(path) => {
            let session = resume(loc, &content, path, &seal::session_key(loc)?)?;
            let _ = writeln!(
                out,
                "{}",
                loc.format("assess-resumed", &[("count", session.state().answers.len().into())])
            );
            session
        }
        None => {
            let mut config = CatConfig {
                access_questionnaire: !m.get_flag("no-access"),
                ..CatConfig::default()
            };
            if let Some(&n) = m.get_one::<usize>("max-items") {
                config.stopping.cap_length(n);
            }
            if let Some(method) = m.get_one::<String>("method").and_then(|s| Method::parse(s)) {
                config.final_method = method;
            }
            let seed = m.get_one::<u64>("seed").copied().unwrap_or_else(random_seed);
            let mode = if m.get_flag("assisted") {
                DeliveryMode::Assisted
            } else {
                DeliveryMode::SelfAdministered
            };
            let setup = Setup::new(seed).mode(mode).locale(loc.locale());
            Session::start(&content, config, setup).map_err(|e| Failure::input(session_error(loc, &e)))?
        }
    };
    // Where answers are kept: --save, else the resumed file, else a new file in the per-user
    // session folder.
    let save_path = m
        .get_one::<PathBuf>("save")
        .cloned()
        .or_else(|| resume_from.clone())
        .or_else(|| default_session_dir().map(|d| d.join(new_session_name(session.state()))));
    // Resuming a file takes it over as it is; anything else is checked before it is replaced.
    let force = m.get_flag("force") || resume_from.is_some() && resume_from == save_path;
    let save = match &save_path {
        Some(path) => Some((SessionFile::take(loc, path, force)?, seal::session_key(loc)?)),
        None => None,
    };
    if let Some((file, _)) = &save {
        let note = format!("\n{}\n{}", loc.text("assess-interrupted"), saved_note(loc, file.path()));
        let lock = file.lock_path().to_path_buf();
        // Ctrl-C: say where the answers are and how to go on (they were saved at the last step).
        let _ = ctrlc::set_handler(move || {
            let _ = writeln!(io::stderr(), "{note}");
            let _ = std::fs::remove_file(&lock);
            std::process::exit(130);
        });
    }

    let _ = writeln!(
        out,
        "{}",
        loc.format(
            "assess-intro",
            &[
                ("bank", loc.text(&content.bank.title).into()),
                ("version", content.bank.version.as_str().into())
            ]
        )
    );
    if content.bank.calibration == nln_core::content::Calibration::Provisional {
        let _ = writeln!(out, "{}", loc.text("assess-provisional"));
    }
    let _ = writeln!(out, "{}", loc.text("assess-how-to-answer"));
    if let Some((file, _)) = &save {
        let _ = writeln!(out, "{}", saved_note(loc, file.path()));
    }
    let _ = writeln!(out);

    let stdin = io::stdin();
    let mut answers = Answers::new(stdin.lock());
    // With --audio every text is played as it is shown; `r` plays the item again.
    let mut playback = m.get_flag("audio").then(|| Playback::new(audio_folder(m)));
    if playback.is_some() {
        let _ = writeln!(out, "{}", loc.text("assess-replay-hint"));
    }
    let mut number = session.scored_count();
    let mut access_heading_shown = false;
    loop {
        let item = match session.next_item() {
            Next::Done(_) => break,
            Next::Ask(item) => item,
        };
        if let Some((file, key)) = &save {
            save_state(loc, file, key, session.state())?;
        }
        // The next screen of a tap-through item is the same question.
        let next_screen = !session.pending_taps().is_empty();
        if item.is_scored() && !next_screen {
            number += 1;
            let _ = writeln!(out, "\n{}", loc.format("assess-question", &[("number", number.into())]));
        } else if !access_heading_shown {
            access_heading_shown = true;
            let _ = writeln!(out, "\n{}", loc.text("assess-access-heading"));
        }
        let shown = Presentation::for_session(&session, item, loc);
        show_item(loc, &mut *out, &shown);
        if let Some(playback) = playback.as_mut() {
            playback.play_item(loc, &mut *out, &shown);
        }
        let response = loop {
            let _ = write!(out, "{} ", loc.text("assess-choose"));
            let _ = out.flush();
            let line = match answers.next_line() {
                Ok(Some(line)) => line,
                Ok(None) | Err(_) => {
                    let path = save.as_ref().map(|(f, _)| f.path());
                    return Err(Failure::input(stopped(loc, &session, path, "assess-input-ended")));
                }
            };
            if line.eq_ignore_ascii_case("q") {
                // The learner's choice, not an error.
                let path = save.as_ref().map(|(f, _)| f.path());
                return Err(Failure::ended(stopped(loc, &session, path, "")));
            }
            if let (Some(playback), true) = (playback.as_mut(), line.eq_ignore_ascii_case("r")) {
                playback.play_item(loc, &mut *out, &shown);
                continue;
            }
            match parse_answer(&shown, &line).and_then(|a| shown.response(&a).ok()) {
                Some(r) => break r,
                None => {
                    let _ = writeln!(out, "{}", loc.text("assess-invalid"));
                    let _ = writeln!(out, "{}", what_to_type(loc, &shown));
                }
            }
        };
        let id = item.id.clone();
        session
            .answer(&id, response)
            .map_err(|e| Failure::input(loc.format("error-session", &[("reason", session_error(loc, &e).into())])))?;
        if let Some((file, key)) = &save {
            save_state(loc, file, key, session.state())?;
        }
    }
    let placement = Placement::from_session(&session, &content.placement);
    if json {
        crate::output::line(&report::json(loc, &content, &placement, session.state().seed))?;
    } else {
        let _ = writeln!(out, "\n{}", report::text(loc, &content, &placement));
    }
    Ok(())
}

/// Folder of the built clips: `--clip-dir`, else `NLN_AUDIO_DIR`, else `target/audio` (where
/// `nln audio build` puts them by default).
fn audio_folder(m: &ArgMatches) -> PathBuf {
    m.get_one::<PathBuf>("clip_folder")
        .cloned()
        .or_else(|| std::env::var_os("NLN_AUDIO_DIR").map(PathBuf::from))
        .unwrap_or_else(|| Path::new("target").join("audio"))
}

fn random_seed() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    (nanos as u64) ^ u64::from(std::process::id()).rotate_left(32)
}

/// A session error in the reader's language: its message id with its arguments.
pub(crate) fn session_error(loc: &Localizer, e: &SessionError) -> String {
    let args: Vec<(&str, Arg<'_>)> = e.args().into_iter().map(|(k, v)| (k, v.into())).collect();
    loc.format(e.message_id(), &args)
}

/// Resumes a saved session whose seal verifies under this installation's key.
fn resume<'c>(loc: &Localizer, content: &'c Content, path: &Path, key: &[u8]) -> Result<Session<'c>, Failure> {
    let text = read_text(loc, path)?;
    let bad = |reason: String| {
        Failure::input(loc.format(
            "error-session-file",
            &[("path", path.display().to_string().into()), ("reason", reason.into())],
        ))
    };
    let state: SessionState = serde_json::from_str(&text).map_err(|e| {
        bad(loc.format(
            "session-error-json",
            &[("line", e.line().into()), ("column", e.column().into())],
        ))
    })?;
    state
        .verify(key)
        .map_err(|e| bad(format!("{} {}", session_error(loc, &e), loc.text("session-seal-hint"))))?;
    Session::resume(content, state).map_err(|e| bad(session_error(loc, &e)))
}

/// Saves the state sealed under the installation's key.
fn save_state(loc: &Localizer, file: &SessionFile, key: &[u8], state: &SessionState) -> Result<(), Failure> {
    let mut sealed = state.clone();
    sealed.seal(key);
    let text = serde_json::to_string_pretty(&sealed).expect("a session state serializes");
    file.save(loc, &text)
}

/// File name of a new session in the default folder: unique per start time and seed.
fn new_session_name(state: &SessionState) -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    format!("session-{secs}-{}-{}.json", state.seed, std::process::id())
}

/// Where the answers are kept and the command that goes on with them.
fn saved_note(loc: &Localizer, path: &Path) -> String {
    let file = path.display().to_string();
    [
        loc.format("assess-saving-to", &[("file", file.as_str().into())]),
        loc.format("assess-resume-hint", &[("file", file.as_str().into())]),
    ]
    .join("\n")
}

/// What a learner can type for this item, after an answer that did not fit.
fn what_to_type(loc: &Localizer, shown: &Presentation) -> String {
    let choices = shown.choices.len();
    if shown.input == Input::PutInOrder {
        loc.format("assess-type-order", &[("max", choices.into())])
    } else {
        loc.format("assess-type-number", &[("max", choices.into())])
    }
}

/// Says how far the run got and where the session is kept.
fn stopped(loc: &Localizer, session: &Session<'_>, save: Option<&Path>, why: &str) -> String {
    let mut lines = Vec::new();
    if !why.is_empty() {
        lines.push(loc.text(why));
    }
    lines.push(loc.format("assess-stopped", &[("count", session.state().answers.len().into())]));
    if let Some(p) = save {
        lines.push(saved_note(loc, p));
    }
    lines.join("\n")
}

/// Prints the prompt and the numbered answers of an item, in the order the session shows them.
fn show_item(loc: &Localizer, out: &mut dyn Write, shown: &Presentation) {
    let _ = writeln!(out, "{}", shown.prompt.text);
    if let Some(screen) = shown.screen {
        let args = [("number", screen.number.into()), ("count", screen.count.into())];
        let _ = writeln!(out, "{}", loc.format("assess-tap-screen", &args));
    }
    // Ordering instructions come after the steps, which they refer to.
    let instructions = shown.instructions.as_ref().map(|t| t.text.as_str());
    if shown.input != Input::PutInOrder {
        if let Some(text) = instructions {
            let _ = writeln!(out, "{text}");
        }
    }
    for choice in &shown.choices {
        let _ = writeln!(out, "  {}. {}", loc.integer(choice.ui_id as i64), choice.text.text);
    }
    if shown.input == Input::PutInOrder {
        if let Some(text) = instructions {
            let _ = writeln!(out, "{text}");
        }
    }
    let _ = writeln!(out, "  {}. {}", loc.integer(0), shown.dont_know.text);
}

/// Turns typed numbers into a UI answer, or `None` when they are not numbers.
fn parse_answer(shown: &Presentation, line: &str) -> Option<UiAnswer> {
    if line == "0" {
        return Some(UiAnswer::DontKnow);
    }
    if shown.item_type == ItemType::Ordering {
        let ui_ids: Option<Vec<usize>> = line
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse::<usize>().ok())
            .collect();
        return ui_ids.map(|ui_ids| UiAnswer::Order { ui_ids });
    }
    line.parse().ok().map(|ui_id| UiAnswer::Pick { ui_id })
}

#[cfg(test)]
mod tests {
    use super::*;
    use nln_core::content::{Key, Response};

    #[test]
    fn typed_numbers_pick_what_the_session_shows() {
        let content = nln_core::defaults::content().unwrap();
        let loc = nln_core::defaults::catalog().localizer("en");
        let find = |t: ItemType| content.bank.items().iter().find(|i| i.item_type == t).unwrap();
        let choice = find(ItemType::Choice);
        let shown = Presentation::new(choice, &loc, 1, DeliveryMode::SelfAdministered);
        let order = nln_core::present::display_order(1, choice);
        let answer = |p: &Presentation, line: &str| parse_answer(p, line).and_then(|a| p.response(&a).ok());
        assert_eq!(
            answer(&shown, "1"),
            Some(Response::Choice {
                option: choice.options[order[0]].id.clone()
            })
        );
        assert_eq!(answer(&shown, "99"), None);
        assert_eq!(answer(&shown, "x"), None);
        assert_eq!(answer(&shown, "0"), Some(Response::Skip));
        let true_false = find(ItemType::TrueFalse);
        let tf = Presentation::new(true_false, &loc, 1, DeliveryMode::SelfAdministered);
        let second_is_true = nln_core::present::display_order(1, true_false)[1] == 0;
        assert_eq!(answer(&tf, "2"), Some(Response::Boolean { value: second_is_true }));

        let ordering = find(ItemType::Ordering);
        let shown = Presentation::new(ordering, &loc, 1, DeliveryMode::SelfAdministered);
        let n = ordering.options.len();
        let typed: Vec<String> = (1..=n).map(|k| k.to_string()).collect();
        let Some(Response::Order { options }) = answer(&shown, &typed.join(" ")) else {
            panic!()
        };
        let Key::Order(key) = &ordering.key else { panic!() };
        assert_ne!(&options, key, "typing 1 2 3 … is not the right order");
        assert_eq!(answer(&shown, "1 1 2"), None);

        let task = Presentation::new(find(ItemType::Task), &loc, 1, DeliveryMode::Assisted);
        assert_eq!(answer(&task, "3"), Some(Response::Score { score: 2 }));
    }

    #[test]
    fn a_tap_through_screen_lists_its_places_with_the_screen_count() {
        let content = nln_core::defaults::content().unwrap();
        let loc = nln_core::defaults::catalog().localizer("en");
        let item = content
            .bank
            .items()
            .iter()
            .find(|i| i.item_type == ItemType::TapThrough)
            .unwrap();
        let shown = Presentation::at_screen(item, &loc, 5, DeliveryMode::SelfAdministered, 1);
        let mut out = Vec::new();
        show_item(&loc, &mut out, &shown);
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(&format!("Screen 2 of {}", item.steps.len())), "{text}");
        for region in &item.steps[1].regions {
            let label = loc.text(&region.message.text);
            assert!(text.contains(&label), "{label} missing from:\n{text}");
        }
        // A typed number is one tap: the region shown at that place on this screen.
        let order = nln_core::present::screen_display_order(5, item, 1);
        assert_eq!(
            parse_answer(&shown, "1").and_then(|a| shown.response(&a).ok()),
            Some(Response::Region {
                region: item.steps[1].regions[order[0]].id.clone()
            })
        );
    }
}
