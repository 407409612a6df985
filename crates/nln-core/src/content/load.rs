//! Loading and validating content from YAML text the caller hands in.
//!
//! Nothing here touches the file system: the caller supplies a [`SourceSet`] of relative paths
//! and texts (the CLI reads a folder; [`crate::defaults`] embeds the shipped one). Every problem
//! becomes a [`LoadError`] naming file, line and field; loading goes on after an error so that one
//! run reports them all.

use super::bank::Bank;
use super::error::{LoadError, LoadErrorKind, LoadErrors};
use super::framework::Framework;
use super::item::{Item, ItemType, Key, Message, Region, Shape};
use super::levels::LevelScale;
use super::schema::{IrtRecord, ItemFileRecord, ItemRecord, ManifestRecord};
use super::source_map::SourceMap;
use crate::irt::IrtModel;
use crate::yaml::{self, Document, Limits, YamlErrorKind};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Path of the framework inside a content folder.
pub const FRAMEWORK_FILE: &str = "framework.yaml";
/// Path of the level scale inside a content folder.
pub const LEVELS_FILE: &str = "levels.yaml";

/// Name of a bank's manifest inside its folder.
pub const BANK_MANIFEST: &str = "bank.yaml";

/// Path of a bank's manifest inside a content folder.
pub fn bank_manifest_path(bank: &str) -> String {
    format!("banks/{bank}/{BANK_MANIFEST}")
}

/// Content files by relative path (`framework.yaml`, `banks/default/dev.yaml`, …).
#[derive(Debug, Clone, Default)]
pub struct SourceSet {
    files: BTreeMap<String, String>,
}

impl SourceSet {
    pub fn new() -> SourceSet {
        SourceSet::default()
    }

    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.files.insert(path.into(), text.into());
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    /// Bank names found (folders under `banks/` holding a `bank.yaml`).
    pub fn bank_names(&self) -> Vec<String> {
        self.files
            .keys()
            .filter_map(|p| p.strip_prefix("banks/")?.strip_suffix("/bank.yaml").map(str::to_string))
            .collect()
    }
}

/// A framework, a level scale and one bank, validated against each other.
#[derive(Debug, Clone)]
pub struct Content {
    pub framework: Framework,
    pub levels: LevelScale,
    pub bank: Bank,
}

impl Content {
    /// Loads and cross-checks `framework.yaml`, `levels.yaml` and bank `bank`.
    pub fn load(sources: &SourceSet, bank: &str) -> Result<Content, LoadErrors> {
        let mut errors = Vec::new();
        let framework = load_framework(sources, &mut errors);
        let levels = load_levels(sources, &mut errors);
        let bank = load_bank(sources, bank, framework.as_ref(), levels.as_ref(), &mut errors);
        match (framework, levels, bank) {
            (Some(framework), Some(levels), Some(bank)) if errors.is_empty() => Ok(Content {
                framework,
                levels,
                bank,
            }),
            _ => Err(LoadErrors(errors)),
        }
    }
}

/// Collects errors for one file.
struct FileReport<'a> {
    file: &'a str,
    map: SourceMap,
    errors: &'a mut Vec<LoadError>,
}

impl FileReport<'_> {
    fn push(&mut self, field: impl Into<String>, kind: LoadErrorKind) {
        let field = field.into();
        let (line, column) = self.map.locate(&field);
        self.errors.push(LoadError {
            file: self.file.to_string(),
            line,
            column,
            field,
            kind,
        });
    }

    fn line(&self, field: &str) -> usize {
        self.map.line(field)
    }

    fn check_message_id(&mut self, field: impl Into<String>, id: &str) {
        if !is_fluent_id(id) {
            self.push(field, LoadErrorKind::BadMessageId(id.to_string()));
        }
    }
}

/// Fluent identifiers: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub fn is_fluent_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn missing_file(errors: &mut Vec<LoadError>, file: &str) {
    errors.push(LoadError {
        file: file.to_string(),
        line: 1,
        column: 1,
        field: String::new(),
        kind: LoadErrorKind::MissingFile(file.to_string()),
    });
}

