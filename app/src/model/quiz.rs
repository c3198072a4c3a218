//! A quiz as a trainee sees it, before and after submission.
//!
//! Before submission a trainee's page receives only [`QuizQuestion`]s. They have no field that
//! could carry the answer key, and nothing in them follows it: questions, options and matching
//! choices are named by their place in this attempt's shuffled order (a token that means nothing
//! outside the attempt), never by database id or authored position. The server maps the tokens
//! back from the attempt's seed.
//!
//! After submission the page receives a [`ResultReview`]: the stored [`QuizResult`] cut down to
//! what the module's [`ReviewPolicy`] shows.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::authoring::{QuestionKind, ReviewPolicy};

/// A question of an attempt. Its token is its place in the attempt (0, 1, 2…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizQuestion {
    pub kind: QuestionKind,
    pub prompt: String,
    pub scenario: Option<String>,
    pub points: i32,
    /// The options' texts in the order to show them; an option's token is its index here.
    pub options: Vec<String>,
    /// Matching only: the right-hand answers to choose from, in this attempt's own shuffled
    /// order; a choice's token is its index here.
    pub match_choices: Vec<String>,
}

/// What a trainee answered to one question, in the server's terms (option ids). Made on the
/// server from the form's tokens; never sent to a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Single, multiple, true/false: the options ticked.
    Choice(Vec<i32>),
    /// Ordering: each option's place as the trainee gave it.
    Order(Vec<(i32, i32)>),
    /// Matching: each option's chosen match.
    Match(Vec<(i32, String)>),
}

/// The form field of an answer, without the `answers[…]` wrapper: `q3` (question 3's one
/// choice) or `q3_1` (option 1 of question 3: ticked, its place, or its match). Both numbers
/// are tokens: places in the attempt.
pub fn answer_key(question: usize, option: Option<usize>) -> String {
    match option {
        Some(o) => format!("q{question}_{o}"),
        None => format!("q{question}"),
    }
}

/// The query word of the quiz page after "Save answers" without JavaScript
/// (`/attempts/7?saved=1`): the page says the answers are saved.
pub const SAVED: &str = "saved";

/// The `id` of the quiz form, which the quiz island reads the answers from.
pub const QUIZ_FORM: &str = "quiz";
/// What every answer field's name starts with: `answers[`, then [`answer_key`], then `]`.
pub const ANSWERS_PREFIX: &str = "answers[";

/// The form field of an answer as the quiz form posts it: `answers[q3]`, `answers[q3_1]`.
pub fn field_name(question: usize, option: Option<usize>) -> String {
    format!("{ANSWERS_PREFIX}{}]", answer_key(question, option))
}

/// The query word of the quiz page that asks to confirm the submission
/// (`/attempts/7?review=1`).
pub const REVIEW: &str = "review";
/// The query word of the question shown, in a quiz of one question per screen
/// (`/attempts/7?q=3`, counted from 1).
pub const SHOWN: &str = "q";

/// What a button of the quiz form asks for (its `action` value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Keep the answers, stay on the page.
    Save,
    /// Keep the answers and show question `n` (counted from 1): one question per screen.
    Show(usize),
    /// Keep the answers and ask to confirm the submission, listing what is unanswered.
    Review,
    /// Score the answers sent with the form (the countdown, at time up; API clients).
    Submit,
    /// Score the answers kept for the attempt: the confirmation page's button.
    SubmitSaved,
}

impl QuizAction {
    pub fn code(self) -> String {
        match self {
            QuizAction::Save => "save".into(),
            QuizAction::Show(n) => format!("show-{n}"),
            QuizAction::Review => "review".into(),
            QuizAction::Submit => "submit".into(),
            QuizAction::SubmitSaved => "submit-saved".into(),
        }
    }

