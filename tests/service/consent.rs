//! Consent per purpose: recorded with the session, shown with it, and enforced by the results
//! list (JSON and CSV) for research and sharing, on SQLite and PostgreSQL.

use crate::harness::{Backend, TestServer};
use nln_server::api::Limits;
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn consent_is_enforced(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Consent").await;
    let since = nln_server::clock::now();
    let mut ids = Vec::new();
    for (learner, consent) in [
        ("L-none", Value::Null),
        ("L-research", json!({"research": true})),
        ("L-sharing", json!({"sharing": true})),
        ("L-both", json!({"research": true, "sharing": true})),
        ("L-neither", json!({"research": false, "sharing": false})),
    ] {
        let r = server
            .post(
                "/v1/sessions",
                &agency.key,
                &json!({"learner_ref": learner, "consent": consent}),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        let view = r.json();
        let expected = consent.as_object().map_or(json!({"research": false, "sharing": false}), |c| {
            json!({"research": c.get("research").unwrap_or(&json!(false)), "sharing": c.get("sharing").unwrap_or(&json!(false))})
        });
        assert_eq!(view["consent"], expected);
        let id = view["id"].as_str().unwrap().to_string();
        let stopped = server.stop(&id, &agency.key).await;
        assert_eq!(stopped.status, StatusCode::OK, "{}", stopped.text);
        assert_eq!(stopped.json()["consent"], expected);
        ids.push((learner, id));
    }
    let listed = |purpose: Option<&'static str>, csv: bool| {
        let server = &server;
        let key = agency.key.clone();
        let since = since.clone();
        async move {
            let mut path = format!("/v1/results?since={since}");
            if let Some(p) = purpose {
                path.push_str(&format!("&purpose={p}"));
            }
            if csv {
                path.push_str("&format=csv");
            }
            let r = server.get(&path, &key).await;
            assert_eq!(r.status, StatusCode::OK, "{}", r.text);
            let mut refs: Vec<String> = if csv {
                r.text
                    .lines()
                    .skip(1)
                    .map(|l| l.split(',').nth(1).unwrap().to_string())
                    .collect()
            } else {
                r.json()["results"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|row| row["learner_ref"].as_str().unwrap().to_string())
                    .collect()
            };
            refs.sort();
            refs
        }
    };
    for csv in [false, true] {
        assert_eq!(listed(None, csv).await.len(), 5);
        assert_eq!(listed(Some("placement"), csv).await.len(), 5);
        assert_eq!(listed(Some("research"), csv).await, ["L-both", "L-research"]);
        assert_eq!(listed(Some("sharing"), csv).await, ["L-both", "L-sharing"]);
    }
    server
        .get(&format!("/v1/results?since={since}&purpose=marketing"), &agency.key)
        .await
        .assert_problem(400);
    server
        .post(
            "/v1/sessions",
            &agency.key,
            &json!({"learner_ref": "L-x", "consent": {"research": true, "marketing": true}}),
        )
        .await
        .assert_problem(400);
    // Each export is audited with its purpose.
    let log = server.get("/v1/audit", &agency.key).await.json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for purpose in ["placement", "research", "sharing"] {
        assert!(
            actions.contains(&format!("results.export.{purpose}").as_str()),
            "{actions:?}"
        );
    }
}

#[tokio::test]
async fn consent_per_purpose_is_enforced_on_sqlite() {
    consent_is_enforced(Backend::Sqlite).await;
}

#[tokio::test]
async fn consent_per_purpose_is_enforced_on_postgres() {
    consent_is_enforced(Backend::Postgres).await;
}
