//! Monitoring and evaluation: the pre-test, survey and follow-up a trainee sees, and the gain
//! reports (`## evaluation` in the .ftl files). Fixed texts are [`EvalMsg`] variants; sentences
//! with values and the figures' number formats are the functions below.

use super::Locale;
use crate::model::evaluation::{FollowupCounts, GainFigures, PretestMode, TestForm};

pub use super::keys::EvalMsg;

/// A number with `places` decimals, with the language's decimal sign.
pub fn number(l: Locale, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match l {
        Locale::Fr | Locale::Tr => text.replace('.', ","),
        _ => text,
    }
}

/// A percentage to one decimal, with its sign.
pub fn percent(l: Locale, value: f64) -> String {
    l.percent((value * 10.0).round() / 10.0)
}

/// A change with its sign: "+33.0".
pub fn signed(l: Locale, value: f64, places: usize) -> String {
    let sign = if value > 0.0 { "+" } else { "" };
    format!("{sign}{}", number(l, value, places))
}

/// A figure and its 95 % interval's half-width: "+33.0 ± 1.5" (the interval once there are two
/// pairs).
pub fn with_interval(l: Locale, value: Option<f64>, ci: Option<f64>, places: usize) -> String {
    match (value, ci) {
        (Some(v), Some(ci)) => format!("{} ± {}", signed(l, v, places), number(l, ci, places)),
        (Some(v), None) => signed(l, v, places),
        _ => "—".into(),
    }
}

/// An optional percentage, or a dash.
pub fn maybe_percent(l: Locale, value: Option<f64>) -> String {
    value.map_or_else(|| "—".into(), |v| percent(l, v))
}

/// The name of a pre-test mode, for the trainer's settings.
pub fn pretest_mode(l: Locale, mode: PretestMode) -> &'static str {
    l.t(match mode {
        PretestMode::None => EvalMsg::PretestNone,
        PretestMode::Optional => EvalMsg::PretestOptional,
        PretestMode::Required => EvalMsg::PretestRequired,
    })
}

/// Which test a question is asked in, for the question editor.
pub fn test_form(l: Locale, form: TestForm) -> &'static str {
    l.t(match form {
        TestForm::Both => EvalMsg::TestFormBoth,
        TestForm::Pretest => EvalMsg::TestFormPretest,
        TestForm::Quiz => EvalMsg::TestFormQuiz,
    })
}

pub fn pretest_recorded(l: Locale, value: f64) -> String {
    say!(l, EvaluationPretestRecorded { percent: percent(l, value) })
}

pub fn your_pretest_score(l: Locale, value: f64) -> String {
    say!(l, EvaluationYourPretestScore { percent: percent(l, value) })
}

/// The sentence a coordinator reads out: who took both tests, and how scores moved. `None`
/// when nobody has both.
pub fn headline(l: Locale, f: &GainFigures) -> Option<String> {
    let (pre, post) = (f.mean_pre?, f.mean_post?);
    Some(say!(
        l,
        EvaluationHeadline {
            paired: f.paired,
            pre: percent(l, pre),
            post: percent(l, post),
            gain: f.normalised_gain.map_or_else(|| "—".into(), |g| number(l, g, 2)),
            ci: f.normalised_ci.map_or_else(|| "—".into(), |c| number(l, c, 2)),
        }
    ))
}

/// "37 % of those asked have referred someone since": `None` before any answer.
pub fn referred_since(l: Locale, c: &FollowupCounts) -> Option<String> {
    let share = c.referred_percent()?;
    Some(say!(l, EvaluationHeadlineReferred { percent: percent(l, share), answers: c.answers() }))
}

pub fn country_title(l: Locale, country: &str) -> String {
    say!(l, EvaluationCountryTitle { country })
}

pub fn programme_title(l: Locale, country: &str, from: &str, to: &str) -> String {
    say!(l, EvaluationProgrammeTitle { country, from, to })
}
