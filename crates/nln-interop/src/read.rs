//! Reading long and wide response CSV into a calibration table.

use nln_core::calibrate::{Answer, ResponseData};
use std::collections::{BTreeMap, HashMap};
use thiserror::Error;

/// Layout of a response file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One row per response (`id,item,resp`).
    Long,
    /// One row per person, one column per item.
    Wide,
}

impl Format {
    /// Parses `long` or `wide`.
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "long" => Some(Format::Long),
            "wide" => Some(Format::Wide),
            _ => None,
        }
    }
}

/// Responses by person and item, ready for calibration and scoring.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseTable {
    /// Item ids, in column order of `data`.
    pub items: Vec<String>,
    /// Person ids, in row order of `data`.
    pub persons: Vec<String>,
    /// The sparse score table.
    pub data: ResponseData,
    /// Person covariates by name without the `cov_` prefix (`lang`, `mode` …), one entry per
    /// person (`None` when not given).
    pub covariates: BTreeMap<String, Vec<Option<String>>>,
    /// The format that was read.
    pub format: Format,
}

/// What is wrong with a response file.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// Malformed CSV (unequal row lengths, bad quoting, not UTF-8).
    #[error("malformed CSV: {0}")]
    Csv(String),
    /// No header row.
    #[error("the file is empty")]
    Empty,
    /// A required long-format column is missing.
    #[error("missing column `{0}`")]
    MissingColumn(String),
    /// Two columns with one name.
    #[error("column `{0}` appears twice")]
    DuplicateColumn(String),
    /// A wide file without any item column.
    #[error("no item columns")]
    NoItems,
    /// A score that is not a whole number ≥ 0 (or NA / empty).
    #[error("score `{0}` is not a whole number 0 or more")]
    BadScore(String),
    /// An empty person or item id.
    #[error("empty id")]
    EmptyId,
    /// A person answered an item twice.
    #[error("person `{person}` answered item `{item}` twice")]
    DuplicateResponse {
        /// Person id.
        person: String,
        /// Item id.
        item: String,
    },
    /// A person id on two rows of a wide file.
    #[error("person `{0}` has two rows")]
    DuplicatePerson(String),
    /// A covariate with two values for one person.
    #[error("person `{person}`: covariate `{name}` is both `{first}` and `{second}`")]
    CovariateConflict {
        /// Person id.
        person: String,
        /// Covariate name.
        name: String,
        /// Value seen first.
        first: String,
        /// Value seen now.
        second: String,
    },
    /// A bookmark page that is not a whole number 1 or more.
    #[error("page `{0}` is not a whole number 1 or more")]
    BadPage(String),
    /// A panellist bookmarked one level twice.
    #[error("panellist `{panellist}` bookmarked level `{level}` twice")]
    DuplicateBookmark {
        /// Panellist.
        panellist: String,
        /// Level code.
        level: String,
    },
}

impl ReadErrorKind {
    /// Fluent message id for rendering.
    pub fn message_id(&self) -> &'static str {
        match self {
            ReadErrorKind::Csv(_) => "data-error-csv",
            ReadErrorKind::Empty => "data-error-empty",
            ReadErrorKind::MissingColumn(_) => "data-error-missing-column",
            ReadErrorKind::DuplicateColumn(_) => "data-error-duplicate-column",
            ReadErrorKind::NoItems => "data-error-no-items",
            ReadErrorKind::BadScore(_) => "data-error-bad-score",
            ReadErrorKind::EmptyId => "data-error-empty-id",
            ReadErrorKind::DuplicateResponse { .. } => "data-error-duplicate-response",
            ReadErrorKind::DuplicatePerson(_) => "data-error-duplicate-person",
            ReadErrorKind::CovariateConflict { .. } => "data-error-covariate-conflict",
            ReadErrorKind::BadPage(_) => "data-error-bad-page",
            ReadErrorKind::DuplicateBookmark { .. } => "data-error-duplicate-bookmark",
        }
    }
}

/// A bad file or row: where (1-based line and column, the column's header) and what.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{line}:{}: {kind}", column.map_or(String::new(), |c| c.to_string()))]
pub struct ReadError {
    /// 1-based line.
    pub line: u64,
    /// 1-based CSV column, when one field is at fault.
    pub column: Option<usize>,
    /// Header of that column.
    pub field: Option<String>,
    /// What is wrong (boxed: errors stay small on the happy path).
    pub kind: Box<ReadErrorKind>,
}

fn at(line: u64, column: Option<usize>, header: &[String], kind: ReadErrorKind) -> ReadError {
    ReadError {
        line,
        column: column.map(|c| c + 1),
        field: column.and_then(|c| header.get(c).cloned()),
        kind: Box::new(kind),
    }
}

