//! Bulk import of people from CSV: what the preview shows and what an import did.

use serde::{Deserialize, Serialize};

/// The columns an import file must have (in any order, header names case-insensitive).
pub const COLUMNS: [&str; 5] = ["email", "name", "role", "agency", "country"];
/// More rows than this go in several files: an import is one transaction.
pub const MAX_ROWS: usize = 2000;

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
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub rows: Vec<ImportRow>,
    /// A problem with the whole file (no header, wrong columns, too many rows).
    pub file_problem: Option<String>,
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
