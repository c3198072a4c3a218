//! Studying: the modules offered, lessons read, and completion.

use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, sea_query::OnConflict,
};

use crate::entities::{
    attempt, completion, lesson, lesson_progress, module_version as version, user,
};
use crate::model::evaluation::{AttemptPurpose, PretestMode, PretestStanding};
use crate::model::{
    accounts::CurrentUser,
    authoring::VersionStatus,
    error::AppError,
    learning::{AttemptSummary, LessonLink, LessonPage, ModuleCard, ModuleOverview},
    locale::Locale,
    problem::Problem,
};
use crate::services::{evaluation::scores, translations};

/// Every published module with the person's progress: a handful of queries, whatever the
/// number of modules.
pub async fn catalogue(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
) -> Result<Vec<ModuleCard>, DbErr> {
    let versions = version::Entity::find()
        .filter(version::Column::Status.eq(VersionStatus::Published))
        .all(db)
        .await?;
    let ids: Vec<i32> = versions.iter().map(|v| v.id).collect();
    let lessons = lesson::Entity::find()
        .filter(lesson::Column::VersionId.is_in(ids.clone()))
        .order_by_asc(lesson::Column::Position)
        .all(db)
        .await?;
    let read = lessons_read(db, me.id).await?;
    let attempts = attempt::Entity::find()
        .filter(attempt::Column::UserId.eq(me.id))
        .filter(attempt::Column::ModuleId.is_in(versions.iter().map(|v| v.module_id)))
        .all(db)
        .await?;
    let completions: HashMap<i32, String> = completion::Entity::find()
        .filter(completion::Column::UserId.eq(me.id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.module_id, c.certificate_code))
        .collect();
    let translated = translations::published_languages(db, ids).await?;
    let mut cards: Vec<ModuleCard> = versions
        .iter()
        .map(|v| {
            let mine: Vec<&lesson::Model> =
                lessons.iter().filter(|l| l.version_id == v.id).collect();
            let tries: Vec<&attempt::Model> =
                attempts.iter().filter(|a| a.module_id == v.module_id).collect();
            let mut card = card(v, &mine, &read, &tries, completions.get(&v.module_id).cloned());
            // In the reader's language when the module has it.
            let mine = translated.get(&v.id).into_iter().flatten();
            if let Some(t) = mine.into_iter().find(|t| t.language == me.locale) {
                card.title.clone_from(&t.title);
                card.summary.clone_from(&t.summary);
                card.language = t.language.code().into();
            }
            card
        })
        .collect();
    let assigned = crate::services::assignments::of_person(db, me)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    let today = Utc::now().date_naive();
    for card in &mut cards {
        if let Some(due) = assigned.get(&card.module_id) {
            card.assigned = true;
            card.due_on = due.map(|d| d.to_string());
            card.overdue =
                crate::model::assignments::overdue(*due, card.certificate_code.is_some(), today);
        }
    }
    // Assigned first (overdue, then soonest due), then the reader's language, then by title.
    let language = me.locale.code();
    cards.sort_by_key(|c| {
        (
            !c.assigned,
            !c.overdue,
            c.due_on.clone().unwrap_or_else(|| "9999".into()),
            c.language != language,
            c.title.to_lowercase(),
        )
    });
    Ok(cards)
}

async fn lessons_read(db: &impl ConnectionTrait, user_id: i32) -> Result<HashSet<i32>, DbErr> {
    Ok(lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.lesson_id)
        .collect())
}

fn card(
    v: &version::Model,
    lessons: &[&lesson::Model],
    read: &HashSet<i32>,
    attempts: &[&attempt::Model],
    certificate_code: Option<String>,
) -> ModuleCard {
    let lessons_read = lessons.iter().filter(|l| read.contains(&l.id)).count();
    let open = attempts.iter().find(|a| a.submitted_at.is_none());
    // A module with a pre-test not yet begun starts on its page, where the pre-test is.
    let pretest_first = v.pretest != PretestMode::None && lessons_read == 0 && attempts.is_empty();
    let continue_to = match (lessons.iter().find(|l| !read.contains(&l.id)), open) {
        (_, Some(a)) => format!("/attempts/{}", a.id),
        (Some(l), None) if !pretest_first => format!("/learn/{}/lessons/{}", v.module_id, l.id),
        _ => format!("/learn/{}", v.module_id),
    };
    // The pre-test is no attempt at the quiz: not counted, its score not the best.
    let attempts: Vec<&&attempt::Model> =
        attempts.iter().filter(|a| a.purpose == AttemptPurpose::Quiz).collect();
    ModuleCard {
        module_id: v.module_id,
        title: v.title.clone(),
        summary: v.summary.clone(),
        language: v.language.clone(),
        estimated_minutes: v.estimated_minutes,
        lessons_total: lessons.len(),
        lessons_read,
        attempts_used: attempts.len(),
        // A module that keeps scores to itself keeps them off its card too.
        best_percent: attempts
            .iter()
            .filter_map(|a| a.percent)
            .reduce(f64::max)
            .filter(|_| v.review_score),
        passed: attempts.iter().any(|a| a.passed == Some(true)),
        certificate_code,
        continue_to,
        assigned: false,
        due_on: None,
        overdue: false,
    }
}

