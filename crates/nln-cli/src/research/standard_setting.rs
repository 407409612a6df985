//! `nln standard-setting --bank BANK [--bookmarks FILE] [--out LEVELS]`: the bookmark method.
//! Without bookmarks it prints the ordered item booklet (every item step by its RP location) for
//! the panel; with the panellists' bookmarks it proposes a cut per level (median across
//! panellists, with the spread) and can write them to a levels file with provenance. The
//! method is `nln_core::calibrate::standard_setting`.

use super::data::read_error_line;
use crate::failure::Failure;
use crate::files::{content_from_args, write_atomic};
use clap::ArgMatches;
use nln_core::calibrate::standard_setting::{
    apply_cuts, bookmark_cuts, ordered_item_booklet, BookletPage, BookmarkError, ProposedCut,
};
use nln_core::i18n::Localizer;
use nln_core::irt::IrtModel;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Serialize)]
struct CutRow<'a> {
    level: u8,
    code: &'a str,
    current: Option<f64>,
    proposed: ProposedCut,
}

pub fn run(loc: &Localizer, m: &ArgMatches) -> Result<(), Failure> {
    let rp = *m.get_one::<f64>("rp").expect("has a default");
    if !(rp.is_finite() && rp > 0.0 && rp < 1.0) {
        return Err(Failure::usage(
            loc.format("standard-setting-error-rp", &[("value", rp.to_string().into())]),
        ));
    }
    let content = content_from_args(loc, m)?;
    let items: Vec<(String, IrtModel)> = content
        .bank
        .items()
        .iter()
        .filter_map(|i| i.irt.clone().map(|model| (i.id.clone(), model)))
        .collect();
    let booklet = ordered_item_booklet(&items, rp);
    let json = m.get_flag("json");
    let Some(path) = m.get_one::<PathBuf>("bookmarks") else {
        return print_booklet(loc, &content, &booklet, rp, json);
    };
    let bytes = std::fs::read(path).map_err(|e| {
        Failure::input(loc.format(
            "error-read",
            &[
                ("path", path.display().to_string().into()),
                ("reason", e.to_string().into()),
            ],
        ))
    })?;
    let marks = nln_interop::read_bookmarks(&bytes).map_err(|e| Failure::input(read_error_line(loc, path, &e)))?;
    let at = |line: u64, id: &str, args: &[(&str, nln_core::i18n::Arg)]| {
        Failure::input(format!("{}:{line}: {}", path.display(), loc.format(id, args)))
    };
    // Levels bookmarked, lowest first; every one must have a cut.
    let mut levels: Vec<u8> = Vec::new();
    for b in &marks {
        let Some(level) = content
            .levels
            .levels
            .iter()
            .find(|l| l.code == b.level && l.cut.is_some())
        else {
            return Err(at(
                b.line,
                "standard-setting-error-level",
                &[("level", b.level.clone().into())],
            ));
        };
        if b.page > booklet.len() {
            return Err(at(
                b.line,
                "standard-setting-error-page",
                &[("page", b.page.into()), ("pages", booklet.len().into())],
            ));
        }
        if !levels.contains(&level.level) {
            levels.push(level.level);
        }
    }
    levels.sort_unstable();
    let code = |level: u8| content.levels.get(level).code.clone();
    let mut panellists: Vec<&str> = Vec::new();
    for b in &marks {
        if !panellists.contains(&b.panellist.as_str()) {
            panellists.push(&b.panellist);
        }
    }
    if panellists.is_empty() {
        return Err(Failure::input(format!(
            "{}: {}",
            path.display(),
            loc.text("standard-setting-error-empty")
        )));
    }
    let mut table: Vec<Vec<usize>> = Vec::with_capacity(panellists.len());
    for p in &panellists {
        let mut row = Vec::with_capacity(levels.len());
        for &level in &levels {
            match marks.iter().find(|b| b.panellist == *p && b.level == code(level)) {
                Some(b) => row.push(b.page),
                None => {
                    return Err(Failure::input(format!(
                        "{}: {}",
                        path.display(),
                        loc.format(
                            "standard-setting-error-missing",
                            &[("panellist", p.to_string().into()), ("level", code(level).into())],
                        )
                    )))
                }
            }
        }
        table.push(row);
    }
    let cuts = bookmark_cuts(&booklet, &table).map_err(|e| {
        let message = match e {
            BookmarkError::Decreasing { panellist } => loc.format(
                "standard-setting-error-decreasing",
                &[("panellist", panellists[panellist - 1].to_string().into())],
            ),
            other => other.to_string(),
        };
        Failure::input(format!("{}: {message}", path.display()))
    })?;
    let rows: Vec<CutRow> = levels
        .iter()
        .zip(&cuts)
        .map(|(&level, &proposed)| {
            let l = content.levels.get(level);
            CutRow {
                level,
                code: &l.code,
                current: l.cut,
                proposed,
            }
        })
        .collect();
    if json {
        println!("{}", serde_json::to_string_pretty(&rows).expect("cuts serialize"));
    } else {
        println!(
            "{}",
            loc.format(
                "standard-setting-panel",
                &[
                    ("panellists", panellists.len().into()),
                    ("pages", booklet.len().into()),
                    ("rp", rp.into())
                ],
            )
        );
        println!("{}", loc.text("standard-setting-cuts-header"));
        for r in &rows {
            let current = r.current.map_or_else(|| "-".to_string(), |c| format!("{c:.2}"));
            let p = r.proposed;
            println!(
                "{}\t{current}\t{:.3}\t{:.3}\t{:.3}\t{:.3}–{:.3}",
                r.code, p.theta, p.mean, p.sd, p.min, p.max
            );
        }
    }
    if let Some(out) = m.get_one::<PathBuf>("out") {
        let new = apply_cuts(
            &content.levels,
            &rows.iter().map(|r| (r.level, r.proposed.theta)).collect::<Vec<_>>(),
        );
        let findings = nln_core::content::validate::levels(&new);
        if !findings.is_empty() {
            return Err(Failure::input(loc.text("standard-setting-error-order")));
        }
        let mut provenance: Vec<(String, String)> = vec![
            (
                "standard setting".into(),
                "bookmark method (Mitzel, Lewis, Patz & Green, 2001)".into(),
            ),
            ("response probability".into(), format!("{rp}")),
            (
                "booklet".into(),
                format!(
                    "bank {} {}, {} pages",
                    content.bank.id,
                    content.bank.version,
                    booklet.len()
                ),
            ),
            (
                "bookmarks".into(),
                format!(
                    "{}, {} panellists",
                    path.file_name()
                        .map_or_else(String::new, |f| f.to_string_lossy().into_owned()),
                    panellists.len()
                ),
            ),
        ];
        for r in &rows {
            let p = r.proposed;
            provenance.push((
                format!("level {}", r.code),
                format!(
                    "cut {:.4} (median; mean {:.4}, SD {:.4}, range {:.4} to {:.4}); was {}",
                    p.theta,
                    p.mean,
                    p.sd,
                    p.min,
                    p.max,
                    r.current.map_or_else(|| "-".to_string(), |c| c.to_string())
                ),
            ));
        }
        write_atomic(loc, out, &nln_core::content::write::levels_file(&new, &provenance))?;
        if !json {
            println!(
                "{}",
                loc.format(
                    "standard-setting-written",
                    &[("path", out.display().to_string().into()), ("cuts", rows.len().into())],
                )
            );
        }
    }
    Ok(())
}

fn print_booklet(
    loc: &Localizer,
    content: &nln_core::content::Content,
    booklet: &[BookletPage],
    rp: f64,
    json: bool,
) -> Result<(), Failure> {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(booklet).expect("a booklet serializes")
        );
        return Ok(());
    }
    println!(
        "{}",
        loc.format("standard-setting-booklet-header", &[("rp", rp.into())])
    );
    for (n, page) in booklet.iter().enumerate() {
        let level = content.levels.get(content.levels.level_of(page.location));
        println!(
            "{}\t{}\t{}\t{:.3}\t{}",
            n + 1,
            page.item,
            page.step,
            page.location,
            level.code
        );
    }
    Ok(())
}
