//! The one YAML reader of the engine: text → a JSON-like value tree plus the position of every
//! node, in a single pass of a maintained, pure-Rust YAML 1.2 parser (`saphyr-parser`).
//!
//! Why a tree of `serde_json::Value`: serde then maps it onto typed records with the field path
//! of any error (`serde_path_to_error`), and the positions recorded here turn that path into a
//! line and column. Content and locale files are small and hand-written, so the reader refuses
//! what they never need and an adversary would use: documents over [`Limits::max_bytes`],
//! nesting deeper than [`Limits::max_depth`] (the parser is pulled event by event, so a deep
//! `[[[[…` stops at the limit instead of costing quadratic time or the stack), more nodes than
//! [`Limits::max_nodes`] (alias expansion included, so "billion laughs" stops early), duplicate
//! and non-scalar mapping keys.

use crate::content::source_map::SourceMap;
use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use serde::de::DeserializeOwned;
use serde_json::{Map, Number, Value};
use std::collections::HashMap;

/// Caps that bound the work and memory one document can cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Longest accepted text, in bytes.
    pub max_bytes: usize,
    /// Deepest nesting of sequences and mappings.
    pub max_depth: usize,
    /// Most nodes (scalars, sequences, mappings), counting every alias expansion.
    pub max_nodes: usize,
}

impl Limits {
    /// Limits for content and locale files: the largest shipped file (an audio manifest) is
    /// 73 KB and 5 levels deep; these leave a margin of a hundred times and more.
    pub const CONTENT: Limits = Limits {
        max_bytes: 8 * 1024 * 1024,
        max_depth: 32,
        max_nodes: 2_000_000,
    };
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::CONTENT
    }
}

/// Why a document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// Not YAML (the parser's message).
    Syntax(String),
    /// Longer than [`Limits::max_bytes`].
    TooLarge {
        /// Size of the text.
        bytes: usize,
        /// The cap.
        limit: usize,
    },
    /// Nested deeper than [`Limits::max_depth`].
    TooDeep {
        /// The cap.
        limit: usize,
    },
    /// More than [`Limits::max_nodes`] nodes.
    TooManyNodes {
        /// The cap.
        limit: usize,
    },
    /// A mapping key written twice.
    DuplicateKey(String),
    /// A mapping or sequence used as a key, or an alias to an unknown anchor.
    Unsupported(String),
}

/// A refused document, with the 1-based position where the reader stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What was wrong.
    pub kind: YamlErrorKind,
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            YamlErrorKind::Syntax(m) => write!(f, "{m}"),
            YamlErrorKind::TooLarge { bytes, limit } => write!(f, "{bytes} bytes is more than the limit of {limit}"),
            YamlErrorKind::TooDeep { limit } => write!(f, "nested more than {limit} levels deep"),
            YamlErrorKind::TooManyNodes { limit } => write!(f, "more than {limit} values"),
            YamlErrorKind::DuplicateKey(k) => write!(f, "key `{k}` appears twice"),
            YamlErrorKind::Unsupported(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for YamlError {}

/// A parsed document: its value and where each field path was written.
#[derive(Debug, Clone)]
pub struct Document {
    /// The document as a JSON value, for serde to read into records.
    pub value: Value,
    /// Line and column of each field path, so later errors can point into the file.
    pub map: SourceMap,
}

/// Parses the first document of `text` within `limits`; an empty text is `null`.
pub fn parse(text: &str, limits: Limits) -> Result<Document, YamlError> {
    if text.len() > limits.max_bytes {
        return Err(YamlError {
            line: 1,
            column: 1,
            kind: YamlErrorKind::TooLarge {
                bytes: text.len(),
                limit: limits.max_bytes,
            },
        });
    }
    Builder::new(limits).run(text)
}

/// Parses `text` and maps it onto `T`; errors carry the position of the offending field.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    let doc = parse(text, Limits::CONTENT)?;
    serde_path_to_error::deserialize::<_, T>(doc.value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let (line, column) = doc.map.locate(&path);
        YamlError {
            line,
            column,
            kind: YamlErrorKind::Syntax(e.inner().to_string()),
        }
    })
}

/// 1-based line and column of a span's start.
fn position(span: &Span) -> (usize, usize) {
    (span.start.line().max(1), span.start.col() + 1)
}

enum Frame {
    Sequence {
        path: String,
        items: Vec<Value>,
        anchor: usize,
    },
    Mapping {
        path: String,
        entries: Map<String, Value>,
        key: Option<String>,
        anchor: usize,
    },
}

struct Builder {
    limits: Limits,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Value, usize)>,
    nodes: usize,
    positions: HashMap<String, (usize, usize)>,
    root: Option<Value>,
}

