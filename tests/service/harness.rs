//! An in-process server on 127.0.0.1 with a fresh database, and a small client.

use nln_server::api::Limits;
use nln_server::store::{Database, Role, Store};
use nln_server::webhook::DeliveryConfig;
use nln_server::{NewAgency, ServerConfig};
use reqwest::{Client, Method, StatusCode};
use serde_json::Value;
use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The PostgreSQL URL, or `None` (after a loud note) when this run has none; in CI a missing
/// URL is a failure, never a skip.
pub fn postgres_url() -> Option<String> {
    match std::env::var("NLN_TEST_PG_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").is_err(),
                "CI is set but NLN_TEST_PG_URL is not: the PostgreSQL tests must run in CI"
            );
            eprintln!("SKIPPED: NLN_TEST_PG_URL is not set; PostgreSQL service tests did not run");
            None
        }
    }
}

/// Every log line the servers of this test binary wrote.
pub fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = buffer.clone();
        let _ = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || SharedWriter(writer.clone()))
            .try_init();
        buffer
    })
    .clone()
}

struct SharedWriter(Arc<Mutex<Vec<u8>>>);

impl Write for SharedWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A running server and a way to reach it.
pub struct TestServer {
    pub base: String,
    pub database: Database,
    pub client: Client,
    limits: Limits,
    webhooks: DeliveryConfig,
    handle: tokio::task::JoinHandle<std::io::Result<()>>,
    _dir: Option<TempDir>,
}

/// A temporary folder removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let path = std::env::temp_dir().join(format!("nln-service-{tag}-{}", nln_server::secrets::new_id()));
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl TestServer {
    /// A server on a fresh SQLite file or the test PostgreSQL database; `None` when PostgreSQL
    /// is not available outside CI.
    pub async fn start(backend: Backend, limits: Limits) -> Option<TestServer> {
        // No delivery worker: on the shared PostgreSQL database only the webhook tests'
        // servers claim deliveries.
        let webhooks = DeliveryConfig {
            worker: false,
            ..DeliveryConfig::default()
        };
        TestServer::start_with(backend, limits, webhooks).await
    }

    /// A server with these webhook delivery settings.
    pub async fn start_with(backend: Backend, limits: Limits, webhooks: DeliveryConfig) -> Option<TestServer> {
        logs();
        let (database, dir) = match backend {
            Backend::Sqlite => {
                let dir = TempDir::new("db");
                (Database::Sqlite(dir.0.join("nln.db")), Some(dir))
            }
            Backend::Postgres => (Database::Postgres(postgres_url()?), None),
        };
        Some(TestServer::on(database, limits, webhooks, dir).await)
    }

    /// A server on a database made elsewhere (no limits, no delivery worker).
    pub async fn on_database(database: Database) -> TestServer {
        logs();
        let limits = Limits {
            requests_per_second: None,
            sessions_per_hour: None,
        };
        let webhooks = DeliveryConfig {
            worker: false,
            ..DeliveryConfig::default()
        };
        TestServer::on(database, limits, webhooks, None).await
    }

    async fn on(database: Database, limits: Limits, webhooks: DeliveryConfig, dir: Option<TempDir>) -> TestServer {
        let config = ServerConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            database: database.clone(),
            limits,
            webhooks,
        };
        let running = nln_server::start(config, nln_core::defaults::catalog()).await.unwrap();
        TestServer {
            base: format!("http://{}", running.address),
            database,
            client: Client::new(),
            limits,
            webhooks,
            handle: running.handle,
            _dir: dir,
        }
    }

    /// Stops this server and starts another on the same database: nothing may live only in
    /// the old one's memory.
    pub async fn restart(self) -> TestServer {
        let handle = self.handle;
        handle.abort();
        let _ = handle.await;
        TestServer::on(self.database, self.limits, self.webhooks, self._dir).await
    }

    /// Another instance on the same database, as a second `nln serve` behind a load balancer.
    pub async fn beside(&self) -> TestServer {
        TestServer::on(self.database.clone(), self.limits, self.webhooks, None).await
    }

    pub async fn store(&self) -> Store {
        Store::open(&self.database).await.unwrap()
    }

    pub async fn agency(&self, name: &str) -> NewAgency {
        nln_server::add_agency(&self.database, name, 365, Role::Admin)
            .await
            .unwrap()
    }

    /// Sends a request; returns status, headers and body text.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        auth: Option<&str>,
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) -> Reply {
        let mut request = self.client.request(method, format!("{}{path}", self.base));
        if let Some(token) = auth {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        if let Some(b) = body {
            request = request.header("content-type", "application/json").body(b.to_string());
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap();
        // New API keys are the one reply that must carry a "key".
        if !path.starts_with("/v1/keys") {
            record(&text);
        }
        Reply { status, headers, text }
    }

    pub async fn get(&self, path: &str, auth: &str) -> Reply {
        self.call(Method::GET, path, Some(auth), &[], None).await
    }

    pub async fn post(&self, path: &str, auth: &str, body: &Value) -> Reply {
        self.call(Method::POST, path, Some(auth), &[], Some(&body.to_string()))
            .await
    }

    pub async fn answer(&self, session: &str, auth: &str, key: &str, body: &Value) -> Reply {
        self.call(
            Method::POST,
            &format!("/v1/sessions/{session}/answers"),
            Some(auth),
            &[("idempotency-key", key)],
            Some(&body.to_string()),
        )
        .await
    }

    pub async fn start_session(&self, auth: &str, learner: &str) -> Value {
        let r = self
            .post("/v1/sessions", auth, &serde_json::json!({ "learner_ref": learner }))
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text);
        r.json()
    }

    /// Starts a session for `learner`: its id and first view.
    pub async fn open_session(&self, auth: &str, learner: &str) -> (String, Value) {
        let view = self.start_session(auth, learner).await;
        (view["id"].as_str().unwrap().to_string(), view)
    }

    /// Answers, asserting 200; the next view.
    pub async fn answered(&self, session: &str, auth: &str, key: &str, body: &Value) -> Value {
        let r = self.answer(session, auth, key, body).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text);
        r.json()
    }

    /// Ends a session early (`POST /v1/sessions/{id}/stop`).
    pub async fn stop(&self, session: &str, auth: &str) -> Reply {
        self.call(
            Method::POST,
            &format!("/v1/sessions/{session}/stop"),
            Some(auth),
            &[],
            None,
        )
        .await
    }
}

