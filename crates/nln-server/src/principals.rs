//! Who a bearer secret belongs to, remembered for a few seconds, so a learner answering item
//! after item costs no database read to authenticate. Secrets are 256-bit random values looked
//! up by their SHA-256 (no slow password hash is needed for them); only that hash is kept here.
//!
//! A key revoked through this instance is forgotten at once; revoked through another instance
//! sharing the database, it stops working here within [`TTL`].

use crate::store::Principal;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a looked-up principal is trusted without asking the database again.
pub const TTL: Duration = Duration::from_secs(5);
/// Entries kept at most (the oldest half is dropped past this).
const CAPACITY: usize = 16_384;

/// Recently authenticated secrets, by hash.
#[derive(Default)]
pub struct Principals {
    entries: Mutex<HashMap<String, (Principal, Instant)>>,
}

impl Principals {
    /// The principal of this secret hash, if looked up less than [`TTL`] ago.
    pub fn get(&self, hash: &str) -> Option<Principal> {
        let entries = self.lock();
        let (p, at) = entries.get(hash)?;
        (at.elapsed() < TTL).then(|| p.clone())
    }

    pub fn put(&self, hash: String, principal: Principal) {
        let mut entries = self.lock();
        if entries.len() >= CAPACITY {
            let now = Instant::now();
            entries.retain(|_, (_, at)| now.duration_since(*at) < TTL / 2);
        }
        entries.insert(hash, (principal, Instant::now()));
    }

    /// Forgets every secret of an API key (on revocation).
    pub fn forget_key(&self, key_id: &str) {
        self.lock()
            .retain(|_, (p, _)| !matches!(p, Principal::Agency { key_id: k, .. } if k == key_id));
    }

    /// Forgets the learner tokens of a session (a re-join revokes the earlier ones).
    pub fn forget_session(&self, session_id: &str) {
        self.lock()
            .retain(|_, (p, _)| !matches!(p, Principal::Learner { session_id: s, .. } if s == session_id));
    }

    /// Forgets everything (after a deletion, which revokes learner tokens).
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, (Principal, Instant)>> {
        self.entries.lock().unwrap_or_else(|p| p.into_inner())
    }
}
