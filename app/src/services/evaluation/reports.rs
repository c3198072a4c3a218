//! Knowledge gain per country, kind of agency, agency, cohort and module: grouped sums of the
//! running sums (`gain_rollup`: one row per agency, module and month), never the scores
//! themselves — a few hundred rows whatever the number of trainees.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DbErr, Value};

use crate::model::{
    accounts::AgencyKind,
    error::AppError,
    evaluation::{
        AgencyEvaluation, EvaluationDetail, EvaluationReport, GainFigures, GainRow, GainSums,
        Period, ProgrammeSummary, SurveySummary,
    },
};
use crate::services::evaluation::feedback::{self, Filter};
use crate::services::sql::all;

/// What the sums are grouped by: a column of `r` (the sums) or `g` (their agency).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Everything,
    Country,
    Kind,
    Agency,
    Cohort,
    Module,
}

impl By {
    fn column(self) -> &'static str {
        match self {
            // A constant, never grouped by (PostgreSQL refuses to group by one).
            By::Everything => "''",
            By::Country => "g.country_code",
            By::Kind => "g.kind",
            By::Agency => "CAST(r.agency_id AS VARCHAR(12))",
            By::Cohort => "r.cohort",
            By::Module => "CAST(r.module_id AS VARCHAR(12))",
        }
    }
}

#[derive(sea_orm::FromQueryResult)]
struct Grouped {
    key: String,
    paired: i64,
    sum_pre: f64,
    sum_post: f64,
    sum_gain_sq: f64,
    improved: i64,
    pre_only: i64,
    post_only: i64,
}

/// The sums of the rows `filter` keeps (its period: cohorts), grouped by `by`.
async fn sums_by(
    db: &impl ConnectionTrait,
    by: By,
    filter: &Filter,
) -> Result<Vec<(String, GainSums)>, DbErr> {
    // The period is of cohorts: the month each person's training began.
    let (conditions, values) = filter.conditions("cohort", true);
    let key = by.column();
    let group = match by {
        By::Everything => String::new(),
        _ => format!("GROUP BY {key} ORDER BY {key}"),
    };
    let rows = all::<Grouped>(
        db,
        &format!(
            "SELECT {key} AS key, CAST(COALESCE(SUM(r.paired), 0) AS BIGINT) AS paired, \
             CAST(COALESCE(SUM(r.sum_pre), 0) AS DOUBLE PRECISION) AS sum_pre, \
             CAST(COALESCE(SUM(r.sum_post), 0) AS DOUBLE PRECISION) AS sum_post, \
             CAST(COALESCE(SUM(r.sum_gain_sq), 0) AS DOUBLE PRECISION) AS sum_gain_sq, \
             CAST(COALESCE(SUM(r.improved), 0) AS BIGINT) AS improved, CAST(COALESCE(SUM(r.pre_only), 0) AS BIGINT) AS pre_only, \
             CAST(COALESCE(SUM(r.post_only), 0) AS BIGINT) AS post_only \
             FROM gain_rollup r JOIN agencies g ON g.id = r.agency_id WHERE {conditions} {group}"
        ),
        values,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let s = GainSums {
                paired: r.paired,
                sum_pre: r.sum_pre,
                sum_post: r.sum_post,
                sum_gain_sq: r.sum_gain_sq,
                improved: r.improved,
                pre_only: r.pre_only,
                post_only: r.post_only,
            };
            (r.key, s)
        })
        .filter(|(_, s)| !s.is_zero())
        .collect())
}

async fn whole(db: &impl ConnectionTrait, filter: &Filter) -> Result<GainFigures, DbErr> {
    let s: GainSums = sums_by(db, By::Everything, filter).await?.into_iter().map(|(_, s)| s).sum();
    Ok(s.into())
}

#[derive(sea_orm::FromQueryResult)]
struct CountryRow {
    code: String,
    name_en: String,
    name_ar: String,
}

async fn countries(db: &impl ConnectionTrait) -> Result<Vec<CountryRow>, DbErr> {
    all(db, "SELECT code, name_en, name_ar FROM countries ORDER BY name_en", vec![]).await
}

async fn country(db: &impl ConnectionTrait, code: &str) -> Result<CountryRow, AppError> {
    all::<CountryRow>(
        db,
        "SELECT code, name_en, name_ar FROM countries WHERE code = ?",
        vec![code.into()],
    )
    .await?
    .into_iter()
    .next()
    .ok_or(AppError::NotFound)
}

