//! Every user-facing string goes through here; the texts themselves are in `app/locales/*.ftl`
//! (Fluent), one file per language, which translators edit without touching Rust.
//!
//! - A text without values is a variant of a message enum ([`Msg`], [`AdminMsg`],
//!   [`AuthorMsg`], [`SupervisionMsg`], [`TranslationMsg`]), said with [`Locale::t`]. The enums
//!   are generated from `locales/en.ftl` by `app/build.rs`, so a variant en.ftl lacks does not
//!   compile, and the build fails when another language lacks a message of en.ftl.
//! - A sentence with values in it is a function here (`locale.assigned_due_on(date)`): it fills
//!   the message's variables with [`say!`], whose struct per message (generated too) makes a
//!   variable that en.ftl does not have a compile error. Each language orders its words and
//!   chooses its plural forms (CLDR categories) in its own file.
//!
//! The catalogue is formatted on the server only (`ssr`): islands receive the few texts they
//! need as props, so the browser's wasm carries neither Fluent nor the .ftl files. Without `ssr`
//! a message says its id.

/// Fills the variables of a message with values and says it in a language:
/// `say!(locale, LessonOf { number, total: lessons.len() })`. Each field is a variable of the
/// English message (a missing or unknown one does not compile) and takes anything [`Arg`] is
/// made from: text or a number.
macro_rules! say {
    ($locale:expr, $message:ident { $($field:ident $(: $value:expr)?),* $(,)? }) => {
        $crate::i18n::catalogue::say(
            $locale,
            $crate::i18n::keys::args::$message {
                $($field: $crate::i18n::Arg::from(say!(@value $field $(: $value)?))),*
            },
        )
    };
    (@value $field:ident) => { $field };
    (@value $field:ident : $value:expr) => { $value };
}

pub mod admin;
pub mod authoring;
mod catalogue;
pub mod csv;
pub mod evaluation;
pub mod keys;
mod labels;
mod learning;
mod problems;
pub mod records;
pub mod referrals;
pub mod supervision;
pub mod translations;

use std::borrow::Cow;

pub use crate::model::locale::Locale;
pub use admin::AdminMsg;
pub use authoring::AuthorMsg;
pub use csv::CsvMsg;
pub use evaluation::EvalMsg;
pub use keys::{Key, Msg};
pub use records::RecordsMsg;
pub use referrals::RefMsg;
pub use supervision::SupervisionMsg;
pub use translations::TranslationMsg;

impl Msg {
    /// The home page's link to countries and agencies, `admin-countries-and-agencies` in the
    /// files: the id its name would give, `admin-countries`, is `AdminMsg::Countries`'.
    #[allow(non_upper_case_globals)]
    pub const AdminCountries: Msg = Msg::AdminCountriesAndAgencies;
}

/// A set of messages without values: each names its message in the catalogue.
pub trait Messages: Copy {
    fn key(self) -> Key;
}

impl Messages for Key {
    fn key(self) -> Key {
        self
    }
}

/// The value of a message's variable: a text, or a number (which selects plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}

number_args!(i32, i64, u32, u64, usize, f64);

/// A message with variables and their values (one generated struct per message, `keys::args`).
pub trait Formatted<'a> {
    const KEY: Key;
    fn args(self) -> Vec<(&'static str, Arg<'a>)>;
}

/// Locale is a model value; saying messages in it is this layer's job.
impl Locale {
    /// A text without values, in this language.
    pub fn t<M: Messages>(self, msg: M) -> &'static str {
        catalogue::text(self, msg.key())
    }

    /// A percentage with its sign as the language writes it: "87.5 %" (English, Arabic),
    /// "87,5 %" with a narrow no-break space (French), "%87,5" (Turkish). Arabic keeps Western
    /// digits and the decimal point: the curriculum, ID and phone numbers use them across the
    /// region (Egypt, Iraq, Jordan, Lebanon), and so do the officers' forms.
    pub fn percent(self, value: f64) -> String {
        let number = value.to_string();
        match self {
            Locale::En | Locale::Ar | Locale::Pseudo => format!("{number} %"),
            Locale::Fr => format!("{}\u{202F}%", number.replace('.', ",")),
            Locale::Tr => format!("%{}", number.replace('.', ",")),
        }
    }

    /// A date in words: "2 December 2026", "2 décembre 2026", "2 Aralık 2026", "2 ديسمبر 2026".
    pub fn date(self, year: i32, month: u32, day: u32) -> String {
        say!(self, Date { year, month, day })
    }

    /// [`Locale::date`] of a `YYYY-MM-DD…` text (a stored date or timestamp); the text itself
    /// when it is not one.
    pub fn date_of(self, iso: &str) -> String {
        let mut parts = iso.get(..10).unwrap_or("").splitn(3, '-').map(str::parse::<u32>);
        match (parts.next(), parts.next(), parts.next()) {
            (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) if (1..=12).contains(&m) && d >= 1 => {
                self.date(y as i32, m, d)
            }
            _ => iso.to_owned(),
        }
    }
}

