//! PostgreSQL through a connection pool. Commits wait for the WAL flush (`synchronous_commit`
//! is set `on` for every connection). Session state lives only in the database, so several
//! service instances can share it; `SELECT … FOR UPDATE` on the session row serializes requests
//! for one session across instances.

use super::*;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::{NoTls, Row};

#[derive(Clone)]
pub struct PgStore {
    pool: Pool,
}

fn pool_error(e: impl std::fmt::Display) -> StoreError {
    StoreError::Pool(e.to_string())
}

columns_via!(Row, try_get);

/// Every row mapped by `map`.
fn all<T>(rows: &[Row], map: fn(&Row) -> Result<T, StoreError>) -> Result<Vec<T>, StoreError> {
    rows.iter().map(map).collect()
}

/// Writes an event to the outbox, one row per live webhook of its agency.
async fn enqueue(tx: &deadpool_postgres::Transaction<'_>, e: &NewEvent) -> Result<(), StoreError> {
    let st = tx.prepare_cached(ENQUEUE_EVENT).await?;
    tx.execute(&st, &[&e.id, &e.agency_id, &e.learner_ref, &e.body, &e.created_at])
        .await?;
    Ok(())
}

/// A pooled connection in a transaction whose `BEGIN` and `COMMIT` travel in the same round
/// trips as its statements (tokio-postgres sends the requests of futures polled together
/// back to back, and the server runs them in order): an answer costs two round trips instead
/// of four. A transaction this guard has not seen end (an error, or a request dropped midway)
/// must not go back to the pool open, so the connection is then taken out of the pool and
/// closed, and the server rolls the transaction back.
struct Pipelined {
    conn: Option<deadpool_postgres::Object>,
    open: bool,
}

impl Pipelined {
    fn new(conn: deadpool_postgres::Object) -> Pipelined {
        Pipelined {
            conn: Some(conn),
            open: false,
        }
    }

    fn client(&self) -> &deadpool_postgres::Object {
        self.conn.as_ref().expect("the connection is held until drop")
    }

    /// From here until the reply to `COMMIT` or `ROLLBACK`, the connection may be in a
    /// transaction.
    fn beginning(&mut self) -> &deadpool_postgres::Object {
        self.open = true;
        self.client()
    }

    /// The reply to `COMMIT` or `ROLLBACK` came: the connection may go back to the pool.
    fn ended(&mut self) {
        self.open = false;
    }

    /// Ends the transaction with `ROLLBACK` (a request that writes nothing).
    async fn rollback(mut self) -> Result<(), StoreError> {
        self.client().batch_execute("ROLLBACK").await?;
        self.ended();
        Ok(())
    }
}

impl Drop for Pipelined {
    fn drop(&mut self) {
        if let (true, Some(conn)) = (self.open, self.conn.take()) {
            drop(deadpool_postgres::Object::take(conn));
        }
    }
}

/// The head of the agency's audit chain, read under the chain's lock: one writer per agency
/// chain, on any instance. `NO KEY UPDATE` does not block the key-share locks that inserting
/// the agency's sessions takes. Both statements go out together; the server reads the head
/// only once the lock is held.
async fn chain_head(c: &deadpool_postgres::Object, agency_id: &str) -> Result<Option<(i64, String)>, StoreError> {
    let (lock, last) = tokio::try_join!(c.prepare_cached(LOCK_AUDIT_CHAIN), c.prepare_cached(LAST_AUDIT))?;
    let (_, head) = tokio::try_join!(async { c.execute(&lock, &[&agency_id]).await }, async {
        c.query_opt(&last, &[&agency_id]).await
    })?;
    Ok(head.map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1))))
}

const LOCK_AUDIT_CHAIN: &str = "SELECT id FROM agencies WHERE id = $1 FOR NO KEY UPDATE";

/// Links `e` after `head` and commits, in one round trip.
async fn append_audit_and_commit(
    c: &deadpool_postgres::Object,
    head: Option<(i64, String)>,
    e: &AuditEntry,
) -> Result<(), StoreError> {
    let (seq, prev, hash) = next_link(head, e);
    let insert = c.prepare_cached(INSERT_AUDIT).await?;
    tokio::try_join!(
        async {
            c.execute(
                &insert,
                &[&e.at, &e.agency_id, &e.actor, &e.action, &e.subject, &seq, &prev, &hash],
            )
            .await
        },
        c.batch_execute("COMMIT")
    )?;
    Ok(())
}

/// Held while the schema is migrated, so instances starting together migrate once.
const MIGRATION_LOCK: i64 = 0x6e6c_6e5f_7365_7276;

