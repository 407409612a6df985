//! Writes a [`Bank`] back in the bank file format, so that a bank built or changed in memory
//! (calibrated parameters, a bank read from a database) can be shipped as files, reviewed in a
//! diff and loaded again with every check of the loader.
//!
//! Pure: it returns the texts; the caller saves them. Loading what it writes gives the same bank
//! (items, order, parameters bit for bit); `tests/core/bad_content.rs` checks that for the shipped
//! bank and for random banks.
//!
//! # Examples
//!
//! Recalibrate every 2PL item and write the bank as a new, calibrated version:
//!
//! ```
//! use nln_core::content::{self, Bank, Calibration, SourceSet};
//! use nln_core::irt::IrtModel;
//!
//! let shipped = nln_core::defaults::content().expect("the shipped content loads");
//! let mut items = shipped.bank.items().to_vec();
//! for item in &mut items {
//!     if let Some(IrtModel::TwoPl { a, b }) = &item.irt {
//!         // Parameters estimated from response data would go here.
//!         item.irt = Some(IrtModel::TwoPl { a: a * 1.1, b: b - 0.2 });
//!     }
//! }
//! let mut bank = Bank::new(
//!     shipped.bank.id.clone(),
//!     "0.2.0".into(),
//!     shipped.bank.title.clone(),
//!     Calibration::Calibrated,
//!     items,
//! );
//! bank.provenance.insert("method".into(), "MML-EM, 2PL/3PL/GRM".into());
//! bank.provenance.insert("responses".into(), "1200 learners, 2026 pilot".into());
//!
//! // Files relative to the bank's folder: `bank.yaml`, `dev.yaml`, `inf.yaml` …
//! let files = content::write::bank_files(&bank);
//! assert_eq!(files[0].0, "bank.yaml");
//!
//! // They load again, with the framework and levels, as bank `calibrated`.
//! let mut sources = nln_core::defaults::sources();
//! for (path, text) in &files {
//!     sources.insert(format!("banks/calibrated/{path}"), text.as_str());
//! }
//! let reloaded = content::Content::load(&sources, "calibrated").expect("a written bank loads");
//! assert_eq!(reloaded.bank, bank);
//! ```

use super::bank::Bank;
use super::item::{Item, ItemType};
use super::schema::{ItemFileRecord, ItemRecord, ManifestRecord};
use super::BANK_MANIFEST;
use crate::placement::PlacementRules;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The files of `bank` as (path relative to the bank folder, YAML text): `bank.yaml` first, then
/// one file per run of consecutive items of one area (`dev.yaml` …; self-report items go to
/// `access.yaml`). Item order is kept exactly, so a bank whose areas interleave gets numbered
/// files (`dev-2.yaml`).
pub fn bank_files(bank: &Bank) -> Vec<(String, String)> {
    let mut runs: Vec<(String, Vec<&Item>)> = Vec::new();
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    let mut current: Option<String> = None;
    for item in bank.items() {
        let stem = file_stem(item);
        if current.as_deref() != Some(stem.as_str()) || runs.is_empty() {
            let n = used.entry(stem.clone()).or_insert(0);
            *n += 1;
            let name = if *n == 1 {
                format!("{stem}.yaml")
            } else {
                format!("{stem}-{n}.yaml")
            };
            runs.push((name, Vec::new()));
            current = Some(stem);
        }
        if let Some((_, items)) = runs.last_mut() {
            items.push(item);
        }
    }
    let manifest = ManifestRecord::of(bank, runs.iter().map(|(name, _)| name.clone()).collect());
    let mut files = vec![(BANK_MANIFEST.to_string(), to_yaml(&manifest))];
    for (name, items) in runs {
        let record = ItemFileRecord {
            items: items.into_iter().map(ItemRecord::from).collect(),
        };
        files.push((name, to_yaml(&record)));
    }
    files
}

/// The level scale as a `levels.yaml` text, headed by `# key: value` comment lines (a standard
/// setting's provenance: the scale file has no field for it, and a comment survives review).
pub fn levels_file(levels: &super::LevelScale, provenance: &[(String, String)]) -> String {
    let mut out = String::new();
    for (key, value) in provenance {
        // One comment line each: line breaks in a value would end the comment.
        let value: String = value.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let _ = writeln!(out, "# {key}: {value}");
    }
    out.push_str(&to_yaml(levels));
    out
}

/// The placement rules as the text of `guidance.yaml` (thresholds first, then the guidance
/// statements); loading it gives the same rules.
pub fn placement_file(rules: &PlacementRules) -> String {
    to_yaml(rules)
}

/// File name stem for an item: its area in lower case, `access` for self-report items.
fn file_stem(item: &Item) -> String {
    if item.item_type == ItemType::SelfReport {
        return "access".into();
    }
    let stem: String = item
        .area
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if stem.is_empty() {
        "items".into()
    } else {
        stem
    }
}

