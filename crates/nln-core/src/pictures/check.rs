//! Holds a content folder's pictures to the conventions and to the banks that show them: every
//! referenced picture exists, every picture is used, and every hotspot region lies on its
//! picture, apart from the others, around the control it names.

use super::geometry;
use super::issue::{PictureIssue, PictureIssueKind};
use super::picture::Picture;
use super::set::PictureSet;
use crate::content::source_map::SourceMap;
use crate::content::{bank_manifest_path, Bank, Item, Region};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Where an item is written: its file and the field path of its entry (`items[3]`).
struct ItemSource {
    file: String,
    path: String,
    map: std::rc::Rc<SourceMap>,
}

impl ItemSource {
    fn line(&self, field: &str) -> usize {
        self.map.line(&format!("{}{field}", self.path))
    }
}

/// Every picture problem of the given banks (by folder name, loaded) and of the pictures,
/// sorted by file and line.
pub fn check(sources: &crate::content::SourceSet, banks: &[(&str, &Bank)], pictures: &PictureSet) -> Vec<PictureIssue> {
    let mut issues = Vec::new();
    let mut parsed = BTreeMap::new();
    for (path, text) in pictures.iter() {
        let (picture, problems) = Picture::parse(path, text);
        issues.extend(problems.into_iter().map(|(line, kind)| PictureIssue {
            file: PictureSet::file_name(path),
            line,
            kind,
        }));
        parsed.insert(path, picture);
    }

    let mut used = BTreeSet::new();
    for (name, bank) in banks {
        let located = item_sources(sources, name);
        for item in bank.items() {
            let Some(at) = located.get(&item.id) else { continue };
            let references = item
                .image
                .iter()
                .map(|p| (p, ".image".to_string()))
                .chain(
                    item.options
                        .iter()
                        .enumerate()
                        .filter_map(|(j, o)| o.image.as_ref().map(|p| (p, format!(".options[{j}].image")))),
                )
                .chain(
                    item.steps
                        .iter()
                        .enumerate()
                        .map(|(s, step)| (&step.image, format!(".steps[{s}].image"))),
                );
            for (picture, field) in references {
                used.insert(picture.as_str());
                if !pictures.contains(picture) {
                    issues.push(PictureIssue {
                        file: at.file.clone(),
                        line: at.line(&field),
                        kind: PictureIssueKind::Missing {
                            item: item.id.clone(),
                            picture: picture.clone(),
                        },
                    });
                }
            }
            let picture = item
                .image
                .as_deref()
                .and_then(|p| parsed.get(p))
                .and_then(Option::as_ref);
            if let Some(picture) = picture {
                check_regions(item, &item.regions, "", picture, at, &mut issues);
            }
            for (s, step) in item.steps.iter().enumerate() {
                if let Some(Some(picture)) = parsed.get(step.image.as_str()) {
                    check_regions(item, &step.regions, &format!(".steps[{s}]"), picture, at, &mut issues);
                }
            }
        }
    }

    for (path, _) in pictures.iter() {
        if !used.contains(path) {
            issues.push(PictureIssue {
                file: PictureSet::file_name(path),
                line: 1,
                kind: PictureIssueKind::Unused {
                    picture: path.to_string(),
                },
            });
        }
    }
    issues.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    issues
}

/// The regions of one picture (a hotspot item's, or one tap-through screen's at field path
/// `screen`, as `.steps[1]`): on the canvas, apart from each other, each around its control.
fn check_regions(
    item: &Item,
    regions: &[Region],
    screen: &str,
    picture: &Picture,
    at: &ItemSource,
    issues: &mut Vec<PictureIssue>,
) {
    let mut push = |k: usize, kind| {
        issues.push(PictureIssue {
            file: at.file.clone(),
            line: at.line(&format!("{screen}.regions[{k}]")),
            kind,
        })
    };
    let canvas = picture.canvas;
    for (k, region) in regions.iter().enumerate() {
        if !geometry::inside_canvas(&region.shape, canvas.width, canvas.height) {
            push(
                k,
                PictureIssueKind::RegionOutside {
                    item: item.id.clone(),
                    region: region.id.clone(),
                    canvas: canvas.to_string(),
                },
            );
        }
        for other in &regions[..k] {
            if geometry::overlap(&region.shape, &other.shape) {
                push(
                    k,
                    PictureIssueKind::RegionsOverlap {
                        item: item.id.clone(),
                        first: other.id.clone(),
                        second: region.id.clone(),
                    },
                );
            }
        }
        let names = || (item.id.clone(), region.id.clone(), picture.path.clone());
        match picture.outline(&region.id) {
            None => {
                let (item, region, picture) = names();
                push(k, PictureIssueKind::ControlMissing { item, region, picture });
            }
            Some(points)
                if points.is_empty() || points.iter().any(|&(x, y)| !geometry::contains(&region.shape, x, y)) =>
            {
                let (item, region, picture) = names();
                push(k, PictureIssueKind::ControlOutside { item, region, picture });
            }
            Some(_) => {}
        }
    }
}

/// Item id → where it is written, for every item file the bank's manifest lists. Files that do
/// not parse are skipped: the loader reports them.
fn item_sources(sources: &crate::content::SourceSet, bank: &str) -> HashMap<String, ItemSource> {
    use serde_json::Value;
    let mut out = HashMap::new();
    let parse = |text: &str| crate::yaml::parse(text, crate::yaml::Limits::CONTENT).ok();
    let manifest_path = bank_manifest_path(bank);
    let Some(manifest) = sources.get(&manifest_path).and_then(parse) else {
        return out;
    };
    let folder = manifest_path.rsplit_once('/').map_or("", |(f, _)| f);
    let files = manifest.value.get("files").and_then(Value::as_array);
    for file in files.into_iter().flatten().filter_map(Value::as_str) {
        let file = format!("{folder}/{file}");
        let Some(doc) = sources.get(&file).and_then(parse) else {
            continue;
        };
        let map = std::rc::Rc::new(doc.map);
        let items = doc.value.get("items").and_then(Value::as_array);
        for (i, item) in items.into_iter().flatten().enumerate() {
            if let Some(id) = item.get("id").and_then(Value::as_str) {
                out.entry(id.to_string()).or_insert_with(|| ItemSource {
                    file: file.clone(),
                    path: format!("items[{i}]"),
                    map: map.clone(),
                });
            }
        }
    }
    out
}
