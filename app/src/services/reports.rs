//! Supervisor dashboards and country reports: each a few SQL aggregates over indexed columns,
//! assembled in memory — never a query per trainee.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Value};

use crate::model::assignments::{earliest, overdue};
use crate::model::{
    accounts::{AgencyKind, CurrentUser},
    authoring::VersionStatus,
    error::AppError,
    reports::{
        AgencyDashboard, Cell, CellStatus, CountryColumn, CountryDetail, CountryReport, GroupRow,
        Headline, MatrixRow, ModuleRow, PersonAttempt, PersonModule, PersonProgress, share,
    },
};
use crate::services::sql::all;

// The rows the report queries read, column by name.

#[derive(FromQueryResult)]
struct Learner {
    id: i32,
    display_name: String,
    email: String,
}

#[derive(FromQueryResult)]
struct Due {
    module_id: i32,
    user_id: Option<i32>,
    due_on: Option<NaiveDate>,
}

#[derive(FromQueryResult)]
struct AttemptFacts {
    user_id: i32,
    module_id: i32,
    n: i64,
    best: Option<f64>,
    passed: i64,
    open: i64,
}

#[derive(FromQueryResult)]
struct PersonModuleCount {
    user_id: i32,
    module_id: i32,
    n: i64,
}

#[derive(FromQueryResult)]
struct Completed {
    user_id: i32,
    module_id: i32,
    completed_at: DateTime<Utc>,
}

#[derive(FromQueryResult)]
struct AttemptRow {
    title: String,
    version: i32,
    number: i32,
    started_at: DateTime<Utc>,
    submitted_at: Option<DateTime<Utc>>,
    percent: Option<f64>,
    passed: Option<bool>,
    late: bool,
}

#[derive(FromQueryResult)]
struct VersionTitle {
    module_id: i32,
    title: String,
    status: VersionStatus,
}

#[derive(FromQueryResult)]
struct Country {
    code: String,
    name_en: String,
    name_ar: String,
}

#[derive(FromQueryResult)]
struct CountryLearners {
    code: String,
    name_en: String,
    name_ar: String,
    learners: i64,
}

#[derive(FromQueryResult)]
struct CountryCompletions {
    module_id: i32,
    country_code: String,
    n: i64,
}

#[derive(FromQueryResult)]
struct AgencyLearners {
    id: i32,
    name: String,
    kind: AgencyKind,
    learners: i64,
}

#[derive(FromQueryResult)]
struct AgencyCompletions {
    agency_id: i32,
    module_id: i32,
    n: i64,
}

#[derive(FromQueryResult)]
struct Month {
    month: String,
    n: i64,
}