impl Locale {
    /// A moment (`YYYY-MM-DD HH:MM…`, UTC) in words: its date as [`Locale::date_of`], then the
    /// time; the text itself when it is not one.
    pub fn timestamp_of(self, iso: &str) -> String {
        let (Some(day), Some(time)) = (iso.get(..10), iso.get(11..16)) else {
            return iso.to_owned();
        };
        let date = &self.date_of(day);
        if date == day || !time.chars().all(|c| c.is_ascii_digit() || c == ':') {
            return iso.to_owned();
        }
        say!(self, Timestamp { date, time })
    }
}

/// The reader's language, provided by the shell for the whole page.
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn arabic_sentences_put_words_in_arabic_order() {
        let due = Locale::Ar.assigned_due_on("2099-12-31");
        assert_eq!(due, "مُسندة إليك — موعد الإنجاز 31 ديسمبر 2099");
        // Logical order: the Arabic words first (read from the right), the date last.
        assert!(due.find("مُسندة").unwrap() < due.find("2099").unwrap());
        assert!(due.contains("موعد الإنجاز"));
        // The English sentences stay exactly what the end-to-end tests read.
        assert_eq!(
            Locale::En.assigned_due_on("2099-12-31"),
            "Assigned to you — due 31 December 2099"
        );
        assert_eq!(
            Locale::En.result_heading(
                true,
                Some(crate::model::quiz::Score { earned: 2.0, possible: 2.0, percent: 100.0 }),
                100
            ),
            "Passed — 100 % (2 of 2 points; pass mark 100 %)"
        );
        assert_eq!(
            Locale::En.quiz_facts(2, 80, None, 1, Some(3)),
            "2 questions · pass mark 80 % · attempts: 1 of 3 used"
        );
        assert_eq!(
            Locale::En.module_meta(15, 3, "in progress", Some(50.0)),
            "15 min · 3 lessons · in progress · best score 50 %"
        );
    }

    #[test]
    fn arabic_counts_agree_with_their_number() {
        assert_eq!(Locale::Ar.question_points(1), " (نقطة واحدة)");
        assert_eq!(Locale::Ar.question_points(2), " (نقطتان)");
        assert_eq!(Locale::Ar.question_points(3), " (3 نقاط)");
        assert_eq!(
            Locale::Ar.module_meta(15, 4, "قيد الإنجاز", None),
            "15 دقيقة · 4 دروس · قيد الإنجاز"
        );
        assert_eq!(
            Locale::Ar.quiz_facts(12, 80, Some(20), 0, None),
            "12 سؤالاً · درجة النجاح 80 % · المدة 20 دقيقة · المحاولات: غير محدودة"
        );
        // Formerly `ar::count(100, LESSONS)` and `ar::count(0, LESSONS)`: CLDR's `other` (100)
        // and `zero` (0, written with the plural as before).
        assert_eq!(Locale::Ar.module_meta(1, 100, "", None), "دقيقة واحدة · 100 درس · ");
        assert_eq!(Locale::Ar.module_meta(2, 0, "", None), "دقيقتان · 0 دروس · ");
        assert_eq!(Locale::Ar.module_meta(11, 2, "", None), "11 دقيقة · درسان · ");
        assert_eq!(Locale::Ar.module_meta(3, 11, "", None), "3 دقائق · 11 درساً · ");
        // Above 100 the last two digits decide, as CLDR says (intl_pluralrules 7.0.2 did not).
        assert_eq!(Locale::Ar.module_meta(103, 111, "", None), "103 دقائق · 111 درساً · ");
    }

    #[test]
    fn every_language_has_a_text_for_every_plain_message() {
        for locale in [Locale::En, Locale::Ar, Locale::Fr, Locale::Tr, Locale::Pseudo] {
            for key in Key::ALL.into_iter().filter(|k| k.variables().is_empty()) {
                let text = locale.t(key);
                assert!(!text.is_empty() && text != key.id(), "{locale:?} {key:?}");
            }
        }
        assert_eq!(Locale::En.t(Msg::SignIn), "Sign in");
        assert_eq!(Locale::Ar.t(Msg::SignIn), "تسجيل الدخول");
        // Spaces at either end are kept ({" "} in the files).
        assert_eq!(Locale::En.t(Msg::LessonRead), " ✓ read");
        assert_eq!(Locale::En.t(Msg::ModuleCompleted), "Completed. ");
        assert_eq!(Locale::Ar.t(AdminMsg::ImportColumns).chars().last(), Some(' '));
    }

    #[test]
    fn the_pseudo_locale_wraps_every_english_text() {
        assert_eq!(Locale::Pseudo.t(Msg::SignIn), "⟦Sign in⟧");
        assert_eq!(Locale::Pseudo.lesson_of(2, 5), "⟦Lesson 2 of 5⟧");
        // A sentence around a translated word wraps both.
        let status = Locale::Pseudo.t(Msg::StatusInProgress);
        assert_eq!(
            Locale::Pseudo.module_meta(15, 3, status, None),
            "⟦15 min · 3 lessons · ⟦in progress⟧⟧"
        );
        assert_eq!(Locale::Pseudo.code(), "qps");
        assert!(!Locale::ALL.contains(&Locale::Pseudo));
    }

    #[test]
    fn percentages_and_dates_by_language() {
        assert_eq!(Locale::En.percent(87.5), "87.5 %");
        assert_eq!(Locale::Ar.percent(87.5), "87.5 %");
        assert_eq!(Locale::Fr.percent(87.5), "87,5\u{202F}%");
        assert_eq!(Locale::Tr.percent(87.5), "%87,5");
        assert_eq!(Locale::En.percent(100.0), "100 %");
        assert_eq!(Locale::En.date(2026, 12, 2), "2 December 2026");
        assert_eq!(Locale::Ar.date(2026, 12, 2), "2 ديسمبر 2026");
        assert_eq!(Locale::En.date(2027, 1, 31), "31 January 2027");
        assert_eq!(Locale::Ar.date_of("2026-03-05T10:00:00Z"), "5 مارس 2026");
        assert_eq!(Locale::En.date_of("soon"), "soon");
    }

    /// The plural category the catalogue selects for `n`, through `plural-probe` (a message
    /// whose variants are the category names).
    fn category(locale: Locale, n: u64) -> String {
        catalogue::say(locale, keys::args::PluralProbe { n: Arg::from(n) })
    }

    /// CLDR's cardinal plural rules, written out from the specification
    /// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html),
    /// for whole numbers (v = 0, so n = i).
    fn cldr(locale: Locale, n: u64) -> &'static str {
        match locale {
            Locale::Ar => match (n, n % 100) {
                (0, _) => "zero",
                (1, _) => "one",
                (2, _) => "two",
                (_, 3..=10) => "few",
                (_, 11..=99) => "many",
                _ => "other",
            },
            // one: i = 0,1. many (CLDR 38+): e = 0 and i != 0 and i % 1000000 = 0 and v = 0.
            Locale::Fr => match n {
                0 | 1 => "one",
                n if n.is_multiple_of(1_000_000) => "many",
                _ => "other",
            },
            Locale::En | Locale::Tr | Locale::Pseudo => {
                if n == 1 {
                    "one"
                } else {
                    "other"
                }
            }
        }
    }

    /// The plural category Fluent picks (through `intl_pluralrules`, patched where 7.0.2 differs
    /// from CLDR) is CLDR's, for 0–110 and a few large numbers, in every language.
    #[test]
    fn plural_categories_agree_with_cldr() {
        let numbers = (0..=110).chain([1000, 1_000_000, 1_000_001]);
        for locale in [Locale::En, Locale::Ar, Locale::Fr, Locale::Tr] {
            for n in numbers.clone() {
                assert_eq!(category(locale, n), cldr(locale, n), "{locale:?} {n}");
            }
        }
        // Where intl_pluralrules 7.0.2 itself was wrong (app/vendor/intl_pluralrules).
        assert_eq!(category(Locale::Ar, 103), "few");
        assert_eq!(category(Locale::Ar, 111), "many");
        assert_eq!(category(Locale::Ar, 1000), "other");
        assert_eq!(category(Locale::Fr, 1_000_000), "many");
    }
}
