//! One SVG picture, read against the drawing conventions: its canvas, its title, what it may not
//! contain, and the outline of each drawn control a hotspot region names.

use super::issue::PictureIssueKind;
use std::collections::BTreeSet;
use std::fmt;

/// Largest picture file, in bytes: pictures are sent to phones on slow, metered connections.
pub const MAX_BYTES: usize = 20 * 1024;

/// Folders of `images/` and the canvases their pictures use (width, height).
const CANVASES: [(&str, &[(f64, f64)]); 3] = [
    ("screens", &[(360.0, 640.0), (1280.0, 800.0)]),
    ("icons", &[(96.0, 96.0)]),
    ("photos", &[(320.0, 240.0)]),
];

/// Elements that load, run or animate something, or that hide the drawing behind effects.
const FORBIDDEN: [&str; 11] = [
    "script",
    "image",
    "foreignObject",
    "iframe",
    "audio",
    "video",
    "filter",
    "animate",
    "animateMotion",
    "animateTransform",
    "set",
];

/// The drawing area, in the units regions are written in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Canvas {
    /// Width of the view box.
    pub width: f64,
    /// Height of the view box.
    pub height: f64,
}

impl fmt::Display for Canvas {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} × {}", self.width, self.height)
    }
}

/// A picture that parsed: its canvas, title and drawing.
pub struct Picture {
    /// Path relative to `images/`.
    pub path: String,
    /// The drawing area regions are measured in.
    pub canvas: Canvas,
    /// Text of the `<title>` (empty when the picture has none).
    pub title: String,
    tree: usvg::Tree,
}

impl fmt::Debug for Picture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Picture")
            .field("path", &self.path)
            .field("canvas", &self.canvas)
            .field("title", &self.title)
            .finish_non_exhaustive()
    }
}

impl Picture {
    /// Reads a picture keyed `path` (`icons/phone.svg`). Returns the picture when it can be
    /// drawn at all, and every convention it breaks with the line it is on.
    pub fn parse(path: &str, text: &str) -> (Option<Picture>, Vec<(usize, PictureIssueKind)>) {
        let mut problems = Vec::new();
        if !is_picture_path(path) {
            problems.push((1, PictureIssueKind::BadName));
        }
        if text.len() > MAX_BYTES {
            problems.push((
                1,
                PictureIssueKind::TooLarge {
                    bytes: text.len(),
                    limit: MAX_BYTES,
                },
            ));
        }
        let doc = match roxmltree::Document::parse(text) {
            Ok(doc) => doc,
            Err(e) => {
                let line = e.pos().row as usize;
                problems.push((line.max(1), PictureIssueKind::Unreadable { reason: e.to_string() }));
                return (None, problems);
            }
        };
        let root = doc.root_element();
        if root.tag_name().name() != "svg" {
            problems.push((
                1,
                PictureIssueKind::Unreadable {
                    reason: format!("the root element is <{}>, not <svg>", root.tag_name().name()),
                },
            ));
            return (None, problems);
        }
        let line_of = |node: roxmltree::Node| doc.text_pos_at(node.range().start).row as usize;

        let canvas = view_box(root);
        match canvas {
            Some(c) if declared_size(root) == Some((c.width, c.height)) && allowed(path, c) => {}
            found => problems.push((
                line_of(root),
                PictureIssueKind::BadCanvas {
                    found: found.map_or_else(|| "?".to_string(), |c| c.to_string()),
                    expected: expected_canvases(path),
                },
            )),
        }

        let title = root
            .first_element_child()
            .filter(|n| n.tag_name().name() == "title")
            .map(|n| n.text().unwrap_or("").trim().to_string())
            .unwrap_or_default();
        if title.is_empty() {
            problems.push((line_of(root), PictureIssueKind::NoTitle));
        }

        let mut ids = BTreeSet::new();
        for node in root.descendants().filter(roxmltree::Node::is_element) {
            let name = node.tag_name().name();
            if FORBIDDEN.contains(&name) {
                problems.push((
                    line_of(node),
                    PictureIssueKind::Forbidden {
                        what: format!("<{name}>"),
                    },
                ));
            }
            for attr in node.attributes() {
                let value = attr.value();
                let external_link = attr.name() == "href" && !value.starts_with('#');
                let external_url = value.contains("url(") && !value.replace(' ', "").contains("url(#");
                if external_link || external_url {
                    problems.push((
                        line_of(node),
                        PictureIssueKind::Forbidden {
                            what: format!("{}=\"{value}\"", attr.name()),
                        },
                    ));
                }
                if attr.name() == "id" && !ids.insert(value) {
                    problems.push((line_of(node), PictureIssueKind::DuplicateId { id: value.to_string() }));
                }
            }
        }

        let options = usvg::Options::default();
        let tree = match usvg::Tree::from_str(text, &options) {
            Ok(tree) => tree,
            Err(e) => {
                problems.push((1, PictureIssueKind::Unreadable { reason: e.to_string() }));
                return (None, problems);
            }
        };
        let canvas = canvas.unwrap_or(Canvas {
            width: f64::from(tree.size().width()),
            height: f64::from(tree.size().height()),
        });
        let picture = Picture {
            path: path.to_string(),
            canvas,
            title,
            tree,
        };
        (Some(picture), problems)
    }