/// Number of nodes in a value (for the alias budget).
fn count(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(count).sum::<usize>(),
        Value::Object(m) => 1 + m.values().map(count).sum::<usize>(),
        _ => 1,
    }
}

impl Builder {
    fn new(limits: Limits) -> Builder {
        Builder {
            limits,
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            positions: HashMap::new(),
            root: None,
        }
    }

    fn run(mut self, text: &str) -> Result<Document, YamlError> {
        for event in Parser::new_from_str(text) {
            let (event, span) = event.map_err(|e| YamlError {
                line: e.marker().line().max(1),
                column: e.marker().col() + 1,
                // The parser has its own, looser nesting guard; it is the same refusal.
                kind: if e.info().contains("recursion limit") {
                    YamlErrorKind::TooDeep {
                        limit: self.limits.max_depth,
                    }
                } else {
                    YamlErrorKind::Syntax(e.info().to_string())
                },
            })?;
            let pos = position(&span);
            let fail = |kind| YamlError {
                line: pos.0,
                column: pos.1,
                kind,
            };
            match event {
                Event::DocumentEnd if self.root.is_some() => break,
                Event::Scalar(text, style, anchor, tag) => {
                    let explicit_string = tag
                        .as_ref()
                        .is_some_and(|t| t.is_yaml_core_schema() && t.suffix == "str");
                    let plain = style == ScalarStyle::Plain && !explicit_string;
                    let key_wanted = matches!(self.stack.last(), Some(Frame::Mapping { key: None, .. }));
                    if key_wanted {
                        self.key(text.into_owned(), pos)?;
                    } else {
                        let value = if plain {
                            resolve(&text)
                        } else {
                            Value::String(text.into_owned())
                        };
                        self.count_nodes(1).map_err(fail)?;
                        if anchor > 0 {
                            self.anchors.insert(anchor, (value.clone(), 1));
                        }
                        self.value(value, pos)?;
                    }
                }
                Event::Alias(anchor) => {
                    if matches!(self.stack.last(), Some(Frame::Mapping { key: None, .. })) {
                        return Err(fail(YamlErrorKind::Unsupported("an alias as a mapping key".into())));
                    }
                    let Some((value, size)) = self.anchors.get(&anchor).cloned() else {
                        return Err(fail(YamlErrorKind::Unsupported("an alias to an unknown anchor".into())));
                    };
                    self.count_nodes(size).map_err(fail)?;
                    self.value(value, pos)?;
                }
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    if matches!(self.stack.last(), Some(Frame::Mapping { key: None, .. })) {
                        return Err(fail(YamlErrorKind::Unsupported(
                            "a sequence or mapping as a mapping key".into(),
                        )));
                    }
                    if self.stack.len() >= self.limits.max_depth {
                        return Err(fail(YamlErrorKind::TooDeep {
                            limit: self.limits.max_depth,
                        }));
                    }
                    self.count_nodes(1).map_err(fail)?;
                    let path = self.next_path();
                    self.positions.entry(path.clone()).or_insert(pos);
                    self.stack.push(if matches!(event, Event::SequenceStart(..)) {
                        Frame::Sequence {
                            path,
                            items: Vec::new(),
                            anchor,
                        }
                    } else {
                        Frame::Mapping {
                            path,
                            entries: Map::new(),
                            key: None,
                            anchor,
                        }
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let (value, anchor) = match self.stack.pop() {
                        Some(Frame::Sequence { items, anchor, .. }) => (Value::Array(items), anchor),
                        Some(Frame::Mapping { entries, anchor, .. }) => (Value::Object(entries), anchor),
                        None => continue,
                    };
                    if anchor > 0 {
                        let size = count(&value);
                        self.anchors.insert(anchor, (value.clone(), size));
                    }
                    self.attach(value);
                }
                _ => {}
            }
        }
        Ok(Document {
            value: self.root.unwrap_or(Value::Null),
            map: SourceMap::from_positions(self.positions),
        })
    }

    fn count_nodes(&mut self, n: usize) -> Result<(), YamlErrorKind> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > self.limits.max_nodes {
            return Err(YamlErrorKind::TooManyNodes {
                limit: self.limits.max_nodes,
            });
        }
        Ok(())
    }

