//! The bank file format as serde records: the one schema that is both read (`content::load`)
//! and written ([`super::write`]).
//!
//! Every item field is optional here so that one missing field is reported precisely (with the
//! others still checked) rather than as the first serde error; the loader turns a record into a
//! typed [`Item`] and says what is missing. The typed [`Item`] itself has no serde derive: it is
//! the engine's view, not a file format.

use super::bank::{Bank, Calibration};
use super::item::{
    option_message_id, region_message_id, Choice, Item, ItemType, Key, LanguageLoad, Message, Region, Shape, Step,
};
use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `bank.yaml`: what the bank is and which item files it consists of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestRecord {
    /// Bank id; the folder name under `banks/`.
    pub id: String,
    /// Content version, bumped whenever an item or parameter changes.
    pub version: String,
    /// Fluent id of the title.
    pub title: String,
    /// `expert` or `calibrated`.
    pub calibration: Calibration,
    /// Where the parameters come from (method, sample, software, date …); free key/value pairs.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub provenance: BTreeMap<String, String>,
    /// Item files, relative to the bank folder, in load order.
    pub files: Vec<String>,
}

/// An item file: `items:` and a list of items.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemFileRecord<T> {
    /// The items of the file, in order.
    pub items: Vec<T>,
}

/// One item as written in a bank file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Stable item id.
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Competence id from the framework.
    pub competence: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    /// Item type (`choice`, `true_false`, …).
    pub item_type: Option<ItemType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Reading load, `L0`–`L3`.
    pub language_load: Option<LanguageLoad>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Prompt text id and audio clip key.
    pub prompt: Option<Message>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Picture shown with the prompt.
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Access-profile field a self-report item fills.
    pub profile_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Options (choice, ordering, self-report).
    pub options: Option<Vec<Choice>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Regions (hotspot).
    pub regions: Option<Vec<RegionRecord>>,
    /// The screens of a tap-through item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<StepRecord>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Score categories (task), 0 first.
    pub categories: Option<Vec<Message>>,
    /// An option id, `true`/`false`, a list of option ids, a region id or a list of region ids
    /// (one per tap-through screen), by item type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Model and parameters; absent for self-report items.
    pub irt: Option<IrtRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Largest share of sessions that may see the item.
    pub exposure_limit: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Sympson–Hetter parameter: probability the item is given once chosen.
    pub exposure_acceptance: Option<f64>,
}

/// A hotspot region: id, shape with its coordinates, and its message, on one line.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionRecord {
    /// Stable region id.
    pub id: String,
    /// `rect` or `circle`.
    pub shape: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Rectangle left edge.
    pub x: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Rectangle top edge.
    pub y: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Rectangle width.
    pub w: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Rectangle height.
    pub h: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Circle centre, x.
    pub cx: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Circle centre, y.
    pub cy: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Circle radius.
    pub r: Option<f64>,
    /// Fluent id of the region's description (keyboard and audio alternative); empty or
    /// absent: derived from the item and region ids ([`super::item::region_message_id`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Audio clip key of the description; empty or absent: the text id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub audio: String,
}

/// One screen of a tap-through item: its picture and its regions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecord {
    /// Picture path under the picture root.
    pub image: String,
    /// The places that can be tapped, in the picture's pixels.
    pub regions: Vec<RegionRecord>,
}

impl StepRecord {
    /// The record of a screen of item `item`.
    pub fn of(item: &str, step: &Step) -> StepRecord {
        StepRecord {
            image: step.image.clone(),
            regions: step.regions.iter().map(|r| RegionRecord::of(item, r)).collect(),
        }
    }
}

/// IRT model and parameters (`{ model: 3pl, a: 1.2, b: -0.5, c: 0.2 }`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IrtRecord {
    /// `1pl`, `2pl`, `3pl` or `grm`.
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Discrimination.
    pub a: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Difficulty (dichotomous models).
    pub b: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Guessing floor (3PL).
    pub c: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Category thresholds, increasing (GRM).
    pub thresholds: Option<Vec<f64>>,
    /// Guessing floor of a graded item: the chance of each score 1..m for a learner who would
    /// otherwise score 0 (GRM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<Vec<f64>>,
}

