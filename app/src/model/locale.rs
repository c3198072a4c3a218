//! The languages Frontline speaks: a value of the model (stored on accounts and module
//! versions), said in words by `i18n`.

use serde::{Deserialize, Serialize};

/// The languages Frontline speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ar];

    /// BCP 47 code, as used in `<html lang>` and the `lang` cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Locale::En => "ltr",
            Locale::Ar => "rtl",
        }
    }

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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(Locale::negotiate("ar-JO,en;q=0.8"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("fr, en;q=0.5, ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("en-GB, ar"), Some(Locale::En));
        assert_eq!(Locale::negotiate("ar;q=0, tr"), None);
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate("ar;q=abc"), None);
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::En.dir(), "ltr");
        assert_eq!(Locale::from_code("AR_eg"), Some(Locale::Ar));
    }
}
