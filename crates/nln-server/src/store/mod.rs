//! Storage behind one interface, with two back ends: embedded SQLite (the default, nothing to
//! install) and PostgreSQL (several service instances sharing one database).
//!
//! Both run the same SQL text (`$1` placeholders; SQLite reads them as `?1`). Every write that
//! acknowledges an answer happens in one transaction that first locks the session row, so two
//! requests for one session are serialized on either back end, and the reply is stored with the
//! answer (idempotent retries get the same bytes back).

mod postgres;
mod sqlite;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;

pub use crate::webhook::NewEvent;
use std::path::PathBuf;

/// Migrations, applied in order; the version is the position in this list.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("schema.sql"),
    include_str!("audit_chain.sql"),
    include_str!("consent.sql"),
    include_str!("webhooks.sql"),
    include_str!("key_roles.sql"),
    include_str!("join_uses.sql"),
];

/// A failure of the database itself (not of the request).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("PostgreSQL pool: {0}")]
    Pool(String),
    #[error("database task failed: {0}")]
    Task(String),
    #[error("unsupported database address `{0}` (expected sqlite:PATH or postgres://…)")]
    Address(String),
    #[error("the database schema is version {found}, newer than this program ({known})")]
    SchemaTooNew { found: i64, known: i64 },
}

/// Where the data lives, parsed from `--database`.
#[derive(Debug, Clone, PartialEq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Database {
    /// `sqlite:PATH`, a bare path, or `postgres://…` / `postgresql://…`.
    pub fn parse(address: &str) -> Result<Database, StoreError> {
        if address.starts_with("postgres://") || address.starts_with("postgresql://") {
            Ok(Database::Postgres(address.to_string()))
        } else if let Some(path) = address.strip_prefix("sqlite:") {
            let path = path.strip_prefix("//").unwrap_or(path);
            if path.is_empty() {
                return Err(StoreError::Address(address.to_string()));
            }
            Ok(Database::Sqlite(PathBuf::from(path)))
        } else if address.contains("://") || address.is_empty() {
            Err(StoreError::Address(address.to_string()))
        } else {
            Ok(Database::Sqlite(PathBuf::from(address)))
        }
    }

    /// The address without a password, for messages.
    pub fn display(&self) -> String {
        match self {
            Database::Sqlite(p) => format!("sqlite:{}", p.display()),
            Database::Postgres(url) => redact_password(url),
        }
    }
}

fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{host}")
        }
        None => url.to_string(),
    }
}

/// An agency's key as handed to its owner: shown once, stored only as a hash.
#[derive(Debug, Clone)]
pub struct NewKey {
    pub id: String,
    pub secret: String,
}

/// A stored session row.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRow {
    pub id: String,
    pub agency_id: String,
    pub learner_ref: String,
    pub language: String,
    pub bank: String,
    pub mode: String,
    pub status: String,
    pub answered: i64,
    /// The core's `SessionState` as JSON: a cache, recomputable from the answer log.
    pub state: String,
    pub theta: f64,
    pub se: f64,
    pub created_at: String,
    pub updated_at: String,
    pub finished_at: Option<String>,
    /// The learner consented to research use of the answers (de-identified).
    pub consent_research: bool,
    /// The learner consented to the result being shared beyond the agency.
    pub consent_sharing: bool,
}

/// One stored answer (append-only).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    pub session_id: String,
    pub seq: i64,
    pub item: String,
    pub response: String,
    pub answered_at: String,
}

/// What a mutation writes to the session row.
#[derive(Debug, Clone)]
pub struct SessionUpdate {
    pub status: String,
    pub answered: i64,
    pub state: String,
    pub theta: f64,
    pub se: f64,
    pub updated_at: String,
    pub finished_at: Option<String>,
}

/// The result of a mutation closure: the new row, an answer to append, and the reply.
#[derive(Debug, Clone)]
pub struct Change {
    pub session: SessionUpdate,
    pub answer: Option<AnswerRow>,
    /// An event for the agency's webhooks, written to the outbox in the same transaction.
    pub event: Option<NewEvent>,
    pub status: u16,
    pub body: String,
}

/// The caller's idempotency key for a mutation.
#[derive(Debug, Clone)]
pub struct Idempotency {
    /// Who asked (an API key id or a learner token id): keys never cross callers.
    pub principal: String,
    pub path: String,
    pub key: String,
    /// SHA-256 of method, path and body.
    pub request_hash: String,
    pub now: String,
}

