//! The languages Frontline speaks: a value of the model (stored on accounts and module
//! versions), said in words by `i18n`.

use serde::{Deserialize, Serialize};

/// The languages Frontline speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Ar,
    Fr,
    Tr,
    /// A pseudo-locale for tests: every interface text is the English one wrapped in ⟦…⟧, so a
    /// page that shows a text not from the catalogue stands out. Never offered, never negotiated,
    /// never stored: only the `lang=qps` cookie asks for it, on a server configured to allow it.
    Pseudo,
}

impl Locale {
    /// The languages offered to people (the pseudo-locale is not one).
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Ar, Locale::Fr, Locale::Tr];

    /// BCP 47 code, as used in `<html lang>` and the `lang` cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Fr => "fr",
            Locale::Tr => "tr",
            // A private-use code, as Windows and ICU name their pseudo-locales.
            Locale::Pseudo => "qps",
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            Locale::En | Locale::Fr | Locale::Tr | Locale::Pseudo => "ltr",
        }
    }

    /// A language offered to people, by its code (`ar`, `ar-JO`, `AR_eg`); never the pseudo-locale.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best supported language of an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
                Some((Self::from_code(tag)?, q))
            })
            .filter(|(_, q)| *q > 0.0)
            // Among equal q-values the first in the header wins.
            .fold(None::<(Locale, f32)>, |best, (l, q)| match best {
                Some((_, bq)) if bq >= q => best,
                _ => Some((l, q)),
            })
            .map(|(l, _)| l)
    }

    /// The language's name in itself, for language pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Fr => "Français",
            Locale::Tr => "Türkçe",
            Locale::Pseudo => "Pseudo-locale",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(Locale::negotiate("ar-JO,en;q=0.8"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("de, en;q=0.5, ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("fr-LB, en;q=0.5, ar;q=0.9"), Some(Locale::Fr));
        assert_eq!(Locale::negotiate("en-GB, ar"), Some(Locale::En));
        assert_eq!(Locale::negotiate("ar;q=0, tr"), Some(Locale::Tr));
        assert_eq!(Locale::negotiate("ar;q=0, de"), None);
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate("ar;q=abc"), None);
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::En.dir(), "ltr");
        assert_eq!(Locale::Tr.dir(), "ltr");
        assert_eq!(Locale::from_code("AR_eg"), Some(Locale::Ar));
        assert_eq!(Locale::from_code("fr-FR"), Some(Locale::Fr));
    }

    #[test]
    fn the_pseudo_locale_is_never_chosen_by_code_or_header() {
        assert_eq!(Locale::from_code("qps"), None);
        assert_eq!(Locale::negotiate("qps, en;q=0.1"), Some(Locale::En));
        assert!(!Locale::ALL.contains(&Locale::Pseudo));
    }
}
