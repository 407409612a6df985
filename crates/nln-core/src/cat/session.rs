//! One learner's adaptive test.
//!
//! [`SessionState`] is the whole truth about a session and is plain serde data: save it after
//! every answer and nothing is lost on a crash. It holds what the learner did (items and
//! responses), never what the engine concluded (right/wrong, ability): those are recomputed on
//! resume, so a saved file shows a learner nothing about his answers.
//!
//! [`Session::resume`] accepts only a state this engine could have produced: same bank, version
//! and content digest; a config inside sane limits; each item the one the selector would have
//! chosen from the seed and the earlier answers (with the exposure ledger's effect recorded in
//! the state, so the replay is exact); each response fitting its item and the delivery mode.
//! [`SessionState::seal`] adds a keyed MAC, so a caller holding a per-installation key also
//! refuses a state edited by hand.

use super::config::{CatConfig, ConfigError};
use super::convergence;
use super::exposure::ExposureLedger;
use super::most_informative::ByLocation;
use super::selection::{select, SelectionInput};
use super::selection_rules::{self, SelectionRule};
use super::start::{start_from_answers, Start, DEFAULT_START_POINTS};
use super::stopping::{check, StopReason};
use crate::content::{Content, Item, ItemType, Key, Response, ResponseError};
use crate::estimate::{estimate, Estimate, LikelihoodGrid, Method, Quadrature, Scored};
use hmac::{Hmac, Mac};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::sync::Arc;

/// Version of the saved-session format.
pub const STATE_FORMAT: u32 = 2;

/// Longest locale tag a state may carry (BCP 47 tags in use are far shorter).
const MAX_LOCALE_LEN: usize = 35;

/// Who records the answers. Chosen when the session starts and stored in its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryMode {
    /// The learner answers alone: only items he can answer himself are shown, and a score
    /// recorded directly ([`Response::Score`]) is refused.
    #[serde(rename = "self")]
    SelfAdministered,
    /// An assessor sits with the learner and may score any item, including observed tasks.
    Assisted,
}

impl DeliveryMode {
    /// Every mode.
    pub const ALL: [DeliveryMode; 2] = [DeliveryMode::SelfAdministered, DeliveryMode::Assisted];

    /// Fluent message id.
    pub fn message_id(self) -> &'static str {
        match self {
            DeliveryMode::SelfAdministered => "delivery-mode-self",
            DeliveryMode::Assisted => "delivery-mode-assisted",
        }
    }

    /// Whether this mode may show the item: tasks are scored by an assessor watching.
    pub fn can_show(self, item: &Item) -> bool {
        self == DeliveryMode::Assisted || item.item_type != ItemType::Task
    }
}

/// One answered item: what was shown and what the learner did. No score, no estimate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Item id.
    pub item: String,
    /// What the learner (or, in assisted mode, the assessor) answered.
    pub response: Response,
    /// Items the selector passed over at this step because the exposure ledger had them at
    /// their limit: recorded so that a resumed session replays the selection exactly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passed_over: Vec<String>,
}

/// The item shown and not yet answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pending {
    /// Item id.
    pub item: String,
    /// As in [`Answer::passed_over`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passed_over: Vec<String>,
    /// The regions tapped so far on a tap-through item, one per screen passed (each the right
    /// one: a wrong tap ends the task). Kept so that a learner who reloads the page, or a
    /// resumed session, comes back to the same screen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub taps: Vec<String>,
}

/// The serializable state of a session. Its JSON Schema is `docs/schemas/session-state.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionState {
    /// [`STATE_FORMAT`].
    pub format: u32,
    /// Bank id.
    pub bank_id: String,
    /// Bank version.
    pub bank_version: String,
    /// [`Content::digest`] of the content the session runs on.
    pub content_digest: String,
    /// Seeds item selection and the order options are shown in.
    pub seed: u64,
    /// Who records the answers.
    pub mode: DeliveryMode,
    /// Locale the learner chose (BCP 47), so results report the language of the test.
    pub locale: String,
    /// Rules the session runs under; checked against sane limits on resume.
    pub config: CatConfig,
    /// Answers in the order given.
    pub answers: Vec<Answer>,
    /// The item shown and not yet answered.
    pub pending: Option<Pending>,
    /// HMAC-SHA256 of the rest of the state under the caller's key (hex), if sealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seal: Option<String>,
}

type HmacSha256 = Hmac<Sha256>;

impl SessionState {
    /// The bytes the seal covers: the state without its seal, as compact JSON.
    fn sealed_bytes(&self) -> Vec<u8> {
        let unsealed = SessionState {
            seal: None,
            ..self.clone()
        };
        serde_json::to_vec(&unsealed).unwrap_or_default()
    }

    fn mac(&self, key: &[u8]) -> HmacSha256 {
        // HMAC takes keys of any length.
        let mut mac = <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
        mac.update(&self.sealed_bytes());
        mac
    }

    /// Seals the state with a keyed MAC (HMAC-SHA256). Seal after every change, before saving.
    pub fn seal(&mut self, key: &[u8]) {
        let tag = self.mac(key).finalize().into_bytes();
        self.seal = Some(crate::content::hex(&tag));
    }

