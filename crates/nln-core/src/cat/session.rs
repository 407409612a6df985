//! One learner's adaptive test.
//!
//! [`SessionState`] is the whole truth about a session and is plain serde data: save it after
//! every answer and nothing is lost on a crash. [`Session`] wraps it with the caches that make a
//! step fast (the running likelihood, which items were given); [`Session::resume`] rebuilds
//! those caches from the state, so a resumed session continues exactly as the original would.

use super::config::CatConfig;
use super::exposure::ExposureLedger;
use super::selection::{select, SelectionInput};
use super::stopping::{check, StopReason};
use crate::content::{Content, Item, Response, ResponseError};
use crate::estimate::{estimate, Estimate, LikelihoodGrid, Method, Quadrature, Scored};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// Version of the saved-session format.
pub const STATE_FORMAT: u32 = 1;

/// One answered item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub item: String,
    pub response: Response,
    /// Score used for estimation (`None` for unscored self-report items).
    pub score: Option<u8>,
    /// Interim estimate after this answer.
    pub theta: f64,
    pub se: f64,
}

/// The serializable state of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionState {
    pub format: u32,
    pub bank_id: String,
    pub bank_version: String,
    pub seed: u64,
    pub config: CatConfig,
    pub answers: Vec<Answer>,
    /// The item shown and not yet answered.
    pub pending: Option<String>,
}

/// Errors of a session call.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SessionError {
    #[error("the session was saved with bank {saved}, but bank {loaded} is loaded")]
    BankMismatch { saved: String, loaded: String },
    #[error("saved-session format {0} is not supported (expected {STATE_FORMAT})")]
    Format(u32),
    #[error("item `{0}` is not in the bank")]
    UnknownItem(String),
    #[error("item `{got}` was answered, but the item waiting for an answer is {expected:?}")]
    NotPending { expected: Option<String>, got: String },
    #[error("item `{0}` was answered twice")]
    Repeated(String),
    #[error("answer to `{item}`: {error}")]
    Response { item: String, error: ResponseError },
    #[error("the test has ended ({0:?})")]
    Finished(StopReason),
}

/// What to do next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Next<'c> {
    /// Show this item and wait for its answer.
    Ask(&'c Item),
    /// The test is over.
    Done(StopReason),
}

/// A live session over loaded content.
#[derive(Debug, Clone)]
pub struct Session<'c> {
    content: &'c Content,
    state: SessionState,
    quadrature: Quadrature,
    grid: LikelihoodGrid,
    item_area: Vec<usize>,
    /// Scored item indices per area, and how many of them are not given yet.
    area_items: Vec<Vec<usize>>,
    area_remaining: Vec<usize>,
    /// Unscored access questions, in bank order.
    access_items: Vec<usize>,
    area_targets: Vec<f64>,
    administered: Vec<bool>,
    area_counts: Vec<usize>,
    scored_answers: usize,
    current: Estimate,
}

