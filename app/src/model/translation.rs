//! Module translations as trainers and the JSON document see them: a version's texts in another
//! language, item for item. Only texts: the kind, points and answer key are the source's, so a
//! translation can never change what is right, and every language is scored by the same key.

use serde::{Deserialize, Serialize};

use crate::model::authoring::{LessonDoc, ModuleDoc, QuestionKind};
use crate::model::locale::Locale;
use crate::model::problem::{FieldProblem, Problem};

/// A translation in the module document (`translations: [...]`): lessons, questions and options
/// in the source's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationDoc {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub lessons: Vec<LessonDoc>,
    pub questions: Vec<QuestionTexts>,
}

/// A question's texts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTexts {
    pub prompt: String,
    pub scenario: Option<String>,
    pub explanation: String,
    pub options: Vec<OptionTexts>,
}

/// An option's texts; `match` is the right-hand answer of a matching pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionTexts {
    pub text: String,
    #[serde(default, rename = "match")]
    pub match_key: Option<String>,
    #[serde(default)]
    pub feedback: String,
}

/// A title's most characters, as for the source's.
const TITLE_MAX: usize = 200;

/// What is wrong with translation number `index` of `source`: the language, the shape (one text
/// per item of the source) and texts a trainee could not do without.
pub fn validate_translation(
    source: &ModuleDoc,
    t: &TranslationDoc,
    index: usize,
) -> Vec<FieldProblem> {
    let at = |field: &str| format!("translations[{index}].{field}");
    let mut out = Vec::new();
    match Locale::from_code(&t.language) {
        Some(l) if l.code() != source.settings.language => {}
        _ => out.push(Problem::ChooseLanguage.of(at("language"))),
    }
    if t.lessons.len() != source.lessons.len() || t.questions.len() != source.questions.len() {
        out.push(Problem::TranslationDoesNotFit.of(at("lessons")));
        return out;
    }
    // Blank texts are items not translated yet (an export of a translation in progress): they
    // are required when the translation is published, not here.
    if t.title.chars().count() > TITLE_MAX {
        out.push(Problem::TitleRequired { max: TITLE_MAX }.of(at("title")));
    }
    for (i, l) in t.lessons.iter().enumerate() {
        if l.title.chars().count() > TITLE_MAX {
            out.push(Problem::LessonTitleRequired.of(at(&format!("lessons[{i}].title"))));
        }
    }
    for (i, (q, s)) in t.questions.iter().zip(&source.questions).enumerate() {
        if q.options.len() != s.options.len() {
            out.push(Problem::TranslationDoesNotFit.of(at(&format!("questions[{i}].options"))));
        } else if s.kind == QuestionKind::Matching && !distinct_matches(q) {
            out.push(Problem::MatchingPairs.of(at(&format!("questions[{i}].options"))));
        }
    }
    out
}

/// The texts every translation needs before it is offered: a title, every lesson's title and
/// body, every prompt and option. Field names are made by `at`.
pub fn validate_texts(t: &TranslationDoc, at: &dyn Fn(&str) -> String) -> Vec<FieldProblem> {
    let mut out = Vec::new();
    let title = t.title.trim();
    if title.is_empty() || title.chars().count() > TITLE_MAX {
        out.push(Problem::TitleRequired { max: TITLE_MAX }.of(at("title")));
    }
    for (i, l) in t.lessons.iter().enumerate() {
        if l.title.trim().is_empty() || l.title.chars().count() > TITLE_MAX {
            out.push(Problem::LessonTitleRequired.of(at(&format!("lessons[{i}].title"))));
        }
        if l.body_markdown.trim().is_empty() {
            out.push(Problem::LessonEmpty.of(at(&format!("lessons[{i}].body_markdown"))));
        }
    }
    for (i, q) in t.questions.iter().enumerate() {
        if q.prompt.trim().is_empty() {
            out.push(Problem::PromptRequired.of(at(&format!("questions[{i}].prompt"))));
        }
        if q.options.iter().any(|o| o.text.trim().is_empty()) {
            out.push(Problem::OptionTextRequired.of(at(&format!("questions[{i}].options"))));
        }
    }
    out
}

/// Matching answers must stay told apart in every language (as scoring compares them: trimmed).
pub fn distinct_matches(q: &QuestionTexts) -> bool {
    let mut seen: Vec<&str> =
        q.options.iter().filter_map(|o| o.match_key.as_deref().map(str::trim)).collect();
    let n = seen.len();
    seen.sort_unstable();
    seen.dedup();
    seen.len() == n && n == q.options.len()
}

/// A translation as the module's page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationSummary {
    pub language: Locale,
    pub published: bool,
    pub out_of_date: bool,
}

