//! UTC timestamps as stored and shown: RFC 3339 with milliseconds, so text order is time order.

use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime, UtcOffset};

/// Now, as stored.
pub fn now() -> String {
    format(OffsetDateTime::now_utc())
}

/// Now shifted by `seconds` (negative for the past).
pub fn now_plus(seconds: i64) -> String {
    format(OffsetDateTime::now_utc() + Duration::seconds(seconds))
}

fn format(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// Parses any RFC 3339 time into the stored form (`None` when it is not one).
pub fn parse(text: &str) -> Option<String> {
    let t = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    (t.year() >= 0 && t.year() <= 9999).then(|| format(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_sort_as_text() {
        assert_eq!(
            parse("2026-11-28T13:30:00-05:00").as_deref(),
            Some("2026-11-28T18:30:00.000Z")
        );
        assert_eq!(parse("2026-11-28"), None);
        assert!(now() < now_plus(1));
        assert_eq!(now().len(), "2026-11-28T18:30:00.000Z".len());
    }
}
