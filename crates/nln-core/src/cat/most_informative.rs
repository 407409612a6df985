//! The k most informative items of a scope in one pass, without computing every item's
//! information.
//!
//! Scanning a 1,000-item bank at every step is the adaptive test's hot path. Fisher information
//! of a logistic item has a cheap upper bound, `a² / (4 + a²(θ − b)²)` (from
//! `2 + 2 cosh x ≥ 4 + x²`, and a guessing floor only lowers it), so an item whose bound is below
//! the k-th best information found so far cannot enter the top k and its exact information (an
//! exponential and a division) is skipped. The kept items, their order and so the randomesque
//! draw are exactly those of ranking every item: the bound only ever skips items that would rank
//! below the k-th.

use crate::content::Item;
use crate::irt::IrtModel;
use std::cmp::Ordering;

/// Slack on the bound, far above the rounding error of the information's few floating-point
/// operations (about 1e-15 relative), so rounding can never make the bound skip a contender.
const BOUND_SLACK: f64 = 1.0 + 1e-9;

/// An upper bound on `model`'s information at `theta`; infinite where no cheap bound is known
/// (graded items), so those are always computed.
pub(crate) fn information_bound(model: Option<&IrtModel>, theta: f64) -> f64 {
    let (a, b) = match model {
        None => return 0.0,
        Some(IrtModel::OnePl { b }) => (1.0, *b),
        Some(IrtModel::TwoPl { a, b } | IrtModel::ThreePl { a, b, .. }) => (*a, *b),
        Some(IrtModel::Graded { .. }) => return f64::INFINITY,
    };
    bound(a, a * (theta - b))
}

/// The information an item gives at `theta` (0 for an unscored item), as selection ranks it.
pub(crate) fn information(model: Option<&IrtModel>, theta: f64) -> f64 {
    model.map_or(0.0, |m| m.information(theta))
}

/// Ranking of selection: more information first, ties in bank order.
pub(crate) fn by_information(x: &(f64, usize), y: &(f64, usize)) -> Ordering {
    y.0.total_cmp(&x.0).then(x.1.cmp(&y.1))
}

/// The best `k` (information, item) pairs offered so far, best first.
pub(crate) struct MostInformative {
    k: usize,
    best: Vec<(f64, usize)>,
}

impl MostInformative {
    /// Keeps at most `k` items (at least one).
    pub(crate) fn new(k: usize) -> MostInformative {
        let k = k.max(1);
        MostInformative {
            k,
            best: Vec::with_capacity(k + 1),
        }
    }

    /// Considers item `index` with response model `model` at `theta`.
    #[inline]
    pub(crate) fn offer(&mut self, index: usize, model: Option<&IrtModel>, theta: f64) {
        self.offer_bounded(index, information_bound(model, theta), model, theta);
    }

    /// [`Self::offer`] with the item's information bound already known.
    #[inline]
    fn offer_bounded(&mut self, index: usize, bound: f64, model: Option<&IrtModel>, theta: f64) {
        if self.worst().is_some_and(|worst| bound < worst) {
            return;
        }
        let candidate = (information(model, theta), index);
        let at = self
            .best
            .partition_point(|kept| by_information(kept, &candidate) == Ordering::Less);
        if at < self.k {
            self.best.insert(at, candidate);
            self.best.truncate(self.k);
        }
    }

    /// The k-th best information, once k items are kept.
    fn worst(&self) -> Option<f64> {
        (self.best.len() == self.k).then(|| self.best[self.k - 1].0)
    }

    /// The kept items, best first.
    pub(crate) fn ranked(&self) -> &[(f64, usize)] {
        &self.best
    }
}

/// One scope's dichotomous items ordered by location, so that a scan can walk outwards from
/// theta and stop once no item further out can beat the k-th best: information falls with the
/// distance `|θ − b|`, and the bound of every item beyond a point is at most that of the highest
/// slope beyond it at the point's distance.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ByLocation {
    /// (b, a, item) of the logistic items, by b.
    sorted: Vec<(f64, f64, usize)>,
    /// The highest slope among `sorted[..=i]`.
    max_a_up_to: Vec<f64>,
    /// The highest slope among `sorted[i..]`.
    max_a_from: Vec<f64>,
    /// Items without a cheap bound (graded), always computed.
    unbounded: Vec<usize>,
}

