//! The HTTP routes: authentication, agency scoping, idempotent answers, results, learner
//! deletion, join codes, keys, health — and the OpenAPI document generated from the same
//! handlers, so the served description cannot drift from the code.

use crate::clock;
use crate::flow::{self, AnswerRequest};
use crate::live::LiveSessions;
use crate::outbox::Wake;
use crate::principals::Principals;
use crate::problem::{self, Kind, Problem, ProblemBody};
use crate::request_body::Checked;
use crate::secrets;
use crate::store::{
    AuditEntry, Idempotency, JoinLimit, NewKeyRow, Outcome, Principal, Redeemed, Role, SessionRow, Store, StoreError,
};
use crate::texts::Texts;
use crate::view::{Mode, SessionView, Status};
use crate::webhook::{self, DeliveryConfig};
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequestParts, MatchedPath, Path, Query, Request, State};
use axum::http::{header, request::Parts, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use nln_core::cat::{CatConfig, Setup};
use nln_core::content::Content;
use serde::{Deserialize, Serialize};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};

/// Largest request body accepted (an answer is well under 1 KiB).
pub const BODY_LIMIT: usize = 16 * 1024;
/// How long a join code can be used (to join, and to re-join the same unfinished session).
pub const JOIN_CODE_SECONDS: i64 = 24 * 3600;
/// Joins an hour with one join code (counted in the database, across instances).
pub const JOINS_PER_CODE: u32 = 12;
/// The window [`JOINS_PER_CODE`] counts in.
pub const JOIN_WINDOW_SECONDS: i64 = 3600;
/// Most results in one page of `GET /v1/results`.
pub const RESULTS_PAGE: i64 = 1000;
/// Longest learner reference and idempotency key accepted.
const MAX_REF: usize = 64;
const MAX_IDEMPOTENCY_KEY: usize = 255;
/// What a learner reference may hold, as the OpenAPI document states it.
pub const REF_PATTERN: &str = r"^[A-Za-z0-9._:-]+$";
/// What an `Idempotency-Key` may hold: visible ASCII, no spaces (so no header folding or
/// trimming can make two keys equal).
pub const IDEMPOTENCY_KEY_PATTERN: &str = r"^[!-~]+$";

/// Request quotas, per API key or learner token.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Requests per second (burst twice as many); `None` turns the limit off.
    pub requests_per_second: Option<NonZeroU32>,
    /// New sessions per hour; `None` turns the limit off.
    pub sessions_per_hour: Option<NonZeroU32>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            requests_per_second: NonZeroU32::new(50),
            sessions_per_hour: NonZeroU32::new(1000),
        }
    }
}

/// Everything a request needs.
pub struct App {
    pub store: Store,
    pub content: &'static Content,
    pub texts: Arc<Texts>,
    /// Sessions kept live between answers (a cache of the stored state).
    pub live: LiveSessions,
    /// Recently authenticated keys and tokens (by hash).
    pub principals: Principals,
    /// Which webhook URLs are accepted (and how they are delivered).
    pub webhooks: DeliveryConfig,
    /// Wakes the outbox worker after a change wrote an event.
    pub wake: Wake,
    requests: Option<DefaultKeyedRateLimiter<String>>,
    sessions: Option<DefaultKeyedRateLimiter<String>>,
    joins: DefaultKeyedRateLimiter<String>,
}

pub(crate) type Shared = Arc<App>;

impl App {
    pub fn new(store: Store, content: &'static Content, texts: Arc<Texts>, limits: Limits) -> App {
        let per_second = |n: NonZeroU32| {
            RateLimiter::keyed(Quota::per_second(n).allow_burst(n.saturating_mul(NonZeroU32::MIN.saturating_add(1))))
        };
        App {
            store,
            content,
            texts,
            live: LiveSessions::new(crate::live::CAPACITY),
            principals: Principals::default(),
            webhooks: DeliveryConfig::default(),
            wake: Wake::default(),
            requests: limits.requests_per_second.map(per_second),
            sessions: limits
                .sessions_per_hour
                .map(|n| RateLimiter::keyed(Quota::per_hour(n).allow_burst(n))),
            // Join codes are guessable only by brute force: a few tries per second per instance.
            joins: RateLimiter::keyed(
                Quota::per_second(NonZeroU32::new(5).expect("5 > 0")).allow_burst(NonZeroU32::new(20).expect("20 > 0")),
            ),
        }
    }

    /// The entry recording that `caller` did `action` to `subject`, now.
    pub(crate) fn audit_entry(&self, caller: &Principal, action: &str, subject: &str) -> AuditEntry {
        AuditEntry {
            at: clock::now(),
            agency_id: caller.agency_id().to_string(),
            actor: caller.actor(),
            action: action.to_string(),
            subject: subject.to_string(),
        }
    }

    pub(crate) async fn audit(&self, caller: &Principal, action: &str, subject: &str) {
        let entry = self.audit_entry(caller, action, subject);
        if let Err(e) = self.store.audit(entry).await {
            tracing::error!(error = %e, action, "audit entry not stored");
        }
    }
}

