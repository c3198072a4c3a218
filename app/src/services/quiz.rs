//! Quizzes as trainees meet them: questions drawn and shuffled from a stored seed, shown without
//! their key and under tokens that mean nothing outside the attempt, and scored on the server.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use rand::{SeedableRng, rngs::StdRng, seq::SliceRandom};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr};

use crate::entities::{module_version as version, question, question_option as option};
use crate::model::evaluation::AttemptPurpose;
use crate::model::{
    authoring::{QuestionKind, VersionStatus},
    locale::Locale,
    quiz::{Answer, OptionResult, QuestionResult, QuizQuestion, QuizResult, answer_key},
};
use crate::services::scoring::{self, KeyedOption, KeyedQuestion};

/// A question as drawn for one attempt, with what its tokens stand for. Server-side only: the
/// page gets [`Drawn::for_trainee`].
#[derive(Debug, Clone)]
pub struct Drawn {
    pub question: question::Model,
    /// In the order shown; an option's token is its index here.
    pub options: Vec<option::Model>,
    /// Matching: the right-hand answers in the order shown; a choice's token is its index.
    pub choices: Vec<String>,
}

impl Drawn {
    pub fn kind(&self) -> QuestionKind {
        self.question.kind
    }

    /// The question without its key.
    pub fn for_trainee(&self) -> QuizQuestion {
        let q = &self.question;
        QuizQuestion {
            kind: self.kind(),
            prompt: q.prompt.clone(),
            scenario: q.scenario.clone(),
            points: q.points,
            options: self.options.iter().map(|o| o.text.clone()).collect(),
            match_choices: self.choices.clone(),
        }
    }

    /// The form's value for option `token` of this question (`index` in the attempt).
    fn value<'f>(
        &self,
        index: usize,
        token: usize,
        form: &'f HashMap<String, String>,
    ) -> Option<&'f str> {
        form.get(&answer_key(index, Some(token))).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    /// Reads this question's answer (it is question `index` of the attempt) out of the form,
    /// turning tokens back into option ids. Anything unknown or malformed is ignored: it can
    /// only cost the trainee, never score.
    pub fn answer(&self, index: usize, form: &HashMap<String, String>) -> Answer {
        let tokens = self.options.iter().enumerate();
        match self.kind() {
            QuestionKind::Single | QuestionKind::TrueFalse => Answer::Choice(
                form.get(&answer_key(index, None))
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .and_then(|t| self.options.get(t))
                    .map(|o| o.id)
                    .into_iter()
                    .collect(),
            ),
            QuestionKind::Multiple => Answer::Choice(
                tokens
                    .filter(|(t, _)| self.value(index, *t, form).is_some())
                    .map(|(_, o)| o.id)
                    .collect(),
            ),
            QuestionKind::Ordering => Answer::Order(
                tokens
                    .filter_map(|(t, o)| Some((o.id, self.value(index, t, form)?.parse().ok()?)))
                    .collect(),
            ),
            QuestionKind::Matching => Answer::Match(
                tokens
                    .filter_map(|(t, o)| {
                        let choice: usize = self.value(index, t, form)?.parse().ok()?;
                        Some((o.id, self.choices.get(choice)?.clone()))
                    })
                    .collect(),
            ),
        }
    }

    fn keyed(&self) -> KeyedQuestion {
        KeyedQuestion {
            kind: self.kind(),
            points: self.question.points,
            options: self
                .options
                .iter()
                .map(|o| KeyedOption {
                    id: o.id,
                    correct: o.correct,
                    position: o.correct_position,
                    match_key: o.match_key.clone(),
                })
                .collect(),
        }
    }
}

