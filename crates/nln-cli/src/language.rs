//! Which language the learner asked for: `--lang`, then `NLN_LANG`, then `LANG`.
//!
//! Read before clap parses the arguments, because the help text itself is localized.

/// The requested language tag (`fr-CA`, `en` …).
pub fn requested(args: &[String]) -> String {
    let mut iter = args.iter();
    while let Some(a) = iter.next() {
        if a == "--lang" {
            if let Some(v) = iter.next() {
                return v.clone();
            }
        } else if let Some(v) = a.strip_prefix("--lang=") {
            return v.to_string();
        }
    }
    for var in ["NLN_LANG", "LC_ALL", "LANG"] {
        if let Ok(v) = std::env::var(var) {
            if let Some(tag) = posix_to_tag(&v) {
                return tag;
            }
        }
    }
    "en".to_string()
}

/// `fr_CA.UTF-8` → `fr-CA`; `C` and `POSIX` name no language.
fn posix_to_tag(value: &str) -> Option<String> {
    let base = value.split(['.', '@']).next()?.trim();
    if base.is_empty() || base == "C" || base == "POSIX" {
        return None;
    }
    Some(base.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_flag_forms_and_posix_locales() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(requested(&args(&["nln", "assess", "--lang", "fr"])), "fr");
        assert_eq!(requested(&args(&["nln", "--lang=fr-CA", "assess"])), "fr-CA");
        assert_eq!(posix_to_tag("fr_CA.UTF-8").as_deref(), Some("fr-CA"));
        assert_eq!(posix_to_tag("C.UTF-8"), None);
    }
}
