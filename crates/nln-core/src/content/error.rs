//! Errors found while loading content: each names the file, line, column and field.

use std::fmt;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}:{column}: {field}: {kind}")]
pub struct LoadError {
    /// The file as the caller named it (e.g. `banks/default/dev.yaml`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// Field path inside the file, e.g. `items[3].irt.a` (empty for the whole file).
    pub field: String,
    /// What is wrong.
    pub kind: LoadErrorKind,
}

/// What is wrong with a field. Every variant has a Fluent message id (see [`LoadErrorKind::message_id`]).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadErrorKind {
    /// The text is not YAML, or its shape does not match the schema (parser message).
    #[error("YAML does not parse or does not fit the schema: {0}")]
    Syntax(String),
    /// A field the schema requires is absent.
    #[error("required field is missing")]
    MissingField,
    /// A field holds a value outside what it accepts (reason given).
    #[error("value is not valid: {0}")]
    InvalidValue(String),
    /// Two things share an id that must be unique; points at the first one.
    #[error("duplicate id `{id}` (first at {first_file}:{first_line})")]
    DuplicateId {
        /// The repeated id.
        id: String,
        /// File of the first occurrence.
        first_file: String,
        /// Line of the first occurrence.
        first_line: usize,
    },
    /// An item names a competence the framework does not define.
    #[error("unknown competence `{0}`")]
    UnknownCompetence(String),
    /// A crosswalk names a source framework that is not declared.
    #[error("unknown crosswalk source `{0}`")]
    UnknownSource(String),
    /// An IRT discrimination that is zero or negative, which would invert the scale.
    #[error("discrimination a must be > 0 (got {0})")]
    NonPositiveDiscrimination(f64),
    /// A guessing floor outside [0, 1), which is not a probability the model can use.
    #[error("guessing c must be in [0, 1) (got {0})")]
    GuessingOutOfRange(f64),
    /// Graded thresholds out of order, which would give negative category probabilities.
    #[error("graded thresholds must be strictly increasing (got {0:?})")]
    UnorderedThresholds(Vec<f64>),
    /// A graded item whose threshold count does not match its score categories.
    #[error("item has {categories} score categories but {thresholds} thresholds (need one fewer)")]
    ThresholdCount {
        /// Score categories the item declares.
        categories: usize,
        /// Thresholds it gives.
        thresholds: usize,
    },
    /// A key that names no option or region of the item, so no answer could be right.
    #[error("answer key `{0}` does not name one of the item's options or regions")]
    KeyNotAnOption(String),
    /// An IRT model that cannot score the item type (e.g. graded model on a true/false item).
    #[error("model `{model}` cannot score an item of type `{item_type}`")]
    ModelDoesNotFitType {
        /// The model named in the file.
        model: String,
        /// The item's type.
        item_type: String,
    },
    /// Level cuts that do not increase, so a theta would map to two levels.
    #[error("cut scores must increase with the level (level {level} cut {cut} is not above {previous})")]
    UnorderedCuts {
        /// The level whose cut is too low.
        level: u8,
        /// Its cut.
        cut: f64,
        /// The previous level's cut, which it must exceed.
        previous: f64,
    },
    /// Level numbers with a gap or out of order.
    #[error("levels must run 0, 1, 2 … without gaps (expected {expected}, got {got})")]
    LevelSequence {
        /// The level number that should come next.
        expected: u8,
        /// The one found.
        got: u8,
    },
    /// A file the manifest lists but the caller did not hand over.
    #[error("the item file `{0}` listed in the manifest was not provided")]
    MissingFile(String),
    /// A competence no item measures, so the test could never reach it.
    #[error("competence `{0}` has no item in the bank")]
    CompetenceWithoutItems(String),
    /// A text reference that is not a valid Fluent message id.
    #[error("not a valid Fluent message id: `{0}`")]
    BadMessageId(String),
    /// Input refused before parsing because it exceeds the size or nesting caps.
    #[error("the file is too large or too deeply nested to read: {0}")]
    TooBig(String),
    /// An area code the framework does not define.
    #[error("unknown area `{0}`")]
    UnknownArea(String),
    /// A level code the levels file does not define.
    #[error("unknown level code `{0}`")]
    UnknownLevel(String),
    /// A guidance rule reads an access field that no access question asks for.
    #[error("no access question asks for `{0}`")]
    UnknownAccessField(String),
    /// A parameter that is valid but outside its plausible range (likely a typo).
    #[error("parameter {parameter} = {value} is outside the plausible range {range}")]
    Implausible {
        /// Which parameter (e.g. `a`).
        parameter: String,
        /// Its value.
        value: f64,
        /// The plausible range, as shown to the author.
        range: String,
    },
    /// More errors were found here than are shown; how many more.
    #[error("and {0} more errors")]
    MoreErrors(usize),
}

