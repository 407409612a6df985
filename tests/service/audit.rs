//! The audit log is a hash chain per agency: concurrent writers (on either back end) leave it
//! gapless, and an entry altered or removed in the SQLite file itself is reported.

use crate::harness::{Backend, TestServer};
use nln_server::api::Limits;
use nln_server::store::Database;
use reqwest::StatusCode;
use serde_json::Value;

async fn verify(server: &TestServer, key: &str) -> Value {
    let r = server.get("/v1/audit/verify", key).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text);
    r.json()
}

async fn concurrent_writers_keep_the_chain_whole(backend: Backend) {
    let Some(server) = TestServer::start(backend, Limits::default()).await else {
        return;
    };
    let agency = server.agency("Chain").await;
    let other = server.agency("Other chain").await;
    let starts = (0..20).map(|i| {
        let (server, key) = (&server, if i % 4 == 0 { &other.key } else { &agency.key });
        async move { server.start_session(key, &format!("L-{i}")).await }
    });
    futures::future::join_all(starts).await;
    for (key, n) in [(&agency.key, 15), (&other.key, 5)] {
        let check = verify(&server, key).await;
        assert_eq!(check["broken_at"], Value::Null, "{check}");
        assert_eq!(check["entries"], n, "{check}");
        assert_eq!(check["head_seq"], n, "{check}");
        let log = server.get("/v1/audit", key).await.json();
        let seqs: Vec<i64> = log
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["seq"].as_i64().unwrap())
            .collect();
        assert_eq!(seqs, (1..=n).collect::<Vec<_>>());
        assert_eq!(log[n as usize - 1]["hash"], check["head_hash"]);
    }
}

#[tokio::test]
async fn concurrent_writers_keep_the_chain_whole_on_sqlite() {
    concurrent_writers_keep_the_chain_whole(Backend::Sqlite).await;
}

#[tokio::test]
async fn concurrent_writers_keep_the_chain_whole_on_postgres() {
    concurrent_writers_keep_the_chain_whole(Backend::Postgres).await;
}

fn tamper(database: &Database, statement: &str) {
    let Database::Sqlite(path) = database else {
        unreachable!("a SQLite test")
    };
    let conn = rusqlite::Connection::open(path).unwrap();
    assert_eq!(conn.execute(statement, []).unwrap(), 1, "{statement}");
}

#[tokio::test]
async fn tampering_with_the_sqlite_file_is_reported() {
    let server = TestServer::start(Backend::Sqlite, Limits::default()).await.unwrap();
    let agency = server.agency("Tampered").await;
    for i in 0..5 {
        server.start_session(&agency.key, &format!("L-{i}")).await;
    }
    let clean = verify(&server, &agency.key).await;
    assert_eq!(
        (clean["entries"].as_i64(), clean["broken_at"].clone()),
        (Some(5), Value::Null)
    );
    let agency_filter = format!("agency_id = '{}'", agency.id);

    // A deletion hidden by editing its entry: the stored hash no longer fits.
    tamper(
        &server.database,
        &format!("UPDATE audit_log SET action = 'session.read' WHERE {agency_filter} AND seq = 3"),
    );
    let altered = verify(&server, &agency.key).await;
    assert_eq!(altered["broken_at"], 3, "{altered}");
    assert_eq!(altered["reason"], "altered");
    tamper(
        &server.database,
        &format!("UPDATE audit_log SET action = 'session.create' WHERE {agency_filter} AND seq = 3"),
    );
    assert_eq!(verify(&server, &agency.key).await["broken_at"], Value::Null);

    // An entry removed: a gap; the removed entry's successors renumbered: a broken link.
    tamper(
        &server.database,
        &format!("DELETE FROM audit_log WHERE {agency_filter} AND seq = 2"),
    );
    let removed = verify(&server, &agency.key).await;
    assert_eq!(
        (removed["broken_at"].clone(), removed["reason"].clone()),
        (2.into(), "gap".into())
    );
    for seq in 3..=5 {
        tamper(
            &server.database,
            &format!(
                "UPDATE audit_log SET seq = {} WHERE {agency_filter} AND seq = {seq}",
                seq - 1
            ),
        );
    }
    let renumbered = verify(&server, &agency.key).await;
    assert_eq!(renumbered["broken_at"], 2, "{renumbered}");
    assert_eq!(renumbered["reason"], "relinked");
    // The break is reported in the server's log by number only.
    let logs = String::from_utf8_lossy(&crate::harness::logs().lock().unwrap()).to_string();
    assert!(logs.contains("audit chain broken"));
}