/// The questions of an attempt: drawn (the module's number per attempt) and shuffled as the
/// module says, the same every time for the same seed. Options are shuffled unless the module
/// or the question keeps them in the order written; ordering items and matching choices are
/// always mixed (their stored order would tell the answer).
/// Texts are in `language` where the version has a published translation into it; the draw is
/// the same in every language.
pub async fn draw(
    db: &(impl ConnectionTrait + 'static),
    v: &version::Model,
    seed: u64,
    language: Locale,
) -> Result<Vec<Drawn>, DbErr> {
    draw_for(db, v, seed, language, AttemptPurpose::Quiz).await
}

/// [`draw`] for an attempt's purpose: only the questions its test asks (a parallel form).
pub async fn draw_for(
    db: &(impl ConnectionTrait + 'static),
    v: &version::Model,
    seed: u64,
    language: Locale,
    purpose: AttemptPurpose,
) -> Result<Vec<Drawn>, DbErr> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut loaded = questions_of(db, v).await?;
    loaded.retain(|(q, _)| q.test_form.asked_in(purpose));
    if let Some(texts) = crate::services::translations::offered(db, v, language).await? {
        for (q, options) in &mut loaded {
            texts.question(q, options);
        }
    }
    if v.shuffle_questions || v.questions_per_attempt.is_some() {
        loaded.shuffle(&mut rng);
    }
    if let Some(n) = v.questions_per_attempt {
        loaded.truncate(n.max(0) as usize);
        if !v.shuffle_questions {
            loaded.sort_by_key(|(q, _)| (q.position, q.id));
        }
    }
    Ok(loaded
        .into_iter()
        .map(|(q, mut options)| {
            let kind = q.kind;
            let keep_order = (q.fixed_order || !v.shuffle_options)
                && !matches!(kind, QuestionKind::Ordering | QuestionKind::Matching);
            if !keep_order {
                options.shuffle(&mut rng);
            }
            let mut choices: Vec<String> = if kind == QuestionKind::Matching {
                options.iter().filter_map(|o| o.match_key.clone()).collect()
            } else {
                vec![]
            };
            choices.shuffle(&mut rng);
            Drawn { question: q, options, choices }
        })
        .collect())
}

/// The questions of a version with their options. A version that is no longer a draft never
/// changes, so its questions are kept in memory (per database, for the life of the process) and
/// a quiz page or a submit asks the database only for the attempt. Drafts, and reads inside a
/// transaction (which cannot name their database), go to the database.
async fn questions_of(
    db: &(impl ConnectionTrait + 'static),
    v: &version::Model,
) -> Result<Vec<(question::Model, Vec<option::Model>)>, DbErr> {
    type Questions = Arc<Vec<(question::Model, Vec<option::Model>)>>;
    static KEPT: LazyLock<Mutex<HashMap<(String, i32), Questions>>> = LazyLock::new(Mutex::default);
    /// Versions kept at most (a few per module): past it the memory starts again.
    const MOST: usize = 512;
    let database = (db as &dyn std::any::Any)
        .downcast_ref::<DatabaseConnection>()
        .filter(|_| v.status != VersionStatus::Draft)
        .map(database_name);
    let Some(database) = database else {
        return question::Entity::with_options(db, v.id).await;
    };
    let key = (database, v.id);
    if let Some(kept) = KEPT.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Ok(kept.as_ref().clone());
    }
    let loaded = question::Entity::with_options(db, v.id).await?;
    let mut kept = KEPT.lock().unwrap_or_else(|e| e.into_inner());
    if kept.len() >= MOST {
        kept.clear();
    }
    kept.insert(key, Arc::new(loaded.clone()));
    Ok(loaded)
}

/// Which database a connection reaches: its SQLite file, or PostgreSQL's host, port and name.
fn database_name(db: &DatabaseConnection) -> String {
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let options = db.get_sqlite_connection_pool().connect_options();
            format!("sqlite:{}", options.get_filename().display())
        }
        _ => {
            let options = db.get_postgres_connection_pool().connect_options();
            let name = options.get_database().unwrap_or_default();
            format!("postgres:{}:{}/{name}", options.get_host(), options.get_port())
        }
    }
}

/// Scores the answers in `form` to the questions `asked` (in the order they were shown).
pub fn score(v: &version::Model, asked: &[Drawn], form: &HashMap<String, String>) -> QuizResult {
    let mut questions = vec![];
    let (mut earned, mut possible) = (0.0, 0.0);
    for (index, drawn) in asked.iter().enumerate() {
        let got = scoring::score(&drawn.keyed(), &drawn.answer(index, form));
        earned += got;
        possible += f64::from(drawn.question.points);
        questions.push(QuestionResult {
            prompt: drawn.question.prompt.clone(),
            kind: drawn.kind(),
            earned: got,
            points: drawn.question.points,
            explanation: drawn.question.explanation.clone(),
            options: (0..drawn.options.len())
                .map(|token| option_result(drawn, index, token, form))
                .collect(),
        });
    }
    let (percent, passed) = scoring::percent_and_pass(earned, possible, v.pass_mark_percent);
    QuizResult {
        earned: (earned * 100.0).round() / 100.0,
        possible,
        percent,
        passed,
        pass_mark_percent: v.pass_mark_percent,
        questions,
    }
}

fn option_result(
    drawn: &Drawn,
    index: usize,
    token: usize,
    form: &HashMap<String, String>,
) -> OptionResult {
    let k = &drawn.options[token];
    let answer = drawn.answer(index, form);
    let (given, expected, right) = match answer {
        Answer::Choice(ticked) => {
            let ticked = ticked.contains(&k.id);
            let expected = if k.correct { OptionResult::CORRECT } else { "" };
            let given = if ticked { OptionResult::TICKED } else { "" };
            (given.to_owned(), expected.to_owned(), ticked == k.correct)
        }
        Answer::Order(places) => {
            let given = places.iter().find(|(id, _)| *id == k.id).map(|(_, p)| p.to_string());
            let expected = k.correct_position.map(|p| p.to_string()).unwrap_or_default();
            let right = given.as_deref() == Some(&expected) && scoring::unrepeated(&places, k.id);
            (given.unwrap_or_default(), expected, right)
        }
        Answer::Match(matches) => {
            let given = matches.iter().find(|(id, _)| *id == k.id).map(|(_, m)| m.clone());
            let expected = k.match_key.clone().unwrap_or_default();
            let right = given.as_deref().map(str::trim) == Some(expected.trim())
                && scoring::unrepeated(&matches, k.id);
            (given.unwrap_or_default(), expected, right)
        }
    };
    OptionResult { text: k.text.clone(), given, expected, right, feedback: k.feedback.clone() }
}
