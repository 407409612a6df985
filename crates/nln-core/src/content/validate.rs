//! The rules content must follow, checked on typed values, so that a bank built in memory (by
//! calibration, or read from a database) is held to the same rules as one read from files.
//!
//! Findings name a place inside the content and a field path (`irt.a`); the file loader turns
//! them into file, line and column, and an in-memory caller shows them as they are.

use super::bank::Bank;
use super::error::LoadErrorKind;
use super::framework::Framework;
use super::item::{option_message_id, region_message_id, Item, ItemType, Key, Message, Region, Shape};
use super::levels::LevelScale;
use super::load::is_fluent_id;
use crate::irt::IrtModel;
use crate::placement::PlacementRules;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Largest plausible discrimination: beyond it an item is a step function and its information
/// swamps every other item (published calibrations rarely exceed 4).
pub const MAX_DISCRIMINATION: f64 = 8.0;
/// Largest plausible |location| (b or a threshold) on a standard-normal ability scale.
pub const MAX_LOCATION: f64 = 8.0;
/// Largest plausible guessing parameter: one in two is already a true/false item.
pub const MAX_GUESSING: f64 = 0.5;
/// Fewest screens of a tap-through item: one screen is a hotspot item.
pub const MIN_TAP_STEPS: usize = 2;
/// Most screens of a tap-through item: a longer path tires a newcomer, and one slip ends it.
pub const MAX_TAP_STEPS: usize = 5;
/// Most regions on one tap-through screen: each is read out in the list alternative.
pub const MAX_TAP_REGIONS: usize = 8;

/// What part of the content a finding is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The framework (`framework.yaml`).
    Framework,
    /// The level scale (`levels.yaml`).
    Levels,
    /// The bank as a whole (`bank.yaml`).
    Bank,
    /// The bank's item at `index` (its id, when it has one).
    Item {
        /// Position in the bank.
        index: usize,
        /// The item's id (empty when it has none).
        id: String,
    },
    /// The placement rules (`guidance.yaml`).
    Placement,
}

/// One broken rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Which part of the content is wrong.
    pub place: Place,
    /// Field path inside the place (`irt.a`, `areas[2].weight`; empty for the whole place).
    pub field: String,
    /// What is wrong.
    pub kind: LoadErrorKind,
    /// For a duplicate: the field path (same place) of the first occurrence.
    pub first: Option<String>,
}

impl Finding {
    fn new(place: &Place, field: impl Into<String>, kind: LoadErrorKind) -> Finding {
        Finding {
            place: place.clone(),
            field: field.into(),
            kind,
            first: None,
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Place::Framework => write!(f, "framework")?,
            Place::Levels => write!(f, "levels")?,
            Place::Bank => write!(f, "bank")?,
            Place::Item { index, id } => write!(f, "item {id} (#{index})")?,
            Place::Placement => write!(f, "placement rules")?,
        }
        write!(f, ": {}: {}", self.field, self.kind)
    }
}

/// Checks a framework and a level scale and a bank against each other.
pub fn content(framework: &Framework, levels: &LevelScale, bank: &Bank) -> Vec<Finding> {
    let mut out = self::framework(framework);
    out.extend(self::levels(levels));
    out.extend(self::bank(bank, framework));
    out
}

struct Sink<'a> {
    place: Place,
    out: &'a mut Vec<Finding>,
}

impl Sink<'_> {
    fn push(&mut self, field: impl Into<String>, kind: LoadErrorKind) {
        self.out.push(Finding::new(&self.place, field, kind));
    }

    fn duplicate(&mut self, field: impl Into<String>, id: &str, first: String) {
        let mut f = Finding::new(
            &self.place,
            field,
            LoadErrorKind::DuplicateId {
                id: id.to_string(),
                first_file: String::new(),
                first_line: 0,
            },
        );
        f.first = Some(first);
        self.out.push(f);
    }

    fn message_id(&mut self, field: impl Into<String>, id: &str) {
        if !is_fluent_id(id) {
            self.push(field, LoadErrorKind::BadMessageId(id.to_string()));
        }
    }
}

