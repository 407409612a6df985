//! Webhooks through the transactional outbox: a loopback receiver gets signed events (checked
//! here with an independent HMAC), a failing receiver gets retries until it answers, and on
//! PostgreSQL two instances sharing one database deliver each event once. Delivery after a
//! SIGKILL of the real binary is in tests/cli/serve.rs.

use crate::harness::{answer_for, Backend, TestServer};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use axum::routing::post;
use axum::Router;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use hmac::{Hmac, Mac};
use nln_server::api::Limits;
use nln_server::store::Role;
use nln_server::webhook::DeliveryConfig;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::Sha256;
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the receiver was sent: (webhook-id, webhook-timestamp, webhook-signature, body).
type Received = Arc<Mutex<Vec<(String, String, String, String)>>>;

/// A webhook receiver on loopback that fails its first `failures` requests with a 503.
pub struct Receiver {
    pub url: String,
    pub got: Received,
}

#[derive(Clone)]
struct ReceiverState {
    got: Received,
    failures: Arc<AtomicUsize>,
}

async fn receive(State(s): State<ReceiverState>, headers: HeaderMap, body: String) -> AxumStatus {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    s.got.lock().unwrap().push((
        header("webhook-id"),
        header("webhook-timestamp"),
        header("webhook-signature"),
        body,
    ));
    let failing = s
        .failures
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok();
    if failing {
        AxumStatus::SERVICE_UNAVAILABLE
    } else {
        AxumStatus::NO_CONTENT
    }
}

impl Receiver {
    pub async fn start(failures: usize) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        Receiver::on(listener, failures)
    }

    pub fn on(listener: tokio::net::TcpListener, failures: usize) -> Receiver {
        let got = Received::default();
        let state = ReceiverState {
            got: got.clone(),
            failures: Arc::new(AtomicUsize::new(failures)),
        };
        // A path of its own: a delivery meant for an earlier receiver on a reused port (left
        // in a shared test database) gets a 404 and is not counted.
        let path = format!("/hook/{}", nln_server::secrets::new_id());
        let url = format!("http://{}{path}", listener.local_addr().unwrap());
        let app = Router::new().route(&path, post(receive)).with_state(state);
        tokio::spawn(async move { axum::serve(listener, app).await });
        Receiver { url, got }
    }

    /// Waits (at most 20 s) until `n` requests arrived; returns them.
    pub async fn wait_for(&self, n: usize) -> Vec<(String, String, String, String)> {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let got = self.got.lock().unwrap().clone();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {n} webhook requests after 20 s",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// Checks a delivery's signature as a receiver would, with its own HMAC (Standard Webhooks).
pub fn assert_signed(secret: &str, (id, timestamp, signature, body): &(String, String, String, String)) {
    let key = BASE64.decode(secret.strip_prefix("whsec_").unwrap()).unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
    let expected = format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()));
    assert_eq!(signature, &expected, "signature of {body}");
    let sent: i64 = timestamp.parse().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!((now - sent).abs() < 300, "timestamp {sent} is not now ({now})");
    let event: Value = serde_json::from_str(body).unwrap();
    assert_eq!(event["id"], id.as_str(), "webhook-id is the event id");
}

/// Delivery settings for tests: loopback receivers, quick retries and polls.
pub fn quick() -> DeliveryConfig {
    DeliveryConfig {
        worker: true,
        allow_http_loopback: true,
        retry_base: Duration::from_millis(200),
        max_attempts: 6,
        lease: Duration::from_secs(5),
        poll_every: Duration::from_millis(100),
        timeout: Duration::from_secs(5),
    }
}

fn no_limits() -> Limits {
    Limits {
        requests_per_second: None,
        sessions_per_hour: None,
    }
}