impl LoadErrorKind {
    /// Fluent message id that renders this error for a person.
    pub fn message_id(&self) -> &'static str {
        match self {
            LoadErrorKind::Syntax(_) => "load-error-syntax",
            LoadErrorKind::MissingField => "load-error-missing-field",
            LoadErrorKind::InvalidValue(_) => "load-error-invalid-value",
            LoadErrorKind::DuplicateId { .. } => "load-error-duplicate-id",
            LoadErrorKind::UnknownCompetence(_) => "load-error-unknown-competence",
            LoadErrorKind::UnknownSource(_) => "load-error-unknown-source",
            LoadErrorKind::NonPositiveDiscrimination(_) => "load-error-non-positive-a",
            LoadErrorKind::GuessingOutOfRange(_) => "load-error-guessing-range",
            LoadErrorKind::UnorderedThresholds(_) => "load-error-unordered-thresholds",
            LoadErrorKind::ThresholdCount { .. } => "load-error-threshold-count",
            LoadErrorKind::KeyNotAnOption(_) => "load-error-key-not-option",
            LoadErrorKind::ModelDoesNotFitType { .. } => "load-error-model-type",
            LoadErrorKind::UnorderedCuts { .. } => "load-error-unordered-cuts",
            LoadErrorKind::LevelSequence { .. } => "load-error-level-sequence",
            LoadErrorKind::MissingFile(_) => "load-error-missing-file",
            LoadErrorKind::CompetenceWithoutItems(_) => "load-error-competence-without-items",
            LoadErrorKind::BadMessageId(_) => "load-error-bad-message-id",
            LoadErrorKind::TooBig(_) => "load-error-too-big",
            LoadErrorKind::Implausible { .. } => "load-error-implausible",
            LoadErrorKind::UnknownArea(_) => "load-error-unknown-area",
            LoadErrorKind::UnknownLevel(_) => "load-error-unknown-level",
            LoadErrorKind::UnknownAccessField(_) => "load-error-unknown-access-field",
            LoadErrorKind::MoreErrors(_) => "load-error-more",
        }
    }

    /// The one detail the message shows (`$detail` in Fluent), already formatted.
    pub fn detail(&self) -> String {
        match self {
            LoadErrorKind::Syntax(s) | LoadErrorKind::InvalidValue(s) => s.clone(),
            LoadErrorKind::MissingField => String::new(),
            LoadErrorKind::DuplicateId {
                id,
                first_file,
                first_line,
            } => format!("{id} ({first_file}:{first_line})"),
            LoadErrorKind::UnknownCompetence(s)
            | LoadErrorKind::UnknownSource(s)
            | LoadErrorKind::KeyNotAnOption(s)
            | LoadErrorKind::MissingFile(s)
            | LoadErrorKind::CompetenceWithoutItems(s)
            | LoadErrorKind::BadMessageId(s)
            | LoadErrorKind::TooBig(s)
            | LoadErrorKind::UnknownArea(s)
            | LoadErrorKind::UnknownLevel(s)
            | LoadErrorKind::UnknownAccessField(s) => s.clone(),
            LoadErrorKind::Implausible {
                parameter,
                value,
                range,
            } => format!("{parameter} = {value}, {range}"),
            LoadErrorKind::NonPositiveDiscrimination(v) | LoadErrorKind::GuessingOutOfRange(v) => v.to_string(),
            LoadErrorKind::UnorderedThresholds(t) => format!("{t:?}"),
            LoadErrorKind::ThresholdCount { categories, thresholds } => format!("{categories}/{thresholds}"),
            LoadErrorKind::ModelDoesNotFitType { model, item_type } => format!("{model}/{item_type}"),
            LoadErrorKind::UnorderedCuts { level, cut, previous } => format!("{level}: {cut} <= {previous}"),
            LoadErrorKind::LevelSequence { expected, got } => format!("{expected}/{got}"),
            LoadErrorKind::MoreErrors(n) => n.to_string(),
        }
    }

    /// The number a message shows and is pluralized by (`$count` in Fluent), when it has one.
    pub fn count(&self) -> Option<usize> {
        match self {
            LoadErrorKind::MoreErrors(n) => Some(*n),
            _ => None,
        }
    }
}

/// Every error found in a set of content files, in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadErrors(pub Vec<LoadError>);

impl LoadErrors {
    /// How many errors one load reports at most; the rest are counted in a last
    /// [`LoadErrorKind::MoreErrors`] placed where the first of them is.
    pub const MAX_SHOWN: usize = 200;

    /// `errors`, cut to [`LoadErrors::MAX_SHOWN`] with "and N more" after them.
    pub fn capped(mut errors: Vec<LoadError>) -> LoadErrors {
        if errors.len() > Self::MAX_SHOWN {
            let more = errors.len() - Self::MAX_SHOWN;
            let first_omitted = errors.swap_remove(Self::MAX_SHOWN);
            errors.truncate(Self::MAX_SHOWN);
            errors.push(LoadError {
                field: String::new(),
                kind: LoadErrorKind::MoreErrors(more),
                ..first_omitted
            });
        }
        LoadErrors(errors)
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Number of errors.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Iterates the errors.
    pub fn iter(&self) -> std::slice::Iter<'_, LoadError> {
        self.0.iter()
    }
    /// True when some error is of a kind matching `pred`.
    pub fn any(&self, pred: impl Fn(&LoadErrorKind) -> bool) -> bool {
        self.0.iter().any(|e| pred(&e.kind))
    }
}

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.0 {
            writeln!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadErrors {}