#[derive(FromQueryResult)]
struct Titled {
    module_id: i32,
    title: String,
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
    let learners: Vec<Learner> = all(db, &format!("SELECT u.id, u.display_name, u.email FROM users u WHERE u.agency_id = ? AND {LEARNER} ORDER BY u.display_name"), vec![a(), true.into()]).await?;

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
        .map(|Learner { id: user_id, display_name: name, email }| {
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
    let assigned: Vec<Due> = all(
        db,
        "SELECT a.module_id, a.user_id, a.due_on FROM assignments a \
         LEFT JOIN users u ON u.id = a.user_id WHERE a.agency_id = ? OR u.agency_id = ?",
        vec![agency_id.into(), agency_id.into()],
    )
    .await?;
    let mut due: HashMap<(i32, Option<i32>), Option<NaiveDate>> = HashMap::new();
    for Due { module_id, user_id, due_on } in assigned {
        let entry = due.entry((module_id, user_id)).or_insert(due_on);
        *entry = earliest(*entry, due_on);
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
    for r in all::<AttemptFacts>(
        db,
        &format!(
            "SELECT t.user_id, v.module_id, COUNT(*) AS n, MAX(t.percent) AS best, \
             SUM(CASE WHEN t.passed THEN 1 ELSE 0 END) AS passed, \
             SUM(CASE WHEN t.submitted_at IS NULL THEN 1 ELSE 0 END) AS open \
             FROM attempts t JOIN module_versions v ON v.id = t.version_id JOIN users u ON u.id = t.user_id \
             WHERE {condition} AND t.purpose = 'quiz' GROUP BY t.user_id, v.module_id"
        ),
        vec![value.clone()],
    )
    .await?
    {
        let f = facts.entry((r.user_id, r.module_id)).or_default();
        f.attempts = r.n as u32;
        f.best_percent = r.best;
        f.passed = r.passed > 0;
        f.open_attempts = r.open as u32;
    }
    for r in all::<Completed>(
        db,
        &format!(
            "SELECT c.user_id, c.module_id, c.completed_at FROM completions c JOIN users u ON u.id = c.user_id WHERE {condition}"
        ),
        vec![value.clone()],
    )
    .await?
    {
        facts.entry((r.user_id, r.module_id)).or_default().completed = true;
    }
    for r in all::<PersonModuleCount>(
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
        facts.entry((r.user_id, r.module_id)).or_default().lessons_read = r.n as u32;
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
        .filter(|u| u.role.needs_agency())
        .ok_or(AppError::NotFound)?;
    let agency_id = person.agency_id.ok_or(AppError::NotFound)?;
    if !crate::services::organisations::may_supervise(db, viewer, agency_id).await? {
        return Err(AppError::NotFound);
    }
    let agency = crate::entities::agency::Entity::find_by_id(agency_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let due = dues(db, agency_id).await?;
    let facts = facts(db, Scope::Person(user_id)).await?;
    let mut completed_on: HashMap<i32, String> = HashMap::new();
    for c in all::<Completed>(
        db,
        "SELECT user_id, module_id, completed_at FROM completions WHERE user_id = ?",
        vec![user_id.into()],
    )
    .await?
    {
        completed_on.insert(c.module_id, c.completed_at.date_naive().to_string());
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
    let minute = |t: DateTime<Utc>| t.format("%Y-%m-%d %H:%M").to_string();
    let attempts = all::<AttemptRow>(
        db,
        "SELECT v.title, v.number AS version, t.number, t.started_at, t.submitted_at, t.percent, t.passed, t.late \
         FROM attempts t JOIN module_versions v ON v.id = t.version_id WHERE t.user_id = ? AND t.purpose = 'quiz' \
         ORDER BY t.started_at DESC, t.id DESC",
        vec![user_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| PersonAttempt {
        module_title: r.title,
        version: r.version,
        number: r.number,
        started_at: minute(r.started_at),
        submitted_at: r.submitted_at.map(minute),
        percent: r.percent,
        passed: r.passed,
        late: r.late,
    })
    .collect();
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
pub(crate) async fn module_titles(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashMap<i32, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let list = ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut titles = HashMap::new();
    for v in all::<VersionTitle>(db, &format!("SELECT module_id, title, status, number FROM module_versions WHERE module_id IN ({list}) ORDER BY number"), vec![]).await? {
        if v.status == VersionStatus::Published || !titles.contains_key(&v.module_id) {
            titles.insert(v.module_id, v.title);
        }
    }
    Ok(titles)
}

/// Completion per country, side by side: for each published module, the share of each
/// country's active learners who completed it; and completions per month. Reads the rollups
/// (a few hundred rows), never the completions themselves.
pub async fn country_report(db: &impl ConnectionTrait) -> Result<CountryReport, AppError> {
    let countries: Vec<CountryColumn> = all::<CountryLearners>(
        db,
        "SELECT c.code, c.name_en, c.name_ar, COALESCE(CAST(SUM(l.learners) AS BIGINT), 0) AS learners \
         FROM countries c LEFT JOIN agencies g ON g.country_code = c.code \
         LEFT JOIN agency_learners l ON l.agency_id = g.id \
         GROUP BY c.code, c.name_en, c.name_ar ORDER BY c.name_en",
        vec![],
    )
    .await?
    .into_iter()
    .map(|c| CountryColumn {
        code: c.code,
        name: c.name_en,
        name_ar: c.name_ar,
        learners: c.learners as u64,
    })
    .collect();

    let mut completed: HashMap<(i32, String), u64> = HashMap::new();
    for r in all::<CountryCompletions>(
        db,
        "SELECT r.module_id, g.country_code, CAST(SUM(r.completions) AS BIGINT) AS n \
         FROM completion_rollup r JOIN agencies g ON g.id = r.agency_id GROUP BY r.module_id, g.country_code",
        vec![],
    )
    .await?
    {
        completed.insert((r.module_id, r.country_code), r.n as u64);
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
        && all::<Country>(
            db,
            "SELECT code, name_en, name_ar FROM countries WHERE code = ?",
            vec![code.into()],
        )
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
    Ok(all::<Month>(
        db,
        "SELECT r.month, CAST(SUM(r.completions) AS BIGINT) AS n FROM completion_rollup r \
         JOIN agencies g ON g.id = r.agency_id WHERE (? IS NULL OR g.country_code = ?) \
         GROUP BY r.month HAVING SUM(r.completions) > 0 ORDER BY r.month",
        vec![country.into(), country.into()],
    )
    .await?
    .into_iter()
    .map(|m| (m.month, m.n as u64))
    .collect())
}

/// Published modules (id, title), by title.
async fn published_modules(db: &impl ConnectionTrait) -> Result<Vec<(i32, String)>, DbErr> {
    Ok(all::<Titled>(
        db,
        "SELECT module_id, title FROM module_versions WHERE status = ? ORDER BY title",
        vec![VersionStatus::Published.into()],
    )
    .await?
    .into_iter()
    .map(|t| (t.module_id, t.title))
    .collect())
}

/// One country's completion per module: for the whole country, per agency kind and per agency.
/// Two small queries over the rollups.
pub async fn country_detail(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<CountryDetail, AppError> {
    let country = all::<Country>(
        db,
        "SELECT code, name_en, name_ar FROM countries WHERE code = ?",
        vec![code.into()],
    )
    .await?
    .into_iter()
    .next()
    .ok_or(AppError::NotFound)?;
    let agencies: Vec<AgencyLearners> = all(
        db,
        "SELECT g.id, g.name, g.kind, COALESCE(l.learners, 0) AS learners FROM agencies g \
         LEFT JOIN agency_learners l ON l.agency_id = g.id WHERE g.country_code = ? ORDER BY g.name",
        vec![code.into()],
    )
    .await?;
    let mut completed: HashMap<(i32, i32), u64> = HashMap::new();
    for r in all::<AgencyCompletions>(
        db,
        "SELECT r.agency_id, r.module_id, CAST(SUM(r.completions) AS BIGINT) AS n FROM completion_rollup r \
         JOIN agencies g ON g.id = r.agency_id WHERE g.country_code = ? GROUP BY r.agency_id, r.module_id",
        vec![code.into()],
    )
    .await?
    {
        completed.insert((r.agency_id, r.module_id), r.n as u64);
    }
    let modules = published_modules(db).await?;

    let by_agency: Vec<GroupRow> = agencies
        .iter()
        .map(|a| {
            let done =
                modules.iter().map(|(m, _)| completed.get(&(a.id, *m)).copied().unwrap_or(0));
            GroupRow::new(a.name.clone(), Some(a.id), a.learners as u64, done.collect())
        })
        .collect();
    let by_kind = AgencyKind::ALL
        .iter()
        .filter_map(|kind| {
            let rows: Vec<&GroupRow> = agencies
                .iter()
                .zip(&by_agency)
                .filter(|(a, _)| a.kind == *kind)
                .map(|(_, row)| row)
                .collect();
            (!rows.is_empty()).then(|| GroupRow {
                kind: Some(*kind),
                ..GroupRow::total(kind.label().to_owned(), rows, modules.len())
            })
        })
        .collect();
    Ok(CountryDetail {
        code: country.code,
        whole: GroupRow::total(country.name_en.clone(), &by_agency, modules.len()),
        name: country.name_en,
        name_ar: country.name_ar,
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