    /// Points along every shape drawn inside the element with this id (strokes excluded), in
    /// canvas units; `None` when no element has the id. Curves are sampled, so a round button
    /// is checked by its circle, not by its bounding box.
    pub fn outline(&self, id: &str) -> Option<Vec<(f64, f64)>> {
        let node = self.tree.node_by_id(id)?;
        let mut points = Vec::new();
        collect_points(node, &mut points);
        Some(points)
    }
}

fn collect_points(node: &usvg::Node, out: &mut Vec<(f64, f64)>) {
    match node {
        usvg::Node::Group(group) => {
            for child in group.children() {
                collect_points(child, out);
            }
        }
        usvg::Node::Path(path) => {
            use usvg::tiny_skia_path::{PathSegment, Point};
            let transform = path.abs_transform();
            let mut push = |mut p: Point| {
                transform.map_point(&mut p);
                out.push((f64::from(p.x), f64::from(p.y)));
            };
            let mut last = Point::zero();
            for segment in path.data().segments() {
                match segment {
                    PathSegment::MoveTo(p) | PathSegment::LineTo(p) => {
                        push(p);
                        last = p;
                    }
                    PathSegment::QuadTo(c, p) => {
                        for t in SAMPLES {
                            let u = 1.0 - t;
                            push(Point::from_xy(
                                u * u * last.x + 2.0 * u * t * c.x + t * t * p.x,
                                u * u * last.y + 2.0 * u * t * c.y + t * t * p.y,
                            ));
                        }
                        last = p;
                    }
                    PathSegment::CubicTo(c1, c2, p) => {
                        for t in SAMPLES {
                            let u = 1.0 - t;
                            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
                            push(Point::from_xy(
                                a * last.x + b * c1.x + c * c2.x + d * p.x,
                                a * last.y + b * c1.y + c * c2.y + d * p.y,
                            ));
                        }
                        last = p;
                    }
                    PathSegment::Close => {}
                }
            }
        }
        // Text needs fonts, which the library does not load; images are not allowed.
        usvg::Node::Image(_) | usvg::Node::Text(_) => {}
    }
}

/// Parameters along a curve segment at which it is sampled.
const SAMPLES: [f32; 8] = [0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0];

/// `screens/`, `icons/` or `photos/`, then lowercase words joined by hyphens, then `.svg`.
pub fn is_picture_path(path: &str) -> bool {
    let Some((folder, file)) = path.split_once('/') else {
        return false;
    };
    let Some(stem) = file.strip_suffix(".svg") else {
        return false;
    };
    CANVASES.iter().any(|(f, _)| *f == folder)
        && !stem.is_empty()
        && stem
            .split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn view_box(root: roxmltree::Node) -> Option<Canvas> {
    let numbers: Vec<f64> = root
        .attribute("viewBox")?
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers[..] {
        [x, y, width, height] if x == 0.0 && y == 0.0 && width > 0.0 && height > 0.0 => Some(Canvas { width, height }),
        _ => None,
    }
}

fn declared_size(root: roxmltree::Node) -> Option<(f64, f64)> {
    let number = |name| root.attribute(name)?.parse::<f64>().ok();
    Some((number("width")?, number("height")?))
}

fn canvases_of(path: &str) -> &'static [(f64, f64)] {
    let folder = path.split_once('/').map_or("", |(f, _)| f);
    CANVASES.iter().find(|(f, _)| *f == folder).map_or(&[], |(_, c)| c)
}

fn allowed(path: &str, canvas: Canvas) -> bool {
    canvases_of(path).contains(&(canvas.width, canvas.height))
}

