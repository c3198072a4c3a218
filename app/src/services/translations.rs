//! Module translations: started from a version, edited item by item beside the source,
//! published per language, carried to the module's next draft (marked out of date), and laid
//! over the source's texts when a trainee reads in that language. Only texts are translated:
//! the kind, points and key stay on the source's rows, so scoring, progress, completion and
//! reports need not know a translation exists.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, SqlErr, sea_query::Expr,
};

use crate::entities::{
    lesson, lesson_translation as lesson_t, module_version as version,
    option_translation as option_t, question, question_option as option,
    question_translation as question_t, translation,
};
use crate::model::{
    authoring::{LessonDoc, VersionStatus},
    error::AppError,
    locale::Locale,
    problem::Problem,
    translation::{
        LessonPair, OptionTexts, QuestionPair, QuestionTexts, TranslationDoc, TranslationEditor,
        TranslationSummary, distinct_matches, validate_texts,
    },
};
use crate::services::transactions;

/// A version's lessons and questions (with options), in order: what translations follow.
struct Source {
    lessons: Vec<lesson::Model>,
    questions: Vec<(question::Model, Vec<option::Model>)>,
}

async fn source(db: &impl ConnectionTrait, version_id: i32) -> Result<Source, DbErr> {
    Ok(Source {
        lessons: lesson::Entity::of_version(version_id).all(db).await?,
        questions: question::Entity::with_options(db, version_id).await?,
    })
}

/// The texts of a translation, by the id of the item they translate.
#[derive(Debug, Default, Clone)]
pub struct Texts {
    pub title: String,
    pub summary: String,
    pub lessons: HashMap<i32, lesson_t::Model>,
    pub questions: HashMap<i32, question_t::Model>,
    pub options: HashMap<i32, option_t::Model>,
}

async fn texts(db: &impl ConnectionTrait, t: &translation::Model) -> Result<Texts, DbErr> {
    let id = t.id;
    Ok(Texts {
        title: t.title.clone(),
        summary: t.summary.clone(),
        lessons: lesson_t::Entity::find()
            .filter(lesson_t::Column::TranslationId.eq(id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.lesson_id, r))
            .collect(),
        questions: question_t::Entity::find()
            .filter(question_t::Column::TranslationId.eq(id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.question_id, r))
            .collect(),
        options: option_t::Entity::find()
            .filter(option_t::Column::TranslationId.eq(id))
            .all(db)
            .await?
            .into_iter()
            .map(|r| (r.option_id, r))
            .collect(),
    })
}

impl Texts {
    /// A lesson in this language; the source's where it has no translation yet.
    pub fn lesson(&self, l: &mut lesson::Model) {
        if let Some(t) = self.lessons.get(&l.id) {
            l.title.clone_from(&t.title);
            l.body_markdown.clone_from(&t.body_markdown);
        }
    }

    /// A question and its options in this language (the key is untouched).
    pub fn question(&self, q: &mut question::Model, options: &mut [option::Model]) {
        if let Some(t) = self.questions.get(&q.id) {
            q.prompt.clone_from(&t.prompt);
            q.scenario.clone_from(&t.scenario);
            q.explanation.clone_from(&t.explanation);
        }
        for o in options {
            if let Some(t) = self.options.get(&o.id) {
                o.text.clone_from(&t.text);
                // A matching answer is only replaced by one: scoring compares the answers shown.
                if o.match_key.is_some() && t.match_key.is_some() {
                    o.match_key.clone_from(&t.match_key);
                }
                o.feedback.clone_from(&t.feedback);
            }
        }
    }
}

