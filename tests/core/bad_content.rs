//! Broken content is reported precisely: each test starts from the shipped sources, breaks one
//! thing in the YAML text and checks the exact error (kind, file, field path and line). The line
//! is always derived from the edited text, never hard-coded. A property test mutates an item file
//! at random and checks that the loader reports instead of panicking.

use nln_core::content::*;
use nln_core::defaults;
use proptest::prelude::*;
use std::ops::Range;

const BANK: &str = "default";
const MANIFEST: &str = "banks/default/bank.yaml";
const DEV: &str = "banks/default/dev.yaml";
const INF: &str = "banks/default/inf.yaml";
const CRE: &str = "banks/default/cre.yaml";
const DEV_TAP: &str = "banks/default/dev-tap.yaml";
/// Every shipped file of the default bank but the manifest.
const ITEM_FILES: [&str; 22] = [
    DEV,
    INF,
    "banks/default/com.yaml",
    "banks/default/srv.yaml",
    "banks/default/saf.yaml",
    CRE,
    "banks/default/prb.yaml",
    "banks/default/dev-2.yaml",
    "banks/default/inf-2.yaml",
    "banks/default/com-2.yaml",
    "banks/default/srv-2.yaml",
    "banks/default/saf-2.yaml",
    "banks/default/cre-2.yaml",
    "banks/default/prb-2.yaml",
    "banks/default/dev-3.yaml",
    "banks/default/inf-3.yaml",
    "banks/default/com-3.yaml",
    "banks/default/cre-3.yaml",
    DEV_TAP,
    "banks/default/com-tap.yaml",
    "banks/default/saf-tap.yaml",
    "banks/default/access.yaml",
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn shipped_text(file: &str) -> String {
    defaults::sources()
        .get(file)
        .unwrap_or_else(|| panic!("{file} is not shipped"))
        .to_string()
}

/// The shipped sources minus one file (a `SourceSet` cannot drop a file, so this rebuilds one).
fn shipped_without(file: &str) -> SourceSet {
    let shipped = defaults::sources();
    let mut sources = SourceSet::new();
    for name in [FRAMEWORK_FILE, LEVELS_FILE, GUIDANCE_FILE, MANIFEST]
        .into_iter()
        .chain(ITEM_FILES)
        .filter(|&n| n != file)
    {
        sources.insert(
            name,
            shipped.get(name).unwrap_or_else(|| panic!("{name} is not shipped")),
        );
    }
    // Nothing else is shipped for the default bank.
    assert_eq!(shipped.bank_names(), [BANK]);
    sources
}

/// Byte offset of the only occurrence of `needle` in `text`.
fn find_unique(text: &str, needle: &str) -> usize {
    let hits: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    assert_eq!(hits.len(), 1, "expected exactly one `{needle}`, found {}", hits.len());
    hits[0]
}

/// 1-based line of byte offset `pos`.
fn line_at(text: &str, pos: usize) -> usize {
    text[..pos].matches('\n').count() + 1
}

/// 1-based column of byte offset `pos` (the content files are ASCII).
fn column_at(text: &str, pos: usize) -> usize {
    pos - text[..pos].rfind('\n').map_or(0, |i| i + 1) + 1
}

/// 1-based line of the only occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    line_at(text, find_unique(text, needle))
}

/// Byte range of item `id` in an item file: from its `  - id:` line to the next item (or the end).
fn item_block(text: &str, id: &str) -> Range<usize> {
    let head = format!("  - id: {id}\n");
    let start = find_unique(text, &head);
    let body = start + head.len();
    let end = text[body..].find("\n  - id: ").map_or(text.len(), |i| body + i + 1);
    start..end
}

/// Index of item `id` in its file's `items` list.
fn item_index(text: &str, id: &str) -> usize {
    text[..item_block(text, id).start].matches("\n  - id: ").count()
}

/// Line on which item `id` starts (where a field missing from it is reported).
fn item_line(text: &str, id: &str) -> usize {
    line_at(text, item_block(text, id).start)
}

/// One edit of one shipped file: the full source set, the edited text and where the edit landed.
struct Edit {
    sources: SourceSet,
    text: String,
    /// Byte offset of the replacement in `text`.
    pos: usize,
}

impl Edit {
    fn line(&self) -> usize {
        line_at(&self.text, self.pos)
    }

    fn column(&self) -> usize {
        column_at(&self.text, self.pos)
    }

    fn errors(&self) -> Vec<LoadError> {
        load_errors(&self.sources)
    }

    fn only_error(&self) -> LoadError {
        only(self.errors())
    }
}

fn with_file(file: &str, text: String, pos: usize) -> Edit {
    let mut sources = defaults::sources();
    sources.insert(file, text.clone());
    Edit { sources, text, pos }
}

/// Replaces the only occurrence of `from` inside item `id` of `file` with `to`.
fn edit_item(file: &str, id: &str, from: &str, to: &str) -> Edit {
    let text = shipped_text(file);
    let block = item_block(&text, id);
    let at = block.start + find_unique(&text[block.clone()], from);
    let mut edited = text.clone();
    edited.replace_range(at..at + from.len(), to);
    with_file(file, edited, at)
}

/// Replaces the first occurrence of `from` after the only occurrence of `anchor` in `file`.
fn edit_after(file: &str, anchor: &str, from: &str, to: &str) -> Edit {
    let text = shipped_text(file);
    let start = find_unique(&text, anchor);
    let at = start
        + text[start..]
            .find(from)
            .unwrap_or_else(|| panic!("no `{from}` after `{anchor}`"));
    let mut edited = text.clone();
    edited.replace_range(at..at + from.len(), to);
    with_file(file, edited, at)
}

/// Appends `extra` (one or more items) to `file`; `pos` is where the appended text starts.
fn append(file: &str, extra: &str) -> Edit {
    let text = shipped_text(file);
    assert!(text.ends_with('\n'));
    let pos = text.len();
    with_file(file, text + extra, pos)
}

fn load_errors(sources: &SourceSet) -> Vec<LoadError> {
    match Content::load(sources, BANK) {
        Ok(_) => panic!("broken content loaded without an error"),
        Err(errors) => errors.0,
    }
}

fn only(errors: Vec<LoadError>) -> LoadError {
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got:\n{}",
        LoadErrors(errors.clone())
    );
    errors.into_iter().next().unwrap()
}

/// Checks file, field, line and kind of one error.
#[track_caller]
fn check(e: &LoadError, file: &str, field: &str, line: usize, kind: LoadErrorKind) {
    assert_eq!(
        (e.file.as_str(), e.field.as_str(), e.line, &e.kind),
        (file, field, line, &kind),
        "unexpected error: {e}"
    );
    assert!(e.column >= 1, "column is 1-based: {e}");
}

fn field(text: &str, id: &str, rest: &str) -> String {
    format!("items[{}].{rest}", item_index(text, id))
}

/// The text of item `id` exactly as shipped.
fn item_text(file: &str, id: &str) -> String {
    let text = shipped_text(file);
    text[item_block(&text, id)].to_string()
}

// ---------------------------------------------------------------------------------------------
// The shipped content is the baseline
// ---------------------------------------------------------------------------------------------

#[test]
fn shipped_content_loads() {
    if let Err(e) = Content::load(&defaults::sources(), BANK) {
        panic!("the shipped content does not load:\n{e}");
    }
}

#[test]
fn helpers_find_the_items_they_name() {
    let text = shipped_text(DEV);
    assert_eq!(item_index(&text, "dev-001"), 0);
    assert_eq!(item_index(&text, "dev-002"), 1);
    assert_eq!(item_line(&text, "dev-001"), line_of(&text, "  - id: dev-001\n"));
    assert!(item_text(DEV, "dev-001").starts_with("  - id: dev-001\n"));
    assert!(!item_text(DEV, "dev-001").contains("dev-002"));
}

// ---------------------------------------------------------------------------------------------
// Duplicate ids
// ---------------------------------------------------------------------------------------------

#[test]
fn duplicate_item_id_in_one_file_points_at_the_first() {
    let copy = item_text(DEV, "dev-001");
    let edit = append(DEV, &copy);
    let original = shipped_text(DEV);
    let index = original.matches("\n  - id: ").count();
    let e = edit.only_error();
    check(
        &e,
        DEV,
        &format!("items[{index}].id"),
        edit.line(),
        LoadErrorKind::DuplicateId {
            id: "dev-001".into(),
            first_file: DEV.into(),
            first_line: line_of(&original, "  - id: dev-001\n"),
        },
    );
    // The position is the `id` key of the copy.
    assert_eq!(e.column, column_at(&edit.text, edit.pos + "  - ".len()));
}

