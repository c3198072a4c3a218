//! Monitoring and evaluation: pre- and post-test gain, the reaction survey, the three-month
//! follow-up and the programme summary. Pure types and rules; the sums live in `services`.

mod gain;
pub mod survey;

pub use gain::{GainFigures, GainSums, t_975};
pub use survey::{FollowupCounts, Referred, SurveyAnswers, SurveySummary};

use serde::{Deserialize, Serialize};

/// Whether a module asks a pre-test before its lessons open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PretestMode {
    #[default]
    None,
    /// Offered first; the trainee may skip it.
    Optional,
    /// Taken before the lessons and the quiz open.
    Required,
}

impl PretestMode {
    pub const ALL: [PretestMode; 3] =
        [PretestMode::None, PretestMode::Optional, PretestMode::Required];

    pub fn code(self) -> &'static str {
        match self {
            PretestMode::None => "none",
            PretestMode::Optional => "optional",
            PretestMode::Required => "required",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// What an attempt is for: the module's quiz (the post-test), or its pre-test — scored the same
/// way, never counted for completion, never shown with feedback or key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptPurpose {
    #[default]
    Quiz,
    Pretest,
}

impl AttemptPurpose {
    pub fn code(self) -> &'static str {
        match self {
            AttemptPurpose::Quiz => "quiz",
            AttemptPurpose::Pretest => "pretest",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [AttemptPurpose::Quiz, AttemptPurpose::Pretest].into_iter().find(|p| p.code() == code)
    }
}

/// Which test a question is asked in: both (the default), or only one of a parallel form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestForm {
    #[default]
    Both,
    /// Asked in the pre-test only.
    Pretest,
    /// Asked in the quiz (the post-test) only.
    Quiz,
}

impl TestForm {
    pub const ALL: [TestForm; 3] = [TestForm::Both, TestForm::Pretest, TestForm::Quiz];

    pub fn code(self) -> &'static str {
        match self {
            TestForm::Both => "both",
            TestForm::Pretest => "pretest",
            TestForm::Quiz => "quiz",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.code() == code)
    }

    pub fn is_both(&self) -> bool {
        *self == TestForm::Both
    }

    /// Whether a question of this form is asked in an attempt for `purpose`.
    pub fn asked_in(self, purpose: AttemptPurpose) -> bool {
        match (self, purpose) {
            (TestForm::Both, _) => true,
            (TestForm::Pretest, p) => p == AttemptPurpose::Pretest,
            (TestForm::Quiz, p) => p == AttemptPurpose::Quiz,
        }
    }
}

/// Where a trainee stands with a module's pre-test (pure: decided from what is stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PretestStanding {
    /// The module has none, or it is no longer offered to this person (they began the module
    /// before it had one: a pre-test after reading would measure nothing).
    NotAsked,
    /// To take before the lessons open; `may_skip` when the trainer allows it.
    Due {
        may_skip: bool,
    },
    /// Under way: the attempt to continue.
    Open {
        attempt_id: i32,
    },
    Taken,
    Skipped,
}

impl PretestStanding {
    /// Lessons and quiz are closed until the pre-test is taken (or skipped).
    pub fn blocks_lessons(self) -> bool {
        matches!(self, PretestStanding::Due { .. } | PretestStanding::Open { .. })
    }

    /// The rule: a pre-test is due when the module asks one and the person has neither taken
    /// nor skipped it, nor begun the module (lessons read or a quiz attempt).
    pub fn decide(
        mode: PretestMode,
        taken: bool,
        skipped: bool,
        open_attempt: Option<i32>,
        begun: bool,
    ) -> Self {
        match (mode, taken, skipped, open_attempt) {
            // An open pre-test is finished first, whatever else was recorded meanwhile.
            (_, _, _, Some(attempt_id)) => PretestStanding::Open { attempt_id },
            (_, true, _, _) => PretestStanding::Taken,
            (_, _, true, _) => PretestStanding::Skipped,
            (PretestMode::None, ..) => PretestStanding::NotAsked,
            _ if begun => PretestStanding::NotAsked,
            (mode, ..) => PretestStanding::Due { may_skip: mode == PretestMode::Optional },
        }
    }
}

/// One row of a gain table: a country, kind of agency, agency, cohort or module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GainRow {
    pub label: String,
    /// A country's Arabic name (empty for other rows).
    #[serde(default)]
    pub label_ar: String,
    /// A country code, an agency id or a cohort (`YYYY-MM`), where the row is one: the page
    /// links a country to its drill-down and an agency to its dashboard.
    pub key: String,
    pub kind: Option<crate::model::accounts::AgencyKind>,
    pub figures: GainFigures,
}

