//! Learning: trainees study modules and take quizzes the server scores. Everything here is
//! about the caller's own records; someone else's attempt or certificate is "not found".

use std::collections::HashMap;

use leptos::prelude::*;

use crate::model::{
    error::AppError,
    learning::{
        AttemptPage, Certificate, LessonPage, ModuleCard, ModuleOverview, OfflineCopy, Verification,
    },
};

#[cfg(feature = "ssr")]
use crate::{
    api::respond::{Done, form, query},
    model::permissions::Permission,
    model::problem::{Notice, Problem},
    model::quiz::{QuizAction, REVIEW, SAVED, SHOWN},
    services::{attempts, learning as service},
    state::db,
};

#[cfg(feature = "ssr")]
fn learner() -> Result<crate::state::Authenticated, AppError> {
    crate::api::guard::require(Permission::Learn)
}

#[server(endpoint = "learning/catalogue")]
pub async fn catalogue() -> Result<Vec<ModuleCard>, AppError> {
    query(async {
        let me = learner()?;
        Ok(service::catalogue(&db()?, &me.user).await?)
    })
    .await
}

/// The language a reader asked for (`?lang=ar`), if it is one Frontline offers; anything else
/// (the pseudo-locale too) is the same as asking for none.
#[cfg(feature = "ssr")]
fn wanted(lang: Option<String>) -> Option<crate::model::locale::Locale> {
    crate::model::locale::Locale::from_code(lang.as_deref()?)
}

/// A module's page; `lang` asks for one of its languages (default: the reader's).
#[server(endpoint = "learning/module")]
pub async fn module(module_id: i32, lang: Option<String>) -> Result<ModuleOverview, AppError> {
    query(async {
        let me = learner()?;
        service::overview(&db()?, &me.user, module_id, wanted(lang)).await
    })
    .await
}

#[server(endpoint = "learning/lesson")]
pub async fn lesson(
    module_id: i32,
    lesson_id: i32,
    lang: Option<String>,
) -> Result<LessonPage, AppError> {
    query(async {
        let me = learner()?;
        service::lesson_page(&db()?, &me.user, module_id, lesson_id, wanted(lang)).await
    })
    .await
}

#[server(endpoint = "learning/mark_read")]
pub async fn mark_read(
    module_id: i32,
    lesson_id: i32,
    lang: Option<String>,
) -> Result<(), AppError> {
    form::<MarkRead>(Default::default(), async {
        let me = learner()?;
        let db = db()?;
        let next = service::mark_read(&db, &me.user, module_id, lesson_id, wanted(lang)).await?;
        Ok(Done::to(next))
    })
    .await
}

/// The pages the service worker keeps for offline reading: of `modules` (ids, comma-separated),
/// or of the caller's assigned and begun modules when it is empty.
#[server(endpoint = "learning/offline_copies")]
pub async fn offline_copies(modules: Option<String>) -> Result<Vec<OfflineCopy>, AppError> {
    query(async {
        let me = learner()?;
        let ids: Vec<i32> =
            modules.unwrap_or_default().split(',').filter_map(|m| m.trim().parse().ok()).collect();
        crate::services::offline::copies(&db()?, &me.user, &ids).await
    })
    .await
}

/// Starts (or resumes) the quiz — or, with `purpose=pretest`, the module's pre-test — in
/// `lang` when the module has it. `key` is the start form's one-time key.
#[server(endpoint = "learning/start")]
pub async fn start(
    module_id: i32,
    key: String,
    lang: Option<String>,
    purpose: Option<String>,
) -> Result<(), AppError> {
    use crate::model::evaluation::AttemptPurpose;
    form::<Start>(Default::default(), async {
        let me = learner()?;
        let purpose =
            AttemptPurpose::from_code(purpose.as_deref().unwrap_or_default()).unwrap_or_default();
        let id =
            attempts::start_for(&db()?, &me.user, module_id, wanted(lang), &key, purpose).await?;
        Ok(Done::to(format!("/attempts/{id}")))
    })
    .await
}

#[server(endpoint = "learning/attempt")]
pub async fn attempt(attempt_id: i32) -> Result<AttemptPage, AppError> {
    query(async {
        let me = learner()?;
        attempts::page(&db()?, &me.user, attempt_id).await
    })
    .await
}