fn check(limiter: Option<&DefaultKeyedRateLimiter<String>>, key: &str) -> Result<(), Problem> {
    let Some(limiter) = limiter else { return Ok(()) };
    limiter.check_key(&key.to_string()).map_err(|not_until| {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        Problem::new(Kind::RateLimited).number("seconds", wait.as_secs().max(1) as i64)
    })
}

pub(crate) fn store_failed(e: StoreError) -> Problem {
    tracing::error!(error = %e, "database error");
    Problem::new(Kind::Unavailable)
}

/// The authenticated caller: an agency key or a learner token (`Authorization: Bearer …`).
pub struct Caller(pub Principal);

impl FromRequestParts<Shared> for Caller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &Shared) -> Result<Caller, Problem> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty() && t.len() <= 200)
            .ok_or_else(|| Problem::new(Kind::Unauthorized))?;
        let hash = secrets::digest(token.as_bytes());
        let principal = match app.principals.get(&hash) {
            Some(p) => p,
            None => {
                let found = if token.starts_with(secrets::TOKEN_PREFIX) {
                    app.store.principal_for_learner(&hash).await
                } else {
                    app.store.principal_for_key(&hash).await
                };
                let p = found
                    .map_err(store_failed)?
                    .ok_or_else(|| Problem::new(Kind::Unauthorized))?;
                app.principals.put(hash, p.clone());
                p
            }
        };
        check(app.requests.as_ref(), &principal.actor())?;
        Ok(Caller(principal))
    }
}

/// A caller that must be an agency key (learner tokens get 403).
pub struct AgencyCaller(pub Principal);

impl FromRequestParts<Shared> for AgencyCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &Shared) -> Result<AgencyCaller, Problem> {
        let Caller(p) = Caller::from_request_parts(parts, app).await?;
        match p {
            Principal::Agency { .. } => Ok(AgencyCaller(p)),
            Principal::Learner { .. } => Err(Problem::new(Kind::Forbidden)),
        }
    }
}

/// A caller that must be an agency's admin key: keys, webhooks and the audit log are the
/// agency's administration (intake keys get 403 `admin-only`, learner tokens 403).
pub struct AdminCaller(pub Principal);

impl FromRequestParts<Shared> for AdminCaller {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, app: &Shared) -> Result<AdminCaller, Problem> {
        let AgencyCaller(p) = AgencyCaller::from_request_parts(parts, app).await?;
        match p {
            Principal::Agency { role: Role::Admin, .. } => Ok(AdminCaller(p)),
            _ => Err(Problem::new(Kind::AdminOnly)),
        }
    }
}

/// The session a caller may see: an agency sees its own sessions, a learner only theirs.
/// Anything else is "not found", so ids of other agencies cannot even be confirmed.
async fn visible_session(app: &App, caller: &Principal, id: &str) -> Result<SessionRow, Problem> {
    if let Principal::Learner { session_id, .. } = caller {
        if session_id != id {
            return Err(Problem::new(Kind::NotFound));
        }
    }
    app.store
        .session(caller.agency_id(), id)
        .await
        .map_err(store_failed)?
        .ok_or_else(|| Problem::new(Kind::NotFound))
}

fn json_reply(status: u16, body: String, replayed: bool) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if replayed {
        response.headers_mut().insert(
            HeaderName::from_static("idempotent-replayed"),
            HeaderValue::from_static("true"),
        );
    }
    response
}

fn idempotency_key(headers: &HeaderMap, required: bool) -> Result<Option<String>, Problem> {
    match headers.get("idempotency-key") {
        None if required => Err(Problem::new(Kind::IdempotencyKeyRequired)),
        None => Ok(None),
        Some(v) => {
            let key = v.as_bytes();
            if key.is_empty() || key.len() > MAX_IDEMPOTENCY_KEY || !key.iter().all(|b| (b'!'..=b'~').contains(b)) {
                return Err(Problem::new(Kind::IdempotencyKeyRequired));
            }
            Ok(Some(String::from_utf8_lossy(key).into_owned()))
        }
    }
}

