-- nln-server schema, version 4: webhooks, and the transactional outbox of their deliveries.
CREATE TABLE webhooks (
    id TEXT PRIMARY KEY,
    agency_id TEXT NOT NULL REFERENCES agencies (id),
    url TEXT NOT NULL,
    -- The signing secret itself (HMAC needs it); shown to the agency once, never listed.
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE INDEX webhooks_by_agency ON webhooks (agency_id);
-- One row per (event, webhook), written in the transaction of the change it reports.
-- next_attempt_at is NULL once the delivery is done (delivered_at set) or given up.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL,
    webhook_id TEXT NOT NULL,
    agency_id TEXT NOT NULL,
    learner_ref TEXT,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at TEXT,
    lease_until TEXT,
    delivered_at TEXT,
    last_status BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at);
CREATE INDEX outbox_by_webhook ON outbox (webhook_id);
CREATE INDEX outbox_by_learner ON outbox (agency_id, learner_ref);
