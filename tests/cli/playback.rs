//! `nln assess --audio` plays each text's clip through a player found on the PATH. A fake
//! `ffplay` records the files it is asked to play, so the tests see exactly which clips played.

use nln_core::cat::{CatConfig, DeliveryMode, Next, Session, Setup};
use nln_core::present::{Input, Presentation, Text};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

struct Rig {
    dir: PathBuf,
    bin: PathBuf,
    audio: PathBuf,
    log: PathBuf,
}

impl Rig {
    /// A folder with `bin/` (for the PATH), `audio/` (built clips) and the player's log.
    fn new(name: &str) -> Rig {
        let dir = std::env::temp_dir().join(format!("nln-playback-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let rig = Rig {
            bin: dir.join("bin"),
            audio: dir.join("audio"),
            log: dir.join("played.log"),
            dir,
        };
        std::fs::create_dir_all(&rig.bin).unwrap();
        std::fs::create_dir_all(&rig.audio).unwrap();
        rig
    }

    /// Installs a fake `ffplay` that appends its arguments to the log.
    fn fake_ffplay(&self) {
        let path = self.bin.join("ffplay");
        std::fs::write(&path, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$PLAYED_LOG\"\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }

    /// Writes a non-empty file for every clip of the English manifest except `except`.
    fn build_clips(&self, except: &[&str]) {
        let catalog = nln_core::defaults::catalog();
        let manifest = catalog.audio("en").expect("the English manifest");
        for clip in manifest.clips.values() {
            if except.contains(&clip.file.as_str()) {
                continue;
            }
            let path = self.audio.join(&clip.file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, b"OggS").unwrap();
        }
    }

    fn assess(&self, stdin: &str) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nln"))
            .args(["assess", "--seed", "5", "--no-access", "--audio", "--clip-dir"])
            .arg(&self.audio)
            .env("NLN_LANG", "en")
            .env("PATH", &self.bin)
            .env("PLAYED_LOG", &self.log)
            .env("XDG_DATA_HOME", self.dir.join("data"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("nln starts");
        let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        child.wait_with_output().unwrap()
    }

    /// Files played, in order.
    fn played(&self) -> Vec<String> {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        log.lines()
            .map(|l| {
                let args: Vec<&str> = l.split(' ').collect();
                assert_eq!(&args[..4], ["-nodisp", "-autoexit", "-loglevel", "error"], "{l}");
                args[4..].join(" ")
            })
            .collect()
    }
}

impl Drop for Rig {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The clip files of the first question of `nln assess --seed 5 --no-access`, in the order the
/// terminal shows the texts: prompt, instructions, answers, "I don't know".
fn first_question_clips() -> Vec<String> {
    let content = nln_core::defaults::content().unwrap();
    let catalog = nln_core::defaults::catalog();
    let loc = catalog.localizer("en");
    let config = CatConfig {
        access_questionnaire: false,
        ..CatConfig::default()
    };
    let setup = Setup::new(5).mode(DeliveryMode::SelfAdministered).locale("en");
    let mut session = Session::start(&content, config, setup).unwrap();
    let Next::Ask(item) = session.next_item() else {
        panic!("a first question")
    };
    let shown = Presentation::for_session(&session, item, &loc);
    let ordering = shown.input == Input::PutInOrder;
    let mut texts: Vec<&Text> = vec![&shown.prompt];
    if !ordering {
        texts.extend(shown.instructions.as_ref());
    }
    texts.extend(shown.choices.iter().map(|c| &c.text));
    if ordering {
        texts.extend(shown.instructions.as_ref());
    }
    texts.push(&shown.dont_know);
    let files: Vec<String> = texts
        .iter()
        .map(|t| {
            t.audio
                .as_ref()
                .and_then(|a| a.file.clone())
                .expect("every text has a clip")
        })
        .collect();
    assert!(files.len() >= 3, "a prompt, answers and I don't know: {files:?}");
    files
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn each_text_is_played_in_the_order_shown_and_r_plays_them_again() {
    let rig = Rig::new("order");
    rig.fake_ffplay();
    rig.build_clips(&[]);
    let out = rig.assess("r\nq\n");
    assert!(
        text(&out).contains("Type r and press Enter to hear the question again."),
        "{}",
        text(&out)
    );
    let expected: Vec<String> = first_question_clips()
        .iter()
        .map(|f| rig.audio.join(f).display().to_string())
        .collect();
    let twice: Vec<String> = expected.iter().chain(&expected).cloned().collect();
    assert_eq!(rig.played(), twice, "{}", text(&out));
    assert!(!text(&out).contains("Audio: none"), "{}", text(&out));
}

#[test]
fn a_missing_clip_is_said_and_the_others_still_play() {
    let rig = Rig::new("missing");
    rig.fake_ffplay();
    let files = first_question_clips();
    rig.build_clips(&[files[0].as_str()]);
    let out = rig.assess("q\n");
    let said = text(&out);
    assert_eq!(said.matches("(Audio: none for this prompt)").count(), 1, "{said}");
    let expected: Vec<String> = files[1..]
        .iter()
        .map(|f| rig.audio.join(f).display().to_string())
        .collect();
    assert_eq!(rig.played(), expected, "{said}");
}

#[test]
fn without_a_player_the_text_stays_and_a_notice_says_so_once() {
    let rig = Rig::new("none");
    rig.build_clips(&[]);
    let out = rig.assess("r\n0\nq\n");
    let said = text(&out);
    assert_eq!(
        said.matches("No audio player found (tried ffplay, mpv, paplay, opusdec, afplay, mpg123)")
            .count(),
        1,
        "{said}"
    );
    assert!(said.contains("Question 2"), "the test goes on: {said}");
    assert!(rig.played().is_empty());
    assert!(!Path::new(&rig.log).exists());
}
