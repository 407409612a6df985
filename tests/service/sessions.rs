//! Sessions end to end: start, answer to the end, result; idempotent retries and races;
//! items carry no key or parameters; OpenAPI served equals the committed file.

use crate::harness::{answer_for, bodies, Backend, TestServer};
use nln_server::api::Limits;
use nln_server::flow;
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn full_session(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Full session").await;
    let mut view = server.start_session(&agency.key, "L-100").await;
    let id = view["id"].as_str().unwrap().to_string();
    assert_eq!(view["status"], "in_progress");
    assert_eq!(view["next_seq"], 1);
    let mut n = 0;
    while let Some(body) = answer_for(&view) {
        n += 1;
        let r = server.answer(&id, &agency.key, &format!("k{n}"), &body).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        view = r.json();
        // `answered` counts items; a tap-through task takes one answer per screen.
        assert!(view["answered"].as_i64().unwrap() <= n, "{view}");
        if view["status"] == "in_progress" {
            assert_eq!(view["next_seq"], n + 1);
        }
        // Resuming (a fresh read) shows exactly what the reply showed.
        let again = server.get(&format!("/v1/sessions/{id}"), &agency.key).await.json();
        assert_eq!(again, view);
    }
    assert_eq!(view["status"], "finished");
    assert!(view["stop_reason"].is_string());
    assert!(n >= 10, "a finished test has at least the minimum items ({n})");
    let result = server.get(&format!("/v1/sessions/{id}/result"), &agency.key).await;
    assert_eq!(result.status, StatusCode::OK, "{}", result.text);
    let placement = result.json();
    // The stored estimate is a cache of what the answer log recomputes.
    let store = server.store().await;
    let row = store.session(&agency.id, &id).await.unwrap().unwrap();
    let answers = store.answers(&id).await.unwrap();
    assert_eq!(answers.len() as i64, n);
    assert!(answers.iter().enumerate().all(|(i, a)| a.seq == i as i64 + 1));
    let content = nln_core::defaults::content().unwrap();
    let session = flow::rescore(&content, &row, &answers).unwrap();
    assert_eq!(session.estimate().theta, row.theta);
    assert_eq!(session.estimate().se, row.se);
    let p = nln_core::placement::Placement::from_session(&session, &session.content().placement);
    // The result is the core's placement report of the recomputed session.
    let context = nln_core::report::ReportContext {
        session_id: &id,
        seed: session.seed(),
        time: placement["session"]["time"].as_str().unwrap(),
    };
    let loc = nln_core::defaults::catalog().localizer(&row.language);
    let report = nln_core::report::PlacementReport::new(&content, &p, &loc, &context);
    assert_eq!(
        placement,
        serde_json::from_str::<serde_json::Value>(&report.to_json()).unwrap()
    );
    // A finished session takes no more answers.
    let r = server
        .answer(
            &id,
            &agency.key,
            "late",
            &json!({"seq": n + 1, "item": "x", "answer": {"kind": "dont_know"}}),
        )
        .await;
    r.assert_problem(409);
    // Results since a time, JSON and CSV.
    let list = server
        .get("/v1/results?since=2000-01-01T00:00:00Z", &agency.key)
        .await
        .json();
    assert_eq!(list["results"][0]["session_id"], id.as_str());
    assert_eq!(list["results"][0]["level"], placement["result"]["level"]["code"]);
    let csv = server
        .get("/v1/results?since=2000-01-01T00:00:00Z&format=csv", &agency.key)
        .await;
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.text.starts_with("session_id,learner_ref,"), "{}", csv.text);
    assert!(csv.text.contains(&id));
    scan_for_secrets(&content);
}

fn text_has_id(text: &str, id: &str) -> bool {
    text.contains(&format!("\"{id}\""))
}

