//! The `nln` binary as a user runs it: exit codes, JSON output, save and resume, validation.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Per-user data folder of the tests (sessions saved by default land here, not in the home).
fn data_home() -> PathBuf {
    std::env::temp_dir().join(format!("nln-cli-test-data-{}", std::process::id()))
}

fn nln(args: &[&str], stdin: &str) -> Output {
    nln_bytes(args, stdin.as_bytes())
}

fn nln_bytes(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nln"))
        .args(args)
        .env("NLN_LANG", "en")
        .env("SOURCE_DATE_EPOCH", "1796000000")
        .env("XDG_DATA_HOME", data_home())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nln starts");
    // The program may stop reading early (it refuses its arguments): that is not a test failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nln-cli-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

use crate::common::copy_tree;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A writable copy of the shipped `assessments/` and `locales/`; returns the content folder.
fn content_copy(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    copy_tree(&repo().join("assessments"), &dir.join("assessments"));
    copy_tree(&repo().join("locales"), &dir.join("locales"));
    dir.join("assessments")
}

/// "I don't know" to everything: valid for every item type.
fn skips(n: usize) -> String {
    "0\n".repeat(n)
}

#[test]
fn assess_json_gives_a_complete_placement() {
    let out = nln(&["assess", "--seed", "5", "--json", "--no-access"], &skips(60));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON only");
    let r = &v["result"];
    assert_eq!(r["level"]["level"], 0, "nothing answered places at Foundation");
    assert_eq!(r["level"]["code"], "F");
    assert_eq!(v["areas"].as_array().unwrap().len(), 7);
    assert!(r["se"].as_f64().unwrap() > 0.0);
    assert_eq!(v["content"]["calibration"], "provisional");
    assert!(r["profile"].as_str().unwrap().starts_with("NLN F · DEV"));
    assert!(!v["next_can_do"].as_array().unwrap().is_empty());
    // The dialogue went to stderr.
    assert!(text(&out.stderr).contains("Question 1"));
}

/// The CLI's `--json` is the core's placement report and validates against the committed schema,
/// in every case the report can take: a placement, a short test, French, access answers.
#[test]
fn assess_json_validates_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("docs/schemas/placement-report.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    let runs: [(&[&str], String); 4] = [
        (&["assess", "--seed", "5", "--json", "--no-access"], skips(60)),
        (
            &["assess", "--seed", "6", "--json", "--no-access", "--max-items", "3"],
            skips(60),
        ),
        (
            &["assess", "--seed", "7", "--json", "--lang", "fr"],
            format!("{}{}", "1\n".repeat(40), skips(40)),
        ),
        (
            &["assess", "--seed", "8", "--json", "--method", "mle", "--no-access"],
            skips(80),
        ),
    ];
    let mut shapes = std::collections::BTreeSet::new();
    for (args, input) in runs {
        let out = nln(args, &input);
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&v)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
        shapes.insert(v["result"]["is_placement"].as_bool().unwrap());
    }
    assert_eq!(shapes.len(), 2, "both a placement and a short test were checked");
    // All wrong under MLE: the estimate sits on its bound and the report says so.
    let out = nln(
        &["assess", "--seed", "8", "--json", "--method", "mle", "--no-access"],
        &skips(80),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let flags: Vec<&str> = v["result"]["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(flags.contains(&"bounded_estimate"), "{flags:?}");
    // A document that breaks the schema is caught (the test can fail).
    let mut bad: serde_json::Value =
        serde_json::from_slice(&nln(&["assess", "--seed", "5", "--json", "--no-access"], &skips(60)).stdout).unwrap();
    bad["result"]["theta"] = serde_json::Value::Null;
    assert!(!validator.is_valid(&bad));
}

#[test]
fn same_seed_same_test() {
    let a = nln(&["assess", "--seed", "9", "--json", "--no-access"], &skips(60));
    let b = nln(&["assess", "--seed", "9", "--json", "--no-access"], &skips(60));
    // Each run saves to its own new file in the per-user folder; the rest is the same.
    let dialogue = |o: &Output| {
        text(&o.stderr)
            .lines()
            .filter(|l| !l.contains(&data_home().display().to_string()))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(dialogue(&a), dialogue(&b));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn interrupted_session_resumes_where_it_stopped() {
    let dir = temp_dir("resume");
    let file = dir.join("session.json");
    let file_arg = file.to_str().unwrap();
    // Input ends after 5 answers: exit 1, the state is on disk with the next item pending.
    let first = nln(
        &["assess", "--seed", "11", "--save", file_arg, "--no-access"],
        &skips(5),
    );
    assert_eq!(first.status.code(), Some(1));
    assert!(text(&first.stderr).contains(&format!("Your answers are saved in {}", file.display())));
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["answers"].as_array().unwrap().len(), 5);
    let pending = saved["pending"]["item"]
        .as_str()
        .expect("the sixth item is pending")
        .to_string();

    let resumed = nln(&["assess", "--resume", file_arg, "--json"], &skips(60));
    assert!(resumed.status.success(), "{}", text(&resumed.stderr));
    assert!(text(&resumed.stderr).contains("Resumed a session with 5 answers"));
    // The uninterrupted run with the same seed and answers gives the same result.
    let whole = nln(&["assess", "--seed", "11", "--json", "--no-access"], &skips(60));
    assert_eq!(resumed.stdout, whole.stdout);
    let done: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(done["answers"][5]["item"], pending.as_str());
}

#[test]
fn invalid_answers_are_asked_again() {
    let input = format!("x\n99\n{}", skips(60));
    let out = nln(&["assess", "--seed", "2", "--no-access"], &input);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).matches("That answer does not fit").count(), 2);
    assert!(text(&out.stdout).contains("== Result =="));
}

