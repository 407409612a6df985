//! `nln serve` as a process: 50 simulated learners answer while the server is killed with
//! SIGKILL again and again and restarted on the same database. Afterwards every acknowledged
//! answer is stored exactly once, every session shows the same pending item, a rescore from
//! the answer log equals the stored estimate, and a result equals `nln assess --json` for the
//! same seed and answers. Runs on SQLite, and on PostgreSQL when `NLN_TEST_PG_URL` is set
//! (required under CI).

use crate::common::{answer_for, free_port, spawn_server, wait_ready};
use nln_server::store::{Database, Store};
use serde_json::{json, Value};
use std::io::Write;
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

const LEARNERS: usize = 50;
const KILLS: usize = 12;
const NLN: &str = env!("CARGO_BIN_EXE_nln");

/// What a learner saw acknowledged for one session.
#[derive(Debug, Clone, Default)]
struct Acked {
    id: String,
    /// (item, answer) per acknowledged seq.
    answers: Vec<(String, Value)>,
    typed: Vec<String>,
    last_view: Value,
}

/// Sends until the server answers (it may be down between a kill and a restart).
async fn send(client: &reqwest::Client, request: impl Fn() -> reqwest::RequestBuilder) -> (u16, String) {
    let started = Instant::now();
    loop {
        if let Ok(r) = request().send().await {
            let status = r.status().as_u16();
            if let Ok(text) = r.text().await {
                return (status, text);
            }
        }
        assert!(started.elapsed() < Duration::from_secs(120), "no reply for two minutes");
        tokio::time::sleep(Duration::from_millis(30)).await;
        let _ = client;
    }
}

/// Runs sessions until `stop`; with `once`, runs one session to its end and returns.
async fn learner(n: usize, base: String, key: String, stop: Arc<AtomicBool>, once: bool) -> Vec<Acked> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let mut done = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        let (status, text) = send(&client, || {
            client
                .post(format!("{base}/v1/sessions"))
                .bearer_auth(&key)
                .json(&json!({"learner_ref": format!("L-{n}")}))
        })
        .await;
        assert_eq!(status, 201, "{text}");
        let view: Value = serde_json::from_str(&text).unwrap();
        let mut acked = Acked {
            id: view["id"].as_str().unwrap().to_string(),
            last_view: view,
            ..Acked::default()
        };
        while let Some((body, typed)) = answer_for(&acked.last_view) {
            let idem = nln_server::secrets::new_id();
            let url = format!("{base}/v1/sessions/{}/answers", acked.id);
            // A lost reply is retried with the same key and body until one arrives.
            let (status, text) = send(&client, || {
                client
                    .post(&url)
                    .bearer_auth(&key)
                    .header("idempotency-key", &idem)
                    .json(&body)
            })
            .await;
            assert_eq!(status, 200, "{text}");
            let view: Value = serde_json::from_str(&text).unwrap();
            // `answered` counts items; a tap-through task takes one answer per screen.
            assert!(view["answered"].as_u64().unwrap() as usize <= acked.answers.len() + 1);
            if view["status"] == "in_progress" {
                assert_eq!(view["next_seq"].as_u64().unwrap() as usize, acked.answers.len() + 2);
            }
            acked
                .answers
                .push((body["item"].as_str().unwrap().to_string(), body["answer"].clone()));
            acked.typed.push(typed);
            acked.last_view = view;
            if !once && stop.load(Ordering::Relaxed) {
                break;
            }
        }
        done.push(acked);
        if once {
            break;
        }
    }
    done
}