/// Runs one short session to its end; returns its id.
async fn complete_session(server: &TestServer, key: &str, learner: &str) -> String {
    let r = server
        .post(
            "/v1/sessions",
            key,
            &json!({"learner_ref": learner, "max_items": 2, "access_questions": false}),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let mut view = r.json();
    let id = view["id"].as_str().unwrap().to_string();
    let mut n = 0;
    while let Some(body) = answer_for(&view) {
        n += 1;
        let r = server.answer(&id, key, &format!("{id}-{n}"), &body).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        view = r.json();
    }
    assert_eq!(view["status"], "finished");
    id
}

async fn register(server: &TestServer, key: &str, url: &str) -> (String, String) {
    let r = server.post("/v1/webhooks", key, &json!({ "url": url })).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    let v = r.json();
    let secret = v["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("whsec_"));
    (v["id"].as_str().unwrap().to_string(), secret)
}

async fn delivers_signed_events(server: &TestServer) {
    let agency = server.agency("Hooks").await;
    let receiver = Receiver::start(0).await;
    // Only https, or http on loopback; nothing but a URL; agency keys only.
    for url in [
        "http://example.org/hook",
        "https://10.0.0.1/hook",
        "ftp://x/",
        "https://u:p@h/",
    ] {
        server
            .post("/v1/webhooks", &agency.key, &json!({ "url": url }))
            .await
            .assert_problem(400);
    }
    server
        .post(
            "/v1/webhooks",
            &agency.key,
            &json!({ "url": receiver.url, "secret": "mine" }),
        )
        .await
        .assert_problem(400);
    let (hook, secret) = register(server, &agency.key, &receiver.url).await;
    let listed = server.get("/v1/webhooks", &agency.key).await;
    assert!(!listed.text.contains(&secret) && !listed.text.contains("whsec_"));
    assert_eq!(listed.json()[0]["id"], hook.as_str());

    let session = complete_session(server, &agency.key, "L-hook").await;
    let got = receiver.wait_for(1).await;
    assert_signed(&secret, &got[0]);
    let event: Value = serde_json::from_str(&got[0].3).unwrap();
    assert_eq!(event["type"], "session.completed");
    assert_eq!(
        event["data"],
        json!({"session_id": session, "learner_ref": "L-hook", "status": "finished",
               "finished_at": event["data"]["finished_at"]})
    );
    let deleted = server
        .call(Method::DELETE, "/v1/learners/L-hook", Some(&agency.key), &[], None)
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.text);
    let got = receiver.wait_for(2).await;
    assert_signed(&secret, &got[1]);
    let event: Value = serde_json::from_str(&got[1].3).unwrap();
    assert_eq!(event["type"], "learner.deleted");
    assert_eq!(
        event["data"],
        json!({"learner_ref": "L-hook", "deleted_sessions": 1, "reason": "request"})
    );
    // The learner's earlier event, which named them, is gone with their data.
    let audit = server.get("/v1/audit", &agency.key).await.text;
    assert!(audit.contains("webhook.create"), "{audit}");
    // Another agency neither sees nor removes the webhook.
    let other = server.agency("Other").await;
    assert_eq!(server.get("/v1/webhooks", &other.key).await.json(), json!([]));
    server
        .call(
            Method::DELETE,
            &format!("/v1/webhooks/{hook}"),
            Some(&other.key),
            &[],
            None,
        )
        .await
        .assert_problem(404);
    let r = server
        .call(
            Method::DELETE,
            &format!("/v1/webhooks/{hook}"),
            Some(&agency.key),
            &[],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(server
        .get("/v1/audit", &agency.key)
        .await
        .text
        .contains("webhook.delete"));
}

async fn retries_a_failing_receiver(server: &TestServer) {
    let agency = server.agency("Retries").await;
    let receiver = Receiver::start(2).await;
    let (_, secret) = register(server, &agency.key, &receiver.url).await;
    complete_session(server, &agency.key, "L-retry").await;
    let got = receiver.wait_for(3).await;
    // The same event three times (two 503s, then accepted), each signed.
    let ids: HashSet<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(ids.len(), 1, "{got:?}");
    for g in &got {
        assert_signed(&secret, g);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let list = server.get("/v1/webhooks", &agency.key).await.json();
        if list[0]["delivered"] == 1 {
            assert_eq!(list[0]["pending"], 0);
            assert_eq!(list[0]["failed"], 0);
            break;
        }
        assert!(Instant::now() < deadline, "not marked delivered: {list}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Accepted once: no further request comes.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(receiver.got.lock().unwrap().len(), 3);
}

/// The retention job announces what it deletes as explicit deletions are announced: one
/// `learner.deleted` per learner, written in the deletion's transaction, with its reason.
async fn retention_deletions_are_announced(server: &TestServer) {
    let store = server.store().await;
    let agency = nln_server::add_agency(&server.database, "Retention hooks", 1, Role::Admin)
        .await
        .unwrap();
    let receiver = Receiver::start(0).await;
    let (_, secret) = register(server, &agency.key, &receiver.url).await;
    // Sessions last touched two days ago: two of one learner, one of another (made by deleting
    // each learner's new sessions, announced as requested deletions, and storing them aged).
    let two_days_ago = nln_server::clock::now_plus(-2 * 86_400);
    let mut old = Vec::new();
    for learner in ["L-ret-a", "L-ret-a", "L-ret-b"] {
        let id = server.start_session(&agency.key, learner).await["id"]
            .as_str()
            .unwrap()
            .to_string();
        old.push(store.session(&agency.id, &id).await.unwrap().unwrap());
    }
    for learner in ["L-ret-a", "L-ret-b"] {
        store.delete_learner(&agency.id, learner).await.unwrap();
    }
    for mut row in old.clone() {
        row.updated_at = two_days_ago.clone();
        crate::harness::reinsert(&store, row).await;
    }
    let fresh = server.start_session(&agency.key, "L-ret-a").await;
    nln_server::enforce_retention(&store).await.unwrap();
    for row in &old {
        assert!(store.session(&agency.id, &row.id).await.unwrap().is_none());
    }
    let fresh_id = fresh["id"].as_str().unwrap();
    assert!(store.session(&agency.id, fresh_id).await.unwrap().is_some());
    let got = receiver.wait_for(4).await;
    let mut data: Vec<Value> = got
        .iter()
        .map(|g| {
            assert_signed(&secret, g);
            let event: Value = serde_json::from_str(&g.3).unwrap();
            assert_eq!(event["type"], "learner.deleted");
            event["data"].clone()
        })
        .collect();
    data.sort_by_key(|d| (d["reason"].to_string(), d["learner_ref"].to_string()));
    assert_eq!(
        data,
        vec![
            json!({"learner_ref": "L-ret-a", "deleted_sessions": 2, "reason": "request"}),
            json!({"learner_ref": "L-ret-b", "deleted_sessions": 1, "reason": "request"}),
            json!({"learner_ref": "L-ret-a", "deleted_sessions": 2, "reason": "retention"}),
            json!({"learner_ref": "L-ret-b", "deleted_sessions": 1, "reason": "retention"}),
        ]
    );
    // A pass that finds nothing more to delete announces nothing.
    nln_server::enforce_retention(&store).await.unwrap();
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(receiver.got.lock().unwrap().len(), 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn retention_deletions_emit_learner_deleted_on_sqlite() {
    let server = TestServer::start_with(Backend::Sqlite, no_limits(), quick())
        .await
        .unwrap();
    retention_deletions_are_announced(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn webhooks_are_signed_and_delivered_on_sqlite() {
    let server = TestServer::start_with(Backend::Sqlite, no_limits(), quick())
        .await
        .unwrap();
    delivers_signed_events(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failing_receiver_gets_retries_on_sqlite() {
    let server = TestServer::start_with(Backend::Sqlite, no_limits(), quick())
        .await
        .unwrap();
    retries_a_failing_receiver(&server).await;
}

/// One test for PostgreSQL, so no other test's delivery worker shares the database's outbox.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn webhooks_on_postgres_are_delivered_once_by_two_instances() {
    let Some(a) = TestServer::start_with(Backend::Postgres, no_limits(), quick()).await else {
        return;
    };
    delivers_signed_events(&a).await;
    retries_a_failing_receiver(&a).await;
    retention_deletions_are_announced(&a).await;
    // Two instances, one database: every event reaches the receiver, and exactly once.
    let b = TestServer::start_with(Backend::Postgres, no_limits(), quick())
        .await
        .unwrap();
    let agency = a.agency("Two instances").await;
    let receiver = Receiver::start(0).await;
    let (_, secret) = register(&a, &agency.key, &receiver.url).await;
    const SESSIONS: usize = 12;
    let mut done = Vec::new();
    for i in 0..SESSIONS {
        let server = if i % 2 == 0 { &a } else { &b };
        done.push(complete_session(server, &agency.key, &format!("L-two-{i}")).await);
    }
    let got = receiver.wait_for(SESSIONS).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let got_now = receiver.got.lock().unwrap().clone();
    assert_eq!(got_now.len(), SESSIONS, "an event was delivered twice: {got_now:?}");
    let sessions: HashSet<String> = got
        .iter()
        .map(|g| {
            assert_signed(&secret, g);
            serde_json::from_str::<Value>(&g.3).unwrap()["data"]["session_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(sessions, done.into_iter().collect::<HashSet<_>>());
}