impl Idempotency {
    /// What a reply stored under this key means for this request: a replay of it when the
    /// stored request is this one, otherwise the key reused for another request.
    pub fn stored<E>(&self, hash: String, status: i64, body: String) -> Outcome<E> {
        if hash == self.request_hash {
            Outcome::Reply {
                status: status as u16,
                body,
                replayed: true,
            }
        } else {
            Outcome::KeyReused
        }
    }
}

/// How a mutation ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<E> {
    /// Stored now (`replayed == false`) or earlier under the same idempotency key.
    Reply { status: u16, body: String, replayed: bool },
    /// No such session in the caller's agency.
    NotFound,
    /// The idempotency key was used before for a different request.
    KeyReused,
    /// The closure refused the change; nothing was written.
    Rejected(E),
}

/// What an agency's API key may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, including the agency's administration: keys, webhooks, the audit log.
    #[default]
    Admin,
    /// Sessions, join codes, results and learner deletion: what an intake system needs.
    Intake,
}

impl Role {
    /// The stored name.
    pub fn name(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Intake => "intake",
        }
    }

    /// The role of a stored name; anything unknown gets the lesser role.
    pub fn parse(name: &str) -> Role {
        match name {
            "admin" => Role::Admin,
            _ => Role::Intake,
        }
    }
}

/// The authenticated caller of a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Principal {
    /// An agency's API key.
    Agency {
        agency_id: String,
        key_id: String,
        role: Role,
    },
    /// A learner who joined one session with a code.
    Learner {
        agency_id: String,
        session_id: String,
        token_id: String,
    },
}

impl Principal {
    pub fn agency_id(&self) -> &str {
        match self {
            Principal::Agency { agency_id, .. } | Principal::Learner { agency_id, .. } => agency_id,
        }
    }

    /// The id used in audit entries, rate limits and idempotency scopes (never a secret).
    pub fn actor(&self) -> String {
        match self {
            Principal::Agency { key_id, .. } => format!("key:{key_id}"),
            Principal::Learner { token_id, .. } => format!("learner:{token_id}"),
        }
    }
}

/// One audit entry: who did what to which object, when (UTC).
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub at: String,
    pub agency_id: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
}

/// A stored audit entry with its place in the agency's hash chain (`None` for entries written
/// before the chain existed).
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRecord {
    pub entry: AuditEntry,
    pub seq: Option<i64>,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
}

/// An agency and how long it keeps learner data.
#[derive(Debug, Clone, PartialEq)]
pub struct AgencyRow {
    pub id: String,
    pub name: String,
    pub retention_days: i64,
}

/// The storage interface: one of the two back ends.
#[derive(Clone)]
pub enum Store {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

macro_rules! dispatch {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            Store::Sqlite($s) => $call.await,
            Store::Postgres($s) => $call.await,
        }
    };
}

impl Store {
    /// Opens (creating a SQLite file if needed) and migrates the database.
    pub async fn open(db: &Database) -> Result<Store, StoreError> {
        let store = match db {
            Database::Sqlite(path) => Store::Sqlite(SqliteStore::open(path.clone()).await?),
            Database::Postgres(url) => Store::Postgres(PgStore::open(url).await?),
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        dispatch!(self, s => s.migrate())
    }

    /// A round trip to the database (readiness).
    pub async fn ping(&self) -> Result<(), StoreError> {
        dispatch!(self, s => s.ping())
    }

    /// Creates an agency with its first key.
    pub async fn add_agency(&self, agency: AgencyRow, key: NewKeyRow) -> Result<(), StoreError> {
        dispatch!(self, s => s.add_agency(agency, key))
    }

    pub async fn agencies(&self) -> Result<Vec<AgencyRow>, StoreError> {
        dispatch!(self, s => s.agencies())
    }

    /// Adds a key to an agency (rotation: add the new key, then revoke the old one).
    pub async fn add_key(&self, key: NewKeyRow) -> Result<(), StoreError> {
        dispatch!(self, s => s.add_key(key))
    }

    /// Revokes a key of the agency; false when the agency has no such live key.
    pub async fn revoke_key(&self, agency_id: &str, key_id: &str, now: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.revoke_key(agency_id, key_id, now))
    }

