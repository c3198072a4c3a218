//! Demo activity, so that a supervisor's dashboard and the country report have something to
//! say on first start: every demo agency is assigned the first module (due ten days ago) and the
//! second (due in three weeks), and its people read, fail and pass through the same services a
//! trainee uses. The trainees shown on the sign-in page are left untouched (and so overdue).

use std::collections::HashMap;

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};

use crate::entities::{agency, assignment, attempt, demo_credential, module_version, user};
use crate::model::{
    accounts::Role,
    authoring::{QuestionKind, VersionStatus},
    error::AppError,
    quiz::answer_key,
};
use crate::services::{attempts, auth::current_user, learning, quiz};

/// What one demo person does with a module.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Doing {
    Nothing,
    Reads,
    Fails,
    Passes,
    FailsThenPasses,
}

/// The pattern (pure): agency `i`, person `j` (0 the supervisor, then the trainees), module `m`.
/// It differs between agencies so that countries and kinds of agency compare.
fn doing(i: usize, j: usize, m: usize) -> Doing {
    match (m, j, i % 3) {
        (0, 0, 1) => Doing::Reads,
        (0, 0, _) => Doing::Passes,
        (0, 1, 0) => Doing::Fails,
        (0, 1, _) => Doing::Reads,
        (0, _, 2) => Doing::FailsThenPasses,
        (0, _, _) => Doing::Passes,
        (1, 2, 0) => Doing::Passes,
        (1, 2, _) => Doing::Reads,
        _ => Doing::Nothing,
    }
}

/// Seeds the activity. Call once, right after the demo people and curriculum are created.
pub async fn seed(db: &DatabaseConnection) -> Result<(), AppError> {
    let modules: Vec<i32> = module_version::Entity::find()
        .filter(module_version::Column::Status.eq(VersionStatus::Published))
        .order_by_asc(module_version::Column::ModuleId)
        .all(db)
        .await?
        .into_iter()
        .map(|v| v.module_id)
        .take(2)
        .collect();
    let shown: Vec<String> =
        demo_credential::Entity::find().all(db).await?.into_iter().map(|c| c.email).collect();
    let today = Utc::now().date_naive();
    let agencies = agency::Entity::find().order_by_asc(agency::Column::Id).all(db).await?;
    for (i, a) in agencies.iter().enumerate() {
        for (module_id, days) in modules.iter().zip([-10, 21]) {
            assignment::ActiveModel {
                module_id: Set(*module_id),
                agency_id: Set(Some(a.id)),
                user_id: Set(None),
                due_on: Set(Some(today + Duration::days(days))),
                created_at: Set(Utc::now() - Duration::days(30)),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
        let people = user::Entity::find()
            .filter(user::Column::AgencyId.eq(a.id))
            .order_by_asc(user::Column::Role)
            .order_by_asc(user::Column::Id)
            .all(db)
            .await?;
        for (j, person) in people.iter().enumerate() {
            if shown.contains(&person.email) && person.role == Role::Trainee {
                continue;
            }
            for (m, module_id) in modules.iter().enumerate() {
                act(db, person, *module_id, doing(i, j, m)).await?;
            }
        }
    }
    Ok(())
}

async fn act(
    db: &DatabaseConnection,
    person: &user::Model,
    module_id: i32,
    doing: Doing,
) -> Result<(), AppError> {
    if doing == Doing::Nothing {
        return Ok(());
    }
    let me = current_user(person);
    // A module meant for other kinds of agency is not theirs to take.
    let overview = match learning::overview(db, &me, module_id, None).await {
        Err(AppError::NotFound) => return Ok(()),
        other => other?,
    };
    for lesson in &overview.lessons {
        learning::mark_read(db, &me, module_id, lesson.id, None).await?;
    }
    let tries: &[bool] = match doing {
        Doing::Fails => &[false],
        Doing::Passes => &[true],
        Doing::FailsThenPasses => &[false, true],
        _ => &[],
    };
    for (n, right) in tries.iter().enumerate() {
        let key = format!("demo-{}-{module_id}-{n}-seeded", person.id);
        let id = attempts::start(db, &me, module_id, None, &key).await?;
        let form: HashMap<String, String> =
            key_answers(db, id, *right).await?.into_iter().collect();
        attempts::submit(db, &me, id, Some(&form)).await?;
    }
    Ok(())
}

/// Answers to every question of an attempt, all right or all wrong, read from the key as only
/// demo data and tests may: `(field, value)` as the quiz form posts them (`q3`, `q3_1`).
pub async fn key_answers(
    db: &(impl sea_orm::ConnectionTrait + 'static),
    attempt_id: i32,
    right: bool,
) -> Result<Vec<(String, String)>, DbErr> {
    use QuestionKind::*;
    let not_found = || DbErr::RecordNotFound(format!("attempt {attempt_id}"));
    let a = attempt::Entity::find_by_id(attempt_id).one(db).await?.ok_or_else(not_found)?;
    let v =
        module_version::Entity::find_by_id(a.version_id).one(db).await?.ok_or_else(not_found)?;
    let mut fields = vec![];
    for (i, q) in
        quiz::draw_for(db, &v, a.seed as u64, a.language, a.purpose).await?.iter().enumerate()
    {
        let n = q.options.len() as i32;
        let tokens = q.options.iter().enumerate();
        match q.kind() {
            Single | TrueFalse => {
                if let Some(t) = q.options.iter().position(|o| o.correct == right) {
                    fields.push((answer_key(i, None), t.to_string()));
                }
            }
            Multiple => fields.extend(
                tokens
                    .filter(|(_, o)| o.correct == right)
                    .map(|(t, _)| (answer_key(i, Some(t)), "on".to_owned())),
            ),
            Ordering => fields.extend(tokens.filter_map(|(t, o)| {
                let place = o.correct_position?;
                let given = if right { place } else { n + 1 - place };
                Some((answer_key(i, Some(t)), given.to_string()))
            })),
            Matching if right => fields.extend(tokens.filter_map(|(t, o)| {
                let choice = q.choices.iter().position(|c| Some(c) == o.match_key.as_ref())?;
                Some((answer_key(i, Some(t)), choice.to_string()))
            })),
            Matching => {}
        }
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_differ_and_some_people_are_overdue() {
        let first: Vec<_> =
            (0..3).map(|i| (0..3).map(|j| doing(i, j, 0)).collect::<Vec<_>>()).collect();
        assert_ne!(first[0], first[1]);
        assert_ne!(first[1], first[2]);
        assert!(first.iter().flatten().any(|d| *d == Doing::Reads), "someone in progress, overdue");
        assert!(first.iter().flatten().any(|d| *d == Doing::FailsThenPasses));
        assert!((0..3).all(|i| doing(i, 1, 1) == Doing::Nothing));
    }
}
