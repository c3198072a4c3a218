//! Quiz attempts, decided on the server: start (within the module's limit and wait), save as
//! you go, submit once, and review as the module's policy allows.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QuerySelect, SqlErr, sea_query::Expr,
};

use crate::entities::{attempt, attempt_answer, attempt_choice, module_version as version, user};
use crate::model::{
    accounts::CurrentUser,
    authoring::{KeyShown, ReviewPolicy},
    error::AppError,
    evaluation::{AttemptPurpose, PretestStanding},
    learning::AttemptPage,
    locale::Locale,
    problem::Problem,
    quiz::{Answer, QuizResult, ResultReview, review},
};
use crate::services::{
    authoring::settings_of, evaluation::scores, item_analysis, learning, quiz, transactions,
};

/// A submission this long after the deadline is still on time (a slow network's last request).
pub const GRACE: Duration = Duration::seconds(30);

/// Starts an attempt at a module's quiz, or returns the one already open — whatever version it
/// is of: a trainee never has two attempts at a module under way. `start_key` comes from the
/// start form: the same key twice (a double click, a retry) gives the same attempt. The limit
/// and the wait count every attempt at the module, across its republished versions.
///
/// The checks read first; only the insert waits for the writer's turn. Two starts at once are
/// told apart by the database's unique keys (the start key, one open attempt per module, the
/// attempt number): the one that loses reads again and finds the winner's attempt.
pub async fn start(
    db: &DatabaseConnection,
    me: &CurrentUser,
    module_id: i32,
    language: Option<Locale>,
    start_key: &str,
) -> Result<i32, AppError> {
    start_for(db, me, module_id, language, start_key, AttemptPurpose::Quiz).await
}

/// [`start`] for a purpose: a pre-test (`AttemptPurpose::Pretest`) starts only while it is
/// due, as attempt number 0; the quiz does not start while a pre-test is due.
pub async fn start_for(
    db: &DatabaseConnection,
    me: &CurrentUser,
    module_id: i32,
    language: Option<Locale>,
    start_key: &str,
    purpose: AttemptPurpose,
) -> Result<i32, AppError> {
    let start_key: String = start_key.trim().chars().take(64).collect();
    if start_key.len() < 16 {
        return Err(Problem::QuizFormOutOfDate.at("key"));
    }
    for _ in 0..3 {
        match try_start(db, me, module_id, language, &start_key, purpose).await? {
            Started::Attempt(id) => return Ok(id),
            Started::Raced => continue,
        }
    }
    Err(limit_reached())
}

enum Started {
    Attempt(i32),
    /// Another start of this trainee's took the key or the place first.
    Raced,
}

async fn try_start(
    db: &DatabaseConnection,
    me: &CurrentUser,
    module_id: i32,
    language: Option<Locale>,
    start_key: &str,
    purpose: AttemptPurpose,
) -> Result<Started, AppError> {
    if let Some(same) =
        attempt::Entity::find().filter(attempt::Column::StartKey.eq(start_key)).one(db).await?
    {
        return if same.user_id == me.id {
            Ok(Started::Attempt(same.id))
        } else {
            Err(AppError::NotFound)
        };
    }
    let v = learning::published(db, module_id).await?;
    let pretest = scores::pretest_standing(db, me.id, &v).await?;
    match (purpose, pretest) {
        (_, PretestStanding::Open { attempt_id }) => return Ok(Started::Attempt(attempt_id)),
        (AttemptPurpose::Quiz, PretestStanding::Due { .. }) => {
            return Err(Problem::PretestFirst.at("attempt"));
        }
        (AttemptPurpose::Pretest, PretestStanding::Due { .. }) | (AttemptPurpose::Quiz, _) => {}
        (AttemptPurpose::Pretest, _) => return Err(Problem::PretestNotOffered.at("attempt")),
    }
    let mine = attempt::Entity::find()
        .filter(attempt::Column::UserId.eq(me.id))
        .filter(attempt::Column::ModuleId.eq(module_id));
    let (pretests, attempts): (Vec<_>, Vec<_>) =
        mine.all(db).await?.into_iter().partition(|a| a.purpose == AttemptPurpose::Pretest);
    // One attempt under way per module, whatever it is for: it is finished first.
    if let Some(open) = attempts.iter().chain(&pretests).find(|a| a.submitted_at.is_none()) {
        return Ok(Started::Attempt(open.id));
    }
    let used = attempts.len() as i32;
    let now = Utc::now();
    if purpose == AttemptPurpose::Quiz {
        if v.max_attempts.is_some_and(|max| used >= max) {
            return Err(limit_reached());
        }
        if let Some(minutes) = wait_left(&v, &attempts, now) {
            return Err(Problem::RetakeWait { minutes }.at("attempt"));
        }
    }
    // The language it is shown in, to the end: the one asked for if the module has it, else the
    // reader's if it has that, else the module's own.
    let language = learning::language_shown(db, &v, language.unwrap_or(me.locale)).await?;
    let row = attempt::ActiveModel {
        user_id: Set(me.id),
        language: Set(language),
        version_id: Set(v.id),
        module_id: Set(module_id),
        number: Set(match purpose {
            AttemptPurpose::Quiz => used + 1,
            AttemptPurpose::Pretest => 0,
        }),
        purpose: Set(purpose),
        seed: Set(random_seed()),
        start_key: Set(start_key.to_owned()),
        started_at: Set(now),
        deadline: Set(v.time_limit_minutes.map(|m| now + Duration::minutes(i64::from(m)))),
        saved_answers: Set("{}".into()),
        late: Set(false),
        ..Default::default()
    };
    let _turn = transactions::writer_turn(db).await;
    match row.insert(db).await {
        Ok(created) => Ok(Started::Attempt(created.id)),
        Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            Ok(Started::Raced)
        }
        Err(e) => Err(e.into()),
    }
}