/// Parses YAML text into a value and its source map, reporting refusals with their position.
fn parse_value(file: &str, text: &str, errors: &mut Vec<LoadError>) -> Option<Document> {
    match yaml::parse(text, Limits::CONTENT) {
        Ok(doc) => Some(doc),
        Err(e) => {
            let kind = match &e.kind {
                YamlErrorKind::TooLarge { .. } | YamlErrorKind::TooDeep { .. } | YamlErrorKind::TooManyNodes { .. } => {
                    LoadErrorKind::TooBig(e.to_string())
                }
                _ => LoadErrorKind::Syntax(e.to_string()),
            };
            errors.push(LoadError {
                file: file.into(),
                line: e.line,
                column: e.column,
                field: String::new(),
                kind,
            });
            None
        }
    }
}

/// Deserializes a value into `T`; a schema error names the field it happened at.
fn from_value<T: DeserializeOwned>(value: Value, prefix: &str, report: &mut FileReport<'_>) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let inner = e.inner().to_string();
            let mut path = e.path().to_string();
            if path == "." {
                path.clear();
            }
            let join = |a: &str, b: &str| match (a.is_empty(), b.is_empty()) {
                (true, _) => b.to_string(),
                (_, true) => a.to_string(),
                _ if b.starts_with('[') => format!("{a}{b}"),
                _ => format!("{a}.{b}"),
            };
            let field = join(prefix, &path);
            if let Some(name) = inner.strip_prefix("missing field `").and_then(|s| s.split('`').next()) {
                report.push(join(&field, name), LoadErrorKind::MissingField);
            } else {
                report.push(field, LoadErrorKind::Syntax(inner));
            }
            None
        }
    }
}

/// Parses the file `file` of the set into `T`; a file that is not there is a `MissingFile`
/// error.
fn parse_file<T: DeserializeOwned>(
    sources: &SourceSet,
    file: &str,
    errors: &mut Vec<LoadError>,
) -> Option<(T, SourceMap)> {
    let Some(text) = sources.get(file) else {
        missing_file(errors, file);
        return None;
    };
    let doc = parse_value(file, text, errors)?;
    let mut report = FileReport {
        file,
        map: doc.map,
        errors,
    };
    let parsed = from_value(doc.value, "", &mut report)?;
    Some((parsed, report.map))
}

fn load_framework(sources: &SourceSet, errors: &mut Vec<LoadError>) -> Option<Framework> {
    let (framework, map): (Framework, _) = parse_file(sources, FRAMEWORK_FILE, errors)?;
    let before = errors.len();
    let mut r = FileReport {
        file: FRAMEWORK_FILE,
        map,
        errors,
    };
    let source_ids: HashSet<&str> = framework.sources.iter().map(|s| s.id.as_str()).collect();
    let mut area_ids: HashMap<&str, usize> = HashMap::new();
    let mut competence_ids: HashMap<&str, usize> = HashMap::new();
    for (i, area) in framework.areas.iter().enumerate() {
        let p = format!("areas[{i}]");
        if let Some(first) = area_ids.insert(&area.id, r.line(&format!("{p}.id"))) {
            r.push(
                format!("{p}.id"),
                LoadErrorKind::DuplicateId {
                    id: area.id.clone(),
                    first_file: FRAMEWORK_FILE.into(),
                    first_line: first,
                },
            );
        }
        if !(area.weight > 0.0 && area.weight.is_finite()) {
            r.push(
                format!("{p}.weight"),
                LoadErrorKind::InvalidValue(format!("weight must be > 0, got {}", area.weight)),
            );
        }
        r.check_message_id(format!("{p}.name"), &area.name);
        r.check_message_id(format!("{p}.description"), &area.description);
        for (j, c) in area.competences.iter().enumerate() {
            let cp = format!("{p}.competences[{j}]");
            if let Some(first) = competence_ids.insert(&c.id, r.line(&format!("{cp}.id"))) {
                r.push(
                    format!("{cp}.id"),
                    LoadErrorKind::DuplicateId {
                        id: c.id.clone(),
                        first_file: FRAMEWORK_FILE.into(),
                        first_line: first,
                    },
                );
            }
            if c.band[0] > c.band[1] {
                r.push(
                    format!("{cp}.band"),
                    LoadErrorKind::InvalidValue(format!("band [{}, {}] runs backwards", c.band[0], c.band[1])),
                );
            }
            r.check_message_id(format!("{cp}.name"), &c.name);
            r.check_message_id(format!("{cp}.description"), &c.description);
            for (k, x) in c.crosswalk.iter().enumerate() {
                if !source_ids.contains(x.source.as_str()) {
                    r.push(
                        format!("{cp}.crosswalk[{k}].source"),
                        LoadErrorKind::UnknownSource(x.source.clone()),
                    );
                }
            }
        }
    }
    (r.errors.len() == before).then_some(framework)
}

