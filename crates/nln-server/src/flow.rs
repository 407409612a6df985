//! The session flow on stored rows: start, answer, stop, result. Every decision (which item,
//! scoring, estimates, when to stop, placement) is `nln-core`'s; this module only loads the
//! stored state, calls the core, and says what to store and what to reply.

use crate::live::LiveSessions;
use crate::problem::{Kind, Problem};
use crate::store::{AnswerRow, Change, SessionRow, SessionUpdate};
use crate::texts::Texts;
use crate::view::{Mode, SessionView, Status};
use nln_core::cat::{CatConfig, Next, Session, SessionError, SessionState, Setup};
use nln_core::content::{Content, Response};
use nln_core::placement::Placement;
use nln_core::present::{Presentation, UiAnswer, UiError};
use serde::Deserialize;
use utoipa::ToSchema;

/// A learner's answer as a client sends it, in the UI ids of the item's `choices`.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AnswerValue {
    /// One choice (an option, true/false, a place from the list, a task category).
    Pick {
        #[schema(maximum = 1000)]
        #[serde(deserialize_with = "crate::integers::one")]
        ui_id: usize,
    },
    /// Every step, by UI id, in the learner's order.
    Order {
        #[schema(max_items = 64)]
        #[serde(deserialize_with = "crate::integers::list")]
        ui_ids: Vec<usize>,
    },
    /// A tap on the item's picture, in image pixels.
    Tap { x: f64, y: f64 },
    /// "I don't know".
    DontKnow,
}

impl From<AnswerValue> for UiAnswer {
    fn from(a: AnswerValue) -> UiAnswer {
        match a {
            AnswerValue::Pick { ui_id } => UiAnswer::Pick { ui_id },
            AnswerValue::Order { ui_ids } => UiAnswer::Order { ui_ids },
            AnswerValue::Tap { x, y } => UiAnswer::Tap { x, y },
            AnswerValue::DontKnow => UiAnswer::DontKnow,
        }
    }
}

/// The body of `POST /v1/sessions/{id}/answers`.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    /// The session's `next_seq`: a stale or future number is refused, so a retry can never
    /// answer the following item.
    #[schema(minimum = 1)]
    #[serde(deserialize_with = "crate::integers::one")]
    pub seq: i64,
    /// The id of the item shown.
    #[schema(min_length = 1, max_length = 64)]
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

/// The session in another language (the learner's choice): the row's language and the
/// state's locale, so items, texts and the report follow it. `None` when nothing changes or
/// the stored state cannot be read (the join then keeps the language it had).
pub fn relabel(row: &SessionRow, language: &str) -> Option<(String, String)> {
    if row.language == language {
        return None;
    }
    let mut state: SessionState = serde_json::from_str(&row.state).ok()?;
    state.locale = language.to_string();
    Some((language.to_string(), serde_json::to_string(&state).ok()?))
}

/// A new session with its first item chosen: (state, why it ended at once, theta, SE).
pub fn start(
    content: &Content,
    config: CatConfig,
    setup: Setup,
) -> Result<(SessionState, Option<String>, f64, f64), Problem> {
    let mut session = Session::start(content, config, setup)
        .map_err(|e| Problem::new(Kind::BadRequest).text("reason", e.to_string()))?;
    let stop = match session.next_item() {
        Next::Ask(_) => None,
        Next::Done(r) => Some(r.name().to_string()),
    };
    let e = session.estimate();
    Ok((session.state().clone(), stop, e.theta, e.se))
}

/// The reply for a stored session.
pub fn session_view(content: &Content, texts: &Texts, row: &SessionRow) -> Result<SessionView, Problem> {
    let session = resume(content, row)?;
    Ok(view_of(content, texts, row, &session))
}

/// The reply for a stored row and its live session.
fn view_of(content: &Content, texts: &Texts, row: &SessionRow, session: &Session<'_>) -> SessionView {
    let status = Status::parse(&row.status);
    let mode = Mode::parse(&row.mode);
    let item = match (status, &session.state().pending) {
        (Status::InProgress, Some(p)) => content.bank.item(&p.item),
        _ => None,
    };
    let stop_reason = match status {
        Status::InProgress => None,
        Status::Stopped => Some("stopped_early".to_string()),
        Status::Finished => session.stop_reason().map(|r| r.name().to_string()),
    };
    SessionView {
        id: row.id.clone(),
        learner_ref: row.learner_ref.clone(),
        language: row.language.clone(),
        bank: row.bank.clone(),
        mode,
        status,
        stop_reason,
        // Items, not stored answers: a tap-through item takes one answer per screen but is
        // one question to the learner and to progress.
        answered: i64::try_from(session.state().answers.len()).unwrap_or(i64::MAX),
        next_seq: item.map(|_| row.answered + 1),
        item: item.map(|i| Presentation::for_session(session, i, texts.get(&row.language))),
        created_at: row.created_at.clone(),
        finished_at: row.finished_at.clone(),
        consent: crate::api::Consent {
            research: row.consent_research,
            sharing: row.consent_sharing,
        },
    }
}

