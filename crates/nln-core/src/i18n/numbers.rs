//! Numbers as a reader of each locale writes them: its digits (Arabic-Indic in Arabic, Persian in
//! Farsi, Dari and Pashto), decimal separator and grouping, from CLDR through ICU4X's compiled
//! data. Every number a [`super::Localizer`] puts into a Fluent message goes through here (the
//! bundle's number formatter), and so does `NUMBER($x, minimumFractionDigits: 2)` in a message.

use fixed_decimal::Decimal;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentValue};
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

/// A number formatter for one CLDR locale.
#[derive(Debug, Clone)]
pub struct NumberFormat {
    formatter: DecimalFormatter,
}

impl NumberFormat {
    /// The formatter for a CLDR tag (`ar`, `fa-AF`, `fil`); a tag CLDR does not know, or one that
    /// does not parse, gets the root locale's (ASCII digits, `.` and `,`), never an error.
    pub fn new(cldr_tag: &str) -> NumberFormat {
        NumberFormat::with_grouping(cldr_tag, true)
    }

    /// Like [`NumberFormat::new`]; `grouping: false` writes `12345` rather than `12,345`.
    pub fn with_grouping(cldr_tag: &str, grouping: bool) -> NumberFormat {
        let locale = Locale::try_from_str(cldr_tag).unwrap_or(Locale::UNKNOWN);
        let mut options = DecimalFormatterOptions::default();
        options.grouping_strategy = Some(if grouping {
            GroupingStrategy::Auto
        } else {
            GroupingStrategy::Never
        });
        let formatter = DecimalFormatter::try_new((&locale).into(), options)
            .or_else(|_| DecimalFormatter::try_new(Default::default(), options))
            .expect("compiled data holds the root locale's symbols");
        NumberFormat { formatter }
    }

    /// A whole number: `1,234` in English, `١٬٢٣٤` in Arabic, `۱٬۲۳۴` in Farsi.
    pub fn integer(&self, n: i64) -> String {
        self.formatter.format_to_string(&Decimal::from(n))
    }

    /// `x` rounded to `digits` fraction digits, trailing zeros kept (`0.50`); `None` when `x` is
    /// not finite (no locale writes NaN for a learner).
    pub fn fixed(&self, x: f64, digits: u8) -> Option<String> {
        self.decimal_text(&format!("{x:.*}", usize::from(digits)))
    }

    /// A Fluent number with its options: fraction digits (`minimumFractionDigits`,
    /// `maximumFractionDigits`) as Fluent's own formatting would give them, digits and separators
    /// of the locale. `None` when the value is not finite.
    pub fn fluent(&self, n: &FluentNumber) -> Option<String> {
        self.decimal_text(&plain_digits(n.value, &n.options))
    }

    fn decimal_text(&self, plain: &str) -> Option<String> {
        let decimal = Decimal::try_from_str(plain).ok()?;
        Some(self.formatter.format_to_string(&decimal))
    }
}

/// `value` as ASCII digits with the fraction digits Fluent's options ask for (at most 20).
fn plain_digits(value: f64, options: &FluentNumberOptions) -> String {
    let min = options.minimum_fraction_digits.unwrap_or(0).min(20);
    let Some(max) = options.maximum_fraction_digits.map(|m| m.clamp(min, 20)) else {
        let shortest = format!("{value}");
        let fraction = shortest.split_once('.').map_or(0, |(_, f)| f.len());
        return if fraction < min {
            format!("{value:.min$}")
        } else {
            shortest
        };
    };
    let mut text = format!("{value:.max$}");
    if text.contains('.') {
        let keep = text.len() - (max - min);
        while text.len() > keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    text
}

/// Memoized per bundle language, so a bundle builds its formatter once. The argument says
/// whether to group digits (`useGrouping: "false"` in a message).
impl intl_memoizer::Memoizable for NumberFormat {
    type Args = (bool,);
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, (grouping,): (bool,)) -> Result<Self, Self::Error> {
        Ok(NumberFormat::with_grouping(&lang.to_string(), grouping))
    }
}

/// The Fluent bundle's number formatter (see `FluentBundle::set_formatter`).
pub(crate) fn format_fluent(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    intls
        .with_try_get::<NumberFormat, _, _>((n.options.use_grouping,), |f| f.fluent(n))
        .ok()
        .flatten()
}

/// Fluent's `NUMBER()` function: the number (or a numeric string) with the options given
/// (`minimumFractionDigits`, `maximumFractionDigits`, `useGrouping`); anything else is an error.
pub(crate) fn number_function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let mut number = match positional.first() {
        Some(FluentValue::Number(n)) => n.clone(),
        Some(FluentValue::String(s)) => match s.parse::<f64>() {
            Ok(v) if v.is_finite() => FluentNumber::new(v, FluentNumberOptions::default()),
            _ => return FluentValue::Error,
        },
        _ => return FluentValue::Error,
    };
    number.options.merge(named);
    FluentValue::Number(number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(min: Option<usize>, max: Option<usize>) -> FluentNumberOptions {
        FluentNumberOptions {
            minimum_fraction_digits: min,
            maximum_fraction_digits: max,
            ..FluentNumberOptions::default()
        }
    }

    #[test]
    fn fraction_digits_follow_fluent_options() {
        assert_eq!(plain_digits(2.5, &options(None, None)), "2.5");
        assert_eq!(plain_digits(2.5, &options(Some(2), None)), "2.50");
        assert_eq!(plain_digits(2.456, &options(None, Some(1))), "2.5");
        assert_eq!(plain_digits(2.0, &options(None, Some(2))), "2");
        assert_eq!(plain_digits(2.1, &options(Some(1), Some(3))), "2.1");
        assert_eq!(plain_digits(-0.25, &options(Some(2), Some(2))), "-0.25");
        assert_eq!(plain_digits(7.0, &options(None, None)), "7");
    }

    #[test]
    fn non_finite_values_are_not_formatted() {
        let f = NumberFormat::new("en");
        assert_eq!(f.fixed(f64::NAN, 2), None);
        assert_eq!(f.fixed(f64::INFINITY, 1), None);
        assert_eq!(f.fixed(1.0 / 3.0, 2).as_deref(), Some("0.33"));
    }

    #[test]
    fn unknown_tags_get_root_formatting() {
        assert_eq!(NumberFormat::new("not a tag!").integer(12345), "12,345");
        assert_eq!(NumberFormat::new("xx").integer(12345), "12,345");
        assert_eq!(NumberFormat::with_grouping("en", false).integer(12345), "12345");
    }
}
