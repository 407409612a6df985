//! Item calibration by marginal maximum likelihood (Bock & Aitkin, 1981), as R mirt does it.
//!
//! The latent trait is integrated over fixed equally spaced nodes (61 on [−6, 6] by default,
//! mirt's unidimensional choice) with normalised N(μ, σ²) weights. Each EM cycle tabulates item
//! log-probabilities on the nodes, forms every row's posterior and the expected counts per item,
//! category and node (E-step), then maximises each item's expected log-likelihood by Newton's
//! method (M-step). Missing cells are simply absent: marginal ML is unbiased when the next item
//! depends only on observed answers, as in an adaptive test.
//!
//! The scale is fixed by N(0, 1), except: Rasch (slopes 1, σ estimated) and anchored runs
//! (anchor items keep their bank parameters, μ and σ are estimated, so new items land on the
//! bank's scale). Standard errors come from the observed information matrix: the Hessian of the
//! marginal log-likelihood, by central differences of its exact gradient (Fisher's identity,
//! the gradient of the expected complete-data log-likelihood) — mirt's "Oakes" method with a
//! numerical derivative.

mod data;
pub mod dif;
mod estep;
pub mod fit;
mod item;
pub mod linking;
pub mod standard_setting;

pub use data::{Answer, DataError, ResponseData};
pub use item::{BetaPrior, ItemPriors, LogNormalPrior, ModelKind};

use crate::irt::{logistic, IrtModel};
use estep::e_step;
use item::{logit, maximise, ItemParams};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// How one item column is calibrated.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemSpec {
    /// Model to estimate.
    pub kind: ModelKind,
    /// Bank parameters to hold fixed (an anchor item); `None` to estimate.
    pub anchor: Option<IrtModel>,
    /// Guessing floor of a graded item, held fixed while a and the thresholds are estimated
    /// (empty: none; see [`IrtModel::Graded`]).
    pub floor: Vec<f64>,
}

impl ItemSpec {
    /// An item to estimate with `kind`.
    pub fn free(kind: ModelKind) -> ItemSpec {
        ItemSpec {
            kind,
            anchor: None,
            floor: Vec::new(),
        }
    }
}

/// Settings of the EM algorithm (defaults are mirt's).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CalibrationSettings {
    /// Quadrature nodes, equally spaced on [−theta_limit, theta_limit].
    pub quadrature_points: usize,
    /// Half-width of the quadrature range.
    pub theta_limit: f64,
    /// Stop when no parameter moves more than this in a cycle.
    pub tolerance: f64,
    /// Give up after this many cycles (reported as not converged).
    pub max_cycles: usize,
    /// Prior on 3PL lower asymptotes (`None`: maximum likelihood, often unstable).
    pub guessing_prior: Option<BetaPrior>,
    /// Prior on free slopes (`None`, mirt's default; sparse adaptive data may need one).
    pub slope_prior: Option<LogNormalPrior>,
    /// Compute standard errors (costs two E-steps per free parameter).
    pub standard_errors: bool,
    /// Above this many free parameters standard errors are skipped (reported as such): the
    /// numerical observed information costs two E-steps per parameter.
    pub max_se_parameters: usize,
}

impl Default for CalibrationSettings {
    fn default() -> Self {
        CalibrationSettings {
            quadrature_points: 61,
            theta_limit: 6.0,
            tolerance: 1e-4,
            max_cycles: 500,
            guessing_prior: Some(BetaPrior::default()),
            slope_prior: None,
            standard_errors: true,
            max_se_parameters: 400,
        }
    }
}

/// Progress after one EM cycle, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Cycle just finished (1-based).
    pub cycle: usize,
    /// Cycle limit.
    pub max_cycles: usize,
    /// Marginal log-likelihood at the start of the cycle.
    pub log_likelihood: f64,
    /// Largest parameter change in the cycle.
    pub max_change: f64,
}