fn is_missing(value: &str) -> bool {
    let v = value.trim();
    v.is_empty() || v == "NA" || v == "." || v.eq_ignore_ascii_case("nan")
}

/// Parses a score: a whole number ≥ 0 (`1`, `1.0`); `None` for NA / empty.
fn parse_score(value: &str) -> Result<Option<usize>, ReadErrorKind> {
    if is_missing(value) {
        return Ok(None);
    }
    let v = value.trim();
    if let Ok(n) = v.parse::<usize>() {
        return if n <= u16::MAX as usize {
            Ok(Some(n))
        } else {
            Err(ReadErrorKind::BadScore(v.to_string()))
        };
    }
    match v.parse::<f64>() {
        Ok(x) if x.fract() == 0.0 && (0.0..=u16::MAX as f64).contains(&x) => Ok(Some(x as usize)),
        _ => Err(ReadErrorKind::BadScore(v.to_string())),
    }
}

fn records(bytes: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(bytes)
}

fn csv_error(e: csv::Error) -> ReadError {
    let line = e.position().map_or(0, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_string(),
        _ => e.to_string(),
    };
    ReadError {
        line,
        column: None,
        field: None,
        kind: Box::new(ReadErrorKind::Csv(message)),
    }
}

/// Reads a response file; `format` `None` detects it (a header with `id`, `item` and `resp` is
/// long, anything else wide).
///
/// # Errors
/// The first bad row, with its line and column.
pub fn read_responses(bytes: &[u8], format: Option<Format>) -> Result<ResponseTable, ReadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut reader = records(bytes);
    let mut rows = reader.records();
    let header: Vec<String> = match rows.next() {
        None => {
            return Err(ReadError {
                line: 1,
                column: None,
                field: None,
                kind: Box::new(ReadErrorKind::Empty),
            })
        }
        Some(r) => r.map_err(csv_error)?.iter().map(str::to_string).collect(),
    };
    let mut seen = HashMap::new();
    for (i, h) in header.iter().enumerate() {
        if seen.insert(h.as_str(), i).is_some() {
            return Err(at(1, Some(i), &header, ReadErrorKind::DuplicateColumn(h.clone())));
        }
    }
    let long = ["id", "item", "resp"].iter().all(|c| seen.contains_key(c));
    let format = format.unwrap_or(if long { Format::Long } else { Format::Wide });
    match format {
        Format::Long => read_long(rows, &header, &seen),
        Format::Wide => read_wide(rows, &header, &seen),
    }
}

/// Covariate values per person, checked for conflicts.
struct Covariates {
    columns: Vec<(usize, String)>,
    values: BTreeMap<String, Vec<Option<String>>>,
}

impl Covariates {
    fn new(header: &[String]) -> Covariates {
        let columns: Vec<(usize, String)> = header
            .iter()
            .enumerate()
            .filter_map(|(i, h)| h.strip_prefix("cov_").map(|n| (i, n.to_string())))
            .collect();
        let values = columns.iter().map(|(_, n)| (n.clone(), Vec::new())).collect();
        Covariates { columns, values }
    }

    fn add_person(&mut self) {
        for v in self.values.values_mut() {
            v.push(None);
        }
    }

    fn set(
        &mut self,
        person: usize,
        id: &str,
        record: &csv::StringRecord,
        line: u64,
        header: &[String],
    ) -> Result<(), ReadError> {
        for (col, name) in &self.columns {
            let value = &record[*col];
            if is_missing(value) {
                continue;
            }
            let slot = &mut self.values.get_mut(name).expect("every covariate has a column")[person];
            match slot {
                Some(first) if first != value => {
                    return Err(at(
                        line,
                        Some(*col),
                        header,
                        ReadErrorKind::CovariateConflict {
                            person: id.to_string(),
                            name: name.clone(),
                            first: first.clone(),
                            second: value.to_string(),
                        },
                    ))
                }
                Some(_) => {}
                None => *slot = Some(value.to_string()),
            }
        }
        Ok(())
    }
}