fn load_levels(sources: &SourceSet, errors: &mut Vec<LoadError>) -> Option<LevelScale> {
    let (scale, map): (LevelScale, _) = parse_file(sources, LEVELS_FILE, errors)?;
    let before = errors.len();
    let mut r = FileReport {
        file: LEVELS_FILE,
        map,
        errors,
    };
    if scale.levels.len() < 2 {
        r.push(
            "levels",
            LoadErrorKind::InvalidValue("a scale needs at least two levels".into()),
        );
    }
    let mut previous: Option<f64> = None;
    for (i, level) in scale.levels.iter().enumerate() {
        let p = format!("levels[{i}]");
        if usize::from(level.level) != i {
            r.push(
                format!("{p}.level"),
                LoadErrorKind::LevelSequence {
                    expected: i as u8,
                    got: level.level,
                },
            );
        }
        match (i, level.cut) {
            (0, Some(_)) => r.push(
                format!("{p}.cut"),
                LoadErrorKind::InvalidValue("the lowest level has no cut score".into()),
            ),
            (0, None) => {}
            (_, None) => r.push(format!("{p}.cut"), LoadErrorKind::MissingField),
            (_, Some(cut)) => {
                if !cut.is_finite() {
                    r.push(format!("{p}.cut"), LoadErrorKind::InvalidValue(cut.to_string()));
                } else if let Some(prev) = previous.filter(|&prev| cut <= prev) {
                    r.push(
                        format!("{p}.cut"),
                        LoadErrorKind::UnorderedCuts {
                            level: level.level,
                            cut,
                            previous: prev,
                        },
                    );
                }
                previous = Some(cut);
            }
        }
        if level.can_do.is_empty() {
            r.push(format!("{p}.can_do"), LoadErrorKind::MissingField);
        }
        r.check_message_id(format!("{p}.name"), &level.name);
        r.check_message_id(format!("{p}.when"), &level.when);
        for (k, id) in level.can_do.iter().enumerate() {
            r.check_message_id(format!("{p}.can_do[{k}]"), id);
        }
    }
    (r.errors.len() == before).then_some(scale)
}

