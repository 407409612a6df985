//! Contact sheets: every picture of one area on one SVG page, with the items that show it and
//! their hotspot regions outlined (the key in green), so a reviewer sees at a glance whether a
//! region sits on the control it names.

use super::picture::Picture;
use super::set::PictureSet;
use crate::content::{Bank, ItemType, Key, Shape};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Name of the sheet of the access questionnaire (its items belong to no measured area).
const ACCESS: &str = "access";
const COLUMNS: usize = 5;
const BOX_W: f64 = 240.0;
const BOX_H: f64 = 320.0;
const CELL_W: f64 = 300.0;
const LABEL_LINE: f64 = 18.0;
const MARGIN: f64 = 20.0;
const HEADER: f64 = 56.0;
/// Item ids per label line.
const IDS_PER_LINE: usize = 4;
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

/// One generated sheet: `name` is the lowercase area code (or `access`), `svg` the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactSheet {
    /// Lowercase area code, or `access`; the file is named after it.
    pub name: String,
    /// The SVG page.
    pub svg: String,
}

/// A picture on a sheet: the items that show it and the regions of its hotspot items.
#[derive(Default)]
struct Entry<'a> {
    items: Vec<&'a str>,
    regions: Vec<(Shape, bool)>,
}

/// One sheet per area that has pictures (in the bank's area order of first appearance, then the
/// access questionnaire). Pictures missing from the set are left out: `check` reports them.
pub fn contact_sheets(bank: &Bank, pictures: &PictureSet) -> Vec<ContactSheet> {
    let mut areas: Vec<String> = Vec::new();
    let mut by_area: BTreeMap<String, BTreeMap<&str, Entry>> = BTreeMap::new();
    for item in bank.items() {
        let area = if item.item_type == ItemType::SelfReport {
            ACCESS.to_string()
        } else {
            item.area.to_lowercase()
        };
        let refs = item
            .image
            .iter()
            .chain(item.options.iter().filter_map(|o| o.image.as_ref()))
            .chain(item.steps.iter().map(|s| &s.image));
        for path in refs.filter(|p| pictures.contains(p)) {
            if !areas.contains(&area) {
                areas.push(area.clone());
            }
            let entry = by_area
                .entry(area.clone())
                .or_default()
                .entry(path.as_str())
                .or_default();
            if !entry.items.contains(&item.id.as_str()) {
                entry.items.push(&item.id);
            }
            if item.image.as_deref() == Some(path.as_str()) {
                for region in &item.regions {
                    let is_key = matches!(&item.key, Key::Region(k) if *k == region.id);
                    entry.regions.push((region.shape, is_key));
                }
            }
            // A screen several tap-through items share shows each item's regions once.
            for (s, step) in item.steps.iter().enumerate().filter(|(_, st)| &st.image == path) {
                for region in &step.regions {
                    let is_key = matches!(&item.key, Key::Path(k) if k.get(s) == Some(&region.id));
                    if !entry.regions.contains(&(region.shape, is_key)) {
                        entry.regions.push((region.shape, is_key));
                    }
                }
            }
        }
    }
    // Measured areas first, the questionnaire last.
    areas.sort_by_key(|a| a == ACCESS);
    areas
        .into_iter()
        .map(|area| {
            let entries = &by_area[&area];
            ContactSheet {
                svg: sheet(bank, &area, entries, pictures),
                name: area,
            }
        })
        .collect()
}

/// Screens first (they carry the hotspots), then photos, then icons; by name within each.
fn order(path: &str) -> (u8, &str) {
    let rank = match path.split_once('/').map_or("", |(f, _)| f) {
        "screens" => 0,
        "photos" => 1,
        _ => 2,
    };
    (rank, path)
}

