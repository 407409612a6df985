//! Pictures the items show: SVG files under `images/` of a content folder. The caller hands them
//! in as a [`PictureSet`] (the library reads no files); [`check`] holds them to the drawing
//! conventions of `assessments/images/README.md` and to the bank that references them, and
//! [`contact_sheets`] lays them out for review.

mod check;
mod contact_sheet;
mod geometry;
mod issue;
mod picture;
mod set;

pub use check::check;
pub use contact_sheet::{contact_sheets, ContactSheet};
pub use issue::{PictureIssue, PictureIssueKind, Severity};
pub use picture::{Canvas, Picture, MAX_BYTES};
pub use set::{PictureSet, IMAGES_DIR};
