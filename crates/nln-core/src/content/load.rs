//! Loading and validating content from YAML text the caller hands in.
//!
//! Nothing here touches the file system: the caller supplies a [`SourceSet`] of relative paths
//! and texts (the CLI reads a folder; [`crate::defaults`] embeds the shipped one). Every problem
//! becomes a [`LoadError`] naming file, line and field; loading goes on after an error so that one
//! run reports them all.

use super::bank::Bank;
use super::error::{LoadError, LoadErrorKind, LoadErrors};
use super::framework::Framework;
use super::item::{option_message_id, region_message_id, Choice, Item, ItemType, Key, Message, Region, Shape, Step};
use super::levels::LevelScale;
use super::schema::{IrtRecord, ItemFileRecord, ItemRecord, ManifestRecord, RegionRecord};
use super::schema_errors::{self, SchemaOutcome};
use super::source_map::SourceMap;
use super::validate::{self, Finding, Place};
use crate::irt::IrtModel;
use crate::placement::PlacementRules;
use crate::yaml::{self, Document, Limits, YamlErrorKind};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Path of the framework inside a content folder.
pub const FRAMEWORK_FILE: &str = "framework.yaml";
/// Path of the level scale inside a content folder.
pub const LEVELS_FILE: &str = "levels.yaml";
/// Path of the placement rules (thresholds and service guidance) inside a content folder.
pub const GUIDANCE_FILE: &str = "guidance.yaml";

/// Name of a bank's manifest inside its folder.
pub const BANK_MANIFEST: &str = "bank.yaml";

/// Path of a bank's manifest inside a content folder.
pub fn bank_manifest_path(bank: &str) -> String {
    format!("banks/{bank}/{BANK_MANIFEST}")
}