/// One calibrated item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibratedItem {
    /// Model as the bank stores it (IRT form a, b, c; D = 1).
    pub model: IrtModel,
    /// Model kind estimated.
    pub kind: ModelKind,
    /// True for an anchor held at its bank parameters.
    pub anchor: bool,
    /// Slope-intercept parameters (a, d_1..d_m, then logit c for 3PL), as mirt reports them.
    pub slope_intercept: Vec<f64>,
    /// Their standard errors (0 for a fixed parameter), when computed.
    pub slope_intercept_se: Option<Vec<f64>>,
    /// Standard errors of the IRT form (a, b_1..b_m, then c), by the delta method.
    pub irt_se: Option<Vec<f64>>,
    /// Weighted number of answers.
    pub answers: f64,
}

/// Result of a calibration run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// Items in column order.
    pub items: Vec<CalibratedItem>,
    /// Latent mean (0 unless anchors set the scale).
    pub latent_mean: f64,
    /// Latent SD (1 unless estimated: Rasch or anchors).
    pub latent_sd: f64,
    /// EM cycles run.
    pub cycles: usize,
    /// Whether the tolerance was reached within the cycle limit.
    pub converged: bool,
    /// Marginal log-likelihood at the estimates (priors excluded).
    pub log_likelihood: f64,
    /// Number of estimated parameters.
    pub parameters: usize,
    /// Number of persons (total row weight).
    pub persons: f64,
    /// Akaike information criterion, −2 logL + 2k.
    pub aic: f64,
    /// Bayesian information criterion, −2 logL + k ln N.
    pub bic: f64,
    /// How the standard errors were obtained (`None` when not computed).
    pub se_method: Option<String>,
    /// Standard errors were asked for but skipped: more free parameters than
    /// `max_se_parameters`.
    pub se_skipped: bool,
    /// Settings used.
    pub settings: CalibrationSettings,
}

/// Why a calibration cannot run.
#[derive(Debug, Clone, PartialEq, Error)]
#[non_exhaustive]
pub enum CalibrationError {
    /// The specs do not match the data's item columns.
    #[error("{specs} item specifications for {items} item columns")]
    SpecCount {
        /// Number of specs.
        specs: usize,
        /// Number of columns.
        items: usize,
    },
    /// No rows.
    #[error("no responses")]
    NoData,
    /// A dichotomous model for an item with a score above 1.
    #[error("item {item}: score {score} but the model is dichotomous")]
    NotDichotomous {
        /// Item column.
        item: usize,
        /// Highest score seen.
        score: usize,
    },
    /// Every answer to a free item is in one category (or nobody answered it).
    #[error("item {item}: every answer has the same score, nothing to estimate")]
    NoVariation {
        /// Item column.
        item: usize,
    },
    /// A graded item with a score category nobody used between used ones.
    #[error("item {item}: no answer scored {score}")]
    EmptyCategory {
        /// Item column.
        item: usize,
        /// The empty score.
        score: usize,
    },
    /// An anchor with fewer categories than the data use.
    #[error("item {item}: anchor has {categories} categories, data have score {score}")]
    AnchorCategories {
        /// Item column.
        item: usize,
        /// Anchor categories.
        categories: usize,
        /// Highest score seen.
        score: usize,
    },
    /// Settings out of range.
    #[error("settings out of range")]
    BadSettings,
}

impl CalibrationError {
    /// Fluent message id for rendering.
    pub fn message_id(&self) -> &'static str {
        match self {
            CalibrationError::SpecCount { .. } => "calibrate-error-spec-count",
            CalibrationError::NoData => "calibrate-error-no-data",
            CalibrationError::NotDichotomous { .. } => "calibrate-error-not-dichotomous",
            CalibrationError::NoVariation { .. } => "calibrate-error-no-variation",
            CalibrationError::EmptyCategory { .. } => "calibrate-error-empty-category",
            CalibrationError::AnchorCategories { .. } => "calibrate-error-anchor-categories",
            CalibrationError::BadSettings => "calibrate-error-settings",
        }
    }
}

/// Equally spaced quadrature nodes on [−limit, limit].
pub fn quadrature_nodes(points: usize, limit: f64) -> Vec<f64> {
    let points = points.max(3);
    (0..points)
        .map(|i| -limit + 2.0 * limit * i as f64 / (points - 1) as f64)
        .collect()
}

