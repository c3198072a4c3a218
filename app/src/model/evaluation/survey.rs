//! The reaction survey after completion (Kirkpatrick level 1) and the follow-up three months
//! later (level 3). Answers are stored without the person who gave them.

use serde::{Deserialize, Serialize};

use crate::model::{error::AppError, problem::Problem};

/// The survey as a browser posts it: every answer optional, scales as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SurveyForm {
    pub relevance: String,
    pub confidence_before: String,
    pub confidence_after: String,
    pub missing: String,
}

/// What a trainee answered: 1–5 scales (`None`: not answered) and free text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SurveyAnswers {
    pub relevance: Option<i32>,
    pub confidence_before: Option<i32>,
    pub confidence_after: Option<i32>,
    pub missing: String,
}

/// The longest free-text answer kept.
pub const MISSING_MAX: usize = 2000;

impl SurveyForm {
    /// The answers, or the first field that is not a number from 1 to 5 (or too long).
    pub fn answers(self) -> Result<SurveyAnswers, AppError> {
        let scale = |field: &'static str, s: &str| match s.trim() {
            "" => Ok(None),
            t => t
                .parse::<i32>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map(Some)
                .ok_or_else(|| Problem::ChooseOneToFive.at(field)),
        };
        let missing = self.missing.trim().to_owned();
        if missing.chars().count() > MISSING_MAX {
            return Err(Problem::TooLong { max: MISSING_MAX }.at("missing"));
        }
        Ok(SurveyAnswers {
            relevance: scale("relevance", &self.relevance)?,
            confidence_before: scale("confidence_before", &self.confidence_before)?,
            confidence_after: scale("confidence_after", &self.confidence_after)?,
            missing,
        })
    }
}

/// What a group's survey answers add up to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SurveySummary {
    pub responses: u64,
    /// Means of the 1–5 scales, over those who answered each.
    pub relevance: Option<f64>,
    pub confidence_before: Option<f64>,
    pub confidence_after: Option<f64>,
    /// The free-text answers, newest month first and in alphabetical order within a month (not
    /// the order they came in), without who wrote them: for trainers and admins only.
    pub missing: Vec<String>,
}

impl SurveySummary {
    /// Mean confidence after minus before, in points of the 1–5 scale.
    pub fn confidence_change(&self) -> Option<f64> {
        Some(self.confidence_after? - self.confidence_before?)
    }
}

/// Whether a trainee has referred anyone since the training.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Referred {
    Never,
    Once,
    Several,
}

impl Referred {
    pub const ALL: [Referred; 3] = [Referred::Never, Referred::Once, Referred::Several];

    pub fn code(self) -> &'static str {
        match self {
            Referred::Never => "never",
            Referred::Once => "once",
            Referred::Several => "several",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// Follow-up answers of a group, counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct FollowupCounts {
    pub never: u64,
    pub once: u64,
    pub several: u64,
    /// "The referral directory helped": yes / no (of those who answered it).
    pub helped_yes: u64,
    pub helped_no: u64,
}

impl FollowupCounts {
    pub fn answers(&self) -> u64 {
        self.never + self.once + self.several
    }

    /// Share who have referred someone at least once, in percent.
    pub fn referred_percent(&self) -> Option<f64> {
        let n = self.answers();
        (n > 0).then(|| (self.once + self.several) as f64 * 100.0 / n as f64)
    }

    pub fn add(&mut self, referred: Referred, helped: Option<bool>, n: u64) {
        match referred {
            Referred::Never => self.never += n,
            Referred::Once => self.once += n,
            Referred::Several => self.several += n,
        }
        match helped {
            Some(true) => self.helped_yes += n,
            Some(false) => self.helped_no += n,
            None => {}
        }
    }
}

impl std::ops::AddAssign for FollowupCounts {
    fn add_assign(&mut self, o: Self) {
        self.never += o.never;
        self.once += o.once;
        self.several += o.several;
        self.helped_yes += o.helped_yes;
        self.helped_no += o.helped_no;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survey_scales_are_one_to_five_or_blank() {
        let ok = SurveyForm {
            relevance: "5".into(),
            confidence_before: " 2 ".into(),
            confidence_after: "".into(),
            missing: "  More on child victims ".into(),
        }
        .answers()
        .unwrap();
        assert_eq!(
            (ok.relevance, ok.confidence_before, ok.confidence_after, ok.missing.as_str()),
            (Some(5), Some(2), None, "More on child victims")
        );
        for bad in ["0", "6", "x", "2.5"] {
            let form = SurveyForm { relevance: bad.into(), ..SurveyForm::default() };
            assert!(form.answers().is_err(), "{bad}");
        }
        let long = SurveyForm { missing: "a".repeat(MISSING_MAX + 1), ..SurveyForm::default() };
        assert!(long.answers().is_err());
    }

    #[test]
    fn followup_counts_add_up() {
        let mut c = FollowupCounts::default();
        c.add(Referred::Never, Some(false), 3);
        c.add(Referred::Once, Some(true), 1);
        c.add(Referred::Several, None, 4);
        assert_eq!(c.answers(), 8);
        assert_eq!(c.referred_percent(), Some(62.5));
        assert_eq!((c.helped_yes, c.helped_no), (1, 3));
        assert_eq!(FollowupCounts::default().referred_percent(), None);
    }
}
