//! RFC 9457 problem details. Handlers return a [`Problem`] (a kind and its arguments); the
//! `render` middleware turns it into `application/problem+json` in the caller's language
//! (`Accept-Language`), and turns every other 4xx/5xx (a rejected body, an unknown path) into
//! one too, so a client only ever parses one error format.

use crate::texts::Texts;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use nln_core::i18n::Arg;
use serde::Serialize;
use std::sync::Arc;

/// What went wrong; each kind has a title and a detail message in `serve.ftl` (newer kinds in
/// the `.ftl` file of their feature).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Unauthorized,
    Forbidden,
    /// An intake key asked for the agency's administration (keys, webhooks, audit log).
    AdminOnly,
    NotFound,
    MethodNotAllowed,
    BadRequest,
    UnsupportedMedia,
    TooLarge,
    InvalidAnswer,
    WrongSequence,
    NotPending,
    Finished,
    NotFinished,
    IdempotencyKeyRequired,
    IdempotencyKeyReused,
    RateLimited,
    UnknownBank,
    UnknownLanguage,
    InvalidJoinCode,
    /// The agency already has as many webhooks as one may register.
    TooManyWebhooks,
    Unavailable,
    Internal,
}

impl Kind {
    /// Every kind, for the message-coverage test.
    pub const ALL: [Kind; 22] = [
        Kind::Unauthorized,
        Kind::Forbidden,
        Kind::AdminOnly,
        Kind::NotFound,
        Kind::MethodNotAllowed,
        Kind::BadRequest,
        Kind::UnsupportedMedia,
        Kind::TooLarge,
        Kind::InvalidAnswer,
        Kind::WrongSequence,
        Kind::NotPending,
        Kind::Finished,
        Kind::NotFinished,
        Kind::IdempotencyKeyRequired,
        Kind::IdempotencyKeyReused,
        Kind::RateLimited,
        Kind::UnknownBank,
        Kind::UnknownLanguage,
        Kind::InvalidJoinCode,
        Kind::TooManyWebhooks,
        Kind::Unavailable,
        Kind::Internal,
    ];

    /// The stable name used in the problem `type` URI and the message ids.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Unauthorized => "unauthorized",
            Kind::Forbidden => "forbidden",
            Kind::AdminOnly => "admin-only",
            Kind::NotFound => "not-found",
            Kind::MethodNotAllowed => "method-not-allowed",
            Kind::BadRequest => "bad-request",
            Kind::UnsupportedMedia => "unsupported-media",
            Kind::TooLarge => "too-large",
            Kind::InvalidAnswer => "invalid-answer",
            Kind::WrongSequence => "wrong-sequence",
            Kind::NotPending => "not-pending",
            Kind::Finished => "finished",
            Kind::NotFinished => "not-finished",
            Kind::IdempotencyKeyRequired => "idempotency-key-required",
            Kind::IdempotencyKeyReused => "idempotency-key-reused",
            Kind::RateLimited => "rate-limited",
            Kind::UnknownBank => "unknown-bank",
            Kind::UnknownLanguage => "unknown-language",
            Kind::InvalidJoinCode => "invalid-join-code",
            Kind::TooManyWebhooks => "too-many-webhooks",
            Kind::Unavailable => "unavailable",
            Kind::Internal => "internal",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Kind::Unauthorized => StatusCode::UNAUTHORIZED,
            Kind::Forbidden | Kind::AdminOnly => StatusCode::FORBIDDEN,
            Kind::NotFound | Kind::InvalidJoinCode => StatusCode::NOT_FOUND,
            Kind::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Kind::BadRequest | Kind::IdempotencyKeyRequired => StatusCode::BAD_REQUEST,
            Kind::UnsupportedMedia => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Kind::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Kind::InvalidAnswer | Kind::IdempotencyKeyReused | Kind::UnknownBank | Kind::UnknownLanguage => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Kind::WrongSequence | Kind::NotPending | Kind::Finished | Kind::NotFinished | Kind::TooManyWebhooks => {
                StatusCode::CONFLICT
            }
            Kind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            Kind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn title_id(self) -> String {
        format!("serve-problem-{}", self.name())
    }

