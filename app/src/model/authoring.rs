//! Modules as trainers write them, and as one JSON document (import/export format
//! `frontline.module/2`, described in docs/module-format.md). The validation rules are pure
//! functions over that document.

use serde::{Deserialize, Serialize};

use crate::model::accounts::AgencyKind;
use crate::model::error::AppError;
use crate::model::forms::whole_number;
use crate::model::problem::{FieldProblem, Problem};

pub const FORMAT: &str = "frontline.module/2";
/// The first format, still read on import: no review policy, wait or fixed order (defaults apply).
pub const FORMAT_V1: &str = "frontline.module/1";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VersionStatus {
    Draft,
    Published,
    Archived,
}

impl VersionStatus {
    pub fn code(self) -> &'static str {
        match self {
            VersionStatus::Draft => "draft",
            VersionStatus::Published => "published",
            VersionStatus::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Draft, Self::Published, Self::Archived].into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Single,
    Multiple,
    TrueFalse,
    Ordering,
    Matching,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 5] = [
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::TrueFalse,
        QuestionKind::Ordering,
        QuestionKind::Matching,
    ];

    pub fn code(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::TrueFalse => "true_false",
            QuestionKind::Ordering => "ordering",
            QuestionKind::Matching => "matching",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Single => "Single choice",
            QuestionKind::Multiple => "Multiple choice",
            QuestionKind::TrueFalse => "True or false",
            QuestionKind::Ordering => "Put in order",
            QuestionKind::Matching => "Match pairs",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A module version as one document: what export writes and import reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleDoc {
    pub format: String,
    pub slug: String,
    #[serde(flatten)]
    pub settings: ModuleSettings,
    pub lessons: Vec<LessonDoc>,
    pub questions: Vec<QuestionDoc>,
    /// The module's texts in other languages, item for item (optional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations: Vec<crate::model::translation::TranslationDoc>,
}

/// Everything about a version but its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleSettings {
    pub title: String,
    pub summary: String,
    pub language: String,
    pub estimated_minutes: i32,
    /// Intended audiences; empty means everyone.
    pub agency_kinds: Vec<AgencyKind>,
    pub pass_mark_percent: i32,
    /// `None`: unlimited.
    pub max_attempts: Option<i32>,
    pub time_limit_minutes: Option<i32>,
    /// `None`: every question, every attempt.
    pub questions_per_attempt: Option<i32>,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    /// What a trainee sees after submitting an attempt.
    #[serde(default)]
    pub review: ReviewPolicy,
    /// Minutes to wait after submitting before the next attempt; `None`: no wait.
    #[serde(default)]
    pub retake_wait_minutes: Option<i32>,
    /// The quiz shows one question per screen, with Previous and Next (else all on one page).
    #[serde(default)]
    pub one_per_screen: bool,
    /// A pre-test before the lessons, from the same questions: none, optional or required.
    #[serde(default)]
    pub pretest: crate::model::evaluation::PretestMode,
}

/// What a trainee sees of a submitted attempt, as mature quiz engines let trainers choose. Pass
/// or fail and the trainee's own answers are always shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReviewPolicy {
    /// Points and percentage.
    pub score: bool,
    /// Which questions were right, partly right or wrong.
    pub correctness: bool,
    /// The feedback written for the options the trainee chose (single choice and true/false:
    /// for multiple choice, ticking everything would return the whole key).
    pub feedback: bool,
    /// The right answers, every option's feedback and the explanations.
    pub key: KeyShown,
}

impl Default for ReviewPolicy {
    fn default() -> Self {
        Self {
            score: true,
            correctness: true,
            feedback: true,
            key: KeyShown::AfterPassOrLastAttempt,
        }
    }
}

/// When the right answers and explanations are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyShown {
    /// After every attempt.
    Always,
    /// Once the trainee has passed the quiz or has no attempt left, so a failed attempt cannot
    /// be turned into a perfect retake.
    AfterPassOrLastAttempt,
    Never,
}

impl KeyShown {
    pub const ALL: [KeyShown; 3] =
        [KeyShown::AfterPassOrLastAttempt, KeyShown::Always, KeyShown::Never];

