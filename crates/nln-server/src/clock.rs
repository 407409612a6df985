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

/// Now shifted by `ms` milliseconds (retry and lease times).
pub fn now_plus_ms(ms: i64) -> String {
    format(OffsetDateTime::now_utc() + Duration::milliseconds(ms))
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

/// Whole seconds from now until `seconds` after a stored time (at least 1: a wait to report).
pub fn seconds_until(stored: &str, seconds: i64) -> i64 {
    let Ok(t) = OffsetDateTime::parse(stored, &Rfc3339) else {
        return seconds.max(1);
    };
    let left = t + Duration::seconds(seconds) - OffsetDateTime::now_utc();
    (left.whole_milliseconds() as f64 / 1000.0).ceil().max(1.0) as i64
}

/// Parses any RFC 3339 time into the stored form (`None` when it is not one). A time whose
/// UTC form leaves years 0000–9999 (`0000-01-01T00:00:00+01:00`) becomes the nearest one
/// inside, so every RFC 3339 text the API documents is accepted and still sorts rightly.
pub fn parse(text: &str) -> Option<String> {
    let t = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    Some(match t.checked_to_offset(UtcOffset::UTC) {
        Some(utc) if (0..=9999).contains(&utc.year()) => format(utc),
        _ if t.year() < 5000 => "0000-01-01T00:00:00.000Z".to_string(),
        _ => "9999-12-31T23:59:59.999Z".to_string(),
    })
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
        assert_eq!(
            parse("0000-01-01T00:00:00+01:00").as_deref(),
            Some("0000-01-01T00:00:00.000Z")
        );
        assert_eq!(
            parse("9999-12-31T23:30:00-01:00").as_deref(),
            Some("9999-12-31T23:59:59.999Z")
        );
        assert!(now() < now_plus(1));
        assert_eq!(seconds_until(&now_plus(-3000), 3600), 600);
        assert_eq!(seconds_until(&now_plus(-7200), 3600), 1);
        assert_eq!(now().len(), "2026-11-28T18:30:00.000Z".len());
    }
}
