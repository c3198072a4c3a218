//! The questions of a draft and their options.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter,
};

use super::*;
use crate::entities::{module_version as version, question, question_option as option};
use crate::model::{
    authoring::{OptionDoc, QuestionDoc, QuestionKind, QuestionView, validate_question},
    error::AppError,
    problem::first_problem,
};

/// A new question of `kind` with placeholder options to fill in.
pub async fn add_question(
    db: &DatabaseConnection,
    version_id: i32,
    kind: QuestionKind,
) -> Result<i32, AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    draft(&txn, version_id).await?;
    let position = question::Entity::find()
        .filter(question::Column::VersionId.eq(version_id))
        .all(&txn)
        .await?
        .len() as i32
        + 1;
    let doc = starter_question(kind);
    let id = insert_question(&txn, version_id, position, &doc).await?;
    crate::services::translations::source_changed(&txn, version_id).await?;
    txn.commit().await?;
    Ok(id)
}

pub(super) fn starter_question(kind: QuestionKind) -> QuestionDoc {
    let blank = |text: &str| OptionDoc {
        text: text.into(),
        correct: false,
        position: None,
        match_key: None,
        feedback: String::new(),
    };
    let options = match kind {
        QuestionKind::TrueFalse => {
            vec![OptionDoc { correct: true, ..blank("True") }, blank("False")]
        }
        QuestionKind::Ordering => (1..=3)
            .map(|p| OptionDoc { position: Some(p), ..blank(&format!("Step {p}")) })
            .collect(),
        QuestionKind::Matching => (1..=3)
            .map(|p| OptionDoc {
                match_key: Some(format!("Answer {p}")),
                ..blank(&format!("Item {p}"))
            })
            .collect(),
        QuestionKind::Single | QuestionKind::Multiple => {
            vec![
                OptionDoc { correct: true, ..blank("Option 1") },
                blank("Option 2"),
                blank("Option 3"),
            ]
        }
    };
    QuestionDoc {
        kind,
        prompt: "New question".into(),
        scenario: None,
        explanation: String::new(),
        points: 1,
        fixed_order: false,
        test_form: Default::default(),
        options,
    }
}

pub(super) async fn insert_question(
    db: &impl ConnectionTrait,
    version_id: i32,
    position: i32,
    q: &QuestionDoc,
) -> Result<i32, DbErr> {
    let saved = question::ActiveModel {
        version_id: Set(version_id),
        position: Set(position),
        kind: Set(q.kind),
        prompt: Set(q.prompt.trim().to_owned()),
        scenario: Set(q
            .scenario
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)),
        explanation: Set(q.explanation.trim().to_owned()),
        points: Set(q.points),
        fixed_order: Set(q.fixed_order),
        test_form: Set(q.test_form),
        ..Default::default()
    }
    .insert(db)
    .await?;
    insert_options(db, saved.id, &q.options).await?;
    Ok(saved.id)
}

pub(super) async fn insert_options(
    db: &impl ConnectionTrait,
    question_id: i32,
    options: &[OptionDoc],
) -> Result<(), DbErr> {
    if options.is_empty() {
        return Ok(());
    }
    let rows = options.iter().enumerate().map(|(i, o)| option::ActiveModel {
        question_id: Set(question_id),
        position: Set(i as i32 + 1),
        text: Set(o.text.trim().to_owned()),
        correct: Set(o.correct),
        correct_position: Set(o.position),
        match_key: Set(o.match_key.as_deref().map(str::trim).map(str::to_owned)),
        feedback: Set(o.feedback.trim().to_owned()),
        ..Default::default()
    });
    option::Entity::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

/// A question of any version, with its version.
pub async fn question(
    db: &impl ConnectionTrait,
    question_id: i32,
) -> Result<(QuestionView, version::Model), AppError> {
    let q = question::Entity::find_by_id(question_id).one(db).await?.ok_or(AppError::NotFound)?;
    let v = find_version(db, q.version_id).await?;
    let doc = questions_of(db, v.id)
        .await?
        .into_iter()
        .find(|(id, _)| *id == question_id)
        .ok_or(AppError::NotFound)?;
    Ok((QuestionView { id: doc.0, question: doc.1 }, v))
}

/// Replaces a draft question's text, key and options after checking its rules.
pub async fn update_question(
    db: &DatabaseConnection,
    question_id: i32,
    doc: &QuestionDoc,
) -> Result<i32, AppError> {
    first_problem(validate_question(doc, ""))?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let q = question::Entity::find_by_id(question_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    draft(&txn, q.version_id).await?;
    let version_id = q.version_id;
    let mut active: question::ActiveModel = q.into();
    active.kind = Set(doc.kind);
    active.prompt = Set(doc.prompt.trim().to_owned());
    active.scenario =
        Set(doc.scenario.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned));
    active.explanation = Set(doc.explanation.trim().to_owned());
    active.points = Set(doc.points);
    active.fixed_order = Set(doc.fixed_order);
    active.test_form = Set(doc.test_form);
    active.update(&txn).await?;
    // The options are written again: their translations follow them by place.
    let translated = crate::services::translations::option_texts(&txn, question_id).await?;
    option::Entity::delete_many()
        .filter(option::Column::QuestionId.eq(question_id))
        .exec(&txn)
        .await?;
    insert_options(&txn, question_id, &doc.options).await?;
    crate::services::translations::restore_option_texts(&txn, question_id, translated).await?;
    crate::services::translations::source_changed(&txn, version_id).await?;
    txn.commit().await?;
    Ok(version_id)
}
