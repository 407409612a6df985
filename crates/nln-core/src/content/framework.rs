//! The competency framework: areas and competences with crosswalks to DigComp 2.2, UNESCO DLGF
//! and Northstar.

use serde::{Deserialize, Serialize};

/// The whole framework as written in `framework.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Framework version, recorded in reports so a placement names the framework it used.
    pub version: String,
    /// Frameworks the crosswalk points into.
    pub sources: Vec<CrosswalkSource>,
    /// The areas, in display order.
    pub areas: Vec<Area>,
}

/// An external framework named by crosswalk entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrosswalkSource {
    /// Id crosswalk entries use (`digcomp`).
    pub id: String,
    /// Full name, as published.
    pub name: String,
    /// Version the crosswalk was made against.
    pub version: String,
}

/// A competency area (DEV, INF, COM, SRV, SAF, CRE, PRB).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Short code (`DEV`), used in profiles and reports in every language.
    pub id: String,
    /// Number as in UNESCO DLGF (0–6).
    pub number: u8,
    /// Fluent id of the name.
    pub name: String,
    /// Fluent id of the description.
    pub description: String,
    /// Core areas decide the irregular-profile rule and cap the overall level.
    #[serde(default)]
    pub core: bool,
    /// Target share of an adaptive test (relative; content balancing).
    #[serde(default = "one")]
    pub weight: f64,
    /// The competences of the area.
    pub competences: Vec<Competence>,
}

fn one() -> f64 {
    1.0
}

/// One competence inside an area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// Stable id items are tagged with.
    pub id: String,
    /// Fluent id of the name.
    pub name: String,
    /// Fluent id of the description.
    pub description: String,
    /// NLN levels (0 = F) at which the competence is mostly assessed.
    pub band: [u8; 2],
    #[serde(default)]
    /// Links to other frameworks, for reports that must speak their language.
    pub crosswalk: Vec<Crosswalk>,
}

/// A typed link to a competence or standard of another framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// Id of a [`CrosswalkSource`].
    pub source: String,
    #[serde(rename = "ref")]
    /// The competence or standard in that framework (e.g. `1.1`).
    pub reference: String,
    /// How closely the two match.
    pub relation: Relation,
}

/// How closely an NLN competence matches the other framework's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Same competence.
    Exact,
    /// Overlapping competence.
    Partial,
    /// The NLN competence is a step towards the other.
    Prerequisite,
}

impl Area {
    /// Fluent id of the area's short code in profiles (`DEV` → `area-code-dev`).
    pub fn code_message_id(&self) -> String {
        format!("area-code-{}", self.id.to_ascii_lowercase())
    }
}

impl Relation {
    /// Every relation.
    pub const ALL: [Relation; 3] = [Relation::Exact, Relation::Partial, Relation::Prerequisite];

    /// Fluent id of the relation's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Relation::Exact => "relation-exact",
            Relation::Partial => "relation-partial",
            Relation::Prerequisite => "relation-prerequisite",
        }
    }
}

impl Framework {
    /// Index of the area holding competence `id`.
    pub fn area_index_of(&self, competence: &str) -> Option<usize> {
        self.areas
            .iter()
            .position(|a| a.competences.iter().any(|c| c.id == competence))
    }

    /// The competence with this id.
    pub fn competence(&self, id: &str) -> Option<&Competence> {
        self.areas.iter().flat_map(|a| &a.competences).find(|c| c.id == id)
    }

    /// The area with this id.
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// All competences in order.
    pub fn competences(&self) -> impl Iterator<Item = &Competence> {
        self.areas.iter().flat_map(|a| &a.competences)
    }

    /// Every Fluent message id the framework uses: names, descriptions, area codes and the
    /// crosswalk relations.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for a in &self.areas {
            ids.extend([a.name.clone(), a.description.clone(), a.code_message_id()]);
            for c in &a.competences {
                ids.extend([c.name.clone(), c.description.clone()]);
                ids.extend(c.crosswalk.iter().map(|x| x.relation.message_id().to_string()));
            }
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn message_ids_cover_area_codes_and_relations() {
        let content = crate::defaults::content().unwrap();
        let dev = content.framework.area("DEV").unwrap();
        assert_eq!(dev.code_message_id(), "area-code-dev");
        let ids = content.framework.message_ids();
        assert!(ids.iter().any(|id| id == "area-code-prb"));
        assert!(ids.iter().any(|id| id == "relation-exact"));
        assert!(ids.iter().any(|id| id == "competence-6-4-name"));
    }
}