/// Mixes the session seed with the step number (SplitMix64), so each step draws from its own
/// stream and no generator state needs saving.
fn step_seed(seed: u64, step: u64) -> u64 {
    let mut z = seed ^ step.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl<'c> Session<'c> {
    /// Starts a session. The same content, config and seed give the same test for the same
    /// answers.
    pub fn new(content: &'c Content, config: CatConfig, seed: u64) -> Session<'c> {
        let state = SessionState {
            format: STATE_FORMAT,
            bank_id: content.bank.id.clone(),
            bank_version: content.bank.version.clone(),
            seed,
            config,
            answers: Vec::new(),
            pending: None,
        };
        Session::with_state(content, state)
    }

    fn with_state(content: &'c Content, state: SessionState) -> Session<'c> {
        let areas = &content.framework.areas;
        let items = content.bank.items();
        let item_area: Vec<usize> = items
            .iter()
            .map(|it| areas.iter().position(|a| a.id == it.area).unwrap_or(0))
            .collect();
        let mut area_items = vec![Vec::new(); areas.len()];
        let mut access_items = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if item.is_scored() {
                area_items[item_area[i]].push(i);
            } else {
                access_items.push(i);
            }
        }
        let area_remaining = area_items.iter().map(Vec::len).collect();
        let total_weight: f64 = areas.iter().map(|a| a.weight).sum();
        let area_targets = areas.iter().map(|a| a.weight / total_weight).collect();
        let quadrature = Quadrature::new(state.config.estimation.prior, state.config.estimation.quadrature_points);
        let grid = LikelihoodGrid::new(&quadrature);
        let current = grid.eap(&quadrature);
        let mut session = Session {
            content,
            quadrature,
            grid,
            item_area,
            area_items,
            area_remaining,
            access_items,
            area_targets,
            administered: vec![false; content.bank.len()],
            area_counts: vec![0; areas.len()],
            scored_answers: 0,
            current,
            state,
        };
        session.current = session.interim_estimate();
        session
    }

    /// Rebuilds a saved session. Fails when the state belongs to another bank or names items
    /// this bank does not have.
    pub fn resume(content: &'c Content, state: SessionState) -> Result<Session<'c>, SessionError> {
        if state.format != STATE_FORMAT {
            return Err(SessionError::Format(state.format));
        }
        let loaded = format!("{} {}", content.bank.id, content.bank.version);
        let saved = format!("{} {}", state.bank_id, state.bank_version);
        if loaded != saved {
            return Err(SessionError::BankMismatch { saved, loaded });
        }
        let answers = state.answers.clone();
        let pending = state.pending.clone();
        let mut session = Session::with_state(
            content,
            SessionState {
                answers: Vec::new(),
                pending: None,
                ..state
            },
        );
        for a in answers {
            session.state.pending = Some(a.item.clone());
            session.answer(&a.item, a.response)?;
        }
        if let Some(p) = pending {
            if content.bank.index_of(&p).is_none() {
                return Err(SessionError::UnknownItem(p));
            }
            session.state.pending = Some(p);
        }
        Ok(session)
    }

    pub fn state(&self) -> &SessionState {
        &self.state
    }

    pub fn content(&self) -> &'c Content {
        self.content
    }

    /// Current interim estimate.
    pub fn estimate(&self) -> Estimate {
        self.current
    }

    /// Scored items answered.
    pub fn scored_count(&self) -> usize {
        self.scored_answers
    }

    fn scored(&self) -> Vec<Scored<'c>> {
        let bank = &self.content.bank;
        self.state
            .answers
            .iter()
            .filter_map(|a| {
                let model = bank.item(&a.item)?.irt.as_ref()?;
                Some(Scored::new(model, usize::from(a.score?)))
            })
            .collect()
    }

    /// Responses scored so far, per area index.
    pub fn scored_by_area(&self) -> Vec<Vec<Scored<'c>>> {
        let bank = &self.content.bank;
        let mut by_area = vec![Vec::new(); self.area_counts.len()];
        for a in &self.state.answers {
            let Some(i) = bank.index_of(&a.item) else { continue };
            if let (Some(model), Some(score)) = (&bank.items()[i].irt, a.score) {
                by_area[self.item_area[i]].push(Scored::new(model, usize::from(score)));
            }
        }
        by_area
    }

    /// The estimate that drives selection and stopping. Until the answers pin down a finite
    /// maximum-likelihood estimate (no answers yet, or all right or all wrong), an MLE session
    /// uses EAP instead: otherwise its first items would swing between the hardest and the
    /// easiest in the bank (the usual starting rule, as in catR).
    fn interim_estimate(&self) -> Estimate {
        let e = self.estimate_by(self.state.config.interim_method);
        if e.bounded {
            self.grid.eap(&self.quadrature)
        } else {
            e
        }
    }

    /// The estimate with the configured final method.
    pub fn final_estimate(&self) -> Estimate {
        self.estimate_by(self.state.config.final_method)
    }

    /// EAP from the running grid; the other methods from the scored answers.
    fn estimate_by(&self, method: Method) -> Estimate {
        match method {
            Method::Eap => self.grid.eap(&self.quadrature),
            m => estimate(m, &self.scored(), &self.state.config.estimation),
        }
    }

    fn next_access_item(&self) -> Option<usize> {
        if !self.state.config.access_questionnaire {
            return None;
        }
        self.access_items.iter().copied().find(|&i| !self.administered[i])
    }

    fn scored_items_left(&self) -> bool {
        self.area_remaining.iter().any(|&n| n > 0)
    }

    /// Why the test would stop now, if it would.
    pub fn stop_reason(&self) -> Option<StopReason> {
        if self.next_access_item().is_some() {
            return None;
        }
        check(
            &self.state.config.stopping,
            self.scored_answers,
            self.scored_items_left(),
            &self.current,
            &self.content.levels,
            || self.scored(),
        )
    }

    /// The next item, without exposure control across sessions.
    pub fn next_item(&mut self) -> Next<'c> {
        self.next_item_with_exposure(None)
    }

    /// The next item; with a ledger, items over their exposure limit are passed over while other
    /// items can serve. Asking again before answering returns the same item.
    pub fn next_item_with_exposure(&mut self, exposure: Option<&ExposureLedger>) -> Next<'c> {
        let items = self.content.bank.items();
        if let Some(p) = &self.state.pending {
            if let Some(i) = self.content.bank.index_of(p) {
                return Next::Ask(&items[i]);
            }
        }
        if let Some(i) = self.next_access_item() {
            self.state.pending = Some(items[i].id.clone());
            return Next::Ask(&items[i]);
        }
        if let Some(reason) = self.stop_reason() {
            return Next::Done(reason);
        }
        let mut rng = ChaCha8Rng::seed_from_u64(step_seed(self.state.seed, self.state.answers.len() as u64));
        let input = SelectionInput {
            items,
            area_items: &self.area_items,
            area_remaining: &self.area_remaining,
            administered: &self.administered,
            area_counts: &self.area_counts,
            area_targets: &self.area_targets,
            theta: match (self.scored_answers, self.state.config.start_theta) {
                (0, Some(start)) => start,
                _ => self.current.theta,
            },
            randomesque: self.state.config.randomesque,
            content_balancing: self.state.config.content_balancing,
            exposure,
        };
        match select(&input, &mut rng) {
            Some(i) => {
                self.state.pending = Some(items[i].id.clone());
                Next::Ask(&items[i])
            }
            None => Next::Done(StopReason::BankExhausted),
        }
    }

    /// Records the answer to the pending item and updates the estimate.
    pub fn answer(&mut self, item_id: &str, response: Response) -> Result<Estimate, SessionError> {
        if self.state.pending.as_deref() != Some(item_id) {
            return Err(SessionError::NotPending {
                expected: self.state.pending.clone(),
                got: item_id.to_string(),
            });
        }
        let index = self
            .content
            .bank
            .index_of(item_id)
            .ok_or_else(|| SessionError::UnknownItem(item_id.to_string()))?;
        if self.administered[index] {
            return Err(SessionError::Repeated(item_id.to_string()));
        }
        let item = &self.content.bank.items()[index];
        let score = item.score(&response).map_err(|error| SessionError::Response {
            item: item_id.to_string(),
            error,
        })?;
        self.administered[index] = true;
        if let (Some(model), Some(s)) = (&item.irt, score) {
            self.grid.add(&self.quadrature, model, s);
            self.area_counts[self.item_area[index]] += 1;
            self.area_remaining[self.item_area[index]] -= 1;
            self.scored_answers += 1;
        }
        self.state.pending = None;
        self.state.answers.push(Answer {
            item: item_id.to_string(),
            response,
            score: score.map(|s| s as u8),
            theta: 0.0,
            se: 0.0,
        });
        self.current = self.interim_estimate();
        if let Some(last) = self.state.answers.last_mut() {
            last.theta = self.current.theta;
            last.se = self.current.se;
        }
        Ok(self.current)
    }
}