/// No reply ever carries a key, a scoring rule or an IRT parameter.
fn scan_for_secrets(content: &nln_core::content::Content) {
    let bodies = bodies().lock().unwrap().clone();
    let item_views: Vec<Value> = bodies
        .iter()
        .filter_map(|b| serde_json::from_str::<Value>(b).ok())
        .filter_map(|v| v.get("item").filter(|i| i.is_object()).cloned())
        .collect();
    assert!(!item_views.is_empty());
    for body in &bodies {
        for field in [
            "\"key\"",
            "\"irt\"",
            "\"thresholds\"",
            "\"exposure_limit\"",
            "\"correct\"",
        ] {
            assert!(!body.contains(field), "a reply carries {field}: {body}");
        }
    }
    for view in &item_views {
        let id = view["item"].as_str().unwrap();
        let item = content.bank.item(id).unwrap();
        // Not even option ids: they follow the bank's order and could give a key away.
        for option in &item.options {
            assert!(
                !text_has_id(&view.to_string(), &option.id),
                "item {id} shows option id {}",
                option.id
            );
        }
        let text = view.to_string();
        if let Some(model) = &item.irt {
            let params = serde_json::to_value(model).unwrap();
            for (_, v) in params.as_object().unwrap().iter().filter(|(k, _)| *k != "model") {
                let values = v.as_array().cloned().unwrap_or_else(|| vec![v.clone()]);
                for x in values {
                    assert!(
                        !text.contains(&x.to_string()),
                        "item {id} shows its parameter {x}: {text}"
                    );
                }
            }
        }
        assert!(view.get("key").is_none() && view.get("irt").is_none());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_session_runs_to_its_result_on_sqlite() {
    full_session(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_session_runs_to_its_result_on_postgres() {
    full_session(Backend::Postgres).await;
}

async fn idempotency(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Retries").await;
    for copies in [2usize, 5, 10] {
        let view = server.start_session(&agency.key, "L-race").await;
        let id = view["id"].as_str().unwrap().to_string();
        let body = answer_for(&view).unwrap();
        let key = format!("race-{copies}");
        let replies =
            futures::future::join_all((0..copies).map(|_| server.answer(&id, &agency.key, &key, &body))).await;
        for r in &replies {
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            assert_eq!(r.text, replies[0].text, "identical replies");
        }
        let replayed = replies
            .iter()
            .filter(|r| r.headers.get("idempotent-replayed").is_some())
            .count();
        assert_eq!(replayed, copies - 1, "one stored, the rest replayed");
        let answers = server.store().await.answers(&id).await.unwrap();
        assert_eq!(answers.len(), 1, "{copies} copies stored one answer");
        // Same key, other body: refused, nothing stored.
        let mut other = body.clone();
        other["answer"] = json!({"kind": "dont_know"});
        server.answer(&id, &agency.key, &key, &other).await.assert_problem(422);
        // The same key on another path is another request.
        // An answer to an item that was not served, or with a stale or future seq: refused.
        let next = replies[0].json();
        let mut wrong_item = answer_for(&next).unwrap();
        wrong_item["item"] = json!("not-an-item");
        server
            .answer(&id, &agency.key, "w1", &wrong_item)
            .await
            .assert_problem(409);
        let mut served_before = answer_for(&next).unwrap();
        served_before["item"] = body["item"].clone();
        server
            .answer(&id, &agency.key, "w2", &served_before)
            .await
            .assert_problem(409);
        let mut stale = answer_for(&next).unwrap();
        stale["seq"] = json!(1);
        let p = server.answer(&id, &agency.key, "w3", &stale).await.assert_problem(409);
        assert!(p["detail"].as_str().unwrap().contains('2'), "{p}");
        assert_eq!(server.store().await.answers(&id).await.unwrap().len(), 1);
        // No Idempotency-Key: refused.
        let r = server
            .call(
                reqwest::Method::POST,
                &format!("/v1/sessions/{id}/answers"),
                Some(&agency.key),
                &[],
                Some(&answer_for(&next).unwrap().to_string()),
            )
            .await;
        r.assert_problem(400);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_retries_store_one_answer_on_sqlite() {
    idempotency(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_retries_store_one_answer_on_postgres() {
    idempotency(Backend::Postgres).await;
}

/// A write that fails inside its transaction (here an answer whose (session, seq) is already
/// stored) fails alone: it stores nothing, and no connection goes back to the pool still in
/// its transaction (PostgreSQL sends BEGIN and COMMIT with the statements, so a transaction
/// that did not end must never be reused). More failures than the pool has connections, then
/// more reads than it has: every one works.
async fn failed_writes(backend: Backend) {
    use nln_server::store::{AnswerRow, Change, Outcome, SessionRow};
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Failures").await;
    let view = server.start_session(&agency.key, "L-fail").await;
    let id = view["id"].as_str().unwrap().to_string();
    let store = server.store().await;
    let first_answer = |row: &SessionRow| -> Result<Change, ()> {
        Ok(Change {
            session: flow::update_of(row),
            answer: Some(AnswerRow {
                session_id: row.id.clone(),
                seq: 1,
                item: "an-item".to_string(),
                response: "{}".to_string(),
                answered_at: row.updated_at.clone(),
            }),
            event: None,
            status: 200,
            body: "{}".to_string(),
        })
    };
    let stored = store.mutate(&agency.id, &id, None, first_answer).await.unwrap();
    assert!(matches!(stored, Outcome::Reply { status: 200, .. }));
    for attempt in 0..20 {
        let again = store.mutate(&agency.id, &id, None, first_answer).await;
        assert!(again.is_err(), "attempt {attempt}: a second answer 1 is refused");
    }
    let reads = futures::future::join_all((0..40).map(|_| store.session(&agency.id, &id))).await;
    for r in reads {
        assert!(r.unwrap().is_some(), "the session reads back");
    }
    assert_eq!(store.answers(&id).await.unwrap().len(), 1, "one answer stored");
    let next = store
        .mutate(&agency.id, &id, None, |_: &SessionRow| Err::<Change, _>("refused"))
        .await;
    assert!(matches!(next, Ok(Outcome::Rejected("refused"))));

    // A request that ends midway, with the session row locked (here the step panics; a client
    // hanging up drops a request the same way): its transaction must not survive in the pool,
    // holding the lock. Another pool's write to the session goes through.
    let (agency_id, session_id) = (agency.id.clone(), id.clone());
    let pool = store.clone();
    let ended = tokio::spawn(async move {
        pool.mutate(&agency_id, &session_id, None, |_: &SessionRow| -> Result<Change, ()> {
            panic!("a step that never finishes")
        })
        .await
        .map(|_| ())
    })
    .await;
    assert!(!matches!(ended, Ok(Ok(()))), "the request ended without writing");
    let other = server.store().await;
    let second_answer = move |row: &SessionRow| -> Result<Change, ()> {
        let mut change = first_answer(row)?;
        if let Some(a) = change.answer.as_mut() {
            a.seq = 2;
        }
        Ok(change)
    };
    let written = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        other.mutate(&agency.id, &id, None, second_answer),
    )
    .await
    .expect("the session row is not held by a transaction left open");
    assert!(matches!(written, Ok(Outcome::Reply { status: 200, .. })));
    assert_eq!(other.answers(&id).await.unwrap().len(), 2);
    // The first pool, still open, works too.
    assert_eq!(store.answers(&id).await.unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failed_write_leaves_the_pool_usable_on_sqlite() {
    failed_writes(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_failed_write_leaves_the_pool_usable_on_postgres() {
    failed_writes(Backend::Postgres).await;
}

#[tokio::test]
async fn the_served_openapi_document_is_the_committed_one() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let served = server
        .client
        .get(format!("{}/v1/openapi.json", server.base))
        .send()
        .await
        .unwrap();
    let served = served.text().await.unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");
    if std::env::var("NLN_WRITE_OPENAPI").is_ok() {
        std::fs::write(path, &served).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        served == committed,
        "docs/openapi.json differs from the served document; regenerate it with \
         NLN_WRITE_OPENAPI=1 cargo test -p nln-server --test service openapi"
    );
    let doc: Value = serde_json::from_str(&served).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in ["/v1/sessions", "/v1/sessions/{id}/answers", "/v1/results", "/healthz"] {
        assert!(doc["paths"][path].is_object(), "{path} undocumented");
    }
}

#[tokio::test]
async fn every_reply_has_the_security_headers_and_errors_are_problems() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let health = server.call(reqwest::Method::GET, "/healthz", None, &[], None).await;
    assert_eq!(health.status, StatusCode::OK);
    let ready = server.call(reqwest::Method::GET, "/readyz", None, &[], None).await;
    assert_eq!(ready.json()["status"], "ready");
    let missing = server.call(reqwest::Method::GET, "/v1/nothing", None, &[], None).await;
    missing.assert_problem(404);
    let wrong_method = server.call(reqwest::Method::PUT, "/v1/sessions", None, &[], None).await;
    wrong_method.assert_problem(405);
    for r in [&health, &missing] {
        for (name, value) in [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", "no-referrer"),
            ("cache-control", "no-store"),
        ] {
            assert_eq!(r.headers[name], value);
        }
        assert!(r.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'"));
        assert!(r.headers["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age="));
    }
    // Localized problems: French title for a French caller.
    let fr = server
        .call(
            reqwest::Method::GET,
            "/v1/sessions/x",
            None,
            &[("accept-language", "fr-CA,fr;q=0.9")],
            None,
        )
        .await;
    let p = fr.assert_problem(401);
    assert_eq!(fr.headers["content-language"], "fr");
    let en = server
        .call(reqwest::Method::GET, "/v1/sessions/x", None, &[], None)
        .await
        .assert_problem(401);
    assert_ne!(p["title"], en["title"]);
}

#[tokio::test]
async fn bodies_are_checked_strictly() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Strict").await;
    // A client can never set theta, level or score.
    let r = server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-1", "theta": 3.0}),
        )
        .await;
    let p = r.assert_problem(400);
    assert!(p["detail"].as_str().unwrap().contains("theta"), "{p}");
    let view = server.start_session(&agency.key, "L-2").await;
    let id = view["id"].as_str().unwrap();
    let mut body = answer_for(&view).unwrap();
    body["level"] = json!(12);
    server.answer(id, &agency.key, "s1", &body).await.assert_problem(400);
    let mut body = answer_for(&view).unwrap();
    body["answer"]["theta"] = json!(3);
    server.answer(id, &agency.key, "s2", &body).await.assert_problem(400);
    // An answer of the wrong kind, or naming a choice not shown: refused.
    let mut tap = answer_for(&view).unwrap();
    tap["answer"] = json!({"kind": "order", "ui_ids": [1]});
    server.answer(id, &agency.key, "s3", &tap).await.assert_problem(422);
    let mut missing = answer_for(&view).unwrap();
    missing["answer"] = json!({"kind": "pick", "ui_id": 99});
    server.answer(id, &agency.key, "s4", &missing).await.assert_problem(422);
    for bad in ["", "{", "[]", "null", "{\"seq\": \"one\"}", "{\"seq\": 1e400}"] {
        let r = server
            .call(
                reqwest::Method::POST,
                &format!("/v1/sessions/{id}/answers"),
                Some(&agency.key),
                &[("idempotency-key", "b")],
                Some(bad),
            )
            .await;
        r.assert_problem(400);
    }
    let huge = format!("{{\"learner_ref\": \"{}\"}}", "a".repeat(100_000));
    server
        .call(
            reqwest::Method::POST,
            "/v1/sessions",
            Some(&agency.key),
            &[],
            Some(&huge),
        )
        .await
        .assert_problem(413);
    for bad_ref in ["", "jane.doe@example.com", "Jane Doe", &"x".repeat(65)] {
        server
            .post("/v1/sessions", &agency.key, &json!({"learner_ref": bad_ref}))
            .await
            .assert_problem(400);
    }
    server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-3", "language": "xx-YY"}),
        )
        .await
        .assert_problem(422);
    server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-3", "bank": "other"}),
        )
        .await
        .assert_problem(422);
    assert_eq!(server.store().await.answers(id).await.unwrap().len(), 0);
}

#[tokio::test]
async fn a_key_opening_sessions_too_fast_is_slowed() {
    let limits = Limits {
        requests_per_second: None,
        sessions_per_hour: std::num::NonZeroU32::new(5),
    };
    let server = TestServer::start(Backend::Sqlite, limits).await.unwrap();
    let agency = server.agency("Fast").await;
    let mut created = 0;
    let mut limited = None;
    for i in 0..8 {
        let r = server
            .post("/v1/sessions", &agency.key, &json!({"learner_ref": format!("L-{i}")}))
            .await;
        if r.status == StatusCode::CREATED {
            created += 1;
        } else {
            limited = Some(r);
            break;
        }
    }
    assert_eq!(created, 5);
    let p = limited.expect("429 after the quota").assert_problem(429);
    assert!(p["detail"].as_str().unwrap().chars().any(|c| c.is_ascii_digit()));
}

/// The document states what the service enforces: every language and bank it lists starts a
/// session, whole numbers written as `14.0` are integers, any RFC 3339 `since` is read, and
/// what it calls invalid (an Idempotency-Key with a space, a fractional `seq`) is refused.
#[tokio::test]
async fn the_documented_constraints_are_the_enforced_ones() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Constraints").await;
    let doc: Value = serde_json::from_str(&nln_server::api::openapi_document()).unwrap();
    let start = &doc["components"]["schemas"]["StartSession"]["properties"];
    let languages = start["language"]["enum"].as_array().unwrap();
    assert!(languages.len() >= 16, "{languages:?}");
    for (field, values) in [
        ("language", languages),
        ("bank", start["bank"]["enum"].as_array().unwrap()),
    ] {
        for v in values {
            let r = server
                .post(
                    "/v1/sessions",
                    &agency.key,
                    &json!({"learner_ref": "L-doc", field: v, "max_items": 12.0}),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{field} {v}: {}", r.text);
        }
    }
    let pattern = start["learner_ref"]["pattern"].as_str().unwrap();
    assert_eq!(pattern, nln_server::api::REF_PATTERN);
    let answers = &doc["paths"]["/v1/sessions/{id}/answers"]["post"]["parameters"];
    let key = answers
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "Idempotency-Key")
        .unwrap();
    assert_eq!(key["required"], true);
    assert_eq!(key["schema"]["pattern"], nln_server::api::IDEMPOTENCY_KEY_PATTERN);

    let view = server.start_session(&agency.key, "L-int").await;
    let id = view["id"].as_str().unwrap();
    let mut body = answer_for(&view).unwrap();
    body["seq"] = json!(1.5);
    server.answer(id, &agency.key, "k-1", &body).await.assert_problem(400);
    let body = answer_for(&view).unwrap();
    server.answer(id, &agency.key, "a key", &body).await.assert_problem(400);
    let mut whole = answer_for(&view).unwrap();
    whole["seq"] = json!(1.0);
    let r = server.answer(id, &agency.key, "k-2", &whole).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);

    for since in [
        "0000-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-12:00",
        "2026-11-28t10:00:00.123456789z",
    ] {
        let r = server
            .get(&format!("/v1/results?since={}", since.replace('+', "%2B")), &agency.key)
            .await;
        assert_eq!(r.status, StatusCode::OK, "{since}: {}", r.text);
    }
    for bad in [
        "/v1/results?since=2026-11-28",
        "/v1/results?since=2026-11-28T00:00:00Z&format=xml",
    ] {
        server.get(bad, &agency.key).await.assert_problem(400);
    }
}

/// Every documented request body is checked against its schema in the document: a JSON array
/// where an object is documented (serde would read a struct from one), a scalar, or a field of
/// the wrong type is refused with 400, on every operation the document gives a body, so a new
/// operation cannot skip the check.
#[tokio::test]
async fn every_request_body_is_checked_against_its_schema() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Bodies").await;
    let view = server.start_session(&agency.key, "L-bodies").await;
    let id = view["id"].as_str().unwrap();
    let doc: Value = serde_json::from_str(&nln_server::api::openapi_document()).unwrap();
    let mut checked = Vec::new();
    for (route, methods) in doc["paths"].as_object().unwrap() {
        for (method, operation) in methods.as_object().unwrap() {
            if operation.get("requestBody").is_none() {
                continue;
            }
            assert_eq!(method, "post", "{route}");
            let path = route.replace("{id}", id);
            for bad in ["[null]", "[\"L-1\"]", "\"text\"", "42", "{\"code\": [1]}"] {
                let r = server
                    .call(
                        reqwest::Method::POST,
                        &path,
                        Some(&agency.key),
                        &[("idempotency-key", "k-body")],
                        Some(bad),
                    )
                    .await;
                let p = r.assert_problem(400);
                assert!(p["detail"].as_str().unwrap().contains("body"), "{route} {bad}: {p}");
            }
            checked.push(route.clone());
        }
    }
    checked.sort();
    assert_eq!(
        checked,
        [
            "/v1/join",
            "/v1/keys",
            "/v1/sessions",
            "/v1/sessions/{id}/answers",
            "/v1/webhooks"
        ],
        "operations with a body"
    );
    // What the schema accepts still reaches the handler: an empty or `null` body adds a key.
    for body in ["", "null", "{\"role\": \"intake\"}"] {
        let r = server
            .call(reqwest::Method::POST, "/v1/keys", Some(&agency.key), &[], Some(body))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{body:?}: {}", r.text);
    }
    // A session's own answer is unchanged by the failed attempts above.
    let r = server
        .answer(id, &agency.key, "k-good", &answer_for(&view).unwrap())
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
}