/// Knowledge gain of one module (or of every module), per country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationReport {
    /// Modules that have test scores: (id, title).
    pub modules: Vec<(i32, String)>,
    /// The module reported on; `None`: every module together.
    pub module_id: Option<i32>,
    pub whole: GainFigures,
    pub by_country: Vec<GainRow>,
    pub survey: SurveySummary,
    pub followup: FollowupCounts,
}

/// One country's knowledge gain per kind of agency, agency and cohort.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvaluationDetail {
    pub code: String,
    pub name: String,
    pub name_ar: String,
    pub modules: Vec<(i32, String)>,
    pub module_id: Option<i32>,
    pub whole: GainFigures,
    pub by_kind: Vec<GainRow>,
    pub by_agency: Vec<GainRow>,
    pub by_cohort: Vec<GainRow>,
    pub survey: SurveySummary,
    pub followup: Vec<(String, FollowupCounts)>,
}

/// An agency's own figures, for its dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyEvaluation {
    pub by_module: Vec<GainRow>,
    /// How many answered; no means, no text.
    pub survey: SurveySummary,
    pub followup: FollowupCounts,
    /// Too few follow-up answers to show without telling who said what.
    pub followup_withheld: bool,
}

/// A period of whole months, `YYYY-MM` to `YYYY-MM` inclusive (pure validation of the form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: String,
    pub to: String,
}

impl Period {
    /// The months typed, or `None` when one is not `YYYY-MM` or they are the wrong way round.
    pub fn parse(from: &str, to: &str) -> Option<Self> {
        let month = |s: &str| {
            let s = s.trim();
            (s.len() == 7
                && s.as_bytes()[4] == b'-'
                && s[..4].parse::<u16>().is_ok()
                && s[5..].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)))
            .then(|| s.to_owned())
        };
        let (from, to) = (month(from)?, month(to)?);
        (from <= to).then_some(Period { from, to })
    }

    pub fn contains(&self, month: &str) -> bool {
        self.from.as_str() <= month && month <= self.to.as_str()
    }
}

/// A country's programme in a period, for a donor report: one printable page and a CSV.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeSummary {
    pub code: String,
    pub name: String,
    pub name_ar: String,
    pub period: Period,
    /// Active trainees and supervisors in the country now.
    pub learners: u64,
    /// Module completions in the period.
    pub completions: u64,
    /// (module title, completions in the period).
    pub completions_by_module: Vec<(String, u64)>,
    pub gain: GainFigures,
    pub gain_by_module: Vec<GainRow>,
    pub survey: SurveySummary,
    pub followup: FollowupCounts,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pretest_comes_first_unless_the_module_was_begun() {
        use PretestMode::*;
        let d = PretestStanding::decide;
        assert_eq!(d(None, false, false, Option::None, false), PretestStanding::NotAsked);
        assert_eq!(
            d(Required, false, false, Option::None, false),
            PretestStanding::Due { may_skip: false }
        );
        assert_eq!(
            d(Optional, false, false, Option::None, false),
            PretestStanding::Due { may_skip: true }
        );
        assert_eq!(d(Required, false, false, Option::None, true), PretestStanding::NotAsked);
        assert_eq!(
            d(Required, false, false, Some(4), true),
            PretestStanding::Open { attempt_id: 4 }
        );
        assert_eq!(d(Required, true, false, Option::None, true), PretestStanding::Taken);
        // Skipped in one tab while started in another: the open one is finished first.
        assert_eq!(
            d(Optional, false, true, Some(5), false),
            PretestStanding::Open { attempt_id: 5 }
        );
        assert_eq!(d(Optional, false, true, Option::None, false), PretestStanding::Skipped);
        assert!(PretestStanding::Due { may_skip: true }.blocks_lessons());
        assert!(!PretestStanding::Skipped.blocks_lessons());
    }

    #[test]
    fn a_parallel_form_keeps_each_question_to_its_test() {
        use AttemptPurpose::*;
        assert!(TestForm::Both.asked_in(Quiz) && TestForm::Both.asked_in(Pretest));
        assert!(TestForm::Pretest.asked_in(Pretest) && !TestForm::Pretest.asked_in(Quiz));
        assert!(TestForm::Quiz.asked_in(Quiz) && !TestForm::Quiz.asked_in(Pretest));
    }

    #[test]
    fn periods_are_whole_months_in_order() {
        let p = Period::parse("2026-01", " 2026-06 ").unwrap();
        assert!(p.contains("2026-01") && p.contains("2026-06") && !p.contains("2026-07"));
        assert_eq!(Period::parse("2026-06", "2026-01"), Option::None);
        assert_eq!(Period::parse("2026-13", "2026-12"), Option::None);
        assert_eq!(Period::parse("26-01", "2026-12"), Option::None);
        assert_eq!(Period::parse("2026-1x", "2026-12"), Option::None);
    }
}