/// Rules of the framework: unique ids, positive weights, bands in order, Fluent ids, known
/// crosswalk sources.
pub fn framework(framework: &Framework) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut r = Sink {
        place: Place::Framework,
        out: &mut out,
    };
    if framework.areas.is_empty() {
        // Nothing to measure: a placement from it would be a number with no evidence.
        r.push(
            "areas",
            LoadErrorKind::InvalidValue("a framework needs at least one area".into()),
        );
    }
    let source_ids: HashSet<&str> = framework.sources.iter().map(|s| s.id.as_str()).collect();
    let mut area_ids: HashMap<&str, String> = HashMap::new();
    let mut competence_ids: HashMap<&str, String> = HashMap::new();
    for (i, area) in framework.areas.iter().enumerate() {
        let p = format!("areas[{i}]");
        if let Some(first) = area_ids.get(area.id.as_str()) {
            r.duplicate(format!("{p}.id"), &area.id, first.clone());
        } else {
            area_ids.insert(&area.id, format!("{p}.id"));
        }
        if !(area.weight > 0.0 && area.weight.is_finite()) {
            r.push(
                format!("{p}.weight"),
                LoadErrorKind::InvalidValue(format!("weight must be > 0, got {}", area.weight)),
            );
        }
        r.message_id(format!("{p}.name"), &area.name);
        r.message_id(format!("{p}.description"), &area.description);
        for (j, c) in area.competences.iter().enumerate() {
            let cp = format!("{p}.competences[{j}]");
            if let Some(first) = competence_ids.get(c.id.as_str()) {
                r.duplicate(format!("{cp}.id"), &c.id, first.clone());
            } else {
                competence_ids.insert(&c.id, format!("{cp}.id"));
            }
            if c.band[0] > c.band[1] {
                r.push(
                    format!("{cp}.band"),
                    LoadErrorKind::InvalidValue(format!("band [{}, {}] runs backwards", c.band[0], c.band[1])),
                );
            }
            r.message_id(format!("{cp}.name"), &c.name);
            r.message_id(format!("{cp}.description"), &c.description);
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
    out
}

/// Rules of the level scale: at least two levels numbered 0, 1, 2 …, increasing finite cuts
/// (none for level 0), can-do statements, Fluent ids.
pub fn levels(scale: &LevelScale) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut r = Sink {
        place: Place::Levels,
        out: &mut out,
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
                    expected: u8::try_from(i).unwrap_or(u8::MAX),
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
        r.message_id(format!("{p}.name"), &level.name);
        r.message_id(format!("{p}.when"), &level.when);
        for (k, id) in level.can_do.iter().enumerate() {
            r.message_id(format!("{p}.can_do[{k}]"), id);
        }
    }
    out
}

/// Rules of a bank: a Fluent title, unique item ids, every item well formed for its type and
/// model, and every competence of the framework measured by some scored item.
pub fn bank(bank: &Bank, framework: &Framework) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut r = Sink {
        place: Place::Bank,
        out: &mut out,
    };
    r.message_id("title", &bank.title);
    if !bank.items().iter().any(|i| i.is_scored()) {
        r.push(
            "items",
            LoadErrorKind::InvalidValue("a bank needs at least one scored item".into()),
        );
    }
    let mut covered = HashSet::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (index, it) in bank.items().iter().enumerate() {
        let place = Place::Item {
            index,
            id: it.id.clone(),
        };
        if let Some(&first) = seen.get(it.id.as_str()) {
            let mut f = Finding::new(
                &place,
                "id",
                LoadErrorKind::DuplicateId {
                    id: it.id.clone(),
                    first_file: "item".into(),
                    first_line: first,
                },
            );
            f.first = Some(format!("#{first}"));
            out.push(f);
        } else {
            seen.insert(&it.id, index);
        }
        out.extend(item(it, framework).into_iter().map(|mut f| {
            f.place = place.clone();
            f
        }));
        if it.is_scored() {
            covered.insert(it.competence.as_str());
        }
    }
    for c in framework.competences() {
        if !covered.contains(c.id.as_str()) {
            out.push(Finding::new(
                &Place::Bank,
                "files",
                LoadErrorKind::CompetenceWithoutItems(c.id.clone()),
            ));
        }
    }
    out
}

/// Rules of one item (reported with place [`Place::Item`] index 0; [`bank`] sets the index).
pub fn item(item: &Item, framework: &Framework) -> Vec<Finding> {
    item_rules(item, Some(framework))
}

/// Rules of one item that need no framework (when the framework itself failed to load).
pub(crate) fn item_without_framework(item: &Item) -> Vec<Finding> {
    item_rules(item, None)
}

