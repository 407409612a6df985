//! What can be wrong with a picture or with the way a bank uses it, as message ids and
//! arguments for the caller to localize.

use crate::i18n::Arg;

/// Whether the problem stops the content from shipping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    /// Worth fixing, but no learner sees anything wrong (an unused picture).
    Warning,
}

/// One problem, in the file (bank file or picture, relative to the content folder) and line where
/// it is fixed.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureIssue {
    pub file: String,
    pub line: usize,
    pub kind: PictureIssueKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PictureIssueKind {
    /// An item names a picture that is not in `images/`.
    Missing {
        item: String,
        picture: String,
    },
    /// No item of any bank shows the picture.
    Unused {
        picture: String,
    },
    BadName,
    Unreadable {
        reason: String,
    },
    BadCanvas {
        found: String,
        expected: String,
    },
    NoTitle,
    Forbidden {
        what: String,
    },
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    DuplicateId {
        id: String,
    },
    RegionOutside {
        item: String,
        region: String,
        canvas: String,
    },
    RegionsOverlap {
        item: String,
        first: String,
        second: String,
    },
    /// The picture has no element with the region's id, so nothing shows the region is right.
    ControlMissing {
        item: String,
        region: String,
        picture: String,
    },
    /// The element with the region's id is drawn (partly) outside the region.
    ControlOutside {
        item: String,
        region: String,
        picture: String,
    },
}

impl PictureIssue {
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