fn expected_canvases(path: &str) -> String {
    let list = canvases_of(path);
    let list = if list.is_empty() {
        CANVASES.iter().flat_map(|(_, c)| c.iter()).copied().collect::<Vec<_>>()
    } else {
        list.to_vec()
    };
    list.iter()
        .map(|&(width, height)| format!("viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\""))
        .collect::<Vec<_>>()
        .join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(body: &str) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96"><title>A test</title>{body}</svg>"#
        )
    }

    fn kinds(path: &str, text: &str) -> Vec<PictureIssueKind> {
        Picture::parse(path, text).1.into_iter().map(|(_, k)| k).collect()
    }

    #[test]
    fn a_picture_following_the_conventions_has_no_problems() {
        let (picture, problems) = Picture::parse(
            "icons/dot.svg",
            &svg(r##"<circle id="dot" cx="48" cy="48" r="10" fill="#1F2933"/>"##),
        );
        assert!(problems.is_empty(), "{problems:?}");
        let picture = picture.unwrap();
        assert_eq!(picture.title, "A test");
        assert_eq!(
            picture.canvas,
            Canvas {
                width: 96.0,
                height: 96.0
            }
        );
        let outline = picture.outline("dot").unwrap();
        assert!(
            outline
                .iter()
                .all(|&(x, y)| ((x - 48.0).hypot(y - 48.0) - 10.0).abs() < 0.1),
            "{outline:?}"
        );
        assert!(picture.outline("nothing").is_none());
    }

    #[test]
    fn outlines_follow_transforms_of_groups() {
        let text = svg(r#"<g id="moved" transform="translate(10 20)"><rect x="0" y="0" width="5" height="5"/></g>"#);
        let picture = Picture::parse("icons/moved.svg", &text).0.unwrap();
        let outline = picture.outline("moved").unwrap();
        assert!(
            outline.contains(&(10.0, 20.0)) && outline.contains(&(15.0, 25.0)),
            "{outline:?}"
        );
    }

    #[test]
    fn names_follow_the_folder_and_kebab_case_rule() {
        assert!(is_picture_path("icons/phone-charging.svg"));
        assert!(is_picture_path("screens/sign-in-2.svg"));
        for bad in [
            "icons/Phone.svg",
            "icons/phone.png",
            "phone.svg",
            "art/phone.svg",
            "icons/-x.svg",
            "icons/a--b.svg",
            "icons/.svg",
        ] {
            assert!(!is_picture_path(bad), "{bad}");
        }
        assert!(kinds("icons/Bad_Name.svg", &svg("")).contains(&PictureIssueKind::BadName));
    }

    #[test]
    fn reports_a_canvas_that_is_not_the_folder_s() {
        let text = svg("").replace("0 0 96 96", "0 0 100 100");
        assert!(matches!(
            kinds("icons/x.svg", &text)[..],
            [PictureIssueKind::BadCanvas { .. }]
        ));
        // A phone screen canvas is wrong for an icon.
        let text = svg("")
            .replace("0 0 96 96", "0 0 360 640")
            .replace("width=\"96\" height=\"96\"", "width=\"360\" height=\"640\"");
        assert!(matches!(
            kinds("icons/x.svg", &text)[..],
            [PictureIssueKind::BadCanvas { .. }]
        ));
        assert!(kinds("screens/x.svg", &text).is_empty());
        // width/height must match the viewBox, or regions would be scaled away from the drawing.
        let text = svg("").replace("width=\"96\"", "width=\"48\"");
        assert!(matches!(
            kinds("icons/x.svg", &text)[..],
            [PictureIssueKind::BadCanvas { .. }]
        ));
    }

    #[test]
    fn reports_a_missing_title_scripts_links_and_duplicate_ids_with_lines() {
        let text = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 96\" width=\"96\" height=\"96\">\n<rect id=\"a\" width=\"1\" height=\"1\"/>\n<script>alert(1)</script>\n<use href=\"https://example.com/x.svg#y\"/>\n<rect id=\"a\" width=\"1\" height=\"1\" fill=\"url(https://example.com/p)\"/>\n</svg>";
        let (_, problems) = Picture::parse("icons/x.svg", text);
        let lines: Vec<(usize, &str)> = problems.iter().map(|(line, kind)| (*line, kind.message_id())).collect();
        assert_eq!(
            lines,
            [
                (1, "picture-no-title"),
                (3, "picture-forbidden"),
                (4, "picture-forbidden"),
                (5, "picture-duplicate-id"),
                (5, "picture-forbidden"),
            ]
        );
    }

    #[test]
    fn broken_or_oversized_files_are_reported_not_panicked_on() {
        let (picture, problems) = Picture::parse("icons/x.svg", "<svg><rect></svg>");
        assert!(picture.is_none());
        assert!(matches!(problems[..], [(1, PictureIssueKind::Unreadable { .. })]));
        let (picture, problems) = Picture::parse("icons/x.svg", "<html/>");
        assert!(picture.is_none());
        assert!(matches!(problems[..], [(_, PictureIssueKind::Unreadable { .. })]));
        let (picture, problems) = Picture::parse("icons/x.svg", "\u{0}\u{1}not xml at all");
        assert!(picture.is_none() && !problems.is_empty());
        let big = svg(&"<rect width=\"1\" height=\"1\"/>".repeat(1000));
        assert!(kinds("icons/x.svg", &big)
            .iter()
            .any(|k| matches!(k, PictureIssueKind::TooLarge { .. })));
    }
}
