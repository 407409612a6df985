//! Maps a field path inside a YAML document (`items[3].irt.a`) to the line it was written on.
//!
//! serde_yaml reports positions only for syntax and type errors. Semantic checks (a duplicate id,
//! a negative discrimination) run on typed values, so they look the position up here, by path.

use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Line and column (both 1-based) of every node of one YAML document, keyed by field path.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    positions: HashMap<String, (usize, usize)>,
}

impl SourceMap {
    /// Builds the map; a document that does not parse gives an empty map (serde reports the error).
    pub fn build(text: &str) -> SourceMap {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut builder, false).is_err() {
            return SourceMap::default();
        }
        SourceMap {
            positions: builder.positions,
        }
    }

    /// Position of `path`, or of its nearest ancestor that exists (a missing field is reported
    /// at the mapping that lacks it). Falls back to line 1.
    pub fn locate(&self, path: &str) -> (usize, usize) {
        let mut current = path;
        loop {
            if let Some(pos) = self.positions.get(current) {
                return *pos;
            }
            match parent(current) {
                Some(p) => current = p,
                None => return self.positions.get("").copied().unwrap_or((1, 1)),
            }
        }
    }

    /// The line of `path` (see [`SourceMap::locate`]).
    pub fn line(&self, path: &str) -> usize {
        self.locate(path).0
    }
}

fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(&path[..cut])
}

enum Frame {
    Mapping { path: String, key: Option<String> },
    Sequence { path: String, index: usize },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    positions: HashMap<String, (usize, usize)>,
}

impl Builder {
    /// Path of the node that starts now, or `None` when the event is a mapping key.
    fn next_node_path(&mut self) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Sequence { path, index }) => {
                let p = format!("{path}[{index}]");
                *index += 1;
                Some(p)
            }
            Some(Frame::Mapping { path, key }) => match key.take() {
                Some(k) if path.is_empty() => Some(k),
                Some(k) => Some(format!("{path}.{k}")),
                None => None,
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = (mark.line().max(1), mark.col() + 1);
        match ev {
            Event::Scalar(value, ..) => match self.next_node_path() {
                Some(path) => {
                    self.positions.entry(path).or_insert(pos);
                }
                None => {
                    if let Some(Frame::Mapping { path, key }) = self.stack.last_mut() {
                        let full = if path.is_empty() {
                            value.clone()
                        } else {
                            format!("{path}.{value}")
                        };
                        self.positions.entry(full).or_insert(pos);
                        *key = Some(value);
                    }
                }
            },
            Event::Alias(_) => {
                if let Some(path) = self.next_node_path() {
                    self.positions.entry(path).or_insert(pos);
                }
            }
            Event::MappingStart(..) => {
                let path = self.next_node_path().unwrap_or_default();
                self.positions.entry(path.clone()).or_insert(pos);
                self.stack.push(Frame::Mapping { path, key: None });
            }
            Event::SequenceStart(..) => {
                let path = self.next_node_path().unwrap_or_default();
                self.positions.entry(path.clone()).or_insert(pos);
                self.stack.push(Frame::Sequence { path, index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_fields_and_falls_back_to_parents() {
        let text = "items:\n  - id: a\n    irt:\n      a: 1.0\n  - id: b\n    irt: { b: 2 }\n";
        let map = SourceMap::build(text);
        assert_eq!(map.line("items[0].id"), 2);
        assert_eq!(map.line("items[0].irt.a"), 4);
        assert_eq!(map.line("items[1].id"), 5);
        assert_eq!(map.line("items[1].irt.b"), 6);
        // A missing field is reported where its mapping is.
        assert_eq!(map.line("items[1].irt.a"), 6);
        assert_eq!(map.line("items[1].key"), 5);
    }
}
