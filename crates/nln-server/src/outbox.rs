//! The delivery worker of the transactional outbox. Events are written in the same transaction
//! as the change they report; this worker, in every `nln serve`, claims due deliveries with a
//! lease (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so each is claimed by one instance),
//! sends them signed, and marks them delivered or schedules a retry with exponential backoff.
//! A process killed at any point leaves the delivery in the database: it is sent after the
//! lease runs out, by this instance after a restart or by another. Delivery is therefore at
//! least once; receivers de-duplicate on the `webhook-id` header (the event id).

use crate::clock;
use crate::store::{Delivery, Store, StoreError};
use crate::webhook::{self, DeliveryConfig};
use std::sync::Arc;
use tokio::sync::Notify;

/// Deliveries claimed at once by one instance.
const BATCH: i64 = 16;
/// Longest error text kept with a failed delivery.
const MAX_ERROR: usize = 200;

/// Wakes the worker when a change has just written an event, so delivery does not wait for
/// the next poll.
#[derive(Clone, Default)]
pub struct Wake(Arc<Notify>);

impl Wake {
    pub fn now(&self) {
        self.0.notify_one();
    }
}

fn client(config: &DeliveryConfig) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(config.timeout)
        .connect_timeout(config.timeout)
        // A redirect could lead anywhere (a private address): never follow one.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("nln-webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("a client without TLS roots to load builds")
}

/// Runs for the life of the service.
pub async fn run(store: Store, config: DeliveryConfig, wake: Wake) {
    let client = client(&config);
    loop {
        match deliver_due(&store, &client, &config).await {
            Ok(n) if n > 0 => continue,
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "webhook deliveries could not be read"),
        }
        tokio::select! {
            _ = wake.0.notified() => {}
            _ = tokio::time::sleep(config.poll_every) => {}
        }
    }
}

/// Claims and sends every due delivery (one batch); returns how many were claimed.
pub async fn deliver_due(
    store: &Store,
    client: &reqwest::Client,
    config: &DeliveryConfig,
) -> Result<usize, StoreError> {
    let now = clock::now();
    let lease_until = clock::now_plus_ms(config.lease.as_millis() as i64);
    let claimed = store.claim_deliveries(&now, &lease_until, BATCH).await?;
    let n = claimed.len();
    let mut sending = tokio::task::JoinSet::new();
    for delivery in claimed {
        let (store, client, config) = (store.clone(), client.clone(), *config);
        // Each send in its own task, so one slow receiver does not hold up the others.
        sending.spawn(async move { send(&store, &client, &config, delivery).await });
    }
    while let Some(done) = sending.join_next().await {
        if let Ok(Err(e)) = done {
            tracing::error!(error = %e, "webhook delivery state not stored");
        }
    }
    Ok(n)
}

async fn send(store: &Store, client: &reqwest::Client, config: &DeliveryConfig, d: Delivery) -> Result<(), StoreError> {
    // The policy is checked again at send time: the service may have been restarted stricter.
    let outcome = if let Err(e) = webhook::check_url(&d.url, config) {
        Err((None, e.reason().to_string()))
    } else {
        let timestamp = time::OffsetDateTime::now_utc().unix_timestamp();
        let reply = client
            .post(&d.url)
            .header("content-type", "application/json")
            .header("webhook-id", &d.event_id)
            .header("webhook-timestamp", timestamp.to_string())
            .header(
                "webhook-signature",
                webhook::signature(&d.secret, &d.event_id, timestamp, &d.body),
            )
            .body(d.body.clone())
            .send()
            .await;
        match reply {
            Ok(r) if r.status().is_success() => Ok(r.status().as_u16()),
            Ok(r) => Err((Some(r.status().as_u16()), format!("HTTP {}", r.status().as_u16()))),
            // The error names the URL at most, which the agency gave; never the body.
            Err(e) => Err((None, e.without_url().to_string())),
        }
    };
    let now = clock::now();
    match outcome {
        Ok(status) => store.delivered(&d.id, &now, status).await,
        Err((status, error)) => {
            let error: String = error.chars().take(MAX_ERROR).collect();
            let retry_at = (d.attempts < config.max_attempts)
                .then(|| clock::now_plus_ms(config.backoff(d.attempts).as_millis() as i64));
            tracing::warn!(
                webhook = %d.webhook_id,
                attempts = d.attempts,
                status = status.map(i64::from),
                given_up = retry_at.is_none(),
                "webhook delivery failed"
            );
            store.delivery_failed(&d.id, retry_at.as_deref(), status, &error).await
        }
    }
}
