//! Modules, their versions and their content. A published version is frozen: editing a
//! published module makes the next draft, a copy, which replaces it only when published.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder, SqlErr, sea_query::Expr,
};

use crate::entities::{
    lesson, module, module_version as version, question, question_option as option,
};
use crate::model::{
    accounts::{AgencyKind, CurrentUser},
    authoring::{
        FORMAT, LessonDoc, LessonView, ModuleDoc, ModuleListItem, ModuleSettings, OptionDoc,
        QuestionDoc, QuestionKind, QuestionView, ReviewPolicy, VersionStatus, VersionView,
        key_pattern, slug_from, validate_document, validate_publishable, validate_question,
        validate_settings,
    },
    error::AppError,
    problem::{Problem, first_problem},
};
use crate::services::{
    markdown,
    positions::{self, Ordered},
};

/// Every module, by title, with its published and draft versions.
pub async fn list(db: &impl ConnectionTrait) -> Result<Vec<ModuleListItem>, DbErr> {
    let modules = module::Entity::find().all(db).await?;
    let versions = version::Entity::find().order_by_asc(version::Column::Number).all(db).await?;
    let mut items: Vec<ModuleListItem> = modules
        .into_iter()
        .filter_map(|m| {
            let mine: Vec<&version::Model> =
                versions.iter().filter(|v| v.module_id == m.id).collect();
            let latest = mine.last()?;
            let with = |s: VersionStatus| mine.iter().find(|v| v.status == s).map(|v| v.number);
            Some(ModuleListItem {
                id: m.id,
                slug: m.slug,
                title: latest.title.clone(),
                published: with(VersionStatus::Published),
                draft: with(VersionStatus::Draft),
                archived: with(VersionStatus::Published).is_none()
                    && with(VersionStatus::Draft).is_none(),
            })
        })
        .collect();
    items.sort_by_key(|i| i.title.to_lowercase());
    Ok(items)
}

/// A new module with an empty first draft.
pub async fn create(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    title: &str,
) -> Result<i32, AppError> {
    let settings = ModuleSettings { title: title.trim().to_owned(), ..ModuleSettings::default() };
    first_problem(validate_settings(&settings))?;
    let txn = crate::services::transactions::write(db).await?;
    let slug = free_slug(&txn, &slug_from(title)).await?;
    let module_id = insert_module(&txn, actor, &slug).await?;
    insert_version(&txn, module_id, 1, &settings).await?;
    txn.commit().await?;
    Ok(module_id)
}

async fn free_slug(db: &impl ConnectionTrait, wanted: &str) -> Result<String, DbErr> {
    let mut slug = wanted.to_owned();
    let mut n = 2;
    while module::Entity::find().filter(module::Column::Slug.eq(&slug)).one(db).await?.is_some() {
        slug = format!("{wanted}-{n}");
        n += 1;
    }
    Ok(slug)
}

