//! Each person's pre- and post-test score per module (`knowledge_scores`), and the running sums
//! per agency, module and cohort (`gain_rollup`) that the gain reports read. The cohort is the
//! month the person's training began: their pre-test, or their first post-test without one.
//! Like `rollups`, only active trainees and supervisors count; every change that moves a score
//! or a person calls in here inside its own transaction, and `rebuild` recomputes from scratch.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::entities::{attempt, module_version as version, user};
use crate::model::{
    accounts::CurrentUser,
    error::AppError,
    evaluation::{AttemptPurpose, GainSums, PretestStanding},
    problem::Problem,
};
use crate::services::rollups::{counted_in, month};
use crate::services::sql::{all, execute};

/// One person's scores on one module, as stored.
#[derive(Debug, Clone, Default, PartialEq, sea_orm::FromQueryResult)]
pub struct Scores {
    pub pre_percent: Option<f64>,
    pub pre_at: Option<DateTime<Utc>>,
    pub pre_skipped: bool,
    pub post_percent: Option<f64>,
    pub post_at: Option<DateTime<Utc>>,
}

impl Scores {
    fn sums(&self) -> GainSums {
        GainSums::of(self.pre_percent, self.post_percent)
    }

    /// The month the person's training began, if they have a score.
    fn cohort(&self) -> Option<String> {
        self.pre_at.or(self.post_at).map(month)
    }
}

#[derive(sea_orm::FromQueryResult)]
struct ScoresOf {
    module_id: i32,
    pre_percent: Option<f64>,
    pre_at: Option<DateTime<Utc>>,
    pre_skipped: bool,
    post_percent: Option<f64>,
    post_at: Option<DateTime<Utc>>,
}

impl From<ScoresOf> for (i32, Scores) {
    fn from(r: ScoresOf) -> Self {
        (
            r.module_id,
            Scores {
                pre_percent: r.pre_percent,
                pre_at: r.pre_at,
                pre_skipped: r.pre_skipped,
                post_percent: r.post_percent,
                post_at: r.post_at,
            },
        )
    }
}

/// A person's scores on a module (all empty when there are none).
pub async fn of(db: &impl ConnectionTrait, user_id: i32, module_id: i32) -> Result<Scores, DbErr> {
    Ok(all::<Scores>(
        db,
        "SELECT pre_percent, pre_at, pre_skipped, post_percent, post_at FROM knowledge_scores \
         WHERE user_id = ? AND module_id = ?",
        vec![user_id.into(), module_id.into()],
    )
    .await?
    .into_iter()
    .next()
    .unwrap_or_default())
}

/// Where `user_id` stands with the pre-test of `v`'s module. A module that asks none costs
/// no query (every lesson page asks); a pre-test left open when a republish dropped it is
/// resumed by the next start, which resumes any open attempt.
pub async fn pretest_standing(
    db: &impl ConnectionTrait,
    user_id: i32,
    v: &version::Model,
) -> Result<PretestStanding, DbErr> {
    if v.pretest == crate::model::evaluation::PretestMode::None {
        return Ok(PretestStanding::NotAsked);
    }
    let scores = of(db, user_id, v.module_id).await?;
    let attempts = attempt::Entity::find()
        .filter(attempt::Column::UserId.eq(user_id))
        .filter(attempt::Column::ModuleId.eq(v.module_id))
        .all(db)
        .await?;
    let open_pretest = attempts
        .iter()
        .find(|a| a.purpose == AttemptPurpose::Pretest && a.submitted_at.is_none())
        .map(|a| a.id);
    let quiz_attempts = attempts.iter().any(|a| a.purpose == AttemptPurpose::Quiz);
    let begun = quiz_attempts || read_any(db, user_id, v.module_id).await?;
    Ok(PretestStanding::decide(
        v.pretest,
        scores.pre_percent.is_some(),
        scores.pre_skipped,
        open_pretest,
        begun,
    ))
}

/// Whether the person has read any lesson of any version of the module.
async fn read_any(db: &impl ConnectionTrait, user_id: i32, module_id: i32) -> Result<bool, DbErr> {
    #[derive(sea_orm::FromQueryResult)]
    struct Count {
        n: i64,
    }
    let read = all::<Count>(
        db,
        "SELECT COUNT(*) AS n FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id \
         JOIN module_versions v ON v.id = l.version_id WHERE p.user_id = ? AND v.module_id = ?",
        vec![user_id.into(), module_id.into()],
    )
    .await?;
    Ok(read.first().is_some_and(|c| c.n > 0))
}

