//! Every schema error of a record, not only the first.
//!
//! serde stops at the first field that does not fit, so an author who fixes it meets the next
//! one on the following run. Here the value is read again after each error with the faulty part
//! taken out of the way: a wrong or unknown field is removed, a missing one (or a list element
//! of the wrong shape) is given a placeholder of whatever type the schema accepts there. The
//! errors are found in the order serde meets them, each with its field path; the paths that
//! were repaired are returned too, so later checks of the same record keep quiet about them
//! (a removed field would otherwise be reported again as missing). The work is bounded: at most
//! [`MAX_ROUNDS`] reads of the record, and at most [`MAX_SHOWN`] errors shown, the rest
//! counted.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_path_to_error::Segment;
use std::collections::BTreeMap;

/// How many schema errors of one record are reported; the others are counted.
pub const MAX_SHOWN: usize = 10;

/// How many times one record is read at most; a record with more faults than this is given up
/// (its count of further errors is then a lower bound).
pub const MAX_ROUNDS: usize = 64;

/// One schema error: where (a field path relative to the record, `options[1].id`), and what
/// serde said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// Field path inside the record (empty for the record itself).
    pub field: String,
    /// The field is required and absent.
    pub missing: bool,
    /// serde's message (empty for a missing field).
    pub message: String,
}

/// What reading a record found.
#[derive(Debug, Clone)]
pub struct SchemaOutcome<T> {
    /// The record, read with every faulty part repaired; `None` when it could not be (the
    /// record itself has the wrong shape, or [`MAX_ROUNDS`] ran out).
    pub value: Option<T>,
    /// The first [`MAX_SHOWN`] errors, in the order found.
    pub errors: Vec<SchemaError>,
    /// Errors found beyond those shown.
    pub more: usize,
    /// Every path that was repaired (removed or filled in): later checks skip them.
    pub repaired: Vec<String>,
}

impl<T> SchemaOutcome<T> {
    /// Whether the record had no schema error.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Values tried, in order, for a missing field or a faulty list element until one fits.
fn placeholder(n: usize) -> Option<Value> {
    Some(match n {
        0 => Value::String(String::new()),
        1 => Value::from(0),
        2 => Value::Array(Vec::new()),
        3 => Value::Object(serde_json::Map::new()),
        4 => Value::Bool(false),
        _ => return None,
    })
}

/// The path as the loader writes it: `options[1].id`.
pub fn path_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for s in segments {
        match s {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push('?');
            }
        }
    }
    out
}

/// Whether `path` is `base` or lies inside it.
pub fn is_within(path: &str, base: &str) -> bool {
    path == base
        || (path.starts_with(base) && (base.is_empty() || matches!(path.as_bytes().get(base.len()), Some(b'.' | b'['))))
}

fn at_mut<'a>(value: &'a mut Value, segments: &[Segment]) -> Option<&'a mut Value> {
    segments.iter().try_fold(value, |v, s| match (s, v) {
        (Segment::Map { key }, Value::Object(m)) => m.get_mut(key),
        (Segment::Seq { index }, Value::Array(a)) => a.get_mut(*index),
        _ => None,
    })
}

/// Puts `new` at `segments` (adding the last key to its mapping if absent).
fn put(value: &mut Value, segments: &[Segment], new: Value) -> bool {
    let Some((last, parent)) = segments.split_last() else {
        return false;
    };
    match (last, at_mut(value, parent)) {
        (Segment::Map { key }, Some(Value::Object(m))) => {
            m.insert(key.clone(), new);
            true
        }
        (Segment::Seq { index }, Some(Value::Array(a))) if *index < a.len() => {
            a[*index] = new;
            true
        }
        _ => false,
    }
}

fn remove(value: &mut Value, segments: &[Segment]) -> bool {
    let Some((Segment::Map { key }, parent)) = segments.split_last() else {
        return false;
    };
    match at_mut(value, parent) {
        Some(Value::Object(m)) => m.remove(key).is_some(),
        _ => false,
    }
}