    /// The live key with this hash.
    pub async fn principal_for_key(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        dispatch!(self, s => s.principal_for_key(hash))
    }

    /// The learner token with this hash.
    pub async fn principal_for_learner(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        dispatch!(self, s => s.principal_for_learner(hash))
    }

    /// Stores a new session, with its event when it ended at once, and the audit entry that
    /// records its creation, in one transaction: no session exists without its entry.
    pub async fn insert_session(
        &self,
        row: SessionRow,
        event: Option<NewEvent>,
        audit: AuditEntry,
    ) -> Result<(), StoreError> {
        dispatch!(self, s => s.insert_session(row, event, audit))
    }

    /// The session if it belongs to the agency.
    pub async fn session(&self, agency_id: &str, id: &str) -> Result<Option<SessionRow>, StoreError> {
        dispatch!(self, s => s.session(agency_id, id))
    }

    /// Replays a stored reply for a known idempotency key, otherwise runs `change` on the
    /// session row and writes its result, the answer and the reply in one durable transaction,
    /// only if the row is still the one `change` saw (PostgreSQL locks the row first; SQLite
    /// computes outside its single writer and checks the row under it, so `change` may run
    /// again on a newer row). The work runs in its own task: a client that hangs up cannot cut
    /// it short.
    pub async fn mutate<E, F>(
        &self,
        agency_id: &str,
        session_id: &str,
        idempotency: Option<Idempotency>,
        change: F,
    ) -> Result<Outcome<E>, StoreError>
    where
        E: Send + 'static,
        F: FnMut(&SessionRow) -> Result<Change, E> + Send + 'static,
    {
        let (agency_id, session_id) = (agency_id.to_string(), session_id.to_string());
        match self {
            Store::Sqlite(s) => s.mutate(agency_id, session_id, idempotency, change).await,
            Store::Postgres(s) => {
                let s = s.clone();
                tokio::spawn(async move { s.mutate(agency_id, session_id, idempotency, change).await })
                    .await
                    .map_err(|e| StoreError::Task(e.to_string()))?
            }
        }
    }

    /// The answer log of a session, in order.
    pub async fn answers(&self, session_id: &str) -> Result<Vec<AnswerRow>, StoreError> {
        dispatch!(self, s => s.answers(session_id))
    }

    /// Finished sessions of the agency with `finished_at >= since` whose learner consented to
    /// `purpose`, oldest first.
    pub async fn finished_since(
        &self,
        agency_id: &str,
        since: &str,
        purpose: Purpose,
        limit: i64,
    ) -> Result<Vec<SessionRow>, StoreError> {
        dispatch!(self, s => s.finished_since(agency_id, since, purpose.required_consent(), limit))
    }

    /// Deletes every session of a learner, with answers, codes, tokens, stored replies and the
    /// events naming the learner; when there were sessions, a `learner.deleted` event for the
    /// agency's webhooks is written in the same transaction.
    pub async fn delete_learner(&self, agency_id: &str, learner_ref: &str) -> Result<u64, StoreError> {
        dispatch!(self, s => s.delete_sessions(agency_id, Selector::Learner(learner_ref.to_string())))
    }

    /// Deletes the agency's sessions last touched before `cutoff` (retention), with a
    /// `learner.deleted` event per learner concerned in the same transaction.
    pub async fn delete_before(&self, agency_id: &str, cutoff: &str) -> Result<u64, StoreError> {
        dispatch!(self, s => s.delete_sessions(agency_id, Selector::Before(cutoff.to_string())))
    }

    /// Stores a join code (hashed) for a session.
    pub async fn add_join_code(
        &self,
        code_hash: &str,
        agency_id: &str,
        session_id: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        dispatch!(self, s => s.add_join_code(code_hash, agency_id, session_id, expires_at))
    }

