//! Resolving message ids to text for one learner's language, walking the manifest's fallback
//! chain so that a partly translated locale still shows every prompt, and saying which locale
//! served each message so results can report the review status of what the learner saw.

use super::audio::{AudioManifest, Clip};
use super::catalog::Catalog;
use super::manifest::{Direction, ReviewStatus};
use super::numbers::{self, NumberFormat};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// A value for a Fluent placeable (`{ $count }`).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, inserted as is.
    Str(Cow<'a, str>),
    /// Formatted without fraction digits.
    Int(i64),
    /// A number formatted with the locale's usual fraction digits.
    Float(f64),
    /// Rounded to this many fraction digits, trailing zeros kept (an SE of `0.30`).
    Fixed(f64, u8),
}

impl Arg<'_> {
    /// `x` shown with exactly `digits` fraction digits, in the locale's digits.
    pub fn fixed(x: f64, digits: u8) -> Arg<'static> {
        Arg::Fixed(x, digits)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<f64> for Arg<'_> {
    fn from(x: f64) -> Self {
        Arg::Float(x)
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Int(n as i64)
            }
        }
    )*};
}
int_arg!(i32, i64, u8, u16, u32, usize);

impl<'a> Arg<'a> {
    fn to_fluent(&self) -> FluentValue<'a> {
        match self {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Float(x) => FluentValue::from(*x),
            Arg::Fixed(x, digits) => {
                let digits = Some(usize::from(*digits));
                let options = FluentNumberOptions {
                    minimum_fraction_digits: digits,
                    maximum_fraction_digits: digits,
                    ..FluentNumberOptions::default()
                };
                FluentValue::Number(FluentNumber::new(*x, options))
            }
        }
    }
}

/// A resolved message and the locale that actually served it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    /// The text, with placeables filled in.
    pub text: String,
    /// The locale whose file held the message (a fallback when the requested one lacks it), so a UI can set direction and flag unreviewed text.
    pub locale: String,
    /// Review status of `locale`.
    pub review: ReviewStatus,
}

/// One locale of the chain.
struct Link {
    code: String,
    review: ReviewStatus,
    bundle: FluentBundle<Arc<FluentResource>>,
    audio: Option<AudioManifest>,
}

/// Text and audio for one requested language, with fallback. Cheap to build; `Send + Sync`.
pub struct Localizer {
    chain: Vec<Link>,
    /// A listed locale of the requested language passed over for its script.
    other_script: Option<String>,
    direction: Direction,
    review: BTreeMap<String, ReviewStatus>,
    directions: BTreeMap<String, Direction>,
    /// Numbers of the resolved locale, for text built outside Fluent (codes, list numbers).
    numbers: NumberFormat,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("chain", &self.chain())
            .field("direction", &self.direction)
            .finish()
    }
}

impl Localizer {
    /// A localizer for a requested tag: `fr-CA` → `fr` → its fallbacks → the manifest default;
    /// an unknown tag gets the default.
    pub fn new(catalog: &Catalog, requested: &str) -> Localizer {
        let manifest = catalog.manifest();
        let review: BTreeMap<String, ReviewStatus> =
            manifest.locales.iter().map(|l| (l.code.clone(), l.review)).collect();
        let chain: Vec<Link> = manifest
            .chain(requested)
            .into_iter()
            .map(|code| {
                let info = manifest.get(&code);
                // CLDR data (plural rules) under the locale's CLDR tag: `prs` is `fa-AF`.
                let langid: LanguageIdentifier =
                    info.map_or(code.as_str(), |l| l.cldr_tag()).parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Bidi isolation marks only help (and only render) in right-to-left text.
                bundle.set_use_isolating(info.is_some_and(|l| l.direction == Direction::Rtl));
                bundle.set_formatter(Some(numbers::format_fluent));
                // Registered on a fresh bundle, so the name is free.
                let _ = bundle.add_function("NUMBER", numbers::number_function);
                for file in catalog.resources(&code).map(|r| r.files.as_slice()).unwrap_or_default() {
                    // Duplicates were reported by the catalog; the first definition wins.
                    let _ = bundle.add_resource(file.resource.clone());
                }
                Link {
                    review: info.map_or(ReviewStatus::MachineDrafted, |l| l.review),
                    audio: catalog.audio(&code).cloned(),
                    bundle,
                    code,
                }
            })
            .collect();
        let direction = manifest.get(&chain[0].code).map_or(Direction::Ltr, |l| l.direction);
        let numbers = NumberFormat::new(
            manifest
                .get(&chain[0].code)
                .map_or(chain[0].code.as_str(), |l| l.cldr_tag()),
        );
        let directions = manifest.locales.iter().map(|l| (l.code.clone(), l.direction)).collect();
        Localizer {
            chain,
            other_script: manifest.resolution(requested).other_script,
            direction,
            review,
            directions,
            numbers,
        }
    }