async fn insert_module(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    slug: &str,
) -> Result<i32, DbErr> {
    let m = module::ActiveModel {
        slug: Set(slug.to_owned()),
        created_by: Set(Some(actor.id)),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(m.id)
}

async fn insert_version(
    db: &impl ConnectionTrait,
    module_id: i32,
    number: i32,
    s: &ModuleSettings,
) -> Result<i32, DbErr> {
    let v = version::ActiveModel {
        module_id: Set(module_id),
        number: Set(number),
        status: Set(VersionStatus::Draft),
        created_at: Set(Utc::now()),
        published_at: Set(None),
        ..settings_model(s)
    }
    .insert(db)
    .await?;
    Ok(v.id)
}

fn settings_model(s: &ModuleSettings) -> version::ActiveModel {
    version::ActiveModel {
        title: Set(s.title.trim().to_owned()),
        summary: Set(s.summary.trim().to_owned()),
        language: Set(s.language.clone()),
        estimated_minutes: Set(s.estimated_minutes),
        agency_kinds: Set(s.agency_kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(",")),
        pass_mark_percent: Set(s.pass_mark_percent),
        max_attempts: Set(s.max_attempts),
        time_limit_minutes: Set(s.time_limit_minutes),
        questions_per_attempt: Set(s.questions_per_attempt),
        shuffle_questions: Set(s.shuffle_questions),
        shuffle_options: Set(s.shuffle_options),
        review_score: Set(s.review.score),
        review_correctness: Set(s.review.correctness),
        review_feedback: Set(s.review.feedback),
        review_key: Set(s.review.key),
        retake_wait_minutes: Set(s.retake_wait_minutes),
        ..Default::default()
    }
}

pub fn settings_of(v: &version::Model) -> ModuleSettings {
    ModuleSettings {
        title: v.title.clone(),
        summary: v.summary.clone(),
        language: v.language.clone(),
        estimated_minutes: v.estimated_minutes,
        agency_kinds: v.agency_kinds.split(',').filter_map(AgencyKind::from_code).collect(),
        pass_mark_percent: v.pass_mark_percent,
        max_attempts: v.max_attempts,
        time_limit_minutes: v.time_limit_minutes,
        questions_per_attempt: v.questions_per_attempt,
        shuffle_questions: v.shuffle_questions,
        shuffle_options: v.shuffle_options,
        review: ReviewPolicy {
            score: v.review_score,
            correctness: v.review_correctness,
            feedback: v.review_feedback,
            key: v.review_key,
        },
        retake_wait_minutes: v.retake_wait_minutes,
    }
}

/// The version to edit or show for a module: its draft, else its published version, else the
/// latest.
pub async fn current_version(
    db: &impl ConnectionTrait,
    module_id: i32,
) -> Result<version::Model, AppError> {
    let versions = version::Entity::find()
        .filter(version::Column::ModuleId.eq(module_id))
        .order_by_desc(version::Column::Number)
        .all(db)
        .await?;
    let pick = |s: VersionStatus| versions.iter().find(|v| v.status == s).cloned();
    pick(VersionStatus::Draft)
        .or_else(|| pick(VersionStatus::Published))
        .or_else(|| versions.first().cloned())
        .ok_or(AppError::NotFound)
}

pub async fn find_version(db: &impl ConnectionTrait, id: i32) -> Result<version::Model, AppError> {
    version::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)
}

/// A version that may still change, or a clear refusal. The row stays locked (PostgreSQL) for
/// the transaction, so an edit and a publish of the same draft run one after the other and a
/// published version never changes.
async fn draft(db: &impl ConnectionTrait, id: i32) -> Result<version::Model, AppError> {
    let v = crate::services::transactions::locked(version::Entity::find_by_id(id), db)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if v.status != VersionStatus::Draft {
        return Err(Problem::VersionFrozen.at("version"));
    }
    Ok(v)
}

/// The whole version as one document (export, copy, validation).
pub async fn document(db: &impl ConnectionTrait, v: &version::Model) -> Result<ModuleDoc, DbErr> {
    let slug =
        module::Entity::find_by_id(v.module_id).one(db).await?.map(|m| m.slug).unwrap_or_default();
    let lessons = lessons_of(db, v.id).await?;
    let questions = questions_of(db, v.id).await?;
    Ok(ModuleDoc {
        format: FORMAT.into(),
        slug,
        settings: settings_of(v),
        lessons: lessons
            .into_iter()
            .map(|l| LessonDoc { title: l.title, body_markdown: l.body_markdown })
            .collect(),
        questions: questions.into_iter().map(|(_, q)| q).collect(),
    })
}

