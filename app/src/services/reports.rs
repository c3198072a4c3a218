//! Supervisor dashboards and country reports: each a few SQL aggregates over indexed columns,
//! assembled in memory — never a query per trainee.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, QueryResult, Statement, Value};

use crate::model::{
    error::AppError,
    reports::{
        AgencyDashboard, Cell, CellStatus, CountryColumn, CountryReport, Headline, ItemAnalysis,
        ItemStat, MatrixRow, ModuleRow, item_flags, share,
    },
};
use crate::services::assignments::{earliest, overdue};

/// Runs SQL written with `?` placeholders on either database.
async fn rows(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<QueryResult>, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            let mut n = 0;
            sql.chars()
                .map(|c| {
                    if c == '?' {
                        n += 1;
                        format!("${n}")
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        }
        _ => sql.to_owned(),
    };
    db.query_all_raw(Statement::from_sql_and_values(backend, sql, values)).await
}

/// What is known of one person and one module.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    pub attempts: u32,
    pub open_attempts: u32,
    pub passed: bool,
    pub completed: bool,
    pub lessons_read: u32,
    pub best_percent: Option<f64>,
}

/// A cell's status (pure): passed wins; then overdue; then failed (attempts, none open or
/// passed); then in progress (anything done); else not started.
pub fn cell_status(f: &Facts, due: Option<NaiveDate>, today: NaiveDate) -> CellStatus {
    if f.passed || f.completed {
        CellStatus::Passed
    } else if overdue(due, false, today) {
        CellStatus::Overdue
    } else if f.attempts > 0 && f.open_attempts == 0 {
        CellStatus::Failed
    } else if f.attempts > 0 || f.lessons_read > 0 {
        CellStatus::InProgress
    } else {
        CellStatus::NotStarted
    }
}

const LEARNER: &str = "u.active = ? AND u.role IN ('trainee', 'supervisor')";