#[test]
fn duplicate_item_id_across_files_points_at_the_first_file() {
    let edit = edit_item(INF, "inf-001", "  - id: inf-001", "  - id: dev-001");
    let dev = shipped_text(DEV);
    check(
        &edit.only_error(),
        INF,
        &field(&edit.text, "dev-001", "id"),
        edit.line(),
        LoadErrorKind::DuplicateId {
            id: "dev-001".into(),
            first_file: DEV.into(),
            first_line: line_of(&dev, "  - id: dev-001\n"),
        },
    );
}

#[test]
fn duplicate_option_id_points_at_the_first_option() {
    let edit = edit_item(
        DEV,
        "dev-001",
        "- { id: b, text: item-dev-001-opt-b",
        "- { id: a, text: item-dev-001-opt-b",
    );
    let first = edit_item(DEV, "dev-001", "- { id: a,", "- { id: a,");
    check(
        &edit.only_error(),
        DEV,
        "items[0].options[1].id",
        edit.line(),
        LoadErrorKind::DuplicateId {
            id: "a".into(),
            first_file: DEV.into(),
            first_line: first.line(),
        },
    );
}

#[test]
fn duplicate_region_id_points_at_the_first_region() {
    let edit = edit_item(
        DEV,
        "dev-002",
        "- { id: camera, shape: circle",
        "- { id: port, shape: circle",
    );
    let first = edit_item(DEV, "dev-002", "- { id: port,", "- { id: port,");
    let errors = edit.errors();
    let e = errors
        .iter()
        .find(|e| matches!(e.kind, LoadErrorKind::DuplicateId { .. }))
        .expect("a duplicate id");
    check(
        e,
        DEV,
        &field(&edit.text, "dev-002", "regions[2].id"),
        edit.line(),
        LoadErrorKind::DuplicateId {
            id: "port".into(),
            first_file: DEV.into(),
            first_line: first.line(),
        },
    );
    assert_ne!(first.line(), edit.line());
}

#[test]
fn duplicate_competence_id_in_the_framework() {
    let edit = edit_after(FRAMEWORK_FILE, "      - id: \"0.2\"\n", "\"0.2\"", "\"0.1\"");
    let framework = shipped_text(FRAMEWORK_FILE);
    check(
        &edit.only_error(),
        FRAMEWORK_FILE,
        "areas[0].competences[1].id",
        edit.line(),
        LoadErrorKind::DuplicateId {
            id: "0.1".into(),
            first_file: FRAMEWORK_FILE.into(),
            first_line: line_of(&framework, "      - id: \"0.1\"\n"),
        },
    );
}

// ---------------------------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------------------------

/// Where a table case's error is reported: on the edited line, or, for a field left out, on
/// the line its item starts.
#[derive(Debug, Clone, Copy)]
enum At {
    Edit,
    Item,
}

/// One edit of one shipped item and the only error it must give.
struct Case {
    name: &'static str,
    file: &'static str,
    item: &'static str,
    from: &'static str,
    to: &'static str,
    /// Field path inside the item.
    field: &'static str,
    at: At,
    kind: LoadErrorKind,
}

/// Unknown references, missing fields, keys and models: each edit gives exactly its one error,
/// at its item's field and line.
#[test]
fn each_broken_item_gives_exactly_its_error() {
    let cases = [
        Case {
            name: "unknown_competence",
            file: DEV,
            item: "dev-003",
            from: "competence: \"0.1\"",
            to: "competence: \"9.9\"",
            field: "competence",
            at: At::Edit,
            kind: LoadErrorKind::UnknownCompetence("9.9".into()),
        },
        Case {
            name: "missing_answer_key_of_a_choice_item",
            file: DEV,
            item: "dev-001",
            from: "    key: a\n",
            to: "",
            field: "key",
            at: At::Item,
            kind: LoadErrorKind::MissingField,
        },
        Case {
            name: "missing_irt",
            file: DEV,
            item: "dev-007",
            from: "    irt: { model: 3pl, a: 1.2, b: -2.5, c: 0.25 }\n",
            to: "",
            field: "irt",
            at: At::Item,
            kind: LoadErrorKind::MissingField,
        },
        Case {
            name: "missing_prompt",
            file: DEV,
            item: "dev-003",
            from: "    prompt: { text: item-dev-003-prompt, audio: item-dev-003-prompt }\n",
            to: "",
            field: "prompt",
            at: At::Item,
            kind: LoadErrorKind::MissingField,
        },
        Case {
            name: "missing_required_field_of_a_message_names_the_message",
            file: DEV,
            item: "dev-003",
            from: "prompt: { text: item-dev-003-prompt, audio: item-dev-003-prompt }",
            to: "prompt: { text: item-dev-003-prompt }",
            field: "prompt.audio",
            at: At::Edit,
            kind: LoadErrorKind::MissingField,
        },
        Case {
            name: "choice_key_not_an_option",
            file: DEV,
            item: "dev-001",
            from: "key: a",
            to: "key: z",
            field: "key",
            at: At::Edit,
            kind: LoadErrorKind::KeyNotAnOption("z".into()),
        },
        Case {
            name: "hotspot_key_not_a_region",
            file: DEV,
            item: "dev-002",
            from: "key: port",
            to: "key: usb",
            field: "key",
            at: At::Edit,
            kind: LoadErrorKind::KeyNotAnOption("usb".into()),
        },
        Case {
            name: "ordering_key_not_an_option",
            file: DEV,
            item: "dev-004",
            from: "key: [b, d, a, c]",
            to: "key: [b, d, a, x]",
            field: "key",
            at: At::Edit,
            kind: LoadErrorKind::KeyNotAnOption("x".into()),
        },
        Case {
            name: "graded_model_on_a_choice_item",
            file: DEV,
            item: "dev-001",
            from: "irt: { model: 3pl, a: 1.2, b: -3.1, c: 0.33 }",
            to: "irt: { model: grm, a: 1.2, thresholds: [-1.0, 0.0] }",
            field: "irt.model",
            at: At::Edit,
            kind: LoadErrorKind::ModelDoesNotFitType {
                model: "grm".into(),
                item_type: "choice".into(),
            },
        },
        Case {
            name: "dichotomous_model_on_a_task",
            file: DEV,
            item: "dev-005",
            from: "irt: { model: grm, a: 1.5, thresholds: [-1.9, -1.2] }",
            to: "irt: { model: 2pl, a: 1.5, b: -1.9 }",
            field: "irt.model",
            at: At::Edit,
            kind: LoadErrorKind::ModelDoesNotFitType {
                model: "2pl".into(),
                item_type: "task".into(),
            },
        },
    ];
    for c in cases {
        let edit = edit_item(c.file, c.item, c.from, c.to);
        let errors = edit.errors();
        assert_eq!(errors.len(), 1, "{}: {}", c.name, LoadErrors(errors.clone()));
        let line = match c.at {
            At::Edit => edit.line(),
            At::Item => item_line(&edit.text, c.item),
        };
        let e = &errors[0];
        assert_eq!(
            (e.file.as_str(), e.field.as_str(), e.line, &e.kind),
            (c.file, field(&edit.text, c.item, c.field).as_str(), line, &c.kind),
            "{}: {e}",
            c.name
        );
        assert!(e.column >= 1, "{}: column is 1-based: {e}", c.name);
    }
}

#[test]
fn unknown_crosswalk_source() {
    let edit = edit_after(
        FRAMEWORK_FILE,
        "      - id: \"0.1\"\n",
        "source: dlgf,",
        "source: unesco,",
    );
    check(
        &edit.only_error(),
        FRAMEWORK_FILE,
        "areas[0].competences[0].crosswalk[0].source",
        edit.line(),
        LoadErrorKind::UnknownSource("unesco".into()),
    );
}

// ---------------------------------------------------------------------------------------------
// Missing fields
// ---------------------------------------------------------------------------------------------

