//! Authoring: trainers and admins build modules. Every function requires `AuthorModules`.

use std::collections::{BTreeMap, HashMap};

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::model::{
    authoring::{ModuleListItem, SettingsForm, VersionView},
    error::AppError,
    quiz::QuizQuestion,
};

#[cfg(feature = "ssr")]
use crate::{
    api::respond::{Done, form, query},
    model::forms::{text_fields, whole_number},
    model::permissions::Permission,
    model::problem::{Notice, Problem},
    services::authoring as service,
    state::db,
};

#[cfg(feature = "ssr")]
fn author() -> Result<crate::state::Authenticated, AppError> {
    crate::api::guard::require(Permission::AuthorModules)
}

/// One option row of the question form; blank rows are dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionForm {
    #[serde(default)]
    pub text: String,
    pub correct: Option<String>,
    pub position: Option<String>,
    #[serde(rename = "match")]
    pub match_key: Option<String>,
    #[serde(default)]
    pub feedback: String,
}

/// The question form as a browser posts it (`question[prompt]=…`, `question[options][0][text]=…`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionForm {
    pub kind: String,
    pub prompt: String,
    pub scenario: String,
    pub explanation: String,
    pub points: String,
    /// A checkbox: present when ticked.
    pub fixed_order: Option<String>,
    /// `both`, `pretest` or `quiz`; empty: both.
    pub test_form: String,
    /// By row number, as posted.
    pub options: BTreeMap<String, OptionForm>,
}

#[server(endpoint = "authoring/modules")]
pub async fn modules() -> Result<Vec<ModuleListItem>, AppError> {
    query(async {
        author()?;
        Ok(service::list(&db()?).await?)
    })
    .await
}

#[server(endpoint = "authoring/create_module")]
pub async fn create_module(title: String) -> Result<(), AppError> {
    let values = [("title".to_owned(), title.clone())].into();
    form::<CreateModule>(values, async {
        let me = author()?;
        let id = service::create(&db()?, &me.user, &title).await?;
        Ok(Done::to(format!("/author/modules/{id}")).notice(Notice::ModuleCreated))
    })
    .await
}

/// The version of a module to edit or show: its draft, else its published version.
#[server(endpoint = "authoring/module")]
pub async fn module(module_id: i32) -> Result<VersionView, AppError> {
    query(async {
        author()?;
        let db = db()?;
        let v = service::current_version(&db, module_id).await?;
        service::view(&db, v).await
    })
    .await
}

#[server(endpoint = "authoring/version")]
pub async fn version(version_id: i32) -> Result<VersionView, AppError> {
    query(async {
        author()?;
        let db = db()?;
        let v = service::find_version(&db, version_id).await?;
        service::view(&db, v).await
    })
    .await
}

/// Where the editor of a version lives.
#[cfg(feature = "ssr")]
async fn editor_of(version_id: i32) -> Result<String, AppError> {
    let v = service::find_version(&db()?, version_id).await?;
    Ok(format!("/author/modules/{}", v.module_id))
}

#[server(endpoint = "authoring/update_settings")]
pub async fn update_settings(version_id: i32, settings: SettingsForm) -> Result<(), AppError> {
    form::<UpdateSettings>(text_fields(&settings), async {
        author()?;
        service::update_settings(&db()?, version_id, &settings.settings()?).await?;
        Ok(Done::to(editor_of(version_id).await?).notice(Notice::SettingsSaved))
    })
    .await
}

#[server(endpoint = "authoring/add_lesson")]
pub async fn add_lesson(version_id: i32, title: String) -> Result<(), AppError> {
    let values = [("title".to_owned(), title.clone())].into();
    form::<AddLesson>(values, async {
        author()?;
        let id = service::add_lesson(&db()?, version_id, &title).await?;
        Ok(Done::to(format!("/author/lessons/{id}")))
    })
    .await
}