/// Skips the module's pre-test, where the trainer allows it; the lessons open. Skipping one
/// already taken, skipped or not asked changes nothing.
pub async fn skip_pretest(
    db: &DatabaseConnection,
    me: &CurrentUser,
    module_id: i32,
) -> Result<(), AppError> {
    let v = crate::services::learning::published(db, module_id).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    // Locked, then decided: a pre-test started or submitted at the same moment is seen.
    let person = crate::services::transactions::locked(user::Entity::find_by_id(me.id), &txn)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    match pretest_standing(&txn, me.id, &v).await? {
        PretestStanding::Due { may_skip: true } => {}
        PretestStanding::Due { may_skip: false } | PretestStanding::Open { .. } => {
            return Err(Problem::PretestRequired.at("pretest"));
        }
        _ => return Ok(()),
    }
    record(&txn, &person, module_id, Event::PretestSkipped).await?;
    txn.commit().await?;
    Ok(())
}

/// What changed in a person's scores.
pub enum Event {
    Pretest {
        percent: f64,
        at: DateTime<Utc>,
    },
    PretestSkipped,
    /// The first quiz attempt scored: the post-test (later attempts follow the feedback of
    /// earlier ones, and would measure the retake, not the training). Kept once.
    PostTest {
        percent: f64,
        at: DateTime<Utc>,
    },
}

/// Records `event` for `person` and moves the running sums with it.
pub async fn record(
    db: &impl ConnectionTrait,
    person: &user::Model,
    module_id: i32,
    event: Event,
) -> Result<(), DbErr> {
    let before = of(db, person.id, module_id).await?;
    let mut after = before.clone();
    match event {
        Event::Pretest { percent, at } if before.pre_percent.is_none() => {
            after.pre_percent = Some(percent);
            after.pre_at = Some(at);
        }
        Event::PretestSkipped => after.pre_skipped = true,
        Event::PostTest { percent, at } if before.post_percent.is_none() => {
            after.post_percent = Some(percent);
            after.post_at = Some(at);
        }
        _ => return Ok(()),
    }
    if after == before {
        return Ok(());
    }
    execute(
        db,
        "INSERT INTO knowledge_scores (user_id, module_id, pre_percent, pre_at, pre_skipped, post_percent, post_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, module_id) DO UPDATE SET \
         pre_percent = excluded.pre_percent, pre_at = excluded.pre_at, pre_skipped = excluded.pre_skipped, \
         post_percent = excluded.post_percent, post_at = excluded.post_at",
        vec![
            person.id.into(),
            module_id.into(),
            after.pre_percent.into(),
            after.pre_at.into(),
            after.pre_skipped.into(),
            after.post_percent.into(),
            after.post_at.into(),
        ],
    )
    .await?;
    if let Some(agency_id) = counted_in(person) {
        add(db, agency_id, module_id, &before, -1).await?;
        add(db, agency_id, module_id, &after, 1).await?;
    }
    Ok(())
}

/// Adds `sign` × one person's contribution to their agency's sums.
async fn add(
    db: &impl ConnectionTrait,
    agency_id: i32,
    module_id: i32,
    scores: &Scores,
    sign: i64,
) -> Result<(), DbErr> {
    let (Some(cohort), s) = (scores.cohort(), scores.sums().times(sign)) else { return Ok(()) };
    if s.is_zero() {
        return Ok(());
    }
    add_sums(db, agency_id, module_id, &cohort, &s).await
}

/// Adds `s` to the sums of an agency, module and cohort (a new row when there is none).
async fn add_sums(
    db: &impl ConnectionTrait,
    agency_id: i32,
    module_id: i32,
    cohort: &str,
    s: &GainSums,
) -> Result<(), DbErr> {
    execute(
        db,
        "INSERT INTO gain_rollup (agency_id, module_id, cohort, paired, sum_pre, sum_post, sum_gain_sq, \
         improved, pre_only, post_only) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (agency_id, module_id, cohort) DO UPDATE SET \
         paired = gain_rollup.paired + excluded.paired, sum_pre = gain_rollup.sum_pre + excluded.sum_pre, \
         sum_post = gain_rollup.sum_post + excluded.sum_post, \
         sum_gain_sq = gain_rollup.sum_gain_sq + excluded.sum_gain_sq, \
         improved = gain_rollup.improved + excluded.improved, \
         pre_only = gain_rollup.pre_only + excluded.pre_only, \
         post_only = gain_rollup.post_only + excluded.post_only",
        vec![
            agency_id.into(),
            module_id.into(),
            cohort.into(),
            s.paired.into(),
            s.sum_pre.into(),
            s.sum_post.into(),
            s.sum_gain_sq.into(),
            s.improved.into(),
            s.pre_only.into(),
            s.post_only.into(),
        ],
    )
    .await
}