#[test]
fn missing_b_of_a_3pl_model() {
    let edit = edit_item(
        DEV,
        "dev-002",
        "irt: { model: 3pl, a: 1.3, b: -2.9, c: 0.25 }",
        "irt: { model: 3pl, a: 1.3, c: 0.25 }",
    );
    // Reported where the `irt` mapping is, once (not again as a missing `irt`).
    check(
        &edit.only_error(),
        DEV,
        &field(&edit.text, "dev-002", "irt.b"),
        edit.line(),
        LoadErrorKind::MissingField,
    );
}

// ---------------------------------------------------------------------------------------------
// IRT parameters
// ---------------------------------------------------------------------------------------------

#[test]
fn non_positive_discrimination() {
    for bad in ["-0.5", "0", "0.0"] {
        let edit = edit_item(DEV, "dev-002", "a: 1.3,", &format!("a: {bad},"));
        let e = edit.only_error();
        check(
            &e,
            DEV,
            &field(&edit.text, "dev-002", "irt.a"),
            edit.line(),
            LoadErrorKind::NonPositiveDiscrimination(bad.parse().unwrap()),
        );
        // The column is the `a` key inside the flow mapping.
        assert_eq!(e.column, edit.column());
    }
}

#[test]
fn guessing_outside_zero_one() {
    for bad in ["1.0", "1.5", "-0.1"] {
        let edit = edit_item(DEV, "dev-001", "c: 0.33 }", &format!("c: {bad} }}"));
        check(
            &edit.only_error(),
            DEV,
            &field(&edit.text, "dev-001", "irt.c"),
            edit.line(),
            LoadErrorKind::GuessingOutOfRange(bad.parse().unwrap()),
        );
    }
}

#[test]
fn guessing_zero_is_allowed() {
    let edit = edit_item(DEV, "dev-001", "c: 0.33 }", "c: 0.0 }");
    assert!(Content::load(&edit.sources, BANK).is_ok());
}

#[test]
fn graded_thresholds_not_strictly_increasing() {
    for (bad, values) in [
        ("[-2.7, -1.5, -2.1]", vec![-2.7, -1.5, -2.1]),
        ("[-2.7, -2.1, -2.1]", vec![-2.7, -2.1, -2.1]),
    ] {
        let edit = edit_item(
            DEV,
            "dev-004",
            "thresholds: [-2.7, -2.1, -1.5]",
            &format!("thresholds: {bad}"),
        );
        check(
            &edit.only_error(),
            DEV,
            &field(&edit.text, "dev-004", "irt.thresholds"),
            edit.line(),
            LoadErrorKind::UnorderedThresholds(values),
        );
    }
}

#[test]
fn wrong_threshold_count() {
    // dev-005 is a task with three categories: it needs two thresholds.
    let edit = edit_item(
        DEV,
        "dev-005",
        "thresholds: [-1.9, -1.2]",
        "thresholds: [-1.9, -1.2, 0.4]",
    );
    check(
        &edit.only_error(),
        DEV,
        &field(&edit.text, "dev-005", "irt.thresholds"),
        edit.line(),
        LoadErrorKind::ThresholdCount {
            categories: 3,
            thresholds: 3,
        },
    );
    // An ordering item scored with grm: four steps, three neighbouring pairs, three thresholds.
    let edit = edit_item(
        DEV,
        "dev-004",
        "thresholds: [-2.7, -2.1, -1.5], floor: [0.2083, 0.125, 0.0417]",
        "thresholds: [-2.7, -2.1], floor: [0.2083, 0.125]",
    );
    check(
        &edit.only_error(),
        DEV,
        &field(&edit.text, "dev-004", "irt.thresholds"),
        edit.line(),
        LoadErrorKind::ThresholdCount {
            categories: 4,
            thresholds: 2,
        },
    );
}

#[test]
fn graded_floor_that_does_not_fit() {
    let shipped = "floor: [0.2083, 0.125, 0.0417]";
    let cases = [
        // One value per score above 0: dev-004 has three.
        (
            "floor: [0.2, 0.1]",
            LoadErrorKind::InvalidValue("floor has 2 values; it needs one per score above 0 (3)".into()),
        ),
        ("floor: [0.2, 1.0, 0.0]", LoadErrorKind::GuessingOutOfRange(1.0)),
        ("floor: [0.2, -0.1, 0.0]", LoadErrorKind::GuessingOutOfRange(-0.1)),
        ("floor: [0.5, 0.3, 0.25]", LoadErrorKind::GuessingOutOfRange(1.05)),
        (
            "floor: [0.3, 0.2, 0.1]",
            LoadErrorKind::Implausible {
                parameter: "floor".into(),
                value: 0.6,
                range: "[0, 0.5]".into(),
            },
        ),
    ];
    for (bad, kind) in cases {
        let edit = edit_item(DEV, "dev-004", shipped, bad);
        check(
            &edit.only_error(),
            DEV,
            &field(&edit.text, "dev-004", "irt.floor"),
            edit.line(),
            kind,
        );
    }
    // A floor belongs to the graded model; a 3PL has `c`.
    let edit = edit_item(DEV, "dev-001", "c: 0.33 }", "c: 0.33, floor: [0.1] }");
    let e = edit.only_error();
    assert_eq!(e.field, field(&edit.text, "dev-001", "irt.floor"), "{e}");
    assert!(matches!(e.kind, LoadErrorKind::InvalidValue(_)), "{e}");
}

#[test]
fn graded_floor_is_written_back() {
    // The bank writer keeps the floor, so a calibrated bank loads back identical.
    let content = defaults::content().unwrap();
    let floored = content
        .bank
        .items()
        .iter()
        .filter(|i| i.irt.as_ref().is_some_and(|m| !m.graded_floor().is_empty()))
        .count();
    assert!(floored >= 9, "{floored} graded items with a floor");
    let back = Content::load(&with_written_bank(&content.bank, "copy"), "copy").expect("written bank loads");
    assert_eq!(back.bank, content.bank);
    let floors = |c: &Content| -> Vec<Vec<f64>> {
        c.bank
            .items()
            .iter()
            .filter_map(|i| i.irt.as_ref().map(|m| m.graded_floor().to_vec()))
            .collect()
    };
    assert_eq!(floors(&back), floors(&content));
}

// ---------------------------------------------------------------------------------------------
// Keys and models
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Syntax and schema
// ---------------------------------------------------------------------------------------------

/// A file that does not parse is one error: the coverage check, which needs the whole bank, is
/// skipped, so no competence is reported bare because of it.
fn syntax_error_and_bare_competences(edit: &Edit) -> LoadError {
    let errors = edit.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let first = &errors[0];
    match &first.kind {
        LoadErrorKind::Syntax(message) => {
            assert!(!message.is_empty());
            assert!(
                !message.contains(" at line "),
                "the position is in the error, not the message: {message}"
            );
        }
        _ => panic!("expected a syntax error first, got {first}"),
    }
    first.clone()
}

#[test]
fn yaml_syntax_error_names_the_line_of_the_break() {
    let edit = edit_item(DEV, "dev-003", "    key: true\n", "    key: true: false\n");
    let e = syntax_error_and_bare_competences(&edit);
    check(&e, DEV, "", edit.line(), e.kind.clone());
    // The column is the second `:`.
    assert_eq!(e.column, column_at(&edit.text, edit.pos + "    key: true".len()));
}

#[test]
fn bad_indentation_is_a_syntax_error_on_its_line() {
    let edit = edit_item(DEV, "dev-003", "    type: true_false\n", "   type: true_false\n");
    let e = syntax_error_and_bare_competences(&edit);
    check(&e, DEV, "", edit.line(), e.kind.clone());
}

#[test]
fn unclosed_flow_sequence_is_a_syntax_error() {
    let edit = edit_item(DEV, "dev-004", "key: [b, d, a, c]", "key: [b, d, a, c");
    let e = syntax_error_and_bare_competences(&edit);
    assert_eq!((e.file.as_str(), e.field.as_str()), (DEV, ""));
    // The parser notices the missing `]` where the next line starts.
    assert_eq!(e.line, edit.line() + 1, "{e}");
}

/// Checks a schema error: file, field, line, column and the start of the message.
#[track_caller]
fn check_schema(e: &LoadError, file: &str, field: &str, line: usize, column: usize, message_start: &str) {
    match &e.kind {
        LoadErrorKind::Syntax(message) => assert!(message.starts_with(message_start), "{e}"),
        _ => panic!("expected a schema error, got {e}"),
    }
    assert_eq!(
        (e.file.as_str(), e.field.as_str(), e.line, e.column),
        (file, field, line, column),
        "{e}"
    );
}

