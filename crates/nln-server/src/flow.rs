//! The session flow on stored rows: start, answer, stop, result. Every decision (which item,
//! scoring, estimates, when to stop, placement) is `nln-core`'s; this module only loads the
//! stored state, calls the core, and says what to store and what to reply.

use crate::problem::{Kind, Problem};
use crate::store::{AnswerRow, Change, SessionRow, SessionUpdate};
use crate::texts::Texts;
use crate::view::{self, Mode, SessionView, Status};
use nln_core::cat::{CatConfig, Next, Session, SessionError, SessionState};
use nln_core::content::{Content, ItemType, Response, ResponseError};
use nln_core::placement::{Placement, PlacementRules};
use serde::Deserialize;
use utoipa::ToSchema;

/// A learner's answer as a client sends it.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerValue {
    /// An option id (choice, self-report).
    Choice { option: String },
    /// True or false.
    Boolean { value: bool },
    /// Every option id, in the learner's order.
    Order { options: Vec<String> },
    /// A tap on the picture, in picture coordinates.
    Tap { x: f64, y: f64 },
    /// A region chosen without tapping.
    Region { region: String },
    /// An observed score (task items; any scored item in assisted mode).
    Score { score: u8 },
    /// "I don't know".
    Skip,
}

impl From<AnswerValue> for Response {
    fn from(a: AnswerValue) -> Response {
        match a {
            AnswerValue::Choice { option } => Response::Choice { option },
            AnswerValue::Boolean { value } => Response::Boolean { value },
            AnswerValue::Order { options } => Response::Order { options },
            AnswerValue::Tap { x, y } => Response::Tap { x, y },
            AnswerValue::Region { region } => Response::Region { region },
            AnswerValue::Score { score } => Response::Score { score },
            AnswerValue::Skip => Response::Skip,
        }
    }
}

/// The body of `POST /v1/sessions/{id}/answers`.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    /// The session's `next_seq`: a stale or future number is refused, so a retry can never
    /// answer the following item.
    pub seq: i64,
    /// The id of the item shown.
    pub item: String,
    pub answer: AnswerValue,
}

fn internal(what: impl std::fmt::Display) -> Problem {
    tracing::error!(error = %what, "stored session cannot be used");
    Problem::new(Kind::Internal)
}

/// The stored state as a live session.
pub fn resume<'c>(content: &'c Content, row: &SessionRow) -> Result<Session<'c>, Problem> {
    let state: SessionState = serde_json::from_str(&row.state).map_err(internal)?;
    Session::resume(content, state).map_err(internal)
}

/// A new session with its first item chosen.
pub fn start(content: &Content, config: CatConfig, seed: u64) -> (SessionState, Option<String>, f64, f64) {
    let mut session = Session::new(content, config, seed);
    let stop = match session.next_item() {
        Next::Ask(_) => None,
        Next::Done(r) => Some(r.name().to_string()),
    };
    let e = session.estimate();
    (session.state().clone(), stop, e.theta, e.se)
}

/// The reply for a stored session.
pub fn session_view(content: &Content, texts: &Texts, row: &SessionRow) -> Result<SessionView, Problem> {
    let status = Status::parse(&row.status);
    let mode = Mode::parse(&row.mode);
    let state: SessionState = serde_json::from_str(&row.state).map_err(internal)?;
    let item = match (status, &state.pending) {
        (Status::InProgress, Some(id)) => content.bank.item(id),
        _ => None,
    };
    let stop_reason = match status {
        Status::InProgress => None,
        Status::Stopped => Some("stopped_early".to_string()),
        Status::Finished => {
            let session = Session::resume(content, state.clone()).map_err(internal)?;
            session.stop_reason().map(|r| r.name().to_string())
        }
    };
    Ok(SessionView {
        id: row.id.clone(),
        learner_ref: row.learner_ref.clone(),
        language: row.language.clone(),
        bank: row.bank.clone(),
        mode,
        status,
        stop_reason,
        answered: row.answered,
        next_seq: item.map(|_| row.answered + 1),
        item: item.map(|i| view::item(texts.get(&row.language), i, mode)),
        created_at: row.created_at.clone(),
        finished_at: row.finished_at.clone(),
    })
}

fn reply(content: &Content, texts: &Texts, row: &SessionRow, status: u16) -> Result<(u16, String), Problem> {
    let view = session_view(content, texts, row)?;
    Ok((status, serde_json::to_string(&view).map_err(internal)?))
}

/// Why an answer does not fit its item, as a selector of `serve-problem-invalid-answer-detail`.
fn response_error_code(e: &ResponseError) -> &'static str {
    match e {
        ResponseError::WrongKind { .. } => "wrong-kind",
        ResponseError::UnknownOption(_) => "unknown-option",
        ResponseError::ScoreOutOfRange { .. } => "score-out-of-range",
        ResponseError::IncompleteOrder => "incomplete-order",
    }
}

