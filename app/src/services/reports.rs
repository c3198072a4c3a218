//! Supervisor dashboards and country reports: each a few SQL aggregates over indexed columns,
//! assembled in memory — never a query per trainee.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, Value};

use crate::model::assignments::{earliest, overdue};
use crate::model::{
    accounts::CurrentUser,
    error::AppError,
    reports::{
        AgencyDashboard, Cell, CellStatus, CountryColumn, CountryDetail, CountryReport, GroupRow,
        Headline, MatrixRow, ModuleRow, PersonAttempt, PersonModule, PersonProgress, share,
    },
};
use crate::services::sql::rows;

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

    let due = dues(db, agency_id).await?;
    let facts = facts(db, Scope::Agency(agency_id)).await?;

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
                    let (assigned, due_on) = due_for(&due, *module_id, user_id);
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

/// Whose facts to gather.
#[derive(Clone, Copy)]
enum Scope {
    Agency(i32),
    Person(i32),
}

impl Scope {
    fn condition(self) -> (&'static str, Value) {
        match self {
            Scope::Agency(id) => ("u.agency_id = ?", id.into()),
            Scope::Person(id) => ("u.id = ?", id.into()),
        }
    }
}

/// Due dates in an agency, by (module, person): `None` for the agency-wide assignment. The
/// earliest wins when a module is assigned twice.
async fn dues(
    db: &impl ConnectionTrait,
    agency_id: i32,
) -> Result<HashMap<(i32, Option<i32>), Option<NaiveDate>>, DbErr> {
    let assigned = rows(
        db,
        "SELECT a.module_id, a.user_id, a.due_on FROM assignments a \
         LEFT JOIN users u ON u.id = a.user_id WHERE a.agency_id = ? OR u.agency_id = ?",
        vec![agency_id.into(), agency_id.into()],
    )
    .await?;
    let mut due: HashMap<(i32, Option<i32>), Option<NaiveDate>> = HashMap::new();
    for r in &assigned {
        let key = (r.try_get::<i32>("", "module_id")?, r.try_get::<Option<i32>>("", "user_id")?);
        let date: Option<NaiveDate> = r.try_get("", "due_on")?;
        let entry = due.entry(key).or_insert(date);
        *entry = earliest(*entry, date);
    }
    Ok(due)
}

/// Attempts, completions and lessons read, by (person, module): three grouped queries.
async fn facts(
    db: &impl ConnectionTrait,
    scope: Scope,
) -> Result<HashMap<(i32, i32), Facts>, DbErr> {
    let (condition, value) = scope.condition();
    let mut facts: HashMap<(i32, i32), Facts> = HashMap::new();
    for r in rows(
        db,
        &format!(
            "SELECT t.user_id, v.module_id, COUNT(*) AS n, MAX(t.percent) AS best, \
             SUM(CASE WHEN t.passed THEN 1 ELSE 0 END) AS passed, \
             SUM(CASE WHEN t.submitted_at IS NULL THEN 1 ELSE 0 END) AS open \
             FROM attempts t JOIN module_versions v ON v.id = t.version_id JOIN users u ON u.id = t.user_id \
             WHERE {condition} GROUP BY t.user_id, v.module_id"
        ),
        vec![value.clone()],
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
        &format!(
            "SELECT c.user_id, c.module_id FROM completions c JOIN users u ON u.id = c.user_id WHERE {condition}"
        ),
        vec![value.clone()],
    )
    .await?
    {
        facts.entry((r.try_get("", "user_id")?, r.try_get("", "module_id")?)).or_default().completed = true;
    }
    for r in rows(
        db,
        &format!(
            "SELECT p.user_id, v.module_id, COUNT(*) AS n FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id \
             JOIN module_versions v ON v.id = l.version_id JOIN users u ON u.id = p.user_id \
             WHERE {condition} GROUP BY p.user_id, v.module_id"
        ),
        vec![value],
    )
    .await?
    {
        facts.entry((r.try_get("", "user_id")?, r.try_get("", "module_id")?)).or_default().lessons_read = r.try_get::<i64>("", "n")? as u32;
    }
    Ok(facts)
}

/// The due date of a module for one person: the earlier of the agency's and their own.
fn due_for(
    due: &HashMap<(i32, Option<i32>), Option<NaiveDate>>,
    module_id: i32,
    user_id: i32,
) -> (bool, Option<NaiveDate>) {
    let agency_due = due.get(&(module_id, None));
    let own_due = due.get(&(module_id, Some(user_id)));
    let assigned = agency_due.is_some() || own_due.is_some();
    (assigned, earliest(agency_due.copied().flatten(), own_due.copied().flatten()))
}

