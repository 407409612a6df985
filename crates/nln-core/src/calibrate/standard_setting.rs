//! The bookmark standard-setting method (Mitzel, Lewis, Patz & Green, 2001): items (and score
//! steps of graded items) ordered by their response-probability location — the θ at which the
//! step is reached with probability RP, 0.67 by convention — form an ordered item booklet;
//! each panellist bookmarks the last page a borderline learner masters, the cut is the RP
//! location of that page, and the panel's cut is the median with its spread.

use crate::irt::{logistic, IrtModel};
use serde::{Deserialize, Serialize};

/// The conventional response probability.
pub const RP67: f64 = 0.67;

/// θ at which an item's score step k (1..=max score) is reached with probability `rp`:
/// P(X ≥ k | θ) = rp. `None` for a 3PL item whose lower asymptote is at or above `rp`.
pub fn rp_locations(model: &IrtModel, rp: f64) -> Option<Vec<f64>> {
    let logit = (rp / (1.0 - rp)).ln();
    match model {
        IrtModel::OnePl { b } => Some(vec![b + logit]),
        IrtModel::TwoPl { a, b } => Some(vec![b + logit / a]),
        IrtModel::ThreePl { a, b, c } => {
            if rp <= *c {
                return None;
            }
            let psi = (rp - c) / (1.0 - c);
            Some(vec![b + (psi / (1.0 - psi)).ln() / a])
        }
        IrtModel::Graded { a, thresholds, .. } => Some(thresholds.iter().map(|t| t + logit / a).collect()),
    }
}

/// One page of an ordered item booklet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BookletPage {
    /// Item id.
    pub item: String,
    /// Score step (1 for dichotomous items).
    pub step: usize,
    /// RP location on the θ scale.
    pub location: f64,
}

/// The ordered item booklet: every score step of every item by increasing RP location
/// (steps whose location does not exist are left out).
pub fn ordered_item_booklet(items: &[(String, IrtModel)], rp: f64) -> Vec<BookletPage> {
    let mut pages: Vec<BookletPage> = items
        .iter()
        .flat_map(|(id, m)| {
            rp_locations(m, rp)
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(move |(k, location)| BookletPage {
                    item: id.clone(),
                    step: k + 1,
                    location,
                })
        })
        .collect();
    pages.sort_by(|a, b| a.location.total_cmp(&b.location).then_with(|| a.item.cmp(&b.item)));
    pages
}

/// A cut proposed by the panel.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ProposedCut {
    /// Median of the panellists' cuts (the proposal).
    pub theta: f64,
    /// Mean of the panellists' cuts.
    pub mean: f64,
    /// Standard deviation across panellists.
    pub sd: f64,
    /// Lowest and highest panellist cut.
    pub min: f64,
    /// Highest panellist cut.
    pub max: f64,
    /// Panellists.
    pub panellists: usize,
}

/// Why bookmarks cannot be turned into cuts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BookmarkError {
    /// A page number outside 1..=pages.
    #[error("panellist {panellist}: page {page} outside 1..={pages}")]
    PageOutOfRange {
        /// Panellist (1-based).
        panellist: usize,
        /// Page given.
        page: usize,
        /// Booklet length.
        pages: usize,
    },
    /// Panellists gave different numbers of bookmarks, or none.
    #[error("panellists must each give the same number of bookmarks")]
    Uneven,
    /// A panellist's bookmarks go down.
    #[error("panellist {panellist}: bookmarks must not decrease")]
    Decreasing {
        /// Panellist (1-based).
        panellist: usize,
    },
}