/// The side-by-side editor of one translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationEditor {
    pub module_id: i32,
    pub version_id: i32,
    pub version_number: i32,
    pub language: Locale,
    pub source_language: String,
    pub published: bool,
    pub out_of_date: bool,
    /// False once it is published with a published version: frozen like the version.
    pub editable: bool,
    pub source_title: String,
    pub source_summary: String,
    pub title: String,
    pub summary: String,
    pub lessons: Vec<LessonPair>,
    pub questions: Vec<QuestionPair>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonPair {
    pub lesson_id: i32,
    pub source: LessonDoc,
    pub translated: LessonDoc,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionPair {
    pub question_id: i32,
    pub kind: QuestionKind,
    pub source: QuestionTexts,
    pub translated: QuestionTexts,
}

/// The translation form of one question as a browser posts it (`texts[prompt]=…`,
/// `texts[options][0][text]=…`, rows in the source's order).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionTextsForm {
    pub prompt: String,
    pub scenario: String,
    pub explanation: String,
    pub options: std::collections::BTreeMap<String, OptionTextsForm>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OptionTextsForm {
    pub text: String,
    #[serde(rename = "match")]
    pub match_key: String,
    pub feedback: String,
}

impl QuestionTextsForm {
    /// The texts, rows in the order numbered (`options[0]`, `options[1]`, … as numbers).
    pub fn texts(&self) -> QuestionTexts {
        let mut rows: Vec<(usize, &OptionTextsForm)> =
            self.options.iter().filter_map(|(k, o)| Some((k.parse().ok()?, o))).collect();
        rows.sort_by_key(|(k, _)| *k);
        QuestionTexts {
            prompt: self.prompt.trim().to_owned(),
            scenario: Some(self.scenario.trim().to_owned()).filter(|s| !s.is_empty()),
            explanation: self.explanation.trim().to_owned(),
            options: rows
                .into_iter()
                .map(|(_, o)| OptionTexts {
                    text: o.text.trim().to_owned(),
                    match_key: Some(o.match_key.trim().to_owned()).filter(|m| !m.is_empty()),
                    feedback: o.feedback.trim().to_owned(),
                })
                .collect(),
        }
    }

    /// The form's fields by name, to refill it after a refusal.
    pub fn values(&self) -> std::collections::BTreeMap<String, String> {
        let mut out: std::collections::BTreeMap<String, String> = [
            ("prompt".to_owned(), self.prompt.clone()),
            ("scenario".to_owned(), self.scenario.clone()),
            ("explanation".to_owned(), self.explanation.clone()),
        ]
        .into();
        for (k, o) in &self.options {
            out.insert(format!("options[{k}][text]"), o.text.clone());
            out.insert(format!("options[{k}][match]"), o.match_key.clone());
            out.insert(format!("options[{k}][feedback]"), o.feedback.clone());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> ModuleDoc {
        serde_json::from_str(include_str!("../../data/curriculum/01-what-is-trafficking.json"))
            .unwrap()
    }

    fn arabic() -> TranslationDoc {
        serde_json::from_str(include_str!("../../data/curriculum/01-what-is-trafficking.ar.json"))
            .unwrap()
    }

    #[test]
    fn the_demo_translations_fit_their_modules() {
        assert_eq!(validate_translation(&source(), &arabic(), 0), vec![]);
    }

    #[test]
    fn a_translation_that_drops_an_item_or_a_text_is_refused() {
        let mut t = arabic();
        t.questions.pop();
        let problems = validate_translation(&source(), &t, 2);
        assert_eq!(problems[0].field, "translations[2].lessons");
        assert_eq!(problems[0].problem, Problem::TranslationDoesNotFit);

        // A blank text is an item not translated yet: accepted here, required to publish.
        let mut t = arabic();
        t.questions[0].options[1].text = "  ".into();
        t.lessons[0].body_markdown.clear();
        assert_eq!(validate_translation(&source(), &t, 0), vec![]);
        let fields: Vec<String> =
            validate_texts(&t, &|f: &str| f.to_owned()).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["lessons[0].body_markdown", "questions[0].options"]);
        t.lessons[1].title = "ع".repeat(201);
        let problems = validate_translation(&source(), &t, 0);
        assert_eq!(problems[0].field, "translations[0].lessons[1].title");
    }

    #[test]
    fn a_translation_into_the_source_language_or_an_unknown_one_is_refused() {
        for language in ["en", "xx", ""] {
            let t = TranslationDoc { language: language.into(), ..arabic() };
            let problems = validate_translation(&source(), &t, 0);
            assert_eq!(problems[0].problem, Problem::ChooseLanguage, "{language}");
        }
    }

    #[test]
    fn matching_answers_told_apart_in_the_source_must_stay_apart() {
        let mut t = arabic();
        let (i, q) = source()
            .questions
            .iter()
            .enumerate()
            .find(|(_, q)| q.kind == QuestionKind::Matching)
            .map(|(i, q)| (i, q.clone()))
            .unwrap();
        assert!(q.options.len() > 1);
        // Told apart only by a space is not told apart.
        let first = t.questions[i].options[0].match_key.clone().map(|m| format!("{m} "));
        t.questions[i].options[1].match_key = first;
        let problems = validate_translation(&source(), &t, 0);
        assert_eq!(problems[0].problem, Problem::MatchingPairs);
    }
}
