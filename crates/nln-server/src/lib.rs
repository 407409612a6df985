//! # nln-server
//!
//! The HTTP/JSON service of the NLN engine, started by `nln serve`. It is an adapter: sessions,
//! item selection, scoring and placement are `nln-core`'s; this crate authenticates agencies,
//! stores every answer durably (SQLite by default, PostgreSQL to scale out) and speaks JSON.
//!
//! Invariants: an answer and the choice of the next item are committed together, on disk,
//! before the reply; at most one answer per (session, seq); the stored estimate is a cache of
//! what the answer log recomputes; no session state lives only in a process's memory.

pub mod api;
pub mod audit;
pub mod clock;
pub mod flow;
pub mod integers;
pub mod live;
pub mod openapi;
pub mod outbox;
pub mod principals;
pub mod problem;
pub mod request_body;
pub mod secrets;
pub mod store;
pub mod texts;
pub mod view;
pub mod web;
pub mod webhook;
pub mod webhook_api;

use nln_core::content::Content;
use nln_core::i18n::Catalog;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use store::{AgencyRow, Database, Role, Store, StoreError};
use texts::Texts;

/// Default database of `nln serve` and `nln agency add`: a SQLite file in the working folder.
pub const DEFAULT_DATABASE: &str = "sqlite:nln.db";
/// Default listening address.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// Learner data is kept this long unless the agency says otherwise.
pub const DEFAULT_RETENTION_DAYS: i64 = 365;
/// Stored replies for idempotent retries are kept this long.
const IDEMPOTENCY_SECONDS: i64 = 7 * 24 * 3600;
/// How often the retention job runs.
const RETENTION_EVERY: Duration = Duration::from_secs(3600);

/// How to run the service.
pub struct ServerConfig {
    pub listen: SocketAddr,
    pub database: Database,
    pub limits: api::Limits,
    /// Webhook URL policy and delivery.
    pub webhooks: webhook::DeliveryConfig,
}

/// A running service: its address, and a handle to wait on.
pub struct Running {
    pub address: SocketAddr,
    pub handle: tokio::task::JoinHandle<std::io::Result<()>>,
}

fn leak_content() -> Result<&'static Content, String> {
    nln_core::defaults::content()
        .map(|c| &*Box::leak(Box::new(c)))
        .map_err(|e| e.to_string())
}

/// Opens the database, binds the address and serves in the background (tokio runtime needed).
pub async fn start(config: ServerConfig, catalog: Catalog) -> Result<Running, StartError> {
    let store = Store::open(&config.database).await?;
    let content = leak_content().map_err(StartError::Content)?;
    let page = web::Web::from_env(catalog.clone());
    let texts = Arc::new(Texts::new(catalog));
    let mut app = api::App::new(store.clone(), content, texts.clone(), config.limits);
    app.webhooks = config.webhooks;
    if config.webhooks.worker {
        tokio::spawn(outbox::run(store.clone(), config.webhooks, app.wake.clone()));
    }
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(StartError::Bind)?;
    let address = listener.local_addr().map_err(StartError::Bind)?;
    tokio::spawn(retention(store));
    let router = api::router(app)
        .merge(web::router(page, texts))
        .layer(web::compression());
    let handle = tokio::spawn(async move { axum::serve(listener, router).await });
    Ok(Running { address, handle })
}

/// Why the service could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Bind(std::io::Error),
    #[error("{0}")]
    Content(String),
}

/// Deletes learner data past each agency's retention period, and old stored replies.
async fn retention(store: Store) {
    let mut tick = tokio::time::interval(RETENTION_EVERY);
    loop {
        tick.tick().await;
        if let Err(e) = enforce_retention(&store).await {
            tracing::error!(error = %e, "retention job failed");
        }
    }
}

/// One pass of the retention job: each deleted learner's `learner.deleted` event is written in
/// the deletion's transaction.
pub async fn enforce_retention(store: &Store) -> Result<u64, StoreError> {
    let mut deleted = 0;
    for agency in store.agencies().await? {
        let cutoff = clock::now_plus(-agency.retention_days.saturating_mul(86_400));
        deleted += store.delete_before(&agency.id, &cutoff).await?;
    }
    store.purge_idempotency(&clock::now_plus(-IDEMPOTENCY_SECONDS)).await?;
    store.purge_outbox(&clock::now_plus(-IDEMPOTENCY_SECONDS)).await?;
    store
        .purge_join_uses(&clock::now_plus(-api::JOIN_WINDOW_SECONDS))
        .await?;
    if deleted > 0 {
        tracing::info!(
            sessions = deleted,
            "retention: deleted sessions past their agency's period"
        );
    }
    Ok(deleted)
}

/// A new agency and its first key (the secret is shown once, then only its hash exists).
pub struct NewAgency {
    pub id: String,
    pub key_id: String,
    pub key: String,
}

/// Creates an agency with a first API key of this role (an admin key, unless the operator
/// keeps administration to itself).
pub async fn add_agency(
    database: &Database,
    name: &str,
    retention_days: i64,
    role: Role,
) -> Result<NewAgency, StoreError> {
    let store = Store::open(database).await?;
    let id = secrets::new_id();
    let (key, secret) = api::new_key_row(&id, role);
    let key_id = key.id.clone();
    store
        .add_agency(
            AgencyRow {
                id: id.clone(),
                name: name.to_string(),
                retention_days,
            },
            key,
        )
        .await?;
    Ok(NewAgency {
        id,
        key_id,
        key: secret,
    })
}

/// Log lines to stderr, without colour codes when not on a terminal.
pub fn init_logging() {
    use std::io::IsTerminal;
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}
