//! Tests that pin the estimators' building blocks where `cargo mutants` found the unit tests
//! blind (see ARCHITECTURE.md, "Tests that can fail"); the integration tests check the
//! estimators end to end.

use super::optimise::{decreasing_root, maximise};
use super::point::weighted_log_likelihood;
use super::*;
use crate::irt::IrtModel;
use std::cell::Cell;

const ITEMS: [IrtModel; 3] = [
    IrtModel::TwoPl { a: 1.3, b: -0.4 },
    IrtModel::ThreePl {
        a: 1.8,
        b: 0.7,
        c: 0.25,
    },
    IrtModel::OnePl { b: 1.5 },
];

#[test]
fn every_method_has_its_name_and_message_and_parses_back() {
    let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
    assert_eq!(names, ["eap", "map", "mle", "wle"]);
    for m in Method::ALL {
        assert_eq!(Method::parse(m.name()), Some(m));
        assert_eq!(m.message_id(), format!("method-{}", m.name()));
    }
    assert_eq!(Method::parse("EAP"), None);
    assert_eq!(Method::parse(""), None);
}

/// Test information is the sum of the items' a² P Q (2PL and 1PL closed forms; the 3PL term
/// from Birnbaum's formula a² (Q / P) ((P − c) / (1 − c))²).
#[test]
fn test_information_is_the_sum_of_the_closed_forms() {
    let theta = 0.3;
    let logistic = |x: f64| 1.0 / (1.0 + (-x).exp());
    let p1 = logistic(1.3 * (theta + 0.4));
    let p2 = 0.25 + 0.75 * logistic(1.8 * (theta - 0.7));
    let p3 = logistic(theta - 1.5);
    let expected = 1.3f64.powi(2) * p1 * (1.0 - p1)
        + 1.8f64.powi(2) * ((1.0 - p2) / p2) * ((p2 - 0.25) / 0.75).powi(2)
        + p3 * (1.0 - p3);
    assert!((test_information(&ITEMS, theta) - expected).abs() < 1e-12);
    assert_eq!(test_information(&[], theta), 0.0);
}

/// The log-likelihood is the sum of the answers' log probabilities, and its two derivatives
/// are those of that sum (central differences).
#[test]
fn log_likelihood_and_its_derivatives_agree_with_the_probabilities() {
    let answers: Vec<Scored<'_>> = ITEMS.iter().zip([1, 0, 1]).map(|(m, s)| Scored::new(m, s)).collect();
    let l = |t: f64| log_likelihood(&answers, t).0;
    for theta in [-1.2, 0.1, 0.9, 2.4] {
        let (value, d1, d2) = log_likelihood(&answers, theta);
        let direct: f64 = answers.iter().map(|a| a.model.probability(theta, a.score).ln()).sum();
        assert!((value - direct).abs() < 1e-12, "{value} vs {direct}");
        let h = 1e-4;
        let numeric_d1 = (l(theta + h) - l(theta - h)) / (2.0 * h);
        let numeric_d2 = (l(theta + h) - 2.0 * l(theta) + l(theta - h)) / (h * h);
        assert!((d1 - numeric_d1).abs() < 1e-6, "d1 {d1} vs {numeric_d1}");
        assert!((d2 - numeric_d2).abs() < 1e-4, "d2 {d2} vs {numeric_d2}");
    }
}

/// With no answers the posterior is the prior: its mean and SD, away from zero so a wrong
/// sign in the variance shows.
#[test]
fn the_posterior_of_no_answers_is_the_prior() {
    let prior = NormalPrior { mean: 1.5, sd: 0.8 };
    let q = Quadrature::new(prior, 61);
    assert_eq!(q.prior(), prior);
    let e = q.posterior(&vec![0.0; q.nodes().len()]);
    assert!((e.theta - 1.5).abs() < 1e-9, "{}", e.theta);
    assert!((e.se - 0.8).abs() < 1e-6, "{}", e.se);
    let grid = LikelihoodGrid::new(&q);
    assert!(grid.values().iter().all(|&v| v == 0.0));
}