/// Normalised log weights of N(mean, sd²) at the nodes.
fn log_prior(nodes: &[f64], mean: f64, sd: f64) -> Vec<f64> {
    let raw: Vec<f64> = nodes.iter().map(|t| -0.5 * ((t - mean) / sd).powi(2)).collect();
    let max = raw.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let log_sum = max + raw.iter().map(|r| (r - max).exp()).sum::<f64>().ln();
    raw.into_iter().map(|r| r - log_sum).collect()
}

/// Which of (a, d_1..d_m, g) an item estimates itself (a 1PL slope is shared, handled apart).
fn free_mask(spec: &ItemSpec, params: &ItemParams) -> Vec<bool> {
    let n = params.to_vec().len();
    if spec.anchor.is_some() {
        return vec![false; n];
    }
    let mut mask = vec![true; n];
    if matches!(spec.kind, ModelKind::Rasch | ModelKind::OnePl) {
        mask[0] = false;
    }
    mask
}

struct Setup {
    params: Vec<ItemParams>,
    masks: Vec<Vec<bool>>,
    one_pl: Vec<usize>,
    estimate_mean: bool,
    estimate_sd: bool,
}

fn set_up(data: &ResponseData, specs: &[ItemSpec], settings: &CalibrationSettings) -> Result<Setup, CalibrationError> {
    if specs.len() != data.items() {
        return Err(CalibrationError::SpecCount {
            specs: specs.len(),
            items: data.items(),
        });
    }
    if data.rows() == 0 {
        return Err(CalibrationError::NoData);
    }
    if !(settings.quadrature_points >= 5
        && settings.quadrature_points <= 1001
        && settings.theta_limit.is_finite()
        && settings.theta_limit > 0.0
        && settings.tolerance.is_finite()
        && settings.tolerance > 0.0
        && settings
            .slope_prior
            .is_none_or(|p| p.sd > 0.0 && p.sd.is_finite() && p.mean.is_finite())
        && settings
            .guessing_prior
            .is_none_or(|p| p.alpha >= 1.0 && p.beta >= 1.0 && p.alpha.is_finite() && p.beta.is_finite()))
    {
        return Err(CalibrationError::BadSettings);
    }
    let counts = data.category_counts();
    let mut params = Vec::with_capacity(specs.len());
    for (item, (spec, c)) in specs.iter().zip(&counts).enumerate() {
        let max_score = c.len().saturating_sub(1);
        if let Some(anchor) = &spec.anchor {
            if anchor.categories() < c.len() {
                return Err(CalibrationError::AnchorCategories {
                    item,
                    categories: anchor.categories(),
                    score: max_score,
                });
            }
            params.push(ItemParams::from_model(anchor));
            continue;
        }
        if spec.kind != ModelKind::Grm && max_score > 1 {
            return Err(CalibrationError::NotDichotomous { item, score: max_score });
        }
        let total: f64 = c.iter().sum();
        if c.iter().filter(|&&n| n > 0.0).count() < 2 {
            return Err(CalibrationError::NoVariation { item });
        }
        if let Some(score) = c.iter().position(|&n| n == 0.0) {
            return Err(CalibrationError::EmptyCategory { item, score });
        }
        // Start values: unit slope, intercepts from the cumulative proportions.
        let mut at_least = total;
        let d: Vec<f64> = (1..c.len())
            .map(|k| {
                at_least -= c[k - 1];
                logit((at_least / total).clamp(0.01, 0.99))
            })
            .collect();
        let g = (spec.kind == ModelKind::ThreePl).then(|| {
            settings.guessing_prior.map_or(logit(0.1), |p| {
                logit(((p.alpha - 1.0) / (p.alpha + p.beta - 2.0)).clamp(0.01, 0.5))
            })
        });
        let floor_fits = spec.floor.is_empty()
            || (spec.kind == ModelKind::Grm
                && spec.floor.len() == d.len()
                && spec.floor.iter().all(|p| p.is_finite() && *p >= 0.0)
                && spec.floor.iter().sum::<f64>() < 1.0);
        if !floor_fits {
            return Err(CalibrationError::BadSettings);
        }
        let floor = spec.floor.clone();
        params.push(ItemParams { a: 1.0, d, g, floor });
    }
    let masks = specs.iter().zip(&params).map(|(s, p)| free_mask(s, p)).collect();
    let one_pl: Vec<usize> = (0..specs.len())
        .filter(|&i| specs[i].anchor.is_none() && specs[i].kind == ModelKind::OnePl)
        .collect();
    let anchored = specs.iter().any(|s| s.anchor.is_some());
    let rasch = specs.iter().any(|s| s.anchor.is_none() && s.kind == ModelKind::Rasch);
    Ok(Setup {
        params,
        masks,
        one_pl,
        estimate_mean: anchored,
        estimate_sd: anchored || rasch,
    })
}