/// Cuts from bookmarks: `bookmarks[panellist][cut]` is the 1-based last mastered page.
pub fn bookmark_cuts(booklet: &[BookletPage], bookmarks: &[Vec<usize>]) -> Result<Vec<ProposedCut>, BookmarkError> {
    let cuts = bookmarks.first().map_or(0, Vec::len);
    if cuts == 0 || bookmarks.iter().any(|b| b.len() != cuts) {
        return Err(BookmarkError::Uneven);
    }
    for (p, marks) in bookmarks.iter().enumerate() {
        if let Some(&page) = marks.iter().find(|&&page| page == 0 || page > booklet.len()) {
            return Err(BookmarkError::PageOutOfRange {
                panellist: p + 1,
                page,
                pages: booklet.len(),
            });
        }
        if marks.windows(2).any(|w| w[1] < w[0]) {
            return Err(BookmarkError::Decreasing { panellist: p + 1 });
        }
    }
    Ok((0..cuts)
        .map(|c| {
            let mut v: Vec<f64> = bookmarks.iter().map(|m| booklet[m[c] - 1].location).collect();
            v.sort_by(f64::total_cmp);
            let n = v.len();
            let median = if n % 2 == 1 {
                v[n / 2]
            } else {
                0.5 * (v[n / 2 - 1] + v[n / 2])
            };
            let mean = v.iter().sum::<f64>() / n as f64;
            let sd = if n > 1 {
                (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt()
            } else {
                0.0
            };
            ProposedCut {
                theta: median,
                mean,
                sd,
                min: v[0],
                max: v[n - 1],
                panellists: n,
            }
        })
        .collect())
}

/// The scale with the panel's cuts: `cuts` are (level number, θ) pairs replacing those levels'
/// cuts, and the status becomes `panel`. Validate the result (`content::validate::levels`):
/// a proposed cut may cross a cut the panel did not revise.
pub fn apply_cuts(levels: &crate::content::LevelScale, cuts: &[(u8, f64)]) -> crate::content::LevelScale {
    let mut out = levels.clone();
    for level in &mut out.levels {
        if let Some(&(_, theta)) = cuts.iter().find(|(l, _)| *l == level.level) {
            level.cut = Some(theta);
        }
    }
    out.status = "panel".into();
    out
}

/// Probability of reaching step `step` at `theta` (for checks and reports).
pub fn step_probability(model: &IrtModel, theta: f64, step: usize) -> f64 {
    match model {
        IrtModel::Graded { a, thresholds, .. } => thresholds
            .get(step.wrapping_sub(1))
            .map_or(0.0, |t| logistic(a * (theta - t))),
        m => m.p_correct(theta),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items() -> Vec<(String, IrtModel)> {
        vec![
            ("hard".into(), IrtModel::TwoPl { a: 1.5, b: 1.0 }),
            ("easy".into(), IrtModel::OnePl { b: -1.0 }),
            ("guess".into(), IrtModel::ThreePl { a: 1.2, b: 0.0, c: 0.2 }),
            (
                "task".into(),
                IrtModel::Graded {
                    a: 1.0,
                    thresholds: vec![-0.5, 1.8],
                    floor: Vec::new(),
                },
            ),
        ]
    }

    #[test]
    fn rp67_locations_reach_the_response_probability() {
        for (_, m) in items() {
            for (k, loc) in rp_locations(&m, RP67).unwrap().iter().enumerate() {
                assert!((step_probability(&m, *loc, k + 1) - RP67).abs() < 1e-12, "{m:?}");
            }
        }
        // 2PL closed form: b + ln(0.67 / 0.33) / a.
        let loc = rp_locations(&IrtModel::TwoPl { a: 1.5, b: 1.0 }, RP67).unwrap()[0];
        assert!((loc - (1.0 + (0.67f64 / 0.33).ln() / 1.5)).abs() < 1e-15);
        assert!(rp_locations(&IrtModel::ThreePl { a: 1.0, b: 0.0, c: 0.7 }, RP67).is_none());
    }

    #[test]
    fn panel_cuts_replace_the_chosen_levels_and_the_file_loads_again() {
        let content = crate::defaults::content().unwrap();
        let new = apply_cuts(&content.levels, &[(1, -2.4), (2, -1.9)]);
        assert_eq!(new.levels[1].cut, Some(-2.4));
        assert_eq!(new.levels[2].cut, Some(-1.9));
        assert_eq!(new.levels[3].cut, content.levels.levels[3].cut);
        assert_eq!(new.status, "panel");
        let text = crate::content::write::levels_file(&new, &[("method".into(), "bookmark\nRP67".into())]);
        assert!(text.starts_with("# method: bookmark RP67\n"), "{text}");
        let mut sources = crate::defaults::sources();
        sources.insert("levels.yaml".to_string(), text.as_str());
        let reloaded = crate::content::Content::load(&sources, crate::defaults::DEFAULT_BANK).unwrap();
        assert_eq!(reloaded.levels, new);
        // A cut below the unrevised level under it does not validate.
        assert!(!crate::content::validate::levels(&apply_cuts(&content.levels, &[(3, -3.0)])).is_empty());
    }

    #[test]
    fn booklet_is_ordered_and_bookmarks_give_median_cuts() {
        let booklet = ordered_item_booklet(&items(), RP67);
        assert_eq!(booklet.len(), 5);
        assert!(booklet.windows(2).all(|w| w[0].location <= w[1].location));
        assert_eq!(booklet[0].item, "easy");
        let cuts = bookmark_cuts(&booklet, &[vec![1, 3], vec![2, 4], vec![2, 5]]).unwrap();
        assert_eq!(cuts[0].theta, booklet[1].location);
        assert_eq!(cuts[1].theta, booklet[3].location);
        assert_eq!((cuts[1].min, cuts[1].max), (booklet[2].location, booklet[4].location));
        assert!(cuts[0].sd > 0.0);
        assert_eq!(
            bookmark_cuts(&booklet, &[vec![6]]),
            Err(BookmarkError::PageOutOfRange {
                panellist: 1,
                page: 6,
                pages: 5
            })
        );
        assert_eq!(
            bookmark_cuts(&booklet, &[vec![3, 2]]),
            Err(BookmarkError::Decreasing { panellist: 1 })
        );
        assert_eq!(
            bookmark_cuts(&booklet, &[vec![1], vec![1, 2]]),
            Err(BookmarkError::Uneven)
        );
    }
}
