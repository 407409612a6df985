//! `nln calibrate`, `nln score` and `nln export` as a researcher runs them.

use crate::common::{nln_with_input as nln, text, Lcg};
use std::path::{Path, PathBuf};

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

#[test]
fn calibrate_out_writes_a_valid_calibrated_bank_version() {
    let dir = temp_dir("out");
    // Responses to eight dichotomous items of the default bank, drawn from their own parameters.
    let items = default_dichotomous(8);
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
            "--model",
            "3pl",
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

/// The first `n` dichotomous items of the default bank located within ±2 logits.
fn default_dichotomous(n: usize) -> Vec<(String, nln_core::irt::IrtModel)> {
    let content = nln_core::defaults::content().unwrap();
    let items: Vec<_> = content
        .bank
        .items()
        .iter()
        .filter_map(|i| match &i.irt {
            Some(m) if m.max_score() == 1 && m.location().abs() < 2.0 => Some((i.id.clone(), m.clone())),
            _ => None,
        })
        .take(n)
        .collect();
    assert_eq!(items.len(), n, "the default bank has {n} such items");
    items
}

#[test]
fn fit_flags_the_planted_item_and_the_random_responders() {
    let dir = temp_dir("fit");
    let items = default_dichotomous(15);
    let mut rng = Lcg(11);
    let mut csv = String::from("id,item,resp\n");
    for p in 0..3000 {
        let theta = rng.normal();
        for (k, (id, m)) in items.iter().enumerate() {
            let prob = if p >= 2980 {
                0.5 // the last 20 answer at random
            } else if k == 4 {
                // Item 5 gives no chance to guess (its model has a floor of 1/k): at low ability
                // it is answered right far less often than the bank says.
                let floor = m.probability(-40.0, 1);
                (m.p_correct(theta) - floor) / (1.0 - floor)
            } else {
                m.p_correct(theta)
            };
            csv.push_str(&format!("p{p},{id},{}\n", usize::from(rng.uniform() < prob)));
        }
    }
    let data = dir.join("pilot.csv");
    std::fs::write(&data, csv).unwrap();
    let plots = dir.join("plots");
    let out = nln(
        &[
            "fit",
            data.to_str().unwrap(),
            "--json",
            "--plot",
            plots.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Wrote 15 plots"), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v["items"].as_array().unwrap();
    let p: Vec<f64> = rows.iter().map(|r| r["s_x2"]["p"].as_f64().unwrap()).collect();
    assert!(p[4] < 1e-6 && rows[4]["flag"] == true, "{p:?}");
    // The plots: one point, one model range and one expected value per summed-score group;
    // the planted item's observed points leave the model's range, a fitting item's stay in it.
    let outside: Vec<usize> = items
        .iter()
        .zip(rows)
        .map(|((id, _), row)| {
            let svg = well_formed_svg(&plots.join(format!("fit-{id}.svg")));
            assert!(svg.contains(&format!("Item fit: {id} (3pl)")), "{svg}");
            assert!(svg.contains("S-X² = ") && svg.contains("Proportion right"));
            let groups = row["s_x2"]["groups"].as_u64().unwrap() as usize;
            fit_points_outside_model_range(&svg, groups)
        })
        .collect();
    assert!(outside[4] >= 3, "{outside:?}");
    assert!(
        outside.iter().enumerate().all(|(i, &n)| i == 4 || n < outside[4]),
        "{outside:?}"
    );
    assert!(p.iter().enumerate().all(|(i, &x)| i == 4 || x > p[4]), "{p:?}");
    assert_eq!(rows[4]["id"], items[4].0.as_str());
    assert!(rows[0]["residual"]["infit"].as_f64().unwrap() > 0.5);
    assert_eq!(v["s_x2_persons"], 3000.0);
    let persons = v["persons"].as_array().unwrap();
    let flagged = |range: std::ops::Range<usize>| range.filter(|&i| persons[i]["flag"] == true).count();
    assert!(
        flagged(2980..3000) >= 8,
        "random responders flagged: {}",
        flagged(2980..3000)
    );
    assert!(flagged(0..2980) < 300, "others flagged: {}", flagged(0..2980));
    // Text and CSV carry the same verdicts.
    let out = nln(&["fit", data.to_str().unwrap()], "");
    let shown = text(&out.stdout);
    assert!(
        shown.contains("S-X² used the 3,000 persons who answered every item"),
        "{shown}"
    );
    assert!(
        shown.lines().any(|l| l.starts_with(&items[4].0) && l.ends_with(" *")),
        "{shown}"
    );
    let out = nln(&["fit", data.to_str().unwrap(), "--csv", "--persons"], "");
    let csv = text(&out.stdout);
    assert!(csv.starts_with("id,theta,lz,items,flag\np0,"), "{csv}");
    assert_eq!(csv.lines().count(), 3001);
}

#[test]
fn fit_refuses_bad_input_with_its_place() {
    let dir = temp_dir("fit-bad");
    let items = default_dichotomous(2);
    let bad = dir.join("bad.csv");
    std::fs::write(
        &bad,
        format!("id,item,resp\np1,{},1\np1,{},x\n", items[0].0, items[1].0),
    )
    .unwrap();
    let out = nln(&["fit", bad.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("bad.csv:3:3"), "{}", text(&out.stderr));
    let stray = dir.join("stray.csv");
    std::fs::write(&stray, "id,item,resp\np1,zz,1\n").unwrap();
    let out = nln(&["fit", stray.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("“zz”"), "{}", text(&out.stderr));
    let high = dir.join("high.csv");
    std::fs::write(&high, format!("id,item,resp\np1,{},3\n", items[0].0)).unwrap();
    let out = nln(&["fit", high.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("score 3"), "{}", text(&out.stderr));
    let out = nln(&["fit", high.to_str().unwrap(), "--min-expected", "NaN"], "");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--min-expected"), "{}", text(&out.stderr));
}

#[test]
fn dif_flags_the_item_made_harder_for_one_language_group() {
    let dir = temp_dir("dif");
    let items = default_dichotomous(12);
    let mut rng = Lcg(23);
    let mut csv = String::from("id,item,resp,cov_lang\n");
    for p in 0..3000 {
        let lang = ["en", "ar", "fr"][p % 3];
        let theta = rng.normal();
        for (k, (id, m)) in items.iter().enumerate() {
            // Item 3 is a full logit harder for Arabic speakers of the same ability.
            let t = if k == 2 && lang == "ar" { theta - 1.0 } else { theta };
            csv.push_str(&format!(
                "p{p},{id},{},{lang}\n",
                usize::from(rng.uniform() < m.p_correct(t))
            ));
        }
    }
    let data = dir.join("pilot.csv");
    std::fs::write(&data, csv).unwrap();
    let plots = dir.join("plots");
    let out = nln(
        &[
            "dif",
            data.to_str().unwrap(),
            "--group",
            "cov_lang",
            "--reference",
            "en",
            "--json",
            "--plot",
            plots.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // One plot per focal group and item; the planted item's curves part for ar only.
    assert!(text(&out.stderr).contains("Wrote 24 plots"), "{}", text(&out.stderr));
    let gap = |focal: &str, k: usize| {
        let svg = well_formed_svg(&plots.join(format!("dif-{focal}-{}.svg", items[k].0)));
        assert!(
            svg.contains(&format!("DIF: {}, {focal} against en", items[k].0)),
            "{svg}"
        );
        assert!(svg.contains("Mantel–Haenszel: Δ = ") && svg.contains("Total score (matching"));
        dif_curve_gap(&svg)
    };
    let (planted, clean, other_group) = (gap("ar", 2), gap("ar", 5), gap("fr", 2));
    assert!(planted > 40.0, "{planted} px");
    assert!(clean < 20.0 && other_group < 20.0, "{clean} px, {other_group} px");
    let flagged = std::fs::read_to_string(plots.join(format!("dif-ar-{}.svg", items[2].0))).unwrap();
    assert!(flagged.contains("flagged for review"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let comparisons = v.as_array().unwrap();
    // One comparison per other group, by name.
    assert_eq!(comparisons.len(), 2);
    assert_eq!(
        (comparisons[0]["focal"].as_str(), comparisons[1]["focal"].as_str()),
        (Some("ar"), Some("fr"))
    );
    assert_eq!(comparisons[0]["matching"], "total_score");
    let ar = comparisons[0]["items"].as_array().unwrap();
    let planted = &ar[2]["dif"];
    assert_eq!(planted["flag"], true, "{planted}");
    assert_eq!(planted["mantel_haenszel"]["class"], "C", "{planted}");
    // The planted item is left out of the matching total (an item it pushed into the first pass
    // may be too); after purification few others are flagged.
    let purified = comparisons[0]["purified"].as_array().unwrap();
    assert!(
        purified.contains(&serde_json::json!(items[2].0)) && purified.len() <= 3,
        "{purified:?}"
    );
    let others = |c: &serde_json::Value| {
        c["items"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .filter(|(i, d)| *i != 2 && d["dif"]["flag"] == true)
            .count()
    };
    assert!(others(&comparisons[0]) <= 1 && others(&comparisons[1]) <= 1, "{v}");
    assert_eq!(
        comparisons[1]["items"][2]["dif"]["flag"], false,
        "no DIF between en and fr"
    );
    // Text output says it is a flag, not a deletion; CSV has one line per comparison and item.
    // (Equal groups: the reference defaults to the first other group by name.)
    let out = nln(&["dif", data.to_str().unwrap(), "--group", "lang", "--focal", "fr"], "");
    assert!(
        text(&out.stdout).contains("reference “ar”, focal “fr”"),
        "{}",
        text(&out.stdout)
    );
    let out = nln(
        &[
            "dif",
            data.to_str().unwrap(),
            "--group",
            "lang",
            "--focal",
            "ar",
            "--reference",
            "en",
        ],
        "",
    );
    let shown = text(&out.stdout);
    assert!(shown.contains("reference “en”, focal “ar”"), "{shown}");
    assert!(
        shown.lines().any(|l| l.starts_with(&items[2].0) && l.ends_with(" *")),
        "{shown}"
    );
    assert!(shown.contains("flagged for review (not removed)"), "{shown}");
    let out = nln(&["dif", data.to_str().unwrap(), "--group", "lang", "--csv"], "");
    assert_eq!(text(&out.stdout).lines().count(), 1 + 2 * 12);
    // Bad groups are named.
    let out = nln(&["dif", data.to_str().unwrap(), "--group", "cov_mode"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cov_lang"), "{}", text(&out.stderr));
    let out = nln(&["dif", data.to_str().unwrap(), "--group", "lang", "--focal", "de"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("“de”"), "{}", text(&out.stderr));
}

#[test]
fn standard_setting_turns_bookmarks_into_a_levels_file_that_loads() {
    let dir = temp_dir("standard");
    // The booklet: pages in increasing RP67 location.
    let out = nln(&["standard-setting", "--json"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let booklet: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let location = |page: usize| booklet[page - 1]["location"].as_f64().unwrap();
    assert!(booklet.len() > 40);
    assert!((1..booklet.len()).all(|p| location(p) <= location(p + 1)));
    // Three panellists bookmark levels 5 and 6.
    let marks = dir.join("bookmarks.csv");
    std::fs::write(
        &marks,
        "panellist,level,page\nA,5,20\nA,6,30\nB,5,22\nB,6,31\nC,5,24\nC,6,35\n",
    )
    .unwrap();
    let out = nln(
        &["standard-setting", "--bookmarks", marks.to_str().unwrap(), "--json"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let cuts: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cuts.len(), 2);
    assert_eq!(cuts[0]["code"], "5");
    assert_eq!(cuts[0]["proposed"]["theta"].as_f64().unwrap(), location(22));
    assert_eq!(cuts[1]["proposed"]["theta"].as_f64().unwrap(), location(31));
    assert_eq!(cuts[1]["proposed"]["max"].as_f64().unwrap(), location(35));
    assert_eq!(cuts[0]["proposed"]["panellists"], 3);
    // Written into a copy of the content, the levels file loads with the new cuts, if they keep
    // the scale increasing; otherwise nothing is written.
    let content = dir.join("content");
    for rel in ["framework.yaml", "levels.yaml"] {
        std::fs::create_dir_all(&content).unwrap();
        std::fs::copy(repo().join("assessments").join(rel), content.join(rel)).unwrap();
    }
    let levels = content.join("levels.yaml");
    let before = std::fs::read_to_string(&levels).unwrap();
    let out = nln(
        &[
            "standard-setting",
            "--bookmarks",
            marks.to_str().unwrap(),
            "--out",
            levels.to_str().unwrap(),
        ],
        "",
    );
    let current = nln_core::defaults::content().unwrap().levels;
    let fits = location(22) > current.levels[4].cut.unwrap()
        && location(31) < current.levels[7].cut.unwrap()
        && location(22) < location(31);
    if fits {
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("2 proposed cuts (status: panel)"),
            "{}",
            text(&out.stdout)
        );
        let written = std::fs::read_to_string(&levels).unwrap();
        assert!(written.starts_with("# standard setting: bookmark method"), "{written}");
        let scale: nln_core::content::LevelScale = {
            let mut sources = nln_core::defaults::sources();
            sources.insert("levels.yaml".to_string(), written.as_str());
            nln_core::content::Content::load(&sources, nln_core::defaults::DEFAULT_BANK)
                .unwrap()
                .levels
        };
        assert_eq!(scale.levels[5].cut, Some(location(22)));
        assert_eq!(scale.levels[6].cut, Some(location(31)));
        assert_eq!(scale.levels[4].cut, current.levels[4].cut);
        assert_eq!(scale.status, "panel");
    } else {
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
        assert_eq!(std::fs::read_to_string(&levels).unwrap(), before);
    }
    // A cut for level 12 at the easiest page cannot stand above level 11's: nothing is written.
    let low = dir.join("low.csv");
    std::fs::write(&low, "panellist,level,page\nA,12,1\n").unwrap();
    let kept = std::fs::read_to_string(&levels).unwrap();
    let out = nln(
        &[
            "standard-setting",
            "--bookmarks",
            low.to_str().unwrap(),
            "--out",
            levels.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("nothing was written"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&levels).unwrap(), kept);
    // Bad bookmark files are named by line.
    for (body, needle) in [
        ("panellist,level,page\nA,5,x\n", "bookmarks.csv:2:3: page: page “x”"),
        (
            "panellist,level,page\nA,5,9999\n",
            "bookmarks.csv:2: page 9,999 is beyond",
        ),
        ("panellist,level,page\nA,F,3\n", "bookmarks.csv:2: level “F”"),
        ("panellist,level,page\nA,5,3\nA,5,4\n", "bookmarked level 5 twice"),
        (
            "panellist,level,page\nA,5,3\nA,6,4\nB,5,3\n",
            "“B” has no bookmark for level 6",
        ),
        ("panellist,level,page\nA,5,30\nA,6,4\n", "“A” has a higher level"),
        ("level,page\n5,3\n", "missing column “panellist”"),
    ] {
        std::fs::write(&marks, body).unwrap();
        let out = nln(&["standard-setting", "--bookmarks", marks.to_str().unwrap()], "");
        assert_eq!(out.status.code(), Some(1), "{body}");
        assert!(text(&out.stderr).contains(needle), "{body}: {}", text(&out.stderr));
    }
    let out = nln(&["standard-setting", "--rp", "1.5"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn plot_writes_small_labelled_svg_files() {
    let dir = temp_dir("plot");
    let items = default_dichotomous(2);
    let ids = format!("{},{}", items[0].0, items[1].0);
    let out_dir = dir.join("plots");
    let out = nln(&["plot", "--out", out_dir.to_str().unwrap(), "--items", &ids], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Wrote 3 plots"), "{}", text(&out.stdout));
    let test_info = well_formed_svg(&out_dir.join("test-information.svg"));
    for label in [
        "Test information: bank nln-default",
        "Standard error",
        "θ (ability, logits)",
    ] {
        assert!(test_info.contains(label), "{label} missing");
    }
    // Level cuts are marked by their codes; the curves are drawn.
    assert!(test_info.contains("\n6\n</text>"), "level 6's cut is labelled");
    assert!(test_info.matches("<polyline").count() >= 3);
    for (id, _) in &items {
        let svg = well_formed_svg(&out_dir.join(format!("item-{id}.svg")));
        assert!(svg.contains(&format!("Item {id} (3pl)")), "{svg}");
        assert!(svg.contains("θ (ability, logits)") && svg.contains("Information"));
        assert!(svg.contains("score 0") && svg.contains("score 1") && svg.contains("Probability"));
        assert!(svg.len() < 20_000, "{} bytes", svg.len());
    }
    // Labels follow the language.
    let fr = dir.join("fr");
    let out = nln(
        &[
            "plot",
            "--out",
            fr.to_str().unwrap(),
            "--items",
            &items[0].0,
            "--lang",
            "fr",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(fr.join("test-information.svg"))
        .unwrap()
        .contains("Erreur type"));
    // An unknown item writes nothing.
    let none = dir.join("none");
    let out = nln(&["plot", "--out", none.to_str().unwrap(), "--items", "zz"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("“zz”"), "{}", text(&out.stderr));
    assert!(!none.exists());
}

/// `points` of every `<polyline>` drawn in `stroke`, in pixels.
fn polylines(svg: &str, stroke: &str) -> Vec<Vec<(f64, f64)>> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("polyline") && n.attribute("stroke") == Some(stroke))
        .map(|n| {
            n.attribute("points")
                .unwrap()
                .split_whitespace()
                .map(|xy| {
                    let (x, y) = xy.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

/// Centres of every `<circle>` filled with `fill`, in pixels.
fn circles(svg: &str, fill: &str) -> Vec<(f64, f64)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("fill") == Some(fill))
        .map(|n| {
            let at = |a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            (at("cx"), at("cy"))
        })
        .collect()
}

/// Checks an item-fit plot's make-up for `groups` summed-score groups and counts the observed
/// points outside the model's 95 % range of their group.
fn fit_points_outside_model_range(svg: &str, groups: usize) -> usize {
    // Expected values: the longest blue line (the legend's sample has two points).
    let expected = polylines(svg, "#0072B2");
    let expected = expected.iter().max_by_key(|l| l.len()).unwrap();
    assert_eq!(expected.len(), groups);
    // Observed points (orange) and ranges (grey bars), each with one legend sample.
    let observed = circles(svg, "#D55E00");
    assert_eq!(observed.len(), groups + 1);
    let bars = polylines(svg, "#969696");
    assert_eq!(bars.len(), groups + 1);
    let mut outside = 0;
    for &(x, _) in expected {
        let bar = bars
            .iter()
            .find(|b| (b[0].0 - x).abs() < 1.0)
            .expect("a range per group");
        let (lo, hi) = (bar[0].1.min(bar[1].1), bar[0].1.max(bar[1].1));
        let point = observed
            .iter()
            .find(|c| (c.0 - x).abs() < 1.0)
            .expect("a point per group");
        outside += usize::from(point.1 < lo - 1.0 || point.1 > hi + 1.0);
    }
    outside
}

/// Widest vertical gap, in pixels, between the reference (blue) and focal (orange) curves of a
/// DIF plot, drawn on the same x grid, away from the ends of the matching span.
fn dif_curve_gap(svg: &str) -> f64 {
    let longest = |stroke| polylines(svg, stroke).into_iter().max_by_key(|l| l.len()).unwrap();
    let (reference, focal) = (longest("#0072B2"), longest("#D55E00"));
    assert_eq!(reference.len(), focal.len());
    assert!(reference.len() > 50, "a curve, not a legend sample");
    // Over the middle 80 % of the matching span, where the groups' answers are.
    let (from, to) = (reference.len() / 10, reference.len() - reference.len() / 10);
    reference[from..to]
        .iter()
        .zip(&focal[from..to])
        .map(|(r, f)| {
            assert!((r.0 - f.0).abs() < 1.0);
            (r.1 - f.1).abs()
        })
        .fold(0.0, f64::max)
}

/// The file's text, after checking that it parses as XML with an `<svg>` root.
fn well_formed_svg(path: &Path) -> String {
    let svg = std::fs::read_to_string(path).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(doc.root_element().tag_name().name(), "svg", "{}", path.display());
    svg
}

#[test]
fn plot_with_data_draws_a_wright_map_of_persons_beside_items() {
    let dir = temp_dir("wright");
    let items = default_dichotomous(12);
    // Persons well above the items: N(2, 0.5).
    let mut rng = Lcg(5);
    let mut csv = String::from("id,item,resp\n");
    for p in 0..400 {
        let theta = 2.0 + 0.5 * rng.normal();
        for (id, m) in &items {
            csv.push_str(&format!(
                "p{p},{id},{}\n",
                usize::from(rng.uniform() < m.p_correct(theta))
            ));
        }
    }
    let data = dir.join("pilot.csv");
    std::fs::write(&data, csv).unwrap();
    let out_dir = dir.join("plots");
    let out = nln(
        &[
            "plot",
            "--out",
            out_dir.to_str().unwrap(),
            "--items",
            &items[0].0,
            "--data",
            data.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Wrote 3 plots"), "{}", text(&out.stdout));
    let svg = well_formed_svg(&out_dir.join("wright-map.svg"));
    for label in [
        "Wright map: bank nln-default",
        "Persons (count)",
        "Items (count)",
        "θ (ability, logits)",
    ] {
        assert!(svg.contains(label), "{label} missing");
    }
    assert!(svg.contains("\n6\n</text>"), "level 6's cut is labelled");
    // One bar per occupied 0.25-logit bin: persons spread over a few logits, items over the bank.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let bars = doc.descendants().filter(|n| n.has_tag_name("rect")).count();
    assert!(bars > 15, "{bars} bars");
    assert!(svg.len() < 40_000, "{} bytes", svg.len());
    // In French, and a response file naming an item the bank lacks writes nothing.
    let fr = dir.join("fr");
    let out = nln(
        &[
            "plot",
            "--out",
            fr.to_str().unwrap(),
            "--items",
            &items[0].0,
            "--data",
            data.to_str().unwrap(),
            "--lang",
            "fr",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(well_formed_svg(&fr.join("wright-map.svg")).contains("Carte de Wright"));
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "id,item,resp\np1,zz-999,1\n").unwrap();
    let none = dir.join("none");
    let out = nln(
        &["plot", "--out", none.to_str().unwrap(), "--data", bad.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("zz-999"), "{}", text(&out.stderr));
    assert!(!none.exists());
}
