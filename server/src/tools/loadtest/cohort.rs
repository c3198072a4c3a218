//! The trainees of a load test, written straight into the database (an exam day's officers are
//! already signed in when the quiz opens), and what the database holds after the run.

use std::collections::HashMap;

use app::{
    entities::{agency, assignment, module_version, session, user},
    model::accounts::{AgencyKind, Role},
    services::{learning, passwords, sessions, sql},
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder,
};

const BATCH: usize = 500;

/// One simulated officer.
pub struct Trainee {
    pub email: String,
    pub cookie: Option<String>,
}

pub struct Cohort {
    pub module_id: i32,
    pub version_id: i32,
    pub agency_id: i32,
    pub trainees: Vec<Trainee>,
    /// What every trainee's password is (the sign-in storm signs in with it).
    pub password: String,
}

/// `count` trainees of a new agency, each assigned `module` (else the first published module),
/// and — when `signed_in` — each with a live session.
pub async fn create(
    db: &DatabaseConnection,
    count: usize,
    module: Option<i32>,
    signed_in: bool,
    cookie_name: &str,
) -> anyhow::Result<Cohort> {
    let err = |e: app::model::error::AppError| anyhow::anyhow!("{e}");
    let version = match module {
        Some(id) => learning::published(db, id).await.map_err(err)?,
        None => module_version::Entity::find()
            .filter(module_version::Column::Status.eq(app::model::authoring::VersionStatus::Published))
            .filter(module_version::Column::TimeLimitMinutes.is_null())
            .order_by_asc(module_version::Column::ModuleId)
            .one(db)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no published module without a time limit: seed the demo curriculum first (FRONTLINE_DEMO=true)"))?,
    };
    let now = Utc::now();
    let tag = now.timestamp_millis();
    let agency_id = agency::Entity::insert(agency::ActiveModel {
        country_code: Set("JO".into()),
        name: Set(format!("Load test {tag}")),
        kind: Set(AgencyKind::ALL[0]),
        created_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?
    .last_insert_id;
    assignment::Entity::insert(assignment::ActiveModel {
        module_id: Set(version.module_id),
        agency_id: Set(Some(agency_id)),
        due_on: Set(Some(now.date_naive() + Duration::days(7))),
        created_at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    let password = passwords::temporary_password();
    let hash = passwords::hash(password.clone()).await.map_err(err)?;
    let emails: Vec<String> =
        (0..count).map(|i| format!("load{i}.{tag}@loadtest.example")).collect();
    for chunk in emails.chunks(BATCH) {
        let rows = chunk.iter().map(|email| user::ActiveModel {
            email: Set(email.clone()),
            email_key: Set(email.clone()),
            display_name: Set(format!("Officer {}", &email[4..email.find('.').unwrap_or(5)])),
            password_hash: Set(hash.clone()),
            role: Set(Role::Trainee),
            agency_id: Set(Some(agency_id)),
            locale: Set("en".into()),
            active: Set(true),
            created_at: Set(now),
            last_login_at: Set(None),
            password_changed_at: Set(now),
            must_change_password: Set(false),
            ..Default::default()
        });
        user::Entity::insert_many(rows).exec_without_returning(db).await?;
    }
    let mut trainees: Vec<Trainee> =
        emails.into_iter().map(|email| Trainee { email, cookie: None }).collect();
    if signed_in {
        let ids: HashMap<String, i32> = user::Entity::find()
            .filter(user::Column::AgencyId.eq(agency_id))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.email, u.id))
            .collect();
        for chunk in trainees.chunks_mut(BATCH) {
            let mut rows = vec![];
            for t in chunk.iter_mut() {
                let token = sessions::new_token();
                rows.push(session::ActiveModel {
                    token_hash: Set(sessions::token_hash(&token)),
                    user_id: Set(ids[&t.email]),
                    created_at: Set(now),
                    last_seen_at: Set(now),
                    expires_at: Set(now + sessions::ABSOLUTE_TIMEOUT),
                    flash: Set(None),
                });
                t.cookie = Some(format!("{cookie_name}={token}"));
            }
            session::Entity::insert_many(rows).exec_without_returning(db).await?;
        }
    }
    Ok(Cohort {
        module_id: version.module_id,
        version_id: version.id,
        agency_id,
        trainees,
        password,
    })
}

/// What the database says about the cohort's attempts after the run.
pub struct Outcome {
    /// Attempt ids the server acknowledged as submitted but holds unsubmitted or not at all.
    pub lost: Vec<i32>,
    /// Trainees with more than one attempt, or attempts scored more than once.
    pub double_scored: usize,
    pub submitted: usize,
}

/// Compares the acknowledged submissions with the stored attempts. A scored attempt has one
/// answer row per question asked and adds one to its version's statistics: more of either is
/// a double score, and so is a second attempt by one trainee.
pub async fn check(
    db: &DatabaseConnection,
    cohort: &Cohort,
    acknowledged: &[i32],
    stats_before: i64,
) -> anyhow::Result<Outcome> {
    let attempts: Vec<AttemptRow> = sql::all(
        db,
        "SELECT a.id, a.user_id, a.submitted_at IS NOT NULL AS submitted, \
         (SELECT COUNT(*) FROM attempt_answers aa WHERE aa.attempt_id = a.id) AS answers, \
         (SELECT COUNT(DISTINCT aa.position) FROM attempt_answers aa WHERE aa.attempt_id = a.id) AS positions \
         FROM attempts a JOIN users u ON u.id = a.user_id WHERE u.agency_id = ?",
        vec![cohort.agency_id.into()],
    )
    .await?;
    let by_id: HashMap<i32, &AttemptRow> = attempts.iter().map(|a| (a.id, a)).collect();
    let lost = acknowledged
        .iter()
        .copied()
        .filter(|id| by_id.get(id).is_none_or(|a| !a.submitted))
        .collect();
    let mut per_user: HashMap<i32, usize> = HashMap::new();
    for a in &attempts {
        *per_user.entry(a.user_id).or_default() += 1;
    }
    let submitted = attempts.iter().filter(|a| a.submitted).count();
    let stats_added = version_attempts(db, cohort.version_id).await? - stats_before;
    let double_scored = per_user.values().filter(|n| **n > 1).count()
        + attempts.iter().filter(|a| a.answers != a.positions).count()
        + (stats_added - submitted as i64).max(0) as usize;
    Ok(Outcome { lost, double_scored, submitted })
}

#[derive(FromQueryResult)]
struct AttemptRow {
    id: i32,
    user_id: i32,
    submitted: bool,
    answers: i64,
    positions: i64,
}

#[derive(FromQueryResult)]
struct Count {
    n: i64,
}

/// Scored attempts of the version in its statistics, every language together.
pub async fn version_attempts(db: &DatabaseConnection, version_id: i32) -> anyhow::Result<i64> {
    let rows: Vec<Count> = sql::all(
        db,
        "SELECT CAST(COALESCE(SUM(attempts), 0) AS BIGINT) AS n FROM version_language_stats WHERE version_id = ?",
        vec![version_id.into()],
    )
    .await?;
    Ok(rows.first().map_or(0, |r| r.n))
}