/// The published version of a module, or `NotFound` (drafts and archived modules are not
/// offered to trainees).
pub async fn published(
    db: &impl ConnectionTrait,
    module_id: i32,
) -> Result<version::Model, AppError> {
    version::Entity::published(module_id).one(db).await?.ok_or(AppError::NotFound)
}

/// The language a version is shown in to someone who asks for `wanted`: that one if the version
/// is written in it or has a published translation into it, else the version's own.
pub async fn language_shown(
    db: &impl ConnectionTrait,
    v: &version::Model,
    wanted: Locale,
) -> Result<Locale, DbErr> {
    let own = Locale::from_code(&v.language).unwrap_or_default();
    if wanted == own || translations::on_offer(db, v, wanted).await?.is_some() {
        return Ok(wanted);
    }
    Ok(own)
}

/// The languages a version can be read in: its own, then its published translations.
async fn languages(db: &impl ConnectionTrait, v: &version::Model) -> Result<Vec<Locale>, DbErr> {
    let own = Locale::from_code(&v.language).unwrap_or_default();
    let mut out = vec![own];
    if let Some(ts) = translations::published_languages(db, vec![v.id]).await?.remove(&v.id) {
        let mut more: Vec<Locale> = ts.into_iter().map(|t| t.language).collect();
        more.sort_by_key(|l| l.code());
        out.extend(more);
    }
    Ok(out)
}

/// A version's lessons in `language` (the source's texts where it has no translation).
async fn lessons_in(
    db: &impl ConnectionTrait,
    v: &version::Model,
    language: Locale,
) -> Result<(Vec<lesson::Model>, Option<translations::Texts>), DbErr> {
    let mut lessons = lesson::Entity::of_version(v.id).all(db).await?;
    let texts = translations::offered(db, v, language).await?;
    if let Some(texts) = &texts {
        lessons.iter_mut().for_each(|l| texts.lesson(l));
    }
    Ok((lessons, texts))
}

/// The module's title in the language it is shown in.
pub async fn title_in(
    db: &impl ConnectionTrait,
    v: &version::Model,
    language: Locale,
) -> Result<String, DbErr> {
    Ok(translations::on_offer(db, v, language).await?.map_or_else(|| v.title.clone(), |t| t.title))
}

