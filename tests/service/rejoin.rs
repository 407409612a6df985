//! A learner on their own device: the language chosen on the page becomes the session's, and
//! the join code opens an unfinished session again after a closed tab, revoking the earlier
//! token, within its expiry and a per-code limit, with every join in the audit log. On SQLite
//! and PostgreSQL.

use crate::harness::{answer_for, Backend, TestServer};
use nln_server::api::{Limits, JOINS_PER_CODE};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn join(server: &TestServer, body: Value) -> crate::harness::Reply {
    server
        .call(Method::POST, "/v1/join", None, &[], Some(&body.to_string()))
        .await
}

async fn new_code(server: &TestServer, key: &str, id: &str) -> String {
    let r = server
        .call(
            Method::POST,
            &format!("/v1/sessions/{id}/join-code"),
            Some(key),
            &[],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
    r.json()["code"].as_str().unwrap().to_string()
}

async fn actions(server: &TestServer, key: &str) -> Vec<(String, String)> {
    server
        .get("/v1/audit", key)
        .await
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_string(),
                e["subject"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

async fn the_learners_language_is_the_sessions(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Languages").await;
    let (id, started) = server.open_session(&agency.key, "L-lang").await;
    assert_eq!(started["language"], "en");
    assert_eq!(started["item"]["prompt"]["locale"], "en");
    let code = new_code(&server, &agency.key, &id).await;

    // A malformed language is refused; one the service does not ship keeps the session's.
    for bad in [json!("x".repeat(36)), json!(7)] {
        let r = join(&server, json!({"code": code, "language": bad})).await;
        assert!(matches!(r.status.as_u16(), 400 | 422), "{bad}: {}", r.text);
    }
    let unknown = join(&server, json!({"code": code, "language": "xx"})).await;
    assert_eq!(unknown.status, StatusCode::CREATED, "{}", unknown.text);
    let unknown_token = unknown.json()["token"].as_str().unwrap().to_string();
    let kept = server.get(&format!("/v1/sessions/{id}"), &unknown_token).await.json();
    assert_eq!(kept["language"], "en", "the session keeps its language");

    let joined = join(&server, json!({"code": code, "language": "ar"})).await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text);
    let token = joined.json()["token"].as_str().unwrap().to_string();
    let view = server.get(&format!("/v1/sessions/{id}"), &token).await.json();
    assert_eq!(view["language"], "ar");
    assert_eq!(view["item"]["item"], started["item"]["item"], "the same pending item");
    assert_eq!(view["item"]["prompt"]["locale"], "ar");
    assert_eq!(view["item"]["prompt"]["direction"], "rtl");
    // The agency sees the same language, and the next items follow it.
    let seen = server.get(&format!("/v1/sessions/{id}"), &agency.key).await.json();
    assert_eq!(seen["language"], "ar");
    let next = server.answered(&id, &token, "k1", &answer_for(&view).unwrap()).await;
    assert_eq!(next["item"]["prompt"]["locale"], "ar");
    // A rescore from the answer log alone keeps the language (it is in the stored state).
    let store = server.store().await;
    let row = store
        .session(&seen_agency(&server, &agency.key, &id).await, &id)
        .await
        .unwrap()
        .unwrap();
    let state: Value = serde_json::from_str(&row.state).unwrap();
    assert_eq!(state["locale"], "ar");
    assert!(actions(&server, &agency.key)
        .await
        .contains(&("session.language".to_string(), format!("{id} en>ar"))));

    // Joining again without a language keeps the session's.
    let again = join(&server, json!({"code": code})).await;
    assert_eq!(again.status, StatusCode::CREATED, "{}", again.text);
    let token = again.json()["token"].as_str().unwrap().to_string();
    assert_eq!(
        server.get(&format!("/v1/sessions/{id}"), &token).await.json()["language"],
        "ar"
    );
}

/// The agency id of a session, read back through the store.
async fn seen_agency(server: &TestServer, key: &str, id: &str) -> String {
    let store = server.store().await;
    let hash = nln_server::secrets::digest(key.as_bytes());
    let principal = store.principal_for_key(&hash).await.unwrap().unwrap();
    assert!(store.session(principal.agency_id(), id).await.unwrap().is_some());
    principal.agency_id().to_string()
}

async fn a_closed_tab_rejoins_with_the_code(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Rejoin").await;
    let (id, _) = server.open_session(&agency.key, "L-rejoin").await;
    let code = new_code(&server, &agency.key, &id).await;

    let first = join(&server, json!({"code": code})).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text);
    let first = first.json()["token"].as_str().unwrap().to_string();
    let view = server.get(&format!("/v1/sessions/{id}"), &first).await.json();
    let view = server.answered(&id, &first, "a1", &answer_for(&view).unwrap()).await;
    assert_eq!(view["answered"], 1);

    // The tab is closed; the same code (typed differently) opens the same pending question.
    let second = join(&server, json!({"code": code.to_lowercase().replace('-', " ")})).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text);
    let second = second.json();
    assert_eq!(second["session_id"], id.as_str());
    // The reply carries the session, pending question included (no second round trip).
    assert_eq!(second["session"]["item"]["item"], view["item"]["item"]);
    assert_eq!(second["session"]["next_seq"], 2);
    let second = second["token"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    let resumed = server.get(&format!("/v1/sessions/{id}"), &second).await.json();
    assert_eq!(resumed["item"]["item"], view["item"]["item"]);
    assert_eq!(resumed["next_seq"], 2);
    // The earlier token no longer works: a leaked code cannot be used alongside the learner.
    server
        .get(&format!("/v1/sessions/{id}"), &first)
        .await
        .assert_problem(401);
    server
        .answer(&id, &first, "a2", &answer_for(&view).unwrap())
        .await
        .assert_problem(401);
    server
        .answered(&id, &second, "a2", &answer_for(&resumed).unwrap())
        .await;

    // A second code for the session also takes it over from the first device.
    let other = new_code(&server, &agency.key, &id).await;
    let third = join(&server, json!({"code": other})).await.json()["token"]
        .as_str()
        .unwrap()
        .to_string();
    server
        .get(&format!("/v1/sessions/{id}"), &second)
        .await
        .assert_problem(401);
    assert_eq!(
        server.get(&format!("/v1/sessions/{id}"), &third).await.status,
        StatusCode::OK
    );

    let log = actions(&server, &agency.key).await;
    let count = |a: &str| log.iter().filter(|(x, s)| x == a && s == &id).count();
    assert_eq!(count("join_code.redeem"), 3);
    assert_eq!(count("learner_token.revoke"), 2);

    // An ended session cannot be re-joined: there is nothing to resume.
    server.stop(&id, &agency.key).await;
    join(&server, json!({"code": code})).await.assert_problem(409);
    assert_eq!(
        server.get(&format!("/v1/sessions/{id}"), &third).await.status,
        StatusCode::OK
    );

    // An expired code opens nothing, used or not.
    let store = server.store().await;
    let fresh = server.start_session(&agency.key, "L-expired").await;
    let fresh_id = fresh["id"].as_str().unwrap();
    let agency_id = seen_agency(&server, &agency.key, fresh_id).await;
    let expired = nln_server::secrets::new_join_code();
    let canonical = nln_server::secrets::normalize_join_code(&expired).unwrap();
    store
        .add_join_code(
            &nln_server::secrets::digest(canonical.as_bytes()),
            &agency_id,
            fresh_id,
            &nln_server::clock::now_plus(-1),
        )
        .await
        .unwrap();
    join(&server, json!({"code": expired})).await.assert_problem(404);
}

/// One code opens its session at most `JOINS_PER_CODE` times an hour, counted in the database:
/// joins through two instances sharing it add up.
async fn joins_per_code_are_limited(backend: Backend) {
    let Some(a) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let b = a.beside().await;
    let agency = a.agency("Limit").await;
    let (id, _) = a.open_session(&agency.key, "L-limit").await;
    let code = new_code(&a, &agency.key, &id).await;
    let other = new_code(&a, &agency.key, &id).await;
    for n in 0..JOINS_PER_CODE {
        let server = if n % 2 == 0 { &a } else { &b };
        let r = join(server, json!({"code": code})).await;
        assert_eq!(r.status, StatusCode::CREATED, "join {n}: {}", r.text);
    }
    for server in [&a, &b] {
        let refused = join(server, json!({"code": code})).await.assert_problem(429);
        // The next join is possible an hour after the first of the window.
        let detail = refused["detail"]
            .as_str()
            .unwrap()
            .replace([',', '\u{a0}', '\u{202f}'], "");
        let seconds: i64 = detail
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|d| d.parse().ok())
            .max()
            .unwrap_or_else(|| panic!("no wait in {detail}"));
        assert!((3500..=3600).contains(&seconds), "{detail}");
    }
    // Another code is counted on its own.
    assert_eq!(join(&b, json!({"code": other})).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn joins_per_code_are_limited_across_instances_on_sqlite() {
    joins_per_code_are_limited(Backend::Sqlite).await;
}

#[tokio::test]
async fn joins_per_code_are_limited_across_instances_on_postgres() {
    joins_per_code_are_limited(Backend::Postgres).await;
}

#[tokio::test]
async fn the_learners_language_is_the_sessions_on_sqlite() {
    the_learners_language_is_the_sessions(Backend::Sqlite).await;
}

#[tokio::test]
async fn the_learners_language_is_the_sessions_on_postgres() {
    the_learners_language_is_the_sessions(Backend::Postgres).await;
}

#[tokio::test]
async fn a_closed_tab_rejoins_with_the_code_on_sqlite() {
    a_closed_tab_rejoins_with_the_code(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_closed_tab_rejoins_with_the_code_on_postgres() {
    a_closed_tab_rejoins_with_the_code(Backend::Postgres).await;
}
