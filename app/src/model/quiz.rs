//! A quiz as a trainee sees it, before and after submission.
//!
//! Before submission a trainee's page receives only [`QuizQuestion`]s: they have no field that
//! could carry the answer key (which option is right, the right order, the right match).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::authoring::QuestionKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizQuestion {
    pub id: i32,
    pub kind: QuestionKind,
    pub prompt: String,
    pub scenario: Option<String>,
    pub points: i32,
    /// In the order to show them (shuffled when the module says so).
    pub options: Vec<QuizOption>,
    /// Matching only: the right-hand answers to choose from, sorted alphabetically so that their
    /// order tells nothing.
    pub match_choices: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizOption {
    pub id: i32,
    pub text: String,
}

/// What a trainee answered to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// Single, multiple, true/false: the options ticked.
    Choice(Vec<i32>),
    /// Ordering: each option's place as the trainee gave it.
    Order(Vec<(i32, i32)>),
    /// Matching: each option's chosen match.
    Match(Vec<(i32, String)>),
}

/// The form field of a question's answer: `answers[q12]` (one choice) or `answers[q12_34]`
/// (option 34 of question 12: ticked, its place, or its match).
pub fn field_name(question: i32, option: Option<i32>) -> String {
    match option {
        Some(o) => format!("answers[q{question}_{o}]"),
        None => format!("answers[q{question}]"),
    }
}

/// Reads one question's answer out of the submitted form (`answers` without the prefix).
/// Anything unknown or malformed is ignored: it can only cost the trainee, never score.
pub fn answer_from_form(question: &QuizQuestion, form: &HashMap<String, String>) -> Answer {
    let option_value =
        |o: &QuizOption| form.get(&format!("q{}_{}", question.id, o.id)).map(|v| v.trim());
    match question.kind {
        QuestionKind::Single | QuestionKind::TrueFalse => Answer::Choice(
            form.get(&format!("q{}", question.id))
                .and_then(|v| v.trim().parse().ok())
                .filter(|id| question.options.iter().any(|o| o.id == *id))
                .into_iter()
                .collect(),
        ),
        QuestionKind::Multiple => Answer::Choice(
            question
                .options
                .iter()
                .filter(|o| option_value(o).is_some_and(|v| !v.is_empty()))
                .map(|o| o.id)
                .collect(),
        ),
        QuestionKind::Ordering => Answer::Order(
            question
                .options
                .iter()
                .filter_map(|o| Some((o.id, option_value(o)?.parse().ok()?)))
                .collect(),
        ),
        QuestionKind::Matching => Answer::Match(
            question
                .options
                .iter()
                .filter_map(|o| {
                    option_value(o).filter(|v| !v.is_empty()).map(|v| (o.id, v.to_owned()))
                })
                .collect(),
        ),
    }
}

/// A scored quiz: after submission, so it shows the key, feedback and explanations.
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
    /// What the trainee gave: "✓" ticked, a place, a match, or empty.
    pub given: String,
    /// The key: [`OptionResult::CORRECT`] / "" for choices, the right place, or the right match.
    pub expected: String,
    pub right: bool,
    pub feedback: String,
}

impl OptionResult {
    /// `expected` of a choice option that is a right answer: a code pages put into words.
    pub const CORRECT: &'static str = "correct";
}
