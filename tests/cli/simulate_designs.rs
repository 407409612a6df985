//! `nln simulate` as a design-study tool: several designs from a YAML or TOML file compared on
//! the same learners, settings on the command line, true abilities from a file, and bad files
//! refused with their line and field.

use std::path::PathBuf;
use std::process::{Command, Output};

fn nln(args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nln"))
        .args(args)
        .env("NLN_LANG", lang)
        .env(
            "XDG_DATA_HOME",
            std::env::temp_dir().join(format!("nln-sim-designs-{}", std::process::id())),
        )
        .output()
        .expect("nln starts")
}

fn file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nln-sim-designs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const STUDY: &str = "learners: 25\nseed: 4\ndesigns:\n  - name: default\n  - name: no probes\n    probes: false\n  - name: short\n    max_items: 8\n    min_items: 8\n";

#[test]
fn a_study_compares_designs_on_the_same_learners() {
    let study = file("study.yaml", STUDY);
    let out = nln(&["simulate", "--config", study.to_str().unwrap(), "--json"], "en");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let designs = v.as_array().unwrap();
    let names: Vec<&str> = designs.iter().map(|d| d["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["default", "no probes", "short"]);
    for d in designs {
        assert_eq!(d["report"]["learners"], 25);
    }
    // Fixed length 8: every test stops there.
    let short = &designs[2]["report"];
    assert_eq!(short["max_items"], 8);
    assert_eq!(short["mean_items"], 8.0);
    assert_eq!(short["at_max"], 1.0);
    // The default design is the plain command's run.
    let plain = nln(&["simulate", "--n", "25", "--seed", "4", "--json"], "en");
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert_eq!(designs[0]["report"]["rmse"], plain["rmse"]);
    // The text report has a row per design in each table.
    let out = nln(&["simulate", "--config", study.to_str().unwrap()], "en");
    let report = text(&out.stdout);
    assert!(
        report.starts_with("Design study: 3 designs, 25 simulated learners each"),
        "{report}"
    );
    assert_eq!(
        report.lines().filter(|l| l.starts_with("no probes ")).count(),
        3,
        "{report}"
    );
}

#[test]
fn toml_studies_and_command_line_settings_are_read() {
    let study = file(
        "study.toml",
        "learners = 10\n[[designs]]\nname = \"mle\"\nestimator = \"mle\"\nfinal_estimator = \"mle\"\n[[designs]]\nname = \"k1\"\nrandomesque = 1\n",
    );
    let out = nln(
        &[
            "simulate",
            "--config",
            study.to_str().unwrap(),
            "--max-items",
            "9",
            "--no-probes",
            "--json",
        ],
        "en",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for d in v.as_array().unwrap() {
        assert!(d["report"]["max_items"].as_u64().unwrap() <= 9);
    }
}

#[test]
fn true_abilities_come_from_a_file() {
    let thetas = file("thetas.txt", "# theta\n-2.5\n-2.5\n-2.5\n2.0\n");
    let out = nln(&["simulate", "--thetas", thetas.to_str().unwrap(), "--json"], "en");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["learners"], 4);
    let levels: Vec<u64> = v["by_level"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["learners"].as_u64().unwrap())
        .collect();
    assert_eq!(levels, [3, 1]);
}

#[test]
fn bad_files_name_their_line_and_field_in_the_learners_language() {
    let bad = file("bad.yaml", "designs:\n  - name: a\n  - name: b\n    se_target: 99\n");
    let out = nln(&["simulate", "--config", bad.to_str().unwrap()], "en");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.yaml:4:") && err.contains("designs[1].se_target") && err.contains("between 0.05 and 5"),
        "{err}"
    );
    let out = nln(&["simulate", "--config", bad.to_str().unwrap()], "fr");
    assert!(text(&out.stderr).contains("doit être entre"), "{}", text(&out.stderr));
    let toml = file("bad.toml", "[[designs]]\nname = \"a\"\nexposure = \"sometimes\"\n");
    let err = text(&nln(&["simulate", "--config", toml.to_str().unwrap()], "en").stderr);
    assert!(
        err.contains("bad.toml:3:") && err.contains("designs[0].exposure"),
        "{err}"
    );
    let thetas = file("thetas.csv", "theta\n0.5\nhigh\n");
    let out = nln(&["simulate", "--thetas", thetas.to_str().unwrap()], "en");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("thetas.csv:3:1: theta:") && err.contains("“high” is not a number"),
        "{err}"
    );
    // A command-line setting out of range is a usage error naming the setting.
    let out = nln(&["simulate", "--n", "5", "--randomesque", "0"], "en");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("randomesque"), "{}", text(&out.stderr));
}
