//! Terminal playback for `nln assess --audio`: each text shown (prompt, instructions, answers,
//! "I don't know") is played through an audio player found on the PATH, one clip after the
//! other, and `r` plays them again. The player is an external program (nothing is decoded
//! here); the first one in [`PLAYERS`] that starts is kept for the session. Without a player or
//! without a clip the text stays on screen and a notice says why, so the test goes on.

use nln_core::i18n::{Clip, Localizer};
use nln_core::present::{Presentation, Text};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Which of a clip's two encodings a player is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    /// The Opus file named in the manifest.
    Opus,
    /// The MP3 fallback beside it (for players without Opus, such as macOS's afplay).
    Mp3,
}

/// A command line that plays one file and exits when it is done: `program args… FILE`, its
/// standard output piped into `then` when the program only decodes.
struct Player {
    program: &'static str,
    args: &'static [&'static str],
    encoding: Encoding,
    then: Option<(&'static str, &'static [&'static str])>,
}

/// Players tried in order: ffmpeg's ffplay and mpv play Opus everywhere; paplay (PulseAudio or
/// PipeWire) and opusdec into ALSA's aplay cover Linux systems without them; afplay is on every
/// Mac but plays MP3 only, as does mpg123.
const PLAYERS: &[Player] = &[
    Player {
        program: "ffplay",
        args: &["-nodisp", "-autoexit", "-loglevel", "error"],
        encoding: Encoding::Opus,
        then: None,
    },
    Player {
        program: "mpv",
        args: &["--no-video", "--no-terminal", "--really-quiet"],
        encoding: Encoding::Opus,
        then: None,
    },
    Player {
        program: "paplay",
        args: &[],
        encoding: Encoding::Opus,
        then: None,
    },
    Player {
        program: "opusdec",
        args: &["--quiet", "--force-wav"],
        encoding: Encoding::Opus,
        then: Some(("aplay", &["-q"])),
    },
    Player {
        program: "afplay",
        args: &[],
        encoding: Encoding::Mp3,
        then: None,
    },
    Player {
        program: "mpg123",
        args: &["-q"],
        encoding: Encoding::Mp3,
        then: None,
    },
];

/// Why a clip did not play.
enum Failed {
    /// The player's program (or the program it pipes into) is not installed.
    NotFound,
    /// It started and failed: its last error line.
    Error(String),
}

/// The playback state of one assessment.
pub struct Playback {
    dir: PathBuf,
    /// Index in [`PLAYERS`] of the player found; `None` until one has started.
    player: Option<usize>,
    /// Set once no player could be started: the notice is shown once, the text stays.
    no_player: bool,
}

impl Playback {
    /// Plays clips from the audio folder `dir` (where `nln audio build` put them).
    pub fn new(dir: PathBuf) -> Playback {
        Playback {
            dir,
            player: None,
            no_player: false,
        }
    }

    /// Plays every text of an item in the order it is shown; notices go to `out`.
    pub fn play_item(&mut self, loc: &Localizer, out: &mut dyn Write, shown: &Presentation) {
        for text in spoken_order(shown) {
            self.play(loc, out, text);
        }
    }

    /// Plays one text's clip, or says why it cannot.
    fn play(&mut self, loc: &Localizer, out: &mut dyn Write, text: &Text) {
        let Some(clip) = self.clip_of(text) else {
            let _ = writeln!(out, "  ({})", loc.text("assess-audio-missing"));
            return;
        };
        if self.no_player {
            return;
        }
        let start = self.player.unwrap_or(0);
        for (index, player) in PLAYERS.iter().enumerate().skip(start) {
            let file = match player.encoding {
                Encoding::Opus => clip.clone(),
                Encoding::Mp3 => PathBuf::from(Clip::fallback_path(&clip.to_string_lossy())),
            };
            match run(player, &file) {
                Ok(()) => {
                    self.player = Some(index);
                    return;
                }
                Err(Failed::NotFound) if self.player.is_none() => continue,
                Err(Failed::NotFound) => break,
                Err(Failed::Error(reason)) => {
                    self.player = Some(index);
                    let _ = writeln!(
                        out,
                        "  ({})",
                        loc.format(
                            "assess-player-failed",
                            &[("player", player.program.into()), ("reason", reason.into())]
                        )
                    );
                    return;
                }
            }
        }
        self.no_player = true;
        let tried: Vec<&str> = PLAYERS.iter().map(|p| p.program).collect();
        let _ = writeln!(
            out,
            "{}",
            loc.format("assess-no-player", &[("players", tried.join(", ").into())])
        );
    }

    /// The clip file of a text, when its manifest lists a playable clip that was built.
    fn clip_of(&self, text: &Text) -> Option<PathBuf> {
        let audio = text.audio.as_ref()?;
        if !audio.status?.playable() {
            return None;
        }
        let path = self.dir.join(audio.file.as_ref()?);
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.len() > 0)
            .then_some(path)
    }
}

/// The texts of an item in the order the terminal shows them.
fn spoken_order(shown: &Presentation) -> Vec<&Text> {
    let mut texts = vec![&shown.prompt];
    let instructions = shown.instructions.as_ref();
    let ordering = shown.input == nln_core::present::Input::PutInOrder;
    if !ordering {
        texts.extend(instructions);
    }
    texts.extend(shown.choices.iter().map(|c| &c.text));
    if ordering {
        texts.extend(instructions);
    }
    texts.push(&shown.dont_know);
    texts
}

/// Runs a player on one file until it exits. Its standard input is closed so it never takes
/// the learner's typing.
fn run(player: &Player, file: &Path) -> Result<(), Failed> {
    let started = |e: io::Error| {
        if e.kind() == io::ErrorKind::NotFound {
            Failed::NotFound
        } else {
            Failed::Error(e.to_string())
        }
    };
    let mut command = Command::new(player.program);
    command
        .args(player.args)
        .arg(file)
        .stdin(Stdio::null())
        .stderr(Stdio::piped());
    let Some((next, next_args)) = player.then else {
        let output = command.stdout(Stdio::null()).output().map_err(started)?;
        return exit_status(output.status, &output.stderr);
    };
    // A decoder writing WAV to standard output, into a program that plays it.
    command.arg("-").stdout(Stdio::piped());
    let mut decoder = command.spawn().map_err(started)?;
    let Some(pipe) = decoder.stdout.take() else {
        let _ = decoder.kill();
        return Err(Failed::Error(player.program.to_string()));
    };
    let sink = Command::new(next)
        .args(next_args)
        .stdin(Stdio::from(pipe))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    let decoded = decoder.wait_with_output().map_err(started);
    let sink = sink.map_err(started)?;
    exit_status(sink.status, &sink.stderr)?;
    let decoded = decoded?;
    exit_status(decoded.status, &decoded.stderr)
}

fn exit_status(status: std::process::ExitStatus, stderr: &[u8]) -> Result<(), Failed> {
    if status.success() {
        return Ok(());
    }
    let text = String::from_utf8_lossy(stderr);
    let last = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default();
    Err(Failed::Error(format!("{status}: {}", last.trim())))
}
