//! Quizzes as trainees meet them: questions drawn and shuffled from a stored seed, shown without
//! their key, and scored on the server.

use std::collections::HashMap;

use rand::{SeedableRng, rngs::StdRng, seq::SliceRandom};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::entities::{module_version as version, question, question_option as option};
use crate::model::{
    authoring::QuestionKind,
    quiz::{OptionResult, QuestionResult, QuizOption, QuizQuestion, QuizResult, answer_from_form},
};
use crate::services::scoring::{self, KeyedOption, KeyedQuestion};

type Loaded = Vec<(question::Model, Vec<option::Model>)>;

async fn load(db: &impl ConnectionTrait, version_id: i32) -> Result<Loaded, DbErr> {
    let questions = question::Entity::find()
        .filter(question::Column::VersionId.eq(version_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let mut options = option::Entity::find()
        .filter(option::Column::QuestionId.is_in(ids))
        .order_by_asc(option::Column::Position)
        .all(db)
        .await?;
    Ok(questions
        .into_iter()
        .map(|q| {
            let (mine, rest): (Vec<_>, Vec<_>) =
                options.drain(..).partition(|o| o.question_id == q.id);
            options = rest;
            (q, mine)
        })
        .collect())
}

/// The questions of an attempt, as the trainee sees them: drawn (the module's number per
/// attempt) and shuffled as the module says, the same every time for the same seed.
pub async fn draw(
    db: &impl ConnectionTrait,
    v: &version::Model,
    seed: u64,
) -> Result<Vec<QuizQuestion>, DbErr> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut loaded = load(db, v.id).await?;
    if v.shuffle_questions || v.questions_per_attempt.is_some() {
        loaded.shuffle(&mut rng);
    }
    if let Some(n) = v.questions_per_attempt {
        loaded.truncate(n.max(0) as usize);
        if !v.shuffle_questions {
            loaded.sort_by_key(|(q, _)| q.position);
        }
    }
    Ok(loaded
        .into_iter()
        .map(|(q, mut opts)| {
            if v.shuffle_options || q.kind == QuestionKind::Ordering.code() {
                // Ordering items are always mixed: their stored order is the answer.
                opts.shuffle(&mut rng);
            }
            for_trainee(&q, &opts)
        })
        .collect())
}

/// A question without its key.
fn for_trainee(q: &question::Model, opts: &[option::Model]) -> QuizQuestion {
    let kind = QuestionKind::from_code(&q.kind).unwrap_or(QuestionKind::Single);
    let mut match_choices: Vec<String> = if kind == QuestionKind::Matching {
        opts.iter().filter_map(|o| o.match_key.clone()).collect()
    } else {
        vec![]
    };
    match_choices.sort_by_key(|m| m.to_lowercase());
    QuizQuestion {
        id: q.id,
        kind,
        prompt: q.prompt.clone(),
        scenario: q.scenario.clone(),
        points: q.points,
        options: opts.iter().map(|o| QuizOption { id: o.id, text: o.text.clone() }).collect(),
        match_choices,
    }
}

/// Scores the answers in `form` to the questions `asked` (in the order they were shown).
/// Questions not asked are ignored, whatever the form says.
pub async fn score(
    db: &impl ConnectionTrait,
    v: &version::Model,
    asked: &[QuizQuestion],
    form: &HashMap<String, String>,
) -> Result<QuizResult, DbErr> {
    let loaded: HashMap<i32, (question::Model, Vec<option::Model>)> =
        load(db, v.id).await?.into_iter().map(|(q, o)| (q.id, (q, o))).collect();
    let mut questions = vec![];
    let (mut earned, mut possible) = (0.0, 0.0);
    for shown in asked {
        let Some((q, opts)) = loaded.get(&shown.id) else { continue };
        let keyed = KeyedQuestion {
            kind: shown.kind,
            points: q.points,
            options: opts
                .iter()
                .map(|o| KeyedOption {
                    id: o.id,
                    correct: o.correct,
                    position: o.correct_position,
                    match_key: o.match_key.clone(),
                })
                .collect(),
        };
        let answer = answer_from_form(shown, form);
        let got = scoring::score(&keyed, &answer);
        earned += got;
        possible += f64::from(q.points);
        questions.push(QuestionResult {
            prompt: q.prompt.clone(),
            kind: shown.kind,
            earned: got,
            points: q.points,
            explanation: q.explanation.clone(),
            options: shown
                .options
                .iter()
                .filter_map(|o| opts.iter().find(|k| k.id == o.id))
                .map(|k| option_result(shown, k, form))
                .collect(),
        });
    }
    let (percent, passed) = scoring::percent_and_pass(earned, possible, v.pass_mark_percent);
    Ok(QuizResult {
        earned: (earned * 100.0).round() / 100.0,
        possible,
        percent,
        passed,
        pass_mark_percent: v.pass_mark_percent,
        questions,
    })
}

fn option_result(
    q: &QuizQuestion,
    k: &option::Model,
    form: &HashMap<String, String>,
) -> OptionResult {
    let per_option =
        form.get(&format!("q{}_{}", q.id, k.id)).map(|v| v.trim().to_owned()).unwrap_or_default();
    let (given, expected, right) = match q.kind {
        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Multiple => {
            let ticked = if q.kind == QuestionKind::Multiple {
                !per_option.is_empty()
            } else {
                form.get(&format!("q{}", q.id)).map(|v| v.trim()) == Some(k.id.to_string().as_str())
            };
            let expected = if k.correct { OptionResult::CORRECT } else { "" };
            (if ticked { "✓".into() } else { String::new() }, expected.into(), ticked == k.correct)
        }
        QuestionKind::Ordering => {
            let expected = k.correct_position.map(|p| p.to_string()).unwrap_or_default();
            let right = !per_option.is_empty() && per_option == expected;
            (per_option, expected, right)
        }
        QuestionKind::Matching => {
            let expected = k.match_key.clone().unwrap_or_default();
            let right = !per_option.is_empty() && per_option == expected.trim();
            (per_option, expected, right)
        }
    };
    OptionResult { text: k.text.clone(), given, expected, right, feedback: k.feedback.clone() }
}
