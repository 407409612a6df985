//! Service tests on loopback: the HTTP API end to end on SQLite and PostgreSQL, idempotency
//! races, agency isolation, learner tokens, privacy, logs, and a state machine against a model.
//! PostgreSQL tests read `NLN_TEST_PG_URL`; without it they skip loudly, except under CI where
//! they fail.

mod audit;
mod consent;
mod harness;
mod isolation;
mod model;
mod privacy;
mod rejoin;
mod roles;
mod sessions;
mod tap_through;
mod web;
mod webhooks;
