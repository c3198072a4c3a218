//! `frontline demo-data`: a synthetic dataset at scale (agencies, trainees, assignments,
//! attempts, completions) for benchmarks. Written in batches inside transactions.

use std::time::Instant;

use app::{
    entities::{
        agency, assignment, attempt, completion, module_version, question, question_option, user,
    },
    model::{
        accounts::{AgencyKind, Role},
        authoring::VersionStatus,
    },
    services::{demo, item_analysis, passwords, rollups},
};
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    TransactionTrait,
};

const BATCH: usize = 1000;
const AGENCIES_PER_COUNTRY: usize = 20;
const COUNTRIES: [&str; 5] = ["EG", "IQ", "JO", "LB", "TR"];

/// A cheap deterministic generator: the same dataset (or load test plan) every run.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn progress(what: &str, done: usize, total: usize, started: Instant) {
    if total > 0 && (done == total || done.is_multiple_of((total / 20).max(1))) {
        eprintln!(
            "  {what}: {done}/{total} ({:.0} %, {:.1} s)",
            done as f64 * 100.0 / total as f64,
            started.elapsed().as_secs_f64()
        );
    }
}

/// A question as the generator answers it: its id, the options ticked when right, and the
/// options one of which is ticked when wrong.
type Paper = (i32, Vec<i32>, Vec<i32>);

