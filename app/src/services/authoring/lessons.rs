//! The lessons of a draft.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait,
};

use super::*;
use crate::entities::{lesson, module_version as version};
use crate::model::{error::AppError, problem::Problem};

pub async fn add_lesson(
    db: &DatabaseConnection,
    version_id: i32,
    title: &str,
) -> Result<i32, AppError> {
    let title = required(title, "title", Problem::GiveLessonTitle)?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    draft(&txn, version_id).await?;
    let position = lessons_of(&txn, version_id).await?.len() as i32 + 1;
    let l = lesson::ActiveModel {
        version_id: Set(version_id),
        position: Set(position),
        title: Set(title),
        body_markdown: Set(String::new()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    crate::services::translations::source_changed(&txn, version_id).await?;
    txn.commit().await?;
    Ok(l.id)
}

/// A lesson of a draft, with its version.
pub(super) async fn draft_lesson(
    db: &impl ConnectionTrait,
    lesson_id: i32,
) -> Result<lesson::Model, AppError> {
    let l = lesson::Entity::find_by_id(lesson_id).one(db).await?.ok_or(AppError::NotFound)?;
    draft(db, l.version_id).await?;
    Ok(l)
}

pub async fn lesson(
    db: &impl ConnectionTrait,
    lesson_id: i32,
) -> Result<(lesson::Model, version::Model), AppError> {
    let l = lesson::Entity::find_by_id(lesson_id).one(db).await?.ok_or(AppError::NotFound)?;
    let v = find_version(db, l.version_id).await?;
    Ok((l, v))
}

pub async fn update_lesson(
    db: &DatabaseConnection,
    lesson_id: i32,
    title: &str,
    body: &str,
) -> Result<i32, AppError> {
    let title = required(title, "title", Problem::GiveLessonTitle)?;
    if body.len() > 100_000 {
        return Err(Problem::LessonTooLong { max: 100_000 }.at("body_markdown"));
    }
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let l = draft_lesson(&txn, lesson_id).await?;
    let version_id = l.version_id;
    let mut active: lesson::ActiveModel = l.into();
    active.title = Set(title);
    active.body_markdown = Set(body.to_owned());
    active.update(&txn).await?;
    crate::services::translations::source_changed(&txn, version_id).await?;
    txn.commit().await?;
    Ok(version_id)
}
