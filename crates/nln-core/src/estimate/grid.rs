//! Quadrature nodes and a running log-likelihood over them.
//!
//! An adaptive test re-estimates ability after every answer. Keeping the log-likelihood at the
//! quadrature nodes and adding one item at a time makes each EAP update cost one pass over the
//! nodes instead of one pass per answered item.

use super::{Estimate, Method, NormalPrior};
use crate::irt::IrtModel;

/// Equally spaced nodes over the prior mean +- 6 SD, with the prior's log density at each.
///
/// Equal spacing with the trapezoid rule converges geometrically for the smooth, fast-decaying
/// posteriors of IRT, so it matches Gauss–Hermite accuracy while keeping nodes fixed as the
/// posterior narrows.
#[derive(Debug, Clone, PartialEq)]
pub struct Quadrature {
    prior: NormalPrior,
    nodes: Vec<f64>,
    log_prior: Vec<f64>,
}

impl Quadrature {
    /// `points` nodes (at least 3).
    pub fn new(prior: NormalPrior, points: usize) -> Quadrature {
        let points = points.max(3);
        let lo = prior.mean - 6.0 * prior.sd;
        let step = 12.0 * prior.sd / (points - 1) as f64;
        let nodes: Vec<f64> = (0..points).map(|i| lo + step * i as f64).collect();
        let log_prior = nodes.iter().map(|&t| prior.log_density(t)).collect();
        Quadrature {
            prior,
            nodes,
            log_prior,
        }
    }

    /// The prior the nodes' weights come from.
    pub fn prior(&self) -> NormalPrior {
        self.prior
    }

    /// The theta values the posterior is evaluated at.
    pub fn nodes(&self) -> &[f64] {
        &self.nodes
    }

    /// Posterior mean and SD from log-likelihood values at the nodes.
    pub fn posterior(&self, log_likelihood: &[f64]) -> Estimate {
        debug_assert_eq!(log_likelihood.len(), self.nodes.len());
        let max = log_likelihood
            .iter()
            .zip(&self.log_prior)
            .map(|(l, p)| l + p)
            .fold(f64::NEG_INFINITY, f64::max);
        let (mut w_sum, mut m1, mut m2) = (0.0, 0.0, 0.0);
        for ((l, p), &t) in log_likelihood.iter().zip(&self.log_prior).zip(&self.nodes) {
            let w = (l + p - max).exp();
            w_sum += w;
            m1 += w * t;
            m2 += w * t * t;
        }
        let mean = m1 / w_sum;
        let var = (m2 / w_sum - mean * mean).max(0.0);
        Estimate {
            theta: mean,
            se: var.sqrt(),
            method: Method::Eap,
            bounded: false,
        }
    }
}

/// Log-likelihood of the answers so far, at each quadrature node.
#[derive(Debug, Clone, PartialEq)]
pub struct LikelihoodGrid {
    values: Vec<f64>,
}

impl LikelihoodGrid {
    /// An empty grid (no answers: log-likelihood 0 everywhere).
    pub fn new(quadrature: &Quadrature) -> LikelihoodGrid {
        LikelihoodGrid {
            values: vec![0.0; quadrature.nodes().len()],
        }
    }

    /// Adds one scored answer.
    pub fn add(&mut self, quadrature: &Quadrature, model: &IrtModel, score: usize) {
        for (v, &t) in self.values.iter_mut().zip(quadrature.nodes()) {
            *v += model.log_likelihood(t, score);
        }
    }

    /// The log-likelihood values.
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// EAP estimate from the answers added so far.
    pub fn eap(&self, quadrature: &Quadrature) -> Estimate {
        quadrature.posterior(&self.values)
    }
}
