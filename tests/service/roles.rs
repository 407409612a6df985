//! Key roles: an intake key runs sessions and reads results; only an admin key administers the
//! agency (keys, webhooks, the audit log). Refusals are 403 problem+json in the caller's
//! language. Keys made before roles existed keep working as admin keys. On SQLite and
//! PostgreSQL.

use crate::harness::{answer_for, Backend, TestServer};
use nln_server::api::Limits;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn new_key(server: &TestServer, auth: &str, body: Option<Value>) -> crate::harness::Reply {
    let body = body.map(|b| b.to_string());
    server
        .call(Method::POST, "/v1/keys", Some(auth), &[], body.as_deref())
        .await
}

/// Every administration route, refused to `auth` with 403 `admin-only`.
async fn assert_no_administration(server: &TestServer, auth: &str, own_key_id: &str) {
    let refused = [
        (Method::POST, "/v1/keys".to_string(), Some(json!({"role": "admin"}))),
        (Method::POST, "/v1/keys".to_string(), None),
        (Method::DELETE, format!("/v1/keys/{own_key_id}"), None),
        (Method::GET, "/v1/audit".to_string(), None),
        (Method::GET, "/v1/audit/verify".to_string(), None),
        (
            Method::POST,
            "/v1/webhooks".to_string(),
            Some(json!({"url": "https://example.org/hook"})),
        ),
        (Method::GET, "/v1/webhooks".to_string(), None),
        (Method::DELETE, "/v1/webhooks/any".to_string(), None),
    ];
    for (method, path, body) in refused {
        let body = body.map(|b| b.to_string());
        let r = server
            .call(method.clone(), &path, Some(auth), &[], body.as_deref())
            .await;
        let p = r.assert_problem(403);
        assert_eq!(p["type"], "urn:nln:problem:admin-only", "{method} {path}: {p}");
    }
}

async fn roles(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Roles").await;

    // The first key is an admin key; it makes an intake key (and an admin key by default).
    let intake = new_key(&server, &agency.key, Some(json!({"role": "intake"}))).await;
    assert_eq!(intake.status, StatusCode::CREATED, "{}", intake.text);
    let intake = intake.json();
    assert_eq!(intake["role"], "intake");
    let intake_key = intake["key"].as_str().unwrap().to_string();
    let second = new_key(&server, &agency.key, None).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text);
    assert_eq!(second.json()["role"], "admin");
    let third = new_key(&server, &agency.key, Some(Value::Null)).await;
    assert_eq!(third.status, StatusCode::CREATED, "{}", third.text);
    assert_eq!(third.json()["role"], "admin");
    for bad in [
        json!({"role": "owner"}),
        json!({"role": "admin", "extra": 1}),
        json!([]),
    ] {
        new_key(&server, &agency.key, Some(bad)).await.assert_problem(400);
    }

    // The intake key does an intake system's work …
    let mut view = server.start_session(&intake_key, "L-roles").await;
    let id = view["id"].as_str().unwrap().to_string();
    let mut n = 0;
    while let Some(body) = answer_for(&view) {
        n += 1;
        view = server.answered(&id, &intake_key, &format!("roles-{n}"), &body).await;
        if n == 3 {
            let stop = server.stop(&id, &intake_key).await;
            assert_eq!(stop.status, StatusCode::OK, "{}", stop.text);
            break;
        }
    }
    assert_eq!(
        server
            .get(&format!("/v1/sessions/{id}/result"), &intake_key)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        server
            .get("/v1/results?since=2000-01-01T00:00:00Z", &intake_key)
            .await
            .status,
        StatusCode::OK
    );
    let other = server.start_session(&intake_key, "L-roles-2").await;
    let code = server
        .call(
            Method::POST,
            &format!("/v1/sessions/{}/join-code", other["id"].as_str().unwrap()),
            Some(&intake_key),
            &[],
            None,
        )
        .await;
    assert_eq!(code.status, StatusCode::CREATED, "{}", code.text);
    let deleted = server
        .call(Method::DELETE, "/v1/learners/L-roles", Some(&intake_key), &[], None)
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.text);

    // … and nothing of the agency's administration.
    assert_no_administration(&server, &intake_key, intake["id"].as_str().unwrap()).await;
    // The refusal is in the caller's language.
    let fr = server
        .call(
            Method::GET,
            "/v1/audit",
            Some(&intake_key),
            &[("accept-language", "fr")],
            None,
        )
        .await;
    let en = server.get("/v1/audit", &intake_key).await;
    assert_eq!(fr.headers["content-language"], "fr");
    assert_ne!(fr.assert_problem(403)["title"], en.assert_problem(403)["title"]);

    // The admin key sees the intake key's work and its creation in the audit log.
    let audit = server.get("/v1/audit", &agency.key).await;
    assert_eq!(audit.status, StatusCode::OK, "{}", audit.text);
    let intake_created = format!("{} intake", intake["id"].as_str().unwrap());
    assert!(
        audit
            .json()
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "key.create" && e["subject"] == intake_created.as_str()),
        "{}",
        audit.text
    );
    // An admin revokes the intake key; it stops at once.
    let revoked = server
        .call(
            Method::DELETE,
            &format!("/v1/keys/{}", intake["id"].as_str().unwrap()),
            Some(&agency.key),
            &[],
            None,
        )
        .await;
    assert_eq!(revoked.status, StatusCode::NO_CONTENT, "{}", revoked.text);
    server
        .get(&format!("/v1/sessions/{id}"), &intake_key)
        .await
        .assert_problem(401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn intake_keys_cannot_administer_on_sqlite() {
    roles(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn intake_keys_cannot_administer_on_postgres() {
    roles(Backend::Postgres).await;
}

/// A database made before key roles (schema version 4): its keys become admin keys when the
/// service migrates it, so nothing an agency did stops working.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn keys_from_before_roles_are_admin_keys() {
    let dir = crate::harness::TempDir::new("roles");
    let path = dir.0.join("v4.db");
    let secret = "nln_before_roles_0123456789abcdef0123456789abcdef";
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE schema_version (version BIGINT NOT NULL)")
            .unwrap();
        for (v, m) in [
            include_str!("../../crates/nln-server/src/store/schema.sql"),
            include_str!("../../crates/nln-server/src/store/audit_chain.sql"),
            include_str!("../../crates/nln-server/src/store/consent.sql"),
            include_str!("../../crates/nln-server/src/store/webhooks.sql"),
        ]
        .iter()
        .enumerate()
        {
            c.execute_batch(m).unwrap();
            c.execute("INSERT INTO schema_version (version) VALUES (?1)", [v as i64 + 1])
                .unwrap();
        }
        c.execute(
            "INSERT INTO agencies (id, name, retention_days, created_at) VALUES ('a1', 'Old', 365, '2026-01-01T00:00:00.000Z')",
            [],
        )
        .unwrap();
        c.execute(
            "INSERT INTO api_keys (id, agency_id, hash, created_at) VALUES ('k1', 'a1', ?1, '2026-01-01T00:00:00.000Z')",
            [nln_server::secrets::digest(secret.as_bytes())],
        )
        .unwrap();
    }
    let server = TestServer::on_database(nln_server::store::Database::Sqlite(path)).await;
    let r = server.get("/v1/webhooks", secret).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    let made = new_key(&server, secret, Some(json!({"role": "intake"}))).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.text);
}