fn item_rules(item: &Item, framework: Option<&Framework>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut r = Sink {
        place: Place::Item {
            index: 0,
            id: item.id.clone(),
        },
        out: &mut out,
    };
    let id_ok = !item.id.is_empty()
        && item
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !id_ok {
        r.push(
            "id",
            LoadErrorKind::InvalidValue(format!("item ids use a-z, 0-9 and '-': `{}`", item.id)),
        );
    }
    match framework.map(|fw| (fw, fw.area_index_of(&item.competence))) {
        None => {}
        Some((framework, Some(a))) if framework.areas[a].id != item.area => r.push(
            "competence",
            LoadErrorKind::InvalidValue(format!(
                "competence {} is in area {}, not {}",
                item.competence, framework.areas[a].id, item.area
            )),
        ),
        Some((_, Some(_))) => {}
        Some((_, None)) => r.push("competence", LoadErrorKind::UnknownCompetence(item.competence.clone())),
    }
    r.message_id("prompt.text", &item.prompt.text);
    let mut option_ids: HashMap<&str, usize> = HashMap::new();
    for (j, o) in item.options.iter().enumerate() {
        if let Some(&first) = option_ids.get(o.id.as_str()) {
            r.duplicate(format!("options[{j}].id"), &o.id, format!("options[{first}].id"));
        } else {
            option_ids.insert(&o.id, j);
        }
        r.message_id(format!("options[{j}].text"), &o.text);
    }
    let ids: Vec<&str> = item.options.iter().map(|o| o.id.as_str()).collect();
    let derived = option_message_id(&item.id, "");
    for (j, o) in item.options.iter().enumerate() {
        check_message_follows_id(&o.message(), &o.id, &ids, &derived, &format!("options[{j}]"), &mut r);
    }
    for (j, c) in item.categories.iter().enumerate() {
        r.message_id(format!("categories[{j}].text"), &c.text);
    }
    let region_ids = check_regions(&item.id, &item.regions, "regions", &mut r);
    let step_regions: Vec<HashMap<&str, usize>> = item
        .steps
        .iter()
        .enumerate()
        .map(|(k, step)| check_regions(&item.id, &step.regions, &format!("steps[{k}].regions"), &mut r))
        .collect();
    if let Some(model) = &item.irt {
        check_model(model, &mut r);
    }
    if let Some(e) = item.exposure_limit {
        if !(e > 0.0 && e <= 1.0) {
            r.push(
                "exposure_limit",
                LoadErrorKind::InvalidValue(format!("exposure limit must be in (0, 1], got {e}")),
            );
        }
    }
    if let Some(k) = item.exposure_acceptance {
        // Above 0: an item never given would be dead weight in the bank.
        if !(k > 0.0 && k <= 1.0) {
            r.push(
                "exposure_acceptance",
                LoadErrorKind::InvalidValue(format!("exposure acceptance must be in (0, 1], got {k}")),
            );
        }
        if item.irt.is_none() {
            r.push(
                "exposure_acceptance",
                LoadErrorKind::InvalidValue("only a scored item has an exposure acceptance".into()),
            );
        }
    }
    check_type(item, &option_ids, &region_ids, &mut r);
    check_steps(item, &step_regions, &mut r);
    out
}

/// Refuses a message of entry `own` (an option or region at field path `p`) whose text or
/// clip id is the one derived for another entry of the list (`derived_prefix` + its id):
/// `item-x-opt-b` on option `a` means the message followed a position when options moved.
fn check_message_follows_id(
    message: &Message,
    own: &str,
    ids: &[&str],
    derived_prefix: &str,
    p: &str,
    r: &mut Sink<'_>,
) {
    for (field, id) in [("text", &message.text), ("audio", &message.audio)] {
        let Some(named) = id.strip_prefix(derived_prefix) else {
            continue;
        };
        if named != own && ids.contains(&named) {
            r.push(
                format!("{p}.{field}"),
                LoadErrorKind::InvalidValue(format!(
                    "`{id}` is the message of `{named}`, not of `{own}`: a message goes with its id, not its place"
                )),
            );
        }
    }
}