impl PgStore {
    pub(super) async fn open(url: &str) -> Result<PgStore, StoreError> {
        let mut config: tokio_postgres::Config = url.parse()?;
        config.options("-c synchronous_commit=on");
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(10));
        }
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager).max_size(16).build().map_err(pool_error)?;
        Ok(PgStore { pool })
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(pool_error)
    }

    pub(super) async fn migrate(&self) -> Result<(), StoreError> {
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
            .await?;
        let found: i64 = tx
            .query_one("SELECT COALESCE(MAX(version), 0)::BIGINT FROM schema_version", &[])
            .await?
            .get(0);
        let known = MIGRATIONS.len() as i64;
        if found > known {
            return Err(StoreError::SchemaTooNew { found, known });
        }
        for (i, m) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            tx.batch_execute(m).await?;
            tx.execute("INSERT INTO schema_version (version) VALUES ($1)", &[&(i as i64 + 1)])
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn ping(&self) -> Result<(), StoreError> {
        self.client().await?.simple_query("SELECT 1").await?;
        Ok(())
    }

    pub(super) async fn add_agency(&self, agency: AgencyRow, key: NewKeyRow) -> Result<(), StoreError> {
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        tx.execute(
            "INSERT INTO agencies (id, name, retention_days, created_at) VALUES ($1, $2, $3, $4)",
            &[&agency.id, &agency.name, &agency.retention_days, &key.created_at],
        )
        .await?;
        tx.execute(
            INSERT_KEY,
            &[&key.id, &key.agency_id, &key.hash, &key.role.name(), &key.created_at],
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn agencies(&self) -> Result<Vec<AgencyRow>, StoreError> {
        let c = self.client().await?;
        all(&c.query(SELECT_AGENCIES, &[]).await?, agency_row)
    }

    pub(super) async fn add_key(&self, key: NewKeyRow) -> Result<(), StoreError> {
        self.client()
            .await?
            .execute(
                INSERT_KEY,
                &[&key.id, &key.agency_id, &key.hash, &key.role.name(), &key.created_at],
            )
            .await?;
        Ok(())
    }

    pub(super) async fn revoke_key(&self, agency_id: &str, key_id: &str, now: &str) -> Result<bool, StoreError> {
        let n = self
            .client()
            .await?
            .execute(
                "UPDATE api_keys SET revoked_at = $1 WHERE agency_id = $2 AND id = $3 AND revoked_at IS NULL",
                &[&now, &agency_id, &key_id],
            )
            .await?;
        Ok(n > 0)
    }

    pub(super) async fn principal_for_key(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        let c = self.client().await?;
        let st = c.prepare_cached(SELECT_KEY).await?;
        c.query_opt(&st, &[&hash])
            .await?
            .as_ref()
            .map(key_principal)
            .transpose()
    }

    pub(super) async fn principal_for_learner(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        let c = self.client().await?;
        let st = c
            .prepare_cached("SELECT agency_id, session_id, hash FROM learner_tokens WHERE hash = $1")
            .await?;
        Ok(c.query_opt(&st, &[&hash]).await?.map(|r| {
            let h: String = r.get(2);
            Principal::Learner {
                agency_id: r.get(0),
                session_id: r.get(1),
                token_id: h.chars().take(16).collect(),
            }
        }))
    }

    pub(super) async fn insert_session(
        &self,
        s: SessionRow,
        event: Option<NewEvent>,
        audit: AuditEntry,
    ) -> Result<(), StoreError> {
        let mut t = Pipelined::new(self.client().await?);
        let (insert, enqueue_event) = tokio::try_join!(
            t.client().prepare_cached(INSERT_SESSION),
            t.client().prepare_cached(ENQUEUE_EVENT)
        )?;
        let c = t.beginning();
        // One round trip: BEGIN, the session, its event, and the audit chain's head.
        let (_, _, _, head) = tokio::try_join!(
            async { c.batch_execute("BEGIN").await.map_err(StoreError::from) },
            async {
                c.execute(
                    &insert,
                    &[
                        &s.id,
                        &s.agency_id,
                        &s.learner_ref,
                        &s.language,
                        &s.bank,
                        &s.mode,
                        &s.status,
                        &s.answered,
                        &s.state,
                        &s.theta,
                        &s.se,
                        &s.created_at,
                        &s.updated_at,
                        &s.finished_at,
                        &i64::from(s.consent_research),
                        &i64::from(s.consent_sharing),
                    ],
                )
                .await
                .map_err(StoreError::from)
            },
            async {
                match &event {
                    Some(e) => c
                        .execute(
                            &enqueue_event,
                            &[&e.id, &e.agency_id, &e.learner_ref, &e.body, &e.created_at],
                        )
                        .await
                        .map_err(StoreError::from),
                    None => Ok(0),
                }
            },
            chain_head(c, &audit.agency_id)
        )?;
        // The second: the audit entry and COMMIT.
        append_audit_and_commit(c, head, &audit).await?;
        t.ended();
        Ok(())
    }

    pub(super) async fn session(&self, agency_id: &str, id: &str) -> Result<Option<SessionRow>, StoreError> {
        let c = self.client().await?;
        let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = $1 AND agency_id = $2");
        let st = c.prepare_cached(&q).await?;
        c.query_opt(&st, &[&id, &agency_id])
            .await?
            .as_ref()
            .map(session_row)
            .transpose()
    }

    pub(super) async fn mutate<E, F>(
        &self,
        agency_id: String,
        session_id: String,
        idem: Option<Idempotency>,
        change: F,
    ) -> Result<Outcome<E>, StoreError>
    where
        F: FnOnce(&SessionRow) -> Result<Change, E>,
    {
        let mut t = Pipelined::new(self.client().await?);
        let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = $1 AND agency_id = $2 FOR UPDATE");
        let (lock, select_key) = tokio::try_join!(
            t.client().prepare_cached(&q),
            t.client().prepare_cached(SELECT_IDEMPOTENCY)
        )?;
        let no_key = (String::new(), String::new(), String::new());
        let (p, path, key) = idem
            .as_ref()
            .map_or((&no_key.0, &no_key.1, &no_key.2), |k| (&k.principal, &k.path, &k.key));
        // First round trip: BEGIN, then lock the session row: concurrent requests for this
        // session (on any instance) wait here, then see the idempotency row the first one
        // stored; the idempotency read runs once the lock is held.
        let c = t.beginning();
        let (_, row, stored) = tokio::try_join!(
            c.batch_execute("BEGIN"),
            async { c.query_opt(&lock, &[&session_id, &agency_id]).await },
            async {
                match &idem {
                    Some(_) => c.query_opt(&select_key, &[p, path, key]).await,
                    None => Ok(None),
                }
            }
        )?;
        let Some(row) = row else {
            t.rollback().await?;
            return Ok(Outcome::NotFound);
        };
        let row = session_row(&row)?;
        if let (Some(k), Some(r)) = (&idem, stored) {
            t.rollback().await?;
            return Ok(k.stored(r.get(0), r.get(1), r.get(2)));
        }
        let done = match change(&row) {
            Ok(d) => d,
            Err(e) => {
                t.rollback().await?;
                return Ok(Outcome::Rejected(e));
            }
        };
        // Second round trip: the writes and COMMIT. A failing write aborts the transaction,
        // so the COMMIT behind it rolls back, and the error ends the request. Every statement
        // is prepared before the pipeline: a write waiting for its Parse would go out after
        // the COMMIT, outside the transaction.
        let (insert_answer, update, insert_key, enqueue) = tokio::try_join!(
            c.prepare_cached(INSERT_ANSWER),
            c.prepare_cached(UPDATE_SESSION),
            c.prepare_cached(INSERT_IDEMPOTENCY),
            c.prepare_cached(ENQUEUE_EVENT)
        )?;
        let s = &done.session;
        let status = i64::from(done.status);
        tokio::try_join!(
            async {
                match &done.answer {
                    Some(a) => {
                        c.execute(
                            &insert_answer,
                            &[&a.session_id, &a.seq, &a.item, &a.response, &a.answered_at],
                        )
                        .await
                    }
                    None => Ok(0),
                }
            },
            async {
                c.execute(
                    &update,
                    &[
                        &s.status,
                        &s.answered,
                        &s.state,
                        &s.theta,
                        &s.se,
                        &s.updated_at,
                        &s.finished_at,
                        &row.id,
                    ],
                )
                .await
            },
            async {
                match &idem {
                    Some(k) => {
                        c.execute(
                            &insert_key,
                            &[
                                &k.principal,
                                &k.path,
                                &k.key,
                                &k.request_hash,
                                &status,
                                &done.body,
                                &k.now,
                            ],
                        )
                        .await
                    }
                    None => Ok(0),
                }
            },
            async {
                match &done.event {
                    Some(e) => {
                        c.execute(&enqueue, &[&e.id, &e.agency_id, &e.learner_ref, &e.body, &e.created_at])
                            .await
                    }
                    None => Ok(0),
                }
            },
            c.batch_execute("COMMIT")
        )?;
        t.ended();
        Ok(Outcome::Reply {
            status: done.status,
            body: done.body,
            replayed: false,
        })
    }

    pub(super) async fn answers(&self, session_id: &str) -> Result<Vec<AnswerRow>, StoreError> {
        let c = self.client().await?;
        all(&c.query(SELECT_ANSWERS, &[&session_id]).await?, answer_row)
    }

    pub(super) async fn finished_since(
        &self,
        agency_id: &str,
        since: &str,
        (research, sharing): (i64, i64),
        limit: i64,
    ) -> Result<Vec<SessionRow>, StoreError> {
        let c = self.client().await?;
        let q = format!("SELECT {SESSION_COLUMNS} FROM sessions {FINISHED_SINCE}");
        let rows = c.query(&q, &[&agency_id, &since, &research, &sharing, &limit]).await?;
        all(&rows, session_row)
    }

    pub(super) async fn delete_sessions(&self, agency_id: &str, selector: Selector) -> Result<u64, StoreError> {
        let (clause, value) = selector.clause();
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        let (dependents, sessions) = delete_statements(clause);
        for s in &dependents {
            tx.execute(s.as_str(), &[&agency_id, &value]).await?;
        }
        let learners = tx
            .query(sessions.as_str(), &[&agency_id, &value])
            .await?
            .iter()
            .map(|r| r.text(0))
            .collect::<Result<Vec<_>, _>>()?;
        if let Selector::Learner(learner_ref) = &selector {
            tx.execute(DELETE_LEARNER_EVENTS, &[&agency_id, learner_ref]).await?;
        }
        for e in deletion_events(agency_id, &selector, &learners, &crate::clock::now()) {
            enqueue(&tx, &e).await?;
        }
        tx.commit().await?;
        Ok(learners.len() as u64)
    }

    pub(super) async fn add_join_code(
        &self,
        code_hash: &str,
        agency_id: &str,
        session_id: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        self.client()
            .await?
            .execute(
                "INSERT INTO join_codes (code_hash, agency_id, session_id, expires_at) VALUES ($1, $2, $3, $4)",
                &[&code_hash, &agency_id, &session_id, &expires_at],
            )
            .await?;
        Ok(())
    }

    pub(super) async fn redeem_join_code<F>(
        &self,
        code_hash: &str,
        token_hash: &str,
        now: &str,
        limit: JoinLimit,
        relabel: F,
    ) -> Result<Option<Redeemed>, StoreError>
    where
        F: FnOnce(&SessionRow) -> Option<(String, String)>,
    {
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        let Some(code) = tx.query_opt(SELECT_JOIN_CODE, &[&code_hash, &now]).await? else {
            return Ok(None);
        };
        let (agency, session): (String, String) = (code.try_get(0)?, code.try_get(1)?);
        // The session row's lock serializes joins (and answers) of this session on any
        // instance, so one token survives two joins at once.
        let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = $1 AND agency_id = $2 FOR UPDATE");
        let st = tx.prepare_cached(&q).await?;
        let Some(row) = tx.query_opt(&st, &[&session, &agency]).await? else {
            return Ok(None);
        };
        let row = session_row(&row)?;
        if !in_progress(&row) {
            return Ok(Some(Redeemed::Ended {
                agency_id: agency,
                session_id: session,
            }));
        }
        // Counted under the session row's lock: joins with this code, on any instance, are
        // counted one after another.
        let uses = tx.query_one(JOIN_USES, &[&code_hash, &limit.since]).await?;
        let (count, oldest): (i64, Option<String>) = (uses.try_get(0)?, uses.try_get(1)?);
        if count >= limit.max {
            return Ok(Some(Redeemed::Limited {
                oldest: oldest.unwrap_or_else(|| now.to_string()),
            }));
        }
        tx.execute(INSERT_JOIN_USE, &[&code_hash, &session, &now]).await?;
        tx.execute(USE_JOIN_CODE, &[&now, &code_hash]).await?;
        let revoked = tx.execute(REVOKE_LEARNER_TOKENS, &[&session]).await?;
        tx.execute(INSERT_LEARNER_TOKEN, &[&token_hash, &agency, &session, &now])
            .await?;
        let language = match relabel(&row) {
            Some((language, state)) => {
                tx.execute(SET_LANGUAGE, &[&language, &state, &now, &session]).await?;
                Some((row.language.clone(), language))
            }
            None => None,
        };
        tx.commit().await?;
        Ok(Some(Redeemed::Joined {
            agency_id: agency,
            session_id: session,
            revoked,
            language,
        }))
    }

    pub(super) async fn audit(&self, e: AuditEntry) -> Result<(), StoreError> {
        let mut t = Pipelined::new(self.client().await?);
        let c = t.beginning();
        let (_, head) = tokio::try_join!(
            async { c.batch_execute("BEGIN").await.map_err(StoreError::from) },
            chain_head(c, &e.agency_id)
        )?;
        append_audit_and_commit(c, head, &e).await?;
        t.ended();
        Ok(())
    }

    pub(super) async fn audit_log(&self, agency_id: &str) -> Result<Vec<AuditRecord>, StoreError> {
        let rows = self.client().await?.query(SELECT_AUDIT, &[&agency_id]).await?;
        all(&rows, audit_record)
    }

    pub(super) async fn purge_join_uses(&self, cutoff: &str) -> Result<u64, StoreError> {
        Ok(self.client().await?.execute(PURGE_JOIN_USES, &[&cutoff]).await?)
    }

    pub(super) async fn purge_idempotency(&self, cutoff: &str) -> Result<u64, StoreError> {
        Ok(self
            .client()
            .await?
            .execute("DELETE FROM idempotency WHERE created_at < $1", &[&cutoff])
            .await?)
    }

    pub(super) async fn add_webhook(&self, w: NewWebhook) -> Result<bool, StoreError> {
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        // Serializes registrations of one agency, so the cap holds across instances.
        tx.execute(
            "SELECT id FROM agencies WHERE id = $1 FOR NO KEY UPDATE",
            &[&w.agency_id],
        )
        .await?;
        let n: i64 = tx.query_one(COUNT_WEBHOOKS, &[&w.agency_id]).await?.get(0);
        if n >= crate::webhook::MAX_PER_AGENCY as i64 {
            return Ok(false);
        }
        tx.execute(INSERT_WEBHOOK, &[&w.id, &w.agency_id, &w.url, &w.secret, &w.created_at])
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    pub(super) async fn webhooks(&self, agency_id: &str) -> Result<Vec<WebhookRow>, StoreError> {
        let rows = self.client().await?.query(SELECT_WEBHOOKS, &[&agency_id]).await?;
        all(&rows, webhook_row)
    }

    pub(super) async fn remove_webhook(&self, agency_id: &str, id: &str, now: &str) -> Result<bool, StoreError> {
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        let removed = tx.execute(REMOVE_WEBHOOK, &[&agency_id, &id, &now]).await? > 0;
        if removed {
            tx.execute(CANCEL_DELIVERIES, &[&id]).await?;
        }
        tx.commit().await?;
        Ok(removed)
    }

    pub(super) async fn claim_deliveries(
        &self,
        now: &str,
        lease_until: &str,
        limit: i64,
    ) -> Result<Vec<Delivery>, StoreError> {
        let mut c = self.client().await?;
        let tx = c.transaction().await?;
        // SKIP LOCKED: instances claiming at the same moment take different rows.
        let st = tx
            .prepare_cached(&claim_deliveries_sql("FOR UPDATE SKIP LOCKED"))
            .await?;
        let rows = tx.query(&st, &[&now, &lease_until, &limit]).await?;
        let target = tx.prepare_cached(WEBHOOK_TARGET).await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for r in rows {
            let webhook_id: String = r.try_get(2)?;
            let t = tx.query_one(&target, &[&webhook_id]).await?;
            claimed.push(Delivery {
                id: r.try_get(0)?,
                event_id: r.try_get(1)?,
                webhook_id,
                url: t.try_get(0)?,
                secret: t.try_get(1)?,
                body: r.try_get(3)?,
                attempts: r.try_get(4)?,
            });
        }
        tx.commit().await?;
        Ok(claimed)
    }

    pub(super) async fn delivered(&self, id: &str, now: &str, status: u16) -> Result<(), StoreError> {
        self.client()
            .await?
            .execute(DELIVERED, &[&id, &now, &i64::from(status)])
            .await?;
        Ok(())
    }

    pub(super) async fn delivery_failed(
        &self,
        id: &str,
        retry_at: Option<&str>,
        status: Option<u16>,
        error: &str,
    ) -> Result<(), StoreError> {
        self.client()
            .await?
            .execute(DELIVERY_FAILED, &[&id, &retry_at, &status.map(i64::from), &error])
            .await?;
        Ok(())
    }

    pub(super) async fn purge_outbox(&self, cutoff: &str) -> Result<u64, StoreError> {
        Ok(self.client().await?.execute(PURGE_OUTBOX, &[&cutoff]).await?)
    }
}