    /// Opens a session with a live join code: while the session is in progress the code can
    /// be used again (a closed tab resumes), and each use revokes the session's earlier learner
    /// tokens, so one device at a time holds it. `relabel` may change the session's language
    /// (the learner's choice) in the same transaction: it returns (language, state) to store.
    /// `None` when no live code has this hash.
    ///
    /// A code opens its session at most `limit.max` times since `limit.since`, counted in the
    /// database, so the limit holds across every instance sharing it.
    pub async fn redeem_join_code<F>(
        &self,
        code_hash: &str,
        token_hash: &str,
        now: &str,
        limit: JoinLimit,
        relabel: F,
    ) -> Result<Option<Redeemed>, StoreError>
    where
        F: FnOnce(&SessionRow) -> Option<(String, String)> + Send + 'static,
    {
        dispatch!(self, s => s.redeem_join_code(code_hash, token_hash, now, limit, relabel))
    }

    /// Forgets joins made before `cutoff` (they no longer count against any limit).
    pub async fn purge_join_uses(&self, cutoff: &str) -> Result<u64, StoreError> {
        dispatch!(self, s => s.purge_join_uses(cutoff))
    }

    /// Appends an entry to its agency's hash chain (numbered and linked in one transaction).
    pub async fn audit(&self, entry: AuditEntry) -> Result<(), StoreError> {
        dispatch!(self, s => s.audit(entry))
    }

    /// The agency's audit log in chain order (unchained entries first).
    pub async fn audit_log(&self, agency_id: &str) -> Result<Vec<AuditRecord>, StoreError> {
        dispatch!(self, s => s.audit_log(agency_id))
    }

    /// Registers a webhook; false when the agency has [`crate::webhook::MAX_PER_AGENCY`].
    pub async fn add_webhook(&self, webhook: NewWebhook) -> Result<bool, StoreError> {
        dispatch!(self, s => s.add_webhook(webhook))
    }

    /// The agency's live webhooks with their delivery counts.
    pub async fn webhooks(&self, agency_id: &str) -> Result<Vec<WebhookRow>, StoreError> {
        dispatch!(self, s => s.webhooks(agency_id))
    }

    /// Removes a webhook of the agency and drops its pending deliveries; false when none.
    pub async fn remove_webhook(&self, agency_id: &str, id: &str, now: &str) -> Result<bool, StoreError> {
        dispatch!(self, s => s.remove_webhook(agency_id, id, now))
    }

    /// Claims up to `limit` due deliveries until `lease_until` (one claimer per delivery, on
    /// any instance) and counts the attempt.
    pub async fn claim_deliveries(
        &self,
        now: &str,
        lease_until: &str,
        limit: i64,
    ) -> Result<Vec<Delivery>, StoreError> {
        dispatch!(self, s => s.claim_deliveries(now, lease_until, limit))
    }

    /// Marks a delivery done.
    pub async fn delivered(&self, id: &str, now: &str, status: u16) -> Result<(), StoreError> {
        dispatch!(self, s => s.delivered(id, now, status))
    }

    /// Records a failed attempt: retried at `retry_at`, or given up when `None`.
    pub async fn delivery_failed(
        &self,
        id: &str,
        retry_at: Option<&str>,
        status: Option<u16>,
        error: &str,
    ) -> Result<(), StoreError> {
        dispatch!(self, s => s.delivery_failed(id, retry_at, status, error))
    }

    /// Forgets finished deliveries created before `cutoff`.
    pub async fn purge_outbox(&self, cutoff: &str) -> Result<u64, StoreError> {
        dispatch!(self, s => s.purge_outbox(cutoff))
    }

    /// Forgets stored replies older than `cutoff`.
    pub async fn purge_idempotency(&self, cutoff: &str) -> Result<u64, StoreError> {
        dispatch!(self, s => s.purge_idempotency(cutoff))
    }
}

/// What a live join code opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Redeemed {
    /// A new learner token for the session. `revoked` earlier tokens of the session stopped
    /// working (a re-join); `language` is (before, after) when the learner's choice changed it.
    Joined {
        agency_id: String,
        session_id: String,
        revoked: u64,
        language: Option<(String, String)>,
    },
    /// The session has ended: there is nothing left to answer, and no token is made.
    Ended { agency_id: String, session_id: String },
    /// The code was used as often as its limit allows; the oldest use in the window was at
    /// `oldest` (the next join is possible an hour after it).
    Limited { oldest: String },
}

/// At most `max` joins with one code since `since`.
#[derive(Debug, Clone)]
pub struct JoinLimit {
    pub since: String,
    pub max: i64,
}

/// Joins with a code since a time: (count, oldest).
pub(crate) const JOIN_USES: &str = "SELECT COUNT(*), MIN(used_at) FROM join_uses WHERE code_hash = $1 AND used_at > $2";