    /// Checks the seal against the key (in constant time).
    ///
    /// # Errors
    /// [`SessionError::Unsealed`] without a seal, [`SessionError::BadSeal`] when the state was
    /// changed or sealed under another key.
    pub fn verify(&self, key: &[u8]) -> Result<(), SessionError> {
        let Some(seal) = &self.seal else {
            return Err(SessionError::Unsealed);
        };
        let tag = decode_hex(seal).ok_or(SessionError::BadSeal)?;
        self.mac(key).verify_slice(&tag).map_err(|_| SessionError::BadSeal)
    }
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// Why a session call or a resume failed. Each variant has a Fluent message id and
/// language-independent arguments, so every error can be shown in the learner's language.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// The state was saved with another bank or bank version.
    #[error("the session was saved with bank {saved}, but bank {loaded} is loaded")]
    BankMismatch {
        /// Bank id and version in the state.
        saved: String,
        /// Bank id and version loaded.
        loaded: String,
    },
    /// The bank's content changed under the same id and version.
    #[error("the session was scored on other content (digest {saved}, loaded {loaded})")]
    DigestMismatch {
        /// Digest in the state.
        saved: String,
        /// Digest of the loaded content.
        loaded: String,
    },
    /// A saved-session format this engine does not read.
    #[error("saved-session format {found} is not supported (expected {STATE_FORMAT})")]
    Format {
        /// Format in the state.
        found: u32,
    },
    /// A config value outside its sane range.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A locale tag too long or with characters a tag cannot have.
    #[error("`{0}` is not a locale tag")]
    Locale(String),
    /// An item id the bank does not have.
    #[error("item `{0}` is not in the bank")]
    UnknownItem(String),
    /// An answer to an item other than the one shown.
    #[error("item `{got}` was answered, but the item waiting for an answer is {expected:?}")]
    NotPending {
        /// The item shown, if any.
        expected: Option<String>,
        /// The item answered.
        got: String,
    },
    /// An item answered a second time.
    #[error("item `{0}` was answered twice")]
    Repeated(String),
    /// A saved item that the selector would not have chosen at that step.
    #[error("step {step}: the test would have shown {expected:?}, the state has `{got}`")]
    OutOfSequence {
        /// Answers before this step.
        step: usize,
        /// The item the selector chooses (`None`: the test had ended).
        expected: Option<String>,
        /// The item in the state.
        got: String,
    },
    /// A recorded exposure pass-over that the ledger could not have caused.
    #[error("item `{0}` has no exposure limit and cannot have been passed over")]
    BadPassOver(String),
    /// A response that does not fit its item.
    #[error("answer to `{item}`: {error}")]
    Response {
        /// Item id.
        item: String,
        /// What is wrong with the response.
        error: ResponseError,
    },
    /// A score recorded directly in a self-administered session.
    #[error("item `{0}`: a score can only be recorded by an assessor (assisted mode)")]
    AssessorOnly(String),
    /// The test is over.
    #[error("the test has ended ({0:?})")]
    Finished(StopReason),
    /// Saved taps on a tap-through screen that the learner could not have made: on another
    /// kind of item, past the last screen, or going on after a wrong tap.
    #[error("item `{0}`: the saved taps do not lead through its screens")]
    BadTaps(String),
    /// A state without its seal, where one is required.
    #[error("the session state is not sealed")]
    Unsealed,
    /// A seal that does not match the state.
    #[error("the session state was changed after it was sealed")]
    BadSeal,
}

impl SessionError {
    /// Every message id [`SessionError::message_id`] can return (response errors have their
    /// own, [`ResponseError::MESSAGE_IDS`]).
    pub const MESSAGE_IDS: [&'static str; 14] = [
        "session-error-bank-mismatch",
        "session-error-digest-mismatch",
        "session-error-format",
        ConfigError::MESSAGE_ID,
        "session-error-locale",
        "session-error-unknown-item",
        "session-error-not-pending",
        "session-error-repeated",
        "session-error-out-of-sequence",
        "session-error-bad-pass-over",
        "session-error-assessor-only",
        "session-error-finished",
        "session-error-seal",
        "session-error-bad-taps",
    ];

    /// Fluent message id; [`SessionError::args`] gives its arguments.
    pub fn message_id(&self) -> &'static str {
        let ids = &Self::MESSAGE_IDS;
        match self {
            SessionError::BankMismatch { .. } => ids[0],
            SessionError::DigestMismatch { .. } => ids[1],
            SessionError::Format { .. } => ids[2],
            SessionError::Config(_) => ids[3],
            SessionError::Locale(_) => ids[4],
            SessionError::UnknownItem(_) => ids[5],
            SessionError::NotPending { .. } => ids[6],
            SessionError::Repeated(_) => ids[7],
            SessionError::OutOfSequence { .. } => ids[8],
            SessionError::BadPassOver(_) => ids[9],
            SessionError::Response { error, .. } => error.message_id(),
            SessionError::AssessorOnly(_) => ids[10],
            SessionError::Finished(_) => ids[11],
            SessionError::Unsealed | SessionError::BadSeal => ids[12],
            SessionError::BadTaps(_) => ids[13],
        }
    }

    /// Arguments of the message: item ids, codes and numbers, never English text.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let none = || "-".to_string();
        match self {
            SessionError::BankMismatch { saved, loaded } | SessionError::DigestMismatch { saved, loaded } => {
                vec![("saved", saved.clone()), ("loaded", loaded.clone())]
            }
            SessionError::Format { found } => {
                vec![("found", found.to_string()), ("expected", STATE_FORMAT.to_string())]
            }
            SessionError::Config(e) => vec![
                ("field", e.field.to_string()),
                ("min", e.min.to_string()),
                ("max", e.max.to_string()),
            ],
            SessionError::Locale(tag) => vec![("locale", tag.chars().take(MAX_LOCALE_LEN).collect())],
            SessionError::UnknownItem(item)
            | SessionError::Repeated(item)
            | SessionError::BadPassOver(item)
            | SessionError::AssessorOnly(item)
            | SessionError::BadTaps(item) => vec![("item", item.clone())],
            SessionError::NotPending { expected, got } => {
                vec![
                    ("expected", expected.clone().unwrap_or_else(none)),
                    ("item", got.clone()),
                ]
            }
            SessionError::OutOfSequence { step, expected, got } => vec![
                ("step", (step + 1).to_string()),
                ("expected", expected.clone().unwrap_or_else(none)),
                ("item", got.clone()),
            ],
            SessionError::Response { item, error } => {
                let mut args = vec![("item", item.clone())];
                args.extend(error.args());
                args
            }
            SessionError::Finished(reason) => vec![("reason", reason.name().to_string())],
            SessionError::Unsealed | SessionError::BadSeal => Vec::new(),
        }
    }
}

/// What to do next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Next<'c> {
    /// Show this item and wait for its answer.
    Ask(&'c Item),
    /// The test is over.
    Done(StopReason),
}

/// How a session starts: seed, delivery mode and the learner's locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    /// Seeds item selection and option order.
    pub seed: u64,
    /// Who records the answers.
    pub mode: DeliveryMode,
    /// The learner's locale (BCP 47).
    pub locale: String,
}