#[test]
fn french_prompts_and_report() {
    let out = nln(&["assess", "--lang", "fr", "--seed", "3", "--no-access"], &skips(60));
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Votre réponse"));
    assert!(stdout.contains("== Résultat =="));
    assert!(
        stdout.contains("traduction automatique"),
        "the review status of the prompts is shown"
    );
}

#[test]
fn validate_accepts_the_shipped_content() {
    let assessments = repo().join("assessments");
    let out = nln(&["validate", assessments.to_str().unwrap()], "");
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    // The summary is for people (standard error); standard output stays empty for scripts.
    assert!(text(&out.stderr).contains("no errors"), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
}

#[test]
fn validate_reports_every_error_with_file_line_and_field() {
    let content = content_copy("validate");
    let dev = content.join("banks/default/dev.yaml");
    let original = std::fs::read_to_string(&dev).unwrap();
    let broken = original.replacen("competence: \"0.2\"", "competence: \"9.9\"", 1);
    let line = broken.lines().position(|l| l.contains("\"9.9\"")).unwrap() + 1;
    std::fs::write(&dev, broken).unwrap();
    let levels = content.join("levels.yaml");
    let text_levels = std::fs::read_to_string(&levels)
        .unwrap()
        .replace("cut: -2.0", "cut: -2.9");
    std::fs::write(&levels, text_levels).unwrap();

    let out = nln(&["validate", content.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(&format!("banks/default/dev.yaml:{line}:")), "{stdout}");
    assert!(stdout.contains("competence: unknown competence 9.9"), "{stdout}");
    assert!(
        stdout.contains("levels.yaml:") && stdout.contains("cut scores must increase"),
        "{stdout}"
    );
    assert!(text(&out.stderr).contains("2 errors found"));
}

#[test]
fn validate_reports_a_missing_translation() {
    let content = content_copy("locales");
    let ftl = content.join("../locales/fr/items-dev.ftl");
    let kept: Vec<String> = std::fs::read_to_string(&ftl)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("item-dev-001-prompt"))
        .map(String::from)
        .collect();
    std::fs::write(&ftl, kept.join("\n")).unwrap();
    let out = nln(&["validate", content.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("fr: message `item-dev-001-prompt` is missing"));
}

#[test]
fn validate_warns_but_passes_when_keys_are_unbalanced() {
    let content = content_copy("balance");
    for entry in std::fs::read_dir(content.join("banks/default")).unwrap() {
        let path = entry.unwrap().path();
        let all_true = std::fs::read_to_string(&path)
            .unwrap()
            .replace("key: false", "key: true");
        std::fs::write(&path, all_true).unwrap();
    }
    let out = nln(&["validate", content.to_str().unwrap()], "");
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{}{stderr}", text(&out.stdout));
    assert!(stderr.contains("no errors"), "{stderr}");
    assert!(
        stderr.contains("Warning: true/false items: the key is “true” for"),
        "{stderr}"
    );
    let shipped = nln(&["validate", repo().join("assessments").to_str().unwrap()], "");
    assert!(!text(&shipped.stderr).contains("Warning"), "{}", text(&shipped.stderr));
}

#[test]
fn simulate_reports_accuracy() {
    let out = nln(&["simulate", "--n", "50", "--seed", "1", "--json"], "");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["learners"], 50);
    assert!(v["within_one"].as_f64().unwrap() > 0.5);
}

/// `--profile` picks the truth model: `gap` lowers one core area by `--gap`, `spread` scatters
/// the areas with the content's `area_spread`.
#[test]
fn simulate_takes_the_true_profile() {
    let run = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["simulate", "--n", "30", "--seed", "1", "--json"];
        all.extend_from_slice(args);
        let out = nln(&all, "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(run(&[])["profile"], serde_json::json!({"kind": "flat"}));
    assert_eq!(
        run(&["--profile", "gap", "--gap", "0.75"])["profile"],
        serde_json::json!({"kind": "gap", "gap": 0.75})
    );
    assert_eq!(
        run(&["--profile", "spread"])["profile"],
        serde_json::json!({"kind": "spread", "sd": 0.5})
    );
    assert_eq!(nln(&["simulate", "--profile", "lumpy"], "").status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(nln(&["assess", "--no-such-flag"], "").status.code(), Some(2));
    assert_eq!(nln(&[], "").status.code(), Some(2));
    let help = nln(&["--help"], "");
    assert_eq!(help.status.code(), Some(0));
    for command in ["assess", "validate", "simulate"] {
        assert!(text(&help.stdout).contains(command));
    }
    let fr = nln(&["--lang", "fr", "assess", "--help"], "");
    assert!(text(&fr.stdout).contains("Reprendre une séance"));
}

#[test]
fn bad_input_exits_1() {
    let out = nln(&["validate", "/nonexistent-folder"], "");
    assert_eq!(out.status.code(), Some(1));
    let dir = temp_dir("badsession");
    let file = dir.join("s.json");
    std::fs::write(&file, "{ not json").unwrap();
    let out = nln(&["assess", "--resume", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("is not a saved session"));
}

#[test]
fn edited_or_forged_sessions_are_refused() {
    let dir = temp_dir("forged");
    let file = dir.join("base.json");
    let file_arg = file.to_str().unwrap();
    let first = nln(
        &["assess", "--seed", "42", "--save", file_arg, "--no-access"],
        &skips(8),
    );
    assert_eq!(first.status.code(), Some(1));
    let base: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert!(
        !base.to_string().contains("\"score\""),
        "no right/wrong in the saved state"
    );
    assert!(base["content_digest"].as_str().unwrap().len() == 64);
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let edits: Vec<(&str, Edit, &str)> = vec![
        (
            "scores",
            Box::new(|s| {
                for a in s["answers"].as_array_mut().unwrap() {
                    a["response"] = serde_json::json!({"kind": "score", "score": 1});
                }
            }),
            "only an assessor can record a score",
        ),
        (
            "prior",
            Box::new(|s| s["config"]["estimation"]["prior"]["sd"] = 0.0.into()),
            "estimation.prior.sd must lie between",
        ),
        (
            "order",
            Box::new(|s| s["answers"].as_array_mut().unwrap().swap(0, 3)),
            "the session was changed",
        ),
        (
            "digest",
            Box::new(|s| s["content_digest"] = "0".repeat(64).into()),
            "content of the bank changed",
        ),
    ];
    // The file is sealed under the installation's key, created on first use, readable by the
    // user alone.
    let key_file = data_home().join("nln").join("session.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "key file mode {mode:o}");
    }
    let hex = std::fs::read_to_string(&key_file).unwrap();
    let key: Vec<u8> = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex.trim()[i..i + 2], 16).unwrap())
        .collect();
    for (name, edit, message) in edits {
        let mut state = base.clone();
        edit(&mut state);
        // Edited by hand: the seal no longer matches.
        let forged = dir.join(format!("{name}.json"));
        std::fs::write(&forged, state.to_string()).unwrap();
        let out = nln(&["assess", "--resume", forged.to_str().unwrap()], &skips(60));
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(
            text(&out.stderr).contains("was changed after it was saved"),
            "{name}: {}",
            text(&out.stderr)
        );
        // Sealed again by someone who holds the key: the engine's own checks still refuse it.
        let mut resealed: nln_core::cat::SessionState = serde_json::from_value(state).unwrap();
        resealed.seal(&key);
        std::fs::write(&forged, serde_json::to_string(&resealed).unwrap()).unwrap();
        let out = nln(&["assess", "--resume", forged.to_str().unwrap()], &skips(60));
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(text(&out.stderr).contains(message), "{name}: {}", text(&out.stderr));
    }
    // A file without a seal (hand-written, or from before sealing) is refused, in the
    // learner's language.
    let mut unsealed = base.clone();
    unsealed.as_object_mut().unwrap().remove("seal");
    let file = dir.join("unsealed.json");
    std::fs::write(&file, unsealed.to_string()).unwrap();
    let out = nln(
        &["--lang", "fr", "assess", "--resume", file.to_str().unwrap()],
        &skips(60),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("compte utilisateur qui l’a enregistrée"),
        "{}",
        text(&out.stderr)
    );
}

/// String literals in the sources that name Fluent messages (by their prefix) and the ids the
/// code builds at run time: every one must be defined in the reference locale (and the locale
/// tests then hold every other locale to the same ids).
#[test]
fn every_message_the_program_can_show_is_defined() {
    use nln_core::cat::StopReason;
    use nln_core::estimate::Method;
    use nln_core::i18n::{ClipStatus, ReviewStatus};

    const PREFIXES: &[&str] = &[
        "cli-",
        "assess-",
        "answer-",
        "result-",
        "standing-",
        "guidance-",
        "stop-",
        "method-",
        "review-",
        "clip-status-",
        "access-field-",
        "audio-",
        "validate-",
        "load-error-",
        "simulate-",
        "error-",
        "stage-",
        "balance-",
        "session-error-",
        "config-error-",
        "response-error-",
        "ui-error-",
        "delivery-mode-",
        "calibrate-",
        "data-",
        "score-",
        "export-",
        "link-",
    ];
    let mut used = std::collections::BTreeSet::new();
    for crate_src in ["crates/nln-cli/src", "crates/nln-core/src"] {
        let mut stack = vec![repo().join(crate_src)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap();
                // Only code, not the unit tests at the end of a file.
                let code = source.split("#[cfg(test)]").next().unwrap();
                // Long option names (`--calibrate-exposure`) are not message ids.
                let code = code.replace(".long(\"", ".long(\"--");
                for literal in code.split('"').skip(1).step_by(2) {
                    let is_id = literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
                    if is_id
                        && PREFIXES
                            .iter()
                            .any(|p| literal.starts_with(p) && literal.len() > p.len())
                    {
                        used.insert(literal.to_string());
                    }
                }
            }
        }
    }
    let content = nln_core::defaults::content().unwrap();
    used.extend(nln_core::report::message_ids().into_iter().map(String::from));
    // Every displayed enum: its `ALL` list and its `message_id()`.
    for reason in StopReason::ALL {
        used.insert(reason.message_id().to_string());
        used.insert(format!("stop-{}", reason.name().replace('_', "-")));
    }
    used.extend(Method::ALL.map(|m| m.message_id().to_string()));
    used.extend(ReviewStatus::ALL.map(|r| r.message_id().to_string()));
    used.extend(ClipStatus::ALL.map(|c| c.message_id().to_string()));
    used.extend(nln_core::content::Stage::ALL.map(|s| s.message_id().to_string()));
    used.extend(nln_core::content::SubLevel::ALL.map(|s| s.message_id().to_string()));
    used.extend(nln_core::content::Relation::ALL.map(|r| r.message_id().to_string()));
    used.extend(nln_core::cat::DeliveryMode::ALL.map(|m| m.message_id().to_string()));
    used.extend(
        nln_core::present::Input::ALL
            .iter()
            .filter_map(|i| i.message_id())
            .map(str::to_string),
    );
    // Every structured error: its list of message ids.
    used.extend(nln_core::cat::SessionError::MESSAGE_IDS.map(str::to_string));
    used.extend(nln_core::content::ResponseError::MESSAGE_IDS.map(str::to_string));
    used.extend(nln_core::present::UiError::MESSAGE_IDS.map(str::to_string));
    for item in content.bank.items() {
        if let Some(field) = &item.profile_field {
            used.insert(format!("access-field-{field}"));
        }
    }
    let catalog = nln_core::defaults::catalog();
    let defined = catalog.message_ids("en");
    let missing: Vec<&String> = used.iter().filter(|id| !defined.contains(*id)).collect();
    assert!(
        used.len() > 100,
        "the scan found the program's messages ({})",
        used.len()
    );
    assert!(
        missing.is_empty(),
        "used by the program but not defined in en: {missing:?}"
    );
}

#[test]
fn access_answers_fill_the_access_profile() {
    let input = format!("{}{}", "1\n".repeat(6), skips(60));
    let out = nln(&["assess", "--seed", "4", "--json"], &input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let access = v["access"].as_array().unwrap();
    let value = |field: &str| access.iter().find(|a| a["field"] == field).unwrap()["value"].clone();
    assert_eq!(value("devices"), "own_smartphone");
    assert_eq!(value("connection"), "home_wifi");
    assert_eq!(access.len(), 6);
    assert!(text(&out.stderr).contains("About you (not scored)"));
}

// ---------------------------------------------------------------------------------------------
// Robustness: what is read, what is written, what is typed, where output goes
// ---------------------------------------------------------------------------------------------

fn answers_in(file: &Path) -> usize {
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    saved["answers"].as_array().unwrap().len()
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn validate_reads_only_listed_regular_files() {
    use std::os::unix::fs::symlink;
    let content = content_copy("listed");
    let bank = content.join("banks/default");
    // D8: loops, a FIFO, a device and a stray non-UTF-8 file, none of them listed.
    symlink(".", bank.join("here")).unwrap();
    symlink("..", bank.join("up")).unwrap();
    symlink(".", content.join("banks/self")).unwrap();
    mkfifo(&bank.join("stray.yaml"));
    symlink("/dev/zero", bank.join("zero.yaml")).unwrap();
    std::fs::write(bank.join("notes.yml"), b"\xff\xfe not text").unwrap();
    let started = std::time::Instant::now();
    let out = nln(&["validate", content.to_str().unwrap()], "");
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(started.elapsed().as_secs() < 30);
    assert_eq!(
        text(&out.stderr).matches("no errors").count(),
        1,
        "the bank is validated once"
    );

    // A listed file that is a symlink is not read: the manifest line that lists it is reported.
    std::fs::rename(bank.join("dev.yaml"), content.join("dev-moved.yaml")).unwrap();
    symlink(content.join("dev-moved.yaml"), bank.join("dev.yaml")).unwrap();
    let out = nln(&["validate", content.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("banks/default/bank.yaml:"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stdout).contains("banks/default/dev.yaml"),
        "{}",
        text(&out.stdout)
    );
}

#[cfg(unix)]
#[test]
fn resume_refuses_devices_and_oversized_files() {
    let out = nln(&["assess", "--resume", "/dev/zero"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("is not a regular file"),
        "{}",
        text(&out.stderr)
    );
    let dir = temp_dir("huge");
    let huge = dir.join("huge.json");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(64 * 1024 * 1024).unwrap(); // sparse: costs no disk
    let out = nln(&["assess", "--resume", huge.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("too large"), "{}", text(&out.stderr));
}

#[test]
fn closed_output_is_a_quiet_success() {
    for args in [
        &["simulate", "--n", "200"][..],
        &["validate", "../../assessments"][..],
        &["assess", "--seed", "1", "--json", "--no-access"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nln"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NLN_LANG", "en")
            .env("XDG_DATA_HOME", data_home())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader goes away before anything is written
        let _ = child.stdin.take().unwrap().write_all(skips(60).as_bytes());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(!text(&out.stderr).contains("panicked"), "{args:?}");
    }
}

#[test]
fn huge_simulation_size_is_a_usage_error() {
    for n in ["18446744073709551615", "1000000000000", "1000001"] {
        let out = nln(&["simulate", "--n", n], "");
        assert_eq!(out.status.code(), Some(2), "--n {n}");
        assert!(text(&out.stderr).contains("1000000"), "{}", text(&out.stderr));
    }
}

#[test]
fn native_digits_and_non_utf8_input_are_answers() {
    let dir = temp_dir("digits");
    for (lang, zero) in [
        ("ar", '٠'),
        ("fa", '۰'),
        ("ur", '۰'),
        ("zh-Hans", '０'),
        ("pa", '੦'),
        ("en", '०'),
    ] {
        // "1" in the learner's digits, then "1 2 3 4" for when the first item is an ordering one.
        let digit = |d: u32| char::from_u32(u32::from(zero) + d).unwrap();
        let typed = format!("{}\n{} {} {} {}", digit(1), digit(1), digit(2), digit(3), digit(4));
        let file = dir.join(format!("{lang}.json"));
        let out = nln(
            &[
                "assess",
                "--lang",
                lang,
                "--seed",
                "7",
                "--no-access",
                "--save",
                file.to_str().unwrap(),
            ],
            &format!("{typed}\nq\n"),
        );
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", text(&out.stderr));
        assert!(answers_in(&file) >= 1, "{lang}: {typed} was taken as an answer");
    }
    // D13: a byte that is not UTF-8 is a line that does not fit, not the end of the input.
    let file = dir.join("bytes.json");
    let out = nln_bytes(
        // Seed 7 opens with a three-option choice.
        &["assess", "--seed", "7", "--no-access", "--save", file.to_str().unwrap()],
        b"\xff\xfe\n1\nq\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(answers_in(&file), 1);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("That answer does not fit"));
    assert!(
        stdout.contains("Type one number from 1 to") || stdout.contains("Type the numbers from 1 to"),
        "the learner is told what to type: {stdout}"
    );
}

#[test]
fn quitting_is_not_an_error_and_says_how_to_resume() {
    let dir = temp_dir("quit");
    let file = dir.join("s.json");
    let out = nln(
        &["assess", "--seed", "8", "--no-access", "--save", file.to_str().unwrap()],
        "0\n0\nq\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("2 answers"), "{stderr}");
    assert!(
        stderr.contains(&format!("nln assess --resume {}", file.display())),
        "{stderr}"
    );
    // Input that ends early is still incomplete input.
    let out = nln(
        &["assess", "--seed", "8", "--no-access", "--save", file.to_str().unwrap()],
        "0\n",
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn sessions_are_saved_by_default_and_resume_finds_the_latest() {
    let sessions = data_home().join("nln/sessions");
    let _ = std::fs::remove_dir_all(&sessions);
    let out = nln(&["assess", "--seed", "12", "--no-access"], "0\n0\n0\nq\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let saved: Vec<PathBuf> = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1, "one session file and nothing else: {saved:?}");
    assert!(
        text(&out.stdout).contains(&saved[0].display().to_string()),
        "the learner is told where"
    );
    assert_eq!(answers_in(&saved[0]), 3);
    let resumed = nln(&["assess", "--resume"], "0\nq\n");
    assert_eq!(resumed.status.code(), Some(0), "{}", text(&resumed.stderr));
    assert!(text(&resumed.stdout).contains("Resumed a session with 3 answers"));
    assert_eq!(answers_in(&saved[0]), 4);
}

#[cfg(unix)]
#[test]
fn saving_never_replaces_what_is_not_a_session() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = temp_dir("clobber");
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, "my notes").unwrap();
    let link = dir.join("link.json");
    symlink(&notes, &link).unwrap();
    let fifo = dir.join("fifo.json");
    mkfifo(&fifo);
    for target in [&notes, &link, &fifo, &dir] {
        let out = nln(&["assess", "--no-access", "--save", target.to_str().unwrap()], "q\n");
        assert_eq!(out.status.code(), Some(1), "{}", target.display());
        assert!(
            text(&out.stderr).contains("not a saved session"),
            "{}",
            text(&out.stderr)
        );
    }
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "my notes");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    // --force replaces a regular file, never a link.
    let out = nln(
        &["assess", "--no-access", "--force", "--save", notes.to_str().unwrap()],
        "0\nq\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(answers_in(&notes), 1);
    let mode = std::fs::metadata(&notes).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "a session is private to its user");
    let out = nln(
        &["assess", "--no-access", "--force", "--save", link.to_str().unwrap()],
        "q\n",
    );
    assert_eq!(out.status.code(), Some(1));
    // No temporary or lock file is left behind.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.ends_with(".tmp") && !n.ends_with(".lock")),
        "{names:?}"
    );
}

#[test]
fn a_session_file_in_use_is_not_shared() {
    let dir = temp_dir("in-use");
    let file = dir.join("s.json");
    let mut first = Command::new(env!("CARGO_BIN_EXE_nln"))
        .args(["assess", "--seed", "1", "--no-access", "--save", file.to_str().unwrap()])
        .env("NLN_LANG", "en")
        .env("XDG_DATA_HOME", data_home())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the first run has saved (it holds the file from then on).
    let started = std::time::Instant::now();
    while !file.exists() && started.elapsed().as_secs() < 30 {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let second = nln(
        &["assess", "--seed", "2", "--no-access", "--save", file.to_str().unwrap()],
        "0\n0\n",
    );
    assert_eq!(second.status.code(), Some(1));
    assert!(
        text(&second.stderr).contains("in use by another test"),
        "{}",
        text(&second.stderr)
    );
    first.stdin.take().unwrap().write_all(b"0\nq\n").unwrap();
    assert_eq!(first.wait().unwrap().code(), Some(0));
    assert_eq!(answers_in(&file), 1, "the first learner's session is intact");
}

#[test]
fn wrong_paths_and_bank_names_say_what_is_there() {
    let out = nln(&["validate", "/nonexistent-folder"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("Cannot read /nonexistent-folder"),
        "{}",
        text(&out.stderr)
    );
    let out = nln(&["assess", "--bank-name", "nope"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("There is no bank nope. Banks: default"),
        "{}",
        text(&out.stderr)
    );
    // An error about a whole file names no field (no empty `: :`).
    let content = content_copy("whole-file");
    std::fs::write(content.join("banks/default/dev.yaml"), "items: [1, 2\n").unwrap();
    let out = nln(&["validate", content.to_str().unwrap()], "");
    let stdout = text(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains("dev.yaml"))
        .expect("the broken file is named");
    assert!(!line.contains(": :"), "{line}");
}