#[test]
fn unknown_item_field_is_a_schema_error_naming_the_item() {
    let edit = edit_item(DEV, "dev-003", "    key: true\n", "    key: true\n    colour: red\n");
    let at = find_unique(&edit.text, "colour: red");
    check_schema(
        &edit.only_error(),
        DEV,
        &field(&edit.text, "dev-003", "colour"),
        line_at(&edit.text, at),
        column_at(&edit.text, at),
        "unknown field `colour`",
    );
}

#[test]
fn unknown_irt_field_names_the_irt_mapping() {
    let edit = edit_item(DEV, "dev-001", "c: 0.33 }", "c: 0.33, d: 1.0 }");
    let at = edit.pos + "c: 0.33, ".len();
    check_schema(
        &edit.only_error(),
        DEV,
        &field(&edit.text, "dev-001", "irt.d"),
        edit.line(),
        column_at(&edit.text, at),
        "unknown field `d`",
    );
}

#[test]
fn unknown_manifest_field() {
    let edit = append(MANIFEST, "owner: nobody\n");
    check_schema(
        &edit.only_error(),
        MANIFEST,
        "owner",
        edit.line(),
        1,
        "unknown field `owner`",
    );
}

#[test]
fn wrong_type_names_the_field() {
    let edit = edit_item(DEV, "dev-001", "language_load: L0", "language_load: L9");
    let e = edit.only_error();
    assert!(matches!(e.kind, LoadErrorKind::Syntax(_)), "{e}");
    assert_eq!(
        (e.file.as_str(), e.field.as_str(), e.line),
        (DEV, field(&edit.text, "dev-001", "language_load").as_str(), edit.line())
    );
}

/// Makes every edit `(from, to)` inside item `id` of `file` (each `from` once in the item).
fn edit_item_all(file: &str, id: &str, edits: &[(&str, &str)]) -> Edit {
    let mut text = shipped_text(file);
    let mut first = usize::MAX;
    for (from, to) in edits {
        let block = item_block(&text, id);
        let at = block.start + find_unique(&text[block.clone()], from);
        text.replace_range(at..at + from.len(), to);
        first = first.min(at);
    }
    with_file(file, text, first)
}

/// An error found in `errors` at `field`, with its line.
#[track_caller]
fn error_at<'a>(errors: &'a [LoadError], field: &str) -> &'a LoadError {
    errors
        .iter()
        .find(|e| e.field == field)
        .unwrap_or_else(|| panic!("no error at {field}:\n{}", LoadErrors(errors.to_vec())))
}

#[test]
fn every_schema_error_of_an_item_is_reported_with_its_path_and_line() {
    let edit = edit_item_all(
        DEV,
        "dev-001",
        &[
            ("language_load: L0", "language_load: L9"),
            ("    key: a\n", "    key: a\n    colour: red\n"),
            (
                "image: icons/phone-cracked.svg }",
                "image: icons/phone-cracked.svg, size: 2 }",
            ),
        ],
    );
    let errors = edit.errors();
    assert_eq!(errors.len(), 3, "{}", LoadErrors(errors.clone()));
    for (rest, needle, message) in [
        ("language_load", "language_load: L9", "unknown variant `L9`"),
        ("colour", "colour: red", "unknown field `colour`"),
        ("options[1].size", "size: 2", "unknown field `size`"),
    ] {
        let at = find_unique(&edit.text, needle);
        let field = field(&edit.text, "dev-001", rest);
        let e = error_at(&errors, &field);
        check_schema(
            e,
            DEV,
            &field,
            line_at(&edit.text, at),
            column_at(&edit.text, at),
            message,
        );
    }
}

#[test]
fn schema_errors_missing_fields_and_rules_of_one_item_are_reported_together() {
    let edit = edit_item_all(
        DEV,
        "dev-002",
        &[
            ("    type: hotspot\n", "    type: hotspot\n    colour: red\n"),
            ("    key: port\n", ""),
            ("a: 1.3,", "a: -1.3,"),
        ],
    );
    let errors = edit.errors();
    assert_eq!(errors.len(), 3, "{}", LoadErrors(errors.clone()));
    let colour = field(&edit.text, "dev-002", "colour");
    assert!(matches!(error_at(&errors, &colour).kind, LoadErrorKind::Syntax(_)));
    let key = error_at(&errors, &field(&edit.text, "dev-002", "key"));
    assert_eq!(
        (key.line, &key.kind),
        (item_line(&edit.text, "dev-002"), &LoadErrorKind::MissingField)
    );
    let a = error_at(&errors, &field(&edit.text, "dev-002", "irt.a"));
    assert_eq!(a.kind, LoadErrorKind::NonPositiveDiscrimination(-1.3));
    assert_eq!(a.line, line_of(&edit.text, "a: -1.3,"));
}

#[test]
fn a_repaired_field_is_not_reported_twice() {
    // A wrong value is one error, not also a missing field; a missing option id is one error,
    // not also a bad message id or an unknown key.
    let edit = edit_item_all(
        DEV,
        "dev-001",
        &[
            ("language_load: L0", "language_load: [L0]"),
            ("- { id: c, text: item-dev-001-opt-c,", "- { text: item-dev-001-opt-c,"),
        ],
    );
    let errors = edit.errors();
    assert_eq!(errors.len(), 2, "{}", LoadErrors(errors.clone()));
    assert!(matches!(
        error_at(&errors, &field(&edit.text, "dev-001", "language_load")).kind,
        LoadErrorKind::Syntax(_)
    ));
    let id = error_at(&errors, &field(&edit.text, "dev-001", "options[2].id"));
    assert_eq!(
        (id.line, &id.kind),
        (
            line_of(&edit.text, "- { text: item-dev-001-opt-c,"),
            &LoadErrorKind::MissingField
        )
    );
}

#[test]
fn errors_of_one_item_past_the_cap_are_counted() {
    let extra: String = (0..15).map(|i| format!("    extra{i:02}: 1\n")).collect();
    let edit = edit_item(DEV, "dev-001", "    key: a\n", &format!("    key: a\n{extra}"));
    let errors = edit.errors();
    assert_eq!(
        errors.len(),
        schema_errors::MAX_SHOWN + 1,
        "{}",
        LoadErrors(errors.clone())
    );
    let last = errors.last().unwrap();
    check(
        last,
        DEV,
        &format!("items[{}]", item_index(&edit.text, "dev-001")),
        item_line(&edit.text, "dev-001"),
        LoadErrorKind::MoreErrors(15 - schema_errors::MAX_SHOWN),
    );
    assert!(errors[..schema_errors::MAX_SHOWN]
        .iter()
        .all(|e| matches!(e.kind, LoadErrorKind::Syntax(ref m) if m.starts_with("unknown field `extra"))));
}

#[test]
fn a_load_reports_at_most_its_cap_and_counts_the_rest() {
    let copy = item_text(DEV, "dev-001");
    let many: String = (0..LoadErrors::MAX_SHOWN + 50)
        .map(|i| {
            copy.replace("id: dev-001", &format!("id: dev-9{i:03}"))
                .replace("    key: a\n", "    key: a\n    colour: red\n")
        })
        .collect();
    let edit = append(DEV, &many);
    let errors = edit.errors();
    assert_eq!(errors.len(), LoadErrors::MAX_SHOWN + 1);
    let last = errors.last().unwrap();
    assert_eq!(last.kind, LoadErrorKind::MoreErrors(50));
    // Placed where the first error left out is: the copy after the last one shown.
    assert_eq!(last.file, DEV);
    assert_eq!(
        last.line,
        line_of(&edit.text, &format!("  - id: dev-9{:03}\n", LoadErrors::MAX_SHOWN))
            + copy.lines().position(|l| l.starts_with("    key:")).unwrap()
            + 1
    );
}

// ---------------------------------------------------------------------------------------------
// Message ids follow ids, not positions
// ---------------------------------------------------------------------------------------------

