//! The reaction survey after completion and the follow-up three months later. Who answered
//! (`surveys_given`, `followups_given`) is kept apart from what was answered
//! (`survey_responses`, `followup_answers`: agency and month, never the person), so no report,
//! export or query can put a name to an answer.

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::entities::completion;
use crate::model::{
    accounts::CurrentUser,
    error::AppError,
    evaluation::{FollowupCounts, Period, Referred, SurveyAnswers, SurveySummary},
};
use crate::services::rollups::month;
use crate::services::sql::{affected, all, execute};

/// How long after the first completion the follow-up is asked.
pub const FOLLOWUP_AFTER: Duration = Duration::days(90);

#[derive(sea_orm::FromQueryResult)]
struct Count {
    n: i64,
}

async fn exists(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<sea_orm::Value>,
) -> Result<bool, AppError> {
    Ok(all::<Count>(db, sql, values).await?.first().is_some_and(|c| c.n > 0))
}

/// Whether the survey of a module is waiting for `me`: completed, not yet answered.
pub async fn survey_due(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    module_id: i32,
) -> Result<bool, AppError> {
    Ok(completed(db, me, module_id).await?
        && !exists(
            db,
            "SELECT COUNT(*) AS n FROM surveys_given WHERE user_id = ? AND module_id = ?",
            vec![me.id.into(), module_id.into()],
        )
        .await?)
}

async fn completed(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    module_id: i32,
) -> Result<bool, AppError> {
    Ok(completion::Entity::find()
        .filter(completion::Column::UserId.eq(me.id))
        .filter(completion::Column::ModuleId.eq(module_id))
        .one(db)
        .await?
        .is_some())
}