/// Newton step on the slope shared by all 1PL items.
fn update_shared_slope(params: &mut [ItemParams], one_pl: &[usize], nodes: &[f64], counts: &[Vec<f64>]) {
    if one_pl.is_empty() {
        return;
    }
    let slope_gradient = |params: &[ItemParams], a: f64| -> (f64, f64) {
        let mut value = 0.0;
        let mut g = 0.0;
        for &i in one_pl {
            let mut p = params[i].clone();
            p.a = a;
            let mut grad = vec![0.0; p.to_vec().len()];
            value += p.objective(nodes, &counts[i], &ItemPriors::default(), &mut grad);
            g += grad[0];
        }
        (value, g)
    };
    let mut a = params[one_pl[0]].a;
    for _ in 0..20 {
        let (value, g) = slope_gradient(params, a);
        let h = 1e-5 * a.abs().max(1.0);
        let curvature = (slope_gradient(params, a + h).1 - slope_gradient(params, a - h).1) / (2.0 * h);
        let mut step = if curvature < 0.0 {
            -g / curvature
        } else {
            g.signum() * 0.1
        };
        step = step.clamp(-1.0, 1.0);
        let mut accepted = false;
        for _ in 0..30 {
            let next = a + step;
            if next.is_finite() && slope_gradient(params, next).0 >= value - 1e-12 * value.abs() {
                a = next;
                accepted = true;
                break;
            }
            step *= 0.5;
        }
        if !accepted || step.abs() < 1e-10 {
            break;
        }
    }
    for &i in one_pl {
        params[i].a = a;
    }
}