fn sheet(bank: &Bank, area: &str, entries: &BTreeMap<&str, Entry>, pictures: &PictureSet) -> String {
    let mut cells: Vec<Cell> = entries
        .iter()
        .map(|(path, entry)| Cell::new(path, entry, pictures.get(path).unwrap_or("")))
        .collect();
    cells.sort_by_key(|c| order(c.path));
    let rows: Vec<&[Cell]> = cells.chunks(COLUMNS).collect();
    // Each row as tall as its tallest picture and label, so rows of icons stay short.
    let row_heights: Vec<f64> = rows
        .iter()
        .map(|row| {
            let picture = row.iter().map(|c| c.height).fold(0.0, f64::max);
            let lines = row
                .iter()
                .map(|c| 1 + c.entry.items.len().div_ceil(IDS_PER_LINE))
                .max()
                .unwrap_or(1);
            picture + 12.0 + lines as f64 * LABEL_LINE + MARGIN
        })
        .collect();
    let width = 2.0 * MARGIN + COLUMNS as f64 * CELL_W;
    let height = HEADER + MARGIN + row_heights.iter().sum::<f64>();

    let mut out = String::new();
    let _ = writeln!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" font-family="{FONT}">"##
    );
    let _ = writeln!(
        out,
        "<title>{} {} ({})</title>",
        escape(&bank.id),
        area.to_uppercase(),
        cells.len()
    );
    let _ = writeln!(out, r##"<rect width="{width}" height="{height}" fill="#FFFFFF"/>"##);
    let _ = writeln!(
        out,
        r##"<text x="{MARGIN}" y="38" font-size="26" font-weight="bold" fill="#1F2933">{} · {} · {}</text>"##,
        area.to_uppercase(),
        escape(&bank.id),
        cells.len()
    );
    let mut y = HEADER + MARGIN;
    for (n, (row, row_height)) in rows.iter().zip(&row_heights).enumerate() {
        let picture_height = row.iter().map(|c| c.height).fold(0.0, f64::max);
        for (col, cell) in row.iter().enumerate() {
            let x = MARGIN + col as f64 * CELL_W;
            cell.write(&mut out, n * COLUMNS + col, x, y, picture_height);
        }
        y += row_height;
    }
    out.push_str("</svg>\n");
    out
}

/// A picture scaled for the sheet: icons at their real size, larger pictures fitted to the box.
struct Cell<'a> {
    path: &'a str,
    entry: &'a Entry<'a>,
    text: &'a str,
    canvas: (f64, f64),
    width: f64,
    height: f64,
}

impl<'a> Cell<'a> {
    fn new(path: &'a str, entry: &'a Entry<'a>, text: &'a str) -> Cell<'a> {
        let (picture, _) = Picture::parse(path, text);
        let (w, h) = picture
            .as_ref()
            .map_or((BOX_W, BOX_H), |p| (p.canvas.width, p.canvas.height));
        let scale = (BOX_W / w).min(BOX_H / h).min(1.0);
        Cell {
            path,
            entry,
            text,
            canvas: (w, h),
            width: w * scale,
            height: h * scale,
        }
    }

    fn write(&self, out: &mut String, index: usize, x: f64, y: f64, box_h: f64) {
        let (w, h) = self.canvas;
        let (sw, sh) = (self.width, self.height);
        let (px, py) = (x + (BOX_W - sw) / 2.0, y + (box_h - sh) / 2.0);
        let _ = writeln!(
            out,
            r##"<rect x="{x}" y="{y}" width="{BOX_W}" height="{box_h}" fill="#F5F7FA" stroke="#9AA5B1" stroke-width="1"/>"##
        );
        let _ = writeln!(
            out,
            r##"<svg x="{px}" y="{py}" width="{sw}" height="{sh}" viewBox="0 0 {w} {h}">"##
        );
        out.push_str(&inner_markup(self.text, &format!("p{index}-")));
        for (shape, is_key) in &self.entry.regions {
            let colour = if *is_key { "#1A7F37" } else { "#1E5BB8" };
            let style = format!(
                r##"fill="none" stroke="{colour}" stroke-width="3" stroke-dasharray="8 5" vector-effect="non-scaling-stroke""##
            );
            let _ = match *shape {
                Shape::Rect { x, y, w, h } => {
                    writeln!(out, r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" {style}/>"#)
                }
                Shape::Circle { cx, cy, r } => writeln!(out, r#"<circle cx="{cx}" cy="{cy}" r="{r}" {style}/>"#),
            };
        }
        out.push_str("</svg>\n");
        let mut line_y = y + box_h + 12.0 + LABEL_LINE - 4.0;
        let _ = writeln!(
            out,
            r##"<text x="{x}" y="{line_y}" font-size="14" font-weight="bold" fill="#1F2933">{}</text>"##,
            escape(self.path)
        );
        for ids in self.entry.items.chunks(IDS_PER_LINE) {
            line_y += LABEL_LINE;
            let _ = writeln!(
                out,
                r##"<text x="{x}" y="{line_y}" font-size="14" fill="#52606D">{}</text>"##,
                escape(&ids.join(", "))
            );
        }
    }
}

/// The picture's content without its root element, with ids made unique on the sheet.
fn inner_markup(text: &str, prefix: &str) -> String {
    let Some(start) = text.find("<svg").and_then(|s| text[s..].find('>').map(|e| s + e + 1)) else {
        return String::new();
    };
    let Some(end) = text.rfind("</svg>").filter(|&e| e >= start) else {
        return String::new();
    };
    let inner = &text[start..end];
    let mut out = inner
        .replace(" id=\"", &format!(" id=\"{prefix}"))
        .replace("url(#", &format!("url(#{prefix}"))
        .replace("href=\"#", &format!("href=\"#{prefix}"));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
