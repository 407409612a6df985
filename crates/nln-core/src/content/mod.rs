//! Assessment content: the competency framework, the level scale and item banks, loaded from
//! YAML with errors that name file, line and field.

pub mod balance;
pub mod bank;
mod digest;
pub mod error;
pub mod framework;
pub mod item;
pub mod levels;
mod load;
pub mod schema;
pub mod schema_errors;
pub(crate) mod source_map;
pub mod validate;
pub mod write;

pub use bank::{Bank, Calibration, Coverage};
pub(crate) use digest::hex;
pub use error::{LoadError, LoadErrorKind, LoadErrors};
pub use framework::{Area, Competence, Crosswalk, CrosswalkSource, Framework, Relation};
pub use item::{
    option_message_id, region_message_id, Choice, Item, ItemType, Key, LanguageLoad, Message, Region, Response,
    ResponseError, Shape, Step,
};
pub use levels::{Level, LevelScale, Stage, SubLevel};
pub use load::{
    bank_manifest_path, is_fluent_id, listed_files, Content, SourceSet, BANK_MANIFEST, FRAMEWORK_FILE, GUIDANCE_FILE,
    LEVELS_FILE,
};