async fn kill_nine(database: String) {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let out = std::process::Command::new(NLN)
        .args(["agency", "add", "Kill test", "--lang", "en", "--database", &database])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let key = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let said = String::from_utf8(out.stderr).unwrap();
    let agency_id = said
        .split("(id ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap()
        .to_string();
    let client = reqwest::Client::new();
    let server = Arc::new(Mutex::new(spawn_server(&database, port, &[])));
    wait_ready(&client, &base).await;

    let stop = Arc::new(AtomicBool::new(false));
    let learners: Vec<_> = (0..LEARNERS)
        .map(|n| tokio::spawn(learner(n, base.clone(), key.clone(), stop.clone(), false)))
        .collect();
    let kills = Arc::new(AtomicUsize::new(0));
    for _ in 0..KILLS {
        tokio::time::sleep(Duration::from_millis(400)).await;
        let mut child = server.lock().await;
        child.start_kill().unwrap(); // SIGKILL
        child.wait().await.unwrap();
        kills.fetch_add(1, Ordering::Relaxed);
        *child = spawn_server(&database, port, &[]);
    }
    wait_ready(&client, &base).await;
    stop.store(true, Ordering::Relaxed);
    let mut sessions = Vec::new();
    for l in learners {
        sessions.extend(l.await.unwrap());
    }
    // One more learner takes a session to its end, for the comparison with `nln assess`.
    let finished = learner(
        LEARNERS,
        base.clone(),
        key.clone(),
        Arc::new(AtomicBool::new(false)),
        true,
    )
    .await;
    sessions.extend(finished);
    assert_eq!(kills.load(Ordering::Relaxed), KILLS);
    let total: usize = sessions.iter().map(|s| s.answers.len()).sum();
    assert!(total >= LEARNERS, "too few answers under load ({total})");

    let store = Store::open(&Database::parse(&database).unwrap()).await.unwrap();
    let content = nln_core::defaults::content().unwrap();
    let mut compared_with_cli = false;
    let english = nln_core::defaults::catalog().localizer("en");
    for s in &sessions {
        let row = store
            .session(&agency_id, &s.id)
            .await
            .unwrap()
            .expect("an acknowledged session is stored");
        let state: Value = serde_json::from_str(&row.state).unwrap();
        let seed = state["seed"].as_u64().unwrap();
        let log = store.answers(&s.id).await.unwrap();
        assert_eq!(
            log.len(),
            s.answers.len(),
            "session {}: stored answers differ from acknowledged",
            s.id
        );
        for (i, (a, (item, answer))) in log.iter().zip(&s.answers).enumerate() {
            assert_eq!(a.seq, i as i64 + 1, "no gaps or duplicates in seq");
            assert_eq!(&a.item, item);
            // The stored response is what the UI answer meant on the presentation shown.
            let stored: nln_core::content::Response = serde_json::from_str(&a.response).unwrap();
            // A tap-through item takes one answer per screen: this answer is on the screen
            // reached by the answers to the same item just before it.
            let screen = s.answers[..i]
                .iter()
                .rev()
                .take_while(|(earlier, _)| earlier == item)
                .count();
            let shown = nln_core::present::Presentation::at_screen(
                content.bank.item(item).unwrap(),
                &english,
                seed,
                nln_core::cat::DeliveryMode::SelfAdministered,
                screen,
            );
            let meant = shown
                .response(&serde_json::from_value(answer.clone()).unwrap())
                .unwrap();
            assert_eq!(stored, meant);
        }
        // Same pending item after all the restarts.
        let (status, text) = send(&client, || {
            client.get(format!("{base}/v1/sessions/{}", s.id)).bearer_auth(&key)
        })
        .await;
        assert_eq!(status, 200);
        let now: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            now, s.last_view,
            "session {} resumes where its last reply left it",
            s.id
        );
        // The stored estimate is what the answer log recomputes.
        let mut rescored = nln_server::flow::rescore(&content, &row, &log).unwrap();
        assert_eq!(rescored.estimate().theta, row.theta);
        assert_eq!(rescored.estimate().se, row.se);
        let pending = match rescored.next_item() {
            nln_core::cat::Next::Ask(item) => Some(item.id.clone()),
            nln_core::cat::Next::Done(_) => None,
        };
        if row.status == "in_progress" {
            assert_eq!(state["pending"]["item"].as_str().map(String::from), pending);
        }
        if row.status == "finished" && !compared_with_cli {
            compared_with_cli = true;
            same_result_as_cli(&client, &base, &key, s, seed).await;
        }
    }
    assert!(compared_with_cli, "no session finished under load");
    let mut child = server.lock().await;
    child.start_kill().unwrap();
    child.wait().await.unwrap();
}