    /// Field path of the node that starts now (`items[3].irt`).
    fn next_path(&self) -> String {
        match self.stack.last() {
            None => String::new(),
            Some(Frame::Sequence { path, items, .. }) => format!("{path}[{}]", items.len()),
            Some(Frame::Mapping { path, key, .. }) => {
                let k = key.as_deref().unwrap_or_default();
                if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                }
            }
        }
    }

    fn key(&mut self, key: String, pos: (usize, usize)) -> Result<(), YamlError> {
        if let Some(Frame::Mapping {
            path,
            entries,
            key: slot,
            ..
        }) = self.stack.last_mut()
        {
            if entries.contains_key(&key) {
                return Err(YamlError {
                    line: pos.0,
                    column: pos.1,
                    kind: YamlErrorKind::DuplicateKey(key),
                });
            }
            let full = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            self.positions.entry(full).or_insert(pos);
            *slot = Some(key);
        }
        Ok(())
    }

    fn value(&mut self, value: Value, pos: (usize, usize)) -> Result<(), YamlError> {
        let path = self.next_path();
        self.positions.entry(path).or_insert(pos);
        self.attach(value);
        Ok(())
    }

    fn attach(&mut self, value: Value) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(value);
                }
            }
            Some(Frame::Sequence { items, .. }) => items.push(value),
            Some(Frame::Mapping { entries, key, .. }) => {
                if let Some(k) = key.take() {
                    entries.insert(k, value);
                }
            }
        }
    }
}

/// Resolves a plain scalar by the YAML 1.2 core schema. Infinities and NaN stay strings: no
/// field of the format accepts them, and serde then names the field that got one.
fn resolve(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(i) = text.parse::<i64>() {
            return Value::Number(i.into());
        }
    }
    if let Some(hex) = text.strip_prefix("0x") {
        if let Ok(i) = i64::from_str_radix(hex, 16) {
            return Value::Number(i.into());
        }
    }
    if let Some(oct) = text.strip_prefix("0o") {
        if let Ok(i) = i64::from_str_radix(oct, 8) {
            return Value::Number(i.into());
        }
    }
    if is_core_float(digits) {
        if let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(text.to_string())
}

/// `(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, the core schema's float (sign stripped).
fn is_core_float(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match frac {
        Some(f) => all_digits(int) && all_digits(f) && !(int.is_empty() && f.is_empty()),
        None => !int.is_empty() && all_digits(int),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resolves_core_schema_scalars_and_keeps_quoted_text() {
        let doc = parse(
            "a: 1\nb: -2.5\nc: \"0.1\"\nd: true\ne: ~\nf: 1e300\ng: .inf\nh: [x, 'y']\ni: 0.1\n",
            Limits::CONTENT,
        )
        .unwrap();
        assert_eq!(
            doc.value,
            json!({"a": 1, "b": -2.5, "c": "0.1", "d": true, "e": null, "f": 1e300, "g": ".inf", "h": ["x", "y"], "i": 0.1})
        );
        assert_eq!(doc.map.locate("h[1]"), (8, 8));
        assert_eq!(doc.map.locate("i"), (9, 1));
    }

    #[test]
    fn refuses_deep_nesting_quickly_and_without_recursion() {
        let text = format!("items: {}{}", "[".repeat(200_000), "]".repeat(200_000));
        let start = std::time::Instant::now();
        let e = parse(&text, Limits::CONTENT).unwrap_err();
        assert_eq!(e.kind, YamlErrorKind::TooDeep { limit: 32 });
        assert!(start.elapsed().as_secs() < 5);
    }

    #[test]
    fn bounds_alias_expansion() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let e = parse(&text, Limits::CONTENT).unwrap_err();
        assert!(matches!(e.kind, YamlErrorKind::TooManyNodes { .. }), "{e:?}");
        let ok = parse("a: &x {k: 1}\nb: *x\n", Limits::CONTENT).unwrap();
        assert_eq!(ok.value, json!({"a": {"k": 1}, "b": {"k": 1}}));
    }

    #[test]
    fn refuses_oversized_text_duplicate_and_complex_keys() {
        let small = Limits {
            max_bytes: 10,
            ..Limits::CONTENT
        };
        assert!(matches!(
            parse("a: 123456789", small).unwrap_err().kind,
            YamlErrorKind::TooLarge { bytes: 12, limit: 10 }
        ));
        let e = parse("a: 1\nb: 2\na: 3\n", Limits::CONTENT).unwrap_err();
        assert_eq!((e.line, e.kind), (3, YamlErrorKind::DuplicateKey("a".into())));
        assert!(matches!(
            parse("? [a]\n: 1\n", Limits::CONTENT).unwrap_err().kind,
            YamlErrorKind::Unsupported(_)
        ));
        let e = parse("a: [1, 2\nb: 3\n", Limits::CONTENT).unwrap_err();
        assert!(matches!(e.kind, YamlErrorKind::Syntax(_)));
    }

    #[test]
    fn typed_errors_name_the_line_of_the_field() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: u32,
            b: Vec<f64>,
        }
        let e = from_str::<T>("a: 1\nb:\n  - 1.0\n  - x\n").unwrap_err();
        assert_eq!(e.line, 4);
    }
}