/// Shapes, message ids and unique ids of a list of regions at field path `p`; the ids found,
/// with their index.
fn check_regions<'a>(item: &str, regions: &'a [Region], p: &str, r: &mut Sink<'_>) -> HashMap<&'a str, usize> {
    let mut region_ids: HashMap<&str, usize> = HashMap::new();
    let ids: Vec<&str> = regions.iter().map(|reg| reg.id.as_str()).collect();
    let derived = region_message_id(item, "");
    for (j, reg) in regions.iter().enumerate() {
        let rp = format!("{p}[{j}]");
        match reg.shape {
            Shape::Rect { x, y, w, h } => {
                for (name, v) in [("x", x), ("y", y), ("w", w), ("h", h)] {
                    if !v.is_finite() {
                        r.push(format!("{rp}.{name}"), LoadErrorKind::InvalidValue(v.to_string()));
                    }
                }
                if !(w > 0.0 && h > 0.0) {
                    r.push(
                        format!("{rp}.w"),
                        LoadErrorKind::InvalidValue("width and height must be > 0".into()),
                    );
                }
            }
            Shape::Circle { cx, cy, r: rad } => {
                for (name, v) in [("cx", cx), ("cy", cy), ("r", rad)] {
                    if !v.is_finite() {
                        r.push(format!("{rp}.{name}"), LoadErrorKind::InvalidValue(v.to_string()));
                    }
                }
                if rad.is_nan() || rad <= 0.0 {
                    r.push(
                        format!("{rp}.r"),
                        LoadErrorKind::InvalidValue("radius must be > 0".into()),
                    );
                }
            }
        }
        r.message_id(format!("{rp}.text"), &reg.message.text);
        check_message_follows_id(&reg.message, &reg.id, &ids, &derived, &rp, r);
        if let Some(&first) = region_ids.get(reg.id.as_str()) {
            r.duplicate(format!("{rp}.id"), &reg.id, format!("{p}[{first}].id"));
        } else {
            region_ids.insert(&reg.id, j);
        }
    }
    region_ids
}

/// The screens of a tap-through item, and that no other item has screens: a bounded number of
/// screens, each with a picture and at least two regions (so a tap is a choice), and a key
/// naming one region of each screen in turn.
fn check_steps(item: &Item, step_regions: &[HashMap<&str, usize>], r: &mut Sink<'_>) {
    if item.item_type != ItemType::TapThrough {
        if !item.steps.is_empty() {
            r.push(
                "steps",
                LoadErrorKind::InvalidValue(format!("a {} item has no screens", item.item_type.name())),
            );
        }
        return;
    }
    let n = item.steps.len();
    if n == 0 {
        r.push("steps", LoadErrorKind::MissingField);
    } else if !(MIN_TAP_STEPS..=MAX_TAP_STEPS).contains(&n) {
        r.push(
            "steps",
            LoadErrorKind::InvalidValue(format!(
                "a tap_through item needs {MIN_TAP_STEPS} to {MAX_TAP_STEPS} screens, has {n}"
            )),
        );
    }
    for (k, step) in item.steps.iter().enumerate() {
        if step.image.trim().is_empty() {
            r.push(format!("steps[{k}].image"), LoadErrorKind::MissingField);
        }
        if !(2..=MAX_TAP_REGIONS).contains(&step.regions.len()) {
            r.push(
                format!("steps[{k}].regions"),
                LoadErrorKind::InvalidValue(format!(
                    "a screen needs 2 to {MAX_TAP_REGIONS} regions, has {}",
                    step.regions.len()
                )),
            );
        }
    }
    if !item.regions.is_empty() || item.image.is_some() {
        let field = if item.image.is_some() { "image" } else { "regions" };
        r.push(
            field,
            LoadErrorKind::InvalidValue("a tap_through item has its pictures and regions in its steps".into()),
        );
    }
    let Key::Path(path) = &item.key else { return };
    if path.len() != n {
        r.push(
            "key",
            LoadErrorKind::InvalidValue(format!(
                "the key names {} regions for {n} screens (one per screen)",
                path.len()
            )),
        );
    }
    for (k, (id, regions)) in path.iter().zip(step_regions).enumerate() {
        if !regions.contains_key(id.as_str()) {
            r.push("key", LoadErrorKind::KeyNotAnOption(format!("{id} (screen {})", k + 1)));
        }
    }
}