    /// A whole number in the resolved locale's digits (`٣` in Arabic), for numbers shown outside
    /// a message (the number of an answer, a level in a profile line).
    pub fn integer(&self, n: i64) -> String {
        self.numbers.integer(n)
    }

    /// `x` with `digits` fraction digits in the resolved locale's digits and separators; `–` when
    /// `x` is not finite.
    pub fn fixed(&self, x: f64, digits: u8) -> String {
        self.numbers.fixed(x, digits).unwrap_or_else(|| "–".to_string())
    }

    /// A code shown to a learner: a level code made of ASCII digits (`4`, `12`) in the locale's
    /// digits, anything else (`F`) unchanged. Stored and exported codes stay ASCII.
    pub fn code(&self, code: &str) -> String {
        match code.parse::<u32>() {
            Ok(n) if code.bytes().all(|b| b.is_ascii_digit()) => self.numbers.integer(i64::from(n)),
            _ => code.to_string(),
        }
    }

    /// The resolved locale (first of the chain).
    pub fn locale(&self) -> &str {
        &self.chain[0].code
    }

    /// A locale of the requested language that was not chosen because it is written in another
    /// script (`pa` for `pa-PK`): the learner should be told why the text is in another language.
    pub fn other_script(&self) -> Option<&str> {
        self.other_script.as_deref()
    }

    /// Locales tried, in order.
    pub fn chain(&self) -> Vec<&str> {
        self.chain.iter().map(|l| l.code.as_str()).collect()
    }

    /// Writing direction of the resolved locale.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// Writing direction of any manifest locale (a fallback may serve a message in a direction
    /// other than the resolved locale's).
    pub fn direction_of(&self, locale: &str) -> Direction {
        self.directions.get(locale).copied().unwrap_or(Direction::Ltr)
    }

    /// Review status of any manifest locale.
    pub fn review_status(&self, locale: &str) -> Option<ReviewStatus> {
        self.review.get(locale).copied()
    }

