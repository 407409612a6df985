//! Maps a field path inside a YAML document (`items[3].irt.a`) to the line it was written on.
//!
//! Semantic checks (a duplicate id, a negative discrimination) run on typed values, so they look
//! the position up here, by path. The map is filled by [`crate::yaml`] while it parses.

use std::collections::HashMap;

/// Line and column (both 1-based) of every node of one YAML document, keyed by field path.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    positions: HashMap<String, (usize, usize)>,
}

impl SourceMap {
    /// A map from positions by path.
    pub(crate) fn from_positions(positions: HashMap<String, (usize, usize)>) -> SourceMap {
        SourceMap { positions }
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

#[cfg(test)]
mod tests {
    use crate::yaml::{parse, Limits};

    #[test]
    fn locates_nested_fields_and_falls_back_to_parents() {
        let text = "items:\n  - id: a\n    irt:\n      a: 1.0\n  - id: b\n    irt: { b: 2 }\n";
        let map = parse(text, Limits::CONTENT).unwrap().map;
        assert_eq!(map.line("items[0].id"), 2);
        assert_eq!(map.line("items[0].irt.a"), 4);
        assert_eq!(map.line("items[1].id"), 5);
        assert_eq!(map.line("items[1].irt.b"), 6);
        // A missing field is reported where its mapping is.
        assert_eq!(map.line("items[1].irt.a"), 6);
        assert_eq!(map.line("items[1].key"), 5);
    }
}