    /// The action a form sent; none (an older page, a script) is [`QuizAction::Submit`].
    pub fn from_code(code: Option<&str>) -> Option<Self> {
        Some(match code {
            None | Some("submit") => QuizAction::Submit,
            Some("save") => QuizAction::Save,
            Some("review") => QuizAction::Review,
            Some("submit-saved") => QuizAction::SubmitSaved,
            Some(other) => QuizAction::Show(other.strip_prefix("show-")?.parse().ok()?),
        })
    }
}

/// Whether a question counts as answered, from the values of its fields that are set: a
/// choice ticked; for ordering and matching, every one of its `options` given a place or a
/// match. The quiz page and its script count with this one rule.
pub fn is_answered(kind: QuestionKind, options: usize, given: &[&str]) -> bool {
    let set = given.iter().filter(|v| !v.trim().is_empty()).count();
    match kind {
        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Multiple => set > 0,
        QuestionKind::Ordering | QuestionKind::Matching => options > 0 && set >= options,
    }
}

impl QuizQuestion {
    /// Whether this question, the `index`th of its attempt, is answered in `saved`.
    pub fn answered_in(&self, index: usize, saved: &HashMap<String, String>) -> bool {
        let given: Vec<&str> = match self.kind {
            QuestionKind::Single | QuestionKind::TrueFalse => {
                saved.get(&answer_key(index, None)).map(String::as_str).into_iter().collect()
            }
            _ => (0..self.options.len())
                .filter_map(|t| saved.get(&answer_key(index, Some(t))).map(String::as_str))
                .collect(),
        };
        is_answered(self.kind, self.options.len(), &given)
    }
}