    pub fn code(self) -> &'static str {
        match self {
            KeyShown::Always => "always",
            KeyShown::AfterPassOrLastAttempt => "after_pass_or_last_attempt",
            KeyShown::Never => "never",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the key is shown, given the trainee's standing on the quiz.
    pub fn open(self, passed: bool, no_attempt_left: bool) -> bool {
        match self {
            KeyShown::Always => true,
            KeyShown::AfterPassOrLastAttempt => passed || no_attempt_left,
            KeyShown::Never => false,
        }
    }
}

impl Default for ModuleSettings {
    fn default() -> Self {
        Self {
            title: String::new(),
            summary: String::new(),
            language: "en".into(),
            estimated_minutes: 20,
            agency_kinds: vec![],
            pass_mark_percent: 75,
            max_attempts: None,
            time_limit_minutes: None,
            questions_per_attempt: None,
            shuffle_questions: true,
            shuffle_options: true,
            review: ReviewPolicy::default(),
            retake_wait_minutes: None,
            one_per_screen: false,
            pretest: crate::model::evaluation::PretestMode::None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonDoc {
    pub title: String,
    pub body_markdown: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDoc {
    pub kind: QuestionKind,
    pub prompt: String,
    pub scenario: Option<String>,
    pub explanation: String,
    pub points: i32,
    /// Show the options in the order written, even when the module shuffles options.
    #[serde(default)]
    pub fixed_order: bool,
    /// Asked in the pre-test only, the quiz only, or both (the default, left out of files).
    #[serde(default, skip_serializing_if = "crate::model::evaluation::TestForm::is_both")]
    pub test_form: crate::model::evaluation::TestForm,
    pub options: Vec<OptionDoc>,
}

/// An option and its part of the key: `correct` (single, multiple, true/false), `position`
/// (ordering: 1-based place in the right order) or `match` (matching: the right-hand answer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDoc {
    pub text: String,
    #[serde(default)]
    pub correct: bool,
    #[serde(default)]
    pub position: Option<i32>,
    #[serde(default, rename = "match")]
    pub match_key: Option<String>,
    #[serde(default)]
    pub feedback: String,
}

/// A module in the trainer's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleListItem {
    pub id: i32,
    pub slug: String,
    pub title: String,
    pub published: Option<i32>,
    pub draft: Option<i32>,
    pub archived: bool,
}

/// A version as the editor shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionView {
    pub id: i32,
    pub module_id: i32,
    pub slug: String,
    pub number: i32,
    pub status: VersionStatus,
    pub settings: ModuleSettings,
    pub lessons: Vec<LessonView>,
    pub questions: Vec<QuestionView>,
    /// What stands in the way of publishing (empty: ready).
    pub problems: Vec<FieldProblem>,
    /// Right answers that sit in the same place question after question, where options are
    /// shown in the order written.
    pub key_pattern: Option<KeyPattern>,
    /// Every version of the module: (id, number, status).
    pub versions: Vec<(i32, i32, VersionStatus)>,
    /// Its translations into other languages.
    pub translations: Vec<crate::model::translation::TranslationSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonView {
    pub id: i32,
    pub title: String,
    pub body_markdown: String,
    /// Rendered and sanitised on the server.
    pub html: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub id: i32,
    pub question: QuestionDoc,
}

/// The settings form as a browser posts it (`settings[title]=…`): text as typed, so that a
/// number that is not one gets its message at the field ([`SettingsForm::settings`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    pub title: String,
    pub summary: String,
    pub language: String,
    pub estimated_minutes: String,
    pub pass_mark_percent: String,
    pub max_attempts: String,
    pub time_limit_minutes: String,
    pub questions_per_attempt: String,
    pub retake_wait_minutes: String,
    /// Checkboxes: present when ticked.
    pub shuffle_questions: Option<String>,
    pub shuffle_options: Option<String>,
    pub one_per_screen: Option<String>,
    /// `none`, `optional` or `required`; empty: none.
    pub pretest: String,
    pub review_score: Option<String>,
    pub review_correctness: Option<String>,
    pub review_feedback: Option<String>,
    pub review_key: String,
    /// `kinds[law_enforcement]=on`, one per ticked kind of agency.
    pub kinds: std::collections::BTreeMap<String, String>,
}

impl SettingsForm {
    /// The settings the form says, or the first field that is not a number or a choice.
    pub fn settings(self) -> Result<ModuleSettings, AppError> {
        Ok(ModuleSettings {
            estimated_minutes: whole_number("estimated_minutes", &self.estimated_minutes)?
                .unwrap_or(0),
            pass_mark_percent: whole_number("pass_mark_percent", &self.pass_mark_percent)?
                .unwrap_or(0),
            max_attempts: whole_number("max_attempts", &self.max_attempts)?,
            time_limit_minutes: whole_number("time_limit_minutes", &self.time_limit_minutes)?,
            questions_per_attempt: whole_number(
                "questions_per_attempt",
                &self.questions_per_attempt,
            )?,
            retake_wait_minutes: whole_number("retake_wait_minutes", &self.retake_wait_minutes)?,
            agency_kinds: self.kinds.keys().filter_map(|k| AgencyKind::from_code(k)).collect(),
            shuffle_questions: self.shuffle_questions.is_some(),
            shuffle_options: self.shuffle_options.is_some(),
            one_per_screen: self.one_per_screen.is_some(),
            pretest: match self.pretest.trim() {
                "" => crate::model::evaluation::PretestMode::None,
                code => crate::model::evaluation::PretestMode::from_code(code)
                    .ok_or_else(|| Problem::ChooseFromList.at("pretest"))?,
            },
            review: ReviewPolicy {
                score: self.review_score.is_some(),
                correctness: self.review_correctness.is_some(),
                feedback: self.review_feedback.is_some(),
                key: KeyShown::from_code(&self.review_key)
                    .ok_or_else(|| Problem::ChooseKeyShown.at("review_key"))?,
            },
            title: self.title,
            summary: self.summary,
            language: self.language,
        })
    }
}

/// A URL-safe identity: lowercase letters, digits and single hyphens.
pub fn valid_slug(slug: &str) -> bool {
    (3..=80).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// A slug made from a title ("What trafficking is" → "what-trafficking-is").
pub fn slug_from(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    if slug.len() < 3 { "module".into() } else { slug }
}

pub fn validate_settings(s: &ModuleSettings) -> Vec<FieldProblem> {
    let mut out = vec![];
    let title = s.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        out.push(Problem::TitleRequired { max: 200 }.of("title"));
    }
    if s.summary.chars().count() > 2000 {
        out.push(Problem::SummaryTooLong { max: 2000 }.of("summary"));
    }
    if crate::model::locale::Locale::from_code(&s.language).is_none() {
        out.push(Problem::ChooseLanguage.of("language"));
    }
    if !(1..=600).contains(&s.estimated_minutes) {
        out.push(Problem::EstimatedMinutesRange.of("estimated_minutes"));
    }
    if !(1..=100).contains(&s.pass_mark_percent) {
        out.push(Problem::PassMarkRange.of("pass_mark_percent"));
    }
    if s.max_attempts.is_some_and(|n| !(1..=100).contains(&n)) {
        out.push(Problem::MaxAttemptsRange.of("max_attempts"));
    }
    if s.time_limit_minutes.is_some_and(|n| !(1..=600).contains(&n)) {
        out.push(Problem::TimeLimitRange.of("time_limit_minutes"));
    }
    if s.retake_wait_minutes.is_some_and(|n| !(1..=10_080).contains(&n)) {
        out.push(Problem::RetakeWaitRange.of("retake_wait_minutes"));
    }
    if s.questions_per_attempt.is_some_and(|n| n < 1) {
        out.push(Problem::DrawAtLeastOne.of("questions_per_attempt"));
    }
    out
}

/// The rules of one question; `at` prefixes the fields (`questions[3].`), empty on its own form.
pub fn validate_question(q: &QuestionDoc, at: &str) -> Vec<FieldProblem> {
    let mut out = vec![];
    let field = |name: &str| format!("{at}{name}");
    if q.prompt.trim().is_empty() {
        out.push(Problem::PromptRequired.of(field("prompt")));
    }
    if !(1..=100).contains(&q.points) {
        out.push(Problem::PointsRange.of(field("points")));
    }
    if q.options.iter().any(|o| o.text.trim().is_empty()) {
        out.push(Problem::OptionTextRequired.of(field("options")));
    }
    let n = q.options.len();
    let correct = q.options.iter().filter(|o| o.correct).count();
    match q.kind {
        QuestionKind::Single => {
            if n < 2 {
                out.push(Problem::SingleNeedsTwoOptions.of(field("options")));
            }
            if correct != 1 {
                out.push(Problem::SingleNeedsOneCorrect.of(field("options")));
            }
        }
        QuestionKind::Multiple => {
            if n < 2 {
                out.push(Problem::MultipleNeedsTwoOptions.of(field("options")));
            }
            if correct == 0 {
                out.push(Problem::MarkOneCorrect.of(field("options")));
            }
        }
        QuestionKind::TrueFalse => {
            if n != 2 || correct != 1 {
                out.push(Problem::TrueFalseShape.of(field("options")));
            }
        }
        QuestionKind::Ordering => {
            let mut positions: Vec<i32> = q.options.iter().filter_map(|o| o.position).collect();
            positions.sort_unstable();
            if n < 2 || positions != (1..=n as i32).collect::<Vec<_>>() {
                out.push(Problem::OrderingPlaces.of(field("options")));
            }
        }
        QuestionKind::Matching => {
            let keys: Vec<&str> =
                q.options.iter().filter_map(|o| o.match_key.as_deref()).map(str::trim).collect();
            let distinct: std::collections::HashSet<&str> = keys.iter().copied().collect();
            if n < 2 || keys.len() != n || keys.iter().any(|k| k.is_empty()) || distinct.len() != n
            {
                out.push(Problem::MatchingPairs.of(field("options")));
            }
        }
    }
    out
}

/// Everything that must hold before a version can be published.
pub fn validate_publishable(doc: &ModuleDoc) -> Vec<FieldProblem> {
    let mut out = validate_settings(&doc.settings);
    if doc.lessons.is_empty() {
        out.push(Problem::LessonRequired.of("lessons"));
    }
    for (i, l) in doc.lessons.iter().enumerate() {
        if l.title.trim().is_empty() {
            out.push(Problem::LessonTitleRequired.of(format!("lessons[{i}].title")));
        }
        if l.body_markdown.trim().is_empty() {
            out.push(Problem::LessonEmpty.of(format!("lessons[{i}].body_markdown")));
        }
    }
    // A parallel form: each test draws from the questions it asks.
    let asked = |purpose| doc.questions.iter().filter(|q| q.test_form.asked_in(purpose)).count();
    let quiz = asked(crate::model::evaluation::AttemptPurpose::Quiz);
    if quiz == 0 {
        out.push(Problem::QuestionRequired.of("questions"));
    }
    if doc.settings.pretest != crate::model::evaluation::PretestMode::None
        && asked(crate::model::evaluation::AttemptPurpose::Pretest) == 0
    {
        out.push(Problem::PretestNeedsQuestions.of("pretest"));
    }
    for (i, q) in doc.questions.iter().enumerate() {
        out.extend(validate_question(q, &format!("questions[{i}].")));
    }
    if let Some(n) = doc.settings.questions_per_attempt
        && n as usize > quiz
    {
        out.push(
            Problem::DrawsMoreThanExist { draws: n, questions: quiz }.of("questions_per_attempt"),
        );
    }
    out
}

/// Right answers written in the same place in most of the choice questions whose options are
/// shown in the order written: a trainee who notices the habit passes without reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyPattern {
    /// 1-based place of the option.
    pub place: usize,
    /// Questions whose right answer sits there…
    pub questions: usize,
    /// …of this many shown in the order written.
    pub of: usize,
}

/// Looks for a [`KeyPattern`]: at least two single-choice or true/false questions shown in the
/// order written, two thirds or more of them with the right option in the same place.
pub fn key_pattern(doc: &ModuleDoc) -> Option<KeyPattern> {
    let places: Vec<usize> = doc
        .questions
        .iter()
        .filter(|q| q.fixed_order || !doc.settings.shuffle_options)
        .filter(|q| matches!(q.kind, QuestionKind::Single | QuestionKind::TrueFalse))
        .filter_map(|q| q.options.iter().position(|o| o.correct).map(|i| i + 1))
        .collect();
    let of = places.len();
    let (place, questions) = (1..=places.iter().copied().max().unwrap_or(0))
        .map(|p| (p, places.iter().filter(|x| **x == p).count()))
        .max_by_key(|(_, n)| *n)?;
    (of >= 2 && questions * 3 >= of * 2).then_some(KeyPattern { place, questions, of })
}

/// Checks an imported document: format, slug, and everything publishing needs.
pub fn validate_document(doc: &ModuleDoc) -> Vec<FieldProblem> {
    let mut out = vec![];
    if doc.format != FORMAT && doc.format != FORMAT_V1 {
        out.push(Problem::FormatExpected { format: FORMAT.into() }.of("format"));
    }
    if !valid_slug(&doc.slug) {
        out.push(Problem::SlugInvalid.of("slug"));
    }
    out.extend(validate_publishable(doc));
    for (i, t) in doc.translations.iter().enumerate() {
        out.extend(crate::model::translation::validate_translation(doc, t, i));
        if doc.translations[..i].iter().any(|earlier| earlier.language == t.language) {
            out.push(Problem::TranslationExists.of(format!("translations[{i}].language")));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn option(text: &str, correct: bool) -> OptionDoc {
        OptionDoc {
            text: text.into(),
            correct,
            position: None,
            match_key: None,
            feedback: String::new(),
        }
    }

    fn question(kind: QuestionKind, options: Vec<OptionDoc>) -> QuestionDoc {
        QuestionDoc {
            test_form: Default::default(),
            kind,
            prompt: "Which?".into(),
            scenario: None,
            explanation: String::new(),
            points: 1,
            fixed_order: false,
            options,
        }
    }

    fn fields(problems: &[FieldProblem]) -> Vec<&str> {
        problems.iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn single_choice_has_exactly_one_correct_option() {
        let ok = question(QuestionKind::Single, vec![option("a", true), option("b", false)]);
        assert!(validate_question(&ok, "").is_empty());
        let none = question(QuestionKind::Single, vec![option("a", false), option("b", false)]);
        assert_eq!(fields(&validate_question(&none, "")), ["options"]);
        let two = question(QuestionKind::Single, vec![option("a", true), option("b", true)]);
        assert_eq!(validate_question(&two, "")[0].problem, Problem::SingleNeedsOneCorrect);
    }

    #[test]
    fn multiple_choice_has_at_least_one_correct_option() {
        let ok = question(
            QuestionKind::Multiple,
            vec![option("a", true), option("b", true), option("c", false)],
        );
        assert!(validate_question(&ok, "").is_empty());
        let none = question(QuestionKind::Multiple, vec![option("a", false), option("b", false)]);
        assert_eq!(validate_question(&none, "")[0].problem, Problem::MarkOneCorrect);
    }

    #[test]
    fn true_false_has_two_options_one_correct() {
        let ok =
            question(QuestionKind::TrueFalse, vec![option("True", false), option("False", true)]);
        assert!(validate_question(&ok, "").is_empty());
        let three = question(
            QuestionKind::TrueFalse,
            vec![option("True", true), option("False", false), option("Maybe", false)],
        );
        assert!(!validate_question(&three, "").is_empty());
    }

    #[test]
    fn ordering_and_matching_must_be_complete() {
        let mut items: Vec<OptionDoc> = (1..=3)
            .map(|p| OptionDoc { position: Some(p), ..option(&format!("step {p}"), false) })
            .collect();
        assert!(validate_question(&question(QuestionKind::Ordering, items.clone()), "").is_empty());
        items[2].position = Some(2);
        assert!(
            !validate_question(&question(QuestionKind::Ordering, items.clone()), "").is_empty(),
            "2 twice"
        );
        items[2].position = None;
        assert!(
            !validate_question(&question(QuestionKind::Ordering, items), "").is_empty(),
            "a gap"
        );

        let mut pairs: Vec<OptionDoc> = ["a", "b", "c"]
            .iter()
            .map(|k| OptionDoc { match_key: Some(format!("{k}!")), ..option(k, false) })
            .collect();
        assert!(validate_question(&question(QuestionKind::Matching, pairs.clone()), "").is_empty());
        pairs[1].match_key = Some("a!".into());
        assert!(
            !validate_question(&question(QuestionKind::Matching, pairs.clone()), "").is_empty(),
            "duplicate"
        );
        pairs[1].match_key = Some(" ".into());
        assert!(
            !validate_question(&question(QuestionKind::Matching, pairs), "").is_empty(),
            "blank"
        );
    }

    #[test]
    fn settings_are_within_bounds() {
        let ok =
            ModuleSettings { title: "What trafficking is".into(), ..ModuleSettings::default() };
        assert!(validate_settings(&ok).is_empty());
        for (bad, field) in [
            (ModuleSettings { pass_mark_percent: 0, ..ok.clone() }, "pass_mark_percent"),
            (ModuleSettings { pass_mark_percent: 101, ..ok.clone() }, "pass_mark_percent"),
            (ModuleSettings { title: " ".into(), ..ok.clone() }, "title"),
            (ModuleSettings { max_attempts: Some(0), ..ok.clone() }, "max_attempts"),
            (ModuleSettings { language: "xx".into(), ..ok.clone() }, "language"),
        ] {
            assert_eq!(fields(&validate_settings(&bad)), [field]);
        }
    }

    #[test]
    fn publishing_needs_lessons_valid_questions_and_enough_of_them() {
        let mut doc = ModuleDoc {
            format: FORMAT.into(),
            slug: "what-trafficking-is".into(),
            settings: ModuleSettings {
                title: "T".into(),
                questions_per_attempt: Some(2),
                ..ModuleSettings::default()
            },
            lessons: vec![],
            questions: vec![question(
                QuestionKind::Single,
                vec![option("a", true), option("b", false)],
            )],
            translations: vec![],
        };
        assert_eq!(fields(&validate_publishable(&doc)), ["lessons", "questions_per_attempt"]);
        doc.lessons.push(LessonDoc { title: "One".into(), body_markdown: "Text".into() });
        doc.settings.questions_per_attempt = Some(1);
        assert!(validate_publishable(&doc).is_empty());
        doc.questions[0].options[0].correct = false;
        assert_eq!(fields(&validate_publishable(&doc)), ["questions[0].options"]);
    }

    #[test]
    fn a_key_in_the_same_place_is_flagged_only_where_options_keep_their_order() {
        let first_right =
            || question(QuestionKind::Single, vec![option("a", true), option("b", false)]);
        let mut doc = ModuleDoc {
            format: FORMAT.into(),
            slug: "pattern".into(),
            settings: ModuleSettings { title: "T".into(), ..ModuleSettings::default() },
            lessons: vec![],
            questions: vec![first_right(), first_right(), first_right()],
            translations: vec![],
        };
        assert_eq!(key_pattern(&doc), None, "shuffled options show no pattern");
        doc.settings.shuffle_options = false;
        assert_eq!(key_pattern(&doc), Some(KeyPattern { place: 1, questions: 3, of: 3 }));
        doc.settings.shuffle_options = true;
        for q in &mut doc.questions[..2] {
            q.fixed_order = true;
        }
        assert_eq!(key_pattern(&doc), Some(KeyPattern { place: 1, questions: 2, of: 2 }));
        doc.questions[1].options.swap(0, 1);
        assert_eq!(key_pattern(&doc), None, "one of two is no habit");
    }

    #[test]
    fn the_key_opens_as_the_policy_says() {
        use KeyShown::*;
        assert!(!AfterPassOrLastAttempt.open(false, false), "failed with attempts left");
        assert!(AfterPassOrLastAttempt.open(true, false));
        assert!(AfterPassOrLastAttempt.open(false, true));
        assert!(Always.open(false, false));
        assert!(!Never.open(true, true));
        for k in KeyShown::ALL {
            assert_eq!(KeyShown::from_code(k.code()), Some(k));
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug_from("What trafficking is — Part 1!"), "what-trafficking-is-part-1");
        assert_eq!(slug_from("ما هو الاتجار"), "module");
        assert!(valid_slug("first-contact"));
        assert!(!valid_slug("First Contact"));
        assert!(!valid_slug("a--b"));
        assert!(!valid_slug("-ab"));
    }
}
