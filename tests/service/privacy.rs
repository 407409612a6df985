//! Deletion, retention and logs: a learner's data can be deleted; data past the agency's
//! retention period is deleted by the service; personal data and keys never reach the logs.

use crate::harness::{answer_for, logs, Backend, TestServer};
use nln_server::api::Limits;
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_learners_data_can_be_deleted_and_retention_is_enforced() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Privacy").await;
    let view = server.start_session(&agency.key, "L-del").await;
    let id = view["id"].as_str().unwrap().to_string();
    let r = server.answer(&id, &agency.key, "d1", &answer_for(&view).unwrap()).await;
    assert_eq!(r.status, StatusCode::OK);
    let keep = server.start_session(&agency.key, "L-keep").await;
    let deleted = server
        .call(Method::DELETE, "/v1/learners/L-del", Some(&agency.key), &[], None)
        .await;
    assert_eq!(deleted.json()["deleted_sessions"], 1);
    server
        .get(&format!("/v1/sessions/{id}"), &agency.key)
        .await
        .assert_problem(404);
    let store = server.store().await;
    assert!(store.answers(&id).await.unwrap().is_empty());
    // The stored reply is gone too: a retry finds no session.
    server
        .answer(&id, &agency.key, "d1", &answer_for(&view).unwrap())
        .await
        .assert_problem(404);
    let keep_id = keep["id"].as_str().unwrap();
    assert_eq!(
        server.get(&format!("/v1/sessions/{keep_id}"), &agency.key).await.status,
        StatusCode::OK
    );
    // The audit entry names no learner reference.
    let audit = server.get("/v1/audit", &agency.key).await.text;
    assert!(audit.contains("learner.delete") && !audit.contains("L-del"));

    // Retention: an agency keeping data 1 day loses sessions untouched for longer.
    let short = nln_server::add_agency(&server.database, "Short retention", 1, nln_server::store::Role::Admin)
        .await
        .unwrap();
    let old = server.start_session(&short.key, "L-old").await;
    let old_id = old["id"].as_str().unwrap().to_string();
    let mut row = store.session(&short.id, &old_id).await.unwrap().unwrap();
    let two_days_ago = nln_server::clock::now_plus(-2 * 86_400);
    row.updated_at = two_days_ago;
    store.delete_learner(&short.id, "L-old").await.unwrap();
    crate::harness::reinsert(&store, row).await;
    let fresh = server.start_session(&short.key, "L-new").await;
    nln_server::enforce_retention(&store).await.unwrap();
    assert!(store.session(&short.id, &old_id).await.unwrap().is_none());
    assert!(store
        .session(&short.id, fresh["id"].as_str().unwrap())
        .await
        .unwrap()
        .is_some());
    assert!(store.session(&agency.id, keep_id).await.unwrap().is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn canary_personal_data_never_reaches_the_logs() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Canary").await;
    let canary = "CANARY-7f3a9";
    let email = "canary.7f3a9@example.com";
    // In every free-text place a client can put text.
    let view = server.start_session(&agency.key, canary).await;
    let id = view["id"].as_str().unwrap().to_string();
    server
        .post("/v1/sessions", &agency.key, &json!({"learner_ref": email}))
        .await;
    server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-1", "language": email}),
        )
        .await;
    server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-1", "bank": email}),
        )
        .await;
    server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-1", email: canary}),
        )
        .await;
    let mut body = answer_for(&view).unwrap();
    body["item"] = json!(email);
    server.answer(&id, &agency.key, email, &body).await;
    server
        .answer(&id, &agency.key, canary, &answer_for(&view).unwrap())
        .await;
    server
        .call(
            Method::POST,
            "/v1/join",
            None,
            &[],
            Some(&json!({"code": email}).to_string()),
        )
        .await;
    server
        .call(
            Method::DELETE,
            &format!("/v1/learners/{canary}"),
            Some(&agency.key),
            &[],
            None,
        )
        .await;
    server.get(&format!("/v1/sessions/{email}"), &agency.key).await;
    server.get(&format!("/v1/results?since={email}"), &agency.key).await;
    server.get(&format!("/v1/sessions/{id}"), email).await;
    let text = String::from_utf8(logs().lock().unwrap().clone()).unwrap();
    assert!(text.contains("request"), "the server logs requests");
    for secret in [canary, email, "canary", agency.key.as_str(), &agency.key[8..]] {
        assert!(!text.contains(secret), "the logs contain {secret}");
    }
}
