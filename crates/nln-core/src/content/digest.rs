//! A fingerprint of the content a learner was scored on, so a result or a saved session names
//! exactly which framework, cut scores and item parameters produced it: two banks that share a
//! version but differ in one parameter have different digests.

use super::load::Content;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// What the digest covers, in a fixed order; serialized as compact JSON (struct fields in
/// declaration order, items in bank order), which is canonical for values built by the loader.
#[derive(Serialize)]
struct Canonical<'a> {
    framework: &'a super::Framework,
    levels: &'a super::LevelScale,
    bank_id: &'a str,
    bank_version: &'a str,
    bank_title: &'a str,
    calibration: super::Calibration,
    items: &'a [super::Item],
}

impl Content {
    /// SHA-256 (lower-case hex) of the canonical content.
    pub fn digest(&self) -> String {
        let canonical = Canonical {
            framework: &self.framework,
            levels: &self.levels,
            bank_id: &self.bank.id,
            bank_version: &self.bank.version,
            bank_title: &self.bank.title,
            calibration: self.bank.calibration,
            items: self.bank.items(),
        };
        let bytes = serde_json::to_vec(&canonical).expect("content serializes");
        Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::content::Bank;

    #[test]
    fn the_digest_is_stable_and_sees_a_changed_parameter() {
        let content = crate::defaults::content().unwrap();
        let digest = content.digest();
        assert_eq!(digest.len(), 64);
        assert!(digest.chars().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
        assert_eq!(digest, crate::defaults::content().unwrap().digest());
        let mut items = content.bank.items().to_vec();
        items[0].exposure_limit = Some(0.123);
        let mut changed = content.clone();
        changed.bank = Bank::new(
            content.bank.id.clone(),
            content.bank.version.clone(),
            content.bank.title.clone(),
            content.bank.calibration,
            items,
        );
        assert_ne!(changed.digest(), digest);
    }
}