/// Modules with test scores, by title: (id, title).
async fn modules_with_scores(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, DbErr> {
    #[derive(sea_orm::FromQueryResult)]
    struct Id {
        module_id: i32,
    }
    let ids: Vec<i32> = all::<Id>(db, "SELECT DISTINCT module_id FROM gain_rollup", vec![])
        .await?
        .into_iter()
        .map(|r| r.module_id)
        .collect();
    let titles = crate::services::reports::module_titles(db, &ids).await?;
    let mut modules: Vec<(i32, String)> = titles.into_iter().collect();
    modules.sort_by_key(|(id, t)| (t.to_lowercase(), *id));
    Ok(modules)
}

/// The evaluation page's first view: every country side by side, for one module or all.
/// `with_text`: include the survey's free-text answers (trainers and admins).
pub async fn evaluation(
    db: &impl ConnectionTrait,
    module_id: Option<i32>,
    with_text: bool,
) -> Result<EvaluationReport, AppError> {
    let filter = Filter { module_id, ..Filter::default() };
    let by_country: HashMap<String, GainSums> =
        sums_by(db, By::Country, &filter).await?.into_iter().collect();
    let by_country = countries(db)
        .await?
        .into_iter()
        .map(|c| GainRow {
            figures: by_country.get(&c.code).copied().unwrap_or_default().into(),
            label: c.name_en,
            label_ar: c.name_ar,
            key: c.code,
            kind: None,
        })
        .collect();
    Ok(EvaluationReport {
        modules: modules_with_scores(db).await?,
        module_id,
        whole: whole(db, &filter).await?,
        by_country,
        survey: feedback::survey_summary(db, &filter, with_text).await?,
        followup: feedback::followups(db, &filter).await?,
    })
}

#[derive(sea_orm::FromQueryResult)]
struct AgencyName {
    id: i32,
    name: String,
}

/// One country's gain per kind of agency, agency and cohort. `NotFound` for a country that
/// does not exist.
pub async fn evaluation_detail(
    db: &impl ConnectionTrait,
    code: &str,
    module_id: Option<i32>,
    with_text: bool,
) -> Result<EvaluationDetail, AppError> {
    let c = country(db, code).await?;
    let filter = Filter { module_id, country: Some(c.code.clone()), ..Filter::default() };
    let by_kind = sums_by(db, By::Kind, &filter)
        .await?
        .into_iter()
        .filter_map(|(k, s)| {
            let kind = AgencyKind::from_code(&k)?;
            Some(GainRow {
                label: kind.label().to_owned(),
                label_ar: String::new(),
                key: k,
                kind: Some(kind),
                figures: s.into(),
            })
        })
        .collect();
    let names: HashMap<String, String> = all::<AgencyName>(
        db,
        "SELECT id, name FROM agencies WHERE country_code = ?",
        vec![c.code.clone().into()],
    )
    .await?
    .into_iter()
    .map(|a| (a.id.to_string(), a.name))
    .collect();
    let mut by_agency: Vec<GainRow> = sums_by(db, By::Agency, &filter)
        .await?
        .into_iter()
        .map(|(id, s)| GainRow {
            label: names.get(&id).cloned().unwrap_or_default(),
            label_ar: String::new(),
            key: id,
            kind: None,
            figures: s.into(),
        })
        .collect();
    by_agency.sort_by_key(|r| r.label.to_lowercase());
    let by_cohort = sums_by(db, By::Cohort, &filter)
        .await?
        .into_iter()
        .map(|(cohort, s)| GainRow {
            label: cohort.clone(),
            label_ar: String::new(),
            key: cohort,
            kind: None,
            figures: s.into(),
        })
        .collect();
    let followup = feedback::followups_by_agency(db, &Filter { module_id: None, ..filter.clone() })
        .await?
        .into_iter()
        .map(|(_, name, counts)| (name, counts))
        .collect();
    Ok(EvaluationDetail {
        modules: modules_with_scores(db).await?,
        module_id,
        whole: whole(db, &filter).await?,
        by_kind,
        by_agency,
        by_cohort,
        survey: feedback::survey_summary(db, &filter, with_text).await?,
        followup,
        code: c.code,
        name: c.name_en,
        name_ar: c.name_ar,
    })
}

/// Gain per module with their titles, for `filter`.
async fn by_module(db: &impl ConnectionTrait, filter: &Filter) -> Result<Vec<GainRow>, DbErr> {
    let sums = sums_by(db, By::Module, filter).await?;
    let ids: Vec<i32> = sums.iter().filter_map(|(k, _)| k.parse().ok()).collect();
    let titles = crate::services::reports::module_titles(db, &ids).await?;
    let mut rows: Vec<GainRow> = sums
        .into_iter()
        .map(|(k, s)| GainRow {
            label: k.parse().ok().and_then(|id: i32| titles.get(&id).cloned()).unwrap_or_default(),
            label_ar: String::new(),
            key: k,
            kind: None,
            figures: s.into(),
        })
        .collect();
    rows.sort_by_key(|r| r.label.to_lowercase());
    Ok(rows)
}

/// Fewer answers than this in a group and its follow-up counts are not shown on the agency's
/// page: a supervisor who knows who answered could tell what they said.
pub const FEWEST_ANSWERS: u64 = 5;

/// An agency's own gain per module, and counts of its survey and follow-up answers: never the
/// survey's free text or means (a supervisor could tell their few officers' words and ratings
/// apart), and no follow-up counts below [`FEWEST_ANSWERS`].
pub async fn agency_evaluation(
    db: &impl ConnectionTrait,
    agency_id: i32,
) -> Result<AgencyEvaluation, AppError> {
    let filter = Filter { agency_id: Some(agency_id), ..Filter::default() };
    let survey = feedback::survey_summary(db, &filter, false).await?;
    let followup = feedback::followups(db, &filter).await?;
    let followup_withheld = followup.answers() > 0 && followup.answers() < FEWEST_ANSWERS;
    Ok(AgencyEvaluation {
        by_module: by_module(db, &filter).await?,
        survey: SurveySummary { responses: survey.responses, ..SurveySummary::default() },
        followup: if followup_withheld { Default::default() } else { followup },
        followup_withheld,
    })
}

/// The last `n` whole months to this one (UTC): a programme summary's default period.
pub fn last_months(n: u32) -> Period {
    use chrono::Datelike;
    let today = chrono::Utc::now().date_naive();
    let this = today.year() * 12 + today.month0() as i32;
    let month = |m: i32| format!("{:04}-{:02}", m / 12, m % 12 + 1);
    Period { from: month(this + 1 - n.max(1) as i32), to: month(this) }
}

/// A country's programme in a period of months: trained officers, completions, gain (of the
/// cohorts that began in the period), confidence and follow-up answers.
pub async fn programme(
    db: &impl ConnectionTrait,
    code: &str,
    period: Period,
    with_text: bool,
) -> Result<ProgrammeSummary, AppError> {
    #[derive(sea_orm::FromQueryResult)]
    struct Learners {
        n: i64,
    }
    #[derive(sea_orm::FromQueryResult)]
    struct Done {
        module_id: i32,
        n: i64,
    }
    let c = country(db, code).await?;
    let filter =
        Filter { country: Some(c.code.clone()), period: Some(period.clone()), ..Filter::default() };
    let learners = all::<Learners>(
        db,
        "SELECT CAST(COALESCE(SUM(l.learners), 0) AS BIGINT) AS n FROM agency_learners l \
         JOIN agencies g ON g.id = l.agency_id WHERE g.country_code = ?",
        vec![c.code.clone().into()],
    )
    .await?
    .first()
    .map_or(0, |l| l.n.max(0) as u64);
    let done = all::<Done>(
        db,
        "SELECT r.module_id, CAST(COALESCE(SUM(r.completions), 0) AS BIGINT) AS n FROM completion_rollup r \
         JOIN agencies g ON g.id = r.agency_id WHERE g.country_code = ? AND r.month >= ? AND r.month <= ? \
         GROUP BY r.module_id",
        vec![c.code.clone().into(), Value::from(period.from.clone()), Value::from(period.to.clone())],
    )
    .await?;
    let ids: Vec<i32> = done.iter().map(|d| d.module_id).collect();
    let titles = crate::services::reports::module_titles(db, &ids).await?;
    let mut completions_by_module: Vec<(String, u64)> = done
        .iter()
        .filter(|d| d.n > 0)
        .map(|d| (titles.get(&d.module_id).cloned().unwrap_or_default(), d.n as u64))
        .collect();
    completions_by_module.sort_by_key(|(t, _)| t.to_lowercase());
    Ok(ProgrammeSummary {
        learners,
        completions: completions_by_module.iter().map(|(_, n)| n).sum(),
        completions_by_module,
        gain: whole(db, &filter).await?,
        gain_by_module: by_module(db, &filter).await?,
        survey: feedback::survey_summary(db, &filter, with_text).await?,
        followup: feedback::followups(db, &filter).await?,
        code: c.code,
        name: c.name_en,
        name_ar: c.name_ar,
        period,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_last_months_end_with_this_one() {
        let year = super::last_months(12);
        let this = chrono::Utc::now().format("%Y-%m").to_string();
        assert_eq!(year.to, this);
        let (fy, fm): (i32, i32) =
            (year.from[..4].parse().unwrap(), year.from[5..].parse().unwrap());
        let (ty, tm): (i32, i32) = (year.to[..4].parse().unwrap(), year.to[5..].parse().unwrap());
        assert_eq!((ty * 12 + tm) - (fy * 12 + fm), 11, "{year:?}");
        assert_eq!(super::last_months(1).from, this);
    }
}