#[server(endpoint = "authoring/update_lesson")]
pub async fn update_lesson(
    lesson_id: i32,
    title: String,
    body_markdown: String,
) -> Result<(), AppError> {
    let values =
        [("title".to_owned(), title.clone()), ("body_markdown".to_owned(), body_markdown.clone())]
            .into();
    form::<UpdateLesson>(values, async {
        author()?;
        service::update_lesson(&db()?, lesson_id, &title, &body_markdown).await?;
        Ok(Done::to(format!("/author/lessons/{lesson_id}")).notice(Notice::LessonSaved))
    })
    .await
}

/// Moves (`up` / `down`) or deletes (`delete`) a lesson or a question.
#[server(endpoint = "authoring/arrange")]
pub async fn arrange(what: String, id: i32, action: String) -> Result<(), AppError> {
    form::<Arrange>(Default::default(), async {
        author()?;
        let db = db()?;
        use crate::services::{authoring::Arrangement, positions::Ordered};
        let (Some(what), Some(how)) = (Ordered::from_code(&what), Arrangement::from_code(&action))
        else {
            return Err(AppError::NotFound);
        };
        let version_id = service::arrange(&db, what, id, how).await?;
        Ok(Done::to(editor_of(version_id).await?))
    })
    .await
}

#[server(endpoint = "authoring/add_question")]
pub async fn add_question(version_id: i32, kind: String) -> Result<(), AppError> {
    form::<AddQuestion>(Default::default(), async {
        author()?;
        let kind = crate::model::authoring::QuestionKind::from_code(&kind)
            .ok_or_else(|| Problem::ChooseQuestionKind.at("kind"))?;
        let id = service::add_question(&db()?, version_id, kind).await?;
        Ok(Done::to(format!("/author/questions/{id}")))
    })
    .await
}

#[server(endpoint = "authoring/update_question")]
pub async fn update_question(question_id: i32, question: QuestionForm) -> Result<(), AppError> {
    use crate::model::authoring::{OptionDoc, QuestionDoc, QuestionKind};
    let mut values = text_fields(&question);
    let QuestionForm {
        kind,
        prompt,
        scenario,
        explanation,
        points,
        fixed_order,
        test_form,
        options,
    } = question;
    let mut rows: Vec<(u32, OptionForm)> =
        options.into_iter().filter_map(|(k, v)| Some((k.parse().ok()?, v))).collect();
    rows.sort_by_key(|(i, _)| *i);
    let rows: Vec<OptionForm> =
        rows.into_iter().map(|(_, o)| o).filter(|o| !o.text.trim().is_empty()).collect();
    // Keep typed options for the form to refill after a failure.
    for (i, o) in rows.iter().enumerate() {
        values.insert(format!("options[{i}][text]"), o.text.clone());
        values.insert(format!("options[{i}][feedback]"), o.feedback.clone());
        values.insert(format!("options[{i}][position]"), o.position.clone().unwrap_or_default());
        values.insert(format!("options[{i}][match]"), o.match_key.clone().unwrap_or_default());
        values.insert(format!("options[{i}][correct]"), o.correct.clone().unwrap_or_default());
    }
    form::<UpdateQuestion>(values, async {
        author()?;
        let kind =
            QuestionKind::from_code(&kind).ok_or_else(|| Problem::ChooseQuestionKind.at("kind"))?;
        let doc = QuestionDoc {
            kind,
            prompt,
            scenario: Some(scenario).filter(|s| !s.trim().is_empty()),
            explanation,
            points: whole_number("points", &points)?.unwrap_or(0),
            fixed_order: fixed_order.is_some(),
            test_form: match test_form.trim() {
                "" => Default::default(),
                code => crate::model::evaluation::TestForm::from_code(code)
                    .ok_or_else(|| Problem::ChooseFromList.at("test_form"))?,
            },
            options: rows
                .into_iter()
                .map(|o| {
                    Ok(OptionDoc {
                        correct: o.correct.is_some(),
                        position: whole_number("options", o.position.as_deref().unwrap_or(""))?,
                        match_key: o.match_key.filter(|m| !m.trim().is_empty()),
                        text: o.text,
                        feedback: o.feedback,
                    })
                })
                .collect::<Result<_, AppError>>()?,
        };
        let version_id = service::update_question(&db()?, question_id, &doc).await?;
        Ok(Done::to(editor_of(version_id).await?).notice(Notice::QuestionSaved))
    })
    .await
}

