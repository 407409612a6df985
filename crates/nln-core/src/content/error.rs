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
    #[error("YAML does not parse or does not fit the schema: {0}")]
    Syntax(String),
    #[error("required field is missing")]
    MissingField,
    #[error("value is not valid: {0}")]
    InvalidValue(String),
    #[error("duplicate id `{id}` (first at {first_file}:{first_line})")]
    DuplicateId {
        id: String,
        first_file: String,
        first_line: usize,
    },
    #[error("unknown competence `{0}`")]
    UnknownCompetence(String),
    #[error("unknown crosswalk source `{0}`")]
    UnknownSource(String),
    #[error("discrimination a must be > 0 (got {0})")]
    NonPositiveDiscrimination(f64),
    #[error("guessing c must be in [0, 1) (got {0})")]
    GuessingOutOfRange(f64),
    #[error("graded thresholds must be strictly increasing (got {0:?})")]
    UnorderedThresholds(Vec<f64>),
    #[error("item has {categories} score categories but {thresholds} thresholds (need one fewer)")]
    ThresholdCount { categories: usize, thresholds: usize },
    #[error("answer key `{0}` does not name one of the item's options or regions")]
    KeyNotAnOption(String),
    #[error("model `{model}` cannot score an item of type `{item_type}`")]
    ModelDoesNotFitType { model: String, item_type: String },
    #[error("cut scores must increase with the level (level {level} cut {cut} is not above {previous})")]
    UnorderedCuts { level: u8, cut: f64, previous: f64 },
    #[error("levels must run 0, 1, 2 … without gaps (expected {expected}, got {got})")]
    LevelSequence { expected: u8, got: u8 },
    #[error("the item file `{0}` listed in the manifest was not provided")]
    MissingFile(String),
    #[error("competence `{0}` has no item in the bank")]
    CompetenceWithoutItems(String),
    #[error("not a valid Fluent message id: `{0}`")]
    BadMessageId(String),
    #[error("the file is too large or too deeply nested to read: {0}")]
    TooBig(String),
    #[error("unknown area `{0}`")]
    UnknownArea(String),
    #[error("unknown level code `{0}`")]
    UnknownLevel(String),
    #[error("no access question asks for `{0}`")]
    UnknownAccessField(String),
    #[error("parameter {parameter} = {value} is outside the plausible range {range}")]
    Implausible {
        parameter: String,
        value: f64,
        range: String,
    },
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
        }
    }
}

/// Every error found in a set of content files, in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadErrors(pub Vec<LoadError>);

impl LoadErrors {
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
