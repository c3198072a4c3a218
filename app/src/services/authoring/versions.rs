//! Modules and their versions: listing, creating, settings, and the editor's view.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::*;
use crate::entities::{lesson, module, module_version as version, question};
use crate::model::{
    accounts::{AgencyKind, CurrentUser},
    authoring::{
        FORMAT, LessonDoc, LessonView, ModuleDoc, ModuleListItem, ModuleSettings, OptionDoc,
        QuestionDoc, QuestionView, ReviewPolicy, VersionStatus, VersionView, key_pattern,
        slug_from, validate_publishable, validate_settings,
    },
    error::AppError,
    problem::first_problem,
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
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let slug = free_slug(&txn, &slug_from(title)).await?;
    let module_id = insert_module(&txn, actor, &slug).await?;
    insert_version(&txn, module_id, 1, &settings).await?;
    txn.commit().await?;
    Ok(module_id)
}

pub(super) async fn free_slug(db: &impl ConnectionTrait, wanted: &str) -> Result<String, DbErr> {
    let mut slug = wanted.to_owned();
    let mut n = 2;
    while module::Entity::find().filter(module::Column::Slug.eq(&slug)).one(db).await?.is_some() {
        slug = format!("{wanted}-{n}");
        n += 1;
    }
    Ok(slug)
}

pub(super) async fn insert_module(
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

pub(super) async fn insert_version(
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

pub(super) fn settings_model(s: &ModuleSettings) -> version::ActiveModel {
    version::ActiveModel {
        title: Set(s.title.trim().to_owned()),
        summary: Set(s.summary.trim().to_owned()),
        // One spelling per language ("ar", never "AR" or "ar-JO"): translations compare it.
        language: Set(crate::model::locale::Locale::from_code(&s.language)
            .map_or_else(|| s.language.clone(), |l| l.code().to_owned())),
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
        one_per_screen: Set(s.one_per_screen),
        pretest: Set(s.pretest),
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
        one_per_screen: v.one_per_screen,
        pretest: v.pretest,
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
        translations: crate::services::translations::docs(db, v.id).await?,
    })
}

pub(super) async fn lessons_of(
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
    Ok(question::Entity::with_options(db, version_id)
        .await?
        .into_iter()
        .map(|(q, options)| {
            let opts = options
                .iter()
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
                test_form: q.test_form,
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
    let mut lessons = vec![];
    for l in lessons_of(db, v.id).await? {
        // The author sees where the reader's referral services go, not their own country's.
        let html = crate::services::referrals::shortcut::render_lesson(
            db,
            &l.body_markdown,
            None,
            crate::model::locale::Locale::En,
            crate::services::reports::today(),
        )
        .await?;
        lessons.push(LessonView { id: l.id, html, title: l.title, body_markdown: l.body_markdown });
    }
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
        translations: crate::services::translations::summaries(db, v.id).await?,
    })
}

pub async fn update_settings(
    db: &DatabaseConnection,
    version_id: i32,
    s: &ModuleSettings,
) -> Result<(), AppError> {
    first_problem(validate_settings(s))?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let v = draft(&txn, version_id).await?;
    version::ActiveModel { id: Set(v.id), ..settings_model(s) }.update(&txn).await?;
    crate::services::translations::source_changed(&txn, v.id).await?;
    txn.commit().await?;
    Ok(())
}