async fn lessons_of(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<Vec<lesson::Model>, DbErr> {
    lesson::Entity::of_version(version_id).all(db).await
}

/// The questions of a version, in order, each with its id — two queries, whatever their number.
pub async fn questions_of(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<Vec<(i32, QuestionDoc)>, DbErr> {
    let questions = question::Entity::of_version(version_id).all(db).await?;
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let options = option::Entity::find()
        .filter(option::Column::QuestionId.is_in(ids))
        .order_by_asc(option::Column::Position)
        .all(db)
        .await?;
    Ok(questions
        .into_iter()
        .map(|q| {
            let opts = options
                .iter()
                .filter(|o| o.question_id == q.id)
                .map(|o| OptionDoc {
                    text: o.text.clone(),
                    correct: o.correct,
                    position: o.correct_position,
                    match_key: o.match_key.clone(),
                    feedback: o.feedback.clone(),
                })
                .collect();
            let doc = QuestionDoc {
                kind: q.kind,
                prompt: q.prompt,
                scenario: q.scenario,
                explanation: q.explanation,
                points: q.points,
                fixed_order: q.fixed_order,
                options: opts,
            };
            (q.id, doc)
        })
        .collect())
}

/// Everything the editor shows for a version.
pub async fn view(db: &impl ConnectionTrait, v: version::Model) -> Result<VersionView, AppError> {
    let doc = document(db, &v).await?;
    let versions = version::Entity::find()
        .filter(version::Column::ModuleId.eq(v.module_id))
        .order_by_asc(version::Column::Number)
        .all(db)
        .await?
        .into_iter()
        .map(|x| (x.id, x.number, x.status))
        .collect();
    let lessons = lessons_of(db, v.id)
        .await?
        .into_iter()
        .map(|l| LessonView {
            id: l.id,
            html: markdown::render(&l.body_markdown),
            title: l.title,
            body_markdown: l.body_markdown,
        })
        .collect();
    let questions = questions_of(db, v.id)
        .await?
        .into_iter()
        .map(|(id, question)| QuestionView { id, question })
        .collect();
    Ok(VersionView {
        id: v.id,
        module_id: v.module_id,
        slug: doc.slug.clone(),
        number: v.number,
        status: v.status,
        problems: validate_publishable(&doc),
        key_pattern: key_pattern(&doc),
        settings: doc.settings,
        lessons,
        questions,
        versions,
    })
}

pub async fn update_settings(
    db: &DatabaseConnection,
    version_id: i32,
    s: &ModuleSettings,
) -> Result<(), AppError> {
    first_problem(validate_settings(s))?;
    let txn = crate::services::transactions::write(db).await?;
    let v = draft(&txn, version_id).await?;
    version::ActiveModel { id: Set(v.id), ..settings_model(s) }.update(&txn).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn add_lesson(
    db: &DatabaseConnection,
    version_id: i32,
    title: &str,
) -> Result<i32, AppError> {
    let title = required(title, "title", Problem::GiveLessonTitle)?;
    let txn = crate::services::transactions::write(db).await?;
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
    txn.commit().await?;
    Ok(l.id)
}

/// A lesson of a draft, with its version.
async fn draft_lesson(
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
    let txn = crate::services::transactions::write(db).await?;
    let l = draft_lesson(&txn, lesson_id).await?;
    let version_id = l.version_id;
    let mut active: lesson::ActiveModel = l.into();
    active.title = Set(title);
    active.body_markdown = Set(body.to_owned());
    active.update(&txn).await?;
    txn.commit().await?;
    Ok(version_id)
}

pub async fn delete_lesson(db: &DatabaseConnection, lesson_id: i32) -> Result<i32, AppError> {
    let txn = crate::services::transactions::write(db).await?;
    let l = draft_lesson(&txn, lesson_id).await?;
    lesson::Entity::delete_by_id(l.id).exec(&txn).await?;
    positions::close_gap(&txn, Ordered::Lessons, l.version_id, l.position).await?;
    txn.commit().await?;
    Ok(l.version_id)
}

/// Swaps a lesson with its neighbour (`up`: towards the start).
pub async fn move_lesson(
    db: &DatabaseConnection,
    lesson_id: i32,
    up: bool,
) -> Result<i32, AppError> {
    let txn = crate::services::transactions::write(db).await?;
    let l = draft_lesson(&txn, lesson_id).await?;
    let target = if up { l.position - 1 } else { l.position + 1 };
    if let Some(other) = lesson::Entity::find()
        .filter(lesson::Column::VersionId.eq(l.version_id))
        .filter(lesson::Column::Position.eq(target))
        .one(&txn)
        .await?
    {
        positions::swap(&txn, Ordered::Lessons, (l.id, l.position), (other.id, other.position))
            .await?;
    }
    txn.commit().await?;
    Ok(l.version_id)
}

/// A new question of `kind` with placeholder options to fill in.
pub async fn add_question(
    db: &DatabaseConnection,
    version_id: i32,
    kind: QuestionKind,
) -> Result<i32, AppError> {
    let txn = crate::services::transactions::write(db).await?;
    draft(&txn, version_id).await?;
    let position = question::Entity::find()
        .filter(question::Column::VersionId.eq(version_id))
        .all(&txn)
        .await?
        .len() as i32
        + 1;
    let doc = starter_question(kind);
    let id = insert_question(&txn, version_id, position, &doc).await?;
    txn.commit().await?;
    Ok(id)
}

fn starter_question(kind: QuestionKind) -> QuestionDoc {
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
        options,
    }
}

async fn insert_question(
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
        ..Default::default()
    }
    .insert(db)
    .await?;
    insert_options(db, saved.id, &q.options).await?;
    Ok(saved.id)
}

async fn insert_options(
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
    let txn = crate::services::transactions::write(db).await?;
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
    active.update(&txn).await?;
    option::Entity::delete_many()
        .filter(option::Column::QuestionId.eq(question_id))
        .exec(&txn)
        .await?;
    insert_options(&txn, question_id, &doc.options).await?;
    txn.commit().await?;
    Ok(version_id)
}

pub async fn delete_question(db: &DatabaseConnection, question_id: i32) -> Result<i32, AppError> {
    let txn = crate::services::transactions::write(db).await?;
    let q = question::Entity::find_by_id(question_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    draft(&txn, q.version_id).await?;
    question::Entity::delete_by_id(q.id).exec(&txn).await?;
    positions::close_gap(&txn, Ordered::Questions, q.version_id, q.position).await?;
    txn.commit().await?;
    Ok(q.version_id)
}

pub async fn move_question(
    db: &DatabaseConnection,
    question_id: i32,
    up: bool,
) -> Result<i32, AppError> {
    let txn = crate::services::transactions::write(db).await?;
    let q = question::Entity::find_by_id(question_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    draft(&txn, q.version_id).await?;
    let target = if up { q.position - 1 } else { q.position + 1 };
    if let Some(other) = question::Entity::find()
        .filter(question::Column::VersionId.eq(q.version_id))
        .filter(question::Column::Position.eq(target))
        .one(&txn)
        .await?
    {
        positions::swap(&txn, Ordered::Questions, (q.id, q.position), (other.id, other.position))
            .await?;
    }
    txn.commit().await?;
    Ok(q.version_id)
}

/// Publishes a draft: it becomes what trainees get; the version it replaces is archived (attempts
/// keep pointing at it). Refused with every problem listed while the draft is not ready.
pub async fn publish(db: &DatabaseConnection, version_id: i32) -> Result<(), AppError> {
    let txn = crate::services::transactions::write(db).await?;
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
    let txn = crate::services::transactions::write(db).await?;
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
    txn.commit().await?;
    Ok(id)
}

async fn write_content(
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
    let txn = crate::services::transactions::write(db).await?;
    if module::Entity::find().filter(module::Column::Slug.eq(&doc.slug)).one(&txn).await?.is_some()
    {
        return Err(Problem::SlugTaken { slug: doc.slug.clone() }.at("file"));
    }
    let module_id = insert_module(&txn, actor, &doc.slug).await?;
    let version_id = insert_version(&txn, module_id, 1, &doc.settings).await?;
    write_content(&txn, version_id, &doc).await?;
    txn.commit().await?;
    Ok(module_id)
}

fn required(value: &str, field: &str, problem: Problem) -> Result<String, AppError> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > 200 {
        return Err(problem.at(field));
    }
    Ok(value.to_owned())
}
