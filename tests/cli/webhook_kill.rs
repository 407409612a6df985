//! Webhooks survive SIGKILL: a session completes while its receiver is down (nothing can have
//! been sent), `nln serve` is killed with SIGKILL, the receiver comes up, and after a restart
//! on the same database the event arrives, signed. The outbox row was committed with the
//! answer that ended the session; no process memory was needed to deliver it.

use crate::common::{answer_for, free_port, spawn_server, wait_ready};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha256;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const NLN: &str = env!("CARGO_BIN_EXE_nln");

type Got = Arc<Mutex<Vec<(axum::http::HeaderMap, String)>>>;

async fn receive(
    axum::extract::State(got): axum::extract::State<Got>,
    headers: axum::http::HeaderMap,
    body: String,
) -> axum::http::StatusCode {
    got.lock().unwrap().push((headers, body));
    axum::http::StatusCode::OK
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_is_delivered_after_the_server_is_killed() {
    let dir = std::env::temp_dir().join(format!("nln-hook-kill-{}", nln_server::secrets::new_id()));
    std::fs::create_dir_all(&dir).unwrap();
    let database = format!("sqlite:{}", dir.join("nln.db").display());
    let out = std::process::Command::new(NLN)
        .args(["agency", "add", "Hook kill", "--lang", "en", "--database", &database])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let key = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let (port, hook_port) = (free_port(), free_port());
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let mut server = spawn_server(&database, port, &["--webhook-http-loopback"]);
    wait_ready(&client, &base).await;

    // Nothing listens on the receiver's port yet.
    let url = format!("http://127.0.0.1:{hook_port}/hook");
    let r = client
        .post(format!("{base}/v1/webhooks"))
        .bearer_auth(&key)
        .json(&json!({ "url": url }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let secret = r.json::<Value>().await.unwrap()["secret"].as_str().unwrap().to_string();
    let mut view: Value = client
        .post(format!("{base}/v1/sessions"))
        .bearer_auth(&key)
        .json(&json!({"learner_ref": "L-kill", "max_items": 1, "access_questions": false}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let session = view["id"].as_str().unwrap().to_string();
    let mut n = 0;
    while view["status"] == "in_progress" {
        n += 1;
        let (answer, _) = answer_for(&view).expect("an unfinished session shows an item");
        view = client
            .post(format!("{base}/v1/sessions/{session}/answers"))
            .bearer_auth(&key)
            .header("idempotency-key", format!("k{n}"))
            .json(&answer)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    }
    assert_eq!(view["status"], "finished");
    server.start_kill().unwrap(); // SIGKILL
    server.wait().await.unwrap();

    let got = Got::default();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", hook_port)).await.unwrap();
    let app = axum::Router::new()
        .route("/hook", axum::routing::post(receive))
        .with_state(got.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    let mut server = spawn_server(&database, port, &["--webhook-http-loopback"]);
    wait_ready(&client, &base).await;
    // The first attempt may have failed before the kill (the retry waits 5 s), or the kill may
    // have come while it was claimed: then its 60 s lease must run out before a worker takes it
    // again (seen under load, with other tests running beside this one).
    let deadline = Instant::now() + Duration::from_secs(90);
    while got.lock().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "no delivery 90 s after the restart");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (headers, body) = got.lock().unwrap()[0].clone();
    let header = |name: &str| headers[name].to_str().unwrap().to_string();
    let event: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(event["type"], "session.completed");
    assert_eq!(event["data"]["session_id"], session.as_str());
    assert_eq!(header("webhook-id"), event["id"].as_str().unwrap());
    let key_bytes = BASE64.decode(secret.strip_prefix("whsec_").unwrap()).unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key_bytes).unwrap();
    mac.update(format!("{}.{}.{body}", header("webhook-id"), header("webhook-timestamp")).as_bytes());
    assert_eq!(
        header("webhook-signature"),
        format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()))
    );
    server.start_kill().unwrap();
    server.wait().await.unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}