/// Calibrates the items of `data` (columns) with `specs` (one per column). `progress` is called
/// after every EM cycle.
///
/// # Errors
/// When the data cannot identify a requested model (see [`CalibrationError`]).
pub fn calibrate(
    data: &ResponseData,
    specs: &[ItemSpec],
    settings: &CalibrationSettings,
    progress: &mut dyn FnMut(&Progress),
) -> Result<Calibration, CalibrationError> {
    let Setup {
        mut params,
        masks,
        one_pl,
        estimate_mean,
        estimate_sd,
    } = set_up(data, specs, settings)?;
    let nodes = quadrature_nodes(settings.quadrature_points, settings.theta_limit);
    let (mut mean, mut sd) = (0.0, 1.0);
    let mut cycles = 0;
    let mut converged = false;
    let prior_c = ItemPriors {
        guessing: settings.guessing_prior,
        slope: settings.slope_prior,
    };
    let mut history: Vec<Vec<Vec<f64>>> = Vec::new();
    while cycles < settings.max_cycles {
        cycles += 1;
        let before: Vec<Vec<f64>> = params.iter().map(|p| p.to_vec()).collect();
        let expected = e_step(data, &params, &nodes, &log_prior(&nodes, mean, sd), true);
        for (i, p) in params.iter_mut().enumerate() {
            maximise(p, &masks[i], &nodes, &expected.counts[i], &prior_c);
        }
        update_shared_slope(&mut params, &one_pl, &nodes, &expected.counts);
        let mut change: f64 = 0.0;
        if estimate_mean || estimate_sd {
            let total: f64 = expected.node_mass.iter().sum();
            let new_mean = if estimate_mean {
                expected.node_mass.iter().zip(&nodes).map(|(w, t)| w * t).sum::<f64>() / total
            } else {
                0.0
            };
            let var = expected
                .node_mass
                .iter()
                .zip(&nodes)
                .map(|(w, t)| w * (t - new_mean).powi(2))
                .sum::<f64>()
                / total;
            let new_sd = if estimate_sd { var.sqrt().max(0.05) } else { 1.0 };
            change = change.max((new_mean - mean).abs()).max((new_sd - sd).abs());
            mean = new_mean;
            sd = new_sd;
        }
        for (p, b) in params.iter().zip(&before) {
            for (x, y) in p.to_vec().iter().zip(b) {
                change = change.max((x - y).abs());
            }
        }
        if change >= settings.tolerance {
            accelerate(&mut params, &mut history);
        }
        progress(&Progress {
            cycle: cycles,
            max_change: change,
            log_likelihood: expected.log_likelihood,
            max_cycles: settings.max_cycles,
        });
        if change < settings.tolerance {
            converged = true;
            break;
        }
    }
    let log_prior_final = log_prior(&nodes, mean, sd);
    let log_likelihood = e_step(data, &params, &nodes, &log_prior_final, false).log_likelihood;
    let layout = ParameterLayout::new(&masks, &one_pl);
    let parameters = layout.len() + usize::from(estimate_mean) + usize::from(estimate_sd);
    let persons = data.total_weight();
    let se_skipped = settings.standard_errors && layout.len() > settings.max_se_parameters;
    let covariance = if settings.standard_errors && layout.len() > 0 && !se_skipped {
        observed_covariance(data, &params, &layout, &nodes, &log_prior_final, &prior_c)
    } else {
        None
    };
    let answers = data.category_counts();
    let items = params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let si_se = covariance.as_ref().map(|cov| layout.item_se(i, cov));
            CalibratedItem {
                model: specs[i].anchor.clone().unwrap_or_else(|| p.to_model(specs[i].kind)),
                kind: specs[i].kind,
                anchor: specs[i].anchor.is_some(),
                slope_intercept: p.to_vec(),
                irt_se: covariance.as_ref().map(|cov| layout.irt_se(i, p, cov)),
                slope_intercept_se: si_se,
                answers: answers[i].iter().sum(),
            }
        })
        .collect();
    let k = parameters as f64;
    Ok(Calibration {
        items,
        latent_mean: mean,
        latent_sd: sd,
        cycles,
        converged,
        log_likelihood,
        parameters,
        persons,
        aic: -2.0 * log_likelihood + 2.0 * k,
        bic: -2.0 * log_likelihood + k * persons.ln(),
        se_method: covariance
            .is_some()
            .then(|| "observed information (numerical derivative of the Fisher-identity gradient)".to_string()),
        se_skipped,
        settings: *settings,
    })
}

/// Ramsay's (1975) acceleration, as mirt applies it: after three EM steps x₀, x₁, x₂, move to
/// (1 − α) x₂ + α x₁ with α = 1 − ‖Δ₂‖ / ‖Δ₂ − Δ₁‖ (bounded below by −5), which extrapolates
/// along the slow direction EM crawls in when items carry little information (sparse data).
/// Skipped when it would leave the admissible region.
fn accelerate(params: &mut [ItemParams], history: &mut Vec<Vec<Vec<f64>>>) {
    history.push(params.iter().map(|p| p.to_vec()).collect());
    if history.len() < 3 {
        return;
    }
    let (x0, x1, x2) = (&history[0], &history[1], &history[2]);
    let (mut n2, mut nd) = (0.0, 0.0);
    for ((a, b), c) in x0.iter().flatten().zip(x1.iter().flatten()).zip(x2.iter().flatten()) {
        let (d1, d2) = (b - a, c - b);
        n2 += d2 * d2;
        nd += (d2 - d1) * (d2 - d1);
    }
    let alpha = if nd > 0.0 {
        (1.0 - (n2 / nd).sqrt()).max(-5.0)
    } else {
        0.0
    };
    if alpha < 0.0 {
        let proposal: Vec<ItemParams> = params
            .iter()
            .zip(x1)
            .map(|(p, prev)| {
                let mut q = p.clone();
                let v: Vec<f64> = p
                    .to_vec()
                    .iter()
                    .zip(prev)
                    .map(|(x, y)| (1.0 - alpha) * x + alpha * y)
                    .collect();
                q.set_from(&v);
                q
            })
            .collect();
        if proposal.iter().all(|p| p.is_admissible() && p.a.abs() < 50.0) {
            params.clone_from_slice(&proposal);
        }
    }
    history.clear();
}

