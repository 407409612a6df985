//! Embedded SQLite: WAL journal with `synchronous=FULL`, so a commit is on disk (fsynced)
//! before the reply that acknowledges it. One connection behind a mutex is the single writer
//! SQLite wants; reads use connections of their own (WAL readers see the last commit and never
//! wait for the writer). Calls run on tokio's blocking pool, where a dropped request cannot
//! stop them.
//!
//! An answer is computed outside the writer: the session is read on a reader connection, the
//! core scores it and chooses the next item, and only then does the writer take its lock, check
//! that the row is still the one computed on (and the idempotency key still unused), and write.
//! A row changed meanwhile (another request for the same session) means the work is done again
//! on the new row; after [`OPTIMISTIC_TRIES`] such conflicts the change is computed under the
//! lock, so a session under contention still makes progress. New sessions and audit entries
//! join the same group commit, so a session start costs no fsync of its own.

use super::*;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Computations on a read row before the change is computed under the writer's lock instead.
pub const OPTIMISTIC_TRIES: usize = 3;
/// Idle reader connections kept open (more are opened while many reads run at once).
const IDLE_READERS: usize = 16;

/// Most writes (answers, new sessions, audit entries) in one transaction (one fsync).
const MAX_GROUP: usize = 128;

/// What a grouped write hands back once the group's commit is known.
type Deliver = Box<dyn FnOnce(Result<(), String>) + Send>;
/// A write run inside the group's transaction (in a savepoint of its own).
type GroupedWrite = Box<dyn FnOnce(&Connection) -> Deliver + Send>;

#[derive(Clone)]
pub struct SqliteStore {
    /// The single writer.
    conn: Arc<Mutex<Connection>>,
    /// Writes waiting for the next group commit.
    group: std::sync::mpsc::Sender<GroupedWrite>,
    /// Idle reader connections.
    readers: Arc<Mutex<Vec<Connection>>>,
    path: PathBuf,
}

/// `$1` → `?1`: the shared SQL text in SQLite's numbered-parameter form.
fn sql(text: &str) -> String {
    text.replace('$', "?")
}