/// The running grid holds each node's log-likelihood of the answers added.
#[test]
fn the_likelihood_grid_holds_the_log_likelihood_at_each_node() {
    let q = Quadrature::new(NormalPrior::default(), 21);
    let mut grid = LikelihoodGrid::new(&q);
    grid.add(&q, &ITEMS[0], 1);
    grid.add(&q, &ITEMS[1], 0);
    assert_eq!(grid.values().len(), 21);
    for (&v, &t) in grid.values().iter().zip(q.nodes()) {
        let expected = ITEMS[0].log_likelihood(t, 1) + ITEMS[1].log_likelihood(t, 0);
        assert!((v - expected).abs() < 1e-12);
    }
}

/// A score outside an item's range is impossible at every node alike: it moves no estimate.
#[test]
fn an_out_of_range_score_moves_no_batch_estimate() {
    let q = Quadrature::new(NormalPrior::default(), 61);
    let scorer = EapScorer::new(&ITEMS, q);
    let mut scratch = Vec::new();
    let valid = scorer.score([(0, 1), (1, 0)], &mut scratch);
    let with_impossible = scorer.score([(0, 1), (1, 0), (2, 7)], &mut scratch);
    assert!((valid.theta - with_impossible.theta).abs() < 1e-9);
    assert!((valid.se - with_impossible.se).abs() < 1e-9);
    let direct = eap(
        &[Scored::new(&ITEMS[0], 1), Scored::new(&ITEMS[1], 0)],
        &Quadrature::new(NormalPrior::default(), 61),
    );
    assert!((valid.theta - direct.theta).abs() < 1e-12 && (valid.se - direct.se).abs() < 1e-12);
}