    /// The message (`id`, or `id.attribute`) from the first locale of the chain defining it.
    /// Formatting errors (e.g. a missing argument) are ignored; the text is still returned.
    pub fn lookup(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<Localized> {
        self.lookup_checked(id, args).map(|(l, _)| l)
    }

    /// Like [`Localizer::lookup`], with the formatting errors (missing arguments, unknown
    /// references), for tests that every message renders.
    pub fn lookup_checked(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<(Localized, Vec<String>)> {
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let fluent_args = (!args.is_empty()).then(|| {
            let mut fa = FluentArgs::with_capacity(args.len());
            for (name, value) in args {
                fa.set(*name, value.to_fluent());
            }
            fa
        });
        self.chain.iter().find_map(|link| {
            let msg = link.bundle.get_message(message)?;
            let pattern = match attribute {
                Some(a) => msg.get_attribute(a)?.value(),
                None => msg.value()?,
            };
            let mut errors = Vec::new();
            let text = link
                .bundle
                .format_pattern(pattern, fluent_args.as_ref(), &mut errors)
                .into_owned();
            let localized = Localized {
                text,
                locale: link.code.clone(),
                review: link.review,
            };
            Some((localized, errors.iter().map(ToString::to_string).collect()))
        })
    }

    /// The text of a message without arguments; `⟦id⟧` if no locale defines it.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The text of a message with arguments; `⟦id⟧` if no locale defines it.
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.lookup(id, args).map_or_else(|| format!("⟦{id}⟧"), |l| l.text)
    }

    /// The clip for an audio reference from the first locale of the chain listing it.
    pub fn audio(&self, reference: &str) -> Option<&Clip> {
        self.audio_source(reference).map(|(_, clip)| clip)
    }

    /// Like [`Localizer::audio`], with the locale whose manifest served the clip.
    pub fn audio_source(&self, reference: &str) -> Option<(&str, &Clip)> {
        self.chain
            .iter()
            .find_map(|l| Some((l.code.as_str(), l.audio.as_ref()?.clip(reference)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::manifest::LocalesManifest;
    use super::*;

    fn catalog() -> Catalog {
        let manifest = LocalesManifest::parse(
            "default: en\nlocales:\n  - { code: en, name: English, direction: ltr, review: reviewed }\n  - { code: fr, name: Français, direction: ltr, fallback: [en], review: machine-drafted }\n  - { code: ar, name: العربية, direction: rtl, fallback: [fr], review: machine-drafted }\n",
        )
        .unwrap();
        let mut c = Catalog::new(manifest);
        c.add_ftl(
            "en",
            "a.ftl",
            "hello = Hello\nonly-en = English only\ncount = { $n } items\nbutton = Button\n    .label = Press\n",
        )
        .unwrap();
        c.add_ftl("fr", "a.ftl", "hello = Bonjour\ncount = { $n } éléments\n")
            .unwrap();
        c.add_ftl("ar", "a.ftl", "hello = مرحبا { $name }\n").unwrap();
        let audio = |text: &str| super::super::audio::AudioManifest::parse("audio.yaml", text).unwrap();
        c.add_audio(audio("locale: en\nclips:\n  p: { file: en/p.opus, status: recorded }\n  q: { file: en/q.opus, status: pending }\n"));
        c.add_audio(audio("locale: fr\nclips:\n  p: { file: fr/p.opus, status: pending }\n"));
        c
    }

    #[test]
    fn falls_back_along_the_chain() {
        let c = catalog();
        let fr = c.localizer("fr-CA");
        assert_eq!(fr.locale(), "fr");
        assert_eq!(fr.chain(), ["fr", "en"]);
        assert_eq!(fr.text("hello"), "Bonjour");
        let l = fr.lookup("only-en", &[]).unwrap();
        assert_eq!(
            (l.text.as_str(), l.locale.as_str(), l.review),
            ("English only", "en", ReviewStatus::Reviewed)
        );
        assert_eq!(fr.lookup("hello", &[]).unwrap().review, ReviewStatus::MachineDrafted);
        assert_eq!(c.localizer("xx-YY").locale(), "en");
        assert_eq!(c.localizer("ar").chain(), ["ar", "fr", "en"]);
    }

    #[test]
    fn formats_arguments_and_attributes() {
        let c = catalog();
        let fr = c.localizer("fr");
        assert_eq!(fr.format("count", &[("n", 3.into())]), "3 éléments");
        assert_eq!(fr.format("count", &[]), "{$n} éléments");
        assert_eq!(fr.text("button.label"), "Press");
        assert_eq!(fr.text("button"), "Button");
    }

    #[test]
    fn missing_messages_never_panic() {
        let c = catalog();
        let fr = c.localizer("fr");
        assert_eq!(fr.text("nope"), "⟦nope⟧");
        assert_eq!(fr.text("button.nope"), "⟦button.nope⟧");
        assert!(fr.lookup("nope", &[]).is_none());
    }

    #[test]
    fn isolates_only_right_to_left_text() {
        let c = catalog();
        let ar = c.localizer("ar-SY");
        assert_eq!(ar.direction(), Direction::Rtl);
        assert_eq!(
            ar.format("hello", &[("name", "Ali".into())]),
            "مرحبا \u{2068}Ali\u{2069}"
        );
        assert_eq!(c.localizer("en").format("count", &[("n", 2.into())]), "2 items");
    }

    #[test]
    fn audio_follows_the_chain() {
        let c = catalog();
        let fr = c.localizer("fr");
        assert_eq!(fr.audio("p").map(|c| c.file.as_str()), Some("fr/p.opus"));
        assert_eq!(
            fr.audio_source("q").map(|(l, c)| (l, c.file.as_str())),
            Some(("en", "en/q.opus"))
        );
        assert!(fr.audio("r").is_none());
    }

    #[test]
    fn localizer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Localizer>();
    }
}
