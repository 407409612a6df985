//! The NLN level scale: Foundation (0) and levels 1–12 in stages of four, each with a cut score
//! on the theta scale and can-do statements.

use serde::{Deserialize, Serialize};

/// The scale as written in `levels.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelScale {
    /// Name of the scale (`NLN`).
    pub scale: String,
    /// The metric the cuts are on (`theta`), so a rescaled bank is not read with old cuts.
    pub metric: String,
    /// `provisional` until standard setting.
    pub status: String,
    /// The levels, 0 first.
    pub levels: Vec<Level>,
}

/// One level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Level number (0 = Foundation).
    pub level: u8,
    /// Shown code: `F`, `1` … `12`.
    pub code: String,
    /// Stage the level belongs to.
    pub stage: Stage,
    /// Sub-level within the stage (none for Foundation).
    pub sub_level: Option<SubLevel>,
    /// Lowest theta placed at this level (absent for level 0).
    #[serde(default)]
    pub cut: Option<f64>,
    /// Fluent id of the level name.
    pub name: String,
    /// Fluent id of when this level applies (who is placed here).
    pub when: String,
    /// Fluent ids of what a learner at this level can do.
    pub can_do: Vec<String>,
}

/// CLB-style stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Level F: first contact with devices.
    Foundation,
    /// Levels 1–4.
    Basic,
    /// Levels 5–8.
    Independent,
    /// Levels 9–12.
    Advanced,
}

impl Stage {
    /// Every stage, lowest first.
    pub const ALL: [Stage; 4] = [Stage::Foundation, Stage::Basic, Stage::Independent, Stage::Advanced];

    /// Fluent id of the stage name.
    pub fn message_id(self) -> &'static str {
        match self {
            Stage::Foundation => "stage-foundation",
            Stage::Basic => "stage-basic",
            Stage::Independent => "stage-independent",
            Stage::Advanced => "stage-advanced",
        }
    }
}

/// CLB-style sub-level within a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubLevel {
    /// First level of the stage.
    Initial,
    /// Second level.
    Developing,
    /// Third level.
    Adequate,
    /// Last level of the stage.
    Fluent,
}

impl SubLevel {
    /// Every sub-level, lowest first.
    pub const ALL: [SubLevel; 4] = [
        SubLevel::Initial,
        SubLevel::Developing,
        SubLevel::Adequate,
        SubLevel::Fluent,
    ];

    /// Fluent id of the sub-level name.
    pub fn message_id(self) -> &'static str {
        match self {
            SubLevel::Initial => "sub-level-initial",
            SubLevel::Developing => "sub-level-developing",
            SubLevel::Adequate => "sub-level-adequate",
            SubLevel::Fluent => "sub-level-fluent",
        }
    }
}

impl LevelScale {
    /// Highest level number.
    pub fn max_level(&self) -> u8 {
        self.levels.last().map_or(0, |l| l.level)
    }

    /// The level record for `level` (clamped to the scale).
    pub fn get(&self, level: u8) -> &Level {
        &self.levels[usize::from(level.min(self.max_level()))]
    }

    /// The level whose theta interval holds `theta`.
    pub fn level_of(&self, theta: f64) -> u8 {
        self.levels
            .iter()
            .rev()
            .find(|l| l.cut.is_none_or(|c| theta >= c))
            .map_or(0, |l| l.level)
    }

    /// Theta interval [low, high) of `level` (infinite at the ends).
    pub fn interval(&self, level: u8) -> (f64, f64) {
        let lo = self.get(level).cut.unwrap_or(f64::NEG_INFINITY);
        let hi = if level >= self.max_level() {
            f64::INFINITY
        } else {
            self.get(level + 1).cut.unwrap_or(f64::INFINITY)
        };
        (lo, hi)
    }

    /// Every Fluent message id the scale uses.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        for l in &self.levels {
            ids.push(l.name.as_str());
            ids.push(l.when.as_str());
            ids.extend(l.can_do.iter().map(String::as_str));
            ids.push(l.stage.message_id());
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_theta_exactly_on_a_cut_is_in_the_level_above() {
        let levels = crate::defaults::content().unwrap().levels;
        for level in 1..=levels.max_level() {
            let cut = levels.get(level).cut.expect("every level above F has a cut");
            assert_eq!(levels.level_of(cut), level, "on the cut of {level}");
            assert_eq!(levels.level_of(cut - 1e-9), level - 1, "just below the cut of {level}");
            let (lo, hi) = levels.interval(level);
            assert!(lo == cut && hi > cut);
        }
        assert_eq!(levels.level_of(f64::NEG_INFINITY), 0);
        assert_eq!(levels.level_of(f64::INFINITY), levels.max_level());
    }
}
