//! `nln calibrate`, `nln score` and `nln export` as a researcher runs them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn nln(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nln"))
        .args(args)
        .env("NLN_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nln starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nln-research-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// LSAT7 expanded to one row per person, wide, with an `id` column.
fn lsat7_wide(dir: &Path) -> PathBuf {
    let table = std::fs::read_to_string(repo().join("tests/data/lsat7.csv")).unwrap();
    let mut out = String::from("id,item1,item2,item3,item4,item5\n");
    let mut n = 0;
    for line in table.lines().skip(1) {
        let v: Vec<&str> = line.split(',').collect();
        for _ in 0..v[5].parse::<usize>().unwrap() {
            n += 1;
            out.push_str(&format!("p{n},{}\n", v[..5].join(",")));
        }
    }
    let path = dir.join("lsat7.csv");
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn calibrate_json_reproduces_lsat7() {
    let dir = temp_dir("lsat7");
    let data = lsat7_wide(&dir);
    let out = nln(&["calibrate", data.to_str().unwrap(), "--model", "2pl", "--json"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "quiet with --json: {}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v["items"].as_array().unwrap();
    let a: Vec<f64> = items
        .iter()
        .map(|i| i["slope_intercept"][0].as_f64().unwrap())
        .collect();
    for (x, e) in a.iter().zip([0.988, 1.081, 1.7075, 0.7651, 0.7358]) {
        assert!((x - e).abs() < 2e-3, "{a:?}");
    }
    assert_eq!(items[0]["id"], "item1");
    let ll = v["calibration"]["log_likelihood"].as_f64().unwrap();
    assert!((ll + 2658.805).abs() < 1e-2);
}

#[test]
fn bad_data_names_file_line_column_and_field() {
    let dir = temp_dir("bad");
    let path = dir.join("bad.csv");
    std::fs::write(&path, "id,item,resp\np1,q1,1\np1,q2,yes\n").unwrap();
    let out = nln(&["calibrate", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("bad.csv:3:3: resp: score “yes” is not a whole number"),
        "{err}"
    );
    // A dichotomous model for a polytomous item says which item.
    std::fs::write(&path, "id,item,resp\np1,q1,2\np2,q1,0\np3,q1,1\n").unwrap();
    let out = nln(&["calibrate", path.to_str().unwrap(), "--model", "2pl"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("Item q1 has score 2"),
        "{}",
        text(&out.stderr)
    );
    // A missing file.
    let out = nln(&["score", dir.join("none.csv").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
}

/// Answers with lines that fit choice and ordering items in turn (a line that does not fit is
/// asked again with the next): a mix of right and wrong answers, saved after every step.
fn saved_session(dir: &Path, seed: u64) -> PathBuf {
    let path = dir.join(format!("s{seed}.json"));
    let out = nln(
        &[
            "assess",
            "--seed",
            &seed.to_string(),
            "--save",
            path.to_str().unwrap(),
            "--no-access",
        ],
        &"1 2 3 4\n1 2 3\n1\n2 1 3 4\n3 1 2\n2\n".repeat(40),
    );
    assert!(path.is_file(), "{}", text(&out.stderr));
    path
}

#[test]
fn exported_sessions_score_to_the_engines_own_estimates() {
    let dir = temp_dir("export");
    let sessions: Vec<PathBuf> = (1..=3).map(|s| saved_session(&dir, s)).collect();
    let mut args = vec!["export"];
    args.extend(sessions.iter().map(|p| p.to_str().unwrap()));
    let csv = dir.join("long.csv");
    args.extend(["--out", csv.to_str().unwrap()]);
    let out = nln(&args, "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let long = std::fs::read_to_string(&csv).unwrap();
    assert!(long.starts_with("id,item,resp,bank_id,bank_version\np1,"), "{long}");
    let out = nln(&["score", csv.to_str().unwrap(), "--csv"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let scores = text(&out.stdout);
    // The engine's own estimate of each saved session: resumed on the shipped content.
    let content = nln_core::defaults::content().unwrap();
    for (n, path) in sessions.iter().enumerate() {
        let state: nln_core::cat::SessionState = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let engine = nln_core::cat::Session::resume(&content, state)
            .unwrap()
            .estimate()
            .theta;
        let line = scores.lines().find(|l| l.starts_with(&format!("p{},", n + 1))).unwrap();
        let theta: f64 = line.split(',').nth(1).unwrap().parse().unwrap();
        assert!(
            (theta - engine).abs() < 1e-4,
            "p{}: {theta} vs the session's {engine}",
            n + 1
        );
    }
    // Wide export holds the same responses.
    let mut args = vec!["export", "--format", "wide"];
    args.extend(sessions.iter().map(|p| p.to_str().unwrap()));
    let out = nln(&args, "");
    let wide = dir.join("wide.csv");
    std::fs::write(&wide, &out.stdout).unwrap();
    let a = nln(&["score", wide.to_str().unwrap(), "--csv"], "");
    assert_eq!(text(&a.stdout), scores);
}

/// A tiny deterministic generator (no test dependency needed).
struct Lcg(u64);
impl Lcg {
    fn uniform(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }
    fn normal(&mut self) -> f64 {
        let (u, v) = (self.uniform(), self.uniform());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

#[test]
fn calibrate_out_writes_a_valid_calibrated_bank_version() {
    let dir = temp_dir("out");
    // Responses to eight 2PL items of the default bank, drawn from their own parameters.
    let content = nln_core::defaults::content().unwrap();
    let items: Vec<(String, nln_core::irt::IrtModel)> = content
        .bank
        .items()
        .iter()
        .filter_map(|i| match &i.irt {
            Some(m @ nln_core::irt::IrtModel::TwoPl { .. }) => Some((i.id.clone(), m.clone())),
            // The bank's dichotomous items carry guessing floors; the pilot answers by their
            // slope and difficulty alone, as a 2PL calibration assumes.
            Some(nln_core::irt::IrtModel::ThreePl { a, b, .. }) => {
                Some((i.id.clone(), nln_core::irt::IrtModel::TwoPl { a: *a, b: *b }))
            }
            _ => None,
        })
        .take(8)
        .collect();
    let mut rng = Lcg(7);
    let mut csv = String::from("id,item,resp\n");
    for p in 0..1500 {
        let theta = rng.normal();
        for (id, m) in &items {
            let score = usize::from(rng.uniform() < m.p_correct(theta));
            csv.push_str(&format!("p{p},{id},{score}\n"));
        }
    }
    let data = dir.join("pilot.csv");
    std::fs::write(&data, csv).unwrap();
    let out_dir = dir.join("banks/calibrated");
    let out = nln(
        &[
            "calibrate",
            data.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
            "--bank-version",
            "0.2.0",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Wrote bank version 0.2.0"),
        "{}",
        text(&out.stdout)
    );
    let manifest = std::fs::read_to_string(out_dir.join("bank.yaml")).unwrap();
    assert!(manifest.contains("calibration: calibrated"), "{manifest}");
    assert!(manifest.contains("MML-EM"), "{manifest}");
    let out = nln(&["validate", out_dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    // Items not in the bank: nothing is written.
    let stray = dir.join("stray.csv");
    std::fs::write(&stray, "id,item,resp\np1,zz,1\np2,zz,0\n").unwrap();
    let none = dir.join("none");
    let out = nln(
        &[
            "calibrate",
            stray.to_str().unwrap(),
            "--out",
            none.to_str().unwrap(),
            "--no-se",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("zz"), "{}", text(&out.stderr));
    assert!(!none.exists());
}

#[test]
fn link_of_a_bank_to_itself_is_the_identity() {
    let bank = repo().join("assessments/banks/default");
    let out = nln(&["link", bank.to_str().unwrap(), bank.to_str().unwrap(), "--json"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for method in ["stocking_lord", "haebara", "mean_mean", "mean_sigma"] {
        let (a, b) = (
            v[method]["slope"].as_f64().unwrap(),
            v[method]["intercept"].as_f64().unwrap(),
        );
        assert!((a - 1.0).abs() < 1e-6 && b.abs() < 1e-6, "{method}: {a} {b}");
    }
    let out = nln(&["link", bank.to_str().unwrap(), bank.to_str().unwrap()], "");
    assert!(text(&out.stdout).contains("common items"), "{}", text(&out.stdout));
}
