//! Module translations: the trainer's translation pages and what a reader is told about the
//! language a module is shown in (`## translations` in the .ftl files).

use super::Locale;

pub use super::keys::TranslationMsg;

impl Locale {
    /// Said on a module shown in `shown` to a reader of another language.
    pub fn not_in_your_language(self, shown: Locale) -> String {
        say!(self, TranslationNotInYourLanguage { language: shown.native_name() })
    }
}
