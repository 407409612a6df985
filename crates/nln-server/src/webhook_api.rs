//! The webhook routes: an agency registers a URL (the signing secret is shown once), lists
//! its webhooks with how their deliveries stand, and removes one. Agency keys only; every
//! registration and removal is audited.

use crate::api::{store_failed, AdminCaller, Shared};
use crate::clock;
use crate::problem::{Kind, Problem, ProblemBody};
use crate::request_body::Checked;
use crate::secrets;
use crate::store::NewWebhook;
use crate::webhook;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A webhook to register.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookRequest {
    /// Where to POST events: `https://` to a named host (or `http://` to a loopback address
    /// when the service allows it, which this schema does not describe). Redirects are not
    /// followed. The pattern is exactly the `https://` form the service accepts (a named
    /// host, no address literal); `webhook::HTTPS_URL_PATTERN` is the same string.
    #[schema(
        min_length = 1,
        max_length = 2048,
        pattern = r"^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*(:[0-9]{1,5})?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$"
    )]
    pub url: String,
}

/// A registered webhook with its signing secret, shown this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedWebhook {
    pub id: String,
    pub url: String,
    /// `whsec_` + base64 of 32 bytes: the HMAC-SHA256 key of `webhook-signature` (Standard
    /// Webhooks). Not shown again.
    pub secret: String,
    pub created_at: String,
}

/// A registered webhook and how its deliveries stand.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookView {
    pub id: String,
    pub url: String,
    pub created_at: String,
    /// Deliveries waiting for their first or a further attempt.
    pub pending: i64,
    pub delivered: i64,
    /// Deliveries given up after the last retry.
    pub failed: i64,
}

/// Registers a webhook: the agency's `session.completed` and `learner.deleted` events are
/// POSTed to it, signed, at least once (de-duplicate on `webhook-id`).
#[utoipa::path(post, path = "/v1/webhooks", tag = "webhooks", request_body = WebhookRequest,
    security(("bearer" = [])),
    responses((status = 201, body = CreatedWebhook), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
pub(crate) async fn add_webhook(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
    Checked { value: request, .. }: Checked<WebhookRequest>,
) -> Result<Response, Problem> {
    webhook::check_url(&request.url, &app.webhooks)
        .map_err(|e| Problem::new(Kind::BadRequest).text("reason", e.reason()))?;
    let row = NewWebhook {
        id: secrets::new_id(),
        agency_id: caller.agency_id().to_string(),
        url: request.url,
        secret: webhook::new_secret(),
        created_at: clock::now(),
    };
    let added = app.store.add_webhook(row.clone()).await.map_err(store_failed)?;
    if !added {
        return Err(Problem::new(Kind::TooManyWebhooks));
    }
    app.audit(&caller, "webhook.create", &row.id).await;
    Ok((
        StatusCode::CREATED,
        Json(CreatedWebhook {
            id: row.id,
            url: row.url,
            secret: row.secret,
            created_at: row.created_at,
        }),
    )
        .into_response())
}

/// The agency's webhooks (without secrets).
#[utoipa::path(get, path = "/v1/webhooks", tag = "webhooks", security(("bearer" = [])),
    responses((status = 200, body = Vec<WebhookView>), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
pub(crate) async fn list_webhooks(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
) -> Result<Json<Vec<WebhookView>>, Problem> {
    let rows = app.store.webhooks(caller.agency_id()).await.map_err(store_failed)?;
    Ok(Json(
        rows.into_iter()
            .map(|w| WebhookView {
                id: w.id,
                url: w.url,
                created_at: w.created_at,
                pending: w.pending,
                delivered: w.delivered,
                failed: w.failed,
            })
            .collect(),
    ))
}

/// Removes a webhook; its pending deliveries are dropped.
#[utoipa::path(delete, path = "/v1/webhooks/{id}", tag = "webhooks", security(("bearer" = [])),
    params(("id" = String, Path, description = "Webhook id", min_length = 1, max_length = 64)),
    responses((status = 204), (status = "4XX", body = ProblemBody, content_type = "application/problem+json")))]
pub(crate) async fn remove_webhook(
    State(app): State<Shared>,
    AdminCaller(caller): AdminCaller,
    Path(id): Path<String>,
) -> Result<StatusCode, Problem> {
    let removed = app
        .store
        .remove_webhook(caller.agency_id(), &id, &clock::now())
        .await
        .map_err(store_failed)?;
    if !removed {
        return Err(Problem::new(Kind::NotFound));
    }
    app.audit(&caller, "webhook.delete", &id).await;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use utoipa::PartialSchema;

    /// The schema's pattern and the service's check are one rule: if they drifted, the schema
    /// would call a refused URL valid or an accepted URL invalid.
    #[test]
    fn the_schema_pattern_is_the_checked_pattern() {
        let schema = serde_json::to_value(WebhookRequest::schema()).unwrap();
        assert_eq!(schema["properties"]["url"]["pattern"], webhook::HTTPS_URL_PATTERN);
    }
}
