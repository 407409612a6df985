//! A fingerprint of the content a result was scored on.
//!
//! A bank's id and version are set by hand and can stay the same while keys or parameters
//! change; a saved session or a placement report that names the SHA-256 of the content itself
//! is refused (or flagged) when the content under it changed. The digest covers everything that
//! decides a score or a placement: framework (areas, weights, core flags), level scale (cuts),
//! every item (key, model, options) and the placement rules (thresholds, guidance). It is computed from the typed values, not the files, so
//! formatting, comments and file layout do not change it.

use super::load::Content;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Version of the canonical form hashed; bump it when that form changes on purpose.
const CANONICAL_FORM: &str = "nln-content/2";

#[derive(Serialize)]
struct Canonical<'a> {
    form: &'static str,
    framework: &'a super::Framework,
    levels: &'a super::LevelScale,
    bank_id: &'a str,
    bank_version: &'a str,
    bank_title: &'a str,
    calibration: super::Calibration,
    /// Items in the bank-file schema: the one serde form of an item (made once per bank).
    items: &'a serde_json::value::RawValue,
    placement: &'a crate::placement::PlacementRules,
}

impl Content {
    /// SHA-256 of the canonical content, as 64 lowercase hex digits.
    pub fn digest(&self) -> String {
        let canonical = Canonical {
            form: CANONICAL_FORM,
            framework: &self.framework,
            levels: &self.levels,
            bank_id: &self.bank.id,
            bank_version: &self.bank.version,
            bank_title: &self.bank.title,
            calibration: self.bank.calibration,
            items: self.bank.canonical_items(),
            placement: &self.placement,
        };
        // Serializing plain structs, vectors and finite numbers cannot fail.
        let bytes = serde_json::to_vec(&canonical).unwrap_or_default();
        hex(&Sha256::digest(&bytes))
    }
}

/// Lowercase hex of a byte string.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use crate::content::{Content, Key};

    #[test]
    fn digest_is_stable_and_sees_a_changed_key() {
        let content = crate::defaults::content().unwrap();
        let d = content.digest();
        assert_eq!(d.len(), 64);
        assert!(d.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(
            d,
            crate::defaults::content().unwrap().digest(),
            "same content, same digest"
        );

        let mut items = content.bank.items().to_vec();
        let choice = items.iter_mut().find(|i| matches!(i.key, Key::Option(_))).unwrap();
        let other = choice
            .options
            .iter()
            .map(|o| o.id.clone())
            .find(|id| Key::Option(id.clone()) != choice.key);
        choice.key = Key::Option(other.unwrap());
        let b = &content.bank;
        let changed = Content {
            framework: content.framework.clone(),
            levels: content.levels.clone(),
            bank: crate::content::Bank::new(b.id.clone(), b.version.clone(), b.title.clone(), b.calibration, items),
            placement: content.placement.clone(),
        };
        assert_ne!(
            changed.digest(),
            d,
            "a changed key changes the digest under the same version"
        );
        let mut stricter = content.clone();
        stricter.placement.confidence = 0.95;
        assert_ne!(stricter.digest(), d, "changed placement rules change the digest");
    }
}
