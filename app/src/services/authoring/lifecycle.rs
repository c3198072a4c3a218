//! A version's life: publish, the next draft, archive, and import from a document.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder, SqlErr, sea_query::Expr,
};

use super::*;
use crate::entities::{lesson, module, module_version as version};
use crate::model::{
    accounts::CurrentUser,
    authoring::{ModuleDoc, VersionStatus, validate_document, validate_publishable},
    error::AppError,
    problem::Problem,
};

/// Publishes a draft: it becomes what trainees get; the version it replaces is archived (attempts
/// keep pointing at it). Refused with every problem listed while the draft is not ready.
pub async fn publish(db: &DatabaseConnection, version_id: i32) -> Result<(), AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let v = draft(&txn, version_id).await?;
    let problems = validate_publishable(&document(&txn, &v).await?);
    if !problems.is_empty() {
        return Err(Problem::NotPublishable(problems).at("publish"));
    }
    version::Entity::update_many()
        .col_expr(version::Column::Status, Expr::value(VersionStatus::Archived))
        .filter(version::Column::ModuleId.eq(v.module_id))
        .filter(version::Column::Status.eq(VersionStatus::Published))
        .exec(&txn)
        .await?;
    version::ActiveModel {
        id: Set(v.id),
        status: Set(VersionStatus::Published),
        published_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The next draft of a module: a copy of its published (or latest) version. Returns the draft's
/// id; if a draft exists already, that one.
pub async fn new_draft(db: &DatabaseConnection, module_id: i32) -> Result<i32, AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let current = current_version(&txn, module_id).await?;
    if current.status == VersionStatus::Draft {
        return Ok(current.id);
    }
    let latest = version::Entity::find()
        .filter(version::Column::ModuleId.eq(module_id))
        .order_by_desc(version::Column::Number)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let doc = document(&txn, &current).await?;
    let id = insert_version(&txn, module_id, latest.number + 1, &doc.settings).await.map_err(
        |e| match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                Problem::DraftStartedElsewhere.at("version")
            }
            _ => e.into(),
        },
    )?;
    write_content(&txn, id, &doc).await?;
    crate::services::translations::carry(&txn, current.id, id).await?;
    txn.commit().await?;
    Ok(id)
}

pub(super) async fn write_content(
    db: &impl ConnectionTrait,
    version_id: i32,
    doc: &ModuleDoc,
) -> Result<(), DbErr> {
    for (i, l) in doc.lessons.iter().enumerate() {
        lesson::ActiveModel {
            version_id: Set(version_id),
            position: Set(i as i32 + 1),
            title: Set(l.title.trim().to_owned()),
            body_markdown: Set(l.body_markdown.clone()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    for (i, q) in doc.questions.iter().enumerate() {
        insert_question(db, version_id, i as i32 + 1, q).await?;
    }
    Ok(())
}

/// Withdraws a module from new trainees: its published version is archived.
pub async fn archive(db: &DatabaseConnection, module_id: i32) -> Result<(), AppError> {
    let done = version::Entity::update_many()
        .col_expr(version::Column::Status, Expr::value(VersionStatus::Archived))
        .filter(version::Column::ModuleId.eq(module_id))
        .filter(version::Column::Status.eq(VersionStatus::Published))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        return Err(Problem::OnlyPublishedArchived.at("version"));
    }
    Ok(())
}

/// Reads a JSON document into a new module as a draft. Refused, with the field that is wrong,
/// when the document is malformed or not publishable; nothing is written then.
pub async fn import(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    json: &str,
) -> Result<i32, AppError> {
    let doc: ModuleDoc = serde_json::from_str(json)
        .map_err(|e| Problem::NotAModule { detail: e.to_string() }.at("file"))?;
    let problems = validate_document(&doc);
    if !problems.is_empty() {
        return Err(Problem::NotImportable(problems).at("file"));
    }
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    if module::Entity::find().filter(module::Column::Slug.eq(&doc.slug)).one(&txn).await?.is_some()
    {
        return Err(Problem::SlugTaken { slug: doc.slug.clone() }.at("file"));
    }
    let module_id = insert_module(&txn, actor, &doc.slug).await?;
    let version_id = insert_version(&txn, module_id, 1, &doc.settings).await?;
    write_content(&txn, version_id, &doc).await?;
    crate::services::translations::write_docs(&txn, version_id, &doc.translations).await?;
    txn.commit().await?;
    Ok(module_id)
}
