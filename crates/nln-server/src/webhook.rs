//! Webhooks: where an agency wants to hear about events, how a delivery is signed, and what an
//! event says. Deliveries follow the Standard Webhooks scheme (the one Stripe's resembles), so
//! receivers can use its libraries: headers `webhook-id` (the event id, stable across retries,
//! to de-duplicate on), `webhook-timestamp` (Unix seconds) and `webhook-signature`
//! (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under the secret's bytes).
//!
//! Events carry ids and the agency's pseudonymous learner reference only, never answers,
//! estimates or levels: a receiver reads the result through the API, where the read is audited.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use regex::Regex;
use serde::Serialize;
use sha2::Sha256;
use std::net::IpAddr;
use std::sync::LazyLock;
use std::time::Duration;

/// Prefix of webhook signing secrets (Standard Webhooks' convention).
pub const SECRET_PREFIX: &str = "whsec_";
/// Most webhooks one agency may register.
pub const MAX_PER_AGENCY: usize = 10;
/// Longest URL accepted.
pub const MAX_URL: usize = 2048;

/// The form of every `https://` webhook URL the service accepts: a named host (no address
/// literal), an optional port, path and query of plain URL characters, no user info or
/// fragment. The OpenAPI schema of a webhook request carries this same pattern (a unit test
/// holds them equal), so a request the schema calls invalid is refused, and one it calls valid
/// is accepted.
pub const HTTPS_URL_PATTERN: &str = r"^https://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*(:[0-9]{1,5})?(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$";

static HTTPS_URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(HTTPS_URL_PATTERN).expect("the webhook URL pattern compiles"));

/// A session ended (by a stopping rule, or stopped early).
pub const SESSION_COMPLETED: &str = "session.completed";
/// Every session of a learner was deleted.
pub const LEARNER_DELETED: &str = "learner.deleted";

/// How webhooks are delivered.
#[derive(Debug, Clone, Copy)]
pub struct DeliveryConfig {
    /// Run the delivery worker in this instance (instances sharing a database may leave it to
    /// some of them).
    pub worker: bool,
    /// Accept and send `http://` URLs on a loopback address (a receiver on the same machine,
    /// e.g. a relay or a test); otherwise only `https://` is accepted.
    pub allow_http_loopback: bool,
    /// Wait before the first retry; each further retry waits twice as long, up to an hour.
    pub retry_base: Duration,
    /// Attempts before a delivery is given up (kept, and listed as failed).
    pub max_attempts: i64,
    /// How long a claimed delivery is reserved for the instance sending it; after that (the
    /// instance died mid-send) another may send it again.
    pub lease: Duration,
    /// How often the worker looks for due deliveries when nothing wakes it.
    pub poll_every: Duration,
    /// Longest wait for a receiver's reply.
    pub timeout: Duration,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            worker: true,
            allow_http_loopback: false,
            retry_base: Duration::from_secs(5),
            max_attempts: 20,
            lease: Duration::from_secs(60),
            poll_every: Duration::from_secs(2),
            timeout: Duration::from_secs(10),
        }
    }
}

impl DeliveryConfig {
    /// The wait after `attempts` failed attempts: base × 2^(attempts − 1), at most an hour.
    pub fn backoff(&self, attempts: i64) -> Duration {
        let doubling = u32::try_from(attempts.clamp(1, 31) - 1).unwrap_or(0);
        self.retry_base
            .saturating_mul(1u32 << doubling.min(20))
            .min(Duration::from_secs(3600))
    }
}

/// Why a URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlError {
    /// Not a URL, too long, or with user info or a fragment.
    Malformed,
    /// `http://` where only `https://` is allowed (or to a host that is not loopback).
    NotHttps,
    /// An `https://` address literal in a private, loopback or link-local range.
    PrivateAddress,
}

impl UrlError {
    /// Short reason for the problem reply.
    pub fn reason(&self) -> &'static str {
        match self {
            UrlError::Malformed => "url: not an absolute http(s) URL without user info or fragment",
            UrlError::NotHttps => "url: must be https (http only to a loopback address, when the service allows it)",
            UrlError::PrivateAddress => "url: https to a private, loopback or link-local address is refused",
        }
    }
}