/// Reads `value` as a `T`, reporting every schema error (see the module note).
pub fn deserialize_all<T: DeserializeOwned>(mut value: Value) -> SchemaOutcome<T> {
    let mut out = SchemaOutcome {
        value: None,
        errors: Vec::new(),
        more: 0,
        repaired: Vec::new(),
    };
    // Paths given a placeholder, and which placeholder they hold.
    let mut filled: BTreeMap<String, usize> = BTreeMap::new();
    for _ in 0..MAX_ROUNDS {
        let e = match serde_path_to_error::deserialize::<_, T>(&value) {
            Ok(v) => {
                out.value = Some(v);
                return out;
            }
            Err(e) => e,
        };
        let mut segments: Vec<Segment> = e.path().iter().cloned().collect();
        let message = e.inner().to_string();
        let missing = message
            .strip_prefix("missing field `")
            .and_then(|s| s.split('`').next())
            .map(str::to_string);
        if let Some(name) = &missing {
            segments.push(Segment::Map { key: name.clone() });
        }
        let field = path_text(&segments);
        // A placeholder of the wrong type: try the next one, quietly.
        if let Some(n) = filled.get(&field).copied() {
            let Some(next) = placeholder(n + 1) else {
                return out;
            };
            if !put(&mut value, &segments, next) {
                return out;
            }
            filled.insert(field, n + 1);
            continue;
        }
        let inside_placeholder = filled.keys().any(|f| is_within(&field, f));
        if out.repaired.contains(&field) {
            // Repaired, and still at fault: the path does not lead to what serde read.
            return out;
        }
        if !inside_placeholder {
            if out.errors.len() < MAX_SHOWN {
                out.errors.push(SchemaError {
                    field: field.clone(),
                    missing: missing.is_some(),
                    message: if missing.is_some() { String::new() } else { message },
                });
            } else {
                out.more += 1;
            }
            out.repaired.push(field.clone());
        }
        let removable = missing.is_none() && matches!(segments.last(), Some(Segment::Map { .. }));
        let repaired = if removable {
            remove(&mut value, &segments)
        } else {
            let ok = put(&mut value, &segments, placeholder(0).unwrap_or(Value::Null));
            if ok {
                filled.insert(field, 0);
            }
            ok
        };
        if !repaired {
            return out;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Opt {
        id: String,
        text: String,
        #[serde(default)]
        weight: Option<f64>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Rec {
        #[serde(default)]
        id: Option<String>,
        #[serde(default)]
        n: Option<u32>,
        #[serde(default)]
        options: Option<Vec<Opt>>,
    }

    #[test]
    fn every_independent_error_is_found_with_its_path() {
        let v = serde_json::json!({
            "id": "x",
            "n": "three",
            "colour": "red",
            "options": [
                { "id": "a", "text": "t" },
                { "text": "t", "weight": "heavy" },
                "not a mapping",
            ],
        });
        let out = deserialize_all::<Rec>(v);
        let fields: Vec<&str> = out.errors.iter().map(|e| e.field.as_str()).collect();
        let mut sorted = fields.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            ["colour", "n", "options[1].id", "options[1].weight", "options[2]"],
            "{out:?}"
        );
        assert!(out.errors.iter().any(|e| e.missing && e.field == "options[1].id"));
        assert!(out.errors.iter().all(|e| e.missing || !e.message.is_empty()));
        // The record is still read, its good parts intact.
        let rec = out.value.unwrap();
        assert_eq!(rec.id.as_deref(), Some("x"));
        assert_eq!(rec.options.as_ref().map(Vec::len), Some(3));
        assert_eq!(rec.options.unwrap()[0].id, "a");
        assert_eq!(out.more, 0);
    }

    #[test]
    fn a_clean_record_has_no_error_and_a_record_of_the_wrong_shape_is_given_up() {
        let out = deserialize_all::<Rec>(serde_json::json!({ "id": "x" }));
        assert!(out.is_clean() && out.value.is_some());
        let out = deserialize_all::<Rec>(serde_json::json!("not a record"));
        assert_eq!(out.errors.len(), 1);
        assert!(out.value.is_none());
    }

    #[test]
    fn errors_beyond_the_cap_are_counted_and_the_work_is_bounded() {
        let mut m = serde_json::Map::new();
        for i in 0..30 {
            m.insert(format!("extra{i}"), Value::from(i));
        }
        let out = deserialize_all::<Rec>(Value::Object(m));
        assert_eq!((out.errors.len(), out.more), (MAX_SHOWN, 30 - MAX_SHOWN));
        assert!(out.value.is_some());
        let mut m = serde_json::Map::new();
        for i in 0..1000 {
            m.insert(format!("extra{i}"), Value::from(i));
        }
        let out = deserialize_all::<Rec>(Value::Object(m));
        assert_eq!(out.errors.len() + out.more, MAX_ROUNDS);
        assert!(out.value.is_none());
    }

    #[test]
    fn paths_nest_like_the_loader_writes_them() {
        assert!(is_within("options[1].id", "options[1]"));
        assert!(is_within("options[1]", "options[1]"));
        assert!(!is_within("options[10]", "options[1]"));
        assert!(!is_within("options_x", "options"));
        assert!(is_within("anything", ""));
    }
}
