//! The catalogue at run time: one Fluent bundle per language, read once from the .ftl files
//! compiled into the server. Texts without values are formatted once, at first use, into a
//! table indexed by [`Key`], so [`text`] is a lookup; sentences with values are formatted by the
//! bundle. A message that fails to format in a language is logged once and said in English; the
//! catalogue never panics a page.
//!
//! Without `ssr` (the browser's wasm) there is no catalogue: a message says its id. Islands get
//! their texts from the server as props.

#[cfg(not(feature = "ssr"))]
use super::{Formatted, Key, Locale};

#[cfg(feature = "ssr")]
pub(super) use server::{say, text};

#[cfg(not(feature = "ssr"))]
pub(super) fn text(_: Locale, key: Key) -> &'static str {
    key.id()
}

#[cfg(not(feature = "ssr"))]
pub(super) fn say<'a, M: Formatted<'a>>(_: Locale, message: M) -> String {
    let _ = message;
    M::KEY.id().to_owned()
}

#[cfg(feature = "ssr")]
mod server {
    use std::collections::BTreeSet;
    use std::sync::{LazyLock, Mutex};

    use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue, concurrent};

    use super::super::{Arg, Formatted, Key, Locale};

    type Bundle = concurrent::FluentBundle<FluentResource>;

    /// One language: its bundle and its texts without values, formatted.
    struct Catalogue {
        code: &'static str,
        bundle: Bundle,
        /// `plain[key as usize]`: the text of a message without variables (`None` for the others,
        /// and for a message this language cannot format, which is then said in English).
        plain: Vec<Option<String>>,
    }

    static EN: LazyLock<Catalogue> =
        LazyLock::new(|| Catalogue::load("en", include_str!("../../locales/en.ftl")));
    static AR: LazyLock<Catalogue> =
        LazyLock::new(|| Catalogue::load("ar", include_str!("../../locales/ar.ftl")));
    static FR: LazyLock<Catalogue> =
        LazyLock::new(|| Catalogue::load("fr", include_str!("../../locales/fr.ftl")));
    static TR: LazyLock<Catalogue> =
        LazyLock::new(|| Catalogue::load("tr", include_str!("../../locales/tr.ftl")));
    /// The pseudo-locale's texts: English, each wrapped in ⟦…⟧.
    static PSEUDO: LazyLock<Vec<Option<String>>> =
        LazyLock::new(|| EN.plain.iter().map(|text| text.as_deref().map(wrap)).collect());

    fn catalogue(locale: Locale) -> &'static Catalogue {
        match locale {
            Locale::En | Locale::Pseudo => &EN,
            Locale::Ar => &AR,
            Locale::Fr => &FR,
            Locale::Tr => &TR,
        }
    }

    fn wrap(text: &str) -> String {
        format!("⟦{text}⟧")
    }

    /// Decimals with a comma, as French and Turkish write them ("1,5 / 2 pt").
    fn comma_decimals<M>(value: &FluentValue, _: &M) -> Option<String> {
        match value {
            FluentValue::Number(n) if n.value.fract() != 0.0 => {
                Some(n.as_string().replace('.', ","))
            }
            _ => None,
        }
    }

    impl Catalogue {
        fn load(code: &'static str, source: &'static str) -> Self {
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, e)| {
                // build.rs parses the same files with the same parser: not expected.
                report(code, None, &format!("{} parse errors, e.g. {:?}", e.len(), e.first()));
                r
            });
            let language = code.parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![language]);
            // Plain text: no Unicode isolation marks around values (CSV files and tests compare
            // exact strings; the pages set `dir` themselves).
            bundle.set_use_isolating(false);
            if matches!(code, "fr" | "tr") {
                bundle.set_formatter(Some(comma_decimals));
            }
            if let Err(errors) = bundle.add_resource(resource) {
                report(code, None, &describe(&errors));
            }
            let mut catalogue = Catalogue { code, bundle, plain: vec![] };
            catalogue.plain = Key::ALL
                .iter()
                .map(|&key| {
                    key.variables().is_empty().then(|| catalogue.format(key, None)).flatten()
                })
                .collect();
            catalogue
        }

        /// The message in this language, or `None` (reported) when it cannot be formatted.
        fn format(&self, key: Key, args: Option<&FluentArgs>) -> Option<String> {
            let Some(pattern) = self.bundle.get_message(key.id()).and_then(|m| m.value()) else {
                report(self.code, Some(key), "the message is missing");
                return None;
            };
            let mut errors = vec![];
            let text = self.bundle.format_pattern(pattern, args, &mut errors);
            if errors.is_empty() {
                Some(text.into_owned())
            } else {
                report(self.code, Some(key), &describe(&errors));
                None
            }
        }

        /// The message in this language, else in English, else English as far as it formats
        /// (Fluent puts `{$name}` where it could not fill a value).
        fn say(&self, key: Key, args: Option<&FluentArgs>) -> String {
            self.format(key, args).or_else(|| EN.format(key, args)).unwrap_or_else(|| {
                let mut errors = vec![];
                match EN.bundle.get_message(key.id()).and_then(|m| m.value()) {
                    Some(p) => EN.bundle.format_pattern(p, args, &mut errors).into_owned(),
                    None => key.id().to_owned(),
                }
            })
        }
    }

    fn describe(errors: &[FluentError]) -> String {
        errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
    }

    /// Logs a catalogue problem once per language and message.
    fn report(code: &'static str, key: Option<Key>, problem: &str) {
        static REPORTED: Mutex<BTreeSet<(&str, Option<Key>)>> = Mutex::new(BTreeSet::new());
        let first = REPORTED.lock().map(|mut seen| seen.insert((code, key))).unwrap_or(true);
        if first {
            let id = key.map_or("(file)", Key::id);
            tracing::error!(language = code, message = id, "interface text: {problem}");
        }
    }

    /// A text without values.
    pub(in crate::i18n) fn text(locale: Locale, key: Key) -> &'static str {
        let i = key as usize;
        let found = match locale {
            Locale::Pseudo => PSEUDO[i].as_deref(),
            _ => catalogue(locale).plain[i].as_deref().or(EN.plain[i].as_deref()),
        };
        // A message with variables said without them (not through `say!`): its id.
        found.unwrap_or(key.id())
    }

    /// A message with its variables filled.
    pub(in crate::i18n) fn say<'a, M: Formatted<'a>>(locale: Locale, message: M) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in message.args() {
            match value {
                Arg::Text(text) => args.set(name, FluentValue::String(text)),
                Arg::Number(n) => args.set(name, n),
            }
        }
        let text = catalogue(locale).say(M::KEY, Some(&args));
        if locale == Locale::Pseudo { wrap(&text) } else { text }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_message_that_cannot_format_falls_back_to_english() {
            // A variable left out is a formatting error: said in English, never a panic.
            let arabic = catalogue(Locale::Ar).say(Key::LessonOf, None);
            assert_eq!(arabic, EN.say(Key::LessonOf, None));
            assert!(arabic.starts_with("Lesson "), "{arabic}");
            assert_eq!(text(Locale::Ar, Key::LessonOf), "lesson-of");
        }

        #[test]
        fn every_language_loads_without_errors() {
            for catalogue in [&*EN, &*AR, &*FR, &*TR] {
                for key in Key::ALL.into_iter().filter(|k| k.variables().is_empty()) {
                    assert!(catalogue.plain[key as usize].is_some(), "{} {key:?}", catalogue.code);
                }
            }
        }
    }
}
