//! # nln-interop
//!
//! Response data in and out of NLN, as researchers exchange it:
//!
//! - the Item Response Warehouse **long** format: one row per response, columns `id` (person),
//!   `item`, `resp` (integer score, higher = better), optional `rt`, `date`, `wave`, `rater`,
//!   `item_family` and person covariates `cov_*`;
//! - the **wide** format R mirt reads: one row per person, one column per item, `NA` or empty
//!   for an item not administered; an optional `id` column and `cov_*` columns.
//!
//! Readers take bytes and return a [`ResponseTable`] or the first bad row as a [`ReadError`]
//! with line, column and field. Writers write to any `io::Write` and produce nothing for bad
//! input: every check happens before the first byte is written. The crate does no file I/O of
//! its own; the CSV dependency stays out of `nln-core`.

mod read;
mod write;

pub use read::{read_bookmarks, read_responses, Bookmark, Format, ReadError, ReadErrorKind, ResponseTable};
pub use write::{rows_from_session, write_long, write_wide, ExportRow};
