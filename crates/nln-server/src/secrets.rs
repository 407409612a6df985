//! Random secrets (API keys, learner tokens, join codes) and their stored form.
//!
//! Secrets are 256-bit random values; the database keeps only their SHA-256, which is enough
//! for a random key (a slow password hash only helps against guessable passwords). Lookup is by
//! hash, so no secret is ever compared byte by byte in memory.

use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};

/// Prefix of agency API keys, so a leaked key is recognizable by secret scanners.
pub const KEY_PREFIX: &str = "nln_key_";
/// Prefix of learner tokens.
pub const TOKEN_PREFIX: &str = "nln_learner_";

/// Letters and digits a learner can read aloud without confusion (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Join-code length: 31^8 ≈ 8.5 × 10^11 codes, single use and short-lived.
pub const CODE_LENGTH: usize = 8;

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    hex(&buf)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of a secret or request, as lowercase hex.
pub fn digest(text: &[u8]) -> String {
    hex(&Sha256::digest(text))
}

/// A new agency API key (`nln_key_` + 64 hex digits).
pub fn new_key() -> String {
    format!("{KEY_PREFIX}{}", random_hex(32))
}

/// A new learner token.
pub fn new_token() -> String {
    format!("{TOKEN_PREFIX}{}", random_hex(32))
}

/// A new public id (128-bit random, UUID form: usable as an external id in intake systems).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A new join code, like `K7M2-QX9D`.
pub fn new_join_code() -> String {
    let mut rng = OsRng;
    let chars: String = (0..CODE_LENGTH)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// A typed join code in canonical form: case, spaces and dashes do not matter.
pub fn normalize_join_code(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (chars.len() == CODE_LENGTH && chars.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(chars)
}

/// A 64-bit seed for a new session.
pub fn new_seed() -> u64 {
    OsRng.next_u64()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_long_random_and_hash_stably() {
        let (a, b) = (new_key(), new_key());
        assert_ne!(a, b);
        assert_eq!(a.len(), KEY_PREFIX.len() + 64);
        assert_eq!(digest(a.as_bytes()), digest(a.as_bytes()));
        assert_ne!(digest(a.as_bytes()), digest(b.as_bytes()));
        assert_eq!(
            digest(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn join_codes_normalize() {
        let code = new_join_code();
        let canonical = normalize_join_code(&code).unwrap();
        assert_eq!(
            normalize_join_code(&code.to_lowercase()).as_deref(),
            Some(canonical.as_str())
        );
        assert_eq!(normalize_join_code(&canonical).as_deref(), Some(canonical.as_str()));
        assert_eq!(normalize_join_code("ABCD-EFG0"), None);
        assert_eq!(normalize_join_code("ABC"), None);
    }
}