pub(crate) const INSERT_JOIN_USE: &str = "INSERT INTO join_uses (code_hash, session_id, used_at) VALUES ($1, $2, $3)";

pub(crate) const PURGE_JOIN_USES: &str = "DELETE FROM join_uses WHERE used_at <= $1";

/// The session a live join code opens: (agency, session id).
pub(crate) const SELECT_JOIN_CODE: &str =
    "SELECT agency_id, session_id FROM join_codes WHERE code_hash = $1 AND expires_at > $2";

pub(crate) const USE_JOIN_CODE: &str = "UPDATE join_codes SET used_at = $1 WHERE code_hash = $2";

/// Every learner token of a session stops working (a newer join replaces them).
pub(crate) const REVOKE_LEARNER_TOKENS: &str = "DELETE FROM learner_tokens WHERE session_id = $1";

pub(crate) const INSERT_LEARNER_TOKEN: &str =
    "INSERT INTO learner_tokens (hash, agency_id, session_id, created_at) VALUES ($1, $2, $3, $4)";

pub(crate) const SET_LANGUAGE: &str = "UPDATE sessions SET language = $1, state = $2, updated_at = $3 WHERE id = $4";

/// Whether a stored session still waits for answers.
pub(crate) fn in_progress(row: &SessionRow) -> bool {
    crate::view::Status::parse(&row.status) == crate::view::Status::InProgress
}

/// A key row to insert.
#[derive(Debug, Clone)]
pub struct NewKeyRow {
    pub id: String,
    pub agency_id: String,
    pub hash: String,
    pub role: Role,
    pub created_at: String,
}

pub(crate) const INSERT_KEY: &str =
    "INSERT INTO api_keys (id, agency_id, hash, role, created_at) VALUES ($1, $2, $3, $4, $5)";

/// The live key with a hash: (agency, key id, role).
pub(crate) const SELECT_KEY: &str = "SELECT agency_id, id, role FROM api_keys WHERE hash = $1 AND revoked_at IS NULL";

/// A row of [`SELECT_KEY`].
pub(crate) fn key_principal(r: &impl Columns) -> Result<Principal, StoreError> {
    Ok(Principal::Agency {
        agency_id: r.text(0)?,
        key_id: r.text(1)?,
        role: Role::parse(&r.text(2)?),
    })
}

/// What learner data is used for; each purpose but placement needs the learner's consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Placing the learner (why the test is taken).
    #[default]
    Placement,
    /// Research on the items and the engine.
    Research,
    /// Sharing the result beyond the agency.
    Sharing,
}

impl Purpose {
    pub fn name(self) -> &'static str {
        match self {
            Purpose::Placement => "placement",
            Purpose::Research => "research",
            Purpose::Sharing => "sharing",
        }
    }

    /// The least (consent_research, consent_sharing) a session needs to serve this purpose.
    pub(crate) fn required_consent(self) -> (i64, i64) {
        match self {
            Purpose::Placement => (0, 0),
            Purpose::Research => (1, 0),
            Purpose::Sharing => (0, 1),
        }
    }
}

/// Which sessions a deletion removes.
#[derive(Debug, Clone)]
pub(crate) enum Selector {
    Learner(String),
    Before(String),
}

impl Selector {
    /// Why the sessions are deleted, as `learner.deleted` events say it.
    pub(crate) fn reason(&self) -> crate::webhook::DeletionReason {
        match self {
            Selector::Learner(_) => crate::webhook::DeletionReason::Request,
            Selector::Before(_) => crate::webhook::DeletionReason::Retention,
        }
    }

    /// The `WHERE` clause after `agency_id = $1`, and its parameter.
    pub(crate) fn clause(&self) -> (&'static str, &str) {
        match self {
            Selector::Learner(r) => ("learner_ref = $2", r),
            Selector::Before(c) => ("updated_at < $2", c),
        }
    }
}

pub(crate) const SESSION_COLUMNS: &str = "id, agency_id, learner_ref, language, bank, mode, status, answered, state, \
     theta, se, created_at, updated_at, finished_at, consent_research, consent_sharing";

