//! An item bank: items with their models, indexed by id and by area.

use super::item::Item;
use super::levels::LevelScale;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Whether the bank's IRT parameters come from real response data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calibration {
    /// Parameters set by content experts; placements are indicative until calibration.
    Provisional,
    /// Parameters estimated from response data.
    Calibrated,
}

/// A loaded, validated item bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    /// Bank id (the folder name under `banks/`), recorded in every session and report.
    pub id: String,
    /// Content version; a session refuses to resume on another one.
    pub version: String,
    /// Fluent id of the title.
    pub title: String,
    /// Whether the parameters are expert-set or estimated from data.
    pub calibration: Calibration,
    /// Where the parameters come from (method, sample, software, date …), as written in
    /// `bank.yaml`; empty for expert-set parameters.
    pub provenance: BTreeMap<String, String>,
    items: Vec<Item>,
    by_id: HashMap<String, usize>,
    /// The items' canonical JSON, made once: the content digest needs it on every session
    /// start and resume, and serializing hundreds of items each time was most of a service
    /// request's work.
    canonical_items: CanonicalItems,
}

/// A lazily made, never changing derivative of a bank's items (which cannot change after
/// [`Bank::new`]); it takes no part in comparing or printing banks.
#[derive(Clone, Default)]
struct CanonicalItems(std::sync::OnceLock<Box<serde_json::value::RawValue>>);

impl PartialEq for CanonicalItems {
    fn eq(&self, _: &CanonicalItems) -> bool {
        true
    }
}

impl std::fmt::Debug for CanonicalItems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CanonicalItems")
    }
}

impl Bank {
    /// Builds a bank from already validated items (ids must be unique).
    pub fn new(id: String, version: String, title: String, calibration: Calibration, items: Vec<Item>) -> Bank {
        let by_id = items.iter().enumerate().map(|(i, it)| (it.id.clone(), i)).collect();
        Bank {
            id,
            version,
            title,
            calibration,
            provenance: BTreeMap::new(),
            items,
            by_id,
            canonical_items: CanonicalItems::default(),
        }
    }

    /// The items in the bank-file schema (the one serde form of an item) as compact JSON,
    /// made on first use.
    pub(crate) fn canonical_items(&self) -> &serde_json::value::RawValue {
        self.canonical_items.0.get_or_init(|| {
            let records: Vec<super::schema::ItemRecord> =
                self.items.iter().map(super::schema::ItemRecord::from).collect();
            // Serializing plain structs, vectors and finite numbers cannot fail.
            serde_json::value::to_raw_value(&records)
                .unwrap_or_else(|_| serde_json::value::RawValue::from_string("[]".to_string()).expect("valid JSON"))
        })
    }

    /// A bank like this one (id, version, title, calibration, provenance) holding `items`:
    /// what an edit of the items (recalibrated, reordered, filtered) gives.
    pub fn with_items(&self, items: Vec<Item>) -> Bank {
        let mut bank = Bank::new(
            self.id.clone(),
            self.version.clone(),
            self.title.clone(),
            self.calibration,
            items,
        );
        bank.provenance = self.provenance.clone();
        bank
    }

    /// The items in file order.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// Number of items, scored or not.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True for a bank without items (never the case after validation).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Index of the item with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.index_of(id).map(|i| &self.items[i])
    }

    /// Number of scored items whose location falls in each level, and in each competence.
    pub fn coverage(&self, levels: &LevelScale) -> Coverage {
        let mut by_level = BTreeMap::new();
        let mut by_competence = BTreeMap::new();
        for item in &self.items {
            if let Some(model) = &item.irt {
                *by_level.entry(levels.level_of(model.location())).or_insert(0) += 1;
                *by_competence.entry(item.competence.clone()).or_insert(0) += 1;
            }
        }
        Coverage {
            by_level,
            by_competence,
        }
    }
}

/// How the scored items spread over levels and competences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Scored items per level (0 = F) of their location.
    pub by_level: BTreeMap<u8, usize>,
    /// Scored items per competence id.
    pub by_competence: BTreeMap<String, usize>,
}