#[test]
fn option_and_region_message_ids_left_out_are_derived_from_the_ids() {
    let edit = edit_item_all(
        DEV,
        "dev-001",
        &[
            (", text: item-dev-001-opt-a, audio: item-dev-001-opt-a", ""),
            (", audio: item-dev-001-opt-b", ""),
        ],
    );
    let content = Content::load(&edit.sources, BANK).expect("derived ids load");
    assert_eq!(content.bank, defaults::content().unwrap().bank);
    let edit = edit_item(
        DEV,
        "dev-002",
        "text: item-dev-002-region-port, audio: item-dev-002-region-port",
        "text: \"\"",
    );
    let content = Content::load(&edit.sources, BANK).expect("derived region ids load");
    assert_eq!(content.bank, defaults::content().unwrap().bank);
}

#[test]
fn a_message_id_of_another_option_is_refused() {
    // Options swapped by position with their message ids left behind: b would say a's text.
    let edit = edit_item(
        DEV,
        "dev-001",
        "- { id: b, text: item-dev-001-opt-b,",
        "- { id: b, text: item-dev-001-opt-a,",
    );
    let e = edit.only_error();
    assert_eq!(
        (e.file.as_str(), e.field.as_str(), e.line),
        (
            DEV,
            field(&edit.text, "dev-001", "options[1].text").as_str(),
            edit.line()
        )
    );
    assert!(
        matches!(e.kind, LoadErrorKind::InvalidValue(ref m) if m.contains("message of `a`, not of `b`")),
        "{e}"
    );
    let edit = edit_item(
        DEV,
        "dev-002",
        "audio: item-dev-002-region-port",
        "audio: item-dev-002-region-camera",
    );
    let e = edit.only_error();
    assert_eq!(e.field, field(&edit.text, "dev-002", "regions[0].audio"));
}

// ---------------------------------------------------------------------------------------------
// Levels
// ---------------------------------------------------------------------------------------------

#[test]
fn cut_scores_not_increasing() {
    let levels = shipped_text(LEVELS_FILE);
    assert!(levels.contains("cut: -2.6\n"));
    // Equal to the level below.
    let edit = edit_after(LEVELS_FILE, "  - level: 2\n", "cut: -2.0", "cut: -2.6");
    check(
        &edit.only_error(),
        LEVELS_FILE,
        "levels[2].cut",
        edit.line(),
        LoadErrorKind::UnorderedCuts {
            level: 2,
            cut: -2.6,
            previous: -2.6,
        },
    );
    // Below the level below.
    let edit = edit_after(LEVELS_FILE, "  - level: 2\n", "cut: -2.0", "cut: -3.0");
    check(
        &edit.only_error(),
        LEVELS_FILE,
        "levels[2].cut",
        edit.line(),
        LoadErrorKind::UnorderedCuts {
            level: 2,
            cut: -3.0,
            previous: -2.6,
        },
    );
}

#[test]
fn level_numbers_with_a_gap() {
    let edit = edit_after(LEVELS_FILE, "  - level: 12\n", "level: 12", "level: 13");
    check(
        &edit.only_error(),
        LEVELS_FILE,
        "levels[12].level",
        edit.line(),
        LoadErrorKind::LevelSequence { expected: 12, got: 13 },
    );
}

// ---------------------------------------------------------------------------------------------
// The bank as a whole
// ---------------------------------------------------------------------------------------------

#[test]
fn manifest_lists_a_file_that_is_not_provided() {
    let edit = edit_after(MANIFEST, "files: [", "access.yaml]", "access.yaml, missing.yaml]");
    let manifest_files = edit.text[find_unique(&edit.text, "files: [")..]
        .matches(".yaml")
        .count();
    let e = edit.only_error();
    check(
        &e,
        MANIFEST,
        &format!("files[{}]", manifest_files - 1),
        edit.line(),
        LoadErrorKind::MissingFile("banks/default/missing.yaml".into()),
    );
    assert_eq!(e.column, column_at(&edit.text, find_unique(&edit.text, "missing.yaml")));
}

#[test]
fn competence_without_items() {
    let competence = "5.3";
    let marker = format!("    competence: \"{competence}\"\n");
    // Remove every item of the competence from every file that has one.
    let mut sources = defaults::sources();
    let mut removed = 0;
    for file in ITEM_FILES {
        let mut text = shipped_text(file);
        let ids: Vec<String> = text
            .split("\n  - id: ")
            .skip(1)
            .filter(|block| block.contains(&marker))
            .map(|block| block.lines().next().unwrap().to_string())
            .collect();
        for id in &ids {
            let block = item_block(&text, id);
            text.replace_range(block, "");
        }
        assert!(!text.contains(&marker));
        removed += ids.len();
        sources.insert(file, text);
    }
    assert!(removed > 0);
    let manifest = shipped_text(MANIFEST);
    check(
        &only(load_errors(&sources)),
        MANIFEST,
        "files",
        line_of(&manifest, "files: ["),
        LoadErrorKind::CompetenceWithoutItems(competence.into()),
    );
}

#[test]
fn missing_item_file_is_one_error() {
    let sources = shipped_without(DEV);
    let e = only(load_errors(&sources));
    let manifest = shipped_text(MANIFEST);
    check(
        &e,
        MANIFEST,
        "files[0]",
        line_of(&manifest, "files: ["),
        LoadErrorKind::MissingFile(DEV.into()),
    );
}

#[test]
fn missing_framework_is_reported() {
    let sources = shipped_without(FRAMEWORK_FILE);
    let e = only(load_errors(&sources));
    check(
        &e,
        FRAMEWORK_FILE,
        "",
        1,
        LoadErrorKind::MissingFile(FRAMEWORK_FILE.into()),
    );
}

// ---------------------------------------------------------------------------------------------
// Every error is reported
// ---------------------------------------------------------------------------------------------

#[test]
fn errors_in_several_files_are_all_reported() {
    let framework = edit_after(
        FRAMEWORK_FILE,
        "      - id: \"0.1\"\n",
        "source: dlgf,",
        "source: unesco,",
    );
    let levels = edit_after(LEVELS_FILE, "  - level: 2\n", "cut: -2.0", "cut: -3.0");
    let dev = edit_item(DEV, "dev-002", "a: 1.3,", "a: -1.3,");
    let inf_text = shipped_text(INF);
    let inf_block = item_block(&inf_text, "inf-001");
    let inf_key = &inf_text[inf_block.clone()]
        .lines()
        .find(|l| l.starts_with("    key: "))
        .expect("inf-001 has a key");
    let inf = edit_item(INF, "inf-001", &format!("{inf_key}\n"), "");

    let mut sources = defaults::sources();
    for (file, edit) in [
        (FRAMEWORK_FILE, &framework),
        (LEVELS_FILE, &levels),
        (DEV, &dev),
        (INF, &inf),
    ] {
        sources.insert(file, edit.text.clone());
    }
    let errors = load_errors(&sources);
    assert_eq!(errors.len(), 4, "{}", LoadErrors(errors.clone()));
    check(
        &errors[0],
        FRAMEWORK_FILE,
        "areas[0].competences[0].crosswalk[0].source",
        framework.line(),
        LoadErrorKind::UnknownSource("unesco".into()),
    );
    check(
        &errors[1],
        LEVELS_FILE,
        "levels[2].cut",
        levels.line(),
        LoadErrorKind::UnorderedCuts {
            level: 2,
            cut: -3.0,
            previous: -2.6,
        },
    );
    check(
        &errors[2],
        DEV,
        "items[1].irt.a",
        dev.line(),
        LoadErrorKind::NonPositiveDiscrimination(-1.3),
    );
    check(
        &errors[3],
        INF,
        "items[0].key",
        item_line(&inf.text, "inf-001"),
        LoadErrorKind::MissingField,
    );
}

#[test]
fn several_errors_in_one_file_are_all_reported() {
    let first = edit_item(DEV, "dev-001", "key: a", "key: z");
    let text = first.text.clone();
    let block = item_block(&text, "dev-002");
    let at = block.start + find_unique(&text[block], "key: port");
    let mut edited = text.clone();
    edited.replace_range(at..at + "key: port".len(), "key: usb");
    let edit = with_file(DEV, edited, at);
    let errors = edit.errors();
    assert_eq!(errors.len(), 2, "{}", LoadErrors(errors.clone()));
    check(
        &errors[0],
        DEV,
        "items[0].key",
        first.line(),
        LoadErrorKind::KeyNotAnOption("z".into()),
    );
    check(
        &errors[1],
        DEV,
        "items[1].key",
        edit.line(),
        LoadErrorKind::KeyNotAnOption("usb".into()),
    );
}