fn load_bank(
    sources: &SourceSet,
    bank: &str,
    framework: Option<&Framework>,
    levels: Option<&LevelScale>,
    errors: &mut Vec<LoadError>,
) -> Option<Bank> {
    let manifest_path = bank_manifest_path(bank);
    let (manifest, manifest_map): (ManifestRecord, _) = parse_file(sources, &manifest_path, errors)?;
    let before = errors.len();
    let folder = format!("banks/{bank}/");
    let mut items = Vec::new();
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    // Competences that scored items are written for (whether or not the item itself is valid),
    // and whether every item file could be read: coverage is only judged on a whole bank.
    let mut covered: HashSet<String> = HashSet::new();
    let mut every_file_read = true;
    for (f, name) in manifest.files.iter().enumerate() {
        let path = format!("{folder}{name}");
        let Some(text) = sources.get(&path) else {
            let mut r = FileReport {
                file: &manifest_path,
                map: manifest_map.clone(),
                errors,
            };
            r.push(format!("files[{f}]"), LoadErrorKind::MissingFile(path.clone()));
            every_file_read = false;
            continue;
        };
        let Some(doc) = parse_value(&path, text, errors) else {
            every_file_read = false;
            continue;
        };
        let mut r = FileReport {
            file: &path,
            map: doc.map,
            errors,
        };
        let Some(file) = from_value::<ItemFileRecord<Value>>(doc.value, "", &mut r) else {
            every_file_read = false;
            continue;
        };
        for (i, raw) in file.items.into_iter().enumerate() {
            let prefix = format!("items[{i}]");
            let Some(raw) = from_value::<ItemRecord>(raw, &prefix, &mut r) else {
                every_file_read = false;
                continue;
            };
            if let (Some(c), Some(_)) = (&raw.competence, &raw.irt) {
                covered.insert(c.clone());
            }
            if let Some(id) = &raw.id {
                let line = r.line(&format!("{prefix}.id"));
                if let Some((first_file, first_line)) = seen.get(id) {
                    let kind = LoadErrorKind::DuplicateId {
                        id: id.clone(),
                        first_file: first_file.clone(),
                        first_line: *first_line,
                    };
                    r.push(format!("{prefix}.id"), kind);
                    continue;
                }
                seen.insert(id.clone(), (path.clone(), line));
            }
            if let Some(item) = build_item(raw, &prefix, framework, &mut r) {
                items.push(item);
            }
        }
    }
    let mut r = FileReport {
        file: &manifest_path,
        map: manifest_map,
        errors,
    };
    r.check_message_id("title", &manifest.title);
    if let (Some(framework), true, true) = (framework, levels.is_some(), every_file_read) {
        for c in framework.competences() {
            if !covered.contains(c.id.as_str()) {
                r.push("files", LoadErrorKind::CompetenceWithoutItems(c.id.clone()));
            }
        }
    }
    if errors.len() > before || framework.is_none() {
        return None;
    }
    let mut bank = Bank::new(
        manifest.id,
        manifest.version,
        manifest.title,
        manifest.calibration,
        items,
    );
    bank.provenance = manifest.provenance;
    Some(bank)
}

