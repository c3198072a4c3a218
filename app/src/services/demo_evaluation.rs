//! Demo evaluation, so that the knowledge gain page tells a plausible story on first start:
//! the demo curriculum's referral module asks a pre-test, and the demo people (not the trainees
//! shown on the sign-in page) take it, read, take the post-test, answer the survey — in cohorts
//! that began over the last five months — and those trained three or more months ago answer
//! the follow-up. All through the services a trainee uses; then dated back and summed again.

use std::collections::HashMap;

use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{agency, demo_credential, module_version, user};
use crate::model::{
    accounts::Role,
    authoring::VersionStatus,
    error::AppError,
    evaluation::{AttemptPurpose, PretestMode, Referred, SurveyAnswers},
};
use crate::services::{
    attempts, auth::current_user, demo_activity::key_answers, evaluation, learning, rollups,
    sql::execute,
};

/// What officers said was missing: the kind of answer a coordinator reads.
const MISSING: [&str; 6] = [
    "More on child victims and how to speak with them.",
    "Phone numbers of the shelters in our governorate.",
    "",
    "A case study from a border crossing.",
    "Arabic version of the referral form.",
    "",
];

/// A number in `0..100` that stays the same for the same person and question.
fn spread(person: i32, n: usize) -> u64 {
    let x = (person as u64).wrapping_mul(2_654_435_761) ^ (n as u64).wrapping_mul(40_503);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) % 100
}

/// Answers with about `share` of the questions right (the same ones for the same person).
async fn answers(
    db: &DatabaseConnection,
    attempt: i32,
    person: i32,
    share: u64,
) -> Result<HashMap<String, String>, AppError> {
    let question = |k: &str| -> usize {
        k.trim_start_matches('q').split('_').next().and_then(|n| n.parse().ok()).unwrap_or(0)
    };
    let right = key_answers(db, attempt, true).await?;
    let wrong = key_answers(db, attempt, false).await?;
    Ok(right
        .into_iter()
        .filter(|(k, _)| spread(person, question(k)) < share)
        .chain(wrong.into_iter().filter(|(k, _)| spread(person, question(k)) >= share))
        .collect())
}

/// Seeds it. Call once, after the demo activity.
pub async fn seed(db: &DatabaseConnection) -> Result<(), AppError> {
    let Some(v) = module_version::Entity::find()
        .filter(module_version::Column::Status.eq(VersionStatus::Published))
        .all(db)
        .await?
        .into_iter()
        .find(|v| v.pretest != PretestMode::None)
    else {
        return Ok(());
    };
    let module = v.module_id;
    let shown: Vec<String> =
        demo_credential::Entity::find().all(db).await?.into_iter().map(|c| c.email).collect();
    let agencies = agency::Entity::find().order_by_asc(agency::Column::Id).all(db).await?;
    let mut taken = vec![];
    for (i, a) in agencies.iter().enumerate() {
        let people = user::Entity::find()
            .filter(user::Column::AgencyId.eq(a.id))
            .order_by_asc(user::Column::Id)
            .all(db)
            .await?;
        for (j, person) in people.iter().enumerate() {
            if shown.contains(&person.email) && person.role == Role::Trainee {
                continue;
            }
            // Agencies start from different places and learn at different rates.
            let (pre, post) = [(40, 85), (50, 80), (35, 90)][i % 3];
            let me = current_user(person);
            let key = |n: usize| format!("demo-evaluation-{}-{n}-seeded", person.id);
            let id = attempts::start_for(db, &me, module, None, &key(0), AttemptPurpose::Pretest)
                .await?;
            let form = answers(db, id, person.id, pre + 5 * j as u64).await?;
            attempts::submit(db, &me, id, Some(&form)).await?;
            for lesson in learning::overview(db, &me, module, None).await?.lessons {
                learning::mark_read(db, &me, module, lesson.id, None).await?;
            }
            let id = attempts::start(db, &me, module, None, &key(1)).await?;
            let form = answers(db, id, person.id, post - 5 * (j as u64 % 2)).await?;
            if !attempts::submit(db, &me, id, Some(&form)).await?.result().passed {
                let id = attempts::start(db, &me, module, None, &key(2)).await?;
                let form = answers(db, id, person.id, 100).await?;
                attempts::submit(db, &me, id, Some(&form)).await?;
            }
            let k = taken.len();
            let survey = SurveyAnswers {
                relevance: Some(4 + (k % 3 != 0) as i32),
                confidence_before: Some(2 + (k % 2) as i32),
                confidence_after: Some(4 + (k % 4 == 0) as i32),
                missing: MISSING[k % MISSING.len()].to_owned(),
            };
            evaluation::feedback::answer_survey(db, &me, module, &survey).await?;
            taken.push(person.clone());
        }
    }
    // Cohorts over the last five months: each person's scores and completion dated back.
    let now = Utc::now();
    for (k, person) in taken.iter().enumerate() {
        let began = now - Duration::days(30 * (k % 5) as i64 + 5);
        let done = began + Duration::days(3);
        execute(
            db,
            "UPDATE knowledge_scores SET pre_at = ?, post_at = ? WHERE user_id = ? AND module_id = ?",
            vec![began.into(), done.into(), person.id.into(), module.into()],
        )
        .await?;
        execute(
            db,
            "UPDATE completions SET completed_at = ? WHERE user_id = ? AND module_id = ?",
            vec![done.into(), person.id.into(), module.into()],
        )
        .await?;
    }
    evaluation::scores::rebuild(db).await?;
    rollups::rebuild(db).await?;
    // Three months on: those trained then say whether they have referred anyone since.
    for (k, person) in taken.iter().enumerate() {
        let me = current_user(person);
        if !evaluation::feedback::followup_due(db, &me).await? {
            continue;
        }
        let referred = [Referred::Once, Referred::Never, Referred::Several, Referred::Never][k % 4];
        let helped = (referred != Referred::Never).then_some(k % 3 != 1);
        evaluation::feedback::answer_followup(db, &me, Some((referred, helped))).await?;
    }
    Ok(())
}