#[test]
fn syntax_error_in_one_file_does_not_hide_errors_in_others() {
    let levels = edit_after(LEVELS_FILE, "  - level: 12\n", "level: 12", "level: 13");
    let dev = edit_item(DEV, "dev-003", "    key: true\n", "    key: true: false\n");
    let mut sources = defaults::sources();
    sources.insert(LEVELS_FILE, levels.text.clone());
    sources.insert(DEV, dev.text.clone());
    let errors = load_errors(&sources);
    assert_eq!(errors.len(), 2, "{}", LoadErrors(errors.clone()));
    check(
        &errors[0],
        LEVELS_FILE,
        "levels[12].level",
        levels.line(),
        LoadErrorKind::LevelSequence { expected: 12, got: 13 },
    );
    assert!(matches!(errors[1].kind, LoadErrorKind::Syntax(_)), "{}", errors[1]);
    assert_eq!(
        (errors[1].file.as_str(), errors[1].field.as_str(), errors[1].line),
        (DEV, "", dev.line())
    );
}

// ---------------------------------------------------------------------------------------------
// Display
// ---------------------------------------------------------------------------------------------

#[test]
fn display_is_file_line_column_field_kind() {
    let edit = edit_item(DEV, "dev-001", "key: a", "key: z");
    let e = edit.only_error();
    let shown = e.to_string();
    let prefix = format!(
        "{}:{}:{}: {}:",
        DEV,
        edit.line(),
        e.column,
        field(&edit.text, "dev-001", "key")
    );
    assert!(shown.contains(&prefix), "`{shown}` lacks `{prefix}`");
    assert_eq!(shown, format!("{prefix} {}", LoadErrorKind::KeyNotAnOption("z".into())));
    let all = LoadErrors(vec![e.clone(), e]).to_string();
    assert_eq!(all, format!("{shown}\n{shown}\n"));
}

// ---------------------------------------------------------------------------------------------
// Random damage never panics
// ---------------------------------------------------------------------------------------------