/// A reply.
pub struct Reply {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("{e}: {}", self.text))
    }

    /// Asserts an RFC 9457 problem with this status.
    pub fn assert_problem(&self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        assert_eq!(
            self.headers.get("content-type").map(|v| v.to_str().unwrap()),
            Some("application/problem+json"),
            "{}",
            self.text
        );
        let p = self.json();
        assert_eq!(p["status"], status);
        for field in ["type", "title", "detail", "instance"] {
            assert!(p[field].is_string(), "problem lacks {field}: {p}");
        }
        p
    }
}

/// Every response body seen by this test binary, but new API keys (scanned for item keys and
/// parameters by the sessions tests).
pub fn bodies() -> &'static Mutex<Vec<String>> {
    static BODIES: OnceLock<Mutex<Vec<String>>> = OnceLock::new();
    BODIES.get_or_init(|| Mutex::new(Vec::new()))
}

fn record(text: &str) {
    bodies().lock().unwrap().push(text.to_string());
}

/// An answer that fits the item the reply shows (the first choice shown, or every step in the
/// order shown), as the request body for `seq`.
pub fn answer_for(view: &Value) -> Option<Value> {
    let item = view.get("item").filter(|i| !i.is_null())?;
    let seq = view["next_seq"].as_i64().unwrap();
    let answer = match item["input"].as_str().unwrap() {
        "put_in_order" => {
            let ids: Vec<Value> = item["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["ui_id"].clone())
                .collect();
            serde_json::json!({ "kind": "order", "ui_ids": ids })
        }
        _ => serde_json::json!({ "kind": "pick", "ui_id": 1 }),
    };
    Some(serde_json::json!({ "seq": seq, "item": item["item"], "answer": answer }))
}

/// A session row put back by hand (a test ageing a session), with the audit entry every
/// stored session is written with.
pub async fn reinsert(store: &Store, row: nln_server::store::SessionRow) {
    let entry = nln_server::store::AuditEntry {
        at: row.updated_at.clone(),
        agency_id: row.agency_id.clone(),
        actor: "test".to_string(),
        action: "session.create".to_string(),
        subject: row.id.clone(),
    };
    store.insert_session(row, None, entry).await.unwrap();
}
