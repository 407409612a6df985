//! # nln-core
//!
//! The engine behind NLN Digital Literacy Levels: a competency framework, item banks, item
//! response theory models, ability estimation, a computerised adaptive test, and placement on
//! the NLN scale. It is a pure library: it reads no files and prints nothing; callers hand it
//! text (or use the embedded [`defaults`]) and get values back.

pub mod cat;
pub mod content;
pub mod defaults;
pub mod estimate;
pub mod i18n;
pub mod irt;
pub mod placement;
pub mod simulate;
