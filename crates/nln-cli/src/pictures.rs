//! Pictures for `nln validate`: reads `images/` of the content folder (or takes the built-in
//! pictures), turns the core's picture issues into localized lines, and writes contact sheets.

use crate::failure::Failure;
use crate::files::{read_tree, write_atomic};
use nln_core::content::{Bank, SourceSet};
use nln_core::i18n::{Arg, Localizer};
use nln_core::pictures::{self, PictureIssue, PictureSet, Severity, IMAGES_DIR};
use std::path::Path;

/// The pictures beside the content: `<root>/images/**.svg`, none when the folder has no
/// `images/`, the built-in ones for the built-in content.
pub fn read(loc: &Localizer, content_root: Option<&Path>) -> Result<PictureSet, Failure> {
    let Some(root) = content_root else {
        return Ok(nln_core::defaults::pictures());
    };
    let mut set = PictureSet::new();
    let dir = root.join(IMAGES_DIR);
    if dir.is_dir() {
        for (path, text) in read_tree(loc, &dir, &["svg"])? {
            set.insert(path, text);
        }
    }
    Ok(set)
}

/// Error lines and warning lines of every picture problem of the banks. `all_banks` says whether
/// every bank sharing the pictures was checked; if not, a picture is not called unused because
/// these banks do not show it.
pub fn check(
    loc: &Localizer,
    sources: &SourceSet,
    banks: &[(&str, &Bank)],
    set: &PictureSet,
    all_banks: bool,
) -> (Vec<String>, Vec<String>) {
    let (mut errors, mut warnings) = (Vec::new(), Vec::new());
    let issues = pictures::check(sources, banks, set);
    let issues = issues
        .iter()
        .filter(|i| all_banks || !matches!(i.kind, pictures::PictureIssueKind::Unused { .. }));
    for issue in issues {
        let line = issue_line(loc, issue);
        match issue.severity() {
            Severity::Error => errors.push(line),
            Severity::Warning => warnings.push(line),
        }
    }
    (errors, warnings)
}

fn issue_line(loc: &Localizer, issue: &PictureIssue) -> String {
    let message = loc.format(issue.kind.message_id(), &issue.kind.args());
    let id = match issue.severity() {
        Severity::Error => "picture-error-line",
        Severity::Warning => "picture-warning-line",
    };
    loc.format(
        id,
        &[
            ("file", issue.file.as_str().into()),
            ("line", issue.line.into()),
            ("message", Arg::from(message)),
        ],
    )
}

/// Writes one contact sheet per area of each bank into `dir` (`dev.svg`, or `<bank>-dev.svg`
/// when there are several banks) and says how many it wrote.
pub fn write_contact_sheets(
    loc: &Localizer,
    dir: &Path,
    banks: &[(&str, &Bank)],
    set: &PictureSet,
) -> Result<String, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::input(loc.format(
            "error-write",
            &[
                ("path", dir.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let mut count = 0usize;
    for (name, bank) in banks {
        for sheet in pictures::contact_sheets(bank, set) {
            let file = if banks.len() == 1 {
                format!("{}.svg", sheet.name)
            } else {
                format!("{name}-{}.svg", sheet.name)
            };
            write_atomic(loc, &dir.join(file), &sheet.svg)?;
            count += 1;
        }
    }
    Ok(loc.format(
        "picture-contact-sheets-written",
        &[("count", count.into()), ("path", dir.display().to_string().into())],
    ))
}
