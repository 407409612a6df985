//! Point estimators: MAP, MLE and WLE.

use super::optimise::{decreasing_root, maximise};
use super::{log_likelihood, Estimate, Method, NormalPrior, Scored};

fn information(responses: &[Scored<'_>], theta: f64) -> f64 {
    responses.iter().map(|r| r.model.information(theta)).sum()
}

fn se_from_information(info: f64) -> f64 {
    1.0 / info.max(f64::MIN_POSITIVE).sqrt()
}

/// Maximum a posteriori estimate under a normal prior, searched in [-bound, bound]
/// (centred on the prior mean). SE = 1 / sqrt(test information + 1 / prior variance).
pub fn map(responses: &[Scored<'_>], prior: NormalPrior, bound: f64) -> Estimate {
    let precision = 1.0 / (prior.sd * prior.sd);
    let (theta, bounded) = maximise(
        |t| {
            let (l, d1, d2) = log_likelihood(responses, t);
            (
                l + prior.log_density(t),
                d1 - (t - prior.mean) * precision,
                d2 - precision,
            )
        },
        prior.mean - bound,
        prior.mean + bound,
    );
    let se = se_from_information(information(responses, theta) + precision);
    Estimate {
        theta,
        se,
        method: Method::Map,
        bounded,
    }
}

/// Maximum likelihood estimate in [-bound, bound]. An all-correct (all-wrong) pattern has no
/// finite maximum: the estimate is the upper (lower) bound with `bounded` set.
/// SE = 1 / sqrt(test information at the estimate).
pub fn mle(responses: &[Scored<'_>], bound: f64) -> Estimate {
    let (theta, bounded) = maximise(|t| log_likelihood(responses, t), -bound, bound);
    let se = se_from_information(information(responses, theta));
    Estimate {
        theta,
        se,
        method: Method::Mle,
        bounded,
    }
}

/// l(theta) + ln I(theta) / 2: the objective Warm's estimate maximises exactly for 1PL and
/// 2PL items, and how [`wle`] chooses among several roots.
pub(super) fn weighted_log_likelihood(responses: &[Scored<'_>], theta: f64) -> f64 {
    log_likelihood(responses, theta).0 + 0.5 * information(responses, theta).max(f64::MIN_POSITIVE).ln()
}

/// Warm's (1989) weighted likelihood estimate: the root of
/// l'(theta) + J(theta) / (2 I(theta)) = 0, where J = sum of P' P'' / P over items and categories.
/// Finite for all-correct and all-wrong patterns. SE = 1 / sqrt(I) at the estimate.
pub fn wle(responses: &[Scored<'_>], bound: f64) -> Estimate {
    let correction = |t: f64| {
        let (mut i, mut j) = (0.0, 0.0);
        for r in responses {
            i += r.model.information(t);
            j += r.model.warm_j(t);
        }
        (i, j)
    };
    let g = |t: f64| {
        let (_, d1, _) = log_likelihood(responses, t);
        let (i, j) = correction(t);
        if i > 0.0 {
            d1 + j / (2.0 * i)
        } else {
            d1
        }
    };
    // Among several roots (possible with 3PL items) keep the one with the largest weighted
    // likelihood.
    let objective = |t: f64| weighted_log_likelihood(responses, t);
    if responses.is_empty() {
        // No information: the same finite stand-in for an infinite SE as `mle` gives, so that a
        // session state holding it still serializes (JSON has no infinity).
        return Estimate {
            theta: 0.0,
            se: se_from_information(0.0),
            method: Method::Wle,
            bounded: true,
        };
    }
    let (theta, bounded) = decreasing_root(g, objective, -bound, bound);
    let se = se_from_information(information(responses, theta));
    Estimate {
        theta,
        se,
        method: Method::Wle,
        bounded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::irt::IrtModel;

    fn logit(p: f64) -> f64 {
        (p / (1.0 - p)).ln()
    }

    fn pattern(models: &[IrtModel], correct: usize) -> Vec<Scored<'_>> {
        models
            .iter()
            .enumerate()
            .map(|(i, m)| Scored::new(m, usize::from(i < correct)))
            .collect()
    }

    #[test]
    fn mle_rasch_identical_items_is_the_logit_of_the_proportion_correct() {
        let items = vec![IrtModel::OnePl { b: 0.5 }; 10];
        for r in 1..10 {
            let e = mle(&pattern(&items, r), 6.0);
            let expected = 0.5 + logit(r as f64 / 10.0);
            assert!((e.theta - expected).abs() < 1e-8, "r={r}: {} vs {expected}", e.theta);
            // SE: 1 / sqrt(n p q).
            let p = r as f64 / 10.0;
            assert!((e.se - 1.0 / (10.0 * p * (1.0 - p)).sqrt()).abs() < 1e-6);
            assert!(!e.bounded);
        }
    }

    #[test]
    fn mle_2pl_identical_items_closed_form() {
        let (a, b) = (1.7, -0.3);
        let items = vec![IrtModel::TwoPl { a, b }; 8];
        let e = mle(&pattern(&items, 3), 6.0);
        assert!((e.theta - (b + logit(3.0 / 8.0) / a)).abs() < 1e-8);
    }

    #[test]
    fn mle_extreme_patterns_stop_at_the_bound() {
        let items = vec![
            IrtModel::TwoPl { a: 1.2, b: 0.0 },
            IrtModel::ThreePl { a: 1.0, b: 1.0, c: 0.2 },
        ];
        let all_right = mle(&pattern(&items, 2), 4.0);
        assert_eq!((all_right.theta, all_right.bounded), (4.0, true));
        let all_wrong = mle(&pattern(&items, 0), 4.0);
        assert_eq!((all_wrong.theta, all_wrong.bounded), (-4.0, true));
        assert!(all_wrong.se.is_finite() && all_right.se.is_finite());
    }

    #[test]
    fn wle_rasch_identical_items_closed_form() {
        // With n Rasch items at b, Warm's equation reduces to P(theta) = (r + 1/2) / (n + 1).
        let n = 12;
        let items = vec![IrtModel::OnePl { b: -0.7 }; n];
        for r in 0..=n {
            let e = wle(&pattern(&items, r), 6.0);
            let expected = -0.7 + logit((r as f64 + 0.5) / (n as f64 + 1.0));
            assert!((e.theta - expected).abs() < 1e-8, "r={r}: {} vs {expected}", e.theta);
            assert!(!e.bounded, "WLE is finite even for r = {r}");
        }
    }

    #[test]
    fn map_with_rasch_items_solves_the_penalised_score_equation() {
        let items = vec![IrtModel::OnePl { b: 0.0 }; 5];
        let prior = NormalPrior { mean: 0.0, sd: 1.0 };
        let e = map(&pattern(&items, 4), prior, 6.0);
        // Score equation: r - n P(theta) - theta = 0.
        let p = crate::irt::logistic(e.theta);
        assert!((4.0 - 5.0 * p - e.theta).abs() < 1e-9);
        let info = 5.0 * p * (1.0 - p);
        assert!((e.se - 1.0 / (info + 1.0).sqrt()).abs() < 1e-12);
        // All correct still gives a finite MAP estimate.
        let all = map(&pattern(&items, 5), prior, 6.0);
        assert!(!all.bounded && all.theta > e.theta);
    }

    #[test]
    fn baker_worked_example() {
        // Baker (2001), The Basics of Item Response Theory, ch. 5: items (b, a) = (-1, 1.0),
        // (0, 1.2), (1, 0.8), responses 1, 0, 1. Published MLE 0.3249, SE 1.23.
        let items = [
            IrtModel::TwoPl { a: 1.0, b: -1.0 },
            IrtModel::TwoPl { a: 1.2, b: 0.0 },
            IrtModel::TwoPl { a: 0.8, b: 1.0 },
        ];
        let responses: Vec<Scored> = items.iter().zip([1, 0, 1]).map(|(m, s)| Scored::new(m, s)).collect();
        let e = mle(&responses, 6.0);
        assert!((e.theta - 0.3249).abs() < 5e-4, "{}", e.theta);
        assert!((e.se - 1.23).abs() < 0.01, "{}", e.se);
    }
}