/// The host of `url` and whether it is https; checks the shape a delivery needs.
fn parse(url: &str) -> Result<(bool, String), UrlError> {
    if url.len() > MAX_URL || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlError::Malformed);
    }
    let (https, rest) = if let Some(r) = url.strip_prefix("https://") {
        (true, r)
    } else if let Some(r) = url.strip_prefix("http://") {
        (false, r)
    } else {
        return Err(UrlError::Malformed);
    };
    if url.contains('#') {
        return Err(UrlError::Malformed);
    }
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    if authority.is_empty() || authority.contains('@') {
        return Err(UrlError::Malformed);
    }
    let host = if let Some(v6) = authority.strip_prefix('[') {
        v6.split(']').next().unwrap_or_default().to_string()
    } else {
        authority.rsplit_once(':').map_or(authority, |(h, _)| h).to_string()
    };
    if host.is_empty() {
        return Err(UrlError::Malformed);
    }
    Ok((https, host.to_ascii_lowercase()))
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            v4.is_private() || v4.is_loopback() || v4.is_link_local() || v4.is_unspecified() || v4.is_broadcast()
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            v6.is_loopback() || v6.is_unspecified() || (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
        }
    }
}

/// Checks a webhook URL against the delivery policy: `https://` to a public host, or
/// `http://` to a loopback address when the service allows it.
pub fn check_url(url: &str, config: &DeliveryConfig) -> Result<(), UrlError> {
    let (https, host) = parse(url)?;
    if https {
        if host.parse::<IpAddr>().is_ok_and(is_private) {
            return Err(UrlError::PrivateAddress);
        }
        return if HTTPS_URL.is_match(url) {
            Ok(())
        } else {
            Err(UrlError::Malformed)
        };
    }
    if config.allow_http_loopback && is_loopback(&host) {
        Ok(())
    } else {
        Err(UrlError::NotHttps)
    }
}

/// A new signing secret (`whsec_` + base64 of 32 random bytes).
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{SECRET_PREFIX}{}", BASE64.encode(bytes))
}

/// The value of the `webhook-signature` header for a delivery.
pub fn signature(secret: &str, id: &str, timestamp: i64, body: &str) -> String {
    let key = secret
        .strip_prefix(SECRET_PREFIX)
        .and_then(|s| BASE64.decode(s).ok())
        .unwrap_or_else(|| secret.as_bytes().to_vec());
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes a key of any length");
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body.as_bytes());
    format!("v1,{}", BASE64.encode(mac.finalize().into_bytes()))
}

/// An event as it is stored in the outbox and sent.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub id: String,
    pub agency_id: String,
    /// The learner the event names: their events are deleted with their data.
    pub learner_ref: Option<String>,
    /// The JSON body sent (the signature covers exactly these bytes).
    pub body: String,
    pub created_at: String,
}

#[derive(Serialize)]
struct Envelope<'a, D: Serialize> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    created_at: &'a str,
    data: D,
}

#[derive(Serialize)]
struct SessionCompleted<'a> {
    session_id: &'a str,
    learner_ref: &'a str,
    status: &'a str,
    finished_at: &'a str,
}

#[derive(Serialize)]
struct LearnerDeleted<'a> {
    learner_ref: &'a str,
    deleted_sessions: u64,
    reason: DeletionReason,
}

/// Why a learner's sessions were deleted, as a `learner.deleted` event says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeletionReason {
    /// `DELETE /v1/learners/{ref}`: every session of the learner.
    Request,
    /// The agency's retention period: the learner's sessions untouched for longer.
    Retention,
}

fn event(
    agency_id: &str,
    learner_ref: Option<&str>,
    id: String,
    kind: &str,
    now: &str,
    data: impl Serialize,
) -> NewEvent {
    let body = serde_json::to_string(&Envelope {
        id: &id,
        kind,
        created_at: now,
        data,
    })
    .expect("plain strings and numbers serialize");
    NewEvent {
        id,
        agency_id: agency_id.to_string(),
        learner_ref: learner_ref.map(str::to_string),
        body,
        created_at: now.to_string(),
    }
}

