//! The words of the CSV downloads (`## csv` in the .ftl files): column names and status words in
//! the reader's language. Numbers stay plain so a spreadsheet computes with them.

use super::Locale;

pub use super::keys::CsvMsg;

impl Locale {
    /// A matrix cell with the best score: "passed (best 100 %)".
    pub fn csv_best(self, status: &str, percent: f64) -> String {
        say!(self, CsvBest { status, percent: self.percent(percent) })
    }

    /// "Jordan completed", "Jordan learners", "Jordan %": a column per country or module.
    pub fn csv_completed_in(self, name: &str) -> String {
        say!(self, CsvCompletedIn { name })
    }

    pub fn csv_learners_in(self, name: &str) -> String {
        say!(self, CsvLearnersIn { name })
    }

    pub fn csv_percent_in(self, name: &str) -> String {
        say!(self, CsvPercentIn { name })
    }
}
