//! Learners per agency and completions per agency, module and month, counting active learners
//! only: what the country reports read. Every change that moves them calls in here inside its
//! own transaction; `rebuild` recomputes them from scratch, and tests check the two agree.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Value};

use crate::entities::user;
use crate::services::sql::{all, execute};

#[derive(sea_orm::FromQueryResult)]
struct Completed {
    module_id: i32,
    completed_at: DateTime<Utc>,
}

#[derive(sea_orm::FromQueryResult)]
struct Learners {
    agency_id: i32,
    learners: i64,
}

#[derive(sea_orm::FromQueryResult)]
struct Completions {
    agency_id: i32,
    module_id: i32,
    month: String,
    completions: i64,
}

/// The agency a person counts in, if they count at all (active trainees and supervisors).
pub fn counted_in(u: &user::Model) -> Option<i32> {
    (u.active && u.role.needs_agency()).then_some(u.agency_id).flatten()
}

/// The month a completion counts in, as stored: `YYYY-MM` in UTC.
pub fn month(at: DateTime<Utc>) -> String {
    at.format("%Y-%m").to_string()
}

async fn add_learners(db: &impl ConnectionTrait, agency_id: i32, delta: i64) -> Result<(), DbErr> {
    execute(
        db,
        "INSERT INTO agency_learners (agency_id, learners) VALUES (?, ?) \
         ON CONFLICT (agency_id) DO UPDATE SET learners = agency_learners.learners + excluded.learners",
        vec![agency_id.into(), delta.into()],
    )
    .await
}

async fn add_completions(
    db: &impl ConnectionTrait,
    agency_id: i32,
    module_id: i32,
    month: &str,
    delta: i64,
) -> Result<(), DbErr> {
    execute(
        db,
        "INSERT INTO completion_rollup (agency_id, module_id, month, completions) VALUES (?, ?, ?, ?) \
         ON CONFLICT (agency_id, module_id, month) DO UPDATE \
         SET completions = completion_rollup.completions + excluded.completions",
        vec![agency_id.into(), module_id.into(), month.into(), delta.into()],
    )
    .await
}

/// A completion was just recorded for this person.
pub async fn completed(
    db: &impl ConnectionTrait,
    person: &user::Model,
    module_id: i32,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    match counted_in(person) {
        Some(agency_id) => add_completions(db, agency_id, module_id, &month(at), 1).await,
        None => Ok(()),
    }
}

/// A person was created, or changed agency, role or active state: moves them, and their
/// completions, from where they counted to where they count now.
pub async fn person_changed(
    db: &impl ConnectionTrait,
    before: Option<&user::Model>,
    after: &user::Model,
) -> Result<(), DbErr> {
    let (from, to) = (before.and_then(counted_in), counted_in(after));
    if from == to {
        return Ok(());
    }
    let mut theirs: HashMap<(i32, String), i64> = HashMap::new();
    if before.is_some() {
        for c in all::<Completed>(
            db,
            "SELECT module_id, completed_at FROM completions WHERE user_id = ?",
            vec![after.id.into()],
        )
        .await?
        {
            *theirs.entry((c.module_id, month(c.completed_at))).or_default() += 1;
        }
    }
    // In agency order: two people moving opposite ways never wait on each other's rows.
    let mut moves = [(from, -1), (to, 1)];
    moves.sort_by_key(|(agency, _)| *agency);
    for (agency, sign) in moves {
        let Some(agency) = agency else { continue };
        add_learners(db, agency, sign).await?;
        for ((module_id, month), n) in &theirs {
            add_completions(db, agency, *module_id, month, sign * n).await?;
        }
    }
    Ok(())
}

/// Recomputes every count from people and completions (after bulk loads).
pub async fn rebuild(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let learner =
        "u.agency_id IS NOT NULL AND u.active = ? AND u.role IN ('trainee', 'supervisor')";
    let month = match db.get_database_backend() {
        DbBackend::Postgres => "to_char(x.completed_at AT TIME ZONE 'UTC', 'YYYY-MM')",
        _ => "substr(x.completed_at, 1, 7)",
    };
    execute(db, "DELETE FROM completion_rollup", vec![]).await?;
    execute(db, "DELETE FROM agency_learners", vec![]).await?;
    execute(
        db,
        &format!(
            "INSERT INTO agency_learners (agency_id, learners) \
             SELECT u.agency_id, COUNT(*) FROM users u WHERE {learner} GROUP BY u.agency_id"
        ),
        vec![Value::from(true)],
    )
    .await?;
    execute(
        db,
        &format!(
            "INSERT INTO completion_rollup (agency_id, module_id, month, completions) \
             SELECT u.agency_id, x.module_id, {month}, COUNT(*) FROM completions x JOIN users u ON u.id = x.user_id \
             WHERE {learner} GROUP BY u.agency_id, x.module_id, {month}"
        ),
        vec![Value::from(true)],
    )
    .await
}

/// Every count as stored, zero rows left out: for checking against `rebuild`.
pub async fn snapshot(
    db: &impl ConnectionTrait,
) -> Result<(Vec<(i32, i64)>, Vec<(i32, i32, String, i64)>), DbErr> {
    let learners = all::<Learners>(
        db,
        "SELECT agency_id, learners FROM agency_learners WHERE learners <> 0 ORDER BY agency_id",
        vec![],
    )
    .await?
    .into_iter()
    .map(|l| (l.agency_id, l.learners))
    .collect();
    let completions = all::<Completions>(
        db,
        "SELECT agency_id, module_id, month, completions FROM completion_rollup WHERE completions <> 0 \
         ORDER BY agency_id, module_id, month",
        vec![],
    )
    .await?
    .into_iter()
    .map(|c| (c.agency_id, c.module_id, c.month, c.completions))
    .collect();
    Ok((learners, completions))
}