/// The item files a bank manifest lists, as written, so that a caller reading a folder reads
/// only those. Empty when the manifest does not parse (loading it then says why).
pub fn listed_files(manifest: &str) -> Vec<String> {
    let Ok(doc) = yaml::parse(manifest, Limits::CONTENT) else {
        return Vec::new();
    };
    doc.value
        .get("files")
        .and_then(Value::as_array)
        .map(|files| files.iter().filter_map(|f| f.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Content files by relative path (`framework.yaml`, `banks/default/dev.yaml`, …).
#[derive(Debug, Clone, Default)]
pub struct SourceSet {
    files: BTreeMap<String, String>,
}

impl SourceSet {
    /// An empty set, filled with [`SourceSet::insert`].
    pub fn new() -> SourceSet {
        SourceSet::default()
    }

    /// Adds or replaces a file.
    pub fn insert(&mut self, path: impl Into<String>, text: impl Into<String>) {
        self.files.insert(path.into(), text.into());
    }

    /// The text of a file, if it was provided.
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

/// A framework, a level scale, one bank and the placement rules, validated against each other.
#[derive(Debug, Clone)]
pub struct Content {
    /// Areas and competences the items are tagged with.
    pub framework: Framework,
    /// Level cuts that turn a theta into a level.
    pub levels: LevelScale,
    /// The items and their parameters.
    pub bank: Bank,
    /// Thresholds of the placement's judgements and the service guidance (`guidance.yaml`).
    pub placement: PlacementRules,
}

impl Content {
    /// Loads and cross-checks `framework.yaml`, `levels.yaml`, bank `bank` and `guidance.yaml`.
    pub fn load(sources: &SourceSet, bank: &str) -> Result<Content, LoadErrors> {
        let mut errors = Vec::new();
        let framework = load_framework(sources, &mut errors);
        let levels = load_levels(sources, &mut errors);
        let bank = load_bank(sources, bank, framework.as_ref(), levels.as_ref(), &mut errors);
        let placement = load_placement(sources, framework.as_ref(), levels.as_ref(), bank.as_ref(), &mut errors);
        match (framework, levels, bank, placement) {
            (Some(framework), Some(levels), Some(bank), Some(placement)) if errors.is_empty() => Ok(Content {
                framework,
                levels,
                bank,
                placement,
            }),
            _ => Err(LoadErrors::capped(errors)),
        }
    }

    /// Content built in memory (a calibrated bank, a bank from a database), held to the same
    /// rules as files; the findings name item indices and field paths instead of lines.
    pub fn from_parts(
        framework: Framework,
        levels: LevelScale,
        bank: Bank,
        placement: PlacementRules,
    ) -> Result<Content, Vec<Finding>> {
        let mut findings = validate::content(&framework, &levels, &bank);
        findings.extend(validate::placement(
            &placement,
            Some(&framework),
            Some(&levels),
            Some(&bank),
        ));
        if findings.is_empty() {
            Ok(Content {
                framework,
                levels,
                bank,
                placement,
            })
        } else {
            Err(findings)
        }
    }
}

/// Collects errors for one file.
struct FileReport<'a> {
    file: &'a str,
    map: SourceMap,
    errors: &'a mut Vec<LoadError>,
    /// Field paths already reported as schema errors and repaired: checks of the repaired
    /// record say nothing more about them.
    quiet: Vec<String>,
}

impl<'a> FileReport<'a> {
    fn new(file: &'a str, map: SourceMap, errors: &'a mut Vec<LoadError>) -> FileReport<'a> {
        FileReport {
            file,
            map,
            errors,
            quiet: Vec::new(),
        }
    }

    fn push(&mut self, field: impl Into<String>, kind: LoadErrorKind) {
        let field = field.into();
        if self.quiet.iter().any(|q| schema_errors::is_within(&field, q)) {
            return;
        }
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

    /// Reports validation findings, with `prefix` before their field paths (`items[3]`).
    fn findings(&mut self, prefix: &str, findings: impl IntoIterator<Item = Finding>) {
        let join = |field: &str| match (prefix.is_empty(), field.is_empty()) {
            (true, _) => field.to_string(),
            (false, true) => prefix.to_string(),
            (false, false) => format!("{prefix}.{field}"),
        };
        for f in findings {
            let mut kind = f.kind;
            if let (
                LoadErrorKind::DuplicateId {
                    first_file, first_line, ..
                },
                Some(first),
            ) = (&mut kind, &f.first)
            {
                *first_file = self.file.to_string();
                *first_line = self.line(&join(first));
            }
            self.push(join(&f.field), kind);
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

/// `a` then `b` as one field path (`items[3]` + `options[1].id`).
fn join_path(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ if b.starts_with('[') => format!("{a}{b}"),
        _ => format!("{a}.{b}"),
    }
}

/// Reads a value as a `T`, reporting every schema error with its field path, and "and N more"
/// past the cap (see [`schema_errors`]); the outcome holds the repaired record.
fn read_record<T: DeserializeOwned>(value: Value, prefix: &str, report: &mut FileReport<'_>) -> SchemaOutcome<T> {
    let out = schema_errors::deserialize_all::<T>(value);
    for e in &out.errors {
        let kind = if e.missing {
            LoadErrorKind::MissingField
        } else {
            LoadErrorKind::Syntax(e.message.clone())
        };
        report.push(join_path(prefix, &e.field), kind);
    }
    if out.more > 0 {
        report.push(prefix.to_string(), LoadErrorKind::MoreErrors(out.more));
    }
    out
}

/// Deserializes a value into `T`; every schema error is reported, and any makes it `None`.
fn from_value<T: DeserializeOwned>(value: Value, prefix: &str, report: &mut FileReport<'_>) -> Option<T> {
    let out = read_record(value, prefix, report);
    if out.is_clean() {
        out.value
    } else {
        None
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
    let mut report = FileReport::new(file, doc.map, errors);
    let parsed = from_value(doc.value, "", &mut report)?;
    Some((parsed, report.map))
}

fn load_framework(sources: &SourceSet, errors: &mut Vec<LoadError>) -> Option<Framework> {
    let (framework, map): (Framework, _) = parse_file(sources, FRAMEWORK_FILE, errors)?;
    let findings = validate::framework(&framework);
    let ok = findings.is_empty();
    FileReport::new(FRAMEWORK_FILE, map, errors).findings("", findings);
    ok.then_some(framework)
}

fn load_levels(sources: &SourceSet, errors: &mut Vec<LoadError>) -> Option<LevelScale> {
    let (scale, map): (LevelScale, _) = parse_file(sources, LEVELS_FILE, errors)?;
    let findings = validate::levels(&scale);
    let ok = findings.is_empty();
    FileReport::new(LEVELS_FILE, map, errors).findings("", findings);
    ok.then_some(scale)
}

/// The placement rules, checked against whatever of the framework, levels and bank loaded.
fn load_placement(
    sources: &SourceSet,
    framework: Option<&Framework>,
    levels: Option<&LevelScale>,
    bank: Option<&Bank>,
    errors: &mut Vec<LoadError>,
) -> Option<PlacementRules> {
    let (rules, map): (PlacementRules, _) = parse_file(sources, GUIDANCE_FILE, errors)?;
    let findings = validate::placement(&rules, framework, levels, bank);
    let ok = findings.is_empty();
    FileReport::new(GUIDANCE_FILE, map, errors).findings("", findings);
    ok.then_some(rules)
}

/// Where a loaded item was written: its file (index into the read files) and its index there.
struct Origin {
    file: usize,
    index: usize,
    /// Paths of the item's record already reported as schema errors.
    quiet: Vec<String>,
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
    let mut origins = Vec::new();
    let mut files: Vec<(String, SourceMap)> = Vec::new();
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    // Competences that scored items are written for (whether or not the item itself is valid),
    // and whether every item file could be read: coverage is only judged on a whole bank.
    let mut covered: HashSet<String> = HashSet::new();
    let mut every_file_read = true;
    for (f, name) in manifest.files.iter().enumerate() {
        let path = format!("{folder}{name}");
        let Some(text) = sources.get(&path) else {
            let mut r = FileReport::new(&manifest_path, manifest_map.clone(), errors);
            r.push(format!("files[{f}]"), LoadErrorKind::MissingFile(path.clone()));
            every_file_read = false;
            continue;
        };
        let Some(doc) = parse_value(&path, text, errors) else {
            every_file_read = false;
            continue;
        };
        let mut r = FileReport::new(&path, doc.map, errors);
        let Some(file) = from_value::<ItemFileRecord<Value>>(doc.value, "", &mut r) else {
            every_file_read = false;
            continue;
        };
        for (i, raw) in file.items.into_iter().enumerate() {
            let prefix = format!("items[{i}]");
            let record = read_record::<ItemRecord>(raw, &prefix, &mut r);
            if !record.is_clean() {
                every_file_read = false;
            }
            // The record is read on with its faulty fields repaired, so the item's other errors
            // (missing fields, rules) are reported in the same run; never about those fields.
            let quiet: Vec<String> = record.repaired.iter().map(|f| join_path(&prefix, f)).collect();
            let Some(raw) = record.value else {
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
            r.quiet = quiet;
            let item = item_from_record(raw, &prefix, framework, &mut r);
            let quiet = std::mem::take(&mut r.quiet);
            if let Some(item) = item {
                items.push(item);
                origins.push(Origin {
                    file: files.len(),
                    index: i,
                    quiet,
                });
            }
        }
        let map = r.map;
        files.push((path, map));
    }
    let mut bank = Bank::new(
        manifest.id,
        manifest.version,
        manifest.title,
        manifest.calibration,
        items,
    );
    bank.provenance = manifest.provenance;
    let findings = match framework {
        Some(fw) => validate::bank(&bank, fw),
        None => bank
            .items()
            .iter()
            .enumerate()
            .flat_map(|(index, it)| {
                validate::item_without_framework(it).into_iter().map(move |mut f| {
                    f.place = Place::Item {
                        index,
                        id: it.id.clone(),
                    };
                    f
                })
            })
            .collect(),
    };
    let judge_coverage = levels.is_some() && every_file_read;
    let mut bank_findings = Vec::new();
    for f in findings {
        match &f.place {
            Place::Item { index, .. } => {
                let origin = &origins[*index];
                let (file, map) = &files[origin.file];
                let mut report = FileReport::new(file, map.clone(), errors);
                report.quiet = origin.quiet.clone();
                report.findings(&format!("items[{}]", origin.index), [f]);
            }
            _ => match &f.kind {
                LoadErrorKind::CompetenceWithoutItems(c) if !judge_coverage || covered.contains(c) => {}
                _ => bank_findings.push(f),
            },
        }
    }
    FileReport::new(&manifest_path, manifest_map, errors).findings("", bank_findings);
    if errors.len() > before || framework.is_none() {
        return None;
    }
    Some(bank)
}

fn key_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The key as written, in the typed form its shape gives; whether it suits the item's type is a
/// validation rule.
fn key_from_value(v: &Value, t: ItemType) -> Option<Key> {
    match v {
        Value::Bool(b) => Some(Key::Boolean(*b)),
        Value::Array(a) => {
            let ids = a.iter().map(key_text).collect::<Option<Vec<_>>>()?;
            Some(if t == ItemType::TapThrough {
                Key::Path(ids)
            } else {
                Key::Order(ids)
            })
        }
        v => {
            let text = key_text(v)?;
            Some(if t == ItemType::Hotspot {
                Key::Region(text)
            } else {
                Key::Option(text)
            })
        }
    }
}

/// Turns a record into a typed item: required fields present, shapes and models complete. The
/// rules on the values are [`validate::item`]'s.
fn item_from_record(raw: ItemRecord, p: &str, framework: Option<&Framework>, r: &mut FileReport<'_>) -> Option<Item> {
    let before = r.errors.len();
    let f = |name: &str| format!("{p}.{name}");
    macro_rules! required {
        ($field:ident, $name:expr) => {
            match raw.$field {
                Some(v) => Some(v),
                None => {
                    r.push(f($name), LoadErrorKind::MissingField);
                    None
                }
            }
        };
    }
    let id = required!(id, "id");
    let competence = required!(competence, "competence");
    let item_type = required!(item_type, "type");
    let language_load = required!(language_load, "language_load");
    let prompt = required!(prompt, "prompt");
    let area = match (&competence, framework) {
        (Some(c), Some(fw)) => fw.area_index_of(c).map(|a| fw.areas[a].id.clone()),
        _ => None,
    }
    .unwrap_or_default();

    let item_id = id.as_deref().unwrap_or_default();
    let regions = regions_from_records(raw.regions.unwrap_or_default(), item_id, &f("regions"), r);
    let mut steps = Vec::new();
    for (s, step) in raw.steps.unwrap_or_default().into_iter().enumerate() {
        steps.push(Step {
            image: step.image,
            regions: regions_from_records(step.regions, item_id, &f(&format!("steps[{s}].regions")), r),
        });
    }
    let options = raw
        .options
        .unwrap_or_default()
        .into_iter()
        .map(|o| {
            let message = message_or_derived(o.text, o.audio, || option_message_id(item_id, &o.id));
            Choice {
                text: message.text,
                audio: message.audio,
                ..o
            }
        })
        .collect();

    let irt = raw.irt.and_then(|irt| model_from_record(irt, &f("irt"), r));
    let mut key = Key::None;
    if let (Some(v), Some(t)) = (&raw.key, item_type) {
        if t == ItemType::Task || t == ItemType::SelfReport {
            r.push(
                f("key"),
                LoadErrorKind::InvalidValue(format!("a {} item takes no key", t.name())),
            );
        } else {
            match key_from_value(v, t) {
                Some(k) => key = k,
                None => r.push(
                    f("key"),
                    LoadErrorKind::InvalidValue(format!("the key of a {} item is not a list of ids", t.name())),
                ),
            }
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
        steps,
        categories: raw.categories.unwrap_or_default(),
        profile_field: raw.profile_field,
        key,
        irt,
        exposure_limit: raw.exposure_limit,
        exposure_acceptance: raw.exposure_acceptance,
    })
}

/// A message as the bank wrote it, with what it left out derived: the text id from `derived`,
/// the clip from the text id.
fn message_or_derived(text: String, audio: String, derived: impl FnOnce() -> String) -> Message {
    let text = if text.is_empty() { derived() } else { text };
    let audio = if audio.is_empty() { text.clone() } else { audio };
    Message { text, audio }
}

/// Turns region records of item `item` into regions, each shape with exactly its
/// coordinates; `p` is the field path of the list (`items[3].regions`).
fn regions_from_records(records: Vec<RegionRecord>, item: &str, p: &str, r: &mut FileReport<'_>) -> Vec<Region> {
    let mut regions = Vec::new();
    for (j, reg) in records.into_iter().enumerate() {
        let rp = format!("{p}[{j}]");
        let need = |v: Option<f64>, name: &str, r: &mut FileReport<'_>| {
            if v.is_none() {
                r.push(format!("{rp}.{name}"), LoadErrorKind::MissingField);
            }
            v
        };
        let shape = match reg.shape.as_str() {
            "rect" => match (
                need(reg.x, "x", r),
                need(reg.y, "y", r),
                need(reg.w, "w", r),
                need(reg.h, "h", r),
            ) {
                (Some(x), Some(y), Some(w), Some(h)) => Some(Shape::Rect { x, y, w, h }),
                _ => None,
            },
            "circle" => match (need(reg.cx, "cx", r), need(reg.cy, "cy", r), need(reg.r, "r", r)) {
                (Some(cx), Some(cy), Some(rad)) => Some(Shape::Circle { cx, cy, r: rad }),
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
        if let Some(shape) = shape {
            let message = message_or_derived(reg.text, reg.audio, || region_message_id(item, &reg.id));
            regions.push(Region {
                id: reg.id,
                shape,
                message,
            });
        }
    }
    regions
}

/// Turns an `irt:` record into a model: a known model with exactly its parameters. Their values
/// are [`validate::item`]'s concern.
fn model_from_record(raw: IrtRecord, p: &str, r: &mut FileReport<'_>) -> Option<IrtModel> {
    let before = r.errors.len();
    let param = |name: &str, v: Option<f64>, needed: bool, r: &mut FileReport<'_>| -> f64 {
        match (v, needed) {
            (Some(x), true) => x,
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
            IrtModel::TwoPl { a, b }
        }
        "3pl" => {
            let a = param("a", raw.a, true, r);
            let b = param("b", raw.b, true, r);
            let c = param("c", raw.c, true, r);
            IrtModel::ThreePl { a, b, c }
        }
        "grm" => {
            let a = param("a", raw.a, true, r);
            param("b", raw.b, false, r);
            param("c", raw.c, false, r);
            let thresholds = match raw.thresholds {
                Some(t) if !t.is_empty() => t,
                _ => {
                    r.push(format!("{p}.thresholds"), LoadErrorKind::MissingField);
                    Vec::new()
                }
            };
            let floor = raw.floor.unwrap_or_default();
            return (r.errors.len() == before).then_some(IrtModel::Graded { a, thresholds, floor });
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
    if raw.floor.is_some() {
        r.push(
            format!("{p}.floor"),
            LoadErrorKind::InvalidValue(format!("floor belongs to model grm, not {} (use c)", raw.model)),
        );
    }
    (r.errors.len() == before).then_some(model)
}