/// Two bumps and two shoulders: a narrow global peak at 3 (height 2), a wide local one at −2
/// (height 1), and half-height bumps just outside both bounds, so the function falls away from
/// `lo` and rises toward `hi`. The maximiser must find the narrow peak (a coarser scan misses
/// it) and must not stop at a bound the function only leans on.
fn bumps(x: f64) -> (f64, f64, f64) {
    let bump = |h: f64, m: f64, w: f64| {
        let u = (x - m) / w;
        let v = h * (-0.5 * u * u).exp();
        (v, -v * u / w, v * (u * u - 1.0) / (w * w))
    };
    [
        bump(2.0, 3.0, 0.2),
        bump(1.0, -2.0, 1.5),
        bump(0.5, -6.2, 0.3),
        bump(0.5, 6.2, 0.3),
    ]
    .into_iter()
    .fold((0.0, 0.0, 0.0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
}

#[test]
fn the_maximiser_finds_a_narrow_global_peak_inside_the_bounds() {
    let (x, bounded) = maximise(bumps, -6.0, 6.0);
    assert!(!bounded);
    // The other bumps' slopes move the peak a little below 3.
    assert!((x - 3.0).abs() < 1e-3 && bumps(x).1.abs() < 1e-8, "{x}");
    // The bounds themselves are found when the function keeps rising toward them.
    assert_eq!(maximise(|x| (x, 1.0, 0.0), -6.0, 6.0), (6.0, true));
    assert_eq!(maximise(|x| (-x, -1.0, 0.0), -6.0, 6.0), (-6.0, true));
}

/// Newton steps do the refining when the function is concave (a quadratic is done in one
/// step), and bisection alone still finds the maximum when they cannot be used (a second
/// derivative that is not negative).
#[test]
fn the_maximiser_refines_by_newton_and_falls_back_to_bisection() {
    let calls = Cell::new(0);
    let quadratic = |x: f64| {
        calls.set(calls.get() + 1);
        (-(x - 1.3f64).powi(2), -2.0 * (x - 1.3), -2.0)
    };
    let (x, _) = maximise(quadratic, -6.0, 6.0);
    assert!((x - 1.3).abs() < 1e-12, "{x}");
    // The scan's 49 points, then Newton: one step, one check.
    assert!(calls.get() <= 49 + 3, "{} evaluations", calls.get());
    let no_curvature = |x: f64| (-(x - 1.3f64).powi(2), -2.0 * (x - 1.3), 1.0);
    let (x, bounded) = maximise(no_curvature, -6.0, 6.0);
    assert!((x - 1.3).abs() < 1e-8 && !bounded, "{x}");
}

/// Of several decreasing roots the one with the best score wins, the first on a tie; a
/// function that starts at zero and rises points to the upper bound.
#[test]
fn decreasing_root_keeps_the_best_scoring_root() {
    // sin 2x falls through zero at −π/2 and π/2 on [−4, 4].
    let g = |x: f64| (2.0 * x).sin();
    let half_pi = std::f64::consts::FRAC_PI_2;
    let (x, _) = decreasing_root(g, |x| x, -4.0, 4.0);
    assert!((x - half_pi).abs() < 1e-8, "{x}");
    let (x, _) = decreasing_root(g, |x| -x, -4.0, 4.0);
    assert!((x + half_pi).abs() < 1e-8, "{x}");
    let (x, _) = decreasing_root(g, |_| 0.0, -4.0, 4.0);
    assert!((x + half_pi).abs() < 1e-8, "the first of equal scores: {x}");
    assert_eq!(decreasing_root(|x| x + 4.0, |_| 0.0, -4.0, 4.0), (4.0, true));
}

/// MAP under a prior that is neither standard nor centred: the estimate is where the
/// log-posterior's slope (central differences of log-likelihood plus log prior) is zero, its
/// SE is 1 / sqrt(I + 1 / sd²), and a pattern far below the prior mean is found below it.
#[test]
fn map_solves_the_posterior_mode_under_any_normal_prior() {
    let prior = NormalPrior { mean: 0.8, sd: 0.6 };
    for scores in [[1, 0, 1], [0, 0, 0], [1, 1, 1]] {
        let answers: Vec<Scored<'_>> = ITEMS.iter().zip(scores).map(|(m, s)| Scored::new(m, s)).collect();
        let e = map(&answers, prior, 6.0);
        let posterior = |t: f64| log_likelihood(&answers, t).0 - 0.5 * ((t - prior.mean) / prior.sd).powi(2);
        let h = 1e-5;
        let slope = (posterior(e.theta + h) - posterior(e.theta - h)) / (2.0 * h);
        assert!(slope.abs() < 1e-5, "{scores:?}: slope {slope} at {}", e.theta);
        assert!(!e.bounded);
        let info = test_information(answers.iter().map(|a| a.model), e.theta) + 1.0 / 0.36;
        assert!((e.se - 1.0 / info.sqrt()).abs() < 1e-12);
    }
    // Twelve wrong answers: the mode lies below mean / 6, so the search must reach down to
    // mean − bound.
    let wrong: Vec<Scored<'_>> = ITEMS.iter().cycle().take(12).map(|m| Scored::new(m, 0)).collect();
    let low = map(&wrong, prior, 6.0);
    assert!(low.theta < 0.1 && !low.bounded, "{}", low.theta);
}

/// Warm's objective is l + ln I / 2.
#[test]
fn the_weighted_log_likelihood_adds_half_the_log_information() {
    let answers: Vec<Scored<'_>> = ITEMS.iter().zip([1, 0, 1]).map(|(m, s)| Scored::new(m, s)).collect();
    for theta in [-1.0, 0.4, 2.0] {
        let expected = log_likelihood(&answers, theta).0 + 0.5 * test_information(&ITEMS, theta).ln();
        assert!((weighted_log_likelihood(&answers, theta) - expected).abs() < 1e-12);
    }
}

/// A Newton step that would leave the bracket is not taken: on a cusp-like peak (|x − 1.3|^1.2,
/// whose curvature vanishes away from the peak) Newton overshoots by four times the distance,
/// and only the bracket keeps the search on the peak.
#[test]
fn the_maximiser_keeps_to_its_bracket_when_newton_overshoots() {
    let cusp = |x: f64| {
        let u = x - 1.3;
        let r = u.abs().max(1e-300);
        (-r.powf(1.2), -1.2 * u.signum() * r.powf(0.2), -0.24 * r.powf(-0.8))
    };
    let (x, bounded) = maximise(cusp, -6.0, 6.0);
    assert!((x - 1.3).abs() < 1e-8 && !bounded, "{x}");
}