/// One learner's progress, attempts and scores, for `viewer` if they supervise the learner's
/// agency (or are an admin). `NotFound` otherwise, and for anyone who is not a learner of an
/// agency — decided from the person's row alone, before any report query runs, so a refusal
/// takes no longer than a missing person.
pub async fn person_progress(
    db: &impl ConnectionTrait,
    viewer: &CurrentUser,
    user_id: i32,
    today: NaiveDate,
) -> Result<PersonProgress, AppError> {
    use sea_orm::EntityTrait;
    let person = crate::entities::user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .filter(|u| matches!(u.role.as_str(), "trainee" | "supervisor"))
        .ok_or(AppError::NotFound)?;
    let agency_id = person
        .agency_id
        .filter(|a| crate::model::permissions::can_supervise_agency(viewer, *a))
        .ok_or(AppError::NotFound)?;
    let agency = crate::entities::agency::Entity::find_by_id(agency_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let due = dues(db, agency_id).await?;
    let facts = facts(db, Scope::Person(user_id)).await?;
    let mut completed_on: HashMap<i32, String> = HashMap::new();
    for r in rows(
        db,
        "SELECT module_id, completed_at FROM completions WHERE user_id = ?",
        vec![user_id.into()],
    )
    .await?
    {
        let at: chrono::DateTime<Utc> = r.try_get("", "completed_at")?;
        completed_on.insert(r.try_get("", "module_id")?, at.date_naive().to_string());
    }
    // Modules assigned to them, and any they took up themselves.
    let mut module_ids: Vec<i32> = due
        .keys()
        .filter(|(_, who)| who.is_none_or(|w| w == user_id))
        .map(|(m, _)| *m)
        .chain(facts.keys().map(|(_, m)| *m))
        .collect();
    module_ids.sort_unstable();
    module_ids.dedup();
    let titles = module_titles(db, &module_ids).await?;
    let mut modules: Vec<PersonModule> = module_ids
        .iter()
        .map(|m| {
            let f = facts.get(&(user_id, *m)).cloned().unwrap_or_default();
            let (assigned, due_on) = due_for(&due, *m, user_id);
            PersonModule {
                module_id: *m,
                title: titles.get(m).cloned().unwrap_or_default(),
                assigned,
                due_on: due_on.map(|d| d.to_string()),
                status: cell_status(&f, due_on, today),
                lessons_read: f.lessons_read,
                attempts: f.attempts,
                best_percent: f.best_percent,
                completed_on: completed_on.get(m).cloned(),
            }
        })
        .collect();
    modules.sort_by_key(|m| (!m.assigned, m.title.to_lowercase()));
    let attempts = rows(
        db,
        "SELECT v.title, v.number AS version, t.number, t.started_at, t.submitted_at, t.percent, t.passed, t.late \
         FROM attempts t JOIN module_versions v ON v.id = t.version_id WHERE t.user_id = ? \
         ORDER BY t.started_at DESC, t.id DESC",
        vec![user_id.into()],
    )
    .await?
    .iter()
    .map(|r| {
        let minute = |t: chrono::DateTime<Utc>| t.format("%Y-%m-%d %H:%M").to_string();
        Ok(PersonAttempt {
            module_title: r.try_get("", "title")?,
            version: r.try_get("", "version")?,
            number: r.try_get("", "number")?,
            started_at: minute(r.try_get("", "started_at")?),
            submitted_at: r.try_get::<Option<chrono::DateTime<Utc>>>("", "submitted_at")?.map(minute),
            percent: r.try_get("", "percent")?,
            passed: r.try_get("", "passed")?,
            late: r.try_get("", "late")?,
        })
    })
    .collect::<Result<_, DbErr>>()?;
    Ok(PersonProgress {
        user_id,
        name: person.display_name,
        email: person.email,
        active: person.active,
        agency_id,
        agency_name: agency.name,
        modules,
        attempts,
    })
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
/// country's active learners who completed it; and completions per month. Reads the rollups
/// (a few hundred rows), never the completions themselves.
pub async fn country_report(db: &impl ConnectionTrait) -> Result<CountryReport, AppError> {
    let countries: Vec<CountryColumn> = rows(
        db,
        "SELECT c.code, c.name_en, c.name_ar, COALESCE(CAST(SUM(l.learners) AS BIGINT), 0) AS learners \
         FROM countries c LEFT JOIN agencies g ON g.country_code = c.code \
         LEFT JOIN agency_learners l ON l.agency_id = g.id \
         GROUP BY c.code, c.name_en, c.name_ar ORDER BY c.name_en",
        vec![],
    )
    .await?
    .iter()
    .map(|r| {
        Ok(CountryColumn {
            code: r.try_get("", "code")?,
            name: r.try_get("", "name_en")?,
            name_ar: r.try_get("", "name_ar")?,
            learners: r.try_get::<i64>("", "learners")? as u64,
        })
    })
    .collect::<Result<_, DbErr>>()?;

    let mut completed: HashMap<(i32, String), u64> = HashMap::new();
    for r in rows(
        db,
        "SELECT r.module_id, g.country_code, CAST(SUM(r.completions) AS BIGINT) AS n \
         FROM completion_rollup r JOIN agencies g ON g.id = r.agency_id GROUP BY r.module_id, g.country_code",
        vec![],
    )
    .await?
    {
        completed.insert(
            (r.try_get("", "module_id")?, r.try_get("", "country_code")?),
            r.try_get::<i64>("", "n")? as u64,
        );
    }
    let modules = published_modules(db)
        .await?
        .into_iter()
        .map(|(module_id, title)| {
            let done: Vec<u64> = countries
                .iter()
                .map(|c| completed.get(&(module_id, c.code.clone())).copied().unwrap_or(0))
                .collect();
            let percent = done.iter().zip(&countries).map(|(d, c)| share(*d, c.learners)).collect();
            ModuleRow { module_id, title, completed: done, percent }
        })
        .collect();
    let per_month = months(db, None).await?;
    Ok(CountryReport { countries, modules, per_month })
}

/// Completions per month (`YYYY-MM`, UTC), of every country or of one (`NotFound` for a
/// country that does not exist).
pub async fn completions_per_month(
    db: &impl ConnectionTrait,
    country: Option<&str>,
) -> Result<Vec<(String, u64)>, AppError> {
    if let Some(code) = country
        && rows(db, "SELECT code FROM countries WHERE code = ?", vec![code.into()])
            .await?
            .is_empty()
    {
        return Err(AppError::NotFound);
    }
    Ok(months(db, country).await?)
}

async fn months(
    db: &impl ConnectionTrait,
    country: Option<&str>,
) -> Result<Vec<(String, u64)>, DbErr> {
    rows(
        db,
        "SELECT r.month, CAST(SUM(r.completions) AS BIGINT) AS n FROM completion_rollup r \
         JOIN agencies g ON g.id = r.agency_id WHERE (? IS NULL OR g.country_code = ?) \
         GROUP BY r.month HAVING SUM(r.completions) > 0 ORDER BY r.month",
        vec![country.into(), country.into()],
    )
    .await?
    .iter()
    .map(|r| Ok((r.try_get("", "month")?, r.try_get::<i64>("", "n")? as u64)))
    .collect()
}

/// Published modules (id, title), by title.
async fn published_modules(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, DbErr> {
    rows(
        db,
        "SELECT module_id, title FROM module_versions WHERE status = ? ORDER BY title",
        vec!["published".into()],
    )
    .await?
    .iter()
    .map(|r| Ok((r.try_get("", "module_id")?, r.try_get("", "title")?)))
    .collect()
}

/// One country's completion per module: for the whole country, per agency kind and per agency.
/// Two small queries over the rollups.
pub async fn country_detail(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<CountryDetail, AppError> {
    use crate::model::accounts::AgencyKind;
    let country =
        rows(db, "SELECT code, name_en, name_ar FROM countries WHERE code = ?", vec![code.into()])
            .await?
            .into_iter()
            .next()
            .ok_or(AppError::NotFound)?;
    let agencies: Vec<(i32, String, String, u64)> = rows(
        db,
        "SELECT g.id, g.name, g.kind, COALESCE(l.learners, 0) AS learners FROM agencies g \
         LEFT JOIN agency_learners l ON l.agency_id = g.id WHERE g.country_code = ? ORDER BY g.name",
        vec![code.into()],
    )
    .await?
    .iter()
    .map(|r| {
        Ok((r.try_get("", "id")?, r.try_get("", "name")?, r.try_get("", "kind")?, r.try_get::<i64>("", "learners")? as u64))
    })
    .collect::<Result<_, DbErr>>()?;
    let mut completed: HashMap<(i32, i32), u64> = HashMap::new();
    for r in rows(
        db,
        "SELECT r.agency_id, r.module_id, CAST(SUM(r.completions) AS BIGINT) AS n FROM completion_rollup r \
         JOIN agencies g ON g.id = r.agency_id WHERE g.country_code = ? GROUP BY r.agency_id, r.module_id",
        vec![code.into()],
    )
    .await?
    {
        completed.insert((r.try_get("", "agency_id")?, r.try_get("", "module_id")?), r.try_get::<i64>("", "n")? as u64);
    }
    let modules = published_modules(db).await?;

    let by_agency: Vec<GroupRow> = agencies
        .iter()
        .map(|(id, name, _, learners)| {
            let done = modules.iter().map(|(m, _)| completed.get(&(*id, *m)).copied().unwrap_or(0));
            GroupRow::new(name.clone(), Some(*id), *learners, done.collect())
        })
        .collect();
    let by_kind = AgencyKind::ALL
        .iter()
        .filter_map(|kind| {
            let rows: Vec<&GroupRow> = agencies
                .iter()
                .zip(&by_agency)
                .filter(|((_, _, k, _), _)| k == kind.code())
                .map(|(_, row)| row)
                .collect();
            (!rows.is_empty()).then(|| GroupRow {
                kind: Some(*kind),
                ..GroupRow::total(kind.label().to_owned(), rows, modules.len())
            })
        })
        .collect();
    let name: String = country.try_get("", "name_en")?;
    Ok(CountryDetail {
        code: country.try_get("", "code")?,
        whole: GroupRow::total(name.clone(), &by_agency, modules.len()),
        name,
        name_ar: country.try_get("", "name_ar")?,
        per_month: months(db, Some(code)).await?,
        modules,
        by_kind,
        by_agency,
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