/// Where each free parameter sits in the joint vector: (item, index in a, d.., g), with the
/// shared 1PL slope as one entry used by several items.
struct ParameterLayout {
    /// For each joint index, the (item, component) pairs it sets.
    entries: Vec<Vec<(usize, usize)>>,
}

impl ParameterLayout {
    fn new(masks: &[Vec<bool>], one_pl: &[usize]) -> ParameterLayout {
        let mut entries = Vec::new();
        for (i, mask) in masks.iter().enumerate() {
            for (k, &free) in mask.iter().enumerate() {
                if free {
                    entries.push(vec![(i, k)]);
                }
            }
        }
        if !one_pl.is_empty() {
            entries.push(one_pl.iter().map(|&i| (i, 0)).collect());
        }
        ParameterLayout { entries }
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn get(&self, params: &[ItemParams]) -> Vec<f64> {
        self.entries
            .iter()
            .map(|e| {
                let (i, k) = e[0];
                params[i].to_vec()[k]
            })
            .collect()
    }

    fn set(&self, params: &mut [ItemParams], x: &[f64]) {
        for (e, &v) in self.entries.iter().zip(x) {
            for &(i, k) in e {
                let mut all = params[i].to_vec();
                all[k] = v;
                params[i].set_from(&all);
            }
        }
    }

    /// Joint indices of item `i`'s components (a, d.., g); `None` for a fixed component.
    fn of_item(&self, i: usize, components: usize) -> Vec<Option<usize>> {
        (0..components)
            .map(|k| self.entries.iter().position(|e| e.contains(&(i, k))))
            .collect()
    }

    fn item_se(&self, i: usize, cov: &[f64]) -> Vec<f64> {
        let n = self.len();
        (0..self.components_of(i))
            .map(|k| {
                self.entries
                    .iter()
                    .position(|e| e.contains(&(i, k)))
                    .map_or(0.0, |j| cov[j * n + j].max(0.0).sqrt())
            })
            .collect()
    }

    fn components_of(&self, i: usize) -> usize {
        self.entries
            .iter()
            .flatten()
            .filter(|(j, _)| *j == i)
            .map(|(_, k)| k + 1)
            .max()
            .unwrap_or(0)
    }

    /// Delta-method SEs of (a, b_1..b_m, c) from the slope-intercept covariance.
    fn irt_se(&self, i: usize, p: &ItemParams, cov: &[f64]) -> Vec<f64> {
        let n = self.len();
        let comps = p.to_vec().len();
        let idx = self.of_item(i, comps);
        let c = |x: usize, y: usize| match (idx[x], idx[y]) {
            (Some(u), Some(v)) => cov[u * n + v],
            _ => 0.0,
        };
        let mut out = Vec::with_capacity(comps);
        out.push(c(0, 0).max(0.0).sqrt());
        for k in 0..p.d.len() {
            // b = −d / a: ∂b/∂a = d / a², ∂b/∂d = −1 / a.
            let (ga, gd) = (p.d[k] / (p.a * p.a), -1.0 / p.a);
            let var = ga * ga * c(0, 0) + gd * gd * c(k + 1, k + 1) + 2.0 * ga * gd * c(0, k + 1);
            out.push(var.max(0.0).sqrt());
        }
        if let Some(g) = p.g {
            let cc = logistic(g);
            out.push(cc * (1.0 - cc) * c(comps - 1, comps - 1).max(0.0).sqrt());
        }
        out
    }
}

/// Gradient of the marginal log-likelihood (plus priors) in the joint parameters, by Fisher's
/// identity: the gradient of the expected complete-data log-likelihood at the same parameters.
fn joint_gradient(
    data: &ResponseData,
    params: &[ItemParams],
    layout: &ParameterLayout,
    nodes: &[f64],
    log_prior: &[f64],
    prior_c: &ItemPriors,
) -> Vec<f64> {
    let expected = e_step(data, params, nodes, log_prior, true);
    let item_grads: Vec<Vec<f64>> = params
        .iter()
        .zip(&expected.counts)
        .enumerate()
        .map(|(i, (p, r))| {
            let mut g = vec![0.0; p.to_vec().len()];
            let own = ItemPriors {
                slope: prior_c.slope.filter(|_| layout_frees_slope(layout, i)),
                ..*prior_c
            };
            p.objective(nodes, r, &own, &mut g);
            g
        })
        .collect();
    layout
        .entries
        .iter()
        .map(|e| e.iter().map(|&(i, k)| item_grads[i][k]).sum())
        .collect()
}

/// Whether item `i` estimates its own slope (a prior on slopes applies to it).
fn layout_frees_slope(layout: &ParameterLayout, i: usize) -> bool {
    layout.entries.iter().any(|e| e.len() == 1 && e[0] == (i, 0))
}

/// Inverse of the observed information, or `None` when it is not positive definite.
fn observed_covariance(
    data: &ResponseData,
    params: &[ItemParams],
    layout: &ParameterLayout,
    nodes: &[f64],
    log_prior: &[f64],
    prior_c: &ItemPriors,
) -> Option<Vec<f64>> {
    let n = layout.len();
    let x = layout.get(params);
    let mut work = params.to_vec();
    let mut info = vec![0.0; n * n];
    for col in 0..n {
        let h = 1e-4 * x[col].abs().max(1.0);
        let mut xp = x.clone();
        xp[col] += h;
        layout.set(&mut work, &xp);
        let up = joint_gradient(data, &work, layout, nodes, log_prior, prior_c);
        xp[col] -= 2.0 * h;
        layout.set(&mut work, &xp);
        let down = joint_gradient(data, &work, layout, nodes, log_prior, prior_c);
        for row in 0..n {
            info[row * n + col] = -(up[row] - down[row]) / (2.0 * h);
        }
    }
    for row in 0..n {
        for col in 0..row {
            let s = 0.5 * (info[row * n + col] + info[col * n + row]);
            info[row * n + col] = s;
            info[col * n + row] = s;
        }
    }
    invert_positive_definite(&info, n)
}

/// Inverse of a symmetric positive definite matrix by Cholesky; `None` when it is not.
pub(crate) fn invert_positive_definite(m: &[f64], n: usize) -> Option<Vec<f64>> {
    let mut l = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..=i {
            let mut s = m[i * n + j];
            for k in 0..j {
                s -= l[i * n + k] * l[j * n + k];
            }
            if i == j {
                if !(s > 0.0 && s.is_finite()) {
                    return None;
                }
                l[i * n + i] = s.sqrt();
            } else {
                l[i * n + j] = s / l[j * n + j];
            }
        }
    }
    let mut inv = vec![0.0; n * n];
    for col in 0..n {
        let mut y = vec![0.0; n];
        y[col] = 1.0;
        for i in 0..n {
            for k in 0..i {
                y[i] -= l[i * n + k] * y[k];
            }
            y[i] /= l[i * n + i];
        }
        for i in (0..n).rev() {
            for k in i + 1..n {
                y[i] -= l[k * n + i] * y[k];
            }
            y[i] /= l[i * n + i];
        }
        for i in 0..n {
            inv[i * n + col] = y[i];
        }
    }
    Some(inv)
}

/// Marginal log-likelihood of `data` under fixed item `models` (one per column) and an
/// N(mean, sd²) latent distribution on the quadrature of `settings`.
pub fn marginal_log_likelihood(
    data: &ResponseData,
    models: &[IrtModel],
    mean: f64,
    sd: f64,
    settings: &CalibrationSettings,
) -> f64 {
    let nodes = quadrature_nodes(settings.quadrature_points, settings.theta_limit);
    let params: Vec<ItemParams> = models.iter().map(ItemParams::from_model).collect();
    e_step(data, &params, &nodes, &log_prior(&nodes, mean, sd), false).log_likelihood
}
