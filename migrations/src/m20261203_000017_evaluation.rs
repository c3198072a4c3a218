//! Monitoring and evaluation: a pre-test before the lessons, each person's pre- and post-test
//! scores with running sums per agency, module and cohort (the month training began), and the
//! reaction survey and three-month follow-up — stored without the person, so no report can
//! name who answered.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &[&str] = &[
    // none | optional | required: whether the module asks a pre-test before its lessons.
    "ALTER TABLE module_versions ADD COLUMN pretest VARCHAR(16) NOT NULL DEFAULT 'none'",
    // both | pretest | quiz: a parallel form, where the trainer marks a question for one test.
    "ALTER TABLE questions ADD COLUMN test_form VARCHAR(16) NOT NULL DEFAULT 'both'",
    // quiz | pretest. A pre-test is attempt number 0: one per person and module, never counted
    // against the quiz's limit.
    "ALTER TABLE attempts ADD COLUMN purpose VARCHAR(16) NOT NULL DEFAULT 'quiz'",
    "CREATE TABLE knowledge_scores (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        pre_percent DOUBLE PRECISION NULL,
        pre_at TIMESTAMP WITH TIME ZONE NULL,
        pre_skipped BOOLEAN NOT NULL,
        post_percent DOUBLE PRECISION NULL,
        post_at TIMESTAMP WITH TIME ZONE NULL,
        PRIMARY KEY (user_id, module_id)
    )",
    "CREATE TABLE gain_rollup (
        agency_id INTEGER NOT NULL REFERENCES agencies (id) ON DELETE CASCADE,
        module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        cohort VARCHAR(7) NOT NULL,
        paired BIGINT NOT NULL,
        sum_pre DOUBLE PRECISION NOT NULL,
        sum_post DOUBLE PRECISION NOT NULL,
        sum_gain_sq DOUBLE PRECISION NOT NULL,
        improved BIGINT NOT NULL,
        pre_only BIGINT NOT NULL,
        post_only BIGINT NOT NULL,
        PRIMARY KEY (agency_id, module_id, cohort)
    )",
    // Who has answered (so nobody is asked twice), apart from what was answered.
    "CREATE TABLE surveys_given (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, module_id)
    )",
    "CREATE TABLE survey_responses (
        id INTEGER NOT NULL PRIMARY KEY,
        module_id INTEGER NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
        agency_id INTEGER NULL REFERENCES agencies (id) ON DELETE SET NULL,
        month VARCHAR(7) NOT NULL,
        language VARCHAR(8) NOT NULL,
        relevance INTEGER NULL,
        confidence_before INTEGER NULL,
        confidence_after INTEGER NULL,
        missing TEXT NOT NULL
    )",
    "CREATE INDEX survey_responses_module ON survey_responses (module_id, agency_id)",
    "CREATE TABLE followups_given (
        user_id INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE
    )",
    "CREATE TABLE followup_answers (
        id INTEGER NOT NULL PRIMARY KEY,
        agency_id INTEGER NULL REFERENCES agencies (id) ON DELETE SET NULL,
        month VARCHAR(7) NOT NULL,
        referred VARCHAR(16) NOT NULL,
        directory_helped BOOLEAN NULL
    )",
    "CREATE INDEX followup_answers_agency ON followup_answers (agency_id)",
    // Existing first attempts are post-tests without a pre-test (a pre-test after them would
    // measure nothing): counted as "post-test only", in the month they were submitted.
    "INSERT INTO knowledge_scores (user_id, module_id, pre_percent, pre_at, pre_skipped, post_percent, post_at)
        SELECT user_id, module_id, NULL, NULL, FALSE, percent, submitted_at FROM attempts
        WHERE number = 1 AND submitted_at IS NOT NULL AND percent IS NOT NULL",
    "INSERT INTO gain_rollup (agency_id, module_id, cohort, paired, sum_pre, sum_post, sum_gain_sq,
        improved, pre_only, post_only)
        SELECT u.agency_id, k.module_id, {month}, 0, 0, 0, 0, 0, 0, COUNT(*)
        FROM knowledge_scores k JOIN users u ON u.id = k.user_id
        WHERE u.agency_id IS NOT NULL AND u.active = TRUE AND u.role IN ('trainee', 'supervisor')
        GROUP BY u.agency_id, k.module_id, {month}",
];

const DOWN: &[&str] = &[
    "DROP TABLE followup_answers",
    "DROP TABLE followups_given",
    "DROP TABLE survey_responses",
    "DROP TABLE surveys_given",
    "DROP TABLE gain_rollup",
    "DROP TABLE knowledge_scores",
    "ALTER TABLE attempts DROP COLUMN purpose",
    "ALTER TABLE questions DROP COLUMN test_form",
    "ALTER TABLE module_versions DROP COLUMN pretest",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let postgres = m.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
        let month = if postgres {
            "to_char(k.post_at AT TIME ZONE 'UTC', 'YYYY-MM')"
        } else {
            "substr(k.post_at, 1, 7)"
        };
        for sql in UP {
            let sql = if postgres {
                sql.replace("id INTEGER NOT NULL PRIMARY KEY,", "id SERIAL PRIMARY KEY,")
            } else {
                sql.replace("TIMESTAMP WITH TIME ZONE", "TEXT")
            };
            let sql = sql.replace("{month}", month);
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for sql in DOWN {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
