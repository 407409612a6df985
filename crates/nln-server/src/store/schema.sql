-- nln-server schema, version 1. The same text runs on SQLite and PostgreSQL.
-- Times are UTC RFC 3339 with milliseconds (`2026-11-28T18:30:49.123Z`), so text order is time order.
CREATE TABLE agencies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    retention_days BIGINT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    learner_ref TEXT NOT NULL,
    language TEXT NOT NULL,
    bank TEXT NOT NULL,
    mode TEXT NOT NULL,
    status TEXT NOT NULL,
    answered BIGINT NOT NULL,
    state TEXT NOT NULL,
    theta DOUBLE PRECISION NOT NULL,
    se DOUBLE PRECISION NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX sessions_by_finish ON sessions (agency_id, finished_at);
CREATE INDEX sessions_by_learner ON sessions (agency_id, learner_ref);
-- Append-only answer log: one row per (session, seq), never updated.
CREATE TABLE answers (
    session_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    item TEXT NOT NULL,
    response TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);
-- The exact reply to a request, by (caller, path, Idempotency-Key).
CREATE TABLE idempotency (
    principal TEXT NOT NULL,
    path TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status BIGINT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (principal, path, key)
);
CREATE TABLE join_codes (
    code_hash TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);
CREATE TABLE learner_tokens (
    hash TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- Who did what to which object; ids only, never personal data.
CREATE TABLE audit_log (
    at TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL
);
CREATE INDEX audit_by_agency ON audit_log (agency_id, at);