fn read_long(
    rows: csv::StringRecordsIter<&[u8]>,
    header: &[String],
    seen: &HashMap<&str, usize>,
) -> Result<ResponseTable, ReadError> {
    let column = |name: &str| {
        seen.get(name)
            .copied()
            .ok_or_else(|| at(1, None, header, ReadErrorKind::MissingColumn(name.to_string())))
    };
    let (id_col, item_col, resp_col) = (column("id")?, column("item")?, column("resp")?);
    let mut persons: Vec<String> = Vec::new();
    let mut person_index: HashMap<String, usize> = HashMap::new();
    let mut items: Vec<String> = Vec::new();
    let mut item_index: HashMap<String, usize> = HashMap::new();
    let mut answers: Vec<Vec<Answer>> = Vec::new();
    let mut covariates = Covariates::new(header);
    for record in rows {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        let id = &record[id_col];
        if id.is_empty() {
            return Err(at(line, Some(id_col), header, ReadErrorKind::EmptyId));
        }
        let item = &record[item_col];
        if item.is_empty() {
            return Err(at(line, Some(item_col), header, ReadErrorKind::EmptyId));
        }
        let score = parse_score(&record[resp_col]).map_err(|k| at(line, Some(resp_col), header, k))?;
        let p = *person_index.entry(id.to_string()).or_insert_with(|| {
            persons.push(id.to_string());
            answers.push(Vec::new());
            covariates.add_person();
            persons.len() - 1
        });
        covariates.set(p, id, &record, line, header)?;
        let Some(score) = score else { continue };
        let i = *item_index.entry(item.to_string()).or_insert_with(|| {
            items.push(item.to_string());
            items.len() - 1
        });
        if answers[p].iter().any(|a| a.item == i) {
            return Err(at(
                line,
                Some(item_col),
                header,
                ReadErrorKind::DuplicateResponse {
                    person: id.to_string(),
                    item: item.to_string(),
                },
            ));
        }
        answers[p].push(Answer { item: i, score });
    }
    finish(items, persons, answers, covariates.values, Format::Long)
}

fn read_wide(
    rows: csv::StringRecordsIter<&[u8]>,
    header: &[String],
    seen: &HashMap<&str, usize>,
) -> Result<ResponseTable, ReadError> {
    let id_col = seen.get("id").copied();
    let known = ["rt", "date", "wave", "rater"];
    let item_cols: Vec<usize> = (0..header.len())
        .filter(|&c| Some(c) != id_col && !header[c].starts_with("cov_") && !known.contains(&header[c].as_str()))
        .collect();
    if item_cols.is_empty() {
        return Err(at(1, None, header, ReadErrorKind::NoItems));
    }
    let items: Vec<String> = item_cols.iter().map(|&c| header[c].clone()).collect();
    let mut persons = Vec::new();
    let mut ids = HashMap::new();
    let mut answers = Vec::new();
    let mut covariates = Covariates::new(header);
    for record in rows {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        let id = match id_col {
            Some(c) if record[c].is_empty() => return Err(at(line, Some(c), header, ReadErrorKind::EmptyId)),
            Some(c) => record[c].to_string(),
            None => (persons.len() + 1).to_string(),
        };
        if ids.insert(id.clone(), persons.len()).is_some() {
            return Err(at(line, id_col, header, ReadErrorKind::DuplicatePerson(id)));
        }
        let mut row = Vec::new();
        for (i, &c) in item_cols.iter().enumerate() {
            if let Some(score) = parse_score(&record[c]).map_err(|k| at(line, Some(c), header, k))? {
                row.push(Answer { item: i, score });
            }
        }
        covariates.add_person();
        covariates.set(persons.len(), &id, &record, line, header)?;
        persons.push(id);
        answers.push(row);
    }
    finish(items, persons, answers, covariates.values, Format::Wide)
}

fn finish(
    items: Vec<String>,
    persons: Vec<String>,
    answers: Vec<Vec<Answer>>,
    covariates: BTreeMap<String, Vec<Option<String>>>,
    format: Format,
) -> Result<ResponseTable, ReadError> {
    let mut data = ResponseData::new(items.len());
    for row in &answers {
        data.push(row, 1.0)
            .expect("rows built here have unique, in-range items");
    }
    Ok(ResponseTable {
        items,
        persons,
        data,
        covariates,
        format,
    })
}

/// One panellist's bookmark: the last page of the ordered item booklet that a learner just at
/// `level`'s cut masters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookmark {
    /// Panellist id.
    pub panellist: String,
    /// Level code whose cut the bookmark places (`1` … `12`).
    pub level: String,
    /// 1-based booklet page.
    pub page: usize,
    /// Line of the file, for messages about the bookmark.
    pub line: u64,
}

