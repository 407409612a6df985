use super::{Estimate, LikelihoodGrid, Quadrature, Scored};

/// Expected a posteriori estimate: posterior mean and SD under the quadrature's normal prior.
pub fn eap(responses: &[Scored<'_>], quadrature: &Quadrature) -> Estimate {
    let mut grid = LikelihoodGrid::new(quadrature);
    for r in responses {
        grid.add(quadrature, r.model, r.score);
    }
    grid.eap(quadrature)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::NormalPrior;
    use crate::irt::IrtModel;

    /// Posterior moments by adaptive Simpson integration over a wide interval.
    fn brute_force(responses: &[Scored<'_>], prior: NormalPrior) -> (f64, f64) {
        let density = |t: f64| {
            let l: f64 = responses.iter().map(|r| r.model.probability(t, r.score)).product();
            l * (prior.log_density(t)).exp()
        };
        let n = 200_000;
        let (lo, hi) = (prior.mean - 10.0 * prior.sd, prior.mean + 10.0 * prior.sd);
        let h = (hi - lo) / n as f64;
        let (mut z, mut m1, mut m2) = (0.0, 0.0, 0.0);
        for i in 0..=n {
            let t = lo + h * i as f64;
            let w = if i == 0 || i == n {
                1.0
            } else if i % 2 == 1 {
                4.0
            } else {
                2.0
            };
            let f = density(t) * w;
            z += f;
            m1 += f * t;
            m2 += f * t * t;
        }
        let mean = m1 / z;
        (mean, (m2 / z - mean * mean).sqrt())
    }

    #[test]
    fn matches_brute_force_integral() {
        let items = [
            IrtModel::TwoPl { a: 1.2, b: -1.0 },
            IrtModel::ThreePl { a: 1.8, b: 0.3, c: 0.2 },
            IrtModel::OnePl { b: 0.9 },
            IrtModel::Graded {
                a: 1.5,
                thresholds: vec![-0.5, 0.8],
                floor: Vec::new(),
            },
            IrtModel::TwoPl { a: 0.8, b: 1.7 },
        ];
        let scores = [1, 1, 0, 1, 0];
        let responses: Vec<Scored> = items.iter().zip(scores).map(|(m, s)| Scored::new(m, s)).collect();
        for prior in [NormalPrior { mean: 0.0, sd: 1.0 }, NormalPrior { mean: 0.5, sd: 1.5 }] {
            let e = eap(&responses, &Quadrature::new(prior, 61));
            let (mean, sd) = brute_force(&responses, prior);
            assert!((e.theta - mean).abs() < 1e-6, "{} vs {mean}", e.theta);
            assert!((e.se - sd).abs() < 1e-6, "{} vs {sd}", e.se);
        }
    }

    #[test]
    fn no_responses_gives_the_prior() {
        let prior = NormalPrior { mean: 0.4, sd: 0.8 };
        let e = eap(&[], &Quadrature::new(prior, 61));
        assert!((e.theta - 0.4).abs() < 1e-9);
        assert!((e.se - 0.8).abs() < 1e-6);
    }

    #[test]
    fn rasch_single_item_posterior_is_symmetric() {
        // One Rasch item at b = 0 answered right and one answered wrong: the posterior is
        // symmetric about 0, so the mean is exactly 0.
        let m = IrtModel::OnePl { b: 0.0 };
        let e = eap(
            &[Scored::new(&m, 1), Scored::new(&m, 0)],
            &Quadrature::new(NormalPrior::default(), 61),
        );
        assert!(e.theta.abs() < 1e-12);
        assert!(e.se < 1.0);
    }
}