impl Setup {
    /// A self-administered session in English.
    pub fn new(seed: u64) -> Setup {
        Setup {
            seed,
            mode: DeliveryMode::SelfAdministered,
            locale: "en".into(),
        }
    }

    /// The same, with this delivery mode.
    pub fn mode(self, mode: DeliveryMode) -> Setup {
        Setup { mode, ..self }
    }

    /// The same, with this locale.
    pub fn locale(self, locale: impl Into<String>) -> Setup {
        Setup {
            locale: locale.into(),
            ..self
        }
    }
}

/// A live session over loaded content.
#[derive(Debug, Clone)]
pub struct Session<'c> {
    content: &'c Content,
    state: SessionState,
    quadrature: Quadrature,
    grid: LikelihoodGrid,
    item_area: Vec<usize>,
    /// Scored item indices per area that the delivery mode may show, and how many of them are
    /// not given yet.
    area_items: Vec<Vec<usize>>,
    /// Each area's items by location, then the whole bank's (shared by clones).
    by_location: Arc<[ByLocation]>,
    area_remaining: Vec<usize>,
    /// Unscored access questions, in bank order.
    access_items: Vec<usize>,
    area_targets: Vec<f64>,
    administered: Vec<bool>,
    area_counts: Vec<usize>,
    /// Score of each answer (`None` for self-report), parallel to `state.answers`.
    scores: Vec<Option<u8>>,
    scored_answers: usize,
    current: Estimate,
    /// The interim theta before the last scored answer (the theta-change stop).
    previous: Option<f64>,
    /// The learner's start from the access answers, fixed before the first scored item.
    start: Option<Start>,
    /// Whether any item carries a Sympson–Hetter `exposure_acceptance`.
    has_acceptance: bool,
    /// Scored answers when the level was first decided (the rules would have stopped), and
    /// why: with gap probes on, the level stays decided (the test ends after the probes, even
    /// if a probe's answer reopens the rule) and their budget counts from there. A function of
    /// the answers, so resuming rebuilds it.
    decided_at: Option<(usize, StopReason)>,
}

/// Separates the Sympson–Hetter draws from the other uses of the session seed.
const SET_ASIDE_SALT: u64 = 0x5348_5348_5348_5348;

