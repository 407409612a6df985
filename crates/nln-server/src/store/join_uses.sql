-- nln-server schema, version 6: every join with a code, so the joins-an-hour limit of a code
-- holds across all instances sharing the database. Rows older than an hour are purged.
CREATE TABLE join_uses (
    code_hash TEXT NOT NULL,
    session_id TEXT NOT NULL,
    used_at TEXT NOT NULL
);
CREATE INDEX join_uses_by_code ON join_uses (code_hash, used_at);
CREATE INDEX join_uses_by_session ON join_uses (session_id);