/// Options, key and model fit for the item's type.
fn check_type(item: &Item, option_ids: &HashMap<&str, usize>, region_ids: &HashMap<&str, usize>, r: &mut Sink<'_>) {
    let t = item.item_type;
    let options = &item.options;
    let count_between = |lo: usize, hi: usize, r: &mut Sink<'_>| {
        if options.len() < lo || options.len() > hi {
            let msg = format!("a {} item needs {lo} to {hi} options, has {}", t.name(), options.len());
            r.push(
                "options",
                if options.is_empty() {
                    LoadErrorKind::MissingField
                } else {
                    LoadErrorKind::InvalidValue(msg)
                },
            );
        }
    };
    let wants_key = t != ItemType::Task && t != ItemType::SelfReport;
    match (&item.key, wants_key) {
        (Key::None, true) => r.push("key", LoadErrorKind::MissingField),
        (Key::None, false) => {}
        (_, false) => r.push(
            "key",
            LoadErrorKind::InvalidValue(format!("a {} item takes no key", t.name())),
        ),
        (key, true) => check_key(item, key, option_ids, region_ids, r),
    }
    match t {
        ItemType::Choice => count_between(2, 6, r),
        ItemType::TrueFalse => {}
        ItemType::Ordering => count_between(3, 6, r),
        ItemType::Hotspot => {
            if item.image.is_none() {
                r.push("image", LoadErrorKind::MissingField);
            }
            if item.regions.len() < 2 {
                r.push(
                    "regions",
                    LoadErrorKind::InvalidValue("a hotspot item needs at least two regions".into()),
                );
            }
        }
        ItemType::Task => {
            if item.categories.len() < 2 {
                r.push("categories", LoadErrorKind::MissingField);
            }
        }
        ItemType::TapThrough => {}
        ItemType::SelfReport => {
            count_between(2, 8, r);
            if item.profile_field.is_none() {
                r.push("profile_field", LoadErrorKind::MissingField);
            }
            for (j, o) in options.iter().enumerate() {
                if o.value.is_none() {
                    r.push(format!("options[{j}].value"), LoadErrorKind::MissingField);
                }
            }
        }
    }
    let misfit = |m: &IrtModel| LoadErrorKind::ModelDoesNotFitType {
        model: m.name().into(),
        item_type: t.name().into(),
    };
    match (&item.irt, t) {
        (Some(_), ItemType::SelfReport) => r.push(
            "irt",
            LoadErrorKind::ModelDoesNotFitType {
                model: "irt".into(),
                item_type: t.name().into(),
            },
        ),
        (None, ItemType::SelfReport) => {}
        (None, _) => r.push("irt", LoadErrorKind::MissingField),
        (Some(IrtModel::Graded { thresholds, .. }), ItemType::Task | ItemType::Ordering) => {
            let categories = if t == ItemType::Task {
                item.categories.len()
            } else {
                options.len()
            };
            if categories >= 2 && thresholds.len() + 1 != categories {
                r.push(
                    "irt.thresholds",
                    LoadErrorKind::ThresholdCount {
                        categories,
                        thresholds: thresholds.len(),
                    },
                );
            }
        }
        (Some(m), ItemType::Task) | (Some(m @ IrtModel::Graded { .. }), _) => r.push("irt.model", misfit(m)),
        (Some(_), _) => {}
    }
}

/// The key names the item's options or regions, in the form its type needs.
fn check_key(
    item: &Item,
    key: &Key,
    option_ids: &HashMap<&str, usize>,
    region_ids: &HashMap<&str, usize>,
    r: &mut Sink<'_>,
) {
    let shape =
        |what: &str| LoadErrorKind::InvalidValue(format!("the key of a {} item is {what}", item.item_type.name()));
    match (item.item_type, key) {
        (ItemType::Choice, Key::Option(k)) => {
            if !option_ids.contains_key(k.as_str()) {
                r.push("key", LoadErrorKind::KeyNotAnOption(k.clone()));
            }
        }
        (ItemType::Choice, _) => r.push("key", shape("an option id")),
        (ItemType::TrueFalse, Key::Boolean(_)) => {}
        (ItemType::TrueFalse, _) => r.push("key", shape("true or false")),
        (ItemType::Ordering, Key::Order(order)) => {
            if let Some(bad) = order.iter().find(|k| !option_ids.contains_key(k.as_str())) {
                r.push("key", LoadErrorKind::KeyNotAnOption(bad.clone()));
            } else if order.len() != item.options.len() || order.iter().collect::<HashSet<_>>().len() != order.len() {
                r.push(
                    "key",
                    LoadErrorKind::InvalidValue("the key must list every step exactly once".into()),
                );
            }
        }
        (ItemType::Ordering, _) => r.push("key", shape("a list of option ids")),
        (ItemType::Hotspot, Key::Region(k)) => {
            if !region_ids.contains_key(k.as_str()) {
                r.push("key", LoadErrorKind::KeyNotAnOption(k.clone()));
            }
        }
        (ItemType::Hotspot, _) => r.push("key", shape("a region id")),
        (ItemType::TapThrough, Key::Path(_)) => {}
        (ItemType::TapThrough, _) => r.push("key", shape("a list of region ids, one per screen")),
        (ItemType::Task | ItemType::SelfReport, _) => {}
    }
}