/// Runs a mutation on a session and turns its outcome into a reply.
async fn mutate<F>(
    app: &Shared,
    caller: &Principal,
    id: &str,
    path: &str,
    key: Option<String>,
    body: &[u8],
    change: F,
) -> Result<Response, Problem>
where
    F: Fn(&App, &SessionRow, &str) -> Result<crate::store::Change, Problem> + Send + 'static,
{
    if let Principal::Learner { session_id, .. } = caller {
        if session_id != id {
            return Err(Problem::new(Kind::NotFound));
        }
    }
    let now = clock::now();
    let idempotency = key.map(|key| {
        let mut request = format!("POST {path}\n").into_bytes();
        request.extend_from_slice(body);
        Idempotency {
            principal: caller.actor(),
            path: path.to_string(),
            key,
            request_hash: secrets::digest(&request),
            now: now.clone(),
        }
    });
    let app2 = app.clone();
    let wrote_event = Arc::new(AtomicBool::new(false));
    let wrote = wrote_event.clone();
    let outcome = app
        .store
        .mutate(caller.agency_id(), id, idempotency, move |row| {
            let mut change = change(&app2, row, &now)?;
            let ended = change.session.status != Status::InProgress.name();
            if ended && Status::parse(&row.status) == Status::InProgress {
                let finished_at = change.session.finished_at.as_deref().unwrap_or(&now);
                change.event = Some(webhook::session_completed(
                    &row.agency_id,
                    &row.id,
                    &row.learner_ref,
                    &change.session.status,
                    finished_at,
                ));
                wrote.store(true, Ordering::Relaxed);
            }
            Ok(change)
        })
        .await
        .map_err(store_failed)?;
    match outcome {
        Outcome::Reply { status, body, replayed } => {
            if wrote_event.load(Ordering::Relaxed) {
                app.wake.now();
            }
            Ok(json_reply(status, body, replayed))
        }
        Outcome::NotFound => Err(Problem::new(Kind::NotFound)),
        Outcome::KeyReused => Err(Problem::new(Kind::IdempotencyKeyReused)),
        Outcome::Rejected(p) => Err(p),
    }
}

/// Liveness.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok` (liveness) or `ready` (readiness: the database answers).
    pub status: String,
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "health", responses((status = 200, body = Health)))]
async fn healthz() -> Json<Health> {
    Json(Health { status: "ok".into() })
}

/// The process can reach its database.
#[utoipa::path(get, path = "/readyz", tag = "health", responses(
    (status = 200, body = Health),
    (status = 503, body = ProblemBody, content_type = "application/problem+json")))]
async fn readyz(State(app): State<Shared>) -> Result<Json<Health>, Problem> {
    app.store.ping().await.map_err(store_failed)?;
    Ok(Json(Health { status: "ready".into() }))
}

/// Starts a session.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartSession {
    /// The agency's pseudonymous reference for the learner (letters, digits, `.`, `_`, `:`,
    /// `-`; at most 64): never a name, e-mail or UCI.
    #[schema(min_length = 1, max_length = 64, pattern = r"^[A-Za-z0-9._:-]+$")]
    pub learner_ref: String,
    /// Language of the learner: a shipped locale or one of its aliases (the document lists
    /// them); a regional tag such as `fr-CA` is served by its language. Default `en`.
    #[schema(max_length = 35)]
    pub language: Option<String>,
    /// Item bank: `default` (the shipped bank; its id is accepted too).
    #[schema(max_length = 64)]
    pub bank: Option<String>,
    /// `self` (default) or `assisted`.
    pub mode: Option<Mode>,
    /// Cap on scored items (1–100).
    #[schema(minimum = 1, maximum = 100)]
    #[serde(default, deserialize_with = "crate::integers::optional")]
    pub max_items: Option<u16>,
    /// Ask the access questions first (default true).
    pub access_questions: Option<bool>,
    /// What the learner consented to besides placement (default: nothing else).
    pub consent: Option<Consent>,
}

/// A learner's consent per purpose, recorded with the session. Placement is why the test is
/// taken; research use and sharing each need a yes, and the results list for those purposes
/// leaves out every session without it.
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// Research use of the answers, de-identified (default false).
    #[serde(default)]
    pub research: bool,
    /// Sharing the result beyond the agency, e.g. with another provider (default false).
    #[serde(default)]
    pub sharing: bool,
}

fn valid_ref(r: &str) -> bool {
    !r.is_empty()
        && r.len() <= MAX_REF
        && r.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'))
}