/// Reads a bookmark file: CSV with columns `panellist,level,page` (any order, more columns
/// ignored), one line per panellist and level.
///
/// # Errors
/// The first bad row, with its line and column.
pub fn read_bookmarks(bytes: &[u8]) -> Result<Vec<Bookmark>, ReadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut reader = records(bytes);
    let mut rows = reader.records();
    let header: Vec<String> = match rows.next() {
        Some(r) => r.map_err(csv_error)?.iter().map(str::to_string).collect(),
        None => return Err(at(0, None, &[], ReadErrorKind::Empty)),
    };
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| at(1, None, &header, ReadErrorKind::MissingColumn(name.to_string())))
    };
    let (p_col, l_col, page_col) = (column("panellist")?, column("level")?, column("page")?);
    let mut out: Vec<Bookmark> = Vec::new();
    for record in rows {
        let record = record.map_err(csv_error)?;
        let line = record.position().map_or(0, |p| p.line());
        let panellist = record[p_col].to_string();
        if panellist.is_empty() {
            return Err(at(line, Some(p_col), &header, ReadErrorKind::EmptyId));
        }
        let level = record[l_col].to_string();
        if level.is_empty() {
            return Err(at(line, Some(l_col), &header, ReadErrorKind::EmptyId));
        }
        let page = match record[page_col].parse::<usize>() {
            Ok(p) if p >= 1 => p,
            _ => {
                return Err(at(
                    line,
                    Some(page_col),
                    &header,
                    ReadErrorKind::BadPage(record[page_col].to_string()),
                ))
            }
        };
        if out.iter().any(|b| b.panellist == panellist && b.level == level) {
            return Err(at(
                line,
                Some(l_col),
                &header,
                ReadErrorKind::DuplicateBookmark { panellist, level },
            ));
        }
        out.push(Bookmark {
            panellist,
            level,
            page,
            line,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_wide_give_the_same_table() {
        let long = "id,item,resp,rt,cov_lang\np1,q1,1,3.2,fr\np1,q2,0,,fr\np2,q2,2,,ar\np2,q1,NA,,\np3,q1,0,,\n";
        let wide = "id,q1,q2,cov_lang\np1,1,0,fr\np2,NA,2,ar\np3,0,,\n";
        let a = read_responses(long.as_bytes(), None).unwrap();
        let b = read_responses(wide.as_bytes(), None).unwrap();
        assert_eq!((a.format, b.format), (Format::Long, Format::Wide));
        assert_eq!(a.items, b.items);
        assert_eq!(a.persons, b.persons);
        assert_eq!(a.data, b.data);
        assert_eq!(a.covariates, b.covariates);
        assert_eq!(a.covariates["lang"], vec![Some("fr".into()), Some("ar".into()), None]);
    }

    #[test]
    fn bad_rows_name_line_column_and_field() {
        let cases: [(&str, u64, Option<usize>, &str); 7] = [
            ("id,item,resp\np1,q1,1\np1,q2,x\n", 3, Some(3), "data-error-bad-score"),
            (
                "id,item,resp\np1,q1,1\np1,q1,0\n",
                3,
                Some(2),
                "data-error-duplicate-response",
            ),
            ("id,item,resp\np1,q1,-1\n", 2, Some(3), "data-error-bad-score"),
            ("id,item,resp\np1,q1,0.5\n", 2, Some(3), "data-error-bad-score"),
            (
                "id,item,resp,cov_lang\np1,q1,1,fr\np1,q2,1,en\n",
                3,
                Some(4),
                "data-error-covariate-conflict",
            ),
            ("id,q1,q2\np1,1,0\np1,0,0\n", 3, Some(1), "data-error-duplicate-person"),
            ("q1,q2\n1,0\n1\n", 3, None, "data-error-csv"),
        ];
        for (text, line, column, id) in cases {
            let e = read_responses(text.as_bytes(), None).unwrap_err();
            assert_eq!((e.line, e.column, e.kind.message_id()), (line, column, id), "{text}");
        }
        let e = read_responses(b"id,item\np1,q1\n", Some(Format::Long)).unwrap_err();
        assert_eq!(*e.kind, ReadErrorKind::MissingColumn("resp".into()));
        assert_eq!(*read_responses(b"", None).unwrap_err().kind, ReadErrorKind::Empty);
        let e = read_responses(b"id,q1\n\xff,1\n", None).unwrap_err();
        assert_eq!(e.kind.message_id(), "data-error-csv");
        let e = read_responses(b"id,q1,q1\n", None).unwrap_err();
        assert_eq!(
            (e.column, e.kind.message_id()),
            (Some(3), "data-error-duplicate-column")
        );
    }

    #[test]
    fn mirt_style_wide_without_ids() {
        let t = read_responses(b"Item.1,Item.2\n1,0\n0,NA\n", None).unwrap();
        assert_eq!(t.persons, vec!["1", "2"]);
        assert_eq!(t.data.rows(), 2);
        assert_eq!(t.data.row(1).count(), 1);
    }
}