pub(crate) const INSERT_SESSION: &str =
    "INSERT INTO sessions (id, agency_id, learner_ref, language, bank, mode, status, \
     answered, state, theta, se, created_at, updated_at, finished_at, consent_research, consent_sharing) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";

pub(crate) const FINISHED_SINCE: &str = "WHERE agency_id = $1 AND finished_at >= $2 \
     AND consent_research >= $3 AND consent_sharing >= $4 ORDER BY finished_at, id LIMIT $5";

pub(crate) const UPDATE_SESSION: &str =
    "UPDATE sessions SET status = $1, answered = $2, state = $3, theta = $4, se = $5, \
     updated_at = $6, finished_at = $7 WHERE id = $8";

pub(crate) const INSERT_ANSWER: &str =
    "INSERT INTO answers (session_id, seq, item, response, answered_at) VALUES ($1, $2, $3, $4, $5)";

pub(crate) const SELECT_IDEMPOTENCY: &str =
    "SELECT request_hash, status, body FROM idempotency WHERE principal = $1 AND path = $2 AND key = $3";

pub(crate) const INSERT_IDEMPOTENCY: &str =
    "INSERT INTO idempotency (principal, path, key, request_hash, status, body, created_at) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// One column of a result row, whichever driver returned it: each row type below is mapped
/// from columns once, for both back ends.
pub(crate) trait Columns {
    fn text(&self, i: usize) -> Result<String, StoreError>;
    fn maybe_text(&self, i: usize) -> Result<Option<String>, StoreError>;
    fn int(&self, i: usize) -> Result<i64, StoreError>;
    fn maybe_int(&self, i: usize) -> Result<Option<i64>, StoreError>;
    fn float(&self, i: usize) -> Result<f64, StoreError>;
}

/// [`Columns`] for a driver's row type through its own typed getter (`get`, `try_get`): the
/// drivers differ only in that name.
macro_rules! columns_via {
    ($row:ty, $get:ident) => {
        impl Columns for $row {
            fn text(&self, i: usize) -> Result<String, StoreError> {
                Ok(self.$get(i)?)
            }
            fn maybe_text(&self, i: usize) -> Result<Option<String>, StoreError> {
                Ok(self.$get(i)?)
            }
            fn int(&self, i: usize) -> Result<i64, StoreError> {
                Ok(self.$get(i)?)
            }
            fn maybe_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
                Ok(self.$get(i)?)
            }
            fn float(&self, i: usize) -> Result<f64, StoreError> {
                Ok(self.$get(i)?)
            }
        }
    };
}
pub(crate) use columns_via;

/// A row of `SELECT {SESSION_COLUMNS}`.
pub(crate) fn session_row(r: &impl Columns) -> Result<SessionRow, StoreError> {
    Ok(SessionRow {
        id: r.text(0)?,
        agency_id: r.text(1)?,
        learner_ref: r.text(2)?,
        language: r.text(3)?,
        bank: r.text(4)?,
        mode: r.text(5)?,
        status: r.text(6)?,
        answered: r.int(7)?,
        state: r.text(8)?,
        theta: r.float(9)?,
        se: r.float(10)?,
        created_at: r.text(11)?,
        updated_at: r.text(12)?,
        finished_at: r.maybe_text(13)?,
        consent_research: r.int(14)? != 0,
        consent_sharing: r.int(15)? != 0,
    })
}

pub(crate) const SELECT_ANSWERS: &str =
    "SELECT session_id, seq, item, response, answered_at FROM answers WHERE session_id = $1 ORDER BY seq";

/// A row of [`SELECT_ANSWERS`].
pub(crate) fn answer_row(r: &impl Columns) -> Result<AnswerRow, StoreError> {
    Ok(AnswerRow {
        session_id: r.text(0)?,
        seq: r.int(1)?,
        item: r.text(2)?,
        response: r.text(3)?,
        answered_at: r.text(4)?,
    })
}

pub(crate) const SELECT_AGENCIES: &str = "SELECT id, name, retention_days FROM agencies ORDER BY id";

/// A row of [`SELECT_AGENCIES`].
pub(crate) fn agency_row(r: &impl Columns) -> Result<AgencyRow, StoreError> {
    Ok(AgencyRow {
        id: r.text(0)?,
        name: r.text(1)?,
        retention_days: r.int(2)?,
    })
}