/// Time left as the quiz shows it: `12:05`.
pub fn clock(seconds: i64) -> String {
    let seconds = seconds.max(0);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A scored quiz with everything: the key, feedback and explanations. Stored with the attempt;
/// a trainee only ever receives it through [`review`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizResult {
    pub earned: f64,
    pub possible: f64,
    pub percent: f64,
    pub passed: bool,
    pub pass_mark_percent: i32,
    pub questions: Vec<QuestionResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub prompt: String,
    pub kind: QuestionKind,
    pub earned: f64,
    pub points: i32,
    pub explanation: String,
    pub options: Vec<OptionResult>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionResult {
    pub text: String,
    /// What the trainee gave: [`OptionResult::TICKED`], a place, a match, or empty.
    pub given: String,
    /// The key: [`OptionResult::CORRECT`] / "" for choices, the right place, or the right match.
    pub expected: String,
    pub right: bool,
    pub feedback: String,
}

impl OptionResult {
    /// `expected` of a choice option that is a right answer: a code pages put into words.
    pub const CORRECT: &'static str = "correct";
    /// `given` of a choice option the trainee ticked.
    pub const TICKED: &'static str = "✓";
}

/// A submitted attempt as the trainee may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultReview {
    pub passed: bool,
    pub pass_mark_percent: i32,
    /// Points and percentage, when the policy shows them.
    pub score: Option<Score>,
    /// Whether the right answers and explanations are shown.
    pub key_shown: bool,
    /// Whether they will be, once the trainee passes or has no attempt left.
    pub key_later: bool,
    pub questions: Vec<QuestionReview>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub earned: f64,
    pub possible: f64,
    pub percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionReview {
    pub prompt: String,
    pub kind: QuestionKind,
    pub points: i32,
    /// Points earned and how the answer did, when the policy shows correctness.
    pub outcome: Option<(f64, Outcome)>,
    /// With the key only.
    pub explanation: Option<String>,
    pub options: Vec<OptionReview>,
}

/// How one answer did, said in words on the page (never by colour alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Right,
    PartlyRight,
    Wrong,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionReview {
    pub text: String,
    /// The trainee's own answer: [`OptionResult::TICKED`], a place, a match, or empty.
    pub given: String,
    /// With the key only: [`OptionResult::CORRECT`] / "" for choices, the right place or match.
    pub expected: Option<String>,
    /// With the key only: whether the trainee's answer for this option was right.
    pub right: Option<bool>,
    /// With the key: every option's feedback; with feedback alone: the chosen options' only.
    pub feedback: Option<String>,
}

/// Cuts a stored result down to what `policy` shows. `key_shown` says whether the key may be
/// shown now (see [`KeyShown::open`](crate::model::authoring::KeyShown::open)).
pub fn review(result: &QuizResult, policy: &ReviewPolicy, key_shown: bool) -> ResultReview {
    ResultReview {
        passed: result.passed,
        pass_mark_percent: result.pass_mark_percent,
        score: policy.score.then_some(Score {
            earned: result.earned,
            possible: result.possible,
            percent: result.percent,
        }),
        key_shown,
        key_later: !key_shown
            && policy.key == crate::model::authoring::KeyShown::AfterPassOrLastAttempt,
        questions: result
            .questions
            .iter()
            .map(|q| {
                // Multiple choice is left out: ticking every option would return every
                // option's feedback, which is the whole key.
                let chosen_feedback = policy.feedback
                    && matches!(q.kind, QuestionKind::Single | QuestionKind::TrueFalse);
                QuestionReview {
                    prompt: q.prompt.clone(),
                    kind: q.kind,
                    points: q.points,
                    outcome: (policy.correctness || key_shown)
                        .then(|| (q.earned, outcome(q.earned, q.points))),
                    explanation: (key_shown && !q.explanation.is_empty())
                        .then(|| q.explanation.clone()),
                    options: q
                        .options
                        .iter()
                        .map(|o| OptionReview {
                            text: o.text.clone(),
                            given: o.given.clone(),
                            expected: key_shown.then(|| o.expected.clone()),
                            right: key_shown.then_some(o.right),
                            feedback: (key_shown || (chosen_feedback && !o.given.is_empty()))
                                .then(|| o.feedback.clone())
                                .filter(|f| !f.is_empty()),
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

fn outcome(earned: f64, points: i32) -> Outcome {
    if earned >= f64::from(points) {
        Outcome::Right
    } else if earned > 0.0 {
        Outcome::PartlyRight
    } else {
        Outcome::Wrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::authoring::KeyShown;

    fn result() -> QuizResult {
        let option = |text: &str, given: &str, correct: bool, feedback: &str| OptionResult {
            text: text.into(),
            given: given.into(),
            expected: if correct { OptionResult::CORRECT.into() } else { String::new() },
            right: (given == OptionResult::TICKED) == correct,
            feedback: feedback.into(),
        };
        QuizResult {
            earned: 0.0,
            possible: 1.0,
            percent: 0.0,
            passed: false,
            pass_mark_percent: 75,
            questions: vec![QuestionResult {
                prompt: "Which?".into(),
                kind: QuestionKind::Single,
                earned: 0.0,
                points: 1,
                explanation: "EXPLAINED".into(),
                options: vec![
                    option("right", "", true, "RIGHT-FEEDBACK"),
                    option("wrong", OptionResult::TICKED, false, "CHOSEN-FEEDBACK"),
                ],
            }],
        }
    }

    fn question(kind: QuestionKind, options: usize) -> QuizQuestion {
        QuizQuestion {
            kind,
            prompt: "?".into(),
            scenario: None,
            points: 1,
            options: (0..options).map(|o| o.to_string()).collect(),
            match_choices: vec![],
        }
    }

    fn saved(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn quiz_actions_read_back_what_they_write_and_refuse_the_rest() {
        for a in [
            QuizAction::Save,
            QuizAction::Show(3),
            QuizAction::Review,
            QuizAction::Submit,
            QuizAction::SubmitSaved,
        ] {
            assert_eq!(QuizAction::from_code(Some(&a.code())), Some(a));
        }
        assert_eq!(QuizAction::from_code(None), Some(QuizAction::Submit));
        for bad in ["", "show-", "show-x", "show--1", "SUBMIT", "delete"] {
            assert_eq!(QuizAction::from_code(Some(bad)), None, "{bad}");
        }
    }

    #[test]
    fn a_choice_is_answered_once_one_option_is_ticked() {
        let single = question(QuestionKind::Single, 3);
        assert!(!single.answered_in(2, &saved(&[])));
        assert!(!single.answered_in(2, &saved(&[("q2", " ")])), "blank is no answer");
        assert!(!single.answered_in(2, &saved(&[("q1", "0")])), "another question's answer");
        assert!(single.answered_in(2, &saved(&[("q2", "0")])));
        let multiple = question(QuestionKind::Multiple, 3);
        assert!(!multiple.answered_in(0, &saved(&[("q0", "on")])), "a multiple has no q0");
        assert!(multiple.answered_in(0, &saved(&[("q0_2", "on")])));
    }

    #[test]
    fn ordering_and_matching_are_answered_only_when_every_option_is_given() {
        for kind in [QuestionKind::Ordering, QuestionKind::Matching] {
            let q = question(kind, 3);
            assert!(!q.answered_in(1, &saved(&[("q1_0", "1"), ("q1_1", "2")])), "{kind:?}");
            assert!(!q.answered_in(1, &saved(&[("q1_0", "1"), ("q1_1", "2"), ("q1_2", "")])));
            assert!(q.answered_in(1, &saved(&[("q1_0", "1"), ("q1_1", "2"), ("q1_2", "3")])));
        }
        assert!(!is_answered(QuestionKind::Ordering, 0, &[]), "nothing to order is not answered");
    }

    #[test]
    fn a_failed_attempt_with_attempts_left_shows_no_key() {
        let policy = ReviewPolicy::default();
        let shown = review(&result(), &policy, policy.key.open(false, false));
        let text = serde_json::to_string(&shown).unwrap();
        assert!(!text.contains("EXPLAINED") && !text.contains("RIGHT-FEEDBACK"), "{text}");
        assert!(!text.contains(OptionResult::CORRECT), "{text}");
        assert!(text.contains("CHOSEN-FEEDBACK"), "feedback on the chosen option: {text}");
        let q = &shown.questions[0];
        assert_eq!(q.outcome, Some((0.0, Outcome::Wrong)));
        assert!(q.options.iter().all(|o| o.right.is_none() && o.expected.is_none()));
        assert!(shown.key_later && !shown.key_shown);
        assert!(shown.score.is_some());
    }

    #[test]
    fn ticking_every_option_of_a_multiple_choice_question_returns_no_feedback() {
        let mut all = result();
        let q = &mut all.questions[0];
        q.kind = QuestionKind::Multiple;
        for o in &mut q.options {
            o.given = OptionResult::TICKED.into();
        }
        let policy = ReviewPolicy::default();
        let shown = review(&all, &policy, false);
        let text = serde_json::to_string(&shown).unwrap();
        assert!(!text.contains("FEEDBACK"), "the key through the feedback: {text}");
        assert!(shown.questions[0].options.iter().all(|o| o.given == OptionResult::TICKED));
    }

    #[test]
    fn the_key_appears_once_open_and_each_part_follows_its_switch() {
        let policy = ReviewPolicy::default();
        let shown = review(&result(), &policy, true);
        let text = serde_json::to_string(&shown).unwrap();
        assert!(text.contains("EXPLAINED") && text.contains("RIGHT-FEEDBACK"), "{text}");
        assert_eq!(shown.questions[0].options[0].expected.as_deref(), Some(OptionResult::CORRECT));

        let quiet = ReviewPolicy {
            score: false,
            correctness: false,
            feedback: false,
            key: KeyShown::Never,
        };
        let shown = review(&result(), &quiet, quiet.key.open(true, true));
        let text = serde_json::to_string(&shown).unwrap();
        assert!(shown.score.is_none() && shown.questions[0].outcome.is_none());
        assert!(!text.contains("FEEDBACK") && !text.contains("EXPLAINED"), "{text}");
        assert!(!shown.key_later);
    }
}