fn reply(content: &Content, texts: &Texts, row: &SessionRow, status: u16) -> Result<(u16, String), Problem> {
    let view = session_view(content, texts, row)?;
    Ok((status, serde_json::to_string(&view).map_err(internal)?))
}

/// Why an answer does not fit its item, as a selector of `serve-problem-invalid-answer-detail`.
fn ui_error_code(e: &UiError) -> &'static str {
    match e {
        UiError::NoSuchChoice { .. } => "unknown-option",
        UiError::IncompleteOrder { .. } => "incomplete-order",
        _ => "wrong-kind",
    }
}

/// Records the answer to the pending item and chooses the next one, as one change to store.
/// The session comes from `live` when it holds the stored state, and goes back there with the
/// new state (it is used only if that state is the one committed).
pub fn answer(
    content: &'static Content,
    texts: &Texts,
    live: &LiveSessions,
    row: &SessionRow,
    request: AnswerRequest,
    now: &str,
) -> Result<Change, Problem> {
    if Status::parse(&row.status) != Status::InProgress {
        return Err(Problem::new(Kind::Finished));
    }
    let mut session = live.take(content, row)?;
    let expected = row.answered + 1;
    if request.seq != expected {
        return Err(Problem::new(Kind::WrongSequence).number("expected", expected));
    }
    if session.state().pending.as_ref().map(|p| p.item.as_str()) != Some(request.item.as_str()) {
        return Err(Problem::new(Kind::NotPending));
    }
    let item = content
        .bank
        .item(&request.item)
        .ok_or_else(|| Problem::new(Kind::NotPending))?;
    // The client answers in the UI ids of the presentation it was shown; the core maps them.
    let shown = Presentation::for_session(&session, item, texts.get(&row.language));
    let response = shown
        .response(&UiAnswer::from(request.answer))
        .map_err(|e| Problem::new(Kind::InvalidAnswer).text("error", ui_error_code(&e)))?;
    let stored_response = serde_json::to_string(&response).map_err(internal)?;
    match session.answer(&request.item, response) {
        Ok(_) => {}
        Err(SessionError::Response { .. } | SessionError::AssessorOnly(_)) => {
            return Err(Problem::new(Kind::InvalidAnswer).text("error", "wrong-kind"))
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
    let body = serde_json::to_string(&view_of(content, texts, &updated, &session)).map_err(internal)?;
    if status == Status::InProgress {
        live.keep(&row.id, updated.state.clone(), session);
    }
    Ok(Change {
        session: update_of(&updated),
        answer: Some(AnswerRow {
            session_id: row.id.clone(),
            seq: expected,
            item: request.item,
            response: stored_response,
            answered_at: now.to_string(),
        }),
        status: 200,
        body,
        event: None,
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
        event: None,
    })
}

/// The update that writes `row`'s own values back (the start of every change).
pub fn update_of(row: &SessionRow) -> SessionUpdate {
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
/// The placement of a finished session, with the session's seed.
pub fn placement(content: &Content, row: &SessionRow) -> Result<(Placement, u64), Problem> {
    if Status::parse(&row.status) == Status::InProgress {
        return Err(Problem::new(Kind::NotFinished));
    }
    let session = resume(content, row)?;
    Ok((Placement::from_session(&session, &content.placement), session.seed()))
}

/// Rebuilds a session from its answer log alone (seed and rules from the stored state): the
/// stored estimate is a cache of this.
pub fn rescore<'c>(content: &'c Content, row: &SessionRow, answers: &[AnswerRow]) -> Result<Session<'c>, Problem> {
    let state: SessionState = serde_json::from_str(&row.state).map_err(internal)?;
    let setup = Setup::new(state.seed).mode(state.mode).locale(state.locale);
    let mut session = Session::start(content, state.config, setup).map_err(internal)?;
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
    // The service chooses the next item before it stores an answer; choosing leaves the
    // estimate as it is and restores the pending item of the stored state.
    let _ = session.next_item();
    Ok(session)
}