/// Starts a session; the reply carries the first item.
#[utoipa::path(post, path = "/v1/sessions", tag = "sessions", request_body = StartSession,
    security(("bearer" = [])),
    responses((status = 201, body = SessionView), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn start_session(
    State(app): State<Shared>,
    AgencyCaller(caller): AgencyCaller,
    Checked { value: request, .. }: Checked<StartSession>,
) -> Result<Response, Problem> {
    if !valid_ref(&request.learner_ref) {
        return Err(Problem::new(Kind::BadRequest).text("reason", "learner_ref"));
    }
    let language = request.language.unwrap_or_else(|| "en".to_string());
    if language.len() > 35 || !app.texts.is_shipped(&language) {
        return Err(Problem::new(Kind::UnknownLanguage).text("language", language.chars().take(35).collect::<String>()));
    }
    // One bank is served today: the shipped one, by its folder name or its id.
    let bank = request
        .bank
        .unwrap_or_else(|| nln_core::defaults::DEFAULT_BANK.to_string());
    if bank != nln_core::defaults::DEFAULT_BANK && bank != app.content.bank.id {
        return Err(Problem::new(Kind::UnknownBank).text("bank", bank.chars().take(64).collect::<String>()));
    }
    let mut config = CatConfig {
        access_questionnaire: request.access_questions.unwrap_or(true),
        ..CatConfig::default()
    };
    if let Some(n) = request.max_items {
        if !(1..=100).contains(&n) {
            return Err(Problem::new(Kind::BadRequest).text("reason", "max_items"));
        }
        config.stopping.cap_length(usize::from(n));
    }
    check(app.sessions.as_ref(), &caller.actor())?;
    let mode = request.mode.unwrap_or_default();
    let consent = request.consent.unwrap_or_default();
    let setup = Setup::new(secrets::new_seed())
        .mode(mode.delivery())
        .locale(language.clone());
    let (state, stop, theta, se) = flow::start(app.content, config, setup)?;
    let now = clock::now();
    let row = SessionRow {
        id: secrets::new_id(),
        agency_id: caller.agency_id().to_string(),
        learner_ref: request.learner_ref,
        language,
        bank,
        mode: mode.name().to_string(),
        status: if stop.is_some() {
            Status::Finished
        } else {
            Status::InProgress
        }
        .name()
        .to_string(),
        answered: 0,
        state: serde_json::to_string(&state).map_err(|_| Problem::new(Kind::Internal))?,
        theta,
        se,
        created_at: now.clone(),
        updated_at: now.clone(),
        finished_at: stop.map(|_| now),
        consent_research: consent.research,
        consent_sharing: consent.sharing,
    };
    let event = row
        .finished_at
        .as_deref()
        .map(|at| webhook::session_completed(&row.agency_id, &row.id, &row.learner_ref, &row.status, at));
    let ended = event.is_some();
    app.store
        .insert_session(row.clone(), event, app.audit_entry(&caller, "session.create", &row.id))
        .await
        .map_err(store_failed)?;
    if ended {
        app.wake.now();
    }
    let view = flow::session_view(app.content, &app.texts, &row)?;
    Ok((StatusCode::CREATED, Json(view)).into_response())
}

/// A session and the item waiting for its answer: after a crash or a lost reply, this is
/// where a client resumes.
#[utoipa::path(get, path = "/v1/sessions/{id}", tag = "sessions", security(("bearer" = [])),
    params(("id" = String, Path, description = "Session id", min_length = 1, max_length = 64)),
    responses((status = 200, body = SessionView), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn get_session(
    State(app): State<Shared>,
    Caller(caller): Caller,
    Path(id): Path<String>,
) -> Result<Json<SessionView>, Problem> {
    let row = visible_session(&app, &caller, &id).await?;
    Ok(Json(flow::session_view(app.content, &app.texts, &row)?))
}

/// Answers the pending item. The answer and the choice of the next item are stored in one
/// transaction, on disk, before this reply; a retry with the same `Idempotency-Key` and body
/// gets the same reply again.
#[utoipa::path(post, path = "/v1/sessions/{id}/answers", tag = "sessions", request_body = AnswerRequest,
    security(("bearer" = [])),
    params(("id" = String, Path, description = "Session id", min_length = 1, max_length = 64),
           ("Idempotency-Key" = String, Header, description = "Unique per answer; reuse it to retry",
            min_length = 1, max_length = 255, pattern = r"^[!-~]+$")),
    responses((status = 200, body = SessionView), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn answer(
    State(app): State<Shared>,
    Caller(caller): Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    Checked {
        value: request,
        bytes: body,
    }: Checked<AnswerRequest>,
) -> Result<Response, Problem> {
    let key = idempotency_key(&headers, true)?;
    let path = format!("/v1/sessions/{id}/answers");
    mutate(&app, &caller, &id, &path, key, &body, move |app, row, now| {
        flow::answer(app.content, &app.texts, &app.live, row, request.clone(), now)
    })
    .await
}

/// Ends a session early; its result uses the answers given so far.
#[utoipa::path(post, path = "/v1/sessions/{id}/stop", tag = "sessions", security(("bearer" = [])),
    params(("id" = String, Path, description = "Session id", min_length = 1, max_length = 64),
           ("Idempotency-Key" = Option<String>, Header, description = "Optional; reuse it to retry",
            min_length = 1, max_length = 255, pattern = r"^[!-~]+$")),
    responses((status = 200, body = SessionView), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn stop_session(
    State(app): State<Shared>,
    AgencyCaller(caller): AgencyCaller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let key = idempotency_key(&headers, false)?;
    let path = format!("/v1/sessions/{id}/stop");
    let reply = mutate(&app, &caller, &id, &path, key, b"", |app, row, now| {
        flow::stop(app.content, &app.texts, row, now)
    })
    .await?;
    app.audit(&caller, "session.stop", &id).await;
    Ok(reply)
}

/// The placement report of a finished session: the same JSON as `nln assess --json`, in the
/// learner's language.
#[utoipa::path(get, path = "/v1/sessions/{id}/result", tag = "results", security(("bearer" = [])),
    params(("id" = String, Path, description = "Session id", min_length = 1, max_length = 64)),
    responses((status = 200, body = serde_json::Value, description = "The placement report"),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn result(
    State(app): State<Shared>,
    AgencyCaller(caller): AgencyCaller,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let row = visible_session(&app, &caller, &id).await?;
    let (placement, seed) = flow::placement(app.content, &row)?;
    // The core's report, as `nln assess --json` prints it; the session's own id and end time.
    let time = row.finished_at.as_deref().unwrap_or(&row.updated_at);
    let context = nln_core::report::ReportContext {
        session_id: &row.id,
        seed,
        time,
    };
    let body = nln_core::report::PlacementReport::new(app.content, &placement, app.texts.get(&row.language), &context)
        .to_json();
    app.audit(&caller, "result.read", &id).await;
    Ok(json_reply(200, body, false))
}

/// Which results to list.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ResultsQuery {
    /// Sessions finished at or after this time (RFC 3339).
    #[param(format = DateTime)]
    pub since: String,
    /// `json` (default) or `csv`.
    #[param(inline)]
    pub format: Option<ExportFormat>,
    /// Page size (1–1000, default 1000).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<i64>,
    /// What the list is for (default `placement`): `research` and `sharing` list only sessions
    /// whose learner consented to that use.
    #[param(inline)]
    pub purpose: Option<crate::store::Purpose>,
}

/// How `GET /v1/results` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Json,
    Csv,
}

/// One finished session, flat: a row of a spreadsheet or an upsert keyed by `session_id`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultRow {
    pub session_id: String,
    pub learner_ref: String,
    pub language: String,
    pub mode: String,
    pub status: String,
    pub finished_at: String,
    /// NLN level code (`F`, `1` … `12`).
    pub level: String,
    pub theta: f64,
    pub se: f64,
    /// Scored items answered.
    pub items: usize,
}

/// A page of results; ask again with `since = next_since` for more.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultsPage {
    pub results: Vec<ResultRow>,
    pub next_since: Option<String>,
}

/// Results of sessions finished since a time, as JSON or CSV (one row per session).
#[utoipa::path(get, path = "/v1/results", tag = "results", security(("bearer" = [])), params(ResultsQuery),
    responses((status = 200, description = "JSON, or text/csv with the same columns",
               content((ResultsPage = "application/json"), (String = "text/csv"))),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn results(
    State(app): State<Shared>,
    AgencyCaller(caller): AgencyCaller,
    Query(q): Query<ResultsQuery>,
) -> Result<Response, Problem> {
    let since = clock::parse(&q.since).ok_or_else(|| Problem::new(Kind::BadRequest).text("reason", "since"))?;
    let limit = q.limit.unwrap_or(RESULTS_PAGE);
    if !(1..=RESULTS_PAGE).contains(&limit) {
        return Err(Problem::new(Kind::BadRequest).text("reason", "limit"));
    }
    let csv = q.format == Some(ExportFormat::Csv);
    let rows = app
        .store
        .finished_since(caller.agency_id(), &since, q.purpose.unwrap_or_default(), limit)
        .await
        .map_err(store_failed)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let (p, _) = flow::placement(app.content, row)?;
        out.push(ResultRow {
            session_id: row.id.clone(),
            learner_ref: row.learner_ref.clone(),
            language: row.language.clone(),
            mode: row.mode.clone(),
            status: row.status.clone(),
            finished_at: row.finished_at.clone().unwrap_or_default(),
            level: p.code.clone(),
            theta: p.theta,
            se: p.se,
            items: p.items,
        });
    }
    let next_since = (rows.len() as i64 == limit)
        .then(|| out.last().map(|r| r.finished_at.clone()))
        .flatten();
    let purpose = q.purpose.unwrap_or_default().name();
    app.audit(&caller, &format!("results.export.{purpose}"), &since).await;
    if csv {
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in &out {
            w.serialize(r).map_err(|_| Problem::new(Kind::Internal))?;
        }
        if out.is_empty() {
            w.write_record([
                "session_id",
                "learner_ref",
                "language",
                "mode",
                "status",
                "finished_at",
                "level",
                "theta",
                "se",
                "items",
            ])
            .map_err(|_| Problem::new(Kind::Internal))?;
        }
        let bytes = w.into_inner().map_err(|_| Problem::new(Kind::Internal))?;
        return Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], bytes).into_response());
    }
    Ok(Json(ResultsPage {
        results: out,
        next_since,
    })
    .into_response())
}