    pub fn detail_id(self) -> String {
        format!("serve-problem-{}-detail", self.name())
    }

    fn for_status(status: StatusCode) -> Kind {
        match status {
            StatusCode::UNAUTHORIZED => Kind::Unauthorized,
            StatusCode::FORBIDDEN => Kind::Forbidden,
            StatusCode::NOT_FOUND => Kind::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => Kind::MethodNotAllowed,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Kind::UnsupportedMedia,
            StatusCode::PAYLOAD_TOO_LARGE => Kind::TooLarge,
            StatusCode::TOO_MANY_REQUESTS => Kind::RateLimited,
            StatusCode::SERVICE_UNAVAILABLE => Kind::Unavailable,
            s if s.is_server_error() => Kind::Internal,
            _ => Kind::BadRequest,
        }
    }
}

/// A problem to report: its kind and the values its detail message shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub kind: Kind,
    pub args: Vec<(&'static str, ProblemArg)>,
}

/// A value shown in a problem's detail.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemArg {
    Text(String),
    Number(i64),
}

impl Problem {
    pub fn new(kind: Kind) -> Problem {
        Problem { kind, args: Vec::new() }
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Problem {
        self.args.push((name, ProblemArg::Text(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: i64) -> Problem {
        self.args.push((name, ProblemArg::Number(value)));
        self
    }

    /// The problem+json body in the localizer's language.
    pub fn render(&self, texts: &Texts, accept_language: Option<&str>, instance: &str) -> (String, String) {
        let loc = texts.for_accept_language(accept_language);
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(n, v)| {
                let arg = match v {
                    ProblemArg::Text(s) => Arg::from(s.as_str()),
                    ProblemArg::Number(n) => Arg::Int(*n),
                };
                (*n, arg)
            })
            .collect();
        let body = ProblemBody {
            r#type: format!("urn:nln:problem:{}", self.kind.name()),
            title: loc.text(&self.kind.title_id()),
            status: self.kind.status().as_u16(),
            detail: loc.format(&self.kind.detail_id(), &args),
            instance: instance.to_string(),
        };
        (
            serde_json::to_string(&body).expect("a problem serializes"),
            loc.locale().to_string(),
        )
    }
}

/// RFC 9457 members.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemBody {
    /// A URI naming the kind of problem (`urn:nln:problem:not-found`).
    pub r#type: String,
    /// Short, localized summary of the kind.
    pub title: String,
    pub status: u16,
    /// Localized explanation of this occurrence.
    pub detail: String,
    /// The request path.
    pub instance: String,
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let mut response = self.kind.status().into_response();
        response.extensions_mut().insert(self);
        response
    }
}

/// The largest error body read back to explain a rejection.
const REJECTION_TEXT_LIMIT: usize = 4096;

/// Renders problems (and turns any other error response into one) in the caller's language.
pub async fn render(State(texts): State<Arc<Texts>>, request: Request, next: Next) -> Response {
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let path = request.uri().path().to_string();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_problem_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == PROBLEM_JSON.as_bytes());
    if is_problem_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let problem = match parts.extensions.remove::<Problem>() {
        Some(p) => p,
        None => {
            // An extractor's rejection (its text names the field) or a router error.
            let kind = Kind::for_status(status);
            let text = axum::body::to_bytes(body, REJECTION_TEXT_LIMIT)
                .await
                .unwrap_or_default();
            let reason = String::from_utf8_lossy(&text).trim().to_string();
            let p = Problem::new(kind);
            match kind {
                Kind::BadRequest | Kind::UnsupportedMedia => p.text("reason", reason),
                Kind::TooLarge => p.number("limit", crate::api::BODY_LIMIT as i64),
                Kind::RateLimited => p.number("seconds", 1),
                _ => p,
            }
        }
    };
    let status = problem.kind.status();
    let (body, locale) = problem.render(&texts, accept.as_deref(), &path);
    parts.status = status;
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    if let Ok(v) = HeaderValue::from_str(&locale) {
        parts.headers.insert(header::CONTENT_LANGUAGE, v);
    }
    Response::from_parts(parts, Body::from(body))
}

pub const PROBLEM_JSON: &str = "application/problem+json";
