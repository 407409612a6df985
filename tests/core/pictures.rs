//! The shipped pictures: every picture a bank item shows exists and follows the drawing
//! conventions, every hotspot region lies on its picture, apart from the other regions, around
//! the control it names; the checks catch each way of getting this wrong; and the committed
//! contact sheets are the ones the generator makes today.

use nln_core::content::{Content, Item, ItemType, Key, Shape, SourceSet};
use nln_core::defaults;
use nln_core::pictures::{self, Picture, PictureIssue, PictureIssueKind, PictureSet};
use std::collections::BTreeSet;
use std::path::Path;

fn shipped() -> (SourceSet, Content, PictureSet) {
    let sources = defaults::sources();
    let content = Content::load(&sources, defaults::DEFAULT_BANK).expect("the shipped content loads");
    (sources, content, defaults::pictures())
}

fn check(sources: &SourceSet, pictures: &PictureSet) -> Vec<PictureIssue> {
    let content = Content::load(sources, defaults::DEFAULT_BANK).expect("the changed content still loads");
    pictures::check(sources, &[(defaults::DEFAULT_BANK, &content.bank)], pictures)
}

fn references(item: &Item) -> Vec<&str> {
    item.image
        .iter()
        .chain(item.options.iter().filter_map(|o| o.image.as_ref()))
        .chain(item.steps.iter().map(|s| &s.image))
        .map(String::as_str)
        .collect()
}

#[test]
fn the_shipped_pictures_pass_every_check() {
    let (sources, _, pictures) = shipped();
    let issues = check(&sources, &pictures);
    let lines: Vec<String> = issues
        .iter()
        .map(|i| format!("{}:{}: {:?}", i.file, i.line, i.kind))
        .collect();
    assert!(lines.is_empty(), "picture problems:\n{}", lines.join("\n"));
}

#[test]
fn every_referenced_picture_exists_and_every_picture_is_referenced() {
    let (_, content, pictures) = shipped();
    let referenced: BTreeSet<&str> = content.bank.items().iter().flat_map(references).collect();
    let missing: Vec<&&str> = referenced.iter().filter(|p| !pictures.contains(p)).collect();
    assert!(missing.is_empty(), "missing pictures: {missing:?}");
    let present: BTreeSet<&str> = pictures.iter().map(|(p, _)| p).collect();
    assert_eq!(referenced, present);
    assert!(referenced.len() >= 118, "{}", referenced.len());
}

#[test]
fn every_key_region_covers_the_control_it_names() {
    let (_, content, pictures) = shipped();
    let mut hotspots = 0;
    for item in content.bank.items().iter().filter(|i| i.item_type == ItemType::Hotspot) {
        let path = item.image.as_deref().expect("a hotspot item has a picture");
        let (picture, problems) = Picture::parse(path, pictures.get(path).expect("the picture exists"));
        assert!(problems.is_empty(), "{path}: {problems:?}");
        let picture = picture.expect("the picture parses");
        let Key::Region(key) = &item.key else {
            panic!("{}: key is not a region", item.id)
        };
        let region = item.regions.iter().find(|r| &r.id == key).expect("the key is a region");
        let outline = picture.outline(key).unwrap_or_else(|| panic!("{path} draws no #{key}"));
        assert!(outline.len() >= 4, "{path} #{key} is hardly drawn");
        for (x, y) in outline {
            let inside = match region.shape {
                Shape::Rect { x: rx, y: ry, w, h } => {
                    x >= rx - 0.5 && x <= rx + w + 0.5 && y >= ry - 0.5 && y <= ry + h + 0.5
                }
                Shape::Circle { cx, cy, r } => (x - cx).hypot(y - cy) <= r + 0.5,
            };
            assert!(inside, "{}: ({x}, {y}) of #{key} lies outside the key region", item.id);
        }
        hotspots += 1;
    }
    assert!(hotspots >= 20, "{hotspots}");
}

/// Replaces the first occurrence of `from` in a bank file and returns the changed sources and
/// the line the change is on.
fn edit(sources: &SourceSet, file: &str, from: &str, to: &str) -> (SourceSet, usize) {
    let text = sources.get(file).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    let changed = text.replacen(from, to, 1);
    let line = changed.lines().position(|l| l.contains(to)).unwrap() + 1;
    let mut sources = sources.clone();
    sources.insert(file, changed);
    (sources, line)
}

