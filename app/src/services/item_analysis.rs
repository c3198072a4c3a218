//! Item analysis: running sums per version, question and option, added to when an attempt is
//! submitted (in its transaction), and read back as a few rows per question — so the report costs
//! the same at a million attempts as at ten.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Value};

use crate::entities::{module_version, question};
use crate::model::authoring::QuestionKind;
use crate::model::{
    error::AppError,
    locale::Locale,
    reports::{ItemAnalysis, ItemStat, ItemSums, LanguageStat, item_flags},
};
use crate::services::sql::{all, execute, placeholders};

#[derive(sea_orm::FromQueryResult)]
struct VersionAttempts {
    language: String,
    attempts: i64,
}

#[derive(sea_orm::FromQueryResult)]
struct QuestionStats {
    question_id: i32,
    language: String,
    answered: i64,
    correct: i64,
    score_sum: f64,
    score_sq_sum: f64,
    correct_score_sum: f64,
}

#[derive(sea_orm::FromQueryResult)]
struct OptionChosen {
    option_id: i32,
    chosen: i64,
}

/// Sums to add, by version, by question (with its version) and by option (with its version),
/// each per language the attempts were taken in.
#[derive(Debug, Default)]
pub struct Tally {
    pub versions: HashMap<(i32, Locale), (u64, f64, f64)>,
    pub questions: HashMap<(i32, Locale), (i32, ItemSums)>,
    pub options: HashMap<(i32, Locale), (i32, u64)>,
}

impl Tally {
    /// Counts one submitted attempt, taken in `language`: its score, each question asked (right
    /// or not) and each option ticked.
    pub fn attempt(
        &mut self,
        version_id: i32,
        language: Locale,
        percent: f64,
        asked: &[(i32, bool)],
        ticked: &[i32],
    ) {
        let v = self.versions.entry((version_id, language)).or_default();
        *v = (v.0 + 1, v.1 + percent, v.2 + percent * percent);
        for (question_id, right) in asked {
            let (_, s) = self
                .questions
                .entry((*question_id, language))
                .or_insert((version_id, ItemSums::default()));
            s.record(percent, *right);
        }
        for option_id in ticked {
            self.options.entry((*option_id, language)).or_insert((version_id, 0)).1 += 1;
        }
    }
}

/// Rows per statement: well under SQLite's and PostgreSQL's limits on bound values.
const CHUNK: usize = 500;

/// Adds a tally to the stored sums (an upsert per chunk of rows).
pub async fn add(db: &impl ConnectionTrait, tally: &Tally) -> Result<(), DbErr> {
    let versions: Vec<_> = tally.versions.iter().collect();
    for chunk in versions.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO version_language_stats (version_id, language, attempts, score_sum, score_sq_sum) VALUES {} \
             ON CONFLICT (version_id, language) DO UPDATE SET attempts = version_language_stats.attempts + excluded.attempts, \
             score_sum = version_language_stats.score_sum + excluded.score_sum, \
             score_sq_sum = version_language_stats.score_sq_sum + excluded.score_sq_sum",
            placeholders(chunk.len(), 5)
        );
        let values = chunk.iter().flat_map(|((id, language), (n, sum, sq))| {
            [Value::from(*id), (*language).into(), (*n as i64).into(), (*sum).into(), (*sq).into()]
        });
        execute(db, &sql, values.collect()).await?;
    }
    let questions: Vec<_> = tally.questions.iter().collect();
    for chunk in questions.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO question_language_stats (question_id, language, version_id, answered, correct, score_sum, score_sq_sum, correct_score_sum) VALUES {} \
             ON CONFLICT (question_id, language) DO UPDATE SET answered = question_language_stats.answered + excluded.answered, \
             correct = question_language_stats.correct + excluded.correct, \
             score_sum = question_language_stats.score_sum + excluded.score_sum, \
             score_sq_sum = question_language_stats.score_sq_sum + excluded.score_sq_sum, \
             correct_score_sum = question_language_stats.correct_score_sum + excluded.correct_score_sum",
            placeholders(chunk.len(), 8)
        );
        let values = chunk.iter().flat_map(|((id, language), (version, s))| {
            [
                Value::from(*id),
                (*language).into(),
                (*version).into(),
                (s.answered as i64).into(),
                (s.correct as i64).into(),
                s.score_sum.into(),
                s.score_sq_sum.into(),
                s.correct_score_sum.into(),
            ]
        });
        execute(db, &sql, values.collect()).await?;
    }
    let options: Vec<_> = tally.options.iter().collect();
    for chunk in options.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO option_language_stats (option_id, language, version_id, chosen) VALUES {} \
             ON CONFLICT (option_id, language) DO UPDATE SET chosen = option_language_stats.chosen + excluded.chosen",
            placeholders(chunk.len(), 4)
        );
        let values = chunk.iter().flat_map(|((id, language), (version, n))| {
            [Value::from(*id), (*language).into(), (*version).into(), (*n as i64).into()]
        });
        execute(db, &sql, values.collect()).await?;
    }
    Ok(())
}

