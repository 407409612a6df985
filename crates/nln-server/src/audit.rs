//! The hash chain of the audit log. Each agency's entries are numbered 1, 2, 3 … and each
//! carries the SHA-256 of its own fields and the previous entry's hash, so an entry altered,
//! removed or reordered in the database breaks every hash after it. Removing the newest
//! entries is found by comparing the head hash with one kept elsewhere (an agency can fetch
//! it from `GET /v1/audit/verify` and keep it).

use crate::secrets;
use crate::store::{AuditEntry, AuditRecord};
use serde::Serialize;
use utoipa::ToSchema;

/// The `prev_hash` of an agency's first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of entry `seq` after an entry hashed `prev`. Fields are length-prefixed, so no
/// two different entries hash the same text.
pub fn link(prev: &str, seq: i64, e: &AuditEntry) -> String {
    let mut text = format!("nln-audit-v1\n{prev}\n{seq}\n");
    for field in [&e.at, &e.agency_id, &e.actor, &e.action, &e.subject] {
        text.push_str(&format!("{}:{field}\n", field.len()));
    }
    secrets::digest(text.as_bytes())
}

/// Why a chain is broken at an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Break {
    /// The entry's fields do not give its stored hash: it was altered.
    Altered,
    /// The entry does not name the previous entry's hash: one was removed, inserted or moved.
    Relinked,
    /// A number is missing or repeated.
    Gap,
}

/// What a check of one agency's chain found.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ChainCheck {
    /// Entries in the chain.
    pub entries: usize,
    /// Entries written before the log was chained (schema version 1); not covered.
    pub unchained: usize,
    /// Number and hash of the newest entry: keep it to detect a cut-off tail later.
    pub head_seq: i64,
    pub head_hash: String,
    /// The first entry where the chain breaks, and why; `null` when it is intact.
    pub broken_at: Option<i64>,
    pub reason: Option<Break>,
}

impl ChainCheck {
    pub fn intact(&self) -> bool {
        self.broken_at.is_none()
    }
}

/// Checks records in stored order (unchained ones first, then by number).
pub fn verify(records: &[AuditRecord]) -> ChainCheck {
    let mut check = ChainCheck {
        entries: 0,
        unchained: 0,
        head_seq: 0,
        head_hash: GENESIS.to_string(),
        broken_at: None,
        reason: None,
    };
    for r in records {
        let (Some(seq), Some(prev), Some(hash)) = (r.seq, &r.prev_hash, &r.hash) else {
            if check.entries == 0 {
                check.unchained += 1;
                continue;
            }
            // An entry lost its link after the chain began: count it as a gap at its place.
            check.broken_at = Some(check.head_seq + 1);
            check.reason = Some(Break::Gap);
            return check;
        };
        let failure = if seq != check.head_seq + 1 {
            Some(Break::Gap)
        } else if *prev != check.head_hash {
            Some(Break::Relinked)
        } else if *hash != link(prev, seq, &r.entry) {
            Some(Break::Altered)
        } else {
            None
        };
        if let Some(reason) = failure {
            check.broken_at = Some(check.head_seq + 1);
            check.reason = Some(reason);
            return check;
        }
        check.entries += 1;
        check.head_seq = seq;
        check.head_hash = hash.clone();
    }
    check
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let entry = AuditEntry {
                    at: format!("2026-11-28T10:00:{seq:02}.000Z"),
                    agency_id: "a".into(),
                    actor: "key:k".into(),
                    action: "result.read".into(),
                    subject: format!("s{seq}"),
                };
                let hash = link(&prev, seq, &entry);
                let r = AuditRecord {
                    entry,
                    seq: Some(seq),
                    prev_hash: Some(prev.clone()),
                    hash: Some(hash.clone()),
                };
                prev = hash;
                r
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_passes_and_each_kind_of_tampering_is_found() {
        let good = chain(5);
        let c = verify(&good);
        assert!(c.intact());
        assert_eq!((c.entries, c.head_seq), (5, 5));
        assert_eq!(&c.head_hash, good[4].hash.as_ref().unwrap());

        let mut altered = good.clone();
        altered[2].entry.subject = "other".into();
        assert_eq!(
            (verify(&altered).broken_at, verify(&altered).reason),
            (Some(3), Some(Break::Altered))
        );

        let mut removed = good.clone();
        removed.remove(1);
        assert_eq!(verify(&removed).reason, Some(Break::Gap));

        // Removed and renumbered: the next entry no longer names its predecessor.
        let mut renumbered = good.clone();
        renumbered.remove(1);
        for (i, r) in renumbered.iter_mut().enumerate() {
            r.seq = Some(i as i64 + 1);
        }
        assert_eq!(verify(&renumbered).broken_at, Some(2));
        assert_eq!(verify(&renumbered).reason, Some(Break::Relinked));

        // Rehashing one entry is not enough: the next one still names the old hash.
        let mut rehashed = good.clone();
        rehashed[1].entry.actor = "key:other".into();
        let h = link(rehashed[1].prev_hash.as_ref().unwrap(), 2, &rehashed[1].entry);
        rehashed[1].hash = Some(h);
        assert_eq!(verify(&rehashed).broken_at, Some(3));

        let mut unlinked = good;
        unlinked[3].hash = None;
        assert_eq!(verify(&unlinked).broken_at, Some(4));
    }
}
