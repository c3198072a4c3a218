//! Completion per country, per kind of agency and per agency.

use serde::{Deserialize, Serialize};

/// One country's column of the country report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryColumn {
    pub code: String,
    pub name: String,
    pub name_ar: String,
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

/// One group of learners in a country (the whole country, an agency kind or an agency):
/// completions per module and the share of the group's learners they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRow {
    pub label: String,
    /// The agency, for rows that are one.
    pub agency_id: Option<i32>,
    /// The kind of agency, for rows that are one (so pages can name it in their language).
    pub kind: Option<crate::model::accounts::AgencyKind>,
    pub learners: u64,
    pub completed: Vec<u64>,
    pub percent: Vec<f64>,
}

impl GroupRow {
    /// A row from per-module completion counts (pure).
    pub fn new(label: String, agency_id: Option<i32>, learners: u64, completed: Vec<u64>) -> Self {
        let percent = completed.iter().map(|n| share(*n, learners)).collect();
        GroupRow { label, agency_id, kind: None, learners, completed, percent }
    }

    /// The sum of several rows, under a new label (pure).
    pub fn total<'a>(
        label: String,
        rows: impl IntoIterator<Item = &'a GroupRow>,
        modules: usize,
    ) -> Self {
        let (learners, completed) =
            rows.into_iter().fold((0, vec![0; modules]), |(l, mut c), r| {
                c.iter_mut().zip(&r.completed).for_each(|(a, b)| *a += b);
                (l + r.learners, c)
            });
        GroupRow::new(label, None, learners, completed)
    }
}

/// One country's completion per module: whole country, per agency kind and per agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryDetail {
    pub code: String,
    pub name: String,
    pub name_ar: String,
    /// Columns: published modules (id, title).
    pub modules: Vec<(i32, String)>,
    pub whole: GroupRow,
    pub by_kind: Vec<GroupRow>,
    pub by_agency: Vec<GroupRow>,
    /// (month `YYYY-MM`, completions) in this country.
    pub per_month: Vec<(String, u64)>,
}

/// A country's name in the reader's language.
pub fn country_name<'a>(locale: crate::model::locale::Locale, en: &'a str, ar: &'a str) -> &'a str {
    match locale {
        crate::model::locale::Locale::Ar if !ar.is_empty() => ar,
        _ => en,
    }
}

/// A share in percent, rounded to one decimal; 0 of 0 is 0.
pub fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { (part as f64 * 1000.0 / whole as f64).round() / 10.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_rows_add_up() {
        let a = GroupRow::new("A".into(), Some(1), 4, vec![1, 4]);
        let b = GroupRow::new("B".into(), Some(2), 2, vec![1, 0]);
        assert_eq!(a.percent, [25.0, 100.0]);
        let t = GroupRow::total("All".into(), [&a, &b], 2);
        assert_eq!(
            (t.learners, t.completed.clone(), t.percent.clone()),
            (6, vec![2, 4], vec![33.3, 66.7])
        );
        assert_eq!(GroupRow::total("None".into(), [], 2).percent, [0.0, 0.0]);
    }

    #[test]
    fn shares_round_and_survive_zero() {
        assert_eq!(share(1, 3), 33.3);
        assert_eq!(share(0, 0), 0.0);
    }
}