#[test]
fn a_missing_picture_is_reported_at_the_item_that_shows_it() {
    let (sources, _, pictures) = shipped();
    let (sources, line) = edit(
        &sources,
        "banks/default/dev.yaml",
        "icons/phone-off.svg",
        "icons/phone-broken.svg",
    );
    let issues = check(&sources, &pictures);
    let missing = issues
        .iter()
        .find(|i| matches!(&i.kind, PictureIssueKind::Missing { picture, .. } if picture == "icons/phone-broken.svg"))
        .expect("the missing picture is reported");
    assert_eq!((missing.file.as_str(), missing.line), ("banks/default/dev.yaml", line));
    assert!(matches!(&missing.kind, PictureIssueKind::Missing { item, .. } if item == "dev-001"));
    // The picture no item shows any more is reported as unused, as a warning.
    let unused = issues
        .iter()
        .find(|i| matches!(&i.kind, PictureIssueKind::Unused { picture } if picture == "icons/phone-off.svg"))
        .expect("the unused picture is reported");
    assert_eq!(unused.file, "images/icons/phone-off.svg");
    assert_eq!(unused.severity(), pictures::Severity::Warning);
}

#[test]
fn regions_outside_overlapping_or_off_their_control_are_reported() {
    let (sources, _, pictures) = shipped();
    let file = "banks/default/com.yaml";
    let kinds = |sources: &SourceSet| -> Vec<(usize, PictureIssueKind)> {
        check(sources, &pictures)
            .into_iter()
            .map(|i| (i.line, i.kind))
            .collect()
    };

    // The answer button's region moved up the screen: it no longer covers the drawn button.
    let (moved, line) = edit(&sources, file, "cx: 270, cy: 540, r: 35", "cx: 270, cy: 300, r: 35");
    let found = kinds(&moved);
    assert!(
        found.contains(&(
            line,
            PictureIssueKind::ControlOutside {
                item: "com-001".into(),
                region: "answer".into(),
                picture: "screens/incoming-call.svg".into()
            }
        )),
        "{found:?}"
    );

    // Moved onto the decline button: the regions overlap, reported at the later of the two.
    let (overlapping, line) = edit(&sources, file, "cx: 270, cy: 540, r: 35", "cx: 120, cy: 540, r: 35");
    let decline_line = overlapping
        .get(file)
        .unwrap()
        .lines()
        .position(|l| l.contains("id: decline"))
        .unwrap()
        + 1;
    let found = kinds(&overlapping);
    let overlap = found
        .iter()
        .find(|(_, k)| matches!(k, PictureIssueKind::RegionsOverlap { item, .. } if item == "com-001"))
        .expect("the overlap is reported");
    let PictureIssueKind::RegionsOverlap { first, second, .. } = &overlap.1 else {
        unreachable!()
    };
    let pair = BTreeSet::from([first.as_str(), second.as_str()]);
    assert_eq!(pair, BTreeSet::from(["answer", "decline"]));
    assert_eq!(overlap.0, line.max(decline_line));

    // Moved off the phone screen.
    let (outside, line) = edit(&sources, file, "cx: 270, cy: 540, r: 35", "cx: 350, cy: 540, r: 35");
    assert!(kinds(&outside).contains(&(
        line,
        PictureIssueKind::RegionOutside {
            item: "com-001".into(),
            region: "answer".into(),
            canvas: "360 × 640".into()
        }
    )));

    // A region whose control the picture does not draw.
    let (renamed, line) = edit(
        &sources,
        file,
        "{ id: remind, shape: circle",
        "{ id: snooze, shape: circle",
    );
    assert!(kinds(&renamed).contains(&(
        line,
        PictureIssueKind::ControlMissing {
            item: "com-001".into(),
            region: "snooze".into(),
            picture: "screens/incoming-call.svg".into()
        }
    )));
}

#[test]
fn a_picture_breaking_the_conventions_is_reported_in_its_own_file() {
    let (sources, _, mut pictures) = shipped();
    let text = pictures
        .get("icons/camera.svg")
        .unwrap()
        .replacen("<title>Camera</title>", "", 1);
    pictures.insert("icons/camera.svg", text);
    let issues = check(&sources, &pictures);
    assert!(issues
        .iter()
        .any(|i| i.file == "images/icons/camera.svg" && i.kind == PictureIssueKind::NoTitle));
}