/// A row of [`SELECT_AUDIT`].
pub(crate) fn audit_record(r: &impl Columns) -> Result<AuditRecord, StoreError> {
    Ok(AuditRecord {
        entry: AuditEntry {
            at: r.text(0)?,
            agency_id: r.text(1)?,
            actor: r.text(2)?,
            action: r.text(3)?,
            subject: r.text(4)?,
        },
        seq: r.maybe_int(5)?,
        prev_hash: r.maybe_text(6)?,
        hash: r.maybe_text(7)?,
    })
}

/// The newest link of an agency's audit chain.
pub(crate) const LAST_AUDIT: &str =
    "SELECT seq, hash FROM audit_log WHERE agency_id = $1 AND seq IS NOT NULL ORDER BY seq DESC LIMIT 1";

pub(crate) const INSERT_AUDIT: &str =
    "INSERT INTO audit_log (at, agency_id, actor, action, subject, seq, prev_hash, hash) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

pub(crate) const SELECT_AUDIT: &str = "SELECT at, agency_id, actor, action, subject, seq, prev_hash, hash \
     FROM audit_log WHERE agency_id = $1 ORDER BY CASE WHEN seq IS NULL THEN 0 ELSE 1 END, seq, at";

/// The next link after `last` (the newest (seq, hash), if any) for an entry.
pub(crate) fn next_link(last: Option<(i64, String)>, entry: &AuditEntry) -> (i64, String, String) {
    let (seq, prev) = last.map_or((1, crate::audit::GENESIS.to_string()), |(s, h)| (s + 1, h));
    let hash = crate::audit::link(&prev, seq, entry);
    (seq, prev, hash)
}

/// The statements that delete everything hanging off the selected sessions, then the one that
/// deletes the sessions and returns each one's learner reference.
pub(crate) fn delete_statements(where_clause: &str) -> (Vec<String>, String) {
    let ids = format!("SELECT id FROM sessions WHERE agency_id = $1 AND {where_clause}");
    (
        vec![
            format!("DELETE FROM answers WHERE session_id IN ({ids})"),
            format!("DELETE FROM join_codes WHERE session_id IN ({ids})"),
            format!("DELETE FROM join_uses WHERE session_id IN ({ids})"),
            format!("DELETE FROM learner_tokens WHERE session_id IN ({ids})"),
            format!("DELETE FROM idempotency WHERE path IN (SELECT '/v1/sessions/' || id || '/answers' FROM sessions WHERE agency_id = $1 AND {where_clause}) \
                     OR path IN (SELECT '/v1/sessions/' || id || '/stop' FROM sessions WHERE agency_id = $1 AND {where_clause})"),
        ],
        format!("DELETE FROM sessions WHERE agency_id = $1 AND {where_clause} RETURNING learner_ref"),
    )
}

/// The `learner.deleted` events of a deletion: one per learner whose sessions it removed, with
/// how many and why (a request, or the agency's retention period), in learner order.
pub(crate) fn deletion_events(agency_id: &str, selector: &Selector, learners: &[String], now: &str) -> Vec<NewEvent> {
    let mut counts: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    for learner in learners {
        *counts.entry(learner).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(learner, n)| crate::webhook::learner_deleted(agency_id, learner, n, selector.reason(), now))
        .collect()
}

/// A delivery claimed for sending: the event, where to, and with which secret.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: String,
    pub event_id: String,
    pub webhook_id: String,
    pub url: String,
    pub secret: String,
    pub body: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

/// A webhook to register.
#[derive(Debug, Clone)]
pub struct NewWebhook {
    pub id: String,
    pub agency_id: String,
    pub url: String,
    pub secret: String,
    pub created_at: String,
}

/// A registered webhook (never its secret) and how its deliveries stand.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookRow {
    pub id: String,
    pub url: String,
    pub created_at: String,
    pub pending: i64,
    pub delivered: i64,
    pub failed: i64,
}

/// One outbox row per live webhook of the event's agency (none when it has no webhook).
pub(crate) const ENQUEUE_EVENT: &str = "INSERT INTO outbox (id, event_id, webhook_id, agency_id, learner_ref, body, \
     created_at, attempts, next_attempt_at) \
     SELECT CAST($1 AS TEXT) || ':' || id, CAST($1 AS TEXT), id, agency_id, CAST($3 AS TEXT), CAST($4 AS TEXT), \
     CAST($5 AS TEXT), 0, CAST($5 AS TEXT) FROM webhooks WHERE agency_id = $2 AND removed_at IS NULL";

