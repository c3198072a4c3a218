//! The learning events of a time window, read from the stored rows (attempts, their answers,
//! completions) and turned into statements: what the export writes and the outbox sends.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use super::statements::{self, AnswerFacts, AttemptFacts, CompletionFacts, Person, Statement};
use crate::entities::{attempt, attempt_answer, completion, module_version, question};
use crate::model::locale::Locale;
use crate::services::credentials::Issuer;
use crate::services::learning::title_in;

/// Ids per `IN (…)`: well under SQLite's and PostgreSQL's limits on bound values.
const CHUNK: usize = 500;

/// Every statement whose event happened in `[from, to)`, oldest first.
pub async fn between(
    db: &impl ConnectionTrait,
    issuer: &Issuer,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Statement>, DbErr> {
    let in_window =
        |column: attempt::Column| Condition::all().add(column.gte(from)).add(column.lt(to));
    let attempts = attempt::Entity::find()
        .filter(
            Condition::any()
                .add(in_window(attempt::Column::StartedAt))
                .add(in_window(attempt::Column::SubmittedAt)),
        )
        .order_by_asc(attempt::Column::Id)
        .all(db)
        .await?;
    let completions = completion::Entity::find()
        .filter(completion::Column::CompletedAt.gte(from))
        .filter(completion::Column::CompletedAt.lt(to))
        .order_by_asc(completion::Column::Id)
        .all(db)
        .await?;
    let person = |user_id: i32| Person { user_id };
    let mut titles = Titles::default();
    let submitted: Vec<i32> = attempts
        .iter()
        .filter(|a| a.submitted_at.is_some_and(|at| at >= from && at < to))
        .map(|a| a.id)
        .collect();
    let mut answers = answers(db, &submitted).await?;

    let mut out = Vec::new();
    for a in &attempts {
        let facts = AttemptFacts {
            id: a.id,
            person: person(a.user_id),
            module_id: a.module_id,
            version: titles.number(db, a.version_id).await?,
            module_title: titles.title(db, a.version_id, a.language).await?,
            purpose: a.purpose,
            language: a.language.code().to_owned(),
            number: a.number,
            started_at: a.started_at,
            submitted_at: a.submitted_at,
            earned: a.earned,
            possible: a.possible,
            passed: a.passed,
        };
        if a.started_at >= from && a.started_at < to {
            out.push(statements::attempted(issuer, &facts));
        }
        if submitted.contains(&a.id) {
            for q in answers.remove(&a.id).unwrap_or_default() {
                out.extend(statements::answered(issuer, &facts, &q));
            }
            out.extend(statements::scored(issuer, &facts));
        }
    }
    // The language of each completion's passing attempt, read in one query per chunk.
    let passing: Vec<i32> = completions.iter().map(|c| c.attempt_id).collect();
    let mut languages: HashMap<i32, Locale> = HashMap::new();
    for chunk in passing.chunks(CHUNK) {
        let found = attempt::Entity::find()
            .filter(attempt::Column::Id.is_in(chunk.to_vec()))
            .all(db)
            .await?;
        languages.extend(found.into_iter().map(|a| (a.id, a.language)));
    }
    for c in &completions {
        let language = match languages.get(&c.attempt_id) {
            Some(l) => l.code().to_owned(),
            None => titles.language(db, c.version_id).await?,
        };
        out.push(statements::completed(
            issuer,
            &CompletionFacts {
                id: c.id,
                person: person(c.user_id),
                module_id: c.module_id,
                version: c.version_number,
                module_title: c.module_title.clone(),
                language,
                percent: c.percent,
                completed_at: c.completed_at,
            },
        ));
    }
    out.sort_by(|a, b| a.occurred_at.cmp(&b.occurred_at).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// The answers of submitted attempts, in the order they were asked.
async fn answers(
    db: &impl ConnectionTrait,
    attempt_ids: &[i32],
) -> Result<HashMap<i32, Vec<AnswerFacts>>, DbErr> {
    let mut by_attempt: HashMap<i32, Vec<AnswerFacts>> = HashMap::new();
    let mut questions: HashMap<i32, (question::Model, String)> = HashMap::new();
    for chunk in attempt_ids.chunks(CHUNK) {
        let rows = attempt_answer::Entity::find()
            .filter(attempt_answer::Column::AttemptId.is_in(chunk.to_vec()))
            .order_by_asc(attempt_answer::Column::AttemptId)
            .order_by_asc(attempt_answer::Column::Position)
            .all(db)
            .await?;
        let wanted: Vec<i32> = rows
            .iter()
            .map(|r| r.question_id)
            .filter(|id| !questions.contains_key(id))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        for ids in wanted.chunks(CHUNK) {
            let found = question::Entity::find()
                .filter(question::Column::Id.is_in(ids.to_vec()))
                .all(db)
                .await?;
            let versions: Vec<i32> = found.iter().map(|q| q.version_id).collect();
            let languages: HashMap<i32, String> = module_version::Entity::find()
                .filter(module_version::Column::Id.is_in(versions))
                .all(db)
                .await?
                .into_iter()
                .map(|v| (v.id, v.language))
                .collect();
            for q in found {
                let language = languages.get(&q.version_id).cloned().unwrap_or_else(|| "en".into());
                questions.insert(q.id, (q, language));
            }
        }
        for r in rows {
            let Some((q, language)) = questions.get(&r.question_id) else { continue };
            by_attempt.entry(r.attempt_id).or_default().push(AnswerFacts {
                question_id: q.id,
                position: r.position,
                kind: q.kind,
                prompt: q.prompt.clone(),
                prompt_language: language.clone(),
                earned: r.earned,
                points: r.points,
            });
        }
    }
    Ok(by_attempt)
}

/// Versions and their titles per language, each read once per window.
#[derive(Default)]
struct Titles {
    versions: HashMap<i32, Option<module_version::Model>>,
    titles: HashMap<(i32, Locale), String>,
}

impl Titles {
    async fn version(
        &mut self,
        db: &impl ConnectionTrait,
        id: i32,
    ) -> Result<Option<module_version::Model>, DbErr> {
        if let Some(v) = self.versions.get(&id) {
            return Ok(v.clone());
        }
        let v = module_version::Entity::find_by_id(id).one(db).await?;
        self.versions.insert(id, v.clone());
        Ok(v)
    }

    async fn number(&mut self, db: &impl ConnectionTrait, id: i32) -> Result<i32, DbErr> {
        Ok(self.version(db, id).await?.map_or(0, |v| v.number))
    }

    async fn language(&mut self, db: &impl ConnectionTrait, id: i32) -> Result<String, DbErr> {
        Ok(self.version(db, id).await?.map_or_else(|| "en".into(), |v| v.language))
    }

    async fn title(
        &mut self,
        db: &impl ConnectionTrait,
        id: i32,
        language: Locale,
    ) -> Result<String, DbErr> {
        if let Some(t) = self.titles.get(&(id, language)) {
            return Ok(t.clone());
        }
        let title = match self.version(db, id).await? {
            Some(v) => title_in(db, &v, language).await?,
            None => String::new(),
        };
        self.titles.insert((id, language), title.clone());
        Ok(title)
    }
}
