//! Every object is scoped to its agency; learner tokens reach one session only; keys rotate
//! and revoke. Wrong agency, forged id or foreign session → 404; learner on agency data → 403.

use crate::harness::{answer_for, Backend, TestServer};
use nln_server::api::Limits;
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn isolation(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let a = server.agency("Agency A").await;
    let b = server.agency("Agency B").await;
    let view = server.start_session(&a.key, "L-a1").await;
    let id = view["id"].as_str().unwrap().to_string();
    let body = answer_for(&view).unwrap();
    // Agency B cannot see, answer, stop, read the result of, or make a join code for A's session.
    let paths = [
        (Method::GET, format!("/v1/sessions/{id}")),
        (Method::GET, format!("/v1/sessions/{id}/result")),
        (Method::POST, format!("/v1/sessions/{id}/stop")),
        (Method::POST, format!("/v1/sessions/{id}/join-code")),
    ];
    for (m, p) in &paths {
        server
            .call(m.clone(), p, Some(&b.key), &[], None)
            .await
            .assert_problem(404);
    }
    server.answer(&id, &b.key, "x1", &body).await.assert_problem(404);
    // B's idempotency key equal to A's never replays A's reply.
    let first = server.answer(&id, &a.key, "same-key", &body).await;
    assert_eq!(first.status, StatusCode::OK);
    server.answer(&id, &b.key, "same-key", &body).await.assert_problem(404);
    // Forged and malformed ids.
    for forged in ["00000000-0000-0000-0000-000000000000", "x", "%2e%2e", &"9".repeat(300)] {
        server
            .get(&format!("/v1/sessions/{forged}"), &a.key)
            .await
            .assert_problem(404);
    }
    // Deleting B's learner with A's reference deletes nothing of A's.
    let deleted = server
        .call(Method::DELETE, "/v1/learners/L-a1", Some(&b.key), &[], None)
        .await;
    assert_eq!(deleted.json()["deleted_sessions"], 0);
    assert_eq!(
        server.get(&format!("/v1/sessions/{id}"), &a.key).await.status,
        StatusCode::OK
    );
    // Results lists hold only the caller's sessions.
    server.stop(&id, &a.key).await;
    let listed = server
        .get("/v1/results?since=2000-01-01T00:00:00Z", &b.key)
        .await
        .json();
    assert_eq!(listed["results"].as_array().unwrap().len(), 0);

    // Learner tokens: one session only, no agency data.
    let own = server.start_session(&a.key, "L-a2").await;
    let own_id = own["id"].as_str().unwrap().to_string();
    let code = server
        .call(
            Method::POST,
            &format!("/v1/sessions/{own_id}/join-code"),
            Some(&a.key),
            &[],
            None,
        )
        .await;
    assert_eq!(code.status, StatusCode::CREATED, "{}", code.text);
    let code = code.json()["code"].as_str().unwrap().to_string();
    let joined = server
        .call(
            Method::POST,
            "/v1/join",
            None,
            &[],
            Some(&json!({"code": code.to_lowercase()}).to_string()),
        )
        .await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text);
    let first = joined.json()["token"].as_str().unwrap().to_string();
    // One device at a time: joining again revokes the first token.
    let joined = server
        .call(
            Method::POST,
            "/v1/join",
            None,
            &[],
            Some(&json!({"code": code}).to_string()),
        )
        .await;
    assert_eq!(joined.status, StatusCode::CREATED, "{}", joined.text);
    let token = joined.json()["token"].as_str().unwrap().to_string();
    server
        .get(&format!("/v1/sessions/{own_id}"), &first)
        .await
        .assert_problem(401);
    let seen = server.get(&format!("/v1/sessions/{own_id}"), &token).await;
    assert_eq!(seen.status, StatusCode::OK);
    let r = server
        .answer(&own_id, &token, "t1", &answer_for(&seen.json()).unwrap())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    server
        .get(&format!("/v1/sessions/{id}"), &token)
        .await
        .assert_problem(404);
    server.answer(&id, &token, "t2", &body).await.assert_problem(404);
    for (m, p) in [
        (Method::GET, format!("/v1/sessions/{own_id}/result")),
        (Method::POST, format!("/v1/sessions/{own_id}/stop")),
        (Method::POST, format!("/v1/sessions/{own_id}/join-code")),
        (Method::GET, "/v1/results?since=2000-01-01T00:00:00Z".to_string()),
        (Method::GET, "/v1/audit".to_string()),
        (Method::POST, "/v1/keys".to_string()),
        (Method::POST, "/v1/sessions".to_string()),
        (Method::DELETE, "/v1/learners/L-a2".to_string()),
    ] {
        server.call(m, &p, Some(&token), &[], None).await.assert_problem(403);
    }

    // Keys: missing, malformed and revoked keys are refused; rotation keeps access.
    server
        .call(Method::GET, &format!("/v1/sessions/{id}"), None, &[], None)
        .await
        .assert_problem(401);
    server
        .get(&format!("/v1/sessions/{id}"), "nln_key_forged")
        .await
        .assert_problem(401);
    let new_key = server.call(Method::POST, "/v1/keys", Some(&a.key), &[], None).await;
    assert_eq!(new_key.status, StatusCode::CREATED);
    let new_key = new_key.json();
    let rotated = new_key["key"].as_str().unwrap();
    server
        .call(
            Method::DELETE,
            &format!("/v1/keys/{}", a.key_id),
            Some(rotated),
            &[],
            None,
        )
        .await;
    server
        .get(&format!("/v1/sessions/{id}"), &a.key)
        .await
        .assert_problem(401);
    assert_eq!(
        server.get(&format!("/v1/sessions/{id}"), rotated).await.status,
        StatusCode::OK
    );
    // B cannot revoke A's key.
    server
        .call(
            Method::DELETE,
            &format!("/v1/keys/{}", new_key["id"].as_str().unwrap()),
            Some(&b.key),
            &[],
            None,
        )
        .await
        .assert_problem(404);
    // The audit log recorded who did what.
    let audit = server.get("/v1/audit", rotated).await.json();
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "session.create",
        "session.stop",
        "join_code.create",
        "join_code.redeem",
        "key.create",
        "key.revoke",
    ] {
        assert!(actions.contains(&action), "audit lacks {action}: {actions:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn agencies_and_learners_see_only_their_own_on_sqlite() {
    isolation(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn agencies_and_learners_see_only_their_own_on_postgres() {
    isolation(Backend::Postgres).await;
}