fn key_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn build_item(raw: ItemRecord, p: &str, framework: Option<&Framework>, r: &mut FileReport<'_>) -> Option<Item> {
    let before = r.errors.len();
    let f = |name: &str| format!("{p}.{name}");
    macro_rules! required {
        ($field:ident) => {
            match raw.$field {
                Some(v) => Some(v),
                None => {
                    r.push(f(stringify!($field)), LoadErrorKind::MissingField);
                    None
                }
            }
        };
    }
    let id = required!(id);
    let competence = required!(competence);
    let item_type = match raw.item_type {
        Some(t) => Some(t),
        None => {
            r.push(f("type"), LoadErrorKind::MissingField);
            None
        }
    };
    let language_load = required!(language_load);
    let prompt = required!(prompt);
    let options = raw.options.unwrap_or_default();
    let categories = raw.categories.unwrap_or_default();

    if let Some(id) = &id {
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            r.push(
                f("id"),
                LoadErrorKind::InvalidValue(format!("item ids use a-z, 0-9 and '-': `{id}`")),
            );
        }
    }
    let mut area = String::new();
    if let (Some(c), Some(fw)) = (&competence, framework) {
        match fw.area_index_of(c) {
            Some(a) => area = fw.areas[a].id.clone(),
            None => r.push(f("competence"), LoadErrorKind::UnknownCompetence(c.clone())),
        }
    }
    if let Some(m) = &prompt {
        r.check_message_id(f("prompt.text"), &m.text);
    }
    let mut option_ids = HashMap::new();
    for (j, o) in options.iter().enumerate() {
        if let Some(first) = option_ids.insert(o.id.as_str(), j) {
            let first_line = r.line(&f(&format!("options[{first}].id")));
            let kind = LoadErrorKind::DuplicateId {
                id: o.id.clone(),
                first_file: r.file.to_string(),
                first_line,
            };
            r.push(f(&format!("options[{j}].id")), kind);
        }
        r.check_message_id(f(&format!("options[{j}].text")), &o.text);
    }
    for (j, c) in categories.iter().enumerate() {
        r.check_message_id(f(&format!("categories[{j}].text")), &c.text);
    }

    // Regions.
    let mut regions = Vec::new();
    let mut region_ids: HashMap<String, usize> = HashMap::new();
    for (j, reg) in raw.regions.unwrap_or_default().into_iter().enumerate() {
        let rp = f(&format!("regions[{j}]"));
        let need = |v: Option<f64>, name: &str, r: &mut FileReport<'_>| match v {
            Some(x) if x.is_finite() => Some(x),
            Some(x) => {
                r.push(format!("{rp}.{name}"), LoadErrorKind::InvalidValue(x.to_string()));
                None
            }
            None => {
                r.push(format!("{rp}.{name}"), LoadErrorKind::MissingField);
                None
            }
        };
        let shape = match reg.shape.as_str() {
            "rect" => match (
                need(reg.x, "x", r),
                need(reg.y, "y", r),
                need(reg.w, "w", r),
                need(reg.h, "h", r),
            ) {
                (Some(x), Some(y), Some(w), Some(h)) if w > 0.0 && h > 0.0 => Some(Shape::Rect { x, y, w, h }),
                (Some(_), Some(_), Some(_), Some(_)) => {
                    r.push(
                        format!("{rp}.w"),
                        LoadErrorKind::InvalidValue("width and height must be > 0".into()),
                    );
                    None
                }
                _ => None,
            },
            "circle" => match (need(reg.cx, "cx", r), need(reg.cy, "cy", r), need(reg.r, "r", r)) {
                (Some(cx), Some(cy), Some(rad)) if rad > 0.0 => Some(Shape::Circle { cx, cy, r: rad }),
                (Some(_), Some(_), Some(_)) => {
                    r.push(
                        format!("{rp}.r"),
                        LoadErrorKind::InvalidValue("radius must be > 0".into()),
                    );
                    None
                }
                _ => None,
            },
            other => {
                r.push(
                    format!("{rp}.shape"),
                    LoadErrorKind::InvalidValue(format!("shape `{other}` (use rect or circle)")),
                );
                None
            }
        };
        r.check_message_id(format!("{rp}.text"), &reg.text);
        if let Some(&first) = region_ids.get(&reg.id) {
            let first_line = r.line(&f(&format!("regions[{first}].id")));
            let kind = LoadErrorKind::DuplicateId {
                id: reg.id.clone(),
                first_file: r.file.to_string(),
                first_line,
            };
            r.push(format!("{rp}.id"), kind);
        } else {
            region_ids.insert(reg.id.clone(), j);
        }
        if let Some(shape) = shape {
            regions.push(Region {
                id: reg.id,
                shape,
                message: Message {
                    text: reg.text,
                    audio: reg.audio,
                },
            });
        }
    }

    let irt = raw.irt.and_then(|irt| build_model(irt, &f("irt"), r));
    let exposure_limit = raw.exposure_limit;
    if let Some(e) = exposure_limit {
        if !(e > 0.0 && e <= 1.0) {
            r.push(
                f("exposure_limit"),
                LoadErrorKind::InvalidValue(format!("exposure limit must be in (0, 1], got {e}")),
            );
        }
    }

    // Type-specific structure, key and model fit.
    let mut key = Key::None;
    if let Some(t) = item_type {
        let count_between = |lo: usize, hi: usize, r: &mut FileReport<'_>| {
            if options.len() < lo || options.len() > hi {
                let msg = format!("a {} item needs {lo} to {hi} options, has {}", t.name(), options.len());
                r.push(
                    f("options"),
                    if options.is_empty() {
                        LoadErrorKind::MissingField
                    } else {
                        LoadErrorKind::InvalidValue(msg)
                    },
                );
            }
        };
        let want_key = t != ItemType::Task && t != ItemType::SelfReport;
        match (&raw.key, want_key) {
            (None, true) => r.push(f("key"), LoadErrorKind::MissingField),
            (Some(_), false) => r.push(
                f("key"),
                LoadErrorKind::InvalidValue(format!("a {} item takes no key", t.name())),
            ),
            _ => {}
        }
        match t {
            ItemType::Choice => {
                count_between(2, 6, r);
                if let Some(v) = &raw.key {
                    match key_text(v) {
                        Some(k) if option_ids.contains_key(k.as_str()) => key = Key::Option(k),
                        Some(k) => r.push(f("key"), LoadErrorKind::KeyNotAnOption(k)),
                        None => r.push(
                            f("key"),
                            LoadErrorKind::InvalidValue("the key of a choice item is an option id".into()),
                        ),
                    }
                }
            }
            ItemType::TrueFalse => {
                if let Some(v) = &raw.key {
                    match v {
                        Value::Bool(b) => key = Key::Boolean(*b),
                        _ => r.push(
                            f("key"),
                            LoadErrorKind::InvalidValue("the key of a true_false item is true or false".into()),
                        ),
                    }
                }
            }
            ItemType::Ordering => {
                count_between(3, 6, r);
                if let Some(v) = &raw.key {
                    let order: Option<Vec<String>> = v.as_array().and_then(|s| s.iter().map(key_text).collect());
                    match order {
                        Some(order) => {
                            if let Some(bad) = order.iter().find(|k| !option_ids.contains_key(k.as_str())) {
                                r.push(f("key"), LoadErrorKind::KeyNotAnOption(bad.clone()));
                            } else if order.len() != options.len()
                                || order.iter().collect::<HashSet<_>>().len() != order.len()
                            {
                                r.push(
                                    f("key"),
                                    LoadErrorKind::InvalidValue("the key must list every step exactly once".into()),
                                );
                            } else {
                                key = Key::Order(order);
                            }
                        }
                        None => r.push(
                            f("key"),
                            LoadErrorKind::InvalidValue("the key of an ordering item is a list of option ids".into()),
                        ),
                    }
                }
            }
            ItemType::Hotspot => {
                if raw.image.is_none() {
                    r.push(f("image"), LoadErrorKind::MissingField);
                }
                if regions.len() < 2 && r.errors.len() == before {
                    r.push(
                        f("regions"),
                        LoadErrorKind::InvalidValue("a hotspot item needs at least two regions".into()),
                    );
                }
                if let Some(v) = &raw.key {
                    match key_text(v) {
                        Some(k) if regions.iter().any(|x| x.id == k) => key = Key::Region(k),
                        Some(k) => r.push(f("key"), LoadErrorKind::KeyNotAnOption(k)),
                        None => r.push(
                            f("key"),
                            LoadErrorKind::InvalidValue("the key of a hotspot item is a region id".into()),
                        ),
                    }
                }
            }
            ItemType::Task => {
                if categories.len() < 2 {
                    r.push(f("categories"), LoadErrorKind::MissingField);
                }
            }
            ItemType::SelfReport => {
                count_between(2, 8, r);
                if raw.profile_field.is_none() {
                    r.push(f("profile_field"), LoadErrorKind::MissingField);
                }
                for (j, o) in options.iter().enumerate() {
                    if o.value.is_none() {
                        r.push(f(&format!("options[{j}].value")), LoadErrorKind::MissingField);
                    }
                }
            }
        }
        // Model fit.
        match (&irt, t) {
            (Some(_), ItemType::SelfReport) => {
                r.push(
                    f("irt"),
                    LoadErrorKind::ModelDoesNotFitType {
                        model: "irt".into(),
                        item_type: t.name().into(),
                    },
                );
            }
            (None, ItemType::SelfReport) => {}
            (None, _) => {
                if !r.errors[before..].iter().any(|e| e.field.starts_with(&f("irt"))) {
                    r.push(f("irt"), LoadErrorKind::MissingField);
                }
            }
            (Some(IrtModel::Graded { thresholds, .. }), ItemType::Task | ItemType::Ordering) => {
                let categories_needed = if t == ItemType::Task {
                    categories.len()
                } else {
                    options.len()
                };
                if categories_needed >= 2 && thresholds.len() + 1 != categories_needed {
                    let kind = LoadErrorKind::ThresholdCount {
                        categories: categories_needed,
                        thresholds: thresholds.len(),
                    };
                    r.push(f("irt.thresholds"), kind);
                }
            }
            (Some(m), ItemType::Task) => {
                r.push(
                    f("irt.model"),
                    LoadErrorKind::ModelDoesNotFitType {
                        model: m.name().into(),
                        item_type: t.name().into(),
                    },
                );
            }
            (Some(m @ IrtModel::Graded { .. }), _) => {
                r.push(
                    f("irt.model"),
                    LoadErrorKind::ModelDoesNotFitType {
                        model: m.name().into(),
                        item_type: t.name().into(),
                    },
                );
            }
            (Some(_), _) => {}
        }
    }

    if r.errors.len() > before {
        return None;
    }
    Some(Item {
        id: id?,
        competence: competence?,
        area,
        item_type: item_type?,
        language_load: language_load?,
        prompt: prompt?,
        image: raw.image,
        options,
        regions,
        categories,
        profile_field: raw.profile_field,
        key,
        irt,
        exposure_limit,
    })
}