/// Records the answer to the pending item and chooses the next one, as one change to store.
pub fn answer(
    content: &Content,
    texts: &Texts,
    row: &SessionRow,
    request: AnswerRequest,
    now: &str,
) -> Result<Change, Problem> {
    if Status::parse(&row.status) != Status::InProgress {
        return Err(Problem::new(Kind::Finished));
    }
    let mut session = resume(content, row)?;
    let expected = row.answered + 1;
    if request.seq != expected {
        return Err(Problem::new(Kind::WrongSequence).number("expected", expected));
    }
    if session.state().pending.as_deref() != Some(request.item.as_str()) {
        return Err(Problem::new(Kind::NotPending));
    }
    let item = content
        .bank
        .item(&request.item)
        .ok_or_else(|| Problem::new(Kind::NotPending))?;
    let response = Response::from(request.answer);
    // A learner alone may not grade themselves; only task items take a recorded score then.
    if matches!(response, Response::Score { .. })
        && Mode::parse(&row.mode) == Mode::SelfPaced
        && item.item_type != ItemType::Task
    {
        return Err(Problem::new(Kind::InvalidAnswer).text("error", "wrong-kind"));
    }
    let stored_response = serde_json::to_string(&response).map_err(internal)?;
    match session.answer(&request.item, response) {
        Ok(_) => {}
        Err(SessionError::Response { error, .. }) => {
            return Err(Problem::new(Kind::InvalidAnswer).text("error", response_error_code(&error)))
        }
        Err(SessionError::NotPending { .. } | SessionError::Repeated(_)) => return Err(Problem::new(Kind::NotPending)),
        Err(e) => return Err(internal(e)),
    }
    let (status, finished_at) = match session.next_item() {
        Next::Ask(_) => (Status::InProgress, None),
        Next::Done(_) => (Status::Finished, Some(now.to_string())),
    };
    let estimate = session.estimate();
    let updated = SessionRow {
        status: status.name().to_string(),
        answered: expected,
        state: serde_json::to_string(session.state()).map_err(internal)?,
        theta: estimate.theta,
        se: estimate.se,
        updated_at: now.to_string(),
        finished_at: finished_at.clone(),
        ..row.clone()
    };
    let (code, body) = reply(content, texts, &updated, 200)?;
    Ok(Change {
        session: update_of(&updated),
        answer: Some(AnswerRow {
            session_id: row.id.clone(),
            seq: expected,
            item: request.item,
            response: stored_response,
            answered_at: now.to_string(),
        }),
        status: code,
        body,
    })
}

/// Ends a session before a stopping rule does; the result uses the answers given.
pub fn stop(content: &Content, texts: &Texts, row: &SessionRow, now: &str) -> Result<Change, Problem> {
    if Status::parse(&row.status) != Status::InProgress {
        return Err(Problem::new(Kind::Finished));
    }
    let updated = SessionRow {
        status: Status::Stopped.name().to_string(),
        updated_at: now.to_string(),
        finished_at: Some(now.to_string()),
        ..row.clone()
    };
    let (code, body) = reply(content, texts, &updated, 200)?;
    Ok(Change {
        session: update_of(&updated),
        answer: None,
        status: code,
        body,
    })
}

fn update_of(row: &SessionRow) -> SessionUpdate {
    SessionUpdate {
        status: row.status.clone(),
        answered: row.answered,
        state: row.state.clone(),
        theta: row.theta,
        se: row.se,
        updated_at: row.updated_at.clone(),
        finished_at: row.finished_at.clone(),
    }
}

/// The placement of a finished or stopped session.
pub fn placement(content: &Content, row: &SessionRow) -> Result<Placement, Problem> {
    if Status::parse(&row.status) == Status::InProgress {
        return Err(Problem::new(Kind::NotFinished));
    }
    let session = resume(content, row)?;
    Ok(Placement::from_session(&session, &PlacementRules::default()))
}

/// Rebuilds a session from its answer log alone (seed and rules from the stored state): the
/// stored estimate is a cache of this.
pub fn rescore<'c>(content: &'c Content, row: &SessionRow, answers: &[AnswerRow]) -> Result<Session<'c>, Problem> {
    let state: SessionState = serde_json::from_str(&row.state).map_err(internal)?;
    let mut session = Session::new(content, state.config, state.seed);
    for a in answers {
        let Next::Ask(item) = session.next_item() else {
            return Err(internal("an answer after the end of the test"));
        };
        if item.id != a.item {
            return Err(internal("the answer log does not follow the session's items"));
        }
        let response: Response = serde_json::from_str(&a.response).map_err(internal)?;
        session.answer(&a.item, response).map_err(internal)?;
    }
    Ok(session)
}
