//! What can be wrong with a picture or with the way a bank uses it, as message ids and
//! arguments for the caller to localize.

use crate::i18n::Arg;

/// Whether the problem stops the content from shipping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// A learner would see a broken or misleading picture: the content must not ship.
    Error,
    /// Worth fixing, but no learner sees anything wrong (an unused picture).
    Warning,
}

/// One problem, in the file (bank file or picture, relative to the content folder) and line where
/// it is fixed.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureIssue {
    /// Bank file or picture, relative to the content folder.
    pub file: String,
    /// 1-based line (1 for a picture as a whole).
    pub line: usize,
    /// What is wrong.
    pub kind: PictureIssueKind,
}

/// What is wrong, with the names its message shows.
#[derive(Debug, Clone, PartialEq)]
pub enum PictureIssueKind {
    /// An item names a picture that is not in `images/`.
    Missing {
        /// The item's id.
        item: String,
        /// The picture path it names.
        picture: String,
    },
    /// No item of any bank shows the picture.
    Unused {
        /// The picture's path.
        picture: String,
    },
    /// A name that is not lowercase words joined by hyphens under `screens/`, `icons/` or `photos/` (alt-text ids are built from it).
    BadName,
    /// Not an SVG the checker can read.
    Unreadable {
        /// The parser's reason.
        reason: String,
    },
    /// A canvas (view box) other than the size the set is drawn at.
    BadCanvas {
        /// The canvas found.
        found: String,
        /// The canvas expected.
        expected: String,
    },
    /// No `<title>`, so screen readers have nothing to say.
    NoTitle,
    /// Scripts, links to other files, bitmaps, filters or animation: heavy or unsafe on a learner's phone.
    Forbidden {
        /// The element or attribute found.
        what: String,
    },
    /// A file larger than the cap, which would be slow on a learner's phone.
    TooLarge {
        /// Size of the file.
        bytes: usize,
        /// The cap.
        limit: usize,
    },
    /// Two elements with one id, so a hotspot region could point at either.
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A hotspot region reaching outside the picture, so part of it cannot be tapped.
    RegionOutside {
        /// The item's id.
        item: String,
        /// The region's id.
        region: String,
        /// The picture's canvas.
        canvas: String,
    },
    /// Two regions of one item overlap, so one tap would be both answers.
    RegionsOverlap {
        /// The item's id.
        item: String,
        /// One region's id.
        first: String,
        /// The other region's id.
        second: String,
    },
    /// The picture has no element with the region's id, so nothing shows the region is right.
    ControlMissing {
        /// The item's id.
        item: String,
        /// The region's id.
        region: String,
        /// The picture's path.
        picture: String,
    },
    /// The element with the region's id is drawn (partly) outside the region.
    ControlOutside {
        /// The item's id.
        item: String,
        /// The region's id.
        region: String,
        /// The picture's path.
        picture: String,
    },
}

impl PictureIssue {
    /// Whether the issue blocks shipping (only an unused picture does not).
    pub fn severity(&self) -> Severity {
        match self.kind {
            PictureIssueKind::Unused { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl PictureIssueKind {
    /// Fluent id of the message (`locales/<lang>/pictures.ftl`).
    pub fn message_id(&self) -> &'static str {
        match self {
            PictureIssueKind::Missing { .. } => "picture-missing",
            PictureIssueKind::Unused { .. } => "picture-unused",
            PictureIssueKind::BadName => "picture-bad-name",
            PictureIssueKind::Unreadable { .. } => "picture-unreadable",
            PictureIssueKind::BadCanvas { .. } => "picture-bad-canvas",
            PictureIssueKind::NoTitle => "picture-no-title",
            PictureIssueKind::Forbidden { .. } => "picture-forbidden",
            PictureIssueKind::TooLarge { .. } => "picture-too-large",
            PictureIssueKind::DuplicateId { .. } => "picture-duplicate-id",
            PictureIssueKind::RegionOutside { .. } => "picture-region-outside",
            PictureIssueKind::RegionsOverlap { .. } => "picture-regions-overlap",
            PictureIssueKind::ControlMissing { .. } => "picture-control-missing",
            PictureIssueKind::ControlOutside { .. } => "picture-control-outside",
        }
    }

    /// Every message id [`PictureIssueKind::message_id`] can return, for completeness tests.
    pub const MESSAGE_IDS: [&'static str; 13] = [
        "picture-missing",
        "picture-unused",
        "picture-bad-name",
        "picture-unreadable",
        "picture-bad-canvas",
        "picture-no-title",
        "picture-forbidden",
        "picture-too-large",
        "picture-duplicate-id",
        "picture-region-outside",
        "picture-regions-overlap",
        "picture-control-missing",
        "picture-control-outside",
    ];

    /// Arguments of the message.
    pub fn args(&self) -> Vec<(&'static str, Arg<'_>)> {
        let s = |v: &str| Arg::from(v.to_string());
        match self {
            PictureIssueKind::Missing { item, picture } => vec![("item", s(item)), ("picture", s(picture))],
            PictureIssueKind::Unused { picture } => vec![("picture", s(picture))],
            PictureIssueKind::BadName | PictureIssueKind::NoTitle => vec![],
            PictureIssueKind::Unreadable { reason } => vec![("reason", s(reason))],
            PictureIssueKind::BadCanvas { found, expected } => vec![("found", s(found)), ("expected", s(expected))],
            PictureIssueKind::Forbidden { what } => vec![("what", s(what))],
            PictureIssueKind::TooLarge { bytes, limit } => vec![("size", (*bytes).into()), ("limit", (*limit).into())],
            PictureIssueKind::DuplicateId { id } => vec![("id", s(id))],
            PictureIssueKind::RegionOutside { item, region, canvas } => {
                vec![("item", s(item)), ("region", s(region)), ("canvas", s(canvas))]
            }
            PictureIssueKind::RegionsOverlap { item, first, second } => {
                vec![("item", s(item)), ("first", s(first)), ("second", s(second))]
            }
            PictureIssueKind::ControlMissing { item, region, picture }
            | PictureIssueKind::ControlOutside { item, region, picture } => {
                vec![("item", s(item)), ("region", s(region)), ("picture", s(picture))]
            }
        }
    }
}
