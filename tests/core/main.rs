//! nln-core integration tests: one binary (link time on 2 cores), one module per concern.

mod bad_content;
mod bank_order;
mod calibration;
mod exposure;
mod gap_probes;
mod gap_rule;
mod locales;
mod pictures;
mod properties;
mod psychometrics;
mod research_plurals;
mod simulation;
mod tap_through;
