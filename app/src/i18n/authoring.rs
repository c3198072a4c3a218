//! The trainers' pages: modules, versions, lessons, questions, preview, item analysis
//! (`## authoring` in the .ftl files).
//!
//! Fixed texts are [`AuthorMsg`] variants; sentences with values in them are the free functions
//! below, so that each language can order its words its own way.

use super::Locale;
use crate::model::authoring::{KeyPattern, KeyShown, QuestionKind, VersionStatus};
use crate::model::reports::ItemFlag;

pub use super::keys::AuthorMsg;

/// A version's status as a single word ("draft", "published", "archived").
pub fn version_status(l: Locale, status: VersionStatus) -> &'static str {
    l.t(match status {
        VersionStatus::Draft => AuthorMsg::StatusDraft,
        VersionStatus::Published => AuthorMsg::StatusPublished,
        VersionStatus::Archived => AuthorMsg::StatusArchived,
    })
}

/// The name of a question kind (the model's `label()` stays English for files and logs).
pub fn question_kind(l: Locale, kind: QuestionKind) -> &'static str {
    l.t(match kind {
        QuestionKind::Single => AuthorMsg::KindSingle,
        QuestionKind::Multiple => AuthorMsg::KindMultiple,
        QuestionKind::TrueFalse => AuthorMsg::KindTrueFalse,
        QuestionKind::Ordering => AuthorMsg::KindOrdering,
        QuestionKind::Matching => AuthorMsg::KindMatching,
    })
}

/// How the options of a question kind are keyed, above the options table.
pub fn key_hint(l: Locale, kind: QuestionKind) -> &'static str {
    l.t(match kind {
        QuestionKind::Single => AuthorMsg::HintSingle,
        QuestionKind::Multiple => AuthorMsg::HintMultiple,
        QuestionKind::TrueFalse => AuthorMsg::HintTrueFalse,
        QuestionKind::Ordering => AuthorMsg::HintOrdering,
        QuestionKind::Matching => AuthorMsg::HintMatching,
    })
}

/// A version in the module list: "version 3".
pub fn version_short(l: Locale, number: i32) -> String {
    say!(l, AuthorVersionShort { number })
}

/// The status line at the top of the module editor.
pub fn version_status_line(l: Locale, number: i32, status: VersionStatus) -> String {
    say!(l, AuthorVersionStatusLine { number, status: status.code() })
}

/// One link of the module's version list: "v2 (draft)".
pub fn version_chip(l: Locale, number: i32, status: VersionStatus) -> String {
    say!(l, AuthorVersionChip { number, status: version_status(l, status) })
}

/// A time limit in the settings summary.
pub fn minutes(l: Locale, n: i32) -> String {
    say!(l, AuthorMinutes { minutes: n })
}

/// The accessible name of a row's up, down or delete button. `action` is the form's value
/// (`up`, `down`, `delete`) and `what` the row's kind (`lesson`, `question`).
pub fn row_action_label(l: Locale, action: &str, what: &str) -> String {
    say!(l, AuthorRowAction { action, what })
}

pub fn lessons_heading(l: Locale, n: usize) -> String {
    say!(l, AuthorLessonsHeading { count: n })
}

pub fn questions_heading(l: Locale, n: usize) -> String {
    say!(l, AuthorQuestionsHeading { count: n })
}

/// A question's kind and worth, after its prompt in the outline.
pub fn question_facts(l: Locale, kind: QuestionKind, points: i32) -> String {
    say!(l, AuthorQuestionFacts { kind: question_kind(l, kind), points })
}

/// The heading of the question editor.
pub fn question_title(l: Locale, kind: QuestionKind) -> String {
    say!(l, AuthorQuestionTitle { kind: question_kind(l, kind) })
}

/// A cell of the options table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionField {
    Text,
    Correct,
    Place,
    Match,
    Feedback,
}

/// The accessible name of one cell of the options table; `n` counts from 1.
pub fn option_field(l: Locale, n: usize, field: OptionField) -> String {
    let field = match field {
        OptionField::Text => "text",
        OptionField::Correct => "correct",
        OptionField::Place => "place",
        OptionField::Match => "match",
        OptionField::Feedback => "feedback",
    };
    say!(l, AuthorOptionField { number: n, field })
}