/// Mixes the session seed with the step number (SplitMix64), so each step draws from its own
/// stream and no generator state needs saving.
pub(crate) fn step_seed(seed: u64, step: u64) -> u64 {
    let mut z = seed ^ step.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn valid_locale(tag: &str) -> bool {
    !tag.is_empty() && tag.len() <= MAX_LOCALE_LEN && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

impl<'c> Session<'c> {
    /// Starts a self-administered session in English. The same content, config and seed give
    /// the same test for the same answers.
    ///
    /// # Errors
    /// [`SessionError::Config`] for a config outside [`super::limits`].
    pub fn new(content: &'c Content, config: CatConfig, seed: u64) -> Result<Session<'c>, SessionError> {
        Session::start(content, config, Setup::new(seed))
    }

    /// Starts a session with a delivery mode and locale.
    ///
    /// # Errors
    /// [`SessionError::Config`] for a config outside [`super::limits`],
    /// [`SessionError::Locale`] for a malformed locale tag.
    pub fn start(content: &'c Content, config: CatConfig, setup: Setup) -> Result<Session<'c>, SessionError> {
        config.validate()?;
        if !valid_locale(&setup.locale) {
            return Err(SessionError::Locale(setup.locale));
        }
        let state = SessionState {
            format: STATE_FORMAT,
            bank_id: content.bank.id.clone(),
            bank_version: content.bank.version.clone(),
            content_digest: content.digest(),
            seed: setup.seed,
            mode: setup.mode,
            locale: setup.locale,
            config,
            answers: Vec::new(),
            pending: None,
            seal: None,
        };
        Ok(Session::with_state(content, state))
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
            if !item.is_scored() {
                access_items.push(i);
            } else if state.mode.can_show(item) {
                area_items[item_area[i]].push(i);
            }
        }
        let area_remaining = area_items.iter().map(Vec::len).collect();
        let all_items: Vec<usize> = area_items.iter().flatten().copied().collect();
        let by_location = area_items
            .iter()
            .chain(std::iter::once(&all_items))
            .map(|scope| ByLocation::new(items, scope))
            .collect();
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
            by_location,
            area_remaining,
            access_items,
            area_targets,
            administered: vec![false; content.bank.len()],
            area_counts: vec![0; areas.len()],
            scores: Vec::new(),
            scored_answers: 0,
            current,
            previous: None,
            start: None,
            has_acceptance: items.iter().any(|i| i.exposure_acceptance.is_some()),
            decided_at: None,
            state,
        };
        session.current = session.interim_estimate();
        session
    }

    /// Rebuilds a saved session, replaying every answer through the selector.
    ///
    /// # Errors
    /// Any [`SessionError`] but `Finished`: the state belongs to other content, its config is
    /// out of range, or it is not a sequence this engine would have produced. The work done is
    /// bounded by the bank's size, whatever the state holds.
    pub fn resume(content: &'c Content, state: SessionState) -> Result<Session<'c>, SessionError> {
        if state.format != STATE_FORMAT {
            return Err(SessionError::Format { found: state.format });
        }
        let loaded = format!("{} {}", content.bank.id, content.bank.version);
        let saved = format!("{} {}", state.bank_id, state.bank_version);
        if loaded != saved {
            return Err(SessionError::BankMismatch { saved, loaded });
        }
        let digest = content.digest();
        if state.content_digest != digest {
            return Err(SessionError::DigestMismatch {
                saved: state.content_digest,
                loaded: digest,
            });
        }
        state.config.validate()?;
        if !valid_locale(&state.locale) {
            return Err(SessionError::Locale(state.locale));
        }
        let mut session = Session::with_state(
            content,
            SessionState {
                answers: Vec::new(),
                pending: None,
                seal: None,
                ..state.clone()
            },
        );
        // Each answer names an item once at most, so a longer list cannot be valid; stopping
        // here keeps the replay bounded by the bank.
        for (step, a) in state.answers.into_iter().enumerate() {
            session.replay_step(step, &a.item, &a.passed_over)?;
            session.answer(&a.item, a.response)?;
        }
        if let Some(p) = state.pending {
            let step = session.state.answers.len();
            session.replay_step(step, &p.item, &p.passed_over)?;
            if !p.taps.is_empty() {
                let bank = &session.content.bank;
                let item = bank.index_of(&p.item).map(|i| &bank.items()[i]);
                let path = match item.map(|i| (&i.key, i.steps.len())) {
                    Some((Key::Path(path), n)) if p.taps.len() < n => path,
                    _ => return Err(SessionError::BadTaps(p.item)),
                };
                if !p.taps.iter().zip(path).all(|(t, k)| t == k) {
                    return Err(SessionError::BadTaps(p.item));
                }
                if let Some(pending) = &mut session.state.pending {
                    pending.taps = p.taps;
                }
            }
        }
        Ok(session)
    }

    /// Checks that the selector, given the recorded pass-overs, chooses `item` at this step,
    /// and leaves it pending.
    fn replay_step(&mut self, step: usize, item: &str, passed_over: &[String]) -> Result<(), SessionError> {
        let bank = &self.content.bank;
        let index = bank
            .index_of(item)
            .ok_or_else(|| SessionError::UnknownItem(item.to_string()))?;
        if self.administered[index] {
            return Err(SessionError::Repeated(item.to_string()));
        }
        let mut blocked = vec![false; bank.len()];
        for id in passed_over {
            let i = bank.index_of(id).ok_or_else(|| SessionError::UnknownItem(id.clone()))?;
            if bank.items()[i].exposure_limit.is_none() {
                return Err(SessionError::BadPassOver(id.clone()));
            }
            blocked[i] = true;
        }
        let expected = match self.choose(&|i| blocked[i], !passed_over.is_empty()) {
            Some((i, _)) => i,
            None => {
                return Err(SessionError::OutOfSequence {
                    step,
                    expected: None,
                    got: item.to_string(),
                })
            }
        };
        if expected != index {
            return Err(SessionError::OutOfSequence {
                step,
                expected: Some(bank.items()[expected].id.clone()),
                got: item.to_string(),
            });
        }
        self.state.pending = Some(Pending {
            item: item.to_string(),
            passed_over: passed_over.to_vec(),
            taps: Vec::new(),
        });
        Ok(())
    }

    /// The state to save.
    pub fn state(&self) -> &SessionState {
        &self.state
    }

    /// The content the session runs on.
    pub fn content(&self) -> &'c Content {
        self.content
    }

    /// Who records the answers.
    pub fn mode(&self) -> DeliveryMode {
        self.state.mode
    }

    /// The session seed (item selection and option order).
    pub fn seed(&self) -> u64 {
        self.state.seed
    }

    /// Current interim estimate.
    pub fn estimate(&self) -> Estimate {
        self.current
    }

    /// Scored items answered.
    pub fn scored_count(&self) -> usize {
        self.scored_answers
    }

    /// Each answer with its score (`None` for unscored self-report items).
    pub fn scored_answers(&self) -> impl Iterator<Item = (&Answer, Option<u8>)> {
        self.state.answers.iter().zip(self.scores.iter().copied())
    }

    fn scored(&self) -> Vec<Scored<'c>> {
        let bank = &self.content.bank;
        self.scored_answers()
            .filter_map(|(a, score)| {
                let model = bank.item(&a.item)?.irt.as_ref()?;
                Some(Scored::new(model, usize::from(score?)))
            })
            .collect()
    }

    /// Responses scored so far, per area index.
    pub fn scored_by_area(&self) -> Vec<Vec<Scored<'c>>> {
        let bank = &self.content.bank;
        let mut by_area = vec![Vec::new(); self.area_counts.len()];
        for (a, score) in self.scored_answers() {
            let Some(i) = bank.index_of(&a.item) else { continue };
            if let (Some(model), Some(score)) = (&bank.items()[i].irt, score) {
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

    /// Sets the start from the access answers given so far (see `cat::start`): the first
    /// item's ability and the prior mean. It runs when an access answer is recorded, and access
    /// questions all come before the first scored item, so the likelihood grid is still empty
    /// and can be rebuilt around the new prior. The start, and so every estimate, is therefore
    /// a function of the answers alone: choosing or showing an item never changes it, and a
    /// resumed session replaying the same answers reaches the same state.
    fn apply_start(&mut self) {
        if self.scored_answers > 0 || !self.state.config.start_from_access {
            return;
        }
        let bank = &self.content.bank;
        let answers = self
            .state
            .answers
            .iter()
            .filter_map(|a| Some((bank.item(&a.item)?, &a.response)));
        let start = start_from_answers(DEFAULT_START_POINTS, answers);
        if start == self.start {
            return;
        }
        let mut prior = self.state.config.estimation.prior;
        if let Some(start) = start {
            prior.mean = start.theta;
        }
        self.quadrature = Quadrature::new(prior, self.state.config.estimation.quadrature_points);
        self.grid = LikelihoodGrid::new(&self.quadrature);
        self.start = start;
    }

    /// The start set from the access answers, if any.
    pub fn learner_start(&self) -> Option<Start> {
        self.start
    }

    /// The estimate with the configured final method.
    pub fn final_estimate(&self) -> Estimate {
        self.estimate_by(self.state.config.final_method)
    }

    /// EAP from the running grid; the other methods from the scored answers.
    fn estimate_by(&self, method: Method) -> Estimate {
        match method {
            Method::Eap => self.grid.eap(&self.quadrature),
            m => {
                let mut settings = self.state.config.estimation;
                settings.prior = self.quadrature.prior();
                estimate(m, &self.scored(), &settings)
            }
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
        let reason = self.rule_stop();
        if self.probe_due(reason).is_some() || self.gap_probe_due(reason).is_some() {
            return None;
        }
        reason
    }

    /// What the stopping rules say, before any area probe (a decided level stays decided).
    fn rule_stop(&self) -> Option<StopReason> {
        check(
            &self.state.config.stopping,
            self.scored_answers,
            self.scored_items_left(),
            &self.current,
            &self.content.levels,
            || self.scored(),
        )
        .or_else(|| self.convergence_stop())
        .or(self.decided_at.map(|(_, reason)| reason))
    }

    /// The theta-change and predicted-SE-reduction stops (`cat::convergence`), after the
    /// minimum length.
    fn convergence_stop(&self) -> Option<StopReason> {
        let rules = &self.state.config.convergence;
        if rules.is_off() || self.scored_answers < self.state.config.stopping.min_items.max(1) {
            return None;
        }
        let best = || {
            let items = self.content.bank.items();
            self.area_items
                .iter()
                .flatten()
                .filter(|&&i| !self.administered[i])
                .map(|&i| items[i].irt.as_ref().map_or(0.0, |m| m.information(self.current.theta)))
                .fold(0.0, f64::max)
        };
        convergence::check(rules, self.current.theta, self.current.se, self.previous, best).map(|stop| match stop {
            convergence::ConvergenceStop::ThetaChange => StopReason::ThetaChange,
            convergence::ConvergenceStop::SeReduction => StopReason::SeReduction,
        })
    }

    /// The selection rule's score of each item at this step, unless it is maximum information.
    fn rule_criterion(&self, theta: f64, seed: u64) -> Option<Box<dyn Fn(usize) -> f64 + '_>> {
        let rule = self.state.config.selection;
        if rule.is_default() {
            return None;
        }
        let prior = self.quadrature.prior();
        let nodes = self.quadrature.nodes();
        let log_posterior = match rule {
            SelectionRule::ExpectedInformation => nodes
                .iter()
                .zip(self.grid.values())
                .map(|(&t, l)| l + prior.log_density(t))
                .collect(),
            _ => Vec::new(),
        };
        selection_rules::criterion(
            rule,
            selection_rules::RuleInputs {
                items: self.content.bank.items(),
                theta,
                answered: self.scored_answers,
                max_items: self.state.config.stopping.max_items,
                nodes,
                log_posterior,
                showable: self.area_items.iter().flatten().copied().collect(),
                administered: &self.administered,
                seed,
            },
        )
    }

    /// The area a targeted probe serves now, when the rules would stop the test early (see
    /// [`super::AreaProbes`]): the open area with the fewest answers below the minimum.
    fn probe_due(&self, reason: Option<StopReason>) -> Option<usize> {
        let probes = self.state.config.stopping.probes?;
        if !early_stop(reason) || self.scored_answers >= probes.max_length {
            return None;
        }
        (0..self.area_counts.len())
            .filter(|&a| self.area_remaining[a] > 0 && self.area_counts[a] < probes.min_area_items)
            .min_by_key(|&a| self.area_counts[a])
    }

    /// The core area a gap probe serves now and the ability to choose its item at, when the
    /// rules (and the area probes) would stop the test early and the budget counted from the
    /// decision is not spent (see [`super::GapProbes`]).
    fn gap_probe_due(&self, reason: Option<StopReason>) -> Option<(usize, f64)> {
        let probes = self.state.config.stopping.gap_probes?;
        let (decided_at, _) = self.decided_at?;
        if !early_stop(reason)
            || self.probe_due(reason).is_some()
            || self.scored_answers >= decided_at.saturating_add(probes.extra_items)
        {
            return None;
        }
        let estimation = &self.state.config.estimation;
        crate::placement::gap_probe_area(
            self.content,
            &self.scored_by_area(),
            estimation.prior,
            estimation.quadrature_points,
            probes.min_z,
            |a| self.area_remaining[a] > 0,
        )
    }

    /// Records when the level is first decided (for the gap probes' budget).
    fn note_decision(&mut self) {
        if self.decided_at.is_some() || self.state.config.stopping.gap_probes.is_none() {
            return;
        }
        let reason = self.rule_stop();
        if early_stop(reason) && self.probe_due(reason).is_none() {
            self.decided_at = reason.map(|r| (self.scored_answers, r));
        }
    }

    /// Whether the bank's Sympson–Hetter parameters set item `i` aside for this session: one
    /// uniform draw per session and item, from the seed, against the item's
    /// `exposure_acceptance`. Drawing up front is the same as drawing when the selector first
    /// chooses the item (the draw is independent of the choice), and a resumed session, with
    /// the same seed, sets the same items aside, so nothing about it needs saving.
    fn set_aside(&self, i: usize) -> bool {
        let Some(k) = self.content.bank.items()[i].exposure_acceptance else {
            return false;
        };
        let draw = step_seed(self.state.seed ^ SET_ASIDE_SALT, i as u64);
        super::exposure::acceptance_draw(draw) >= k
    }

    /// The item this step shows and the items passed over for exposure, or `None` when the
    /// test is over. `over_limit` says which items the caller's exposure control holds back
    /// (recorded as passed over); the bank's Sympson–Hetter parameters hold back more
    /// ([`Session::set_aside`], not recorded: the seed replays them). When neither may hold
    /// back anything, selection takes its fast scan.
    fn choose(&self, over_limit: &dyn Fn(usize) -> bool, limited: bool) -> Option<(usize, Vec<usize>)> {
        if let Some(i) = self.next_access_item() {
            return Some((i, Vec::new()));
        }
        let reason = self.rule_stop();
        let mut probe_area = self.probe_due(reason);
        let mut probe_theta = None;
        if reason.is_some() && probe_area.is_none() {
            let (area, theta) = self.gap_probe_due(reason)?;
            probe_area = Some(area);
            probe_theta = Some(theta);
        }
        let seed = step_seed(self.state.seed, self.state.answers.len() as u64);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let theta = match (self.scored_answers, self.start, self.state.config.start_theta) {
            (0, Some(start), _) => start.theta,
            (0, None, Some(start)) => start,
            _ => probe_theta.unwrap_or(self.current.theta),
        };
        let criterion = self.rule_criterion(theta, seed);
        let held = |i: usize| self.set_aside(i) || over_limit(i);
        let limited = limited || self.has_acceptance;
        let input = SelectionInput {
            items: self.content.bank.items(),
            area_items: &self.area_items,
            area_remaining: &self.area_remaining,
            administered: &self.administered,
            area_counts: &self.area_counts,
            area_targets: &self.area_targets,
            theta,
            randomesque: self.state.config.randomesque,
            content_balancing: self.state.config.content_balancing,
            probe_area,
            over_limit: &held,
            by_location: (!limited).then_some(&*self.by_location),
            criterion: criterion.as_deref(),
        };
        select(&input, &mut rng).map(|s| {
            let recorded = s.passed_over.into_iter().filter(|&i| !self.set_aside(i)).collect();
            (s.item, recorded)
        })
    }

    /// The next item, without exposure control across sessions.
    pub fn next_item(&mut self) -> Next<'c> {
        self.next_item_with_exposure(None)
    }

    /// The next item; with a ledger, items over their exposure limit are passed over while other
    /// items can serve (and the pass-overs are recorded in the state). Asking again before
    /// answering returns the same item.
    pub fn next_item_with_exposure(&mut self, exposure: Option<&ExposureLedger>) -> Next<'c> {
        let items = self.content.bank.items();
        if let Some(p) = &self.state.pending {
            if let Some(i) = self.content.bank.index_of(&p.item) {
                return Next::Ask(&items[i]);
            }
        }
        // The ledger first: without one, selection's scan never reads the items for this.
        let over_limit = |i: usize| {
            exposure.is_some_and(|ledger| {
                items[i]
                    .exposure_limit
                    .is_some_and(|limit| ledger.rate(&items[i].id) >= limit)
            })
        };
        self.next_item_holding_back(&over_limit, exposure.is_some())
    }

    /// The next item with the items `held` says (by bank index) passed over while other items
    /// can serve: a caller's own exposure control, such as Sympson–Hetter in simulations. The
    /// pass-overs are recorded as by [`Session::next_item_with_exposure`]; a state that passes
    /// over an item without an `exposure_limit` does not resume, so this is for sessions that
    /// are not saved. `limited`: whether `held` may hold any item back (else selection takes
    /// its fast scan and never asks).
    pub fn next_item_holding_back(&mut self, held: &dyn Fn(usize) -> bool, limited: bool) -> Next<'c> {
        let items = self.content.bank.items();
        if let Some(p) = &self.state.pending {
            if let Some(i) = self.content.bank.index_of(&p.item) {
                return Next::Ask(&items[i]);
            }
        }
        match self.choose(held, limited) {
            Some((i, passed_over)) => {
                self.state.pending = Some(Pending {
                    item: items[i].id.clone(),
                    passed_over: passed_over.iter().map(|&j| items[j].id.clone()).collect(),
                    taps: Vec::new(),
                });
                Next::Ask(&items[i])
            }
            None => Next::Done(self.stop_reason().unwrap_or(StopReason::BankExhausted)),
        }
    }

    /// The regions tapped so far on the pending tap-through item (empty on its first screen
    /// and for other items): the screen to show is the next one.
    pub fn pending_taps(&self) -> &[String] {
        self.state.pending.as_ref().map_or(&[], |p| p.taps.as_slice())
    }

    /// A tap-through item's answer, given a tap at a time: `Ok(None)` while the task goes on
    /// (a right tap before the last screen is kept in the pending item; a tap beside every
    /// region changes nothing), `Ok(Some(path))` when it ends (at the last screen or at a
    /// wrong tap; "I don't know" ends it with the screens passed). Other items' responses
    /// pass through unchanged.
    fn tap_through(&mut self, item: &Item, response: Response) -> Result<Option<Response>, SessionError> {
        let Key::Path(key) = &item.key else {
            return Ok(Some(response));
        };
        let taps = self.pending_taps().to_vec();
        let step = taps.len();
        let bad = |error| SessionError::Response {
            item: item.id.clone(),
            error,
        };
        let tapped = match response {
            Response::Tap { x, y } => match item.steps.get(step).and_then(|s| s.region_at(x, y)) {
                Some(region) => region.id.clone(),
                None => return Ok(None),
            },
            Response::Region { region } => {
                if !item.steps.get(step).is_some_and(|s| s.has_region(&region)) {
                    return Err(bad(ResponseError::UnknownOption(region)));
                }
                region
            }
            Response::Skip if step > 0 => return Ok(Some(Response::Path { regions: taps })),
            Response::Path { regions } if !regions.starts_with(&taps) => return Err(bad(ResponseError::BadPath)),
            other => return Ok(Some(other)),
        };
        let right = key.get(step) == Some(&tapped);
        let mut regions = taps;
        regions.push(tapped);
        if right && regions.len() < key.len() {
            if let Some(pending) = &mut self.state.pending {
                pending.taps = regions;
            }
            return Ok(None);
        }
        Ok(Some(Response::Path { regions }))
    }

    /// Records the answer to the pending item and updates the estimate.
    ///
    /// A tap-through item takes its taps one at a time ([`Response::Tap`] or
    /// [`Response::Region`] on the screen shown) and stays pending, at its next screen
    /// ([`Session::pending_taps`]), until a wrong tap, the last screen or "I don't know" ends
    /// it; the answer recorded is then the whole [`Response::Path`]. A whole path is taken too.
    ///
    /// # Errors
    /// The item is not the one shown, the response does not fit it, or a score is recorded in
    /// a self-administered session. The session is unchanged after an error.
    pub fn answer(&mut self, item_id: &str, response: Response) -> Result<Estimate, SessionError> {
        let pending = self.state.pending.as_ref().map(|p| p.item.as_str());
        if pending != Some(item_id) {
            return Err(SessionError::NotPending {
                expected: pending.map(str::to_string),
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
        if matches!(response, Response::Score { .. }) && self.state.mode == DeliveryMode::SelfAdministered {
            return Err(SessionError::AssessorOnly(item_id.to_string()));
        }
        let response = match self.tap_through(item, response)? {
            Some(response) => response,
            None => return Ok(self.current),
        };
        let score = item.score(&response).map_err(|error| SessionError::Response {
            item: item_id.to_string(),
            error,
        })?;
        self.administered[index] = true;
        if let (Some(model), Some(s)) = (&item.irt, score) {
            self.grid.add(&self.quadrature, model, s);
            let area = self.item_area[index];
            self.area_counts[area] += 1;
            if self.state.mode.can_show(item) {
                self.area_remaining[area] -= 1;
            }
            self.scored_answers += 1;
        }
        let passed_over = self.state.pending.take().map(|p| p.passed_over).unwrap_or_default();
        self.state.answers.push(Answer {
            item: item_id.to_string(),
            response,
            passed_over,
        });
        // Scores are at most a GRM's category count, far below 256.
        self.scores.push(score.map(|s| s.min(usize::from(u8::MAX)) as u8));
        if score.is_none() {
            self.apply_start();
        } else {
            self.previous = Some(self.current.theta);
        }
        self.current = self.interim_estimate();
        if score.is_some() {
            self.note_decision();
        }
        Ok(self.current)
    }
}

/// Whether a stop reason is one the probes may postpone: the level decided before the maximum
/// length, with items left.
fn early_stop(reason: Option<StopReason>) -> bool {
    matches!(
        reason,
        Some(StopReason::Precision | StopReason::Classified | StopReason::ThetaChange | StopReason::SeReduction)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn content() -> Content {
        crate::defaults::content().unwrap()
    }

    /// A self-administered session answered "I don't know" `n` times.
    fn skipped<'c>(content: &'c Content, mode: DeliveryMode, n: usize) -> Session<'c> {
        let mut s = Session::start(content, CatConfig::default(), Setup::new(42).mode(mode)).unwrap();
        for _ in 0..n {
            let Next::Ask(item) = s.next_item() else { break };
            let id = item.id.clone();
            s.answer(&id, Response::Skip).unwrap();
        }
        s
    }

    fn resume_err(content: &Content, state: SessionState) -> SessionError {
        Session::resume(content, state).map(|_| ()).unwrap_err()
    }

    #[test]
    fn a_saved_state_carries_no_scores_and_resumes() {
        let content = content();
        let mut s = skipped(&content, DeliveryMode::SelfAdministered, 8);
        let _ = s.next_item();
        let json = serde_json::to_string(s.state()).unwrap();
        assert!(!json.contains("\"score\"") && !json.contains("\"theta\""), "{json}");
        let back: SessionState = serde_json::from_str(&json).unwrap();
        let resumed = Session::resume(&content, back).unwrap();
        assert_eq!(resumed.state(), s.state());
        assert_eq!(resumed.estimate(), s.estimate());
    }

    /// The access answers set the start when they are recorded: the estimate after each
    /// answer is the same whether or not the next item was chosen in between, and a session
    /// rebuilt from the answers alone (the answer log a service keeps) has the same estimate.
    #[test]
    fn the_start_depends_on_the_answers_alone() {
        let content = content();
        let experience = content
            .bank
            .items()
            .iter()
            .find(|i| i.profile_field.as_deref() == Some("experience"))
            .unwrap();
        let mut live = Session::start(&content, CatConfig::default(), Setup::new(9)).unwrap();
        let mut answers = Vec::new();
        for _ in 0..12 {
            let Next::Ask(item) = live.next_item() else { break };
            let response = if item.id == experience.id {
                // "never": the lowest start.
                Response::Choice {
                    option: item.options[0].id.clone(),
                }
            } else {
                Response::Skip
            };
            let id = item.id.clone();
            let after_answer = live.answer(&id, response.clone()).unwrap();
            answers.push((id, response));
            let mut chosen = live.clone();
            let _ = chosen.next_item();
            assert_eq!(chosen.estimate(), after_answer, "after {} answers", answers.len());
            assert_eq!(chosen.learner_start(), live.learner_start());
            // Rebuilt without choosing the next item after the last answer.
            let mut rebuilt = Session::start(&content, CatConfig::default(), Setup::new(9)).unwrap();
            for (id, response) in &answers {
                let _ = rebuilt.next_item();
                rebuilt.answer(id, response.clone()).unwrap();
            }
            assert_eq!(rebuilt.estimate(), after_answer);
            assert_eq!(rebuilt.final_estimate(), live.final_estimate());
        }
        let start = live.learner_start().expect("the experience answer sets the start");
        assert!(start.theta < -2.6, "{start:?}");
    }

    #[test]
    fn other_content_format_or_config_is_refused() {
        let content = content();
        let state = skipped(&content, DeliveryMode::SelfAdministered, 7).state().clone();

        let mut st = state.clone();
        st.content_digest = "0".repeat(64);
        assert!(matches!(resume_err(&content, st), SessionError::DigestMismatch { .. }));
        let mut st = state.clone();
        st.bank_version = "9.9".into();
        assert!(matches!(resume_err(&content, st), SessionError::BankMismatch { .. }));
        let mut st = state.clone();
        st.format = 1;
        assert_eq!(resume_err(&content, st), SessionError::Format { found: 1 });
        let mut st = state.clone();
        st.config.estimation.prior.sd = 0.0;
        assert!(matches!(
            resume_err(&content, st),
            SessionError::Config(ConfigError {
                field: "estimation.prior.sd",
                ..
            })
        ));
        let mut st = state.clone();
        st.config.estimation.quadrature_points = 10_000_000_000;
        assert!(matches!(resume_err(&content, st), SessionError::Config(_)));
        let mut st = state.clone();
        st.locale = "x".repeat(10_000);
        assert!(matches!(resume_err(&content, st), SessionError::Locale(_)));
    }

    #[test]
    fn answers_out_of_sequence_or_outside_the_bank_are_refused() {
        let content = content();
        let state = skipped(&content, DeliveryMode::SelfAdministered, 9).state().clone();

        let mut st = state.clone();
        st.answers.swap(6, 7);
        assert!(matches!(
            resume_err(&content, st),
            SessionError::OutOfSequence { step: 6, .. }
        ));
        let mut st = state.clone();
        st.answers[7].item = "no-such-item".into();
        assert_eq!(
            resume_err(&content, st),
            SessionError::UnknownItem("no-such-item".into())
        );
        let mut st = state.clone();
        st.pending = Some(Pending {
            item: st.answers[8].item.clone(),
            passed_over: vec![],
            taps: vec![],
        });
        assert!(matches!(resume_err(&content, st), SessionError::Repeated(_)));
        let mut st = state.clone();
        let again = st.answers[8].clone();
        st.answers.push(again);
        assert!(matches!(resume_err(&content, st), SessionError::Repeated(_)));
        let mut st = state.clone();
        st.answers[7].passed_over = vec![st.answers[0].item.clone()];
        assert!(matches!(resume_err(&content, st), SessionError::BadPassOver(_)));
        // A million copies of an answer cost one step, not a million.
        let mut st = state.clone();
        let first = st.answers[0].clone();
        st.answers = vec![first; 1_000_000];
        assert!(matches!(resume_err(&content, st), SessionError::Repeated(_)));
    }

    #[test]
    fn scores_belong_to_assisted_sessions_only() {
        let content = content();
        // The access questions come first; they take no scores in any mode.
        let access = content.bank.items().iter().filter(|i| !i.is_scored()).count();
        let mut s = skipped(&content, DeliveryMode::SelfAdministered, access);
        let mut shown = Vec::new();
        while let Next::Ask(item) = s.next_item() {
            assert_ne!(
                item.item_type,
                ItemType::Task,
                "a task shown in a self-administered session"
            );
            shown.push(item.id.clone());
            let id = item.id.clone();
            assert_eq!(
                s.answer(&id, Response::Score { score: 1 }),
                Err(SessionError::AssessorOnly(id.clone()))
            );
            s.answer(&id, Response::Skip).unwrap();
        }
        // A forged state: the learner's own answers replaced by assessor scores.
        let mut st = skipped(&content, DeliveryMode::SelfAdministered, access + 6)
            .state()
            .clone();
        for a in &mut st.answers[access..] {
            a.response = Response::Score { score: 1 };
        }
        assert!(matches!(
            resume_err(&content, st.clone()),
            SessionError::AssessorOnly(_)
        ));
        st.mode = DeliveryMode::Assisted;
        assert!(
            Session::resume(&content, st).is_err(),
            "an assisted replay of a self-administered sequence differs (tasks become eligible)"
        );

        let mut a = skipped(&content, DeliveryMode::Assisted, access);
        let mut tasks = 0;
        while let Next::Ask(item) = a.next_item() {
            tasks += usize::from(item.item_type == ItemType::Task);
            let id = item.id.clone();
            let response = if item.is_scored() {
                Response::Score { score: 1 }
            } else {
                Response::Skip
            };
            a.answer(&id, response).unwrap();
        }
        assert!(tasks > 0, "assisted sessions show tasks");
        assert!(Session::resume(&content, a.state().clone()).is_ok());
    }

    #[test]
    fn exposure_pass_overs_are_recorded_and_replayed() {
        let shipped = content();
        let mut items = shipped.bank.items().to_vec();
        for item in &mut items {
            item.exposure_limit = Some(0.2);
        }
        let b = &shipped.bank;
        let content = Content {
            framework: shipped.framework.clone(),
            levels: shipped.levels.clone(),
            bank: crate::content::Bank::new(b.id.clone(), b.version.clone(), b.title.clone(), b.calibration, items),
            placement: shipped.placement.clone(),
        };
        let mut ledger = ExposureLedger::new();
        let config = CatConfig {
            access_questionnaire: false,
            ..CatConfig::default()
        };
        let mut states = Vec::new();
        for seed in 0..30 {
            let setup = Setup::new(seed).mode(DeliveryMode::Assisted);
            let mut s = Session::start(&content, config.clone(), setup).unwrap();
            while let Next::Ask(item) = s.next_item_with_exposure(Some(&ledger)) {
                let id = item.id.clone();
                s.answer(&id, Response::Score { score: 1 }).unwrap();
            }
            ledger.record(s.state());
            states.push(s.state().clone());
        }
        let passed: usize = states
            .iter()
            .flat_map(|s| &s.answers)
            .map(|a| a.passed_over.len())
            .sum();
        assert!(passed > 0, "the ledger held some item back");
        for st in states {
            let resumed = Session::resume(&content, st.clone()).expect("an exposure-controlled session replays");
            assert_eq!(resumed.state(), &st);
        }
    }

    #[test]
    fn a_sealed_state_verifies_only_unchanged_and_under_its_key() {
        let content = content();
        let mut st = skipped(&content, DeliveryMode::SelfAdministered, 8).state().clone();
        assert_eq!(st.verify(b"k"), Err(SessionError::Unsealed));
        st.seal(b"installation key");
        assert_eq!(st.verify(b"installation key"), Ok(()));
        assert_eq!(st.verify(b"another key"), Err(SessionError::BadSeal));
        let json = serde_json::to_string(&st).unwrap();
        let back: SessionState = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back.verify(b"installation key"),
            Ok(()),
            "the seal survives a JSON round trip"
        );
        let mut edited = back.clone();
        edited.seed += 1;
        assert_eq!(edited.verify(b"installation key"), Err(SessionError::BadSeal));
        edited.seal = Some("zz".into());
        assert_eq!(edited.verify(b"installation key"), Err(SessionError::BadSeal));
    }

    #[test]
    fn every_error_has_a_listed_message_id() {
        let errors = [
            SessionError::BankMismatch {
                saved: "a".into(),
                loaded: "b".into(),
            },
            SessionError::DigestMismatch {
                saved: "a".into(),
                loaded: "b".into(),
            },
            SessionError::Format { found: 9 },
            SessionError::Config(ConfigError {
                field: "randomesque",
                min: 1.0,
                max: 50.0,
            }),
            SessionError::Locale("x".into()),
            SessionError::UnknownItem("x".into()),
            SessionError::NotPending {
                expected: None,
                got: "x".into(),
            },
            SessionError::Repeated("x".into()),
            SessionError::OutOfSequence {
                step: 0,
                expected: None,
                got: "x".into(),
            },
            SessionError::BadPassOver("x".into()),
            SessionError::AssessorOnly("x".into()),
            SessionError::Finished(StopReason::MaxItems),
            SessionError::Unsealed,
            SessionError::BadSeal,
            SessionError::BadTaps("x".into()),
        ];
        let mut used: Vec<&str> = errors.iter().map(SessionError::message_id).collect();
        used.sort_unstable();
        used.dedup();
        let mut listed = SessionError::MESSAGE_IDS.to_vec();
        listed.sort_unstable();
        assert_eq!(used, listed);
    }
}
