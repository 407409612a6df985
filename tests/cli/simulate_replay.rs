//! `nln simulate --responses FILE`: the adaptive test replayed on recorded responses, with the
//! CAT level compared with the level of all of a person's answers, and items without a
//! recorded response stopped at or skipped, and counted.

use crate::common::{nln_with_input, text, Lcg};
use std::path::PathBuf;
use std::process::Output;

fn nln(args: &[&str]) -> Output {
    nln_with_input(args, "")
}

fn file(name: &str, body: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nln-replay-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path
}

/// Wide responses of `persons` learners from N(0, 1) to every scored item of the default bank,
/// drawn from the items' own models; each kept with probability `keep` (else `NA`).
fn recorded(persons: usize, keep: f64, seed: u64) -> String {
    let content = nln_core::defaults::content().unwrap();
    let items: Vec<_> = content
        .bank
        .items()
        .iter()
        .filter_map(|i| i.irt.clone().map(|m| (i.id.clone(), m)))
        .collect();
    let mut rng = Lcg(seed);
    let mut csv = String::from("id");
    for (id, _) in &items {
        csv.push(',');
        csv.push_str(id);
    }
    csv.push('\n');
    for p in 0..persons {
        let theta = rng.normal();
        csv.push_str(&format!("p{p}"));
        for (_, m) in &items {
            // Score k with the model's probability: the first k whose cumulative sum passes u.
            let u = rng.uniform();
            let mut sum = 0.0;
            let score = (0..m.categories())
                .find(|&k| {
                    sum += m.probability(theta, k);
                    u < sum
                })
                .unwrap_or(m.categories() - 1);
            if rng.uniform() < keep {
                csv.push_str(&format!(",{score}"));
            } else {
                csv.push_str(",NA");
            }
        }
        csv.push('\n');
    }
    csv
}

#[test]
fn the_replayed_test_agrees_with_the_full_data_level() {
    let data = file("full.csv", &recorded(150, 1.0, 3));
    let out = nln(&["simulate", "--responses", data.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["persons"], 150);
    assert_eq!(v["missing_policy"], "skip");
    assert_eq!(v["tests_with_missing"], 0.0);
    let within = v["within_one"].as_f64().unwrap();
    let exact = v["exact"].as_f64().unwrap();
    assert!(within >= 0.9 && (0.35..0.8).contains(&exact), "{within} {exact}");
    let mean = v["mean_items"].as_f64().unwrap();
    assert!((10.0..=30.0).contains(&mean), "{mean}");
    // The text report says the same in words.
    let out = nln(&["simulate", "--responses", data.to_str().unwrap()]);
    let shown = text(&out.stdout);
    assert!(
        shown.contains("recorded responses of 150 persons") && shown.contains("within one level"),
        "{shown}"
    );
    assert!(
        shown.contains("0 tests (0.0 %) reached items without a recorded response"),
        "{shown}"
    );
}

#[test]
fn missing_responses_stop_or_are_skipped_and_counted() {
    let data = file("half.csv", &recorded(60, 0.5, 4));
    let out = nln(&[
        "simulate",
        "--responses",
        data.to_str().unwrap(),
        "--missing",
        "stop",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stop: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ended = stop["stop_reasons"]["missing_response"].as_u64().unwrap();
    assert!(ended > 40, "{stop}");
    assert_eq!(stop["tests_with_missing"].as_f64().unwrap(), ended as f64 / 60.0);
    let out = nln(&["simulate", "--responses", data.to_str().unwrap(), "--missing", "stop"]);
    let shown = text(&out.stdout);
    assert!(
        shown.contains("an item had no recorded response") && shown.contains("and ended there"),
        "{shown}"
    );
    let out = nln(&["simulate", "--responses", data.to_str().unwrap(), "--json"]);
    let skip: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(skip["mean_missing"].as_f64().unwrap() > 1.0, "{skip}");
    assert!(
        skip["mean_items"].as_f64().unwrap() > stop["mean_items"].as_f64().unwrap(),
        "{skip}"
    );
}

#[test]
fn a_bad_response_file_is_named_and_nothing_runs() {
    let unknown = file("unknown.csv", "id,item,resp\np1,zz-404,1\n");
    let out = nln(&["simulate", "--responses", unknown.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("zz-404"), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let bad = file("bad.csv", "id,item,resp\np1,dev-001,1\np1,dev-002,yes\n");
    let out = nln(&["simulate", "--responses", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("bad.csv:3:3"), "{}", text(&out.stderr));
    // The replay's own options need a response file.
    let out = nln(&["simulate", "--missing", "stop"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}