/// A module's page, in `wanted` (or the reader's language) when the module has it.
pub async fn overview(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    module_id: i32,
    wanted: Option<Locale>,
) -> Result<ModuleOverview, AppError> {
    let v = published(db, module_id).await?;
    let shown = language_shown(db, &v, wanted.unwrap_or(me.locale)).await?;
    let (lessons, texts) = lessons_in(db, &v, shown).await?;
    let read = lessons_read(db, me.id).await?;
    // Every attempt at the module, whichever version it was of: the limit counts them all.
    let attempts = attempt::Entity::find()
        .filter(attempt::Column::UserId.eq(me.id))
        .filter(attempt::Column::ModuleId.eq(module_id))
        .order_by_asc(attempt::Column::Number)
        .all(db)
        .await?;
    let pretest = scores::pretest_standing(db, me.id, &v).await?;
    let pretest_percent = match pretest {
        PretestStanding::Taken => scores::of(db, me.id, module_id).await?.pre_percent,
        _ => None,
    };
    let (pretest_attempts, attempts): (Vec<attempt::Model>, Vec<attempt::Model>) =
        attempts.into_iter().partition(|a| a.purpose == AttemptPurpose::Pretest);
    let certificate = completion::Entity::find()
        .filter(completion::Column::UserId.eq(me.id))
        .filter(completion::Column::ModuleId.eq(module_id))
        .one(db)
        .await?
        .map(|c| c.certificate_code);
    let questions = crate::entities::question::Entity::find()
        .filter(crate::entities::question::Column::VersionId.eq(v.id))
        .count(db)
        .await? as usize;
    let refs: Vec<&lesson::Model> = lessons.iter().collect();
    let tries: Vec<&attempt::Model> = attempts.iter().chain(&pretest_attempts).collect();
    let mut card = card(&v, &refs, &read, &tries, certificate);
    if let Some(t) = &texts {
        card.title.clone_from(&t.title);
        card.summary.clone_from(&t.summary);
    }
    card.language = shown.code().into();
    let open_attempt = attempts.iter().find(|a| a.submitted_at.is_none()).map(|a| a.id);
    let wait = crate::services::attempts::wait_left(&v, &attempts, Utc::now());
    let cannot_start = match (v.max_attempts, wait) {
        _ if open_attempt.is_some() => None,
        _ if pretest.blocks_lessons() => Some(Problem::PretestFirst),
        (Some(max), _) if attempts.len() as i32 >= max => Some(Problem::NoAttemptLeft),
        (_, Some(minutes)) => Some(Problem::RetakeWait { minutes }),
        _ => None,
    };
    Ok(ModuleOverview {
        lessons: lessons
            .iter()
            .map(|l| LessonLink { id: l.id, title: l.title.clone(), read: read.contains(&l.id) })
            .collect(),
        pass_mark_percent: v.pass_mark_percent,
        max_attempts: v.max_attempts,
        time_limit_minutes: v.time_limit_minutes,
        questions: v.questions_per_attempt.map_or(questions, |n| (n as usize).min(questions)),
        attempts: attempts
            .iter()
            .map(|a| AttemptSummary {
                id: a.id,
                number: a.number,
                submitted: a.submitted_at.is_some(),
                percent: a.percent.filter(|_| v.review_score),
                passed: a.passed,
                late: a.late,
            })
            .collect(),
        open_attempt,
        cannot_start,
        languages: languages(db, &v).await?,
        survey_due: crate::services::evaluation::feedback::survey_due(db, me, module_id).await?,
        pretest,
        pretest_percent,
        card,
    })
}

/// A lesson of a published module, with the reader's place in it.
pub async fn lesson_page(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    module_id: i32,
    lesson_id: i32,
    wanted: Option<Locale>,
) -> Result<LessonPage, AppError> {
    let v = published(db, module_id).await?;
    if scores::pretest_standing(db, me.id, &v).await?.blocks_lessons() {
        return Err(Problem::PretestFirst.into());
    }
    let shown = language_shown(db, &v, wanted.unwrap_or(me.locale)).await?;
    let (lessons, texts) = lessons_in(db, &v, shown).await?;
    let index = lessons.iter().position(|l| l.id == lesson_id).ok_or(AppError::NotFound)?;
    let read = lessons_read(db, me.id).await?;
    let l = &lessons[index];
    let html = crate::services::referrals::shortcut::render_lesson(
        db,
        &l.body_markdown,
        me.agency_id,
        me.locale,
        crate::services::reports::today(),
    )
    .await?;
    Ok(LessonPage {
        module_id,
        module_title: texts.map_or_else(|| v.title.clone(), |t| t.title),
        id: l.id,
        title: l.title.clone(),
        html,
        number: index + 1,
        total: lessons.len(),
        read: read.contains(&l.id),
        previous: index.checked_sub(1).map(|i| lessons[i].id),
        next: lessons.get(index + 1).map(|l| l.id),
        language: shown.code().into(),
    })
}

