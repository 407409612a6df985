//! The bank file format as serde records: the one schema that is both read (`content::load`)
//! and written ([`super::write`]).
//!
//! Every item field is optional here so that one missing field is reported precisely (with the
//! others still checked) rather than as the first serde error; the loader turns a record into a
//! typed [`Item`] and says what is missing. The typed [`Item`] itself has no serde derive: it is
//! the engine's view, not a file format.

use super::bank::{Bank, Calibration};
use super::item::{Choice, Item, ItemType, Key, LanguageLoad, Message, Region, Shape, Step};
use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `bank.yaml`: what the bank is and which item files it consists of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestRecord {
    pub id: String,
    pub version: String,
    /// Fluent id of the title.
    pub title: String,
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
    pub items: Vec<T>,
}

/// One item as written in a bank file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub competence: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub item_type: Option<ItemType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_load: Option<LanguageLoad>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<Message>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<Choice>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<RegionRecord>>,
    /// The screens of a tap-through item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<StepRecord>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Message>>,
    /// An option id, `true`/`false`, a list of option ids, a region id or a list of region ids
    /// (one per tap-through screen), by item type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub irt: Option<IrtRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposure_limit: Option<f64>,
}

/// A hotspot region: id, shape with its coordinates, and its message, on one line.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionRecord {
    pub id: String,
    pub shape: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub w: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cx: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cy: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r: Option<f64>,
    pub text: String,
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

impl From<&Step> for StepRecord {
    fn from(step: &Step) -> StepRecord {
        StepRecord {
            image: step.image.clone(),
            regions: step.regions.iter().map(RegionRecord::from).collect(),
        }
    }
}

/// IRT model and parameters (`{ model: 3pl, a: 1.2, b: -0.5, c: 0.2 }`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IrtRecord {
    pub model: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub c: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thresholds: Option<Vec<f64>>,
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
            IrtModel::Graded { a, thresholds } => IrtRecord {
                model: name,
                a: Some(*a),
                thresholds: Some(thresholds.clone()),
                ..IrtRecord::default()
            },
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
            options: non_empty(!item.options.is_empty()).map(|()| item.options.clone()),
            regions: non_empty(!item.regions.is_empty())
                .map(|()| item.regions.iter().map(RegionRecord::from).collect()),
            steps: non_empty(!item.steps.is_empty()).map(|()| item.steps.iter().map(StepRecord::from).collect()),
            categories: non_empty(!item.categories.is_empty()).map(|()| item.categories.clone()),
            key,
            irt: item.irt.as_ref().map(IrtRecord::from),
            exposure_limit: item.exposure_limit,
        }
    }
}
