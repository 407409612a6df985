//! The bookmark standard-setting method (Mitzel, Lewis, Patz & Green, 2001): items (and score
//! steps of graded items) ordered by their response-probability location — the θ at which the
//! step is reached with probability RP, 0.67 by convention — form an ordered item booklet;
//! each panellist bookmarks the last page a borderline learner masters, the cut is the RP
//! location of that page, and the panel's cut is the median with its spread.

use crate::irt::IrtModel;
use serde::{Deserialize, Serialize};

/// The conventional response probability.
pub const RP67: f64 = 0.67;

/// θ at which an item's score step k (1..=max score) is reached with probability `rp`:
/// P(X ≥ k | θ) = rp, with P the model's own category probabilities (a graded item's guessing
/// floor included, as scoring and selection use it). `None` when a floor (a 3PL's c, or the
/// floor mass at and above a graded step) is at or above `rp`: no ability reaches that step
/// with probability `rp` by knowing more than a blind guesser.
pub fn rp_locations(model: &IrtModel, rp: f64) -> Option<Vec<f64>> {
    let logit = |p: f64| (p / (1.0 - p)).ln();
    match model {
        IrtModel::OnePl { b } => Some(vec![b + logit(rp)]),
        IrtModel::TwoPl { a, b } => Some(vec![b + logit(rp) / a]),
        IrtModel::ThreePl { a, b, c } => {
            if rp <= *c {
                return None;
            }
            Some(vec![b + logit((rp - c) / (1.0 - c)) / a])
        }
        IrtModel::Graded { a, thresholds, floor } => {
            let mut out = Vec::with_capacity(thresholds.len());
            for (k, t) in thresholds.iter().enumerate() {
                // Floor mass at and above step k: P(X ≥ k) = P*_k + S_k·(1 − P*_1).
                let above: f64 = floor.iter().skip(k).sum();
                if rp <= above {
                    return None;
                }
                out.push(if above == 0.0 {
                    // No floor mass reaches the step: P(X ≥ k) is the GRM's P*_k.
                    t + logit(rp) / a
                } else if k == 0 {
                    // Closed form, as the 3PL's: S_1 + (1 − S_1)·P*_1 = rp.
                    t + logit((rp - above) / (1.0 - above)) / a
                } else {
                    graded_step_location(model, *a, *t, k + 1, above, rp)
                });
            }
            Some(out)
        }
    }
}

/// The θ where P(X ≥ `step`) of a floored graded item reaches `rp`, by bisection. The bracket
/// runs from where P*_k = rp − S_k (there P(X ≥ k) ≤ P*_k + S_k ≤ rp) to where P*_k = rp
/// (there P(X ≥ k) ≥ P*_k = rp). On it P*_1 ≥ P*_k, so when rp − S_k ≥ 1/2 (every RP67 step
/// whose floor mass is at most 0.17) the slope a·[P*_k(1 − P*_k) − S_k·P*_1(1 − P*_1)] is
/// positive and the root unique.
fn graded_step_location(model: &IrtModel, a: f64, t: f64, step: usize, above: f64, rp: f64) -> f64 {
    let logit = |p: f64| (p / (1.0 - p)).ln();
    let mut lo = t + logit(rp - above) / a;
    let mut hi = t + logit(rp) / a;
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if step_probability(model, mid, step) < rp {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
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

/// Probability of reaching step `step` at `theta`, P(X ≥ step), from the model's category
/// probabilities (so a graded item's floor counts), for checks and reports.
pub fn step_probability(model: &IrtModel, theta: f64, step: usize) -> f64 {
    if step == 0 || step > model.max_score() {
        return if step == 0 { 1.0 } else { 0.0 };
    }
    (step..=model.max_score()).map(|k| model.probability(theta, k)).sum()
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

    /// A graded item with a guessing floor π: P(X ≥ 1) = S₁ + (1 − S₁)·P*₁ with S₁ = Σπ, so
    /// step 1's RP location is t₁ + logit((rp − S₁)/(1 − S₁))/a, like a 3PL's; higher steps
    /// carry floor mass S_k = Σ_{j≥k} π_j and meet rp where the model's own probabilities do.
    #[test]
    fn rp67_locations_of_a_graded_item_count_its_guessing_floor() {
        let floor = vec![0.2083, 0.125, 0.0417];
        let (a, thresholds) = (1.4, vec![-2.3, -1.1, 0.4]);
        let m = IrtModel::Graded {
            a,
            thresholds: thresholds.clone(),
            floor: floor.clone(),
        };
        let locs = rp_locations(&m, RP67).unwrap();
        let s1: f64 = floor.iter().sum();
        let psi = (RP67 - s1) / (1.0 - s1);
        let closed = thresholds[0] + (psi / (1.0 - psi)).ln() / a;
        assert!((locs[0] - closed).abs() < 1e-12, "{} vs {closed}", locs[0]);
        for (k, loc) in locs.iter().enumerate() {
            // P(X ≥ k) from P*_k and the floor, written out, at the location found.
            let star = |t: f64| 1.0 / (1.0 + (-a * (loc - t)).exp());
            let above: f64 = floor[k..].iter().sum();
            let by_hand = star(thresholds[k]) + above * (1.0 - star(thresholds[0]));
            assert!((by_hand - RP67).abs() < 1e-9, "step {}: {by_hand}", k + 1);
            assert!((step_probability(&m, *loc, k + 1) - RP67).abs() < 1e-9);
        }
        // The floor moves the first steps down (a guesser reaches them sooner) and leaves
        // every location ordered.
        let plain = rp_locations(
            &IrtModel::Graded {
                a,
                thresholds,
                floor: Vec::new(),
            },
            RP67,
        )
        .unwrap();
        assert!(locs[0] < plain[0] - 0.3 && locs.iter().zip(&plain).all(|(f, p)| f <= p));
        assert!(locs.windows(2).all(|w| w[0] < w[1]));
        // A floor at or above rp leaves the step out, as a 3PL's c does.
        let high = IrtModel::Graded {
            a: 1.0,
            thresholds: vec![0.0, 1.0],
            floor: vec![0.5, 0.2],
        };
        assert!(rp_locations(&high, RP67).is_none());
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