/// A person changed agency, role or active state: their scores move from where they counted
/// to where they count now (`rollups::person_changed`'s twin).
pub async fn person_changed(
    db: &impl ConnectionTrait,
    before: Option<&user::Model>,
    after: &user::Model,
) -> Result<(), DbErr> {
    let (from, to) = (before.and_then(counted_in), counted_in(after));
    if from == to || before.is_none() {
        return Ok(());
    }
    let theirs: Vec<(i32, Scores)> = all::<ScoresOf>(
        db,
        "SELECT module_id, pre_percent, pre_at, pre_skipped, post_percent, post_at \
         FROM knowledge_scores WHERE user_id = ?",
        vec![after.id.into()],
    )
    .await?
    .into_iter()
    .map(Into::into)
    .collect();
    // In agency order: two people moving opposite ways never wait on each other's rows.
    let mut moves = [(from, -1), (to, 1)];
    moves.sort_by_key(|(agency, _)| *agency);
    for (agency, sign) in moves {
        let Some(agency) = agency else { continue };
        for (module_id, scores) in &theirs {
            add(db, agency, *module_id, scores, sign).await?;
        }
    }
    Ok(())
}

/// Recomputes every sum from the stored scores (after bulk loads), in Rust so that both
/// databases bucket cohorts the same way.
pub async fn rebuild(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    #[derive(sea_orm::FromQueryResult)]
    struct Row {
        agency_id: i32,
        module_id: i32,
        pre_percent: Option<f64>,
        pre_at: Option<DateTime<Utc>>,
        post_percent: Option<f64>,
        post_at: Option<DateTime<Utc>>,
    }
    execute(db, "DELETE FROM gain_rollup", vec![]).await?;
    let rows = all::<Row>(
        db,
        "SELECT u.agency_id, k.module_id, k.pre_percent, k.pre_at, k.post_percent, k.post_at \
         FROM knowledge_scores k JOIN users u ON u.id = k.user_id \
         WHERE u.agency_id IS NOT NULL AND u.active = ? AND u.role IN ('trainee', 'supervisor')",
        vec![true.into()],
    )
    .await?;
    let mut sums: std::collections::BTreeMap<(i32, i32, String), GainSums> = Default::default();
    for r in rows {
        let s = Scores {
            pre_percent: r.pre_percent,
            pre_at: r.pre_at,
            post_percent: r.post_percent,
            post_at: r.post_at,
            pre_skipped: false,
        };
        if let Some(cohort) = s.cohort() {
            let e = sums.entry((r.agency_id, r.module_id, cohort)).or_default();
            *e = *e + s.sums();
        }
    }
    for ((agency_id, module_id, cohort), s) in sums.into_iter().filter(|(_, s)| !s.is_zero()) {
        add_sums(db, agency_id, module_id, &cohort, &s).await?;
    }
    Ok(())
}

/// Every stored sum, rows that add up to nothing left out: for checking against `rebuild`.
pub async fn snapshot(
    db: &impl ConnectionTrait,
) -> Result<Vec<(i32, i32, String, GainSums)>, DbErr> {
    #[derive(sea_orm::FromQueryResult)]
    struct Row {
        agency_id: i32,
        module_id: i32,
        cohort: String,
        paired: i64,
        sum_pre: f64,
        sum_post: f64,
        sum_gain_sq: f64,
        improved: i64,
        pre_only: i64,
        post_only: i64,
    }
    Ok(all::<Row>(
        db,
        "SELECT agency_id, module_id, cohort, paired, sum_pre, sum_post, sum_gain_sq, improved, pre_only, post_only \
         FROM gain_rollup WHERE paired <> 0 OR pre_only <> 0 OR post_only <> 0 ORDER BY agency_id, module_id, cohort",
        vec![],
    )
    .await?
    .into_iter()
    .map(|r| {
        let s = GainSums {
            paired: r.paired,
            // Rounded so that sums reached by adding and taking away compare equal.
            sum_pre: (r.sum_pre * 1e6).round() / 1e6,
            sum_post: (r.sum_post * 1e6).round() / 1e6,
            sum_gain_sq: (r.sum_gain_sq * 1e3).round() / 1e3,
            improved: r.improved,
            pre_only: r.pre_only,
            post_only: r.post_only,
        };
        (r.agency_id, r.module_id, r.cohort, s)
    })
    .collect())
}