/// Parameters in their mathematical domain, then within plausible bounds (D17: `a: 1e300` turns
/// every answer into certainty and the estimate into nonsense).
fn check_model(model: &IrtModel, r: &mut Sink<'_>) {
    let finite = |name: &str, v: f64, r: &mut Sink<'_>| {
        if v.is_finite() {
            true
        } else {
            r.push(format!("irt.{name}"), LoadErrorKind::InvalidValue(v.to_string()));
            false
        }
    };
    let implausible = |name: &str, v: f64, range: String| LoadErrorKind::Implausible {
        parameter: name.to_string(),
        value: v,
        range,
    };
    let check_a = |a: f64, r: &mut Sink<'_>| {
        if !finite("a", a, r) {
        } else if a <= 0.0 {
            r.push("irt.a", LoadErrorKind::NonPositiveDiscrimination(a));
        } else if a > MAX_DISCRIMINATION {
            r.push("irt.a", implausible("a", a, format!("(0, {MAX_DISCRIMINATION}]")));
        }
    };
    let check_b = |b: f64, r: &mut Sink<'_>| {
        if finite("b", b, r) && b.abs() > MAX_LOCATION {
            r.push(
                "irt.b",
                implausible("b", b, format!("[-{MAX_LOCATION}, {MAX_LOCATION}]")),
            );
        }
    };
    match model {
        IrtModel::OnePl { b } => check_b(*b, r),
        IrtModel::TwoPl { a, b } => {
            check_a(*a, r);
            check_b(*b, r);
        }
        IrtModel::ThreePl { a, b, c } => {
            check_a(*a, r);
            check_b(*b, r);
            if finite("c", *c, r) {
                if !(0.0..1.0).contains(c) {
                    r.push("irt.c", LoadErrorKind::GuessingOutOfRange(*c));
                } else if *c > MAX_GUESSING {
                    r.push("irt.c", implausible("c", *c, format!("[0, {MAX_GUESSING}]")));
                }
            }
        }
        IrtModel::Graded { a, thresholds, floor } => {
            check_a(*a, r);
            check_floor(floor, thresholds.len(), r);
            if thresholds.is_empty() {
                r.push("irt.thresholds", LoadErrorKind::MissingField);
            } else if thresholds.iter().any(|t| !t.is_finite()) || thresholds.windows(2).any(|w| w[1] <= w[0]) {
                r.push("irt.thresholds", LoadErrorKind::UnorderedThresholds(thresholds.clone()));
            } else if let Some(t) = thresholds.iter().find(|t| t.abs() > MAX_LOCATION) {
                r.push(
                    "irt.thresholds",
                    implausible("thresholds", *t, format!("[-{MAX_LOCATION}, {MAX_LOCATION}]")),
                );
            }
        }
    }
}

/// A graded item's floor: one probability per score above 0, together below 1.
fn check_floor(floor: &[f64], steps: usize, r: &mut Sink<'_>) {
    if floor.is_empty() {
        return;
    }
    if floor.len() != steps {
        r.push(
            "irt.floor",
            LoadErrorKind::InvalidValue(format!(
                "floor has {} values; it needs one per score above 0 ({steps})",
                floor.len()
            )),
        );
        return;
    }
    if let Some(bad) = floor.iter().find(|p| !(p.is_finite() && (0.0..1.0).contains(*p))) {
        r.push("irt.floor", LoadErrorKind::GuessingOutOfRange(*bad));
        return;
    }
    let total: f64 = floor.iter().sum();
    if total >= 1.0 {
        r.push("irt.floor", LoadErrorKind::GuessingOutOfRange(total));
    } else if total > MAX_GUESSING {
        let kind = LoadErrorKind::Implausible {
            parameter: "floor".into(),
            value: total,
            range: format!("[0, {MAX_GUESSING}]"),
        };
        r.push("irt.floor", kind);
    }
}

