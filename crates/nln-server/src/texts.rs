//! One localizer per shipped locale, built once: a request names a language (the session's, or
//! `Accept-Language` for errors) and gets the localizer of the locale it resolves to.

use nln_core::i18n::{Catalog, Localizer};
use std::collections::HashMap;

pub struct Texts {
    catalog: Catalog,
    by_locale: HashMap<String, Localizer>,
    default: Localizer,
}

impl Texts {
    pub fn new(catalog: Catalog) -> Texts {
        let by_locale = catalog
            .manifest()
            .locales
            .iter()
            .map(|l| (l.code.clone(), catalog.localizer(&l.code)))
            .collect();
        let default = catalog.localizer(&catalog.manifest().default);
        Texts {
            catalog,
            by_locale,
            default,
        }
    }

    /// The localizer for a language tag (`fr-CA` → French); unknown tags get the default.
    pub fn get(&self, tag: &str) -> &Localizer {
        let code = self.catalog.manifest().resolve(tag);
        self.by_locale.get(code).unwrap_or(&self.default)
    }

    /// The localizer for an `Accept-Language` header: its first language.
    pub fn for_accept_language(&self, header: Option<&str>) -> &Localizer {
        let first = header
            .and_then(|h| h.split(',').next())
            .and_then(|t| t.split(';').next())
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != "*");
        first.map_or(&self.default, |t| self.get(t))
    }

    /// Whether a tag names a shipped locale (directly, by alias or by its language).
    pub fn is_shipped(&self, tag: &str) -> bool {
        let manifest = self.catalog.manifest();
        let code = manifest.resolve(tag);
        code != manifest.default
            || tag
                .split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(&manifest.default))
    }
}