fn build_model(raw: IrtRecord, p: &str, r: &mut FileReport<'_>) -> Option<IrtModel> {
    let before = r.errors.len();
    let param = |name: &str, v: Option<f64>, needed: bool, r: &mut FileReport<'_>| -> f64 {
        match (v, needed) {
            (Some(x), true) if x.is_finite() => x,
            (Some(x), true) => {
                r.push(format!("{p}.{name}"), LoadErrorKind::InvalidValue(x.to_string()));
                f64::NAN
            }
            (None, true) => {
                r.push(format!("{p}.{name}"), LoadErrorKind::MissingField);
                f64::NAN
            }
            (Some(_), false) => {
                let msg = format!("parameter {name} does not belong to model {}", raw.model);
                r.push(format!("{p}.{name}"), LoadErrorKind::InvalidValue(msg));
                f64::NAN
            }
            (None, false) => f64::NAN,
        }
    };
    let check_a = |a: f64, r: &mut FileReport<'_>| {
        if a <= 0.0 {
            r.push(format!("{p}.a"), LoadErrorKind::NonPositiveDiscrimination(a));
        }
    };
    let model = match raw.model.as_str() {
        "1pl" => {
            let b = param("b", raw.b, true, r);
            param("a", raw.a, false, r);
            param("c", raw.c, false, r);
            IrtModel::OnePl { b }
        }
        "2pl" => {
            let a = param("a", raw.a, true, r);
            let b = param("b", raw.b, true, r);
            param("c", raw.c, false, r);
            check_a(a, r);
            IrtModel::TwoPl { a, b }
        }
        "3pl" => {
            let a = param("a", raw.a, true, r);
            let b = param("b", raw.b, true, r);
            let c = param("c", raw.c, true, r);
            check_a(a, r);
            if !(0.0..1.0).contains(&c) && c.is_finite() {
                r.push(format!("{p}.c"), LoadErrorKind::GuessingOutOfRange(c));
            }
            IrtModel::ThreePl { a, b, c }
        }
        "grm" => {
            let a = param("a", raw.a, true, r);
            param("b", raw.b, false, r);
            param("c", raw.c, false, r);
            check_a(a, r);
            let thresholds = match raw.thresholds {
                Some(t) if !t.is_empty() => t,
                _ => {
                    r.push(format!("{p}.thresholds"), LoadErrorKind::MissingField);
                    Vec::new()
                }
            };
            if thresholds.iter().any(|t| !t.is_finite()) || thresholds.windows(2).any(|w| w[1] <= w[0]) {
                r.push(
                    format!("{p}.thresholds"),
                    LoadErrorKind::UnorderedThresholds(thresholds.clone()),
                );
            }
            return (r.errors.len() == before).then_some(IrtModel::Graded { a, thresholds });
        }
        other => {
            r.push(
                format!("{p}.model"),
                LoadErrorKind::InvalidValue(format!("unknown model `{other}` (use 1pl, 2pl, 3pl or grm)")),
            );
            return None;
        }
    };
    if raw.thresholds.is_some() {
        r.push(
            format!("{p}.thresholds"),
            LoadErrorKind::InvalidValue(format!("thresholds belong to model grm, not {}", raw.model)),
        );
    }
    (r.errors.len() == before).then_some(model)
}