/// Records a lesson as read (once), and completes the module if that was all that remained.
/// Returns where to go next: the next lesson, or the module page.
pub async fn mark_read(
    db: &DatabaseConnection,
    me: &CurrentUser,
    module_id: i32,
    lesson_id: i32,
    wanted: Option<Locale>,
) -> Result<String, AppError> {
    let page = lesson_page(db, me, module_id, lesson_id, wanted).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    lesson_progress::Entity::insert(lesson_progress::ActiveModel {
        user_id: Set(me.id),
        lesson_id: Set(lesson_id),
        completed_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([lesson_progress::Column::UserId, lesson_progress::Column::LessonId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let v = published(&txn, module_id).await?;
    complete_if_done(&txn, me.id, &v).await?;
    txn.commit().await?;
    // The reader stays in the language they chose.
    let lang = wanted.map(|l| format!("?lang={}", l.code())).unwrap_or_default();
    Ok(match page.next {
        Some(next) => format!("/learn/{module_id}/lessons/{next}{lang}"),
        None => format!("/learn/{module_id}{lang}"),
    })
}

/// Writes the completion (once) when every lesson of the version is read and an attempt at the
/// module passed. The certificate's facts (name, agency, title, version) are kept as they are
/// now.
pub async fn complete_if_done(
    db: &impl ConnectionTrait,
    user_id: i32,
    v: &version::Model,
) -> Result<(), DbErr> {
    let lessons: Vec<i32> = lesson::Entity::find()
        .filter(lesson::Column::VersionId.eq(v.id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.id)
        .collect();
    let read = lessons_read(db, user_id).await?;
    if !lessons.iter().all(|l| read.contains(l)) {
        return Ok(());
    }
    let Some(best) = attempt::Entity::find()
        .filter(attempt::Column::UserId.eq(user_id))
        .filter(attempt::Column::ModuleId.eq(v.module_id))
        .filter(attempt::Column::Purpose.eq(AttemptPurpose::Quiz))
        .filter(attempt::Column::Passed.eq(true))
        .order_by_desc(attempt::Column::Percent)
        .one(db)
        .await?
    else {
        return Ok(());
    };
    // Locked before anything is counted: an admin moving the person to another agency at the
    // same moment must see this completion, or it must see the move.
    let person = crate::services::transactions::locked(user::Entity::find_by_id(user_id), db);
    let Some(person) = person.one(db).await? else { return Ok(()) };
    let agency_name = match person.agency_id {
        Some(a) => crate::entities::agency::Entity::find_by_id(a).one(db).await?.map(|a| a.name),
        None => None,
    };
    // The certificate names the version whose quiz was passed (it may be an older one).
    let passed_on = match version::Entity::find_by_id(best.version_id).one(db).await? {
        Some(passed_on) => passed_on,
        None => v.clone(),
    };
    // In the language the passing attempt was taken in.
    let title = title_in(db, &passed_on, best.language).await?;
    let now = Utc::now();
    let inserted = completion::Entity::insert(completion::ActiveModel {
        user_id: Set(user_id),
        module_id: Set(v.module_id),
        version_id: Set(v.id),
        attempt_id: Set(best.id),
        percent: Set(best.percent.unwrap_or_default()),
        completed_at: Set(now),
        certificate_code: Set(certificate_code()),
        holder_name: Set(person.display_name.clone()),
        agency_name: Set(agency_name),
        module_title: Set(title),
        version_number: Set(passed_on.number),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([completion::Column::UserId, completion::Column::ModuleId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted > 0 {
        crate::services::rollups::completed(db, &person, v.module_id, now).await?;
    }
    Ok(())
}

/// 16 characters from an unambiguous alphabet (80 bits): unguessable, easy to read out.
fn certificate_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    let chars: String =
        bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    format!("{}-{}-{}-{}", &chars[0..4], &chars[4..8], &chars[8..12], &chars[12..16])
}

/// A person's own certificate, as it was when earned.
pub async fn certificate(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    code: &str,
) -> Result<crate::model::learning::Certificate, AppError> {
    let c = by_code(db, code).await?.filter(|c| c.user_id == me.id).ok_or(AppError::NotFound)?;
    Ok(crate::model::learning::Certificate {
        revoked_on: revoked_on(&c),
        code: c.certificate_code.clone(),
        completed_on: c.completed_at.format("%Y-%m-%d").to_string(),
        percent: c.percent,
        name: c.holder_name,
        module_title: c.module_title,
        version: c.version_number,
        agency: c.agency_name,
    })
}

/// Public verification of a valid code: the holder's name, agency, module, version and date as
/// they were when the certificate was earned.
pub async fn verify(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<crate::model::learning::Verification, AppError> {
    let c = by_code(db, code).await?.ok_or(AppError::NotFound)?;
    Ok(verification(c))
}

/// What a completion's public check says.
pub fn verification(c: completion::Model) -> crate::model::learning::Verification {
    crate::model::learning::Verification {
        revoked_on: revoked_on(&c),
        completed_on: c.completed_at.format("%Y-%m-%d").to_string(),
        name: c.holder_name,
        agency: c.agency_name,
        module_title: c.module_title,
        version: c.version_number,
    }
}

fn revoked_on(c: &completion::Model) -> Option<String> {
    c.revoked_at.map(|at| at.format("%Y-%m-%d").to_string())
}

pub async fn by_code(
    db: &impl ConnectionTrait,
    code: &str,
) -> Result<Option<completion::Model>, DbErr> {
    completion::Entity::find()
        .filter(completion::Column::CertificateCode.eq(code.trim().to_uppercase()))
        .one(db)
        .await
}