impl ByLocation {
    /// The index of `scope` (item indices into `items`).
    pub(crate) fn new(items: &[Item], scope: &[usize]) -> ByLocation {
        let mut sorted = Vec::with_capacity(scope.len());
        let mut unbounded = Vec::new();
        for &i in scope {
            match &items[i].irt {
                Some(IrtModel::OnePl { b }) => sorted.push((*b, 1.0, i)),
                Some(IrtModel::TwoPl { a, b } | IrtModel::ThreePl { a, b, .. }) => sorted.push((*b, *a, i)),
                _ => unbounded.push(i),
            }
        }
        sorted.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.2.cmp(&y.2)));
        let running_max = |acc: &mut f64, e: &(f64, f64, usize)| {
            *acc = acc.max(e.1);
            Some(*acc)
        };
        let max_a_up_to = sorted.iter().scan(f64::NEG_INFINITY, running_max).collect();
        let mut max_a_from: Vec<f64> = sorted.iter().rev().scan(f64::NEG_INFINITY, running_max).collect();
        max_a_from.reverse();
        ByLocation {
            sorted,
            max_a_up_to,
            max_a_from,
            unbounded,
        }
    }

    /// Offers `best` every item of the scope not yet administered that could rank among the
    /// k most informative at `theta`.
    pub(crate) fn offer_to(&self, best: &mut MostInformative, items: &[Item], administered: &[bool], theta: f64) {
        for &i in &self.unbounded {
            if !administered[i] {
                best.offer(i, items[i].irt.as_ref(), theta);
            }
        }
        let mut offer = |position: usize| {
            let (b, a, i) = self.sorted[position];
            if !administered[i] {
                best.offer_bounded(i, bound(a, a * (theta - b)), items[i].irt.as_ref(), theta);
            }
            best.worst()
        };
        // The bound of every item at or beyond a position, on its side of theta.
        let below_bound = |p: usize| {
            (p > 0).then(|| {
                bound(
                    self.max_a_up_to[p - 1],
                    self.max_a_up_to[p - 1] * (theta - self.sorted[p - 1].0),
                )
            })
        };
        let from_bound = |p: usize| {
            (p < self.sorted.len()).then(|| bound(self.max_a_from[p], self.max_a_from[p] * (self.sorted[p].0 - theta)))
        };
        // Next positions to visit below (`below - 1`) and from (`from`) theta.
        let mut below = self.sorted.partition_point(|e| e.0 < theta);
        let mut from = below;
        let (mut down, mut up) = (below_bound(below), from_bound(from));
        let mut worst = None;
        loop {
            let go_down = match (down, up) {
                (None, None) => break,
                (Some(d), Some(u)) => d >= u,
                (d, _) => d.is_some(),
            };
            let side = if go_down { down } else { up }.unwrap_or(f64::INFINITY);
            if worst.is_some_and(|worst| side < worst) {
                // Every item left on either side is bounded by the larger side bound.
                break;
            }
            if go_down {
                below -= 1;
                worst = offer(below);
                down = below_bound(below);
            } else {
                worst = offer(from);
                from += 1;
                up = from_bound(from);
            }
        }
    }
}

/// The information bound of a logistic item with slope `a` at `x = a(θ − b)`.
#[inline]
fn bound(a: f64, x: f64) -> f64 {
    a * a / (4.0 + x * x) * BOUND_SLACK
}

#[cfg(test)]
mod tests {
    use super::super::selection::{choose_area, select, Selection, SelectionInput};
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    /// Selection ranks an item by its own information, an unscored one by 0.
    #[test]
    fn an_item_is_ranked_by_its_information() {
        let m = IrtModel::TwoPl { a: 1.4, b: 0.3 };
        assert_eq!(information(Some(&m), -0.8), m.information(-0.8));
        assert_eq!(information(None, -0.8), 0.0);
    }

    /// Twin items (same parameters) at their location, where the bound is the information
    /// itself: the lower bank index wins the tie even when offered second.
    #[test]
    fn a_twin_offered_later_with_a_lower_index_wins_the_tie() {
        let m = IrtModel::TwoPl { a: 1.4, b: 0.3 };
        let mut best = MostInformative::new(1);
        best.offer(5, Some(&m), 0.3);
        best.offer(2, Some(&m), 0.3);
        assert_eq!(best.ranked(), &[(m.information(0.3), 2)]);
    }

