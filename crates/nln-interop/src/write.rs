//! Writing responses in long and wide CSV, from any source (e.g. saved sessions).

use nln_core::cat::Session;
use std::collections::BTreeMap;
use std::io;

/// One scored response for export.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    /// Pseudonymous person id (never a name).
    pub person: String,
    /// Item id.
    pub item: String,
    /// Score.
    pub score: u8,
    /// Bank the response was scored on.
    pub bank_id: String,
    /// Bank version.
    pub bank_version: String,
}

/// The scored answers of a session (unscored self-report answers are left out). A saved
/// state keeps no scores, so the session is resumed on its content and scored there.
pub fn rows_from_session(person: &str, session: &Session<'_>) -> Vec<ExportRow> {
    let state = session.state();
    session
        .scored_answers()
        .filter_map(|(a, score)| {
            score.map(|score| ExportRow {
                person: person.to_string(),
                item: a.item.clone(),
                score,
                bank_id: state.bank_id.clone(),
                bank_version: state.bank_version.clone(),
            })
        })
        .collect()
}

/// Long format: `id,item,resp,bank_id,bank_version`, one row per response. The whole text is
/// built before writing, so an error leaves nothing half-written in `out`'s buffer.
pub fn write_long(out: &mut impl io::Write, rows: &[ExportRow]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "item", "resp", "bank_id", "bank_version"])?;
    for r in rows {
        w.write_record([&r.person, &r.item, &r.score.to_string(), &r.bank_id, &r.bank_version])?;
    }
    out.write_all(&w.into_inner().map_err(|e| e.into_error())?)
}

/// Wide format: `id`, then one column per item (first-seen order), `NA` where not administered.
pub fn write_wide(out: &mut impl io::Write, rows: &[ExportRow]) -> io::Result<()> {
    let mut items: Vec<&str> = Vec::new();
    let mut persons: Vec<&str> = Vec::new();
    let mut cells: BTreeMap<(&str, &str), u8> = BTreeMap::new();
    for r in rows {
        if !items.contains(&r.item.as_str()) {
            items.push(&r.item);
        }
        if !persons.contains(&r.person.as_str()) {
            persons.push(&r.person);
        }
        cells.insert((&r.person, &r.item), r.score);
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["id"];
    header.extend(&items);
    w.write_record(&header)?;
    for p in &persons {
        let mut record = vec![p.to_string()];
        record.extend(
            items
                .iter()
                .map(|i| cells.get(&(*p, *i)).map_or("NA".to_string(), |s| s.to_string())),
        );
        w.write_record(&record)?;
    }
    out.write_all(&w.into_inner().map_err(|e| e.into_error())?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_responses;

    #[test]
    fn written_files_read_back() {
        let row = |p: &str, i: &str, s: u8| ExportRow {
            person: p.into(),
            item: i.into(),
            score: s,
            bank_id: "nln-default".into(),
            bank_version: "0.1.0".into(),
        };
        let rows = vec![row("p1", "a", 1), row("p1", "b", 0), row("p2", "b", 2)];
        let (mut long, mut wide) = (Vec::new(), Vec::new());
        write_long(&mut long, &rows).unwrap();
        write_wide(&mut wide, &rows).unwrap();
        assert_eq!(String::from_utf8(wide.clone()).unwrap(), "id,a,b\np1,1,0\np2,NA,2\n");
        let (l, w) = (
            read_responses(&long, None).unwrap(),
            read_responses(&wide, None).unwrap(),
        );
        assert_eq!(l.data, w.data);
        assert_eq!(l.items, vec!["a", "b"]);
    }
}