impl ManifestRecord {
    /// The manifest of `bank` listing `files`.
    pub fn of(bank: &Bank, files: Vec<String>) -> ManifestRecord {
        ManifestRecord {
            id: bank.id.clone(),
            version: bank.version.clone(),
            title: bank.title.clone(),
            calibration: bank.calibration,
            provenance: bank.provenance.clone(),
            files,
        }
    }
}

impl From<&IrtModel> for IrtRecord {
    fn from(model: &IrtModel) -> IrtRecord {
        let name = model.name().to_string();
        match model {
            IrtModel::OnePl { b } => IrtRecord {
                model: name,
                b: Some(*b),
                ..IrtRecord::default()
            },
            IrtModel::TwoPl { a, b } => IrtRecord {
                model: name,
                a: Some(*a),
                b: Some(*b),
                ..IrtRecord::default()
            },
            IrtModel::ThreePl { a, b, c } => IrtRecord {
                model: name,
                a: Some(*a),
                b: Some(*b),
                c: Some(*c),
                ..IrtRecord::default()
            },
            IrtModel::Graded { a, thresholds, floor } => IrtRecord {
                model: name,
                a: Some(*a),
                thresholds: Some(thresholds.clone()),
                floor: (!floor.is_empty()).then(|| floor.clone()),
                ..IrtRecord::default()
            },
        }
    }
}

/// A message as written: the text id left out when it is `derived`, the clip when it is the
/// text id (the loader fills both back in).
fn written_message(message: &Message, derived: &str) -> (String, String) {
    let text = if message.text == derived {
        String::new()
    } else {
        message.text.clone()
    };
    let audio = if message.audio == message.text {
        String::new()
    } else {
        message.audio.clone()
    };
    (text, audio)
}

impl RegionRecord {
    /// The record of a region of item `item`.
    pub fn of(item: &str, region: &Region) -> RegionRecord {
        let (text, audio) = written_message(&region.message, &region_message_id(item, &region.id));
        RegionRecord {
            text,
            audio,
            ..RegionRecord::from(region)
        }
    }
}

impl From<&Region> for RegionRecord {
    fn from(region: &Region) -> RegionRecord {
        let base = RegionRecord {
            id: region.id.clone(),
            text: region.message.text.clone(),
            audio: region.message.audio.clone(),
            ..RegionRecord::default()
        };
        match region.shape {
            Shape::Rect { x, y, w, h } => RegionRecord {
                shape: "rect".into(),
                x: Some(x),
                y: Some(y),
                w: Some(w),
                h: Some(h),
                ..base
            },
            Shape::Circle { cx, cy, r } => RegionRecord {
                shape: "circle".into(),
                cx: Some(cx),
                cy: Some(cy),
                r: Some(r),
                ..base
            },
        }
    }
}

impl From<&Item> for ItemRecord {
    fn from(item: &Item) -> ItemRecord {
        let non_empty = |v: bool| v.then_some(());
        let key = match &item.key {
            Key::Option(s) | Key::Region(s) => Some(serde_json::Value::String(s.clone())),
            Key::Boolean(b) => Some(serde_json::Value::Bool(*b)),
            Key::Order(ids) | Key::Path(ids) => Some(ids.iter().cloned().map(serde_json::Value::String).collect()),
            Key::None => None,
        };
        ItemRecord {
            id: Some(item.id.clone()),
            competence: Some(item.competence.clone()),
            item_type: Some(item.item_type),
            language_load: Some(item.language_load),
            prompt: Some(item.prompt.clone()),
            image: item.image.clone(),
            profile_field: item.profile_field.clone(),
            options: non_empty(!item.options.is_empty()).map(|()| {
                item.options
                    .iter()
                    .map(|o| {
                        let (text, audio) = written_message(&o.message(), &option_message_id(&item.id, &o.id));
                        Choice {
                            text,
                            audio,
                            ..o.clone()
                        }
                    })
                    .collect()
            }),
            regions: non_empty(!item.regions.is_empty())
                .map(|()| item.regions.iter().map(|r| RegionRecord::of(&item.id, r)).collect()),
            steps: non_empty(!item.steps.is_empty())
                .map(|()| item.steps.iter().map(|s| StepRecord::of(&item.id, s)).collect()),
            categories: non_empty(!item.categories.is_empty()).map(|()| item.categories.clone()),
            key,
            irt: item.irt.as_ref().map(IrtRecord::from),
            exposure_limit: item.exposure_limit,
            exposure_acceptance: item.exposure_acceptance,
        }
    }
}
