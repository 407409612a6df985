-- nln-server schema, version 2: the audit log becomes a hash chain per agency (see audit.rs).
-- Entries written under version 1 keep NULL here and are reported as unchained.
ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_chain ON audit_log (agency_id, seq);