pub async fn generate(
    db: &DatabaseConnection,
    trainees: usize,
    attempts: usize,
) -> anyhow::Result<()> {
    let err = |e: app::model::error::AppError| anyhow::anyhow!("{e}");
    demo::seed_if_empty(db).await.map_err(err)?;
    demo::seed_curriculum_if_empty(db).await.map_err(err)?;
    let started = Instant::now();
    let mut rng = Rng(0x5eed_f00d_cafe_b0a7);
    let now = Utc::now();
    let tag = now.timestamp();

    // Agencies.
    let txn = db.begin().await?;
    let mut agency_ids = vec![];
    for (c, country) in COUNTRIES.iter().enumerate() {
        for i in 0..AGENCIES_PER_COUNTRY {
            let kind = AgencyKind::ALL[(c + i) % AgencyKind::ALL.len()];
            let a = agency::Entity::insert(agency::ActiveModel {
                country_code: Set((*country).into()),
                name: Set(format!("Synthetic agency {country}-{i} ({tag})")),
                kind: Set(kind),
                created_at: Set(now),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            agency_ids.push(a.last_insert_id);
        }
    }
    txn.commit().await?;

    // Trainees: one password hash for all (they are never signed in as).
    let hash = passwords::hash(passwords::temporary_password()).await.map_err(err)?;
    let before = user::Entity::find().count(db).await?;
    for start in (0..trainees).step_by(BATCH) {
        let rows = (start..(start + BATCH).min(trainees)).map(|i| user::ActiveModel {
            email: Set(format!("t{i}.{tag}@synthetic.example")),
            email_key: Set(format!("t{i}.{tag}@synthetic.example")),
            display_name: Set(format!("Trainee {i}")),
            password_hash: Set(hash.clone()),
            role: Set(Role::Trainee),
            agency_id: Set(Some(agency_ids[i % agency_ids.len()])),
            locale: Set("en".into()),
            active: Set(i % 50 != 0),
            created_at: Set(now),
            last_login_at: Set(None),
            password_changed_at: Set(now),
            ..Default::default()
        });
        user::Entity::insert_many(rows).exec_without_returning(db).await?;
        progress("trainees", (start + BATCH).min(trainees), trainees, started);
    }
    let first_user: i32 = user::Entity::find()
        .filter(user::Column::EmailKey.eq(format!("t0.{tag}@synthetic.example")))
        .one(db)
        .await?
        .map(|u| u.id)
        .unwrap_or(before as i32 + 1);

    // Every agency gets every published module assigned, due within a month either side.
    let versions = module_version::Entity::find()
        .filter(module_version::Column::Status.eq(VersionStatus::Published))
        .all(db)
        .await?;
    let rows = agency_ids.iter().flat_map(|a| versions.iter().map(move |v| (*a, v.module_id)));
    let rows: Vec<_> = rows
        .map(|(a, m)| assignment::ActiveModel {
            module_id: Set(m),
            agency_id: Set(Some(a)),
            due_on: Set(Some(now.date_naive() + Duration::days((a as i64 % 60) - 30))),
            created_at: Set(now),
            ..Default::default()
        })
        .collect();
    for chunk in rows.chunks(BATCH) {
        assignment::Entity::insert_many(chunk.to_vec()).exec_without_returning(db).await?;
    }

    let mut papers: std::collections::HashMap<i32, Vec<Paper>> = std::collections::HashMap::new();
    for v in &versions {
        let questions =
            question::Entity::find().filter(question::Column::VersionId.eq(v.id)).all(db).await?;
        let options = question_option::Entity::find()
            .filter(question_option::Column::QuestionId.is_in(questions.iter().map(|q| q.id)))
            .all(db)
            .await?;
        let paper = questions.iter().map(|q| {
            let of = |correct: bool| {
                options
                    .iter()
                    .filter(|o| o.question_id == q.id && o.correct == correct)
                    .map(|o| o.id)
                    .collect()
            };
            (q.id, of(true), of(false))
        });
        papers.insert(v.id, paper.collect());
    }
    let mut tally = item_analysis::Tally::default();

    // Attempts (and the completions they earn), numbered per person and version.
    let mut next_number: std::collections::HashMap<(i32, i32), i32> =
        std::collections::HashMap::new();
    let mut completed: std::collections::HashSet<(i32, i32)> = std::collections::HashSet::new();
    for start in (0..attempts).step_by(BATCH) {
        let mut attempt_rows = vec![];
        let mut completion_keys = vec![];
        for i in start..(start + BATCH).min(attempts) {
            let user_id = first_user + rng.below(trainees as u64) as i32;
            let v = &versions[rng.below(versions.len() as u64) as usize];
            let number = next_number.entry((user_id, v.id)).or_insert(0);
            *number += 1;
            let percent = (rng.below(1001) as f64) / 10.0;
            let passed = percent >= f64::from(v.pass_mark_percent);
            let when = now - Duration::minutes(rng.below(60 * 24 * 365) as i64);
            // Stronger attempts answer more questions right, so discrimination is positive.
            let mut asked = vec![];
            let mut ticked = vec![];
            for (question_id, right_options, wrong_options) in &papers[&v.id] {
                let right = (rng.below(1000) as f64) < percent * 8.0 + 100.0;
                asked.push((*question_id, right));
                if right {
                    ticked.extend(right_options);
                } else if !wrong_options.is_empty() {
                    ticked.push(wrong_options[rng.below(wrong_options.len() as u64) as usize]);
                }
            }
            tally.attempt(v.id, v.locale(), percent, &asked, &ticked);
            attempt_rows.push(attempt::ActiveModel {
                user_id: Set(user_id),
                version_id: Set(v.id),
                module_id: Set(v.module_id),
                number: Set(*number),
                seed: Set(rng.below(1 << 40) as i64),
                start_key: Set(format!("synthetic-{tag}-{i}")),
                started_at: Set(when),
                deadline: Set(None),
                saved_answers: Set("{}".into()),
                saved_at: Set(None),
                submitted_at: Set(Some(when + Duration::minutes(15))),
                earned: Set(Some(percent / 10.0)),
                possible: Set(Some(10.0)),
                percent: Set(Some(percent)),
                passed: Set(Some(passed)),
                late: Set(false),
                result_json: Set(None),
                ..Default::default()
            });
            if passed && completed.insert((user_id, v.module_id)) {
                completion_keys.push((
                    user_id,
                    v.module_id,
                    v.id,
                    format!("synthetic-{tag}-{i}"),
                    percent,
                    when,
                ));
            }
        }
        let txn = db.begin().await?;
        attempt::Entity::insert_many(attempt_rows).exec_without_returning(&txn).await?;
        if !completion_keys.is_empty() {
            // The attempt ids of this batch, by their unique start keys.
            let keys: Vec<String> = completion_keys.iter().map(|c| c.3.clone()).collect();
            let ids: std::collections::HashMap<String, i32> = attempt::Entity::find()
                .filter(attempt::Column::StartKey.is_in(keys))
                .all(&txn)
                .await?
                .into_iter()
                .map(|a| (a.start_key, a.id))
                .collect();
            let rows = completion_keys.into_iter().map(
                |(user_id, module_id, version_id, key, percent, when)| completion::ActiveModel {
                    user_id: Set(user_id),
                    module_id: Set(module_id),
                    version_id: Set(version_id),
                    attempt_id: Set(ids[&key]),
                    percent: Set(percent),
                    completed_at: Set(when),
                    certificate_code: Set(format!("SYN-{key}")),
                    ..Default::default()
                },
            );
            completion::Entity::insert_many(rows).exec_without_returning(&txn).await?;
        }
        txn.commit().await?;
        progress("attempts", (start + BATCH).min(attempts), attempts, started);
    }
    // Item analysis reads running sums; synthetic attempts keep no answer rows, only these.
    item_analysis::add(db, &tally).await?;
    evaluation(db, &mut rng, first_user, trainees, &versions, &agency_ids, now).await?;
    // People and completions were bulk-inserted: count them once for the country reports.
    rollups::rebuild(db).await?;
    app::services::evaluation::scores::rebuild(db).await?;
    // Fresh statistics for the planner after a bulk load (PostgreSQL's autovacuum would get
    // there later; a benchmark run right after it should not measure plans made for empty tables).
    if sea_orm::ConnectionTrait::get_database_backend(db) == sea_orm::DbBackend::Postgres {
        sea_orm::ConnectionTrait::execute_unprepared(db, "ANALYZE").await?;
    }
    eprintln!("done in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Pre- and post-test scores for most trainees (one module each, cohorts over the past year),
/// and survey and follow-up answers, for the evaluation reports.
async fn evaluation(
    db: &DatabaseConnection,
    rng: &mut Rng,
    first_user: i32,
    trainees: usize,
    versions: &[module_version::Model],
    agency_ids: &[i32],
    now: chrono::DateTime<Utc>,
) -> anyhow::Result<()> {
    use app::services::sql::{execute, placeholders};
    let started = Instant::now();
    let score = |rng: &mut Rng, mean: f64, spread: f64| {
        (mean + spread * (rng.unit() + rng.unit() + rng.unit() - 1.5)).clamp(0.0, 100.0).round()
    };
    for start in (0..trainees).step_by(BATCH) {
        let mut values: Vec<sea_orm::Value> = vec![];
        let mut rows = 0;
        for i in start..(start + BATCH).min(trainees) {
            let (taken_pre, taken_post) = (rng.below(10) < 9, rng.below(10) < 8);
            if !taken_pre && !taken_post {
                continue;
            }
            let v = &versions[i % versions.len()];
            let began = now - Duration::days(rng.below(365) as i64);
            let pre = taken_pre.then(|| score(rng, 48.0, 40.0));
            let post = taken_post.then(|| score(rng, 81.0, 30.0));
            values.extend([
                (first_user + i as i32).into(),
                v.module_id.into(),
                pre.into(),
                pre.map(|_| began).into(),
                false.into(),
                post.into(),
                post.map(|_| began + Duration::days(7)).into(),
            ]);
            rows += 1;
        }
        if rows > 0 {
            let sql = format!(
                "INSERT INTO knowledge_scores (user_id, module_id, pre_percent, pre_at, pre_skipped, \
                 post_percent, post_at) VALUES {}",
                placeholders(rows, 7)
            );
            execute(db, &sql, values).await?;
        }
        progress("test scores", (start + BATCH).min(trainees), trainees, started);
    }
    // Answers without people, as the services keep them: a survey for a third, a follow-up
    // for a fifth of the trainees.
    let month = |days: u64| (now - Duration::days(days as i64)).format("%Y-%m").to_string();
    for start in (0..trainees / 3).step_by(BATCH) {
        let n = BATCH.min(trainees / 3 - start);
        let mut values: Vec<sea_orm::Value> = vec![];
        for _ in 0..n {
            let v = &versions[rng.below(versions.len() as u64) as usize];
            values.extend([
                v.module_id.into(),
                agency_ids[rng.below(agency_ids.len() as u64) as usize].into(),
                month(rng.below(365)).into(),
                "en".into(),
                (3 + rng.below(3) as i32).into(),
                (1 + rng.below(3) as i32).into(),
                (3 + rng.below(3) as i32).into(),
                String::new().into(),
            ]);
        }
        let sql = format!(
            "INSERT INTO survey_responses (module_id, agency_id, month, language, relevance, \
             confidence_before, confidence_after, missing) VALUES {}",
            placeholders(n, 8)
        );
        execute(db, &sql, values).await?;
    }
    for start in (0..trainees / 5).step_by(BATCH) {
        let n = BATCH.min(trainees / 5 - start);
        let mut values: Vec<sea_orm::Value> = vec![];
        for _ in 0..n {
            let referred = ["never", "never", "once", "several"][rng.below(4) as usize];
            values.extend([
                agency_ids[rng.below(agency_ids.len() as u64) as usize].into(),
                month(rng.below(270)).into(),
                referred.into(),
                (referred != "never").then(|| rng.below(3) > 0).into(),
            ]);
        }
        let sql = format!(
            "INSERT INTO followup_answers (agency_id, month, referred, directory_helped) VALUES {}",
            placeholders(n, 4)
        );
        execute(db, &sql, values).await?;
    }
    Ok(())
}
