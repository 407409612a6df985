//! Embedded SQLite: WAL journal with `synchronous=FULL`, so a commit is on disk (fsynced)
//! before the reply that acknowledges it. One connection behind a mutex is the single writer
//! SQLite wants; calls run on tokio's blocking pool, where a dropped request cannot stop them.

use super::*;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

/// `$1` → `?1`: the shared SQL text in SQLite's numbered-parameter form.
fn sql(text: &str) -> String {
    text.replace('$', "?")
}

impl Columns for rusqlite::Row<'_> {
    fn text(&self, i: usize) -> Result<String, StoreError> {
        Ok(self.get(i)?)
    }
    fn maybe_text(&self, i: usize) -> Result<Option<String>, StoreError> {
        Ok(self.get(i)?)
    }
    fn int(&self, i: usize) -> Result<i64, StoreError> {
        Ok(self.get(i)?)
    }
    fn maybe_int(&self, i: usize) -> Result<Option<i64>, StoreError> {
        Ok(self.get(i)?)
    }
    fn float(&self, i: usize) -> Result<f64, StoreError> {
        Ok(self.get(i)?)
    }
}

/// Every row a statement returns, mapped by `map`.
fn all<T>(
    st: &mut rusqlite::CachedStatement<'_>,
    params: impl rusqlite::Params,
    map: fn(&rusqlite::Row<'_>) -> Result<T, StoreError>,
) -> Result<Vec<T>, StoreError> {
    let mut rows = st.query(params)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(map(r)?);
    }
    Ok(out)
}

