//! Monitoring and evaluation: the trainee's pre-test skip, survey and follow-up (their own
//! records only), and the gain reports — countries and the programme summary for trainers and
//! admins, an agency's own figures for its supervisor.

use leptos::prelude::*;

use crate::model::{
    error::AppError,
    evaluation::{AgencyEvaluation, EvaluationDetail, EvaluationReport, ProgrammeSummary},
};

#[cfg(feature = "ssr")]
use crate::{
    api::respond::{Done, form, query},
    model::evaluation::{Period, Referred},
    model::permissions::Permission,
    model::problem::{Notice, Problem},
    services::evaluation::{feedback, reports, scores},
    state::db,
};

/// Skips the module's pre-test (where the trainer allows it): the lessons open.
#[server(endpoint = "evaluation/skip_pretest")]
pub async fn skip_pretest(module_id: i32) -> Result<(), AppError> {
    form::<SkipPretest>(Default::default(), async {
        let me = crate::api::guard::require(Permission::Learn)?;
        scores::skip_pretest(&db()?, &me.user, module_id).await?;
        Ok(Done::to(format!("/learn/{module_id}")).notice(Notice::PretestSkipped))
    })
    .await
}

/// The reaction survey of a completed module; every answer is optional.
#[server(endpoint = "evaluation/survey")]
pub async fn answer_survey(
    module_id: i32,
    relevance: Option<String>,
    confidence_before: Option<String>,
    confidence_after: Option<String>,
    missing: Option<String>,
) -> Result<(), AppError> {
    use crate::model::evaluation::survey::SurveyForm;
    let typed = SurveyForm {
        relevance: relevance.unwrap_or_default(),
        confidence_before: confidence_before.unwrap_or_default(),
        confidence_after: confidence_after.unwrap_or_default(),
        missing: missing.unwrap_or_default(),
    };
    let values = [
        ("relevance", &typed.relevance),
        ("confidence_before", &typed.confidence_before),
        ("confidence_after", &typed.confidence_after),
        ("missing", &typed.missing),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.clone()))
    .collect();
    form::<AnswerSurvey>(values, async {
        let me = crate::api::guard::require(Permission::Learn)?;
        let answers = typed.answers()?;
        feedback::answer_survey(&db()?, &me.user, module_id, &answers).await?;
        Ok(Done::to(format!("/learn/{module_id}")).notice(Notice::SurveyThanks))
    })
    .await
}

/// Whether the three-month follow-up question waits for the caller.
#[server(endpoint = "evaluation/followup_due")]
pub async fn followup_due() -> Result<bool, AppError> {
    query(async {
        let me = crate::api::guard::signed_in()?;
        feedback::followup_due(&db()?, &me.user).await
    })
    .await
}

/// The follow-up answer; `action=decline` asks never again and counts nothing.
#[server(endpoint = "evaluation/followup")]
pub async fn answer_followup(
    referred: Option<String>,
    helped: Option<String>,
    action: Option<String>,
) -> Result<(), AppError> {
    form::<AnswerFollowup>(Default::default(), async {
        let me = crate::api::guard::signed_in()?;
        let answer = match action.as_deref() {
            Some("decline") => None,
            _ => {
                let referred = Referred::from_code(referred.as_deref().unwrap_or_default())
                    .ok_or_else(|| Problem::ChooseFromList.at("referred"))?;
                let helped = match helped.as_deref() {
                    Some("yes") => Some(true),
                    Some("no") => Some(false),
                    _ => None,
                };
                Some((referred, helped))
            }
        };
        feedback::answer_followup(&db()?, &me.user, answer).await?;
        Ok(Done::to("/").notice(Notice::FollowupThanks))
    })
    .await
}

/// Knowledge gain per country, for one module (`module`) or all (trainers and admins).
#[server(endpoint = "evaluation/report")]
pub async fn evaluation(module: Option<i32>) -> Result<EvaluationReport, AppError> {
    query(async {
        crate::api::guard::require(Permission::ReadModuleResults)?;
        reports::evaluation(&db()?, module, true).await
    })
    .await
}

/// One country's gain per kind of agency, agency and cohort (as the country report: admins
/// and the country's coordinator).
#[server(endpoint = "evaluation/country")]
pub async fn evaluation_country(
    code: String,
    module: Option<i32>,
) -> Result<EvaluationDetail, AppError> {
    query(async {
        crate::api::guard::administrator_of(&code).await?;
        reports::evaluation_detail(&db()?, &code, module, true).await
    })
    .await
}

/// An agency's own figures: its supervisor, its country's coordinator and admins; anyone else
/// "not found".
#[server(endpoint = "evaluation/agency")]
pub async fn agency_figures(agency_id: i32) -> Result<AgencyEvaluation, AppError> {
    query(async {
        let me = crate::api::guard::signed_in()?;
        let db = db()?;
        if !crate::services::organisations::may_supervise(&db, &me.user, agency_id).await? {
            return Err(AppError::NotFound);
        }
        reports::agency_evaluation(&db, agency_id).await
    })
    .await
}

/// A country's programme summary for a period of months (admins and the country's
/// coordinator).
#[server(endpoint = "evaluation/programme")]
pub async fn programme(
    code: String,
    from: String,
    to: String,
) -> Result<ProgrammeSummary, AppError> {
    query(async {
        crate::api::guard::administrator_of(&code).await?;
        let period = Period::parse(&from, &to).ok_or_else(|| Problem::PeriodInvalid.at("from"))?;
        reports::programme(&db()?, &code, period, true).await
    })
    .await
}