/// Rules of the placement rules: thresholds in their meaningful ranges, and guidance statements
/// with unique codes, Fluent ids, and areas, levels and access fields the content has (each
/// checked only when that part of the content is at hand).
pub fn placement(
    rules: &PlacementRules,
    framework: Option<&Framework>,
    levels: Option<&LevelScale>,
    bank: Option<&Bank>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut r = Sink {
        place: Place::Placement,
        out: &mut out,
    };
    if !(rules.confidence > 0.0 && rules.confidence < 1.0) {
        r.push(
            "confidence",
            LoadErrorKind::InvalidValue(format!(
                "a confidence must lie strictly between 0 and 1, got {}",
                rules.confidence
            )),
        );
    }
    if rules.min_items == 0 {
        r.push(
            "min_items",
            LoadErrorKind::InvalidValue("a placement needs at least one answer".into()),
        );
    }
    if rules.irregular_gap == 0 {
        r.push(
            "irregular_gap",
            LoadErrorKind::InvalidValue("a gap of 0 levels would call every profile irregular".into()),
        );
    }
    if !(rules.area_spread > 0.0 && rules.area_spread <= 5.0) {
        r.push(
            "area_spread",
            LoadErrorKind::InvalidValue(format!(
                "an area spread must be > 0 and <= 5, got {}",
                rules.area_spread
            )),
        );
    }
    let fields: Option<HashSet<&str>> =
        bank.map(|b| b.items().iter().filter_map(|i| i.profile_field.as_deref()).collect());
    let mut ids: HashMap<&str, String> = HashMap::new();
    for (i, rule) in rules.guidance.iter().enumerate() {
        let p = format!("guidance[{i}]");
        let code_like = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        if !code_like(&rule.id) {
            r.push(
                format!("{p}.id"),
                LoadErrorKind::InvalidValue(format!("`{}` is not a code (a-z, 0-9, _)", rule.id)),
            );
        } else if let Some(first) = ids.get(rule.id.as_str()) {
            r.duplicate(format!("{p}.id"), &rule.id, first.clone());
        } else {
            ids.insert(&rule.id, format!("{p}.id"));
        }
        r.message_id(format!("{p}.message"), &rule.message);
        if rule.areas.is_empty() {
            // Guidance resting on no area would be "met" with no evidence at all.
            r.push(
                format!("{p}.areas"),
                LoadErrorKind::InvalidValue("a guidance statement needs at least one area".into()),
            );
        }
        if let Some(fw) = framework {
            for (j, area) in rule.areas.iter().enumerate() {
                if fw.area(area).is_none() {
                    r.push(format!("{p}.areas[{j}]"), LoadErrorKind::UnknownArea(area.clone()));
                }
            }
        }
        if let Some(levels) = levels {
            if !levels.levels.iter().any(|l| l.code == rule.min_level) {
                r.push(
                    format!("{p}.min_level"),
                    LoadErrorKind::UnknownLevel(rule.min_level.clone()),
                );
            }
        }
        if let Some(fields) = &fields {
            for (j, field) in rule.access.iter().enumerate() {
                if !fields.contains(field.as_str()) {
                    r.push(
                        format!("{p}.access[{j}]"),
                        LoadErrorKind::UnknownAccessField(field.clone()),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_empty_framework_or_bank_is_refused() {
        let content = crate::defaults::content().unwrap();
        let mut framework = content.framework.clone();
        framework.areas.clear();
        assert!(super::framework(&framework).iter().any(|f| f.field == "areas"));
        assert!(!super::framework(&content.framework).iter().any(|f| f.field == "areas"));
        let unscored: Vec<_> = content
            .bank
            .items()
            .iter()
            .filter(|i| !i.is_scored())
            .cloned()
            .collect();
        let bank = crate::content::Bank::new(
            content.bank.id.clone(),
            content.bank.version.clone(),
            content.bank.title.clone(),
            content.bank.calibration,
            unscored,
        );
        assert!(super::bank(&bank, &content.framework)
            .iter()
            .any(|f| f.field == "items"));
        assert!(!super::bank(&content.bank, &content.framework)
            .iter()
            .any(|f| f.field == "items"));
    }
}