/// An agency's headline figures and its people × modules matrix.
pub async fn agency_dashboard(
    db: &impl ConnectionTrait,
    agency_id: i32,
    today: NaiveDate,
) -> Result<AgencyDashboard, AppError> {
    use sea_orm::EntityTrait;
    let agency = crate::entities::agency::Entity::find_by_id(agency_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let a = || Value::from(agency_id);
    let learners = rows(db, &format!("SELECT u.id, u.display_name, u.email FROM users u WHERE u.agency_id = ? AND {LEARNER} ORDER BY u.display_name"), vec![a(), true.into()]).await?;
    let learners: Vec<(i32, String, String)> = learners
        .iter()
        .map(|r| {
            Ok((r.try_get("", "id")?, r.try_get("", "display_name")?, r.try_get("", "email")?))
        })
        .collect::<Result<_, DbErr>>()?;

    // Assignments: to the agency (everyone) or to one of its people.
    let assigned = rows(
        db,
        "SELECT a.module_id, a.user_id, a.due_on FROM assignments a \
         LEFT JOIN users u ON u.id = a.user_id WHERE a.agency_id = ? OR u.agency_id = ?",
        vec![a(), a()],
    )
    .await?;
    let mut due: HashMap<(i32, Option<i32>), Option<NaiveDate>> = HashMap::new();
    for r in &assigned {
        let key = (r.try_get::<i32>("", "module_id")?, r.try_get::<Option<i32>>("", "user_id")?);
        let date: Option<NaiveDate> = r.try_get("", "due_on")?;
        let entry = due.entry(key).or_insert(date);
        *entry = earliest(*entry, date);
    }

    let mut facts: HashMap<(i32, i32), Facts> = HashMap::new();
    for r in rows(
        db,
        "SELECT t.user_id, v.module_id, COUNT(*) AS n, MAX(t.percent) AS best, \
         SUM(CASE WHEN t.passed THEN 1 ELSE 0 END) AS passed, \
         SUM(CASE WHEN t.submitted_at IS NULL THEN 1 ELSE 0 END) AS open \
         FROM attempts t JOIN module_versions v ON v.id = t.version_id JOIN users u ON u.id = t.user_id \
         WHERE u.agency_id = ? GROUP BY t.user_id, v.module_id",
        vec![a()],
    )
    .await?
    {
        let f = facts.entry((r.try_get("", "user_id")?, r.try_get("", "module_id")?)).or_default();
        f.attempts = r.try_get::<i64>("", "n")? as u32;
        f.best_percent = r.try_get("", "best")?;
        f.passed = r.try_get::<i64>("", "passed")? > 0;
        f.open_attempts = r.try_get::<i64>("", "open")? as u32;
    }
    for r in rows(
        db,
        "SELECT c.user_id, c.module_id FROM completions c JOIN users u ON u.id = c.user_id WHERE u.agency_id = ?",
        vec![a()],
    )
    .await?
    {
        facts.entry((r.try_get("", "user_id")?, r.try_get("", "module_id")?)).or_default().completed = true;
    }
    for r in rows(
        db,
        "SELECT p.user_id, v.module_id, COUNT(*) AS n FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id \
         JOIN module_versions v ON v.id = l.version_id JOIN users u ON u.id = p.user_id \
         WHERE u.agency_id = ? GROUP BY p.user_id, v.module_id",
        vec![a()],
    )
    .await?
    {
        facts.entry((r.try_get("", "user_id")?, r.try_get("", "module_id")?)).or_default().lessons_read = r.try_get::<i64>("", "n")? as u32;
    }

    // Columns: every module assigned here, by title.
    let mut module_ids: Vec<i32> = due.keys().map(|(m, _)| *m).collect();
    module_ids.sort_unstable();
    module_ids.dedup();
    let titles = module_titles(db, &module_ids).await?;
    let mut modules: Vec<(i32, String)> =
        module_ids.iter().map(|m| (*m, titles.get(m).cloned().unwrap_or_default())).collect();
    modules.sort_by_key(|(_, t)| t.to_lowercase());

    let mut headline = Headline {
        trainees: learners.len(),
        assignments: 0,
        completed: 0,
        completion_rate: 0.0,
        average_best_score: None,
        overdue: 0,
    };
    let mut best_scores = vec![];
    let rows = learners
        .into_iter()
        .map(|(user_id, name, email)| {
            let cells = modules
                .iter()
                .map(|(module_id, _)| {
                    let f = facts.get(&(user_id, *module_id)).cloned().unwrap_or_default();
                    let agency_due = due.get(&(*module_id, None));
                    let own_due = due.get(&(*module_id, Some(user_id)));
                    let assigned = agency_due.is_some() || own_due.is_some();
                    let due_on =
                        earliest(agency_due.copied().flatten(), own_due.copied().flatten());
                    let status = cell_status(&f, due_on, today);
                    if assigned {
                        headline.assignments += 1;
                        headline.completed += usize::from(f.completed);
                        headline.overdue += usize::from(status == CellStatus::Overdue);
                    }
                    best_scores.extend(f.best_percent);
                    Cell {
                        status,
                        best_percent: f.best_percent,
                        attempts: f.attempts,
                        assigned,
                        due_on: due_on.map(|d| d.to_string()),
                    }
                })
                .collect();
            MatrixRow { user_id, name, email, cells }
        })
        .collect();
    headline.completion_rate = share(headline.completed as u64, headline.assignments as u64);
    if !best_scores.is_empty() {
        let mean = best_scores.iter().sum::<f64>() / best_scores.len() as f64;
        headline.average_best_score = Some((mean * 10.0).round() / 10.0);
    }
    Ok(AgencyDashboard { agency_id, agency_name: agency.name, headline, modules, rows })
}

/// Module titles (of the published version, else the latest).
async fn module_titles(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashMap<i32, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut titles = HashMap::new();
    for r in rows(db, &format!("SELECT module_id, title, status, number FROM module_versions WHERE module_id IN ({list}) ORDER BY number"), vec![]).await? {
        let (id, title, status): (i32, String, String) = (r.try_get("", "module_id")?, r.try_get("", "title")?, r.try_get("", "status")?);
        if status == "published" || !titles.contains_key(&id) {
            titles.insert(id, title);
        }
    }
    Ok(titles)
}

/// Completion per country, side by side: for each published module, the share of each
/// country's active learners who completed it; and completions per month.
pub async fn country_report(db: &impl ConnectionTrait) -> Result<CountryReport, AppError> {
    let countries: Vec<CountryColumn> = rows(
        db,
        &format!(
            "SELECT c.code, c.name_en, COUNT(u.id) AS learners FROM countries c \
             LEFT JOIN agencies g ON g.country_code = c.code \
             LEFT JOIN users u ON u.agency_id = g.id AND {LEARNER} \
             GROUP BY c.code, c.name_en ORDER BY c.name_en"
        ),
        vec![true.into()],
    )
    .await?
    .iter()
    .map(|r| {
        Ok(CountryColumn {
            code: r.try_get("", "code")?,
            name: r.try_get("", "name_en")?,
            learners: r.try_get::<i64>("", "learners")? as u64,
        })
    })
    .collect::<Result<_, DbErr>>()?;

    let mut completed: HashMap<(i32, String), u64> = HashMap::new();
    for r in rows(
        db,
        &format!(
            "SELECT x.module_id, g.country_code, COUNT(*) AS n FROM completions x \
             JOIN users u ON u.id = x.user_id JOIN agencies g ON g.id = u.agency_id \
             WHERE {LEARNER} GROUP BY x.module_id, g.country_code"
        ),
        vec![true.into()],
    )
    .await?
    {
        completed.insert(
            (r.try_get("", "module_id")?, r.try_get("", "country_code")?),
            r.try_get::<i64>("", "n")? as u64,
        );
    }
    let published = rows(
        db,
        "SELECT module_id, title FROM module_versions WHERE status = ? ORDER BY title",
        vec!["published".into()],
    )
    .await?;
    let modules = published
        .iter()
        .map(|r| {
            let module_id: i32 = r.try_get("", "module_id")?;
            let done: Vec<u64> = countries
                .iter()
                .map(|c| completed.get(&(module_id, c.code.clone())).copied().unwrap_or(0))
                .collect();
            let percent = done.iter().zip(&countries).map(|(d, c)| share(*d, c.learners)).collect();
            Ok(ModuleRow { module_id, title: r.try_get("", "title")?, completed: done, percent })
        })
        .collect::<Result<_, DbErr>>()?;

    let month = match db.get_database_backend() {
        DbBackend::Postgres => "to_char(x.completed_at, 'YYYY-MM')",
        _ => "substr(x.completed_at, 1, 7)",
    };
    let per_month = rows(
        db,
        &format!(
            "SELECT {month} AS month, COUNT(*) AS n FROM completions x JOIN users u ON u.id = x.user_id \
             WHERE {LEARNER} GROUP BY 1 ORDER BY 1"
        ),
        vec![true.into()],
    )
        .await?
        .iter()
        .map(|r| Ok((r.try_get("", "month")?, r.try_get::<i64>("", "n")? as u64)))
        .collect::<Result<_, DbErr>>()?;
    Ok(CountryReport { countries, modules, per_month })
}

/// Item analysis of one version: per question the share fully correct, the discrimination
/// index (upper vs lower 27 % of attempts by score), how often each option was chosen, and flags.
pub async fn item_analysis(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<ItemAnalysis, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let v = crate::entities::module_version::Entity::find_by_id(version_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let v_id = || Value::from(version_id);
    let percents: Vec<f64> = rows(db, "SELECT percent FROM attempts WHERE version_id = ? AND submitted_at IS NOT NULL ORDER BY percent", vec![v_id()])
        .await?
        .iter()
        .map(|r| r.try_get::<Option<f64>>("", "percent").map(Option::unwrap_or_default))
        .collect::<Result<_, DbErr>>()?;
    let n = percents.len();
    let correct_by = |condition: &'static str, bound: Option<f64>| {
        let mut values = vec![v_id()];
        values.extend(bound.map(Value::from));
        async move {
            let sql = format!(
                "SELECT aa.question_id, COUNT(*) AS n, SUM(CASE WHEN aa.earned >= aa.points THEN 1 ELSE 0 END) AS correct \
                 FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id \
                 WHERE a.version_id = ? {condition} GROUP BY aa.question_id"
            );
            let mut out: HashMap<i32, (u64, u64)> = HashMap::new();
            for r in rows(db, &sql, values).await? {
                out.insert(
                    r.try_get("", "question_id")?,
                    (r.try_get::<i64>("", "n")? as u64, r.try_get::<i64>("", "correct")? as u64),
                );
            }
            Ok::<_, DbErr>(out)
        }
    };
    let all = correct_by("", None).await?;
    // The 27 % groups by score (ties at the cut stay in the group).
    let k = (n as f64 * 0.27).ceil() as usize;
    let (lower, upper) = if n >= 4 {
        (
            correct_by("AND a.percent <= ?", Some(percents[k - 1])).await?,
            correct_by("AND a.percent >= ?", Some(percents[n - k])).await?,
        )
    } else {
        (HashMap::new(), HashMap::new())
    };
    let mut chosen: HashMap<i32, u64> = HashMap::new();
    for r in rows(
        db,
        "SELECT c.option_id, COUNT(*) AS n FROM attempt_choices c JOIN attempts a ON a.id = c.attempt_id \
         WHERE a.version_id = ? GROUP BY c.option_id",
        vec![v_id()],
    )
    .await?
    {
        chosen.insert(r.try_get("", "option_id")?, r.try_get::<i64>("", "n")? as u64);
    }
    let questions = crate::entities::question::Entity::find()
        .filter(crate::entities::question::Column::VersionId.eq(version_id))
        .order_by_asc(crate::entities::question::Column::Position)
        .all(db)
        .await?;
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let options = crate::entities::question_option::Entity::find()
        .filter(crate::entities::question_option::Column::QuestionId.is_in(ids))
        .order_by_asc(crate::entities::question_option::Column::Position)
        .all(db)
        .await?;
    let ratio = |m: &HashMap<i32, (u64, u64)>, q: i32| {
        m.get(&q).filter(|(n, _)| *n > 0).map(|(n, c)| *c as f64 / *n as f64)
    };
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let stats = questions
        .into_iter()
        .map(|q| {
            let (answered, _) = all.get(&q.id).copied().unwrap_or_default();
            let correct_share = round(ratio(&all, q.id).unwrap_or(0.0));
            let discrimination = match (ratio(&upper, q.id), ratio(&lower, q.id)) {
                (Some(u), Some(l)) => Some(round(u - l)),
                _ => None,
            };
            let choice = matches!(q.kind.as_str(), "single" | "multiple" | "true_false");
            ItemStat {
                question_id: q.id,
                flags: item_flags(correct_share, discrimination, answered),
                prompt: q.prompt,
                answered,
                correct_share,
                discrimination,
                options: options
                    .iter()
                    .filter(|o| choice && o.question_id == q.id)
                    .map(|o| (o.text.clone(), chosen.get(&o.id).copied().unwrap_or(0), o.correct))
                    .collect(),
            }
        })
        .collect();
    Ok(ItemAnalysis {
        version_id,
        module_id: v.module_id,
        title: v.title,
        number: v.number,
        attempts: n as u64,
        questions: stats,
    })
}

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn cells_tell_where_someone_stands() {
        let today = day(10);
        let none = Facts::default();
        assert_eq!(cell_status(&none, None, today), CellStatus::NotStarted);
        assert_eq!(cell_status(&none, Some(day(9)), today), CellStatus::Overdue);
        let reading = Facts { lessons_read: 2, ..Facts::default() };
        assert_eq!(cell_status(&reading, Some(day(11)), today), CellStatus::InProgress);
        let failed = Facts { attempts: 1, ..Facts::default() };
        assert_eq!(cell_status(&failed, None, today), CellStatus::Failed);
        let retrying = Facts { attempts: 2, open_attempts: 1, ..Facts::default() };
        assert_eq!(cell_status(&retrying, None, today), CellStatus::InProgress);
        let passed = Facts { attempts: 2, passed: true, ..Facts::default() };
        assert_eq!(
            cell_status(&passed, Some(day(1)), today),
            CellStatus::Passed,
            "passing late is still passing"
        );
    }
}
