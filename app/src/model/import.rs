//! Bulk import of people from CSV: what the preview shows and what an import did.

use serde::{Deserialize, Serialize};

use crate::model::problem::Problem;

/// The columns an import file must have (in any order, header names case-insensitive).
pub const COLUMNS: [&str; 5] = ["email", "name", "role", "agency", "country"];
/// More rows than this go in several files: an import is one transaction.
pub const MAX_ROWS: usize = 2000;

/// Roughly how many seconds importing `people` takes: each first password is hashed (argon2id,
/// about 50 ms here), one at a time so that sign-ins keep the other cores.
pub fn import_seconds(people: usize) -> u64 {
    (people as u64).div_ceil(20).max(1)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// The line in the file (the header is line 1).
    pub line: usize,
    pub email: String,
    pub name: String,
    pub role: String,
    pub agency: String,
    pub country: String,
    /// Everything wrong with the row; empty when it can be imported.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub rows: Vec<ImportRow>,
    /// A problem with the whole file (no header, wrong columns, too many rows).
    pub file_problem: Option<Problem>,
}

impl ImportPreview {
    pub fn valid(&self) -> usize {
        self.rows.iter().filter(|r| r.problems.is_empty()).count()
    }

    pub fn invalid(&self) -> usize {
        self.rows.len() - self.valid()
    }
}

/// A new account and its first password, shown once to the admin to hand over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedPassword {
    pub email: String,
    pub name: String,
    pub password: String,
}

/// What the import page shows about the admin's import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportStatus {
    /// The import form's one-time key, made when the file was uploaded.
    pub key: Option<String>,
    pub progress: ImportProgress,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportProgress {
    #[default]
    Nothing,
    /// Under way: the first passwords of `hashed` of `total` people are ready.
    Running { hashed: usize, total: usize },
    /// Just finished: the first passwords, shown this once.
    Done { issued: Vec<IssuedPassword> },
    /// Finished earlier: its first passwords were shown once and cannot be shown again.
    Shown { created: usize },
}