/// The translation of a version into `language` on offer (published and up to date), if any:
/// one query, without its texts (see [`offered`]).
pub async fn on_offer(
    db: &impl ConnectionTrait,
    v: &version::Model,
    language: Locale,
) -> Result<Option<translation::Model>, DbErr> {
    if language.code() == v.language {
        return Ok(None);
    }
    // Out of date, it may no longer fit its source item for item (an option added, removed or
    // moved): readers get the source until the translator has published it again.
    translation::Entity::find()
        .filter(translation::Column::VersionId.eq(v.id))
        .filter(translation::Column::Language.eq(language))
        .filter(translation::Column::Published.eq(true))
        .filter(translation::Column::OutOfDate.eq(false))
        .one(db)
        .await
}

/// The texts of the translation of a version into `language` on offer, if any.
pub async fn offered(
    db: &impl ConnectionTrait,
    v: &version::Model,
    language: Locale,
) -> Result<Option<Texts>, DbErr> {
    match on_offer(db, v, language).await? {
        Some(t) => Ok(Some(texts(db, &t).await?)),
        None => Ok(None),
    }
}

/// The languages each version can be read in beyond its own: its translations on offer.
pub async fn published_languages(
    db: &impl ConnectionTrait,
    version_ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<translation::Model>>, DbErr> {
    let mut out: HashMap<i32, Vec<translation::Model>> = HashMap::new();
    for t in translation::Entity::find()
        .filter(translation::Column::VersionId.is_in(version_ids))
        .filter(translation::Column::Published.eq(true))
        .filter(translation::Column::OutOfDate.eq(false))
        .all(db)
        .await?
    {
        out.entry(t.version_id).or_default().push(t);
    }
    Ok(out)
}

/// The translations of a version, for its editor page.
pub async fn summaries(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<Vec<TranslationSummary>, DbErr> {
    let mut out: Vec<TranslationSummary> = translation::Entity::find()
        .filter(translation::Column::VersionId.eq(version_id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| TranslationSummary {
            language: t.language,
            published: t.published,
            out_of_date: t.out_of_date,
        })
        .collect();
    out.sort_by_key(|t| t.language.code());
    Ok(out)
}

/// Starts a translation of a version into `language`: every text is first the source's, for the
/// translator to replace.
pub async fn start(
    db: &DatabaseConnection,
    version_id: i32,
    language: Locale,
) -> Result<(), AppError> {
    let (txn, _turn) = transactions::write(db).await?;
    let v = version::Entity::find_by_id(version_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    if language.code() == v.language || !Locale::ALL.contains(&language) {
        return Err(Problem::ChooseLanguage.at("language"));
    }
    let s = source(&txn, version_id).await?;
    if s.lessons.is_empty() && s.questions.is_empty() {
        return Err(Problem::NothingToTranslate.at("language"));
    }
    let doc = TranslationDoc {
        language: language.code().into(),
        title: v.title.clone(),
        summary: v.summary.clone(),
        lessons: s
            .lessons
            .iter()
            .map(|l| LessonDoc { title: l.title.clone(), body_markdown: l.body_markdown.clone() })
            .collect(),
        questions: s.questions.iter().map(|(q, options)| source_texts(q, options)).collect(),
    };
    insert(&txn, version_id, language, &doc, false, false).await?;
    txn.commit().await?;
    Ok(())
}

fn source_texts(q: &question::Model, options: &[option::Model]) -> QuestionTexts {
    QuestionTexts {
        prompt: q.prompt.clone(),
        scenario: q.scenario.clone(),
        explanation: q.explanation.clone(),
        options: options
            .iter()
            .map(|o| OptionTexts {
                text: o.text.clone(),
                match_key: o.match_key.clone(),
                feedback: o.feedback.clone(),
            })
            .collect(),
    }
}

/// Writes a translation of `version_id` from a document whose items follow the version's order.
async fn insert(
    db: &impl ConnectionTrait,
    version_id: i32,
    language: Locale,
    doc: &TranslationDoc,
    published: bool,
    out_of_date: bool,
) -> Result<(), AppError> {
    let s = source(db, version_id).await?;
    let now = Utc::now();
    let t = translation::ActiveModel {
        version_id: Set(version_id),
        language: Set(language),
        title: Set(doc.title.trim().to_owned()),
        summary: Set(doc.summary.trim().to_owned()),
        published: Set(published),
        out_of_date: Set(out_of_date),
        created_at: Set(now),
        published_at: Set(published.then_some(now)),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Problem::TranslationExists.at("language"),
        _ => e.into(),
    })?;
    // An item without texts stays untranslated (the source's texts are shown), never blank.
    let lessons: Vec<lesson_t::ActiveModel> = s
        .lessons
        .iter()
        .zip(&doc.lessons)
        .filter(|(_, d)| !d.title.trim().is_empty())
        .map(|(l, d)| lesson_t::ActiveModel {
            translation_id: Set(t.id),
            lesson_id: Set(l.id),
            title: Set(d.title.trim().to_owned()),
            body_markdown: Set(d.body_markdown.clone()),
        })
        .collect();
    if !lessons.is_empty() {
        lesson_t::Entity::insert_many(lessons).exec_without_returning(db).await?;
    }
    for ((q, options), d) in s.questions.iter().zip(&doc.questions) {
        if !d.prompt.trim().is_empty() {
            write_question(db, t.id, q.id, options, d).await?;
        }
    }
    Ok(())
}

/// Replaces the texts of one question (and its options) in translation `translation_id`.
async fn write_question(
    db: &impl ConnectionTrait,
    translation_id: i32,
    question_id: i32,
    options: &[option::Model],
    d: &QuestionTexts,
) -> Result<(), DbErr> {
    question_t::Entity::delete_many()
        .filter(question_t::Column::TranslationId.eq(translation_id))
        .filter(question_t::Column::QuestionId.eq(question_id))
        .exec(db)
        .await?;
    question_t::ActiveModel {
        translation_id: Set(translation_id),
        question_id: Set(question_id),
        prompt: Set(d.prompt.trim().to_owned()),
        scenario: Set(d
            .scenario
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Into::into)),
        explanation: Set(d.explanation.trim().to_owned()),
    }
    .insert(db)
    .await?;
    let ids: Vec<i32> = options.iter().map(|o| o.id).collect();
    option_t::Entity::delete_many()
        .filter(option_t::Column::TranslationId.eq(translation_id))
        .filter(option_t::Column::OptionId.is_in(ids))
        .exec(db)
        .await?;
    // An option without a text stays untranslated, never blank.
    let rows: Vec<option_t::ActiveModel> = options
        .iter()
        .zip(&d.options)
        .filter(|(_, t)| !t.text.trim().is_empty())
        .map(|(o, t)| option_t::ActiveModel {
            translation_id: Set(translation_id),
            option_id: Set(o.id),
            text: Set(t.text.trim().to_owned()),
            match_key: Set(o
                .match_key
                .as_ref()
                .and(t.match_key.as_deref().map(str::trim))
                .map(Into::into)),
            feedback: Set(t.feedback.trim().to_owned()),
        })
        .collect();
    if !rows.is_empty() {
        option_t::Entity::insert_many(rows).exec_without_returning(db).await?;
    }
    Ok(())
}

/// A translation that may still change: its version is a draft, or it is not on offer — not
/// published yet, or out of date (readers get the source meanwhile, so the translator can catch
/// up without another draft). A translation on offer with a published version is frozen like
/// the version itself.
async fn editable(
    db: &impl ConnectionTrait,
    version_id: i32,
    language: Locale,
) -> Result<translation::Model, AppError> {
    let v = crate::services::transactions::locked(version::Entity::find_by_id(version_id), db)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = find(db, version_id, language).await?;
    if frozen(&t, &v) {
        return Err(Problem::VersionFrozen.at("translation"));
    }
    Ok(t)
}

fn frozen(t: &translation::Model, v: &version::Model) -> bool {
    t.published && !t.out_of_date && v.status != VersionStatus::Draft
}

async fn find(
    db: &impl ConnectionTrait,
    version_id: i32,
    language: Locale,
) -> Result<translation::Model, AppError> {
    translation::Entity::find()
        .filter(translation::Column::VersionId.eq(version_id))
        .filter(translation::Column::Language.eq(language))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The side-by-side editor: each source item beside its translation (empty where an item was
/// added to the source after the translation was started).
pub async fn editor(
    db: &impl ConnectionTrait,
    version_id: i32,
    language: Locale,
) -> Result<TranslationEditor, AppError> {
    let v = version::Entity::find_by_id(version_id).one(db).await?.ok_or(AppError::NotFound)?;
    let t = find(db, version_id, language).await?;
    let s = source(db, version_id).await?;
    let texts = texts(db, &t).await?;
    Ok(TranslationEditor {
        module_id: v.module_id,
        version_id,
        version_number: v.number,
        language,
        source_language: v.language.clone(),
        published: t.published,
        out_of_date: t.out_of_date,
        editable: !frozen(&t, &v),
        source_title: v.title.clone(),
        source_summary: v.summary.clone(),
        title: t.title.clone(),
        summary: t.summary.clone(),
        lessons: s
            .lessons
            .iter()
            .map(|l| LessonPair {
                lesson_id: l.id,
                source: LessonDoc {
                    title: l.title.clone(),
                    body_markdown: l.body_markdown.clone(),
                },
                translated: texts
                    .lessons
                    .get(&l.id)
                    .map(|t| LessonDoc {
                        title: t.title.clone(),
                        body_markdown: t.body_markdown.clone(),
                    })
                    .unwrap_or(LessonDoc { title: String::new(), body_markdown: String::new() }),
            })
            .collect(),
        questions: s
            .questions
            .iter()
            .map(|(q, options)| QuestionPair {
                question_id: q.id,
                kind: q.kind,
                source: source_texts(q, options),
                translated: translated_texts(&texts, q, options),
            })
            .collect(),
    })
}

fn translated_texts(
    texts: &Texts,
    q: &question::Model,
    options: &[option::Model],
) -> QuestionTexts {
    let qt = texts.questions.get(&q.id);
    QuestionTexts {
        prompt: qt.map(|t| t.prompt.clone()).unwrap_or_default(),
        scenario: qt.and_then(|t| t.scenario.clone()),
        explanation: qt.map(|t| t.explanation.clone()).unwrap_or_default(),
        options: options
            .iter()
            .map(|o| match texts.options.get(&o.id) {
                Some(t) => OptionTexts {
                    text: t.text.clone(),
                    match_key: t.match_key.clone(),
                    feedback: t.feedback.clone(),
                },
                None => OptionTexts::default(),
            })
            .collect(),
    }
}

/// Saves the translated title and summary.
pub async fn update_details(
    db: &DatabaseConnection,
    version_id: i32,
    language: Locale,
    title: &str,
    summary: &str,
) -> Result<(), AppError> {
    let (txn, _turn) = transactions::write(db).await?;
    let t = editable(&txn, version_id, language).await?;
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(Problem::TitleRequired { max: 200 }.at("title"));
    }
    if summary.chars().count() > 2000 {
        return Err(Problem::SummaryTooLong { max: 2000 }.at("summary"));
    }
    translation::ActiveModel {
        id: Set(t.id),
        title: Set(title.to_owned()),
        summary: Set(summary.trim().to_owned()),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Saves one lesson's translation.
pub async fn update_lesson(
    db: &DatabaseConnection,
    version_id: i32,
    language: Locale,
    lesson_id: i32,
    doc: &LessonDoc,
) -> Result<(), AppError> {
    let (txn, _turn) = transactions::write(db).await?;
    let t = editable(&txn, version_id, language).await?;
    let l = lesson::Entity::find_by_id(lesson_id)
        .one(&txn)
        .await?
        .filter(|l| l.version_id == version_id)
        .ok_or(AppError::NotFound)?;
    let title = doc.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(Problem::LessonTitleRequired.at("title"));
    }
    if doc.body_markdown.len() > 100_000 {
        return Err(Problem::LessonTooLong { max: 100_000 }.at("body_markdown"));
    }
    lesson_t::Entity::delete_many()
        .filter(lesson_t::Column::TranslationId.eq(t.id))
        .filter(lesson_t::Column::LessonId.eq(l.id))
        .exec(&txn)
        .await?;
    lesson_t::ActiveModel {
        translation_id: Set(t.id),
        lesson_id: Set(l.id),
        title: Set(title.to_owned()),
        body_markdown: Set(doc.body_markdown.clone()),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Saves one question's translation: one text per option of the source, matching answers still
/// told apart.
pub async fn update_question(
    db: &DatabaseConnection,
    version_id: i32,
    language: Locale,
    question_id: i32,
    texts: &QuestionTexts,
) -> Result<(), AppError> {
    let (txn, _turn) = transactions::write(db).await?;
    let t = editable(&txn, version_id, language).await?;
    let (q, options) = question::Entity::with_options(&txn, version_id)
        .await?
        .into_iter()
        .find(|(q, _)| q.id == question_id)
        .ok_or(AppError::NotFound)?;
    if texts.prompt.trim().is_empty() {
        return Err(Problem::PromptRequired.at("prompt"));
    }
    if texts.options.len() != options.len()
        || texts.options.iter().any(|o| o.text.trim().is_empty())
    {
        return Err(Problem::OptionTextRequired.at("options"));
    }
    if q.kind == crate::model::authoring::QuestionKind::Matching && !distinct_matches(texts) {
        return Err(Problem::MatchingPairs.at("options"));
    }
    write_question(&txn, t.id, q.id, &options, texts).await?;
    txn.commit().await?;
    Ok(())
}

/// Offers a translation to trainees (now if its version is published, else when it is), once
/// every item has its texts; clears "out of date".
pub async fn publish(
    db: &DatabaseConnection,
    version_id: i32,
    language: Locale,
) -> Result<(), AppError> {
    let (txn, _turn) = transactions::write(db).await?;
    // Under the version's lock: a source edit lands before this check or after the publish
    // (and then marks it out of date again), never in between.
    crate::services::transactions::locked(version::Entity::find_by_id(version_id), &txn)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let t = find(&txn, version_id, language).await?;
    let editor = editor(&txn, version_id, language).await?;
    let matching_clash = editor.questions.iter().position(|q| {
        q.kind == crate::model::authoring::QuestionKind::Matching
            && !distinct_matches(&q.translated)
    });
    let doc = TranslationDoc {
        language: language.code().into(),
        title: editor.title,
        summary: editor.summary,
        lessons: editor.lessons.into_iter().map(|l| l.translated).collect(),
        questions: editor.questions.into_iter().map(|q| q.translated).collect(),
    };
    let mut problems = validate_texts(&doc, &|f: &str| f.to_owned());
    if let Some(i) = matching_clash {
        problems.push(Problem::MatchingPairs.of(format!("questions[{i}].options")));
    }
    if !problems.is_empty() {
        return Err(Problem::NotPublishable(problems).at("publish"));
    }
    translation::ActiveModel {
        id: Set(t.id),
        published: Set(true),
        out_of_date: Set(false),
        published_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The source of a draft changed: its translations need a look before they are trusted again.
pub async fn source_changed(db: &impl ConnectionTrait, version_id: i32) -> Result<(), DbErr> {
    translation::Entity::update_many()
        .col_expr(translation::Column::OutOfDate, Expr::value(true))
        .filter(translation::Column::VersionId.eq(version_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The translations of a version as the module document carries them, in the version's order.
pub async fn docs(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<Vec<TranslationDoc>, DbErr> {
    let s = source(db, version_id).await?;
    let mut all = translation::Entity::find()
        .filter(translation::Column::VersionId.eq(version_id))
        .all(db)
        .await?;
    all.sort_by_key(|t| t.language.code());
    let mut out = Vec::with_capacity(all.len());
    for t in all {
        let texts = texts(db, &t).await?;
        out.push(TranslationDoc {
            language: t.language.code().into(),
            title: t.title.clone(),
            summary: t.summary.clone(),
            lessons: s
                .lessons
                .iter()
                .map(|l| match texts.lessons.get(&l.id) {
                    Some(t) => {
                        LessonDoc { title: t.title.clone(), body_markdown: t.body_markdown.clone() }
                    }
                    None => LessonDoc { title: String::new(), body_markdown: String::new() },
                })
                .collect(),
            questions: s.questions.iter().map(|(q, o)| translated_texts(&texts, q, o)).collect(),
        });
    }
    Ok(out)
}

/// Writes a document's translations for a version just written from the same document (import).
/// They start unpublished, like the draft they belong to.
pub async fn write_docs(
    db: &impl ConnectionTrait,
    version_id: i32,
    docs: &[TranslationDoc],
) -> Result<(), AppError> {
    for doc in docs {
        let language = Locale::from_code(&doc.language)
            .ok_or_else(|| Problem::ChooseLanguage.at("language"))?;
        insert(db, version_id, language, doc, false, false).await?;
    }
    Ok(())
}

/// Carries the translations of `from` to `to`, a copy of it made item for item (the module's
/// next draft): each keeps whether it was published, marked out of date, so it is not offered
/// until the translator has looked at what changed and published it again.
pub async fn carry(db: &impl ConnectionTrait, from: i32, to: i32) -> Result<(), AppError> {
    for doc in docs(db, from).await? {
        let Some(language) = Locale::from_code(&doc.language) else { continue };
        let was = find(db, from, language).await?;
        insert(db, to, language, &doc, was.published, true).await?;
    }
    Ok(())
}

/// The translated texts of a question's options, by translation and the option's place, kept
/// while the source's options are written again; with how many options there were.
pub async fn option_texts(
    db: &impl ConnectionTrait,
    question_id: i32,
) -> Result<(usize, Vec<(i32, usize, option_t::Model)>), DbErr> {
    let options =
        option::Entity::find().filter(option::Column::QuestionId.eq(question_id)).all(db).await?;
    let mut sorted = options.clone();
    sorted.sort_by_key(|o| (o.position, o.id));
    let place = |id: i32| sorted.iter().position(|o| o.id == id).unwrap_or(usize::MAX);
    let texts = option_t::Entity::find()
        .filter(option_t::Column::OptionId.is_in(options.iter().map(|o| o.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.translation_id, place(t.option_id), t))
        .collect();
    Ok((options.len(), texts))
}

/// Gives the question's new options the translated texts of the options that had their place,
/// when there are as many as before.
pub async fn restore_option_texts(
    db: &impl ConnectionTrait,
    question_id: i32,
    (count, kept): (usize, Vec<(i32, usize, option_t::Model)>),
) -> Result<(), DbErr> {
    let mut options =
        option::Entity::find().filter(option::Column::QuestionId.eq(question_id)).all(db).await?;
    options.sort_by_key(|o| (o.position, o.id));
    // Only when the number of options is unchanged do places still pair texts with options;
    // otherwise the translator translates the question's options again (it is out of date).
    if count != options.len() {
        return Ok(());
    }
    let rows: Vec<option_t::ActiveModel> = kept
        .into_iter()
        .filter_map(|(translation_id, place, t)| {
            let o = options.get(place)?;
            Some(option_t::ActiveModel {
                translation_id: Set(translation_id),
                option_id: Set(o.id),
                text: Set(t.text),
                match_key: Set(o.match_key.as_ref().and(t.match_key)),
                feedback: Set(t.feedback),
            })
        })
        .collect();
    if !rows.is_empty() {
        option_t::Entity::insert_many(rows).exec_without_returning(db).await?;
    }
    Ok(())
}