/// The notice above a preview.
pub fn preview_notice(l: Locale, number: i32, status: VersionStatus) -> String {
    say!(l, AuthorPreviewNotice { number, status: version_status(l, status) })
}

pub fn analysis_title(l: Locale, number: i32) -> String {
    say!(l, AuthorAnalysisTitle { number })
}

/// What the item analysis table shows, with the number of attempts it is based on.
pub fn analysis_intro(l: Locale, attempts: u64) -> String {
    say!(l, AuthorAnalysisIntro { attempts })
}

/// One flag of the item analysis, in the reader's language.
pub fn item_flag(l: Locale, flag: ItemFlag) -> &'static str {
    l.t(match flag {
        ItemFlag::TooEasy => AuthorMsg::FlagTooEasy,
        ItemFlag::TooHard => AuthorMsg::FlagTooHard,
        ItemFlag::DiscriminatesNegatively => AuthorMsg::FlagNegative,
    })
}

/// A question's flags, translated and joined.
pub fn item_flags(l: Locale, flags: &[ItemFlag]) -> String {
    let separator = l.t(AuthorMsg::FlagSeparator);
    flags.iter().map(|f| item_flag(l, *f)).collect::<Vec<_>>().join(separator)
}

/// When a module shows its key, as the settings form offers it.
pub fn key_shown(l: Locale, k: KeyShown) -> &'static str {
    l.t(match k {
        KeyShown::AfterPassOrLastAttempt => AuthorMsg::KeyShownAfterPassOrLastAttempt,
        KeyShown::Always => AuthorMsg::KeyShownAlways,
        KeyShown::Never => AuthorMsg::KeyShownNever,
    })
}

/// The editor's warning when right answers sit in the same place question after question.
pub fn key_pattern_warning(l: Locale, p: KeyPattern) -> String {
    let KeyPattern { place, questions, of } = p;
    say!(l, AuthorKeyPatternWarning { place, questions, of })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn arabic_sentences_and_unchanged_english() {
        assert_eq!(
            version_status_line(Locale::Ar, 2, VersionStatus::Draft),
            "الإصدار 2: مسودة — لا يراه المتدربون بعد"
        );
        assert_eq!(question_facts(Locale::Ar, QuestionKind::Single, 2), "اختيار واحد · نقطتان");
        assert_eq!(
            item_flags(Locale::Ar, &[ItemFlag::TooHard, ItemFlag::DiscriminatesNegatively]),
            "صعب جداً، تمييز سلبي"
        );
        assert_eq!(row_action_label(Locale::Ar, "up", "lesson"), "نقل الدرس إلى الأعلى");
        assert_eq!(row_action_label(Locale::Ar, "delete", "question"), "حذف السؤال");
        assert_eq!(option_field(Locale::Ar, 3, OptionField::Correct), "الخيار 3 صحيح");
        // The English stays what the end-to-end tests read.
        assert_eq!(
            version_status_line(Locale::En, 2, VersionStatus::Published),
            "Version 2: published — frozen; trainees get this version"
        );
        assert_eq!(question_facts(Locale::En, QuestionKind::Single, 2), "Single choice · 2 pt");
        assert_eq!(version_chip(Locale::En, 1, VersionStatus::Draft), "v1 (draft)");
        assert_eq!(row_action_label(Locale::En, "delete", "lesson"), "Delete lesson");
        assert_eq!(row_action_label(Locale::En, "up", "question"), "↑ question");
        assert_eq!(option_field(Locale::En, 1, OptionField::Text), "Option 1 text");
        assert_eq!(
            key_pattern_warning(Locale::En, KeyPattern { place: 1, questions: 4, of: 5 }),
            "In 4 of the 5 questions shown in the order written, the right answer is option 1. \
             A trainee who notices can pass without reading: mix the options, or let them be shuffled."
        );
        for kind in QuestionKind::ALL {
            assert_eq!(question_kind(Locale::En, kind), kind.label());
        }
        for status in [VersionStatus::Draft, VersionStatus::Published, VersionStatus::Archived] {
            assert_eq!(version_status(Locale::En, status), status.code());
        }
    }
}
