//! One learner's progress, attempts and scores, for their supervisor.

use serde::{Deserialize, Serialize};

use super::CellStatus;

/// One person's standing in one module, on their progress page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonModule {
    pub module_id: i32,
    pub title: String,
    pub assigned: bool,
    pub due_on: Option<String>,
    pub status: CellStatus,
    pub lessons_read: u32,
    pub attempts: u32,
    pub best_percent: Option<f64>,
    pub completed_on: Option<String>,
}

/// One quiz attempt, as a supervisor reads it (scores only, never answers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonAttempt {
    pub module_title: String,
    pub version: i32,
    pub number: i32,
    pub started_at: String,
    pub submitted_at: Option<String>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub late: bool,
}

/// A trainee's progress, attempts and scores, for their supervisor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonProgress {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub active: bool,
    pub agency_id: i32,
    pub agency_name: String,
    pub modules: Vec<PersonModule>,
    pub attempts: Vec<PersonAttempt>,
}