/// A session ended. Its id is derived from the session (a session ends once), so the event
/// is the same however often the change is retried.
pub fn session_completed(
    agency_id: &str,
    session_id: &str,
    learner_ref: &str,
    status: &str,
    finished_at: &str,
) -> NewEvent {
    let id = format!(
        "evt_{}",
        &crate::secrets::digest(format!("{SESSION_COMPLETED}\n{session_id}").as_bytes())[..32]
    );
    event(
        agency_id,
        Some(learner_ref),
        id,
        SESSION_COMPLETED,
        finished_at,
        SessionCompleted {
            session_id,
            learner_ref,
            status,
            finished_at,
        },
    )
}

/// A learner's sessions were deleted, on request or by the retention job.
pub fn learner_deleted(
    agency_id: &str,
    learner_ref: &str,
    deleted_sessions: u64,
    reason: DeletionReason,
    now: &str,
) -> NewEvent {
    let id = format!("evt_{}", crate::secrets::new_id().replace('-', ""));
    // Not tied to the learner: it must outlive the deletion it reports.
    event(
        agency_id,
        None,
        id,
        LEARNER_DELETED,
        now,
        LearnerDeleted {
            learner_ref,
            deleted_sessions,
            reason,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_policy() {
        let strict = DeliveryConfig::default();
        let loopback = DeliveryConfig {
            allow_http_loopback: true,
            ..strict
        };
        assert_eq!(check_url("https://hooks.example.org/nln?x=1", &strict), Ok(()));
        assert_eq!(check_url("https://hooks.example.org:8443/", &strict), Ok(()));
        assert_eq!(check_url("http://hooks.example.org/", &strict), Err(UrlError::NotHttps));
        assert_eq!(check_url("http://127.0.0.1:9000/h", &strict), Err(UrlError::NotHttps));
        assert_eq!(check_url("http://127.0.0.1:9000/h", &loopback), Ok(()));
        assert_eq!(check_url("http://[::1]:9000/h", &loopback), Ok(()));
        assert_eq!(check_url("http://localhost/h", &loopback), Ok(()));
        assert_eq!(check_url("http://10.0.0.1/h", &loopback), Err(UrlError::NotHttps));
        assert_eq!(
            check_url("http://127.0.0.1.evil.org/h", &loopback),
            Err(UrlError::NotHttps)
        );
        for private in [
            "https://10.1.2.3/",
            "https://192.168.0.1/",
            "https://127.0.0.1/",
            "https://[fd00::1]/",
            "https://169.254.169.254/",
        ] {
            assert_eq!(check_url(private, &strict), Err(UrlError::PrivateAddress), "{private}");
        }
        assert_eq!(
            check_url("https://Hooks.Example.org/a/b-c_d~e%20?k=v&w=1", &strict),
            Ok(())
        );
        for bad in [
            "https://8.8.8.8/",
            "https://host/",
            "https://hooks.example.org/a b",
            "https://hooks.example.org/\\x",
            "https://hooks.example.org/a\"b",
            "ftp://x/",
            "https://",
            "https://user:pw@host/",
            "https://host/#f",
            "https://ho st/",
            "hooks.example.org",
        ] {
            assert_eq!(check_url(bad, &strict), Err(UrlError::Malformed), "{bad}");
        }
    }

    #[test]
    fn signatures_match_the_standard_webhooks_example() {
        // The example of the Standard Webhooks specification.
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        let body = r#"{"test": 2432232314}"#;
        assert_eq!(
            signature(secret, id, 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        let c = DeliveryConfig::default();
        assert_eq!(c.backoff(1), Duration::from_secs(5));
        assert_eq!(c.backoff(2), Duration::from_secs(10));
        assert_eq!(c.backoff(4), Duration::from_secs(40));
        assert_eq!(c.backoff(30), Duration::from_secs(3600));
    }

    #[test]
    fn events_carry_ids_only() {
        let e = session_completed("a", "s-1", "ref-9", "finished", "2026-11-29T01:00:00.000Z");
        let v: serde_json::Value = serde_json::from_str(&e.body).unwrap();
        assert_eq!(v["type"], SESSION_COMPLETED);
        assert_eq!(v["id"], e.id.as_str());
        assert_eq!(v["data"]["session_id"], "s-1");
        assert_eq!(v["data"].as_object().unwrap().len(), 4);
        assert_eq!(e.id, session_completed("a", "s-1", "ref-9", "finished", "x").id);
    }
}