    fn random_model(rng: &mut ChaCha8Rng) -> Option<IrtModel> {
        let a = rng.gen_range(0.2..3.5);
        let b = rng.gen_range(-4.0..4.0);
        match rng.gen_range(0..6) {
            0 => None,
            1 => Some(IrtModel::OnePl { b }),
            2 => Some(IrtModel::ThreePl {
                a,
                b,
                c: rng.gen_range(0.0..0.4),
            }),
            3 => {
                let mut t: Vec<f64> = (0..rng.gen_range(1..5)).map(|_| rng.gen_range(-3.0..3.0)).collect();
                t.sort_by(f64::total_cmp);
                t.dedup();
                // Half the graded items carry a guessing floor, as the bank's orderings do.
                let floor = if rng.gen_bool(0.5) {
                    vec![0.2 / t.len() as f64; t.len()]
                } else {
                    Vec::new()
                };
                Some(IrtModel::Graded {
                    a,
                    thresholds: t,
                    floor,
                })
            }
            // Near-duplicates, so that ties and near-ties at the k-th place occur.
            4 => Some(IrtModel::TwoPl {
                a: 1.5,
                b: (b * 2.0).round() / 2.0,
            }),
            _ => Some(IrtModel::TwoPl { a, b }),
        }
    }

    #[test]
    fn the_bound_is_never_below_the_information() {
        let mut rng = ChaCha8Rng::seed_from_u64(5);
        for _ in 0..20_000 {
            let model = random_model(&mut rng);
            let theta = rng.gen_range(-8.0..8.0);
            let info = information(model.as_ref(), theta);
            assert!(information_bound(model.as_ref(), theta) >= info, "{model:?} at {theta}");
        }
        // At b a 2PL item's information is the bound itself (up to the slack).
        let m = IrtModel::TwoPl { a: 1.3, b: 0.25 };
        let (bound, info) = (information_bound(Some(&m), 0.25), information(Some(&m), 0.25));
        assert!(bound >= info && bound / info < 1.0 + 1e-8);
    }

    #[test]
    fn the_pass_keeps_exactly_the_top_k_of_a_full_ranking() {
        let mut rng = ChaCha8Rng::seed_from_u64(9);
        for round in 0..400 {
            let models: Vec<Option<IrtModel>> = (0..rng.gen_range(1..300)).map(|_| random_model(&mut rng)).collect();
            let theta = if round % 4 == 0 {
                (rng.gen_range(-8.0_f64..8.0) * 2.0).round() / 2.0
            } else {
                rng.gen_range(-5.0..5.0)
            };
            let k = rng.gen_range(1..8);
            let mut fast = MostInformative::new(k);
            for (i, m) in models.iter().enumerate() {
                fast.offer(i, m.as_ref(), theta);
            }
            let mut all: Vec<(f64, usize)> = models
                .iter()
                .enumerate()
                .map(|(i, m)| (information(m.as_ref(), theta), i))
                .collect();
            all.sort_by(by_information);
            all.truncate(k);
            assert_eq!(fast.ranked(), &all[..], "round {round}");
        }
    }

    /// The selector as it was before this pass: every item in scope ranked in full.
    fn select_by_full_ranking(
        input: &SelectionInput<'_>,
        area: Option<usize>,
        rng: &mut impl Rng,
    ) -> Option<Selection> {
        let scope: Vec<usize> = match area {
            Some(a) => input.area_items[a].clone(),
            None => input.area_items.iter().flatten().copied().collect(),
        };
        let scope: Vec<usize> = scope.into_iter().filter(|&i| !input.administered[i]).collect();
        let (mut candidates, passed_over): (Vec<usize>, Vec<usize>) =
            scope.iter().copied().partition(|&i| !(input.over_limit)(i));
        if candidates.is_empty() {
            candidates = scope;
        }
        if candidates.is_empty() {
            return None;
        }
        let mut scored: Vec<(f64, usize)> = candidates
            .into_iter()
            .map(|i| (information(input.items[i].irt.as_ref(), input.theta), i))
            .collect();
        let k = input.randomesque.max(1).min(scored.len());
        scored.select_nth_unstable_by(k - 1, by_information);
        scored[..k].sort_by(by_information);
        Some(Selection {
            item: scored[rng.gen_range(0..k)].1,
            passed_over,
        })
    }