columns_via!(rusqlite::Row<'_>, get);

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
fn enqueue(tx: &Connection, e: &NewEvent) -> Result<(), StoreError> {
    tx.prepare_cached(&sql(ENQUEUE_EVENT))?
        .execute(params![e.id, e.agency_id, e.learner_ref, e.body, e.created_at])?;
    Ok(())
}

/// Extends the agency's audit chain by `e`. The single writer runs one write at a time, so
/// no other entry comes between reading the chain's head and linking to it.
fn append_audit(c: &Connection, e: &AuditEntry) -> Result<(), StoreError> {
    let last = c
        .prepare_cached(&sql(LAST_AUDIT))?
        .query_row([&e.agency_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (seq, prev, hash) = next_link(last, e);
    c.prepare_cached(&sql(INSERT_AUDIT))?.execute(params![
        e.at,
        e.agency_id,
        e.actor,
        e.action,
        e.subject,
        seq,
        prev,
        hash
    ])?;
    Ok(())
}

/// The reply stored under an idempotency key: `Some` ends the request (a replay, or the key
/// reused for another request).
fn stored_reply<E>(c: &Connection, k: &Idempotency) -> Result<Option<Outcome<E>>, StoreError> {
    let stored: Option<(String, i64, String)> = c
        .prepare_cached(&sql(SELECT_IDEMPOTENCY))?
        .query_row(params![k.principal, k.path, k.key], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(stored.map(|(hash, status, body)| k.stored(hash, status, body)))
}

/// The session row of the agency.
fn session_of(c: &Connection, agency_id: &str, session_id: &str) -> Result<Option<SessionRow>, StoreError> {
    let q = format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = ?1 AND agency_id = ?2");
    first(&mut c.prepare_cached(&q)?, [session_id, agency_id], |r| session_row(r))
}

/// Writes a computed change (inside the writer's transaction).
fn write_change(
    tx: &Connection,
    session_id: &str,
    idem: Option<&Idempotency>,
    done: &Change,
) -> Result<(), StoreError> {
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
        session_id
    ])?;
    if let Some(e) = &done.event {
        enqueue(tx, e)?;
    }
    if let Some(k) = idem {
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
    Ok(())
}

/// The group commit: writes that arrive while a commit is on its way to disk wait, and are
/// then written together in one transaction with one fsync, each in a savepoint of its own (a
/// failing write is rolled back alone). Every write learns the outcome only after the commit,
/// so nothing is acknowledged before it is on disk. Ends when the store is dropped.
fn commit_groups(conn: &Mutex<Connection>, waiting: &std::sync::mpsc::Receiver<GroupedWrite>) {
    while let Ok(first) = waiting.recv() {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match waiting.try_recv() {
                Ok(w) => group.push(w),
                Err(_) => break,
            }
        }
        let c = conn.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(e) = c.execute_batch("BEGIN IMMEDIATE") {
            tracing::error!(error = %e, "group commit could not begin");
            // Dropped unrun: each waiting request sees its write fail.
            continue;
        }
        let delivered: Vec<Deliver> = group.into_iter().map(|w| w(&c)).collect();
        let committed = match c.execute_batch("COMMIT") {
            Ok(()) => Ok(()),
            Err(e) => {
                let _ = c.execute_batch("ROLLBACK");
                Err(e.to_string())
            }
        };
        drop(c);
        for deliver in delivered {
            deliver(committed.clone());
        }
    }
}

/// Runs `write` in its own savepoint of the current transaction: its changes stay only if it
/// succeeds.
fn in_savepoint<T>(c: &Connection, write: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
    c.execute_batch("SAVEPOINT grouped")?;
    match write(c) {
        Ok(v) => {
            c.execute_batch("RELEASE grouped")?;
            Ok(v)
        }
        Err(e) => {
            c.execute_batch("ROLLBACK TO grouped; RELEASE grouped")?;
            Err(e)
        }
    }
}

/// A connection with the service's settings.
fn connect(path: &std::path::Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(conn)
}

impl SqliteStore {
    pub(super) async fn open(path: PathBuf) -> Result<SqliteStore, StoreError> {
        let at = path.clone();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, StoreError> {
            if let Some(dir) = at.parent().filter(|d| !d.as_os_str().is_empty()) {
                let _ = std::fs::create_dir_all(dir);
            }
            let conn = connect(&at, OpenFlags::default())?;
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "FULL")?;
            conn.pragma_update(None, "foreign_keys", "ON")?;
            Ok(conn)
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))??;
        let conn = Arc::new(Mutex::new(conn));
        let (group, waiting) = std::sync::mpsc::channel();
        let writer = conn.clone();
        std::thread::Builder::new()
            .name("nln-sqlite-commit".into())
            .spawn(move || commit_groups(&writer, &waiting))
            .map_err(|e| StoreError::Task(e.to_string()))?;
        Ok(SqliteStore {
            conn,
            group,
            readers: Arc::new(Mutex::new(Vec::new())),
            path,
        })
    }

    /// Runs `f` with the writer (blocking pool).
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

    /// Runs `write` with the next group commit, in a savepoint of its own, and blocks until
    /// that commit is on disk: its result comes back only once it is durable.
    fn grouped<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (reply, outcome) = std::sync::mpsc::sync_channel(1);
        let job: GroupedWrite = Box::new(move |c: &Connection| -> Deliver {
            let result = in_savepoint(c, write);
            Box::new(move |committed: Result<(), String>| {
                let _ = reply.send(result.and_then(|r| committed.map(|()| r).map_err(StoreError::Task)));
            })
        });
        self.group
            .send(job)
            .map_err(|_| StoreError::Task("the commit thread has stopped".into()))?;
        outcome
            .recv()
            .map_err(|_| StoreError::Task("the write was not committed".into()))?
    }

    /// [`Self::grouped`] from async code (blocking pool).
    async fn run_grouped<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let store = self.clone();
        tokio::task::spawn_blocking(move || store.grouped(write))
            .await
            .map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Writes a computed change with the next group commit, unless the idempotency key was
    /// used meanwhile (its reply) or the session row is no longer `row` (`None`: compute
    /// again).
    fn write_if_unchanged<E: Send + 'static>(
        &self,
        agency_id: String,
        session_id: String,
        idem: Option<Idempotency>,
        row: SessionRow,
        done: Change,
    ) -> Result<Option<Outcome<E>>, StoreError> {
        self.grouped(move |c| {
            if let Some(k) = &idem {
                if let Some(stored) = stored_reply::<E>(c, k)? {
                    return Ok(Some(stored));
                }
            }
            if session_of(c, &agency_id, &session_id)?.as_ref() != Some(&row) {
                return Ok(None);
            }
            write_change(c, &row.id, idem.as_ref(), &done)?;
            Ok(Some(Outcome::Reply {
                status: done.status,
                body: done.body,
                replayed: false,
            }))
        })
    }

    /// Runs a read on a reader connection (blocking pool): it sees the last commit and does
    /// not wait for the writer.
    async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let store = self.clone();
        tokio::task::spawn_blocking(move || store.with_reader(f))
            .await
            .map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Runs `f` on an idle reader connection, or a new one; the connection is kept for the
    /// next read unless enough are idle.
    fn with_reader<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        let idle = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match idle {
            Some(c) => c,
            None => {
                let c = connect(
                    &self.path,
                    OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
                )?;
                // A reader never writes, whatever a bug might ask of it.
                c.pragma_update(None, "query_only", "ON")?;
                c
            }
        };
        let out = f(&conn);
        let mut idle = self.readers.lock().unwrap_or_else(|p| p.into_inner());
        if idle.len() < IDLE_READERS {
            idle.push(conn);
        }
        out
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
        self.read(|c| Ok(c.query_row("SELECT 1", [], |r| r.get::<_, i64>(0)).map(|_| ())?))
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
                &sql(INSERT_KEY),
                params![key.id, key.agency_id, key.hash, key.role.name(), key.created_at],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub(super) async fn agencies(&self) -> Result<Vec<AgencyRow>, StoreError> {
        self.read(|c| all(&mut c.prepare_cached(SELECT_AGENCIES)?, [], |r| agency_row(r)))
            .await
    }

    pub(super) async fn add_key(&self, key: NewKeyRow) -> Result<(), StoreError> {
        self.run(move |c| {
            c.execute(
                &sql(INSERT_KEY),
                params![key.id, key.agency_id, key.hash, key.role.name(), key.created_at],
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
        self.read(move |c| first(&mut c.prepare_cached(&sql(SELECT_KEY))?, [hash], |r| key_principal(r)))
            .await
    }

    pub(super) async fn principal_for_learner(&self, hash: &str) -> Result<Option<Principal>, StoreError> {
        let hash = hash.to_string();
        self.read(move |c| {
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

    pub(super) async fn insert_session(
        &self,
        s: SessionRow,
        event: Option<NewEvent>,
        audit: AuditEntry,
    ) -> Result<(), StoreError> {
        self.run_grouped(move |c| {
            c.prepare_cached(&sql(INSERT_SESSION))?.execute(params![
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
                enqueue(c, e)?;
            }
            append_audit(c, &audit)
        })
        .await
    }

    pub(super) async fn session(&self, agency_id: &str, id: &str) -> Result<Option<SessionRow>, StoreError> {
        let (a, id) = (agency_id.to_string(), id.to_string());
        self.read(move |c| {
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
        mut change: F,
    ) -> Result<Outcome<E>, StoreError>
    where
        E: Send + 'static,
        F: FnMut(&SessionRow) -> Result<Change, E> + Send + 'static,
    {
        let store = self.clone();
        tokio::task::spawn_blocking(move || {
            for _ in 0..OPTIMISTIC_TRIES {
                // Read and compute without the writer.
                // One read transaction, so the key check and the session row come from the same
                // snapshot: a retry whose first attempt commits between the two reads would
                // otherwise see the new row without the stored reply, and get "wrong sequence"
                // instead of the replay.
                let read = store.with_reader(|c| {
                    let snapshot = c.unchecked_transaction()?;
                    if let Some(k) = &idem {
                        if let Some(done) = stored_reply(&snapshot, k)? {
                            return Ok(Err(done));
                        }
                    }
                    Ok(session_of(&snapshot, &agency_id, &session_id)?.ok_or(Outcome::NotFound))
                })?;
                let row = match read {
                    Ok(row) => row,
                    Err(done) => return Ok(done),
                };
                let done = match change(&row) {
                    Ok(d) => d,
                    Err(e) => return Ok(Outcome::Rejected(e)),
                };
                // Write with the next group commit, if nothing changed since the read.
                let written =
                    store.write_if_unchanged(agency_id.clone(), session_id.clone(), idem.clone(), row, done)?;
                match written {
                    Some(outcome) => return Ok(outcome),
                    None => continue,
                }
            }
            // Contended: read, compute and write under the writer's lock.
            let mut conn = store.conn.lock().unwrap_or_else(|p| p.into_inner());
            // IMMEDIATE takes the write lock now: no other writer between our read and write.
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if let Some(k) = &idem {
                if let Some(done) = stored_reply(&tx, k)? {
                    return Ok(done);
                }
            }
            let Some(row) = session_of(&tx, &agency_id, &session_id)? else {
                return Ok(Outcome::NotFound);
            };
            let done = match change(&row) {
                Ok(d) => d,
                Err(e) => return Ok(Outcome::Rejected(e)),
            };
            write_change(&tx, &row.id, idem.as_ref(), &done)?;
            tx.commit()?;
            Ok(Outcome::Reply {
                status: done.status,
                body: done.body,
                replayed: false,
            })
        })
        .await
        .map_err(|e| StoreError::Task(e.to_string()))?
    }

    pub(super) async fn answers(&self, session_id: &str) -> Result<Vec<AnswerRow>, StoreError> {
        let id = session_id.to_string();
        self.read(move |c| all(&mut c.prepare_cached(&sql(SELECT_ANSWERS))?, [id], |r| answer_row(r)))
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
        self.read(move |c| {
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
            let (dependents, sessions) = delete_statements(clause);
            for s in &dependents {
                tx.execute(&sql(s), params![a, value])?;
            }
            let learners = all(&mut tx.prepare_cached(&sql(&sessions))?, params![a, value], |r| {
                r.text(0)
            })?;
            if let Selector::Learner(learner_ref) = &selector {
                tx.execute(&sql(DELETE_LEARNER_EVENTS), params![a, learner_ref])?;
            }
            for e in deletion_events(&a, &selector, &learners, &crate::clock::now()) {
                enqueue(&tx, &e)?;
            }
            tx.commit()?;
            Ok(learners.len() as u64)
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
        limit: JoinLimit,
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
            let (uses, oldest): (i64, Option<String>) =
                tx.query_row(&sql(JOIN_USES), params![v[0], limit.since], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            if uses >= limit.max {
                return Ok(Some(Redeemed::Limited {
                    oldest: oldest.unwrap_or_else(|| v[2].clone()),
                }));
            }
            tx.execute(&sql(INSERT_JOIN_USE), params![v[0], session, v[2]])?;
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
        self.run_grouped(move |c| append_audit(c, &e)).await
    }

    pub(super) async fn audit_log(&self, agency_id: &str) -> Result<Vec<AuditRecord>, StoreError> {
        let a = agency_id.to_string();
        self.read(move |c| all(&mut c.prepare_cached(&sql(SELECT_AUDIT))?, [a], |r| audit_record(r)))
            .await
    }

    pub(super) async fn purge_join_uses(&self, cutoff: &str) -> Result<u64, StoreError> {
        let cutoff = cutoff.to_string();
        self.run(move |c| Ok(c.execute(&sql(PURGE_JOIN_USES), [cutoff])? as u64))
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
        self.read(move |c| all(&mut c.prepare_cached(&sql(SELECT_WEBHOOKS))?, [a], |r| webhook_row(r)))
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
