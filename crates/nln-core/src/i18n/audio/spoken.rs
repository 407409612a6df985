//! The text a clip speaks, normalized so that its hash changes only when what is heard changes:
//! bidi controls (display-only), quotation marks (engines read some aloud), Unicode form and
//! spacing do not make a new clip.

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// Characters that only steer display: directional marks, embeddings and isolates.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Quotation marks that speech engines may read aloud (espeak-ng says «» in Ukrainian).
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '"' | '「' | '」' | '『' | '』'
    )
}

/// The spoken form of a resolved message: bidi controls and quotation marks removed, NFC,
/// whitespace collapsed to single spaces, trimmed.
pub fn normalize(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|&c| !is_bidi_control(c) && !is_quote(c))
        .nfc()
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// First 16 hex digits of the SHA-256 of `parts` joined by newlines.
fn short_hash(parts: &[&str]) -> String {
    let digest = Sha256::digest(parts.join("\n").as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Hash of a normalized spoken text as written in manifests: `sha256:` and 16 hex digits.
pub fn text_hash(spoken: &str) -> String {
    format!("sha256:{}", short_hash(&[spoken]))
}

/// File of a synthesized clip: it depends on the voice and the text, so equal texts share a
/// file and a new voice or text makes a new one.
pub fn synthesized_file(locale: &str, voice_key: &str, spoken: &str) -> String {
    format!(
        "{locale}/s{}.{}",
        short_hash(&[voice_key, spoken]),
        super::CLIP_EXTENSION
    )
}

/// File of a human recording of a text (where `nln audio import` puts it).
pub fn recorded_file(locale: &str, spoken: &str) -> String {
    format!("{locale}/r{}.{}", short_hash(&[spoken]), super::CLIP_EXTENSION)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_ignores_what_is_not_heard() {
        assert_eq!(normalize("  Press \u{2068}«Send»\u{2069}\n now "), "Press Send now");
        // NFC: e + combining acute is é.
        assert_eq!(normalize("re\u{301}ponse"), "réponse");
        assert_eq!(text_hash(&normalize("a  b")), text_hash("a b"));
        assert_ne!(text_hash("a b"), text_hash("a c"));
        assert_eq!(text_hash("").len(), "sha256:".len() + 16);
    }

    #[test]
    fn file_names_are_content_addressed() {
        let a = synthesized_file("fr", "espeak-ng:fr:145", "Bonjour");
        assert_eq!(a, synthesized_file("fr", "espeak-ng:fr:145", "Bonjour"));
        assert_ne!(a, synthesized_file("fr", "espeak-ng:fr:150", "Bonjour"));
        assert!(a.starts_with("fr/s") && a.ends_with(".webm"), "{a}");
        assert_ne!(recorded_file("so", "Haa"), recorded_file("so", "Maya"));
    }
}