/// How many sessions a deletion removed.
#[derive(Debug, Serialize, ToSchema)]
pub struct Deleted {
    pub deleted_sessions: u64,
}

/// Deletes every session of a learner, with answers, codes, tokens and stored replies. The
/// audit log keeps only that it happened.
#[utoipa::path(delete, path = "/v1/learners/{learner_ref}", tag = "privacy", security(("bearer" = [])),
    params(("learner_ref" = String, Path, description = "The agency's learner reference",
            min_length = 1, max_length = 64, pattern = r"^[A-Za-z0-9._:-]+$")),
    responses((status = 200, body = Deleted), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn delete_learner(
    State(app): State<Shared>,
    AgencyCaller(caller): AgencyCaller,
    Path(learner_ref): Path<String>,
) -> Result<Json<Deleted>, Problem> {
    if !valid_ref(&learner_ref) {
        return Err(Problem::new(Kind::BadRequest).text("reason", "learner_ref"));
    }
    let n = app
        .store
        .delete_learner(caller.agency_id(), &learner_ref)
        .await
        .map_err(store_failed)?;
    // The learner's tokens were deleted with the sessions.
    app.principals.clear();
    app.audit(
        &caller,
        "learner.delete",
        &secrets::digest(learner_ref.as_bytes())[..16],
    )
    .await;
    Ok(Json(Deleted { deleted_sessions: n }))
}

/// A code the learner types to join a session on their own device.
#[derive(Debug, Serialize, ToSchema)]
pub struct JoinCode {
    /// Eight characters without look-alikes, like `K7M2-QX9D`. It opens the session on one
    /// device at a time, again after a closed tab, until `expires_at` or the session's end.
    pub code: String,
    pub expires_at: String,
}

/// Makes a join code for a session (earlier codes keep working until they expire).
#[utoipa::path(post, path = "/v1/sessions/{id}/join-code", tag = "learners", security(("bearer" = [])),
    params(("id" = String, Path, description = "Session id", min_length = 1, max_length = 64)),
    responses((status = 201, body = JoinCode), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn join_code(
    State(app): State<Shared>,
    AgencyCaller(caller): AgencyCaller,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let row = visible_session(&app, &caller, &id).await?;
    if Status::parse(&row.status) != Status::InProgress {
        return Err(Problem::new(Kind::Finished));
    }
    let code = secrets::new_join_code();
    let canonical = secrets::normalize_join_code(&code).ok_or_else(|| Problem::new(Kind::Internal))?;
    let expires_at = clock::now_plus(JOIN_CODE_SECONDS);
    app.store
        .add_join_code(
            &secrets::digest(canonical.as_bytes()),
            caller.agency_id(),
            &id,
            &expires_at,
        )
        .await
        .map_err(store_failed)?;
    app.audit(&caller, "join_code.create", &id).await;
    Ok((StatusCode::CREATED, Json(JoinCode { code, expires_at })).into_response())
}

/// The code a learner typed, and the language they chose on their device.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    /// As shown (`K7M2-QX9D`); case, spaces and dashes do not matter.
    #[schema(min_length = 1, max_length = 32)]
    pub code: String,
    /// The language the learner chose (a shipped locale or alias): from now on the session's
    /// items, texts and report are in it. Absent, or not a language the service ships: the
    /// language the session was started in.
    #[schema(max_length = 35)]
    pub language: Option<String>,
}

/// A learner's token: valid for this one session only.
#[derive(Debug, Serialize, ToSchema)]
pub struct Joined {
    pub session_id: String,
    /// Send as `Authorization: Bearer …`.
    pub token: String,
    /// The session as `GET /v1/sessions/{id}` shows it to this token: a page on a slow
    /// network shows the pending question without another round trip.
    pub session: SessionView,
}

/// Trades a join code for a learner token. While the session is in progress the code opens
/// it again (a closed tab resumes at the same question), until the code expires; each join
/// revokes the session's earlier learner tokens, so a leaked code cannot be used alongside
/// the learner, and the agency's audit log shows every join and revocation.
#[utoipa::path(post, path = "/v1/join", tag = "learners", request_body = JoinRequest,
    responses((status = 201, body = Joined), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn join(
    State(app): State<Shared>,
    Checked { value: request, .. }: Checked<JoinRequest>,
) -> Result<Response, Problem> {
    check(Some(&app.joins), "join")?;
    let code = secrets::normalize_join_code(&request.code).ok_or_else(|| Problem::new(Kind::InvalidJoinCode))?;
    if request.language.as_ref().is_some_and(|l| l.chars().count() > 35) {
        return Err(Problem::new(Kind::BadRequest).text("reason", "language: longer than 35 characters"));
    }
    let code_hash = secrets::digest(code.as_bytes());
    let token = secrets::new_token();
    let token_hash = secrets::digest(token.as_bytes());
    // A language the service does not ship never keeps a learner out: the session keeps the
    // language it was started in, and the reply says which language that is.
    let language = request.language.filter(|l| app.texts.is_shipped(l));
    // At most JOINS_PER_CODE joins an hour with one code (on top of the instance-wide join
    // limit), counted in the database: a code passed around cannot be used to take the
    // session back and forth, however many instances serve it.
    let limit = JoinLimit {
        since: clock::now_plus(-JOIN_WINDOW_SECONDS),
        max: i64::from(JOINS_PER_CODE),
    };
    let found = app
        .store
        .redeem_join_code(&code_hash, &token_hash, &clock::now(), limit, move |row| {
            language.and_then(|l| flow::relabel(row, &l))
        })
        .await
        .map_err(store_failed)?;
    let (agency_id, session_id, revoked, language) = match found {
        None => return Err(Problem::new(Kind::InvalidJoinCode)),
        Some(Redeemed::Ended { .. }) => return Err(Problem::new(Kind::Finished)),
        Some(Redeemed::Limited { oldest }) => {
            return Err(
                Problem::new(Kind::RateLimited).number("seconds", clock::seconds_until(&oldest, JOIN_WINDOW_SECONDS))
            )
        }
        Some(Redeemed::Joined {
            agency_id,
            session_id,
            revoked,
            language,
        }) => (agency_id, session_id, revoked, language),
    };
    let row = app
        .store
        .session(&agency_id, &session_id)
        .await
        .map_err(store_failed)?
        .ok_or_else(|| Problem::new(Kind::InvalidJoinCode))?;
    let session = flow::session_view(app.content, &app.texts, &row)?;
    let learner = Principal::Learner {
        agency_id,
        session_id: session_id.clone(),
        token_id: token_hash[..16].to_string(),
    };
    app.audit(&learner, "join_code.redeem", &session_id).await;
    if revoked > 0 {
        // The earlier device's token must stop working now, not when its cache entry ages out.
        app.principals.forget_session(&session_id);
        app.audit(&learner, "learner_token.revoke", &session_id).await;
    }
    if let Some((before, after)) = language {
        app.audit(&learner, "session.language", &format!("{session_id} {before}>{after}"))
            .await;
    }
    Ok((
        StatusCode::CREATED,
        Json(Joined {
            session_id,
            token,
            session,
        }),
    )
        .into_response())
}

/// A new API key, shown once.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewKeyView {
    pub id: String,
    pub key: String,
    pub role: Role,
}

/// What key to add.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewKeyRequest {
    /// `admin` (default: the key that replaces an admin key in a rotation can do what it did)
    /// or `intake` (sessions, join codes, results and learner deletion; no keys, webhooks or
    /// audit log).
    pub role: Option<Role>,
}