/// Keeps `me`'s survey answers for a module they completed: once (a second send changes
/// nothing). `NotFound` for a module they have not completed.
pub async fn answer_survey(
    db: &DatabaseConnection,
    me: &CurrentUser,
    module_id: i32,
    answers: &SurveyAnswers,
) -> Result<(), AppError> {
    if !completed(db, me, module_id).await? {
        return Err(AppError::NotFound);
    }
    // Once: the mark of who answered is the guard, an answer is kept only with a new mark.
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let given = affected(
        &txn,
        "INSERT INTO surveys_given (user_id, module_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
        vec![me.id.into(), module_id.into()],
    )
    .await?;
    if given == 1 {
        execute(
            &txn,
            "INSERT INTO survey_responses (module_id, agency_id, month, language, relevance, \
             confidence_before, confidence_after, missing) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            vec![
                module_id.into(),
                me.agency_id.into(),
                month(Utc::now()).into(),
                me.locale.code().into(),
                answers.relevance.into(),
                answers.confidence_before.into(),
                answers.confidence_after.into(),
                answers.missing.clone().into(),
            ],
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Whether the follow-up question waits for `me`: a learner of an agency whose first
/// completion is at least [`FOLLOWUP_AFTER`] old, who has not answered it or declined.
pub async fn followup_due(db: &impl ConnectionTrait, me: &CurrentUser) -> Result<bool, AppError> {
    Ok(followup_asked(db, me).await?
        && !exists(
            db,
            "SELECT COUNT(*) AS n FROM followups_given WHERE user_id = ?",
            vec![me.id.into()],
        )
        .await?)
}

/// Whether the follow-up is asked of `me` at all: a learner of an agency whose first
/// completion is at least [`FOLLOWUP_AFTER`] old.
async fn followup_asked(db: &impl ConnectionTrait, me: &CurrentUser) -> Result<bool, AppError> {
    if !me.role.needs_agency() || me.agency_id.is_none() {
        return Ok(false);
    }
    Ok(completion::Entity::find()
        .filter(completion::Column::UserId.eq(me.id))
        .filter(completion::Column::CompletedAt.lte(Utc::now() - FOLLOWUP_AFTER))
        .one(db)
        .await?
        .is_some())
}

/// `me`'s follow-up answer, once; `None`: "do not ask me again" (nothing is counted).
/// `NotFound` when it is not asked of them.
pub async fn answer_followup(
    db: &DatabaseConnection,
    me: &CurrentUser,
    answer: Option<(Referred, Option<bool>)>,
) -> Result<(), AppError> {
    if !followup_asked(db, me).await? {
        return Err(AppError::NotFound);
    }
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let given = affected(
        &txn,
        "INSERT INTO followups_given (user_id) VALUES (?) ON CONFLICT DO NOTHING",
        vec![me.id.into()],
    )
    .await?;
    if let (1, Some((referred, helped))) = (given, answer) {
        execute(
            &txn,
            "INSERT INTO followup_answers (agency_id, month, referred, directory_helped) VALUES (?, ?, ?, ?)",
            vec![
                me.agency_id.into(),
                month(Utc::now()).into(),
                referred.code().into(),
                helped.into(),
            ],
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Which answers a summary covers.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub module_id: Option<i32>,
    pub country: Option<String>,
    pub agency_id: Option<i32>,
    pub period: Option<Period>,
}

impl Filter {
    /// `WHERE` conditions on `r` (the rows) and `g` (their agency), and their values; the
    /// period is on `r`'s column `month`, the module on `r.module_id` when `module`.
    pub(crate) fn conditions(&self, month: &str, module: bool) -> (String, Vec<sea_orm::Value>) {
        let (from, to) = match &self.period {
            Some(p) => (Some(p.from.clone()), Some(p.to.clone())),
            None => (None, None),
        };
        let mut sql = format!(
            "(? IS NULL OR g.country_code = ?) AND (? IS NULL OR r.agency_id = ?) \
             AND (? IS NULL OR r.{month} >= ?) AND (? IS NULL OR r.{month} <= ?)"
        );
        let mut values: Vec<sea_orm::Value> = vec![
            self.country.clone().into(),
            self.country.clone().into(),
            self.agency_id.into(),
            self.agency_id.into(),
            from.clone().into(),
            from.into(),
            to.clone().into(),
            to.into(),
        ];
        if module {
            sql.push_str(" AND (? IS NULL OR r.module_id = ?)");
            values.extend([self.module_id.into(), self.module_id.into()]);
        }
        (sql, values)
    }
}

/// The survey answers of a group: counts and means, and the free text when `with_text`
/// (trainers and admins), newest first, at most 200.
pub async fn survey_summary(
    db: &impl ConnectionTrait,
    filter: &Filter,
    with_text: bool,
) -> Result<SurveySummary, AppError> {
    #[derive(sea_orm::FromQueryResult)]
    struct Means {
        n: i64,
        relevance: Option<f64>,
        before: Option<f64>,
        after: Option<f64>,
    }
    #[derive(sea_orm::FromQueryResult)]
    struct Text {
        missing: String,
    }
    let (conditions, values) = filter.conditions("month", true);
    let means = all::<Means>(
        db,
        &format!(
            "SELECT COUNT(*) AS n, CAST(AVG(r.relevance) AS DOUBLE PRECISION) AS relevance, \
             CAST(AVG(r.confidence_before) AS DOUBLE PRECISION) AS before, \
             CAST(AVG(r.confidence_after) AS DOUBLE PRECISION) AS after \
             FROM survey_responses r LEFT JOIN agencies g ON g.id = r.agency_id WHERE {conditions}"
        ),
        values.clone(),
    )
    .await?;
    let Some(m) = means.into_iter().next() else { return Ok(SurveySummary::default()) };
    let missing = if with_text {
        all::<Text>(
            db,
            &format!(
                "SELECT r.missing FROM survey_responses r LEFT JOIN agencies g ON g.id = r.agency_id \
                 WHERE {conditions} AND r.missing <> '' ORDER BY r.month DESC, r.missing LIMIT 200"
            ),
            values,
        )
        .await?
        .into_iter()
        .map(|t| t.missing)
        .collect()
    } else {
        vec![]
    };
    Ok(SurveySummary {
        responses: m.n.max(0) as u64,
        relevance: m.relevance,
        confidence_before: m.before,
        confidence_after: m.after,
        missing,
    })
}

/// Follow-up answers of a group, per agency: (agency id, agency name, counts), by name.
pub async fn followups_by_agency(
    db: &impl ConnectionTrait,
    filter: &Filter,
) -> Result<Vec<(i32, String, FollowupCounts)>, AppError> {
    #[derive(sea_orm::FromQueryResult)]
    struct Row {
        agency_id: i32,
        name: String,
        referred: String,
        directory_helped: Option<bool>,
        n: i64,
    }
    let (conditions, values) = filter.conditions("month", false);
    let rows = all::<Row>(
        db,
        &format!(
            "SELECT r.agency_id, g.name, r.referred, r.directory_helped, COUNT(*) AS n \
             FROM followup_answers r JOIN agencies g ON g.id = r.agency_id WHERE {conditions} \
             GROUP BY r.agency_id, g.name, r.referred, r.directory_helped ORDER BY g.name, r.agency_id"
        ),
        values,
    )
    .await?;
    let mut out: Vec<(i32, String, FollowupCounts)> = vec![];
    for r in rows {
        let Some(referred) = Referred::from_code(&r.referred) else { continue };
        if out.last().is_none_or(|(id, _, _)| *id != r.agency_id) {
            out.push((r.agency_id, r.name.clone(), FollowupCounts::default()));
        }
        if let Some((_, _, counts)) = out.last_mut() {
            counts.add(referred, r.directory_helped, r.n.max(0) as u64);
        }
    }
    Ok(out)
}

/// [`followups_by_agency`] added up.
pub async fn followups(
    db: &impl ConnectionTrait,
    filter: &Filter,
) -> Result<FollowupCounts, AppError> {
    let mut total = FollowupCounts::default();
    for (_, _, c) in followups_by_agency(db, filter).await? {
        total += c;
    }
    Ok(total)
}