#[test]
fn contact_sheets_show_every_picture_with_its_items() {
    let (_, content, pictures) = shipped();
    let sheets = pictures::contact_sheets(&content.bank, &pictures);
    let names: BTreeSet<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        BTreeSet::from(["access", "com", "cre", "dev", "inf", "prb", "saf", "srv"])
    );
    assert_eq!(sheets.last().map(|s| s.name.as_str()), Some("access"));
    for item in content.bank.items() {
        let sheet_name = if item.item_type == ItemType::SelfReport {
            "access".to_string()
        } else {
            item.area.to_lowercase()
        };
        let refs = references(item);
        if refs.is_empty() {
            continue;
        }
        let sheet = sheets
            .iter()
            .find(|s| s.name == sheet_name)
            .expect("the item's area has a sheet");
        assert!(
            sheet.svg.contains(&item.id),
            "{} is not on the {sheet_name} sheet",
            item.id
        );
        for path in refs {
            assert!(
                sheet.svg.contains(&format!(">{path}<")),
                "{path} is not on the {sheet_name} sheet"
            );
        }
    }
    for sheet in &sheets {
        assert!(
            usvg::Tree::from_str(&sheet.svg, &usvg::Options::default()).is_ok(),
            "{} does not parse",
            sheet.name
        );
    }
}

/// The sheets in `assessments/contact-sheets/` are what the generator makes from today's bank and
/// pictures. After changing either, run
/// `cargo run --bin nln -- validate assessments --contact-sheets assessments/contact-sheets`.
#[test]
fn the_committed_contact_sheets_are_current() {
    let (_, content, pictures) = shipped();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assessments/contact-sheets");
    for sheet in pictures::contact_sheets(&content.bank, &pictures) {
        let path = dir.join(format!("{}.svg", sheet.name));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == sheet.svg,
            "{} is out of date: run `cargo run --bin nln -- validate assessments --contact-sheets assessments/contact-sheets`",
            path.display()
        );
    }
}

#[test]
fn every_picture_message_is_defined_in_every_locale() {
    let catalog = defaults::catalog();
    let ids = PictureIssueKind::MESSAGE_IDS.iter().copied().chain([
        "picture-error-line",
        "picture-warning-line",
        "picture-contact-sheets-written",
    ]);
    for id in ids {
        for locale in catalog.locales() {
            assert!(catalog.message_ids(locale).contains(id), "{locale} lacks {id}");
        }
    }
}

/// A screen reader can describe every stimulus picture in every shipped language (an option's
/// picture is described by the option's own message).
#[test]
fn every_stimulus_picture_has_a_description_in_every_locale() {
    let (_, content, _) = shipped();
    let catalog = defaults::catalog();
    let stimuli: BTreeSet<&str> = content.bank.items().iter().filter_map(|i| i.image.as_deref()).collect();
    assert!(stimuli.len() >= 44, "{}", stimuli.len());
    for path in stimuli {
        let id = pictures::alt_message_id(path);
        for locale in catalog.locales() {
            assert!(catalog.message_ids(locale).contains(&id), "{locale} lacks {id}");
        }
    }
    assert_eq!(
        pictures::alt_message_id("screens/sign-in.svg"),
        "picture-screens-sign-in-alt"
    );
}

/// Width, in CSS px, a picture is shown at on a 360-px phone: the page's column (`web/style.css`:
/// 1rem of padding each side at an 18-px root size) less the picture's 1-px border. A picture
/// narrower than that keeps its own width.
const PHONE_PICTURE_WIDTH: f64 = 360.0 - 2.0 * 18.0 - 2.0;
/// Smallest text a learner is asked to read in a screen, in CSS px.
const MIN_TEXT_PX: f64 = 12.0;
/// Smallest tap target, in CSS px, in both directions: WCAG 2.2 AA (2.5.8, target size).
const MIN_TARGET_PX: f64 = 24.0;

/// A length attribute (`14`, `14px`).
fn length(value: &str) -> Option<f64> {
    value.trim().trim_end_matches("px").trim().parse().ok()
}

/// The font size a text is drawn at in canvas units: its own or the nearest ancestor's
/// (attribute or style), else the SVG default of 16.
fn font_size(node: roxmltree::Node) -> f64 {
    node.ancestors()
        .filter(roxmltree::Node::is_element)
        .find_map(|n| {
            n.attribute("font-size").and_then(length).or_else(|| {
                let style = n.attribute("style")?;
                let (_, rest) = style.split_once("font-size:")?;
                length(rest.split(';').next()?)
            })
        })
        .unwrap_or(16.0)
}