/// Adds a key to the caller's agency (rotation: add, switch clients, revoke the old key). An
/// admin key only; the body may be empty.
#[utoipa::path(post, path = "/v1/keys", tag = "keys", security(("bearer" = [])),
    request_body(content = Option<NewKeyRequest>, description = "Optional: the new key's role (default admin)"),
    responses((status = 201, body = NewKeyView), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn add_key(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
    Checked { value: request, .. }: Checked<Option<NewKeyRequest>>,
) -> Result<Response, Problem> {
    // No body, or JSON `null` (the document allows both): the defaults.
    let request = request.unwrap_or_default();
    let role = request.role.unwrap_or_default();
    let key = new_key_row(caller.agency_id(), role);
    app.store.add_key(key.0.clone()).await.map_err(store_failed)?;
    app.audit(&caller, "key.create", &format!("{} {}", key.0.id, role.name()))
        .await;
    Ok((
        StatusCode::CREATED,
        Json(NewKeyView {
            id: key.0.id,
            key: key.1,
            role,
        }),
    )
        .into_response())
}

/// A key row for an agency and the secret it hashes.
pub fn new_key_row(agency_id: &str, role: Role) -> (NewKeyRow, String) {
    let secret = secrets::new_key();
    (
        NewKeyRow {
            id: secrets::new_id(),
            agency_id: agency_id.to_string(),
            hash: secrets::digest(secret.as_bytes()),
            role,
            created_at: clock::now(),
        },
        secret,
    )
}

/// Revokes a key of the caller's agency (also the caller's own).
#[utoipa::path(delete, path = "/v1/keys/{id}", tag = "keys", security(("bearer" = [])),
    params(("id" = String, Path, description = "Key id", min_length = 1, max_length = 64)),
    responses((status = 204), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn revoke_key(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
    Path(id): Path<String>,
) -> Result<StatusCode, Problem> {
    let revoked = app
        .store
        .revoke_key(caller.agency_id(), &id, &clock::now())
        .await
        .map_err(store_failed)?;
    if !revoked {
        return Err(Problem::new(Kind::NotFound));
    }
    app.principals.forget_key(&id);
    app.audit(&caller, "key.revoke", &id).await;
    Ok(StatusCode::NO_CONTENT)
}

/// One audit entry.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditView {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    /// Place in the agency's hash chain (`null` for entries from before the chain).
    pub seq: Option<i64>,
    /// SHA-256 of this entry and the previous entry's hash.
    pub hash: Option<String>,
}

/// The agency's audit log: who read, exported, changed or deleted what, and when (UTC).
#[utoipa::path(get, path = "/v1/audit", tag = "privacy", security(("bearer" = [])),
    responses((status = 200, body = Vec<AuditView>), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn audit_log(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
) -> Result<Json<Vec<AuditView>>, Problem> {
    let entries = app.store.audit_log(caller.agency_id()).await.map_err(store_failed)?;
    Ok(Json(
        entries
            .into_iter()
            .map(|r| AuditView {
                at: r.entry.at,
                actor: r.entry.actor,
                action: r.entry.action,
                subject: r.entry.subject,
                seq: r.seq,
                hash: r.hash,
            })
            .collect(),
    ))
}

/// Checks the agency's audit log: each entry must carry the hash of the one before it, so an
/// entry altered, removed or reordered in the database is reported with its number.
#[utoipa::path(get, path = "/v1/audit/verify", tag = "privacy", security(("bearer" = [])),
    responses((status = 200, body = crate::audit::ChainCheck),
              (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
async fn audit_verify(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
) -> Result<Json<crate::audit::ChainCheck>, Problem> {
    let records = app.store.audit_log(caller.agency_id()).await.map_err(store_failed)?;
    let check = crate::audit::verify(&records);
    if !check.intact() {
        tracing::error!(broken_at = check.broken_at, "audit chain broken");
    }
    Ok(Json(check))
}

async fn openapi_json() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], openapi_document()).into_response()
}

async fn not_found() -> Problem {
    Problem::new(Kind::NotFound)
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "nln", description = "NLN Digital Literacy Levels: adaptive placement sessions for intake systems."),
    paths(healthz, readyz, start_session, get_session, answer, stop_session, result, results, delete_learner,
          join_code, join, add_key, revoke_key, audit_log, audit_verify,
          crate::webhook_api::add_webhook, crate::webhook_api::list_webhooks, crate::webhook_api::remove_webhook),
    components(schemas(crate::flow::AnswerValue)),
    modifiers(&BearerAuth),
    tags((name = "sessions", description = "Run an adaptive test item by item"),
         (name = "results", description = "Placement reports and exports"),
         (name = "learners", description = "Learners joining on their own device"),
         (name = "keys", description = "Agency API keys"),
         (name = "privacy", description = "Deletion and audit"),
         (name = "webhooks", description = "Signed event deliveries to the agency's systems"),
         (name = "health", description = "Liveness and readiness"))
)]
struct ApiDoc;