/// One random change to a text.
#[derive(Debug, Clone)]
enum Mutation {
    /// Deletes the chars in `[start, start + len)` (positions taken modulo the length).
    Delete { start: usize, len: usize },
    /// Repeats the line holding char `at`.
    DuplicateLine { at: usize },
    /// Replaces the char at `at`.
    Replace { at: usize, with: char },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let special = prop::sample::select(vec![
        ':', '-', ' ', '\n', '\t', '[', ']', '{', '}', ',', '"', '\'', '#', '&', '*', '!', '|', '>', '%', '@', '`',
        '?', 'x', '0', '9', '.', 'é', '\u{0}',
    ]);
    prop_oneof![
        (any::<usize>(), 0usize..200).prop_map(|(start, len)| Mutation::Delete { start, len }),
        any::<usize>().prop_map(|at| Mutation::DuplicateLine { at }),
        (any::<usize>(), special).prop_map(|(at, with)| Mutation::Replace { at, with }),
    ]
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    let n = chars.len();
    match *m {
        Mutation::Delete { start, len } => {
            let start = start % n;
            let end = (start + len).min(n);
            chars.drain(start..end);
        }
        Mutation::DuplicateLine { at } => {
            let at = at % n;
            let start = chars[..at].iter().rposition(|&c| c == '\n').map_or(0, |i| i + 1);
            let end = chars[at..].iter().position(|&c| c == '\n').map_or(n, |i| at + i + 1);
            let mut line: Vec<char> = chars[start..end].to_vec();
            if line.last() != Some(&'\n') {
                line.push('\n');
            }
            chars.splice(end..end, line);
        }
        Mutation::Replace { at, with } => chars[at % n] = with,
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn damaged_item_file_never_panics(mutations in prop::collection::vec(mutation(), 1..4)) {
        let mut text = shipped_text(DEV);
        for m in &mutations {
            text = apply(&text, m);
        }
        let mut sources = defaults::sources();
        sources.insert(DEV, text.clone());
        if let Err(errors) = Content::load(&sources, BANK) {
            prop_assert!(!errors.is_empty());
            for e in errors.iter() {
                prop_assert!(e.line >= 1, "line 0 in {}", e);
                prop_assert!(e.column >= 1, "column 0 in {}", e);
                prop_assert!(e.line <= text.lines().count().max(1) + 1 || e.file != DEV, "line past the end: {}", e);
                prop_assert!(!e.to_string().is_empty());
            }
        }
    }

    #[test]
    fn damaged_framework_and_levels_never_panic(
        file in prop::sample::select(vec![FRAMEWORK_FILE, LEVELS_FILE, MANIFEST]),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let mut text = shipped_text(file);
        for m in &mutations {
            text = apply(&text, m);
        }
        let mut sources = defaults::sources();
        sources.insert(file, text);
        if let Err(errors) = Content::load(&sources, BANK) {
            prop_assert!(!errors.is_empty());
            for e in errors.iter() {
                prop_assert!(e.line >= 1 && e.column >= 1, "{}", e);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bank writer: load → write → load gives the same bank
// ---------------------------------------------------------------------------------------------

/// The shipped sources with bank `name` replaced by the files `write::bank_files` made.
fn with_written_bank(bank: &Bank, name: &str) -> SourceSet {
    let mut sources = defaults::sources();
    for (path, text) in write::bank_files(bank) {
        sources.insert(format!("banks/{name}/{path}"), text);
    }
    sources
}

#[test]
fn written_shipped_bank_loads_identical_with_the_same_file_layout() {
    let shipped = defaults::content().expect("shipped content loads");
    let files = write::bank_files(&shipped.bank);
    let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(names[0], "bank.yaml");
    // One file per run of an area; the shipped files that hold one area each keep their names.
    assert_eq!(names[1], ITEM_FILES[0].trim_start_matches("banks/default/"));
    let unique: std::collections::BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    let reloaded = Content::load(&with_written_bank(&shipped.bank, "copy"), "copy").expect("written bank loads");
    assert_eq!(reloaded.bank, shipped.bank);
    // Writing is deterministic: the reloaded bank writes the same bytes.
    assert_eq!(write::bank_files(&reloaded.bank), files);
}

#[test]
fn written_bank_keeps_calibration_provenance_and_interleaved_order() {
    let shipped = defaults::content().expect("shipped content loads");
    let mut items = shipped.bank.items().to_vec();
    // Interleave areas: the first DEV item moves to the end.
    let first = items.remove(0);
    items.push(first);
    let mut bank = Bank::new(
        "recalibrated".into(),
        "2.0.0-rc.1".into(),
        shipped.bank.title.clone(),
        Calibration::Calibrated,
        items,
    );
    bank.provenance.insert("method".into(), "MML-EM: 2PL, 3PL, GRM".into());
    bank.provenance
        .insert("sample".into(), "n = 1 200, «pilot» 2026\n2nd line".into());
    let files = write::bank_files(&bank);
    assert!(
        files.iter().any(|(p, _)| p == "dev-2.yaml"),
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert!(files[0].1.contains("calibration: calibrated"));
    let reloaded = Content::load(&with_written_bank(&bank, "re"), "re").expect("written bank loads");
    assert_eq!(reloaded.bank, bank);
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ -~]{0,12}",
        prop::sample::select(vec![
            "true", "null", "0.1", "1e3", "- x", "a: b", "#", "'", "\"", "~", ""
        ])
        .prop_map(String::from),
    ]
}

fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        -4.0f64..4.0,
        Just(0.0),
        Just(-0.0),
        Just(1e-300),
        Just(3.0000000000000004)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Random order, parameters and free text survive writing and loading bit for bit.
    #[test]
    fn written_random_bank_loads_identical(
        seed in any::<u64>(),
        shifts in prop::collection::vec(finite(), 8),
        version in arbitrary_text(),
        images in prop::collection::vec(arbitrary_text(), 4),
        provenance in prop::collection::btree_map(arbitrary_text(), arbitrary_text(), 0..4),
        calibrated in any::<bool>(),
    ) {
        let shipped = defaults::content().expect("shipped content loads");
        let mut items = shipped.bank.items().to_vec();
        // A seeded Fisher–Yates shuffle.
        let mut state = seed | 1;
        for i in (1..items.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            items.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for (k, item) in items.iter_mut().enumerate() {
            let d = shifts[k % shifts.len()];
            item.irt = match item.irt.take() {
                Some(nln_core::irt::IrtModel::TwoPl { a, b }) => Some(nln_core::irt::IrtModel::TwoPl { a: a * (1.0 + d.abs() / 8.0), b: b + d }),
                Some(nln_core::irt::IrtModel::ThreePl { a, b, c }) => Some(nln_core::irt::IrtModel::ThreePl { a, b: b - d, c: c * 0.5 }),
                Some(nln_core::irt::IrtModel::Graded { a, thresholds, floor }) => Some(nln_core::irt::IrtModel::Graded { a, thresholds: thresholds.iter().map(|t| t + d).collect(), floor }),
                other => other,
            };
            if let Some(o) = item.options.first_mut() {
                o.image = Some(images[k % images.len()].clone());
            }
        }
        let calibration = if calibrated { Calibration::Calibrated } else { Calibration::Provisional };
        let mut bank = Bank::new("b".into(), version, shipped.bank.title.clone(), calibration, items);
        bank.provenance = provenance;
        let sources = with_written_bank(&bank, "random");
        let reloaded = Content::load(&sources, "random");
        prop_assert!(reloaded.is_ok(), "{}", reloaded.unwrap_err());
        prop_assert_eq!(reloaded.unwrap().bank, bank);
    }
}

// ---------------------------------------------------------------------------------------------
// Validation of content built in memory; plausibility; resource limits
// ---------------------------------------------------------------------------------------------

#[test]
fn bank_built_in_memory_is_held_to_the_file_rules() {
    let shipped = defaults::content().expect("shipped content loads");
    let mut items = shipped.bank.items().to_vec();
    items[0].irt = Some(nln_core::irt::IrtModel::ThreePl {
        a: 1e300,
        b: 0.0,
        c: 0.2,
    });
    items[1].key = Key::Region("nowhere".into());
    items[2].id = items[3].id.clone();
    let bank = Bank::new(
        "m".into(),
        "1".into(),
        "bank-default-title".into(),
        Calibration::Calibrated,
        items,
    );
    let findings = Content::from_parts(
        shipped.framework.clone(),
        shipped.levels.clone(),
        bank,
        shipped.placement.clone(),
    )
    .unwrap_err();
    let at = |index: usize, field: &str| {
        findings
            .iter()
            .find(|f| matches!(f.place, validate::Place::Item { index: i, .. } if i == index) && f.field == field)
            .unwrap_or_else(|| panic!("no finding at #{index} {field}: {findings:#?}"))
            .kind
            .clone()
    };
    assert!(matches!(at(0, "irt.a"), LoadErrorKind::Implausible { value, .. } if value == 1e300));
    assert_eq!(at(1, "key"), LoadErrorKind::KeyNotAnOption("nowhere".into()));
    assert!(matches!(at(3, "id"), LoadErrorKind::DuplicateId { first_line: 2, .. }));
    assert_eq!(findings.len(), 3, "{findings:#?}");
    // The shipped parts pass as they are.
    assert!(Content::from_parts(shipped.framework, shipped.levels, shipped.bank, shipped.placement).is_ok());
}

#[test]
fn implausible_irt_parameters_are_refused_where_written() {
    for (id, from, to, field_path) in [
        ("dev-002", "a: 1.3,", "a: 1e300,", "irt.a"),
        ("dev-002", "b: -2.9,", "b: 40,", "irt.b"),
        ("dev-001", "c: 0.33 }", "c: 0.9 }", "irt.c"),
        (
            "dev-004",
            "thresholds: [-2.7, -2.1, -1.5]",
            "thresholds: [-2.7, -2.1, 15]",
            "irt.thresholds",
        ),
    ] {
        let edit = edit_item(DEV, id, from, to);
        let e = edit.only_error();
        assert!(matches!(e.kind, LoadErrorKind::Implausible { .. }), "{e}");
        assert_eq!(
            (e.file.as_str(), e.field.clone(), e.line),
            (DEV, field(&edit.text, id, field_path), edit.line())
        );
    }
}

#[test]
fn deeply_nested_flow_collections_are_refused_quickly() {
    // D10: 200 KB of nested brackets took 20 s of CPU with the former parser.
    let text = format!("items: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let mut sources = defaults::sources();
    sources.insert(DEV, text);
    let started = std::time::Instant::now();
    let errors = load_errors(&sources);
    assert!(started.elapsed().as_secs() < 2, "took {:?}", started.elapsed());
    let e = errors
        .iter()
        .find(|e| e.file == DEV)
        .expect("an error in the nested file");
    assert!(matches!(e.kind, LoadErrorKind::TooBig(_)), "{e}");
    assert_eq!(e.line, 1);
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let mut text = shipped_text(DEV);
    while text.len() <= nln_core::yaml::Limits::CONTENT.max_bytes {
        text.push_str("# padding padding padding padding padding padding padding padding padding\n");
    }
    let mut sources = defaults::sources();
    sources.insert(DEV, text);
    let e = only(load_errors(&sources).into_iter().filter(|e| e.file == DEV).collect());
    assert!(matches!(e.kind, LoadErrorKind::TooBig(_)), "{e}");
}

#[test]
fn duplicate_yaml_keys_are_refused() {
    let edit = edit_item(
        DEV,
        "dev-001",
        "    exposure_limit: 0.3\n",
        "    exposure_limit: 0.3\n    exposure_limit: 0.2\n",
    );
    let e = edit.errors().into_iter().next().expect("an error");
    assert!(
        matches!(e.kind, LoadErrorKind::Syntax(ref m) if m.contains("exposure_limit")),
        "{e}"
    );
    assert_eq!(e.line, edit.line() + 1);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any text, including YAML-looking fragments, is read or refused: never a panic, and a
    /// refusal has a position inside the text.
    #[test]
    fn yaml_reader_never_panics(
        parts in prop::collection::vec(
            prop_oneof![
                any::<String>(),
                prop::sample::select(vec![
                    "[", "]", "{", "}", ": ", "- ", "\n", "  ", "&a ", "*a", "!!str ", "? ", "|\n", ">-\n",
                    "\"", "'", "#", "---\n", "...\n", "%YAML 1.2\n", "\t", ",", "~", "1e999",
                ]).prop_map(String::from),
            ],
            0..40,
        ),
    ) {
        let text: String = parts.concat();
        match nln_core::yaml::parse(&text, nln_core::yaml::Limits::CONTENT) {
            Ok(_) => {}
            Err(e) => {
                prop_assert!(e.line >= 1 && e.column >= 1, "{e:?}");
                prop_assert!(e.line <= text.lines().count() + 1, "line past the end: {e:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Placement rules (guidance.yaml)
// ---------------------------------------------------------------------------------------------

#[test]
fn placement_rules_without_their_file_are_refused() {
    let e = only(load_errors(&shipped_without(GUIDANCE_FILE)));
    check(
        &e,
        GUIDANCE_FILE,
        "",
        1,
        LoadErrorKind::MissingFile(GUIDANCE_FILE.into()),
    );
}

#[test]
fn guidance_names_known_areas_levels_and_access_fields() {
    let e = edit_after(GUIDANCE_FILE, "id: online_services", "SAF", "SAFE");
    let kind = LoadErrorKind::UnknownArea("SAFE".into());
    check(&e.only_error(), GUIDANCE_FILE, "guidance[1].areas[3]", e.line(), kind);

    let e = edit_after(GUIDANCE_FILE, "id: independent", "\"6\"", "\"13\"");
    let kind = LoadErrorKind::UnknownLevel("13".into());
    check(&e.only_error(), GUIDANCE_FILE, "guidance[2].min_level", e.line(), kind);

    let e = edit_after(GUIDANCE_FILE, "id: online_services", "connection", "wifi");
    let kind = LoadErrorKind::UnknownAccessField("wifi".into());
    check(&e.only_error(), GUIDANCE_FILE, "guidance[1].access[1]", e.line(), kind);

    let e = edit_after(GUIDANCE_FILE, "id: phone_services", "[DEV, COM]", "[]");
    let error = e.only_error();
    assert_eq!((error.field.as_str(), error.line), ("guidance[0].areas", e.line()));
    assert!(matches!(error.kind, LoadErrorKind::InvalidValue(_)), "{error}");

    let e = edit_after(
        GUIDANCE_FILE,
        "id: phone_services",
        "guidance-phone-services",
        "guidance phone",
    );
    let kind = LoadErrorKind::BadMessageId("guidance phone".into());
    check(&e.only_error(), GUIDANCE_FILE, "guidance[0].message", e.line(), kind);
}

#[test]
fn a_repeated_guidance_code_points_at_the_first() {
    let text = shipped_text(GUIDANCE_FILE);
    let e = edit_after(GUIDANCE_FILE, "id: independent", "independent", "phone_services");
    let kind = LoadErrorKind::DuplicateId {
        id: "phone_services".into(),
        first_file: GUIDANCE_FILE.into(),
        first_line: line_of(&text, "id: phone_services"),
    };
    check(&e.only_error(), GUIDANCE_FILE, "guidance[2].id", e.line(), kind);
}

#[test]
fn placement_thresholds_outside_their_range_are_refused() {
    for (from, to, field) in [
        ("confidence: 0.9", "confidence: 1.5", "confidence"),
        ("confidence: 0.9", "confidence: 0", "confidence"),
        ("min_items: 10", "min_items: 0", "min_items"),
        ("irregular_gap: 2", "irregular_gap: 0", "irregular_gap"),
        ("area_spread: 0.5", "area_spread: -0.5", "area_spread"),
    ] {
        let e = edit_after(GUIDANCE_FILE, from, from, to);
        let error = e.only_error();
        assert_eq!(
            (error.file.as_str(), error.field.as_str(), error.line),
            (GUIDANCE_FILE, field, e.line()),
            "{to}: {error}"
        );
        assert!(matches!(error.kind, LoadErrorKind::InvalidValue(_)), "{to}: {error}");
    }
    // A misspelt threshold is refused, not silently replaced by a default: the unknown name
    // and the threshold it leaves missing are both reported.
    let e = edit_after(GUIDANCE_FILE, "few_items: 3", "few_items", "few_item");
    let errors = e.errors();
    assert_eq!(errors.len(), 2, "{}", LoadErrors(errors.clone()));
    let error = error_at(&errors, "few_item");
    assert_eq!((error.file.as_str(), error.line), (GUIDANCE_FILE, e.line()), "{error}");
    assert!(matches!(error.kind, LoadErrorKind::Syntax(_)), "{error}");
    assert_eq!(error_at(&errors, "few_items").kind, LoadErrorKind::MissingField);
    let text = shipped_text(GUIDANCE_FILE);
    let pos = find_unique(&text, "cap_above_core: 1\n");
    let mut edited = text.clone();
    edited.replace_range(pos..pos + "cap_above_core: 1\n".len(), "");
    let error = with_file(GUIDANCE_FILE, edited, pos).only_error();
    assert_eq!(
        (error.field.as_str(), &error.kind),
        ("cap_above_core", &LoadErrorKind::MissingField)
    );
}

#[test]
fn written_placement_rules_load_as_they_were() {
    let shipped = defaults::content().unwrap();
    let text = write::placement_file(&shipped.placement);
    let mut sources = defaults::sources();
    sources.insert(GUIDANCE_FILE, text.clone());
    let reloaded = Content::load(&sources, BANK).expect("written rules load");
    assert_eq!(reloaded.placement, shipped.placement);
    assert_eq!(write::placement_file(&reloaded.placement), text);
    assert_eq!(reloaded.digest(), shipped.digest());
    // In memory, the same rules hold.
    let mut bad = shipped.placement.clone();
    bad.guidance[0].areas.push("XYZ".into());
    let findings = Content::from_parts(
        shipped.framework.clone(),
        shipped.levels.clone(),
        shipped.bank.clone(),
        bad,
    )
    .unwrap_err();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0].place, validate::Place::Placement);
    assert_eq!(findings[0].field, "guidance[0].areas[2]");
}

// ---------------------------------------------------------------------------------------------
// Tap-through items
// ---------------------------------------------------------------------------------------------

#[test]
fn a_tap_through_key_must_name_a_region_of_each_screen() {
    let edit = edit_item(
        DEV_TAP,
        "dev-501",
        "key: [settings, wifi, library]",
        "key: [settings, library, wifi]",
    );
    let errors = edit.errors();
    assert_eq!(errors.len(), 2, "{}", LoadErrors(errors.clone()));
    for (e, bad) in errors.iter().zip(["library (screen 2)", "wifi (screen 3)"]) {
        check(
            e,
            DEV_TAP,
            &field(&edit.text, "dev-501", "key"),
            edit.line(),
            LoadErrorKind::KeyNotAnOption(bad.into()),
        );
    }
}

#[test]
fn a_tap_through_key_names_one_region_per_screen() {
    let edit = edit_item(
        DEV_TAP,
        "dev-501",
        "key: [settings, wifi, library]",
        "key: [settings, wifi]",
    );
    let e = only(edit.errors());
    assert_eq!(
        (e.field.as_str(), e.line),
        (field(&edit.text, "dev-501", "key").as_str(), edit.line())
    );
    assert!(
        matches!(&e.kind, LoadErrorKind::InvalidValue(m) if m.contains("2 regions for 3 screens")),
        "{e}"
    );
    // A single region id is not a path.
    let edit = edit_item(DEV_TAP, "dev-501", "key: [settings, wifi, library]", "key: settings");
    let e = only(edit.errors());
    assert!(
        matches!(&e.kind, LoadErrorKind::InvalidValue(m) if m.contains("one per screen")),
        "{e}"
    );
}

#[test]
fn a_tap_through_screen_region_without_its_coordinates_is_named() {
    let text = shipped_text(DEV_TAP);
    let block = item_block(&text, "dev-503");
    // The language screen is the third; its first region is the English row.
    let from = "{ id: english, shape: rect, x: 0, y: 100, w: 360, h: 64,";
    let at = block.start + find_unique(&text[block], from);
    let mut edited = text.clone();
    edited.replace_range(at..at + from.len(), "{ id: english, shape: rect, x: 0, y: 100, h: 64,");
    let edit = with_file(DEV_TAP, edited, at);
    let e = only(edit.errors());
    check(
        &e,
        DEV_TAP,
        &field(&edit.text, "dev-503", "steps[2].regions[0].w"),
        edit.line(),
        LoadErrorKind::MissingField,
    );
}

#[test]
fn a_tap_through_item_has_a_bounded_number_of_screens_and_a_dichotomous_model() {
    // One screen: a hotspot item, not a tap-through (and its key is one region too long).
    let text = shipped_text(DEV_TAP);
    let block = item_block(&text, "dev-501");
    let item = &text[block.clone()];
    let first_screen_end = item.find("      - image: screens/settings-list.svg").unwrap();
    let key_at = item.find("    key:").unwrap();
    let shortened = format!("{}{}", &item[..first_screen_end], &item[key_at..])
        .replace("key: [settings, wifi, library]", "key: [settings]");
    let mut edited = text.clone();
    edited.replace_range(block.clone(), &shortened);
    let edit = with_file(DEV_TAP, edited, block.start);
    let errors = edit.errors();
    let e = only(errors);
    assert_eq!(e.field, field(&edit.text, "dev-501", "steps"));
    assert!(
        matches!(&e.kind, LoadErrorKind::InvalidValue(m) if m.contains("2 to 5 screens, has 1")),
        "{e}"
    );

    let edit = edit_item(
        DEV_TAP,
        "dev-501",
        "irt: { model: 3pl, a: 1.3, b: -1.7, c: 0.007143 }",
        "irt: { model: grm, a: 1.3, thresholds: [-2, -1.7, -1] }",
    );
    let e = only(edit.errors());
    check(
        &e,
        DEV_TAP,
        &field(&edit.text, "dev-501", "irt.model"),
        edit.line(),
        LoadErrorKind::ModelDoesNotFitType {
            model: "grm".into(),
            item_type: "tap_through".into(),
        },
    );
}

#[test]
fn a_bank_with_tap_through_items_writes_and_reads_back_identically() {
    let content = defaults::content().unwrap();
    let files = nln_core::content::write::bank_files(&content.bank);
    let mut sources = defaults::sources();
    for (name, text) in &files {
        sources.insert(format!("banks/{BANK}/{name}"), text.clone());
    }
    let again = Content::load(&sources, BANK).expect("the written bank loads");
    assert_eq!(again.bank.items(), content.bank.items());
    let taps = again
        .bank
        .items()
        .iter()
        .filter(|i| i.item_type == ItemType::TapThrough)
        .count();
    assert!(taps >= 6, "{taps}");
}