#[server(endpoint = "authoring/question")]
pub async fn question(
    question_id: i32,
) -> Result<(crate::model::authoring::QuestionView, VersionView), AppError> {
    query(async {
        author()?;
        let db = db()?;
        let (q, v) = service::question(&db, question_id).await?;
        Ok((q, service::view(&db, v).await?))
    })
    .await
}

#[server(endpoint = "authoring/lesson")]
pub async fn lesson(
    lesson_id: i32,
) -> Result<(crate::model::authoring::LessonView, VersionView), AppError> {
    query(async {
        author()?;
        let db = db()?;
        let (l, v) = service::lesson(&db, lesson_id).await?;
        let view = service::view(&db, v).await?;
        let lesson =
            view.lessons.iter().find(|x| x.id == l.id).cloned().ok_or(AppError::NotFound)?;
        Ok((lesson, view))
    })
    .await
}

#[server(endpoint = "authoring/publish")]
pub async fn publish(version_id: i32) -> Result<(), AppError> {
    form::<Publish>(Default::default(), async {
        author()?;
        let to = editor_of(version_id).await?;
        service::publish(&db()?, version_id).await?;
        Ok(Done::to(to).notice(Notice::Published))
    })
    .await
}

#[server(endpoint = "authoring/new_draft")]
pub async fn new_draft(module_id: i32) -> Result<(), AppError> {
    form::<NewDraft>(Default::default(), async {
        author()?;
        service::new_draft(&db()?, module_id).await?;
        Ok(Done::to(format!("/author/modules/{module_id}")).notice(Notice::DraftStarted))
    })
    .await
}

#[server(endpoint = "authoring/archive")]
pub async fn archive(module_id: i32) -> Result<(), AppError> {
    form::<Archive>(Default::default(), async {
        author()?;
        service::archive(&db()?, module_id).await?;
        Ok(Done::to(format!("/author/modules/{module_id}")).notice(Notice::Archived))
    })
    .await
}

/// Imports a module document (JSON, uploaded or pasted) as a new module in draft.
#[server(endpoint = "authoring/import", input = leptos::server_fn::codec::MultipartFormData)]
pub async fn import_module(data: leptos::server_fn::codec::MultipartData) -> Result<(), AppError> {
    form::<ImportModule>(Default::default(), async {
        let me = author()?;
        let json = crate::services::user_import::read_upload(data).await?;
        let id = service::import(&db()?, &me.user, &json).await?;
        Ok(Done::to(format!("/author/modules/{id}")).notice(Notice::ModuleImported))
    })
    .await
}

/// The quiz of a version as a trainee would get it (freshly drawn), for the trainer's preview.
#[server(endpoint = "authoring/preview_quiz")]
pub async fn preview_quiz(version_id: i32, seed: u64) -> Result<Vec<QuizQuestion>, AppError> {
    query(async {
        author()?;
        let db = db()?;
        let v = service::find_version(&db, version_id).await?;
        let drawn = crate::services::quiz::draw(&db, &v, seed, v.locale()).await?;
        Ok(drawn.iter().map(crate::services::quiz::Drawn::for_trainee).collect())
    })
    .await
}

/// Scores a preview attempt. Nothing is recorded: the result goes back to the preview page,
/// shown as the module's review policy shows it to a trainee who still has attempts left.
#[server(endpoint = "authoring/check_preview")]
pub async fn check_preview(
    version_id: i32,
    seed: u64,
    answers: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    form::<CheckPreview>(Default::default(), async {
        author()?;
        let db = db()?;
        let v = service::find_version(&db, version_id).await?;
        let asked = crate::services::quiz::draw(&db, &v, seed, v.locale()).await?;
        let result = crate::services::quiz::score(&v, &asked, &answers.unwrap_or_default());
        let policy = service::settings_of(&v).review;
        let shown =
            crate::model::quiz::review(&result, &policy, policy.key.open(result.passed, false));
        let json = serde_json::to_string(&shown).map_err(AppError::internal)?;
        Ok(Done::to(format!("/author/versions/{version_id}/preview?seed={seed}#result"))
            .keep("result", json))
    })
    .await
}
