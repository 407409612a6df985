//! The picture files of a content folder, as text keyed by their path under `images/`.

use std::collections::BTreeMap;

/// Folder of a content folder (beside `banks/`) that holds the pictures.
pub const IMAGES_DIR: &str = "images";

/// SVG files keyed like the bank references them (`icons/phone.svg`).
#[derive(Debug, Default, Clone)]
pub struct PictureSet {
    files: BTreeMap<String, String>,
}

impl PictureSet {
    /// An empty set, filled with [`PictureSet::insert`].
    pub fn new() -> PictureSet {
        PictureSet::default()
    }

    /// Adds a file; `path` is relative to `images/`, with `/` separators.
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.files.insert(path.into(), text.into());
    }

    /// The text of a picture, if provided.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    /// Whether a picture with this path was provided.
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Every (path, text), sorted by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(p, t)| (p.as_str(), t.as_str()))
    }

    /// Number of pictures.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when no picture was provided.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Where a picture sits in the content folder, for messages (`images/icons/phone.svg`).
    pub fn file_name(path: &str) -> String {
        format!("{IMAGES_DIR}/{path}")
    }
}

/// Fluent id of the screen-reader description of a picture an item shows as its stimulus
/// (`screens/sign-in.svg` → `picture-screens-sign-in-alt`).
pub fn alt_message_id(path: &str) -> String {
    let stem = path.strip_suffix(".svg").unwrap_or(path);
    format!("picture-{}-alt", stem.replace('/', "-"))
}
