//! The pure rules of due dates, shared by a person's own page and their supervisor's reports.

use chrono::NaiveDate;

/// The earlier of two optional due dates; a dated one wins over none.
pub fn earliest(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Overdue: a due date before today and the module not completed.
pub fn overdue(due: Option<NaiveDate>, completed: bool, today: NaiveDate) -> bool {
    !completed && due.is_some_and(|d| d < today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn the_earliest_due_date_counts() {
        assert_eq!(earliest(Some(day(5)), Some(day(3))), Some(day(3)));
        assert_eq!(earliest(None, Some(day(3))), Some(day(3)));
        assert_eq!(earliest(None, None), None);
    }

    #[test]
    fn overdue_means_past_due_and_not_completed() {
        assert!(overdue(Some(day(1)), false, day(2)));
        assert!(!overdue(Some(day(2)), false, day(2)), "due today is not overdue yet");
        assert!(!overdue(Some(day(1)), true, day(2)));
        assert!(!overdue(None, false, day(2)));
    }
}