/// Whether a text sits in a scaled group: an icon of the 96-px set drawn into a screen (a
/// glyph such as "A" for text size), a picture rather than words to read.
fn in_scaled_group(node: roxmltree::Node) -> bool {
    node.ancestors()
        .filter_map(|n| n.attribute("transform"))
        .any(|t| t.contains("scale(") || t.contains("matrix("))
}

/// Every problem that makes a screen hard to use on a 360-px phone: texts below
/// [`MIN_TEXT_PX`] and regions below [`MIN_TARGET_PX`] once the picture is scaled to its width
/// there. `regions` are (id, width, height) in canvas units.
fn phone_problems(path: &str, svg: &str, regions: &[(String, f64, f64)]) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the picture parses");
    let width = doc
        .root_element()
        .attribute("viewBox")
        .and_then(|v| v.split([' ', ',']).filter(|s| !s.is_empty()).nth(2))
        .and_then(length)
        .expect("a view box");
    let scale = PHONE_PICTURE_WIDTH.min(width) / width;
    let mut problems = Vec::new();
    for text in doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && !in_scaled_group(*n))
    {
        let px = font_size(text) * scale;
        if px < MIN_TEXT_PX {
            let words: String = text
                .descendants()
                .filter(roxmltree::Node::is_text)
                .filter_map(|n| n.text())
                .collect();
            problems.push(format!("{path}: text {words:?} is {px:.1} px on a phone"));
        }
    }
    for (id, w, h) in regions {
        let (w, h) = (w * scale, h * scale);
        if w.min(h) < MIN_TARGET_PX {
            problems.push(format!("{path}: region {id} is {w:.0} × {h:.0} px on a phone"));
        }
    }
    problems
}

fn sizes(regions: &[nln_core::content::Region]) -> Vec<(String, f64, f64)> {
    regions
        .iter()
        .map(|r| match r.shape {
            Shape::Rect { w, h, .. } => (r.id.clone(), w, h),
            Shape::Circle { r: radius, .. } => (r.id.clone(), 2.0 * radius, 2.0 * radius),
        })
        .collect()
}

/// Every mock screen an item shows (its picture, each screen of a tap-through task) can be read
/// and tapped on a 5-inch phone: no computer-sized screen shrunk to a third of its size.
#[test]
fn every_screen_an_item_shows_is_legible_on_a_phone() {
    let (_, content, pictures) = shipped();
    let mut problems = Vec::new();
    let mut screens = 0;
    for item in content.bank.items() {
        let shown = item
            .image
            .iter()
            .map(|p| (p, sizes(&item.regions)))
            .chain(item.steps.iter().map(|s| (&s.image, sizes(&s.regions))));
        for (path, regions) in shown.filter(|(p, _)| p.starts_with("screens/")) {
            let svg = pictures.get(path).expect("the picture exists");
            problems.extend(
                phone_problems(path, svg, &regions)
                    .into_iter()
                    .map(|p| format!("{}: {p}", item.id)),
            );
            screens += 1;
        }
    }
    assert!(screens >= 60, "{screens}");
    assert!(
        problems.is_empty(),
        "illegible on a 360-px phone:\n{}",
        problems.join("\n")
    );
}

/// The check itself: a computer-sized screen (1280 wide, 18-px text, a 48-px button) fails
/// on both counts; the same drawn at phone size passes.
#[test]
fn a_computer_sized_screen_is_caught() {
    let desktop = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1280 800" width="1280" height="800"><title>t</title><g font-size="18"><text x="1" y="20">Resume</text></g></svg>"#;
    let found = phone_problems("screens/x.svg", desktop, &[("resume".into(), 320.0, 48.0)]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("\"Resume\" is 4.5 px"), "{found:?}");
    let phone = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 640" width="360" height="640"><title>t</title><text x="1" y="20" style="font-size: 14px">Resume</text></svg>"#;
    assert!(phone_problems("screens/x.svg", phone, &[("resume".into(), 320.0, 48.0)]).is_empty());
    // Text of an icon scaled into a screen is a picture; unscaled small text is not.
    let small = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 640" width="360" height="640"><title>t</title><g transform="translate(4 4) scale(0.25)"><text font-size="34">A</text></g><text font-size="12">fine print</text></svg>"#;
    let found = phone_problems("screens/x.svg", small, &[]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("fine print"), "{found:?}");
}