/// The OpenAPI 3.1 document, as served at `/v1/openapi.json` and committed in `docs/`.
pub fn openapi_document() -> String {
    static DOCUMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DOCUMENT
        .get_or_init(|| {
            let mut doc = ApiDoc::openapi();
            doc.merge(crate::web::PageDoc::openapi());
            doc.info.version = env!("CARGO_PKG_VERSION").to_string();
            let mut value = serde_json::to_value(&doc).expect("the OpenAPI document serializes");
            let catalog = nln_core::defaults::catalog();
            let languages: Vec<String> = catalog
                .manifest()
                .locales
                .iter()
                .flat_map(|l| std::iter::once(l.code.clone()).chain(l.aliases.iter().cloned()))
                .collect();
            crate::openapi::constrain(&mut value, &languages, &[nln_core::defaults::DEFAULT_BANK]);
            serde_json::to_string_pretty(&value).expect("the OpenAPI document serializes") + "\n"
        })
        .clone()
}

/// Security headers on every response (service.md): no framing, no sniffing, no referrer,
/// nothing cached, HTTPS remembered.
async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    for (name, value) in [
        ("strict-transport-security", "max-age=63072000; includeSubDomains"),
        ("content-security-policy", "default-src 'none'; frame-ancestors 'none'"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
        ("cache-control", "no-store"),
    ] {
        h.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    }
    response
}