/// Claims due deliveries for a lease; `{lock}` is `FOR UPDATE SKIP LOCKED` on PostgreSQL.
pub(crate) fn claim_deliveries_sql(lock: &str) -> String {
    format!(
        "UPDATE outbox SET lease_until = $2, attempts = attempts + 1 WHERE id IN (SELECT id FROM outbox \
         WHERE next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until <= $1) \
         ORDER BY next_attempt_at LIMIT $3 {lock}) RETURNING id, event_id, webhook_id, body, attempts"
    )
}

pub(crate) const WEBHOOK_TARGET: &str = "SELECT url, secret FROM webhooks WHERE id = $1";

pub(crate) const DELIVERED: &str = "UPDATE outbox SET delivered_at = $2, next_attempt_at = NULL, lease_until = NULL, \
     last_status = $3, last_error = NULL WHERE id = $1";

pub(crate) const DELIVERY_FAILED: &str = "UPDATE outbox SET next_attempt_at = $2, lease_until = NULL, \
     last_status = $3, last_error = $4 WHERE id = $1";

pub(crate) const INSERT_WEBHOOK: &str =
    "INSERT INTO webhooks (id, agency_id, url, secret, created_at) VALUES ($1, $2, $3, $4, $5)";

pub(crate) const COUNT_WEBHOOKS: &str = "SELECT COUNT(*) FROM webhooks WHERE agency_id = $1 AND removed_at IS NULL";

pub(crate) const SELECT_WEBHOOKS: &str = "SELECT w.id, w.url, w.created_at, \
     (SELECT COUNT(*) FROM outbox o WHERE o.webhook_id = w.id AND o.next_attempt_at IS NOT NULL), \
     (SELECT COUNT(*) FROM outbox o WHERE o.webhook_id = w.id AND o.delivered_at IS NOT NULL), \
     (SELECT COUNT(*) FROM outbox o WHERE o.webhook_id = w.id AND o.next_attempt_at IS NULL AND o.delivered_at IS NULL) \
     FROM webhooks w WHERE w.agency_id = $1 AND w.removed_at IS NULL ORDER BY w.created_at, w.id";

pub(crate) const REMOVE_WEBHOOK: &str =
    "UPDATE webhooks SET removed_at = $3 WHERE agency_id = $1 AND id = $2 AND removed_at IS NULL";

/// Pending deliveries of a removed webhook are dropped with it.
pub(crate) const CANCEL_DELIVERIES: &str = "UPDATE outbox SET next_attempt_at = NULL, lease_until = NULL, \
     last_error = 'webhook removed' WHERE webhook_id = $1 AND next_attempt_at IS NOT NULL";

/// A deleted learner's earlier events (they name the learner) go with the learner's data.
pub(crate) const DELETE_LEARNER_EVENTS: &str = "DELETE FROM outbox WHERE agency_id = $1 AND learner_ref = $2";

/// Finished deliveries older than the cutoff.
pub(crate) const PURGE_OUTBOX: &str = "DELETE FROM outbox WHERE next_attempt_at IS NULL AND created_at < $1";

/// A row of [`SELECT_WEBHOOKS`].
pub(crate) fn webhook_row(r: &impl Columns) -> Result<WebhookRow, StoreError> {
    Ok(WebhookRow {
        id: r.text(0)?,
        url: r.text(1)?,
        created_at: r.text(2)?,
        pending: r.int(3)?,
        delivered: r.int(4)?,
        failed: r.int(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_database_addresses() {
        assert_eq!(
            Database::parse("sqlite:nln.db").unwrap(),
            Database::Sqlite("nln.db".into())
        );
        assert_eq!(
            Database::parse("data/nln.db").unwrap(),
            Database::Sqlite("data/nln.db".into())
        );
        assert!(matches!(
            Database::parse("postgres://u@h/db").unwrap(),
            Database::Postgres(_)
        ));
        assert!(Database::parse("mysql://x").is_err());
        assert!(Database::parse("sqlite:").is_err());
        assert_eq!(
            Database::parse("postgres://u:secret@h:5432/db").unwrap().display(),
            "postgres://u@h:5432/db"
        );
    }
}