/// Autosave from the page's script: keeps the answers so far. `seq` orders the saves of one
/// browser (its clock when it read the answers): a late one never replaces newer answers.
#[server(endpoint = "learning/save_answers")]
pub async fn save_answers(
    attempt_id: i32,
    answers: Option<HashMap<String, String>>,
    seq: Option<i64>,
) -> Result<(), AppError> {
    query(async {
        let me = learner()?;
        let answers = answers.unwrap_or_default();
        attempts::save(&db()?, &me.user, attempt_id, &answers, seq).await
    })
    .await
}

/// The quiz form and its confirmation page (see [`QuizAction`] for what each button asks):
/// "Save answers" keeps them and Previous/Next move between questions (no JavaScript needed),
/// "Submit…" keeps them and asks to confirm, "Submit now" scores what was kept. `q` is the
/// question shown, on a quiz of one question per screen. An unknown action keeps the answers.
#[server(endpoint = "learning/submit")]
pub async fn submit(
    attempt_id: i32,
    action: Option<String>,
    answers: Option<HashMap<String, String>>,
    q: Option<usize>,
) -> Result<(), AppError> {
    form::<Submit>(Default::default(), async {
        let me = learner()?;
        let answers = answers.unwrap_or_default();
        let (db, page) = (db()?, format!("/attempts/{attempt_id}"));
        let scored = match QuizAction::from_code(action.as_deref()).unwrap_or(QuizAction::Save) {
            keep @ (QuizAction::Save | QuizAction::Show(_) | QuizAction::Review) => {
                attempts::save(&db, &me.user, attempt_id, &answers, None).await?;
                // Said by the address, not the session: a save is one commit, not three (the
                // notice kept, then cleared by the next page).
                return Ok(Done::to(match (keep, q) {
                    (QuizAction::Show(n), _) => format!("{page}?{SHOWN}={n}"),
                    (QuizAction::Review, _) => format!("{page}?{REVIEW}=1"),
                    (_, Some(n)) => format!("{page}?{SHOWN}={n}&{SAVED}=1"),
                    (_, None) => format!("{page}?{SAVED}=1"),
                }));
            }
            QuizAction::Submit => attempts::submit(&db, &me.user, attempt_id, Some(&answers)),
            QuizAction::SubmitSaved => attempts::submit(&db, &me.user, attempt_id, None),
        };
        let done = Done::to(format!("{page}#result"));
        Ok(match scored.await? {
            attempts::Submission::Scored(_) => done,
            attempts::Submission::AlreadyScored(_) => done.notice(Notice::AlreadySubmitted),
        })
    })
    .await
}

#[server(endpoint = "learning/certificate")]
pub async fn my_certificate(code: String) -> Result<Certificate, AppError> {
    query(async {
        let me = crate::api::guard::signed_in()?;
        service::certificate(&db()?, &me.user, &code).await
    })
    .await
}

/// Public: anyone may check a certificate code.
#[server(endpoint = "learning/verify")]
pub async fn verify_certificate(code: String) -> Result<Verification, AppError> {
    query(async { service::verify(&db()?, &code).await }).await
}

/// Assigns a module to a whole agency or to chosen people in it, with an optional due date
/// (`YYYY-MM-DD`). Supervisors: their own agency only; admins: any.
#[server(endpoint = "learning/assign")]
pub async fn assign(
    agency_id: i32,
    module_id: String,
    scope: String,
    people: Option<HashMap<String, String>>,
    due_on: String,
) -> Result<(), AppError> {
    use crate::services::assignments::{Target, assign};
    let values = [("module_id", &module_id), ("scope", &scope), ("due_on", &due_on)]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
    form::<Assign>(values, async {
        let me = crate::api::guard::signed_in()?;
        let module_id: i32 =
            module_id.trim().parse().map_err(|_| Problem::ChooseModule.at("module_id"))?;
        let due = match due_on.trim() {
            "" => None,
            d => Some(
                chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map_err(|_| Problem::DueDateFormat.at("due_on"))?,
            ),
        };
        let target = if scope == "people" {
            Target::People(
                people.unwrap_or_default().keys().filter_map(|k| k.parse().ok()).collect(),
            )
        } else {
            Target::Agency
        };
        let n = assign(&db()?, &me.user, agency_id, module_id, target, due).await?;
        let notice = if n == 1 && scope != "people" {
            Notice::AssignedToAgency
        } else {
            Notice::AssignedToPeople { count: n as usize }
        };
        Ok(Done::to(format!("/agencies/{agency_id}")).notice(notice))
    })
    .await
}