fn limit_reached() -> AppError {
    Problem::NoAttemptLeft.at("attempt")
}

/// Whole minutes (rounded up) until the module's wait after the last submitted attempt ends.
pub fn wait_left(
    v: &version::Model,
    attempts: &[attempt::Model],
    now: chrono::DateTime<Utc>,
) -> Option<i64> {
    let wait = Duration::minutes(i64::from(v.retake_wait_minutes?));
    let last = attempts.iter().filter_map(|a| a.submitted_at).max()?;
    let left = last + wait - now;
    (left > Duration::zero()).then(|| (left.num_seconds() + 59) / 60)
}

/// Whether the trainee has passed the module's quiz, and whether they have no attempt left
/// (the limit is used, or the module is no longer offered): what opens the key.
async fn standing(
    db: &impl ConnectionTrait,
    user_id: i32,
    module_id: i32,
) -> Result<(bool, bool), AppError> {
    let attempts = attempt::Entity::find()
        .filter(attempt::Column::UserId.eq(user_id))
        .filter(attempt::Column::ModuleId.eq(module_id))
        .filter(attempt::Column::Purpose.eq(AttemptPurpose::Quiz))
        .all(db)
        .await?;
    let passed = attempts.iter().any(|a| a.passed == Some(true));
    let open = attempts.iter().any(|a| a.submitted_at.is_none());
    let no_attempt_left = match learning::published(db, module_id).await {
        Ok(v) => !open && v.max_attempts.is_some_and(|max| attempts.len() as i32 >= max),
        Err(AppError::NotFound) => true,
        Err(e) => return Err(e),
    };
    Ok((passed, no_attempt_left))
}

fn random_seed() -> i64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    (u64::from_le_bytes(bytes) >> 12) as i64
}

/// The caller's own attempt, or `NotFound` (also for someone else's). On PostgreSQL the row
/// is locked (`FOR UPDATE`) for the rest of the transaction, so concurrent submits of one
/// attempt run one after the other; on SQLite the writer's turn already serialises writers.
async fn own_attempt(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    id: i32,
) -> Result<attempt::Model, AppError> {
    let mut query = attempt::Entity::find_by_id(id);
    if db.get_database_backend() == DbBackend::Postgres {
        query = query.lock_exclusive();
    }
    query.one(db).await?.filter(|a| a.user_id == me.id).ok_or(AppError::NotFound)
}

/// [`own_attempt`] and the version it is of.
async fn own(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    id: i32,
) -> Result<(attempt::Model, version::Model), AppError> {
    let a = own_attempt(db, me, id).await?;
    let v = version::Entity::find_by_id(a.version_id).one(db).await?.ok_or(AppError::NotFound)?;
    Ok((a, v))
}