    #[test]
    fn selection_matches_the_full_ranking_on_random_banks() {
        let content = crate::defaults::content().unwrap();
        let template = content.bank.items().iter().find(|i| i.is_scored()).unwrap().clone();
        let mut rng = ChaCha8Rng::seed_from_u64(21);
        for round in 0..600 {
            let n = rng.gen_range(1..400);
            let items: Vec<Item> = (0..n)
                .map(|_| Item {
                    irt: random_model(&mut rng).or(Some(IrtModel::OnePl { b: 0.0 })),
                    ..template.clone()
                })
                .collect();
            let areas = rng.gen_range(1..5);
            let mut area_items = vec![Vec::new(); areas];
            for i in 0..n {
                area_items[rng.gen_range(0..areas)].push(i);
            }
            let administered: Vec<bool> = (0..n).map(|_| rng.gen_bool(0.2)).collect();
            let area_remaining: Vec<usize> = area_items
                .iter()
                .map(|a| a.iter().filter(|&&i| !administered[i]).count())
                .collect();
            let limited: Vec<bool> = (0..n)
                .map(|_| rng.gen_bool(if round % 5 == 0 { 0.95 } else { 0.1 }))
                .collect();
            let over_limit = |i: usize| limited[i];
            let no_limit = |_: usize| false;
            let all: Vec<usize> = (0..n).collect();
            let by_location: Vec<ByLocation> = area_items
                .iter()
                .chain(std::iter::once(&all))
                .map(|scope| ByLocation::new(&items, scope))
                .collect();
            let unlimited = rng.gen_bool(0.5);
            let area_counts: Vec<usize> = (0..areas).map(|_| rng.gen_range(0..6)).collect();
            let area_targets = vec![1.0 / areas as f64; areas];
            let probe_area = rng.gen_bool(0.2).then(|| rng.gen_range(0..areas));
            let input = SelectionInput {
                items: &items,
                area_items: &area_items,
                area_remaining: &area_remaining,
                administered: &administered,
                area_counts: &area_counts,
                area_targets: &area_targets,
                theta: rng.gen_range(-4.0..4.0),
                randomesque: rng.gen_range(1..6),
                content_balancing: rng.gen_bool(0.5),
                probe_area,
                over_limit: if unlimited { &no_limit } else { &over_limit },
                by_location: None,
                criterion: None,
            };
            let seed = rng.gen();
            let scan = select(&input, &mut ChaCha8Rng::seed_from_u64(seed));
            // The full ranking after the same area choice (drawn from the same stream first).
            let mut reference_rng = ChaCha8Rng::seed_from_u64(seed);
            let area = match (probe_area, input.content_balancing) {
                (Some(a), _) => Some(a),
                (None, true) => choose_area(&input, &mut reference_rng),
                (None, false) => None,
            };
            let full = select_by_full_ranking(&input, area, &mut reference_rng);
            assert_eq!(scan, full, "round {round}");
            if unlimited {
                let by_location = SelectionInput {
                    by_location: Some(&by_location),
                    ..input
                };
                let fast = select(&by_location, &mut ChaCha8Rng::seed_from_u64(seed));
                assert_eq!(fast, full, "round {round}, by location");
            }
        }
    }

    #[test]
    fn sessions_on_the_fast_scan_match_sessions_on_the_full_scan() {
        use crate::cat::{CatConfig, DeliveryMode, ExposureLedger, Next, Session, Setup};
        use crate::content::Response;
        let content = crate::defaults::content().unwrap();
        // An empty ledger holds nothing back but sends selection down the full scan.
        let ledger = ExposureLedger::new();
        let mut rng = ChaCha8Rng::seed_from_u64(4);
        for seed in 0..40 {
            let config = CatConfig {
                content_balancing: seed % 2 == 0,
                ..CatConfig::default()
            };
            let theta = rng.gen_range(-3.0..3.0);
            let setup = || Setup::new(seed).mode(DeliveryMode::Assisted);
            let mut fast = Session::start(&content, config.clone(), setup()).unwrap();
            let mut full = Session::start(&content, config, setup()).unwrap();
            loop {
                let (a, b) = (fast.next_item(), full.next_item_with_exposure(Some(&ledger)));
                assert_eq!(a, b, "seed {seed}");
                let Next::Ask(item) = a else { break };
                let response = match crate::simulate::draw_score(item, theta, &mut rng) {
                    _ if !item.is_scored() => Response::Skip,
                    s => Response::Score { score: s as u8 },
                };
                let id = item.id.clone();
                assert_eq!(
                    fast.answer(&id, response.clone()),
                    full.answer(&id, response),
                    "seed {seed}"
                );
            }
            assert_eq!(fast.state(), full.state());
        }
    }
}