/// One log line per request: method, route template (never the concrete path, which can hold
/// a learner reference), status and time. No headers, bodies or query strings.
async fn access_log(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(unmatched)".to_string(), |m| m.as_str().to_string());
    let started = Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    response
}

/// The whole service.
pub fn router(app: App) -> Router {
    // Compiled now, so a schema that does not compile stops the service at start.
    crate::request_body::schemas();
    let texts = app.texts.clone();
    let app = Arc::new(app);
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/v1/openapi.json", get(openapi_json))
        .route("/v1/sessions", post(start_session))
        .route("/v1/sessions/{id}", get(get_session))
        .route("/v1/sessions/{id}/answers", post(answer))
        .route("/v1/sessions/{id}/stop", post(stop_session))
        .route("/v1/sessions/{id}/result", get(result))
        .route("/v1/sessions/{id}/join-code", post(join_code))
        .route("/v1/join", post(join))
        .route("/v1/results", get(results))
        .route("/v1/learners/{learner_ref}", delete(delete_learner))
        .route("/v1/keys", post(add_key))
        .route("/v1/keys/{id}", delete(revoke_key))
        .route("/v1/audit", get(audit_log))
        .route("/v1/audit/verify", get(audit_verify))
        .route(
            "/v1/webhooks",
            post(crate::webhook_api::add_webhook).get(crate::webhook_api::list_webhooks),
        )
        .route("/v1/webhooks/{id}", delete(crate::webhook_api::remove_webhook))
        .fallback(not_found)
        .method_not_allowed_fallback(|| async { Problem::new(Kind::MethodNotAllowed) })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn(access_log))
        .layer(middleware::from_fn_with_state(texts, problem::render))
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}