/// Item analysis of one version: per question the share fully correct, the point-biserial
/// discrimination, how often each option was chosen, and flags — pooled over every language,
/// and per language when it was taken in several.
pub async fn item_analysis(
    db: &impl ConnectionTrait,
    version_id: i32,
) -> Result<ItemAnalysis, AppError> {
    let v =
        module_version::Entity::find_by_id(version_id).one(db).await?.ok_or(AppError::NotFound)?;
    let id = || vec![Value::from(version_id)];
    let mut attempts_by_language: Vec<(String, u64)> = all::<VersionAttempts>(
        db,
        "SELECT language, attempts FROM version_language_stats WHERE version_id = ?",
        id(),
    )
    .await?
    .into_iter()
    .map(|r| (r.language, r.attempts as u64))
    .collect();
    attempts_by_language.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let attempts = attempts_by_language.iter().map(|(_, n)| n).sum();
    let mut sums: HashMap<i32, Vec<(String, ItemSums)>> = HashMap::new();
    for r in
        all::<QuestionStats>(db, "SELECT * FROM question_language_stats WHERE version_id = ?", id())
            .await?
    {
        sums.entry(r.question_id).or_default().push((
            r.language,
            ItemSums {
                answered: r.answered as u64,
                correct: r.correct as u64,
                score_sum: r.score_sum,
                score_sq_sum: r.score_sq_sum,
                correct_score_sum: r.correct_score_sum,
            },
        ));
    }
    let mut chosen: HashMap<i32, u64> = HashMap::new();
    for r in all::<OptionChosen>(
        db,
        "SELECT option_id, CAST(SUM(chosen) AS BIGINT) AS chosen FROM option_language_stats \
         WHERE version_id = ? \
         GROUP BY option_id",
        id(),
    )
    .await?
    {
        chosen.insert(r.option_id, r.chosen as u64);
    }
    let questions = question::Entity::with_options(db, version_id).await?;
    let round = |x: f64| (x * 100.0).round() / 100.0;
    let questions = questions
        .into_iter()
        .map(|(q, options)| {
            let mut languages = sums.remove(&q.id).unwrap_or_default();
            languages.sort_by(|a, b| b.1.answered.cmp(&a.1.answered).then(a.0.cmp(&b.0)));
            let s = languages.iter().fold(ItemSums::default(), |all, (_, s)| all.plus(*s));
            let correct_share = s.correct_share();
            let discrimination = s.point_biserial().map(round);
            let choice = matches!(
                q.kind,
                QuestionKind::Single | QuestionKind::Multiple | QuestionKind::TrueFalse
            );
            let by_language = if languages.len() > 1 {
                languages
                    .iter()
                    .map(|(language, s)| {
                        let share = s.correct_share();
                        let discrimination = s.point_biserial().map(round);
                        LanguageStat {
                            language: language.clone(),
                            answered: s.answered,
                            correct_share: share,
                            discrimination,
                            flags: item_flags(share, discrimination, s.answered),
                        }
                    })
                    .collect()
            } else {
                vec![]
            };
            ItemStat {
                question_id: q.id,
                flags: item_flags(correct_share, discrimination, s.answered),
                prompt: q.prompt,
                answered: s.answered,
                correct_share,
                discrimination,
                options: options
                    .iter()
                    .filter(|_| choice)
                    .map(|o| (o.text.clone(), chosen.get(&o.id).copied().unwrap_or(0), o.correct))
                    .collect(),
                by_language,
            }
        })
        .collect();
    Ok(ItemAnalysis {
        version_id,
        module_id: v.module_id,
        title: v.title,
        number: v.number,
        attempts,
        attempts_by_language,
        questions,
    })
}
