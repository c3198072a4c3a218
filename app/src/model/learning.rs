//! What trainees see of their learning. None of these types can hold an answer key: results
//! ([`QuizResult`]) appear only after submission.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::quiz::{QuizQuestion, ResultReview};

/// A module on the trainee's home page and in "My learning".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleCard {
    pub module_id: i32,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub estimated_minutes: i32,
    pub lessons_total: usize,
    pub lessons_read: usize,
    pub attempts_used: usize,
    pub best_percent: Option<f64>,
    pub passed: bool,
    pub certificate_code: Option<String>,
    /// Where "continue" goes: the first unread lesson, the open attempt, or the module page.
    pub continue_to: String,
    /// Assigned to the person (directly or through their agency).
    pub assigned: bool,
    /// The earliest due date of its assignments, `YYYY-MM-DD`.
    pub due_on: Option<String>,
    pub overdue: bool,
}

impl ModuleCard {
    pub fn status(&self) -> &'static str {
        match (&self.certificate_code, self.passed, self.lessons_read, self.attempts_used) {
            (Some(_), _, _, _) => "completed",
            (None, true, _, _) => "passed",
            (None, false, 0, 0) => "not started",
            _ => "in progress",
        }
    }

    /// Lessons read plus the quiz passed, out of lessons plus one.
    pub fn progress_percent(&self) -> u32 {
        let done = self.lessons_read + usize::from(self.passed);
        (done * 100 / (self.lessons_total + 1).max(1)) as u32
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonLink {
    pub id: i32,
    pub title: String,
    pub read: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptSummary {
    pub id: i32,
    pub number: i32,
    pub submitted: bool,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub late: bool,
}

/// A module's page: lessons, quiz, attempts, certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleOverview {
    pub card: ModuleCard,
    pub lessons: Vec<LessonLink>,
    pub pass_mark_percent: i32,
    pub max_attempts: Option<i32>,
    pub time_limit_minutes: Option<i32>,
    pub questions: usize,
    pub attempts: Vec<AttemptSummary>,
    pub open_attempt: Option<i32>,
    /// Why a new attempt cannot start, if it cannot.
    pub cannot_start: Option<crate::model::problem::Problem>,
    /// The languages it can be read in: its own first, then its published translations.
    pub languages: Vec<crate::model::locale::Locale>,
    /// Where the trainee stands with the module's pre-test.
    pub pretest: crate::model::evaluation::PretestStanding,
    /// Their pre-test score, once taken.
    pub pretest_percent: Option<f64>,
    /// Completed, and the reaction survey not yet answered.
    pub survey_due: bool,
}

/// The pages of one module that a phone keeps for offline reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfflineCopy {
    pub module_id: i32,
    pub urls: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonPage {
    pub module_id: i32,
    pub module_title: String,
    pub id: i32,
    pub title: String,
    /// Rendered and sanitised on the server.
    pub html: String,
    /// 1-based place among the module's lessons.
    pub number: usize,
    pub total: usize,
    pub read: bool,
    pub previous: Option<i32>,
    pub next: Option<i32>,
    /// The language it is shown in (a code, as `ModuleCard::language`).
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptPage {
    pub id: i32,
    pub module_id: i32,
    pub module_title: String,
    pub number: i32,
    /// Without answer keys.
    pub questions: Vec<QuizQuestion>,
    /// The trainee's own saved answers, to refill the form.
    pub saved: HashMap<String, String>,
    /// The sequence number of those answers (the newest save's), when a script saved them.
    pub saved_seq: Option<i64>,
    /// Milliseconds since the epoch, when there is a time limit.
    pub deadline_ms: Option<i64>,
    pub seconds_left: Option<i64>,
    /// After submission: what the module's review policy shows.
    pub result: Option<ResultReview>,
    pub late: bool,
    /// The language the attempt was started in, and is shown in.
    pub language: String,
    /// The trainer's choice: one question per screen.
    pub one_per_screen: bool,
    /// The module's pre-test (scored, never counted, no feedback), not its quiz.
    pub pretest: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Certificate {
    pub code: String,
    pub name: String,
    pub module_title: String,
    pub version: i32,
    pub completed_on: String,
    pub percent: f64,
    pub agency: Option<String>,
    /// The day an admin revoked it, if they did.
    pub revoked_on: Option<String>,
}

/// What the public verification page confirms — nothing more — as it was when earned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    pub name: String,
    pub agency: Option<String>,
    pub module_title: String,
    pub version: i32,
    pub completed_on: String,
    /// The day an admin revoked it, if they did.
    pub revoked_on: Option<String>,
}
