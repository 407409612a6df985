//! Tests that pin the alternative selection rules where `cargo mutants` found the other tests
//! blind (see ARCHITECTURE.md, "Tests that can fail").

use super::*;

#[test]
fn only_maximum_information_is_the_default_rule() {
    assert!(SelectionRule::MaxInfo.is_default());
    assert!(SelectionRule::default().is_default());
    for other in [
        SelectionRule::KullbackLeibler { width: 3.0 },
        SelectionRule::ExpectedInformation,
        SelectionRule::Progressive,
        SelectionRule::AStratified { strata: 4 },
    ] {
        assert!(!other.is_default(), "{other:?}");
    }
}

/// A step-like item answers with certainty far from its location: a category impossible at
/// either end adds nothing to the KL integral (never an infinity, never 0 · ln 0 = NaN).
#[test]
fn an_impossible_category_adds_nothing_to_the_kl_index() {
    let step = IrtModel::TwoPl { a: 200.0, b: 0.0 };
    assert_eq!(step.probability(-5.0, 1), 0.0, "the premise: P underflows to 0");
    assert_eq!(step.probability(5.0, 0), 0.0);
    let k = kl_index(&step, -5.0, 10.0);
    assert!(k.is_finite() && k >= 0.0, "{k}");
    let k = kl_index(&step, 5.0, 10.0);
    assert!(k.is_finite() && k >= 0.0, "{k}");
}

/// A posterior that is not a finite mass (an infinite or undefined weight) gives index 0, as
/// an empty one does.
#[test]
fn expected_information_of_a_non_finite_posterior_is_zero() {
    let item = IrtModel::TwoPl { a: 1.3, b: 0.4 };
    let nodes = [-1.0, 0.0, 1.0];
    assert_eq!(expected_information(&item, &nodes, &[1.0, f64::INFINITY, 1.0]), 0.0);
    assert_eq!(expected_information(&item, &nodes, &[1.0, f64::NAN, 1.0]), 0.0);
}

/// The current stratum comes first: a far item there beats an item on the estimate one
/// stratum away, and nearer strata beat farther ones.
#[test]
fn a_stratified_prefers_the_current_stratum_then_the_nearest() {
    let far = IrtModel::TwoPl { a: 1.0, b: 2.0 };
    let on = IrtModel::TwoPl { a: 1.0, b: 0.0 };
    assert!(a_stratified(&far, 0.0, 2, 2) > a_stratified(&on, 0.0, 1, 2));
    assert!(a_stratified(&on, 0.0, 1, 2) > a_stratified(&on, 0.0, 0, 2));
    assert!(a_stratified(&on, 0.0, 2, 2) > a_stratified(&far, 0.0, 2, 2));
    // Within a stratum, nearness is to the estimate: at θ = 1 the item at 1 beats the one at −0.5.
    let at_one = IrtModel::TwoPl { a: 1.0, b: 1.0 };
    let below = IrtModel::TwoPl { a: 1.0, b: -0.5 };
    assert!(a_stratified(&at_one, 1.0, 0, 0) > a_stratified(&below, 1.0, 0, 0));
}

/// The progressive method's random part is uniform on [0, 1) and differs between items.
#[test]
fn the_random_part_is_uniform_on_the_unit_interval() {
    let draws: Vec<f64> = (0..2000).map(|i| uniform(42, i)).collect();
    assert!(draws.iter().all(|&u| (0.0..1.0).contains(&u)));
    let mean = draws.iter().sum::<f64>() / draws.len() as f64;
    assert!((mean - 0.5).abs() < 0.03, "{mean}");
    let below_a_tenth = draws.iter().filter(|&&u| u < 0.1).count();
    assert!((150..250).contains(&below_a_tenth), "{below_a_tenth}");
}

/// What `criterion` scores each rule by, item for item, on the default bank: the KL index over
/// θ̂ ± width/√n, the expected information under the posterior's weights (log weights far
/// from 0, as a long test's are), and the progressive mix against the best information among
/// items not yet given.
#[test]
fn each_rule_scores_items_by_its_own_index() {
    let content = crate::defaults::content().unwrap();
    let items = content.bank.items();
    let scored: Vec<usize> = (0..items.len()).filter(|&i| items[i].is_scored()).collect();
    let theta = 0.5;
    let info = |i: usize| items[i].irt.as_ref().unwrap().information(theta);
    let best = *scored.iter().max_by(|&&i, &&j| info(i).total_cmp(&info(j))).unwrap();
    let mut administered = vec![false; items.len()];
    administered[best] = true;
    let nodes: Vec<f64> = (0..61).map(|k| -6.0 + 0.2 * k as f64).collect();
    let log_posterior: Vec<f64> = nodes.iter().map(|t| 400.0 - 0.5 * (t - theta) * (t - theta)).collect();
    let inputs = || RuleInputs {
        items,
        theta,
        answered: 4,
        max_items: 20,
        nodes: &nodes,
        log_posterior: log_posterior.clone(),
        showable: scored.clone(),
        administered: &administered,
        seed: 7,
    };
    let model = |i: usize| items[i].irt.as_ref().unwrap();
    let probe: Vec<usize> = scored.iter().copied().step_by(17).take(6).collect();

    assert!(criterion(SelectionRule::MaxInfo, inputs()).is_none());
    let kl = criterion(SelectionRule::KullbackLeibler { width: 3.0 }, inputs()).unwrap();
    for &i in &probe {
        assert_eq!(kl(i), kl_index(model(i), theta, 1.5), "item {i}");
    }
    let weights: Vec<f64> = log_posterior.iter().map(|l| (l - 400.0).exp()).collect();
    let expected = criterion(SelectionRule::ExpectedInformation, inputs()).unwrap();
    for &i in &probe {
        let direct = expected_information(model(i), &nodes, &weights);
        assert!(direct > 0.0 && (expected(i) - direct).abs() < 1e-12, "item {i}");
    }
    let second_best = scored
        .iter()
        .filter(|&&i| i != best)
        .map(|&i| info(i))
        .fold(0.0, f64::max);
    let progressive_score = criterion(SelectionRule::Progressive, inputs()).unwrap();
    for &i in &probe {
        let direct = progressive(info(i), second_best, uniform(7, i), 4, 20);
        assert!((progressive_score(i) - direct).abs() < 1e-12, "item {i}");
    }
}

/// Every bit of the session seed reaches the random part: seeds that differ in the lowest bit
/// or only in high bits draw differently.
#[test]
fn the_random_part_depends_on_every_bit_of_the_seed() {
    for (a, b) in [(0u64, 1u64), (1 << 40, 1 << 41), (1 << 63, 0)] {
        let same = (0..20).filter(|&i| uniform(a, i) == uniform(b, i)).count();
        assert_eq!(same, 0, "seeds {a} and {b}");
    }
}