/// The service's result is byte for byte what `nln assess --json` prints for the same seed
/// and answers.
async fn same_result_as_cli(client: &reqwest::Client, base: &str, key: &str, s: &Acked, seed: u64) {
    let (status, served) = send(client, || {
        client
            .get(format!("{base}/v1/sessions/{}/result", s.id))
            .bearer_auth(key)
    })
    .await;
    assert_eq!(status, 200, "{served}");
    let mut cli = std::process::Command::new(NLN)
        .args(["assess", "--json", "--lang", "en", "--seed", &seed.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let input = s.typed.join("\n") + "\n";
    cli.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = cli.wait_with_output().unwrap();
    assert!(out.status.success());
    // The same report but for what names this run: the session id and the time it ended.
    let unnamed = |text: &str| {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        let session = v["session"].as_object_mut().unwrap();
        session.remove("id");
        session.remove("time");
        v
    };
    assert_eq!(unnamed(&String::from_utf8(out.stdout).unwrap()), unnamed(&served));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_nine_loses_nothing_on_sqlite() {
    let dir = std::env::temp_dir().join(format!("nln-kill-{}", nln_server::secrets::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    kill_nine(format!("sqlite:{}", dir.join("nln.db").display())).await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_nine_loses_nothing_on_postgres() {
    let url = match std::env::var("NLN_TEST_PG_URL") {
        Ok(u) if !u.is_empty() => u,
        _ => {
            assert!(std::env::var("CI").is_err(), "CI is set but NLN_TEST_PG_URL is not");
            eprintln!("SKIPPED: NLN_TEST_PG_URL is not set; the PostgreSQL kill -9 test did not run");
            return;
        }
    };
    kill_nine(url).await;
}

#[test]
fn serve_refuses_bad_addresses_with_a_clear_message() {
    for (flag, value) in [("--listen", "localhost:99999"), ("--database", "mysql://x")] {
        let out = std::process::Command::new(NLN)
            .args(["serve", flag, value])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(value), "{err}");
    }
}

/// What must match between two transcripts: commands exactly (ports, ids and times masked),
/// JSON replies by their top-level keys, CSV rows by their number of fields, other text exactly.
fn transcript_shape(text: &str) -> Vec<String> {
    let mask = |line: &str| {
        let mut out = String::new();
        let mut rest = line;
        // Ports of 127.0.0.1, UUIDs and RFC 3339 times vary between runs.
        while !rest.is_empty() {
            if let Some(tail) = rest.strip_prefix("127.0.0.1:") {
                out.push_str("127.0.0.1:PORT");
                rest = tail.trim_start_matches(|c: char| c.is_ascii_digit());
                continue;
            }
            let token: String = rest.chars().take(36).collect();
            let is_uuid = token.len() == 36
                && token.char_indices().all(|(i, c)| {
                    if [8, 13, 18, 23].contains(&i) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                });
            if is_uuid {
                out.push_str("UUID");
                rest = &rest[36..];
                continue;
            }
            let c = rest.chars().next().unwrap();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    };
    let json_shape = |v: &Value| match v.as_object() {
        Some(o) => {
            let mut keys: Vec<&str> = o.keys().map(String::as_str).collect();
            keys.sort_unstable();
            format!("json{{{}}}", keys.join(","))
        }
        None => "json".to_string(),
    };
    let mut shape = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line == "{" {
            let mut block = String::from("{");
            for l in lines.by_ref() {
                block.push_str(l);
                if l == "}" {
                    break;
                }
            }
            let value: Value = serde_json::from_str(&block).unwrap_or_else(|e| panic!("{e}: {block}"));
            shape.push(json_shape(&value));
        } else if line.starts_with("$ ") || line.starts_with("  ") {
            shape.push(mask(line));
        } else if let Ok(value) = serde_json::from_str::<Value>(line) {
            shape.push(json_shape(&value));
        } else if line.matches(',').count() >= 5 && !line.contains(' ') {
            shape.push(format!("csv:{}", line.split(',').count()));
        } else {
            shape.push(mask(line));
        }
    }
    shape
}

/// README.md shows a real curl session made by `docs/service-transcript.sh`; this runs the
/// script against this build and fails when the README's copy has drifted from it.
#[test]
fn the_readme_curl_transcript_is_what_the_service_does() {
    let have = |tool: &str| {
        std::process::Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !(have("curl") && have("jq")) {
        assert!(
            std::env::var("CI").is_err(),
            "CI must have curl and jq for the README transcript test"
        );
        eprintln!("SKIPPED: the README transcript test needs curl and jq");
        return;
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let out = std::process::Command::new("bash")
        .arg(format!("{root}/docs/service-transcript.sh"))
        .arg(NLN)
        .arg(free_port().to_string())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fresh = String::from_utf8(out.stdout).unwrap();
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let start = readme
        .find("<!-- service-transcript -->\n```console\n")
        .expect("README.md has the service transcript");
    let shown = &readme[start..].split_once("```console\n").unwrap().1;
    let shown = &shown[..shown.find("\n```").unwrap() + 1];
    assert_eq!(
        transcript_shape(shown),
        transcript_shape(&fresh),
        "README.md's curl transcript differs from a real run; paste this run in its place:\n{fresh}"
    );
}

/// `nln agency add --role` chooses the first key's role (admin by default); other roles are
/// refused before anything is written.
#[tokio::test]
async fn agency_add_chooses_the_key_role() {
    use nln_server::store::{Principal, Role};
    let dir = std::env::temp_dir().join(format!("nln-roles-{}", nln_server::secrets::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let database = format!("sqlite:{}", dir.join("roles.db").display());
    let add = |extra: &[&str]| {
        std::process::Command::new(NLN)
            .args(["agency", "add", "Roles", "--lang", "en", "--database", &database])
            .args(extra)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    };
    let store = Store::open(&Database::parse(&database).unwrap()).await.unwrap();
    for (extra, role) in [(&[][..], Role::Admin), (&["--role", "intake"][..], Role::Intake)] {
        let out = add(extra);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let key = String::from_utf8(out.stdout).unwrap().trim().to_string();
        let found = store
            .principal_for_key(&nln_server::secrets::digest(key.as_bytes()))
            .await
            .unwrap();
        assert!(
            matches!(found, Some(Principal::Agency { role: r, .. }) if r == role),
            "{extra:?}: {found:?}"
        );
    }
    let refused = add(&["--role", "owner"]);
    assert!(!refused.status.success());
    assert!(refused.stdout.is_empty());
    assert_eq!(store.agencies().await.unwrap().len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}
