//! Dashboards and reports: what supervisors and coordinators read.

use serde::{Deserialize, Serialize};

/// Where a person stands with a module, as a dashboard cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CellStatus {
    NotStarted,
    InProgress,
    Passed,
    Failed,
    Overdue,
}

impl CellStatus {
    pub const ALL: [CellStatus; 5] = [
        CellStatus::NotStarted,
        CellStatus::InProgress,
        CellStatus::Passed,
        CellStatus::Failed,
        CellStatus::Overdue,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CellStatus::NotStarted => "not_started",
            CellStatus::InProgress => "in_progress",
            CellStatus::Passed => "passed",
            CellStatus::Failed => "failed",
            CellStatus::Overdue => "overdue",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CellStatus::NotStarted => "not started",
            CellStatus::InProgress => "in progress",
            CellStatus::Passed => "passed",
            CellStatus::Failed => "failed",
            CellStatus::Overdue => "overdue",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub trainees: usize,
    /// Person × module pairs assigned.
    pub assignments: usize,
    /// Assigned pairs completed.
    pub completed: usize,
    /// `completed / assignments`, in percent (0 when nothing is assigned).
    pub completion_rate: f64,
    /// Mean of the best scores of every attempted person × module pair, in percent.
    pub average_best_score: Option<f64>,
    pub overdue: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub status: CellStatus,
    pub best_percent: Option<f64>,
    pub attempts: u32,
    pub assigned: bool,
    pub due_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyDashboard {
    pub agency_id: i32,
    pub agency_name: String,
    pub headline: Headline,
    /// Columns: (module id, title).
    pub modules: Vec<(i32, String)>,
    pub rows: Vec<MatrixRow>,
}

/// One country's column of the country report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryColumn {
    pub code: String,
    pub name: String,
    /// Active trainees and supervisors.
    pub learners: u64,
}

/// Completion of one module per country: completed learners / learners, in percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleRow {
    pub module_id: i32,
    pub title: String,
    pub completed: Vec<u64>,
    pub percent: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryReport {
    pub countries: Vec<CountryColumn>,
    pub modules: Vec<ModuleRow>,
    /// (month `YYYY-MM`, completions).
    pub per_month: Vec<(String, u64)>,
}

/// A share in percent, rounded to one decimal; 0 of 0 is 0.
pub fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { (part as f64 * 1000.0 / whole as f64).round() / 10.0 }
}

/// How each question of a published version performs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemAnalysis {
    pub version_id: i32,
    pub module_id: i32,
    pub title: String,
    pub number: i32,
    /// Submitted attempts analysed.
    pub attempts: u64,
    pub questions: Vec<ItemStat>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemStat {
    pub question_id: i32,
    pub prompt: String,
    /// Attempts that were asked this question.
    pub answered: u64,
    /// Share answering fully correctly, 0–1.
    pub correct_share: f64,
    /// Upper 27 % minus lower 27 % correct share, −1…1 (needs at least 4 attempts).
    pub discrimination: Option<f64>,
    /// (option text, times chosen, correct) — choice questions only.
    pub options: Vec<(String, u64, bool)>,
    pub flags: Vec<String>,
}

/// What a question's figures suggest a trainer should look at (pure).
pub fn item_flags(correct_share: f64, discrimination: Option<f64>, answered: u64) -> Vec<String> {
    let mut flags = vec![];
    if answered == 0 {
        return flags;
    }
    if correct_share > 0.9 {
        flags.push("too easy".to_owned());
    }
    if correct_share < 0.2 {
        flags.push("too hard".to_owned());
    }
    if discrimination.is_some_and(|d| d < 0.0) {
        flags.push("discriminates negatively".to_owned());
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_easy_hard_and_misleading_questions() {
        assert_eq!(item_flags(0.95, Some(0.1), 40), ["too easy"]);
        assert_eq!(item_flags(0.1, Some(0.3), 40), ["too hard"]);
        assert_eq!(item_flags(0.5, Some(-0.2), 40), ["discriminates negatively"]);
        assert!(item_flags(0.5, Some(0.4), 40).is_empty());
        assert!(item_flags(0.0, None, 0).is_empty(), "nothing to say without answers");
    }

    #[test]
    fn shares_round_and_survive_zero() {
        assert_eq!(share(1, 3), 33.3);
        assert_eq!(share(0, 0), 0.0);
    }
}
