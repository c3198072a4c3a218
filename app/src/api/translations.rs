//! Module translations: trainers start, edit side by side and publish a version's translation
//! into another language. Every function requires `AuthorModules`; the language is a path value,
//! so an unknown one is "not found".

use leptos::prelude::*;

use crate::model::{
    error::AppError,
    translation::{QuestionTextsForm, TranslationEditor},
};

#[cfg(feature = "ssr")]
use crate::{
    api::respond::{Done, form, query},
    model::locale::Locale,
    model::permissions::Permission,
    model::problem::{Notice, Problem},
    services::translations as service,
    state::db,
};

#[cfg(feature = "ssr")]
fn author() -> Result<crate::state::Authenticated, AppError> {
    crate::api::guard::require(Permission::AuthorModules)
}

/// A language Frontline offers, named by its code.
#[cfg(feature = "ssr")]
fn language(code: &str) -> Result<Locale, AppError> {
    Locale::from_code(code).ok_or(AppError::NotFound)
}

/// Where a translation's editor lives.
#[cfg(feature = "ssr")]
fn editor_path(version_id: i32, language: Locale) -> String {
    format!("/author/versions/{version_id}/translations/{}", language.code())
}

#[server(endpoint = "translations/editor")]
pub async fn translation(version_id: i32, language: String) -> Result<TranslationEditor, AppError> {
    query(async {
        author()?;
        service::editor(&db()?, version_id, self::language(&language)?).await
    })
    .await
}

#[server(endpoint = "translations/start")]
pub async fn start_translation(version_id: i32, language: String) -> Result<(), AppError> {
    form::<StartTranslation>(Default::default(), async {
        author()?;
        let to =
            Locale::from_code(&language).ok_or_else(|| Problem::ChooseLanguage.at("language"))?;
        service::start(&db()?, version_id, to).await?;
        Ok(Done::to(editor_path(version_id, to)).notice(Notice::TranslationStarted))
    })
    .await
}

#[server(endpoint = "translations/update_details")]
pub async fn update_translation(
    version_id: i32,
    language: String,
    title: String,
    summary: String,
) -> Result<(), AppError> {
    let values = [("title".to_owned(), title.clone()), ("summary".to_owned(), summary.clone())];
    form::<UpdateTranslation>(values.into(), async {
        author()?;
        let to = self::language(&language)?;
        service::update_details(&db()?, version_id, to, &title, &summary).await?;
        Ok(Done::to(editor_path(version_id, to)).notice(Notice::TranslationSaved))
    })
    .await
}

#[server(endpoint = "translations/lesson")]
pub async fn translate_lesson(
    version_id: i32,
    language: String,
    lesson_id: i32,
    title: String,
    body_markdown: String,
) -> Result<(), AppError> {
    let values = [
        ("item".to_owned(), format!("lesson-{lesson_id}")),
        ("title".to_owned(), title.clone()),
        ("body_markdown".to_owned(), body_markdown.clone()),
    ];
    form::<TranslateLesson>(values.into(), async {
        author()?;
        let to = self::language(&language)?;
        let doc = crate::model::authoring::LessonDoc { title, body_markdown };
        service::update_lesson(&db()?, version_id, to, lesson_id, &doc).await?;
        let to_item = format!("{}#lesson-{lesson_id}", editor_path(version_id, to));
        Ok(Done::to(to_item).notice(Notice::TranslationSaved))
    })
    .await
}

#[server(endpoint = "translations/question")]
pub async fn translate_question(
    version_id: i32,
    language: String,
    question_id: i32,
    texts: QuestionTextsForm,
) -> Result<(), AppError> {
    let mut values = texts.values();
    values.insert("item".to_owned(), format!("question-{question_id}"));
    form::<TranslateQuestion>(values, async {
        author()?;
        let to = self::language(&language)?;
        service::update_question(&db()?, version_id, to, question_id, &texts.texts()).await?;
        let to_item = format!("{}#question-{question_id}", editor_path(version_id, to));
        Ok(Done::to(to_item).notice(Notice::TranslationSaved))
    })
    .await
}

#[server(endpoint = "translations/publish")]
pub async fn publish_translation(version_id: i32, language: String) -> Result<(), AppError> {
    form::<PublishTranslation>(Default::default(), async {
        author()?;
        let to = self::language(&language)?;
        service::publish(&db()?, version_id, to).await?;
        Ok(Done::to(editor_path(version_id, to)).notice(Notice::TranslationPublished))
    })
    .await
}
