//! xAPI 1.0.3: what Frontline tells a partner's Learning Record Store, and the outbox that
//! carries it there.

use serde::{Deserialize, Serialize};

/// The ADL verbs a statement uses: one per kind of learning event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verb {
    /// A quiz or pre-test started.
    Attempted,
    /// One question of a submitted attempt, with its points.
    Answered,
    /// A quiz submitted at or above the pass mark.
    Passed,
    /// A quiz submitted below the pass mark.
    Failed,
    /// A pre-test submitted: it is scored, never passed or failed.
    Scored,
    /// A module completed: every lesson read and its quiz passed.
    Completed,
}

impl Verb {
    pub const ALL: [Verb; 6] = [
        Verb::Attempted,
        Verb::Answered,
        Verb::Passed,
        Verb::Failed,
        Verb::Scored,
        Verb::Completed,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Verb::Attempted => "attempted",
            Verb::Answered => "answered",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
            Verb::Scored => "scored",
            Verb::Completed => "completed",
        }
    }

    /// The verb's IRI in the ADL vocabulary.
    pub fn iri(self) -> String {
        format!("http://adlnet.gov/expapi/verbs/{}", self.word())
    }
}

/// The ADL activity types of the objects.
pub mod activity_type {
    /// A module.
    pub const COURSE: &str = "http://adlnet.gov/expapi/activities/course";
    /// A module's quiz or pre-test.
    pub const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
    /// One question.
    pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
}

/// Where a statement is on its way to the LRS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutboxState {
    /// Not yet accepted: sent at its next try.
    Pending,
    /// Accepted by the LRS (or already held by it under the same id).
    Sent,
    /// Refused by the LRS as invalid: kept, shown to admins, sent again only when they ask.
    Rejected,
}

impl OutboxState {
    pub fn code(self) -> &'static str {
        match self {
            OutboxState::Pending => "pending",
            OutboxState::Sent => "sent",
            OutboxState::Rejected => "rejected",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [OutboxState::Pending, OutboxState::Sent, OutboxState::Rejected]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// How long the outbox keeps a statement the LRS accepted: enough for an admin to see what went
/// and for a replay to find it sent; after that, the LRS holds it (and the export rebuilds it).
pub const KEEP_SENT_DAYS: i64 = 90;

/// How long a statement waits after its `tries`-th failed try: 30 s, doubling, at most 6 hours.
/// An LRS that is down for a day is tried a dozen times, not thousands.
pub fn backoff_seconds(tries: i32) -> i64 {
    let doublings = tries.clamp(1, 20) - 1;
    (30_i64 << doublings).min(6 * 3600)
}

/// The admin's view of the outbox.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OutboxSummary {
    /// Whether an LRS is configured (`FRONTLINE_LRS_URL`); its address, without credentials.
    pub endpoint: Option<String>,
    pub pending: u64,
    pub sent: u64,
    pub rejected: u64,
    /// The oldest statement still waiting, and why its last try failed.
    pub oldest_pending: Option<String>,
    pub last_error: Option<String>,
    /// The refused statements, newest first (at most 50).
    pub refused: Vec<RefusedStatement>,
}

/// A statement the LRS refused, with what it said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RefusedStatement {
    pub id: i32,
    pub statement_id: String,
    pub verb: String,
    pub occurred_at: String,
    pub error: String,
    pub statement: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_to_six_hours() {
        assert_eq!(backoff_seconds(0), 30);
        assert_eq!(backoff_seconds(1), 30);
        assert_eq!(backoff_seconds(2), 60);
        assert_eq!(backoff_seconds(5), 480);
        assert_eq!(backoff_seconds(12), 6 * 3600);
        assert_eq!(backoff_seconds(i32::MAX), 6 * 3600);
    }

    #[test]
    fn verbs_are_adl_iris() {
        for v in Verb::ALL {
            assert!(v.iri().starts_with("http://adlnet.gov/expapi/verbs/"));
            assert!(v.iri().ends_with(v.word()));
        }
        assert_eq!(OutboxState::from_code("rejected"), Some(OutboxState::Rejected));
        assert_eq!(OutboxState::from_code("lost"), None);
    }
}