/// The first row a statement returns, if any, mapped by `map`.
fn first<T>(
    st: &mut rusqlite::CachedStatement<'_>,
    params: impl rusqlite::Params,
    map: fn(&rusqlite::Row<'_>) -> Result<T, StoreError>,
) -> Result<Option<T>, StoreError> {
    st.query(params)?.next()?.map(map).transpose()
}

/// Writes an event to the outbox, one row per live webhook of its agency.
fn enqueue(tx: &rusqlite::Transaction<'_>, e: &NewEvent) -> Result<(), StoreError> {
    tx.prepare_cached(&sql(ENQUEUE_EVENT))?
        .execute(params![e.id, e.agency_id, e.learner_ref, e.body, e.created_at])?;
    Ok(())
}

impl SqliteStore {
    pub(super) async fn open(path: PathBuf) -> Result<SqliteStore, StoreError> {
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, StoreError> {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                let _ = std::fs::create_dir_all(dir);
            }
            let conn = Connection::open(&path)?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            Ok(conn)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))??;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    async fn run<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic while holding the lock cannot leave a half transaction (rusqlite rolls
            // back on drop), so a poisoned lock is still safe to use.
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }

    pub(super) async fn migrate(&self) -> Result<(), StoreError> {
        self.run(|c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
            let found: i64 = tx.query_row("SELECT COALESCE(MAX(version), 0) FROM schema_version", [], |r| r.get(0))?;
            let known = MIGRATIONS.len() as i64;
            if found > known {
                return Err(StoreError::SchemaTooNew { found, known });
            }
            for (i, m) in MIGRATIONS.iter().enumerate().skip(found as usize) {
                tx.execute_batch(m)?;
                tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [i as i64 + 1])?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(super) async fn ping(&self) -> Result<(), StoreError> {
        self.run(|c| Ok(c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0)).map(|_| ())?))
            .await
    }

    pub(super) async fn add_agency(&self, agency: AgencyRow, key: NewKeyRow) -> Result<(), StoreError> {
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO agencies (id, name, retention_days, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![agency.id, agency.name, agency.retention_days, key.created_at],
            )?;
            tx.execute(
                "INSERT INTO api_keys (id, agency_id, hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![key.id, key.agency_id, key.hash, key.created_at],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(super) async fn agencies(&self) -> Result<Vec<AgencyRow>, StoreError> {
        self.run(|c| all(&mut c.prepare_cached(SELECT_AGENCIES)?, [], |r| agency_row(r)))
            .await
    }

    pub(super) async fn add_key(&self, key: NewKeyRow) -> Result<(), StoreError> {
        self.run(move |c| {
            c.execute(
                "INSERT INTO api_keys (id, agency_id, hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![key.id, key.agency_id, key.hash, key.created_at],
            )?;
            Ok(())
        })
        .await
    }

    pub(super) async fn revoke_key(&self, agency_id: &str, key_id: &str, now: &str) -> Result<bool, StoreError> {
        let (a, k, n) = (agency_id.to_string(), key_id.to_string(), now.to_string());
        self.run(move |c| {
            let changed = c.execute(
                "UPDATE api_keys SET revoked_at = ?1 WHERE agency_id = ?2 AND id = ?3 AND revoked_at IS NULL",
                params![n, a, k],
            )?;
            Ok(changed > 0)
        })
        .await
    }

    pub(super) async fn principal_for_key(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        let hash = hash.to_string();
        self.run(move |c| {
            let mut st =
                c.prepare_cached("SELECT agency_id, id FROM api_keys WHERE hash = ?1 AND revoked_at IS NULL")?;
            Ok(st
                .query_row([hash], |r| {
                    Ok(Principal::Agency {
                        agency_id: r.get(0)?,
                        key_id: r.get(1)?,
                    })
                })
                .optional()?)
        })
        .await
    }

    pub(super) async fn principal_for_learner(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        let hash = hash.to_string();
        self.run(move |c| {
            let mut st = c.prepare_cached("SELECT agency_id, session_id, hash FROM learner_tokens WHERE hash = ?1")?;
            Ok(st
                .query_row([hash], |r| {
                    let h: String = r.get(2)?;
                    Ok(Principal::Learner {
                        agency_id: r.get(0)?,
                        session_id: r.get(1)?,
                        token_id: h.chars().take(16).collect(),
                    })
                })
                .optional()?)
        })
        .await
    }

    pub(super) async fn insert_session(&self, s: SessionRow, event: Option<NewEvent>) -> Result<(), StoreError> {
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.prepare_cached(&sql(INSERT_SESSION))?.execute(params![
                s.id,
                s.agency_id,
                s.learner_ref,
                s.language,
                s.bank,
                s.mode,
                s.status,
                s.answered,
                s.state,
                s.theta,
                s.se,
                s.created_at,
                s.updated_at,
                s.finished_at,
                i64::from(s.consent_research),
                i64::from(s.consent_sharing)
            ])?;
            if let Some(e) = &event {
                enqueue(&tx, e)?;
            }
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(super) async fn session(&self, agency_id: &str, id: &str) -> Result<Option<SessionRow>, StoreError> {
        let (a, id) = (agency_id.to_string(), id.to_string());
        self.run(move |c| {
            let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1 AND agency_id = ?2");
            first(&mut c.prepare_cached(&q)?, [id, a], |r| session_row(r))
        })
        .await
    }

    pub(super) async fn mutate<E, F>(
        &self,
        agency_id: String,
        session_id: String,
        idem: Option<Idempotency>,
        change: F,
    ) -> Result<Outcome<E>, StoreError>
    where
        E: Send + 'static,
        F: FnOnce(&SessionRow) -> Result<Change, E> + Send + 'static,
    {
        self.run(move |c| {
            // IMMEDIATE takes the write lock now: no other writer between our read and write.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Some(k) = &idem {
                let stored: Option<(String, i64, String)> = tx
                    .prepare_cached(&sql(SELECT_IDEMPOTENCY))?
                    .query_row(params![k.principal, k.path, k.key], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                    })
                    .optional()?;
                if let Some((hash, status, body)) = stored {
                    return Ok(if hash == k.request_hash {
                        Outcome::Reply {
                            status: status as u16,
                            body,
                            replayed: true,
                        }
                    } else {
                        Outcome::KeyReused
                    });
                }
            }
            let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1 AND agency_id = ?2");
            let Some(row) = first(&mut tx.prepare_cached(&q)?, [&session_id, &agency_id], |r| {
                session_row(r)
            })?
            else {
                return Ok(Outcome::NotFound);
            };
            let done = match change(&row) {
                Ok(d) => d,
                Err(e) => return Ok(Outcome::Rejected(e)),
            };
            if let Some(a) = &done.answer {
                tx.prepare_cached(&sql(INSERT_ANSWER))?.execute(params![
                    a.session_id,
                    a.seq,
                    a.item,
                    a.response,
                    a.answered_at
                ])?;
            }
            let s = &done.session;
            tx.prepare_cached(&sql(UPDATE_SESSION))?.execute(params![
                s.status,
                s.answered,
                s.state,
                s.theta,
                s.se,
                s.updated_at,
                s.finished_at,
                row.id
            ])?;
            if let Some(e) = &done.event {
                enqueue(&tx, e)?;
            }
            if let Some(k) = &idem {
                tx.prepare_cached(&sql(INSERT_IDEMPOTENCY))?.execute(params![
                    k.principal,
                    k.path,
                    k.key,
                    k.request_hash,
                    i64::from(done.status),
                    done.body,
                    k.now
                ])?;
            }
            tx.commit()?;
            Ok(Outcome::Reply {
                status: done.status,
                body: done.body,
                replayed: false,
            })
        })
        .await
    }

    pub(super) async fn answers(&self, session_id: &str) -> Result<Vec<AnswerRow>, StoreError> {
        let id = session_id.to_string();
        self.run(move |c| all(&mut c.prepare_cached(&sql(SELECT_ANSWERS))?, [id], |r| answer_row(r)))
            .await
    }

    pub(super) async fn finished_since(
        &self,
        agency_id: &str,
        since: &str,
        (research, sharing): (i64, i64),
        limit: i64,
    ) -> Result<Vec<SessionRow>, StoreError> {
        let (a, s) = (agency_id.to_string(), since.to_string());
        self.run(move |c| {
            let q = sql(&format!("SELECT {SESSION_COLUMNS} FROM sessions {FINISHED_SINCE}"));
            all(
                &mut c.prepare_cached(&q)?,
                params![a, s, research, sharing, limit],
                |r| session_row(r),
            )
        })
        .await
    }

    pub(super) async fn delete_sessions(&self, agency_id: &str, selector: Selector) -> Result<u64, StoreError> {
        let a = agency_id.to_string();
        self.run(move |c| {
            let (clause, value) = selector.clause();
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let statements = delete_statements(clause);
            let mut deleted = 0;
            for (i, s) in statements.iter().enumerate() {
                let n = tx.execute(&sql(s), params![a, value])?;
                if i == statements.len() - 1 {
                    deleted = n as u64;
                }
            }
            if let Selector::Learner(learner_ref) = &selector {
                tx.execute(&sql(DELETE_LEARNER_EVENTS), params![a, learner_ref])?;
                if deleted > 0 {
                    enqueue(
                        &tx,
                        &crate::webhook::learner_deleted(&a, learner_ref, deleted, &crate::clock::now()),
                    )?;
                }
            }
            tx.commit()?;
            Ok(deleted)
        })
        .await
    }

    pub(super) async fn add_join_code(
        &self,
        code_hash: &str,
        agency_id: &str,
        session_id: &str,
        expires_at: &str,
    ) -> Result<(), StoreError> {
        let v = [code_hash, agency_id, session_id, expires_at].map(str::to_string);
        self.run(move |c| {
            c.execute(
                "INSERT INTO join_codes (code_hash, agency_id, session_id, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![v[0], v[1], v[2], v[3]],
            )?;
            Ok(())
        })
        .await
    }

    pub(super) async fn redeem_join_code<F>(
        &self,
        code_hash: &str,
        token_hash: &str,
        now: &str,
        relabel: F,
    ) -> Result<Option<Redeemed>, StoreError>
    where
        F: FnOnce(&SessionRow) -> Option<(String, String)> + Send + 'static,
    {
        let v = [code_hash, token_hash, now].map(str::to_string);
        self.run(move |c| {
            // IMMEDIATE: two joins with one code are serialized, so one token survives.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let Some((agency, session)) = first(
                &mut tx.prepare_cached(&sql(SELECT_JOIN_CODE))?,
                params![v[0], v[2]],
                |r| Ok((r.text(0)?, r.text(1)?)),
            )?
            else {
                return Ok(None);
            };
            let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1 AND agency_id = ?2");
            let Some(row) = first(&mut tx.prepare_cached(&q)?, [&session, &agency], |r| session_row(r))? else {
                return Ok(None);
            };
            if !in_progress(&row) {
                return Ok(Some(Redeemed::Ended {
                    agency_id: agency,
                    session_id: session,
                }));
            }
            tx.execute(&sql(USE_JOIN_CODE), params![v[2], v[0]])?;
            let revoked = tx.execute(&sql(REVOKE_LEARNER_TOKENS), params![session])? as u64;
            tx.execute(&sql(INSERT_LEARNER_TOKEN), params![v[1], agency, session, v[2]])?;
            let language = match relabel(&row) {
                Some((language, state)) => {
                    tx.execute(&sql(SET_LANGUAGE), params![language, state, v[2], session])?;
                    Some((row.language.clone(), language))
                }
                None => None,
            };
            tx.commit()?;
            Ok(Some(Redeemed::Joined {
                agency_id: agency,
                session_id: session,
                revoked,
                language,
            }))
        })
        .await
    }

    pub(super) async fn audit(&self, e: AuditEntry) -> Result<(), StoreError> {
        self.run(move |c| {
            // IMMEDIATE: no other writer between reading the chain's head and extending it.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let last = tx
                .prepare_cached(&sql(LAST_AUDIT))?
                .query_row([&e.agency_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let (seq, prev, hash) = next_link(last, &e);
            tx.prepare_cached(&sql(INSERT_AUDIT))?.execute(params![
                e.at,
                e.agency_id,
                e.actor,
                e.action,
                e.subject,
                seq,
                prev,
                hash
            ])?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(super) async fn audit_log(&self, agency_id: &str) -> Result<Vec<AuditRecord>, StoreError> {
        let a = agency_id.to_string();
        self.run(move |c| all(&mut c.prepare_cached(&sql(SELECT_AUDIT))?, [a], |r| audit_record(r)))
            .await
    }

    pub(super) async fn purge_idempotency(&self, cutoff: &str) -> Result<u64, StoreError> {
        let cutoff = cutoff.to_string();
        self.run(move |c| Ok(c.execute("DELETE FROM idempotency WHERE created_at < ?1", [cutoff])? as u64))
            .await
    }

    pub(super) async fn add_webhook(&self, w: NewWebhook) -> Result<bool, StoreError> {
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let n: i64 = tx.query_row(&sql(COUNT_WEBHOOKS), [&w.agency_id], |r| r.get(0))?;
            if n >= crate::webhook::MAX_PER_AGENCY as i64 {
                return Ok(false);
            }
            tx.execute(
                &sql(INSERT_WEBHOOK),
                params![w.id, w.agency_id, w.url, w.secret, w.created_at],
            )?;
            tx.commit()?;
            Ok(true)
        })
        .await
    }

    pub(super) async fn webhooks(&self, agency_id: &str) -> Result<Vec<WebhookRow>, StoreError> {
        let a = agency_id.to_string();
        self.run(move |c| all(&mut c.prepare_cached(&sql(SELECT_WEBHOOKS))?, [a], |r| webhook_row(r)))
            .await
    }

    pub(super) async fn remove_webhook(&self, agency_id: &str, id: &str, now: &str) -> Result<bool, StoreError> {
        let v = [agency_id, id, now].map(str::to_string);
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let removed = tx.execute(&sql(REMOVE_WEBHOOK), params![v[0], v[1], v[2]])? > 0;
            if removed {
                tx.execute(&sql(CANCEL_DELIVERIES), [&v[1]])?;
            }
            tx.commit()?;
            Ok(removed)
        })
        .await
    }

    pub(super) async fn claim_deliveries(
        &self,
        now: &str,
        lease_until: &str,
        limit: i64,
    ) -> Result<Vec<Delivery>, StoreError> {
        let (now, lease) = (now.to_string(), lease_until.to_string());
        self.run(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut claimed = Vec::new();
            {
                let mut st = tx.prepare_cached(&sql(&claim_deliveries_sql("")))?;
                let mut rows = st.query(params![now, lease, limit])?;
                while let Some(r) = rows.next()? {
                    claimed.push(Delivery {
                        id: r.get(0)?,
                        event_id: r.get(1)?,
                        webhook_id: r.get(2)?,
                        url: String::new(),
                        secret: String::new(),
                        body: r.get(3)?,
                        attempts: r.get(4)?,
                    });
                }
                let mut target = tx.prepare_cached(&sql(WEBHOOK_TARGET))?;
                for d in &mut claimed {
                    (d.url, d.secret) = target.query_row([&d.webhook_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                }
            }
            tx.commit()?;
            Ok(claimed)
        })
        .await
    }

    pub(super) async fn delivered(&self, id: &str, now: &str, status: u16) -> Result<(), StoreError> {
        let (id, now) = (id.to_string(), now.to_string());
        self.run(move |c| {
            c.prepare_cached(&sql(DELIVERED))?
                .execute(params![id, now, i64::from(status)])?;
            Ok(())
        })
        .await
    }

    pub(super) async fn delivery_failed(
        &self,
        id: &str,
        retry_at: Option<&str>,
        status: Option<u16>,
        error: &str,
    ) -> Result<(), StoreError> {
        let (id, retry_at, error) = (id.to_string(), retry_at.map(str::to_string), error.to_string());
        self.run(move |c| {
            c.prepare_cached(&sql(DELIVERY_FAILED))?
                .execute(params![id, retry_at, status.map(i64::from), error])?;
            Ok(())
        })
        .await
    }

    pub(super) async fn purge_outbox(&self, cutoff: &str) -> Result<u64, StoreError> {
        let cutoff = cutoff.to_string();
        self.run(move |c| Ok(c.execute(&sql(PURGE_OUTBOX), [cutoff])? as u64))
            .await
    }
}