pub async fn page(
    db: &(impl ConnectionTrait + 'static),
    me: &CurrentUser,
    id: i32,
) -> Result<AttemptPage, AppError> {
    let (a, v) = own(db, me, id).await?;
    let stored: Option<QuizResult> =
        a.result_json.as_deref().and_then(|r| serde_json::from_str(r).ok());
    // Before submission the page shows questions without keys; after, the result as the
    // module's review policy allows.
    let (questions, result) = match stored {
        None => {
            let drawn = quiz::draw_for(db, &v, a.seed as u64, a.language, a.purpose).await?;
            (drawn.iter().map(quiz::Drawn::for_trainee).collect(), None)
        }
        // A pre-test shows its score only: feedback or key would teach the post-test.
        Some(stored) if a.purpose == AttemptPurpose::Pretest => {
            let shown = review(&stored, &PRETEST_REVIEW, false);
            (vec![], Some(ResultReview { questions: vec![], ..shown }))
        }
        Some(stored) => {
            let policy = settings_of(&v).review;
            let (passed, no_attempt_left) = standing(db, me.id, a.module_id).await?;
            (vec![], Some(review(&stored, &policy, policy.key.open(passed, no_attempt_left))))
        }
    };
    let now = Utc::now();
    Ok(AttemptPage {
        id: a.id,
        module_id: v.module_id,
        module_title: learning::title_in(db, &v, a.language).await?,
        language: a.language.code().into(),
        number: a.number,
        questions,
        saved: serde_json::from_str(&a.saved_answers).unwrap_or_default(),
        saved_seq: a.saved_seq,
        deadline_ms: a.deadline.map(|d| d.timestamp_millis()),
        seconds_left: a
            .deadline
            .filter(|_| a.submitted_at.is_none())
            .map(|d| (d - now).num_seconds().max(0)),
        result,
        late: a.late,
        one_per_screen: v.one_per_screen,
        pretest: a.purpose == AttemptPurpose::Pretest,
    })
}

/// What a trainee sees of a submitted pre-test: the score, nothing of the key.
const PRETEST_REVIEW: ReviewPolicy =
    ReviewPolicy { score: true, correctness: false, feedback: false, key: KeyShown::Never };

/// Keeps the answers given so far (autosave, or "save" without JavaScript). After the deadline
/// and its grace nothing more is kept. An autosave carries `seq`, the browser's clock when it
/// read the answers: one older than the newest stored changes nothing (a retry or queued save
/// arriving late never rolls answers back), and is not an error — the newer answers are kept.
///
/// The checks read first; the write is one conditional `UPDATE`, the only statement that waits
/// for the writer's turn (on exam day a save is most of the writes). A save that loses a race
/// (submitted, or a newer save landed, in between) changes nothing and is told why.
pub async fn save(
    db: &DatabaseConnection,
    me: &CurrentUser,
    id: i32,
    answers: &HashMap<String, String>,
    seq: Option<i64>,
) -> Result<(), AppError> {
    let a = own_attempt(db, me, id).await?;
    let now = Utc::now();
    saveable(&a, now)?;
    if seq.is_some_and(|seq| a.saved_seq.is_some_and(|stored| seq <= stored)) {
        return Ok(());
    }
    let json = serde_json::to_string(&only_answer_fields(answers)).map_err(AppError::internal)?;
    let mut update = attempt::Entity::update_many()
        .col_expr(attempt::Column::SavedAnswers, Expr::value(json))
        .col_expr(attempt::Column::SavedAt, Expr::value(now))
        .filter(attempt::Column::Id.eq(id))
        .filter(attempt::Column::SubmittedAt.is_null());
    if let Some(seq) = seq {
        update = update.col_expr(attempt::Column::SavedSeq, Expr::value(seq)).filter(
            Condition::any()
                .add(attempt::Column::SavedSeq.is_null())
                .add(attempt::Column::SavedSeq.lt(seq)),
        );
    }
    let changed = {
        let _turn = transactions::writer_turn(db).await;
        update.exec(db).await?.rows_affected
    };
    if changed == 0 {
        // Submitted meanwhile (an error), or a newer save landed first (kept: not an error).
        saveable(&own_attempt(db, me, id).await?, now)?;
    }
    Ok(())
}

/// Whether answers may still be saved to attempt `a` at `now`.
fn saveable(a: &attempt::Model, now: DateTime<Utc>) -> Result<(), AppError> {
    if a.submitted_at.is_some() {
        return Err(Problem::AttemptSubmitted.at("attempt"));
    }
    if a.deadline.is_some_and(|d| now > d + GRACE) {
        return Err(Problem::TimeUp.at("attempt"));
    }
    Ok(())
}

/// Keeps what can be an answer (`q<question>` or `q<question>_<option>`), drops anything else
/// a tampered form may carry.
fn only_answer_fields(answers: &HashMap<String, String>) -> HashMap<String, String> {
    answers
        .iter()
        .filter(|(k, v)| {
            k.len() <= 24
                && v.len() <= 500
                && k.strip_prefix('q')
                    .is_some_and(|rest| rest.split('_').all(|p| p.parse::<u32>().is_ok()))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Scores the attempt, once, with the form's `answers` — or, when `None`, the answers kept for
/// it (the confirmation page sends none of its own). Submitting again returns the same result.
/// After the deadline and its grace, only the answers saved in time count and the attempt is
/// marked late. Only the
/// questions drawn for this attempt count; any other field (a score, "correct", another
/// person's id) is ignored.
///
/// What only reads (the attempt, its questions drawn again from its seed, the score) is done
/// before the writer's turn; the turn covers the writes, the first of which claims the attempt
/// only if it is still unscored and unchanged ([`claim`]).
pub async fn submit(
    db: &DatabaseConnection,
    me: &CurrentUser,
    id: i32,
    answers: Option<&HashMap<String, String>>,
) -> Result<Submission, AppError> {
    let (a, v) = own(db, me, id).await?;
    // The attempt is the submission's idempotency key: it is scored once, however often (or
    // from however many devices) it is sent.
    if let Some(done) = scored(&a) {
        return Ok(Submission::AlreadyScored(done));
    }
    let now = Utc::now();
    let marked = mark(db, &a, &v, answers, now).await?;
    let (txn, _turn) = transactions::write(db).await?;
    // Marked as submitted only if it is still as it was read: unscored, no save since. Else
    // (a second device, a save in between) it is read again under the turn.
    let Marked { asked, result, answers, .. } = match claim(&txn, &a, &marked, now).await? {
        true => marked,
        false => {
            let a_now = own_attempt(&txn, me, id).await?;
            if let Some(done) = scored(&a_now) {
                return Ok(Submission::AlreadyScored(done));
            }
            let marked = mark(&txn, &a_now, &v, answers, now).await?;
            if !claim(&txn, &a_now, &marked, now).await? {
                return Err(AppError::internal(format!(
                    "attempt {id} changed under the writer's turn"
                )));
            }
            marked
        }
    };
    let rows = asked.iter().zip(&result.questions).zip(&answers).enumerate().map(
        |(i, ((q, r), answer))| attempt_answer::ActiveModel {
            attempt_id: Set(a.id),
            question_id: Set(q.question.id),
            position: Set(i as i32 + 1),
            answer: Set(serde_json::to_string(answer).unwrap_or_default()),
            earned: Set(r.earned),
            points: Set(r.points),
        },
    );
    if !asked.is_empty() {
        attempt_answer::Entity::insert_many(rows).exec_without_returning(&txn).await?;
    }
    // The options ticked, one row each, for item analysis.
    let ticked: Vec<i32> = answers
        .iter()
        .flat_map(|answer| match answer {
            Answer::Choice(ids) => ids.clone(),
            _ => vec![],
        })
        .collect();
    if !ticked.is_empty() {
        let rows = ticked.iter().copied().map(|option_id| attempt_choice::ActiveModel {
            attempt_id: Set(a.id),
            option_id: Set(option_id),
        });
        attempt_choice::Entity::insert_many(rows).exec_without_returning(&txn).await?;
    }
    let person = crate::services::transactions::locked(user::Entity::find_by_id(me.id), &txn)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if a.purpose == AttemptPurpose::Pretest {
        // Never counted for completion nor in the quiz's item statistics.
        let event = scores::Event::Pretest { percent: result.percent, at: now };
        scores::record(&txn, &person, v.module_id, event).await?;
        txn.commit().await?;
        return Ok(Submission::Scored(result));
    }
    if a.number == 1 {
        let event = scores::Event::PostTest { percent: result.percent, at: now };
        scores::record(&txn, &person, v.module_id, event).await?;
    }
    let mut tally = item_analysis::Tally::default();
    let asked_right: Vec<(i32, bool)> = asked
        .iter()
        .zip(&result.questions)
        .map(|(q, r)| (q.question.id, r.earned >= f64::from(r.points)))
        .collect();
    tally.attempt(v.id, a.language, result.percent, &asked_right, &ticked);
    item_analysis::add(&txn, &tally).await?;
    if result.passed {
        // Lessons count as read in the version now offered (an attempt begun on an older one
        // may finish after a republish).
        let offered = match learning::published(&txn, v.module_id).await {
            Ok(published) => published,
            Err(AppError::NotFound) => v,
            Err(e) => return Err(e),
        };
        learning::complete_if_done(&txn, me.id, &offered).await?;
    }
    txn.commit().await?;
    Ok(Submission::Scored(result))
}

/// Marks attempt `a` submitted with `marked`, in one conditional `UPDATE`: true when it was
/// still unscored and unchanged since it was read (on PostgreSQL the update waits for, and
/// then sees, a concurrent submit of the same attempt).
async fn claim(
    txn: &impl ConnectionTrait,
    a: &attempt::Model,
    marked: &Marked,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let r = &marked.result;
    let counted = serde_json::to_string(&marked.counted).map_err(AppError::internal)?;
    let result = serde_json::to_string(r).map_err(AppError::internal)?;
    let changed = attempt::Entity::update_many()
        .col_expr(attempt::Column::SavedAnswers, Expr::value(counted))
        .col_expr(attempt::Column::SubmittedAt, Expr::value(now))
        .col_expr(attempt::Column::Earned, Expr::value(r.earned))
        .col_expr(attempt::Column::Possible, Expr::value(r.possible))
        .col_expr(attempt::Column::Percent, Expr::value(r.percent))
        .col_expr(attempt::Column::Passed, Expr::value(r.passed))
        .col_expr(attempt::Column::Late, Expr::value(marked.late))
        .col_expr(attempt::Column::ResultJson, Expr::value(result))
        .filter(attempt::Column::Id.eq(a.id))
        .filter(attempt::Column::SubmittedAt.is_null())
        .filter(attempt::Column::SavedAnswers.eq(a.saved_answers.clone()))
        .exec(txn)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// The stored result of an attempt already scored.
fn scored(a: &attempt::Model) -> Option<QuizResult> {
    a.result_json.as_deref().and_then(|r| serde_json::from_str(r).ok())
}

/// An attempt marked, not yet written: the answers that count, the questions asked and the
/// result.
struct Marked {
    late: bool,
    counted: HashMap<String, String>,
    asked: Vec<quiz::Drawn>,
    result: QuizResult,
    answers: Vec<Answer>,
}

/// Marks attempt `a` as submitted at `now` with the form's `answers` (or, when late or when
/// none are sent, the answers it had saved).
async fn mark(
    db: &(impl ConnectionTrait + 'static),
    a: &attempt::Model,
    v: &version::Model,
    answers: Option<&HashMap<String, String>>,
    now: DateTime<Utc>,
) -> Result<Marked, AppError> {
    let late = a.deadline.is_some_and(|d| now > d + GRACE);
    let counted: HashMap<String, String> = match answers {
        Some(sent) if !late => only_answer_fields(sent),
        _ => serde_json::from_str(&a.saved_answers).unwrap_or_default(),
    };
    let asked = quiz::draw_for(db, v, a.seed as u64, a.language, a.purpose).await?;
    let result = quiz::score(v, &asked, &counted);
    let answers = asked.iter().enumerate().map(|(i, q)| q.answer(i, &counted)).collect();
    Ok(Marked { late, counted, asked, result, answers })
}

/// What a submit did: scored the attempt, or found it scored before (the answers sent with it
/// did not count).
#[derive(Debug)]
pub enum Submission {
    Scored(QuizResult),
    AlreadyScored(QuizResult),
}

impl Submission {
    pub fn result(self) -> QuizResult {
        match self {
            Submission::Scored(r) | Submission::AlreadyScored(r) => r,
        }
    }
}