/// Order of keys in written files: as in the hand-written files, most telling first.
const KEY_ORDER: [&str; 37] = [
    "id",
    "version",
    "title",
    "calibration",
    "provenance",
    "files",
    "items",
    "competence",
    "type",
    "language_load",
    "prompt",
    "image",
    "profile_field",
    "options",
    "regions",
    "steps",
    "categories",
    "key",
    "irt",
    "exposure_limit",
    "exposure_acceptance",
    "shape",
    "x",
    "y",
    "w",
    "h",
    "cx",
    "cy",
    "r",
    "text",
    "audio",
    "value",
    "model",
    "a",
    "b",
    "c",
    "thresholds",
];

fn sorted_entries(map: &serde_json::Map<String, Value>) -> Vec<(&String, &Value)> {
    let rank = |k: &str| KEY_ORDER.iter().position(|o| *o == k).unwrap_or(KEY_ORDER.len());
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|(a, _), (b, _)| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
    entries
}

fn to_yaml<T: serde::Serialize>(record: &T) -> String {
    // Records hold only strings, numbers, booleans, lists and string-keyed maps, and the loader
    // refuses non-finite numbers, so this cannot fail for a bank.
    let value = serde_json::to_value(record).unwrap_or(Value::Null);
    let mut out = String::new();
    match &value {
        Value::Object(map) => block_map(&mut out, map, 0),
        other => {
            out.push_str(&flow(other));
            out.push('\n');
        }
    }
    out
}

/// A value that fits on one line: scalars, and lists/maps of such values.
fn is_flat(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.iter().all(|x| !x.is_array() && !x.is_object()),
        Value::Object(m) => m.values().all(|x| !x.is_object() && (!x.is_array() || is_flat(x))),
        _ => true,
    }
}

fn block_map(out: &mut String, map: &serde_json::Map<String, Value>, indent: usize) {
    for (i, (k, v)) in sorted_entries(map).into_iter().enumerate() {
        // The first key of a list item follows its "- ".
        if i > 0 || indent == 0 {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(&scalar_string(k));
        out.push(':');
        match v {
            Value::Array(a) if !a.is_empty() && !is_flat(v) => {
                out.push('\n');
                block_list(out, a, indent + 2);
            }
            Value::Object(m) if !m.is_empty() && !is_flat(v) => {
                out.push('\n');
                out.push_str(&" ".repeat(indent + 2));
                block_map(out, m, indent + 2);
            }
            _ => {
                out.push(' ');
                out.push_str(&flow(v));
                out.push('\n');
            }
        }
    }
}

fn block_list(out: &mut String, items: &[Value], indent: usize) {
    for v in items {
        out.push_str(&" ".repeat(indent));
        out.push_str("- ");
        match v {
            Value::Object(m) if !m.is_empty() && !is_flat(v) => block_map(out, m, indent + 2),
            Value::Array(a) if !a.is_empty() && !is_flat(v) => {
                out.push('\n');
                block_list(out, a, indent + 2);
            }
            _ => {
                out.push_str(&flow(v));
                out.push('\n');
            }
        }
    }
}

/// A value in flow style: `{ id: a, text: t }`, `[b, d, a]`, `1.2`, `"0.1"`.
fn flow(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => scalar_string(s),
        Value::Array(a) => format!("[{}]", a.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Value::Object(m) if m.is_empty() => "{}".into(),
        Value::Object(m) => {
            let inner: Vec<String> = sorted_entries(m)
                .into_iter()
                .map(|(k, v)| format!("{}: {}", scalar_string(k), flow(v)))
                .collect();
            format!("{{ {} }}", inner.join(", "))
        }
    }
}

/// A string as a YAML scalar: plain when it cannot be read as anything else (ids, Fluent ids,
/// paths), otherwise double-quoted with every character that YAML could fold or reject escaped.
fn scalar_string(s: &str) -> String {
    let mut chars = s.chars();
    let plain = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let code = u32::from(c);
                let _ = write!(out, "\\u{code:04x}");
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{parse, Limits};

    #[test]
    fn strings_read_back_as_the_same_strings() {
        for s in [
            "dev-001",
            "0.1",
            "true",
            "No",
            "",
            "a: b",
            "- x",
            "#x",
            "say \"hi\"\\",
            "tab\there",
            "line\nbreak",
            "\u{85}\u{2028}\u{feff}",
            "ب١",
            "[x]",
            "{y}",
            "x,y",
            " lead",
            "trail ",
            "*alias",
            "&anchor",
            "!tag",
            "%dir",
            "@",
            "`",
            "|",
            ">",
            "'q'",
            "?",
        ] {
            let text = format!("k: {}\nl: [{}]\n", scalar_string(s), scalar_string(s));
            let doc = parse(&text, Limits::CONTENT).unwrap_or_else(|e| panic!("{s:?}: {e}"));
            assert_eq!(doc.value["k"], Value::String(s.into()), "{text}");
            assert_eq!(doc.value["l"][0], Value::String(s.into()), "{text}");
        }
    }
}
