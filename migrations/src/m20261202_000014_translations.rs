//! Module translations: a version's texts in other languages, item by item, beside the version
//! itself. The answer key stays on the source's options, so every language is scored by one key
//! and a question's statistics can be pooled across languages. Attempts remember the language
//! they were taken in, and item statistics are kept per language.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Creates the tables and moves the statistics to per-language rows. Plain SQL that SQLite and
/// PostgreSQL both read.
const UP: &[&str] = &[
    "CREATE TABLE translations (
        id INTEGER NOT NULL PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
        language VARCHAR(8) NOT NULL,
        title VARCHAR(200) NOT NULL,
        summary TEXT NOT NULL,
        published BOOLEAN NOT NULL,
        out_of_date BOOLEAN NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL,
        published_at TIMESTAMP WITH TIME ZONE NULL
    )",
    "CREATE UNIQUE INDEX translations_version_language ON translations (version_id, language)",
    "CREATE TABLE lesson_translations (
        translation_id INTEGER NOT NULL REFERENCES translations (id) ON DELETE CASCADE,
        lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
        title VARCHAR(200) NOT NULL,
        body_markdown TEXT NOT NULL,
        PRIMARY KEY (translation_id, lesson_id)
    )",
    "CREATE TABLE question_translations (
        translation_id INTEGER NOT NULL REFERENCES translations (id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        prompt TEXT NOT NULL,
        scenario TEXT NULL,
        explanation TEXT NOT NULL,
        PRIMARY KEY (translation_id, question_id)
    )",
    "CREATE TABLE option_translations (
        translation_id INTEGER NOT NULL REFERENCES translations (id) ON DELETE CASCADE,
        option_id INTEGER NOT NULL REFERENCES question_options (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        match_key TEXT NULL,
        feedback TEXT NOT NULL,
        PRIMARY KEY (translation_id, option_id)
    )",
    // One spelling per language, as the server now writes it ("ar", not "AR" or "ar-JO").
    "UPDATE module_versions SET language = LOWER(SUBSTR(language, 1, 2))",
    // Existing attempts were taken in their version's language.
    "ALTER TABLE attempts ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en'",
    "UPDATE attempts SET language = (SELECT v.language FROM module_versions v WHERE v.id = attempts.version_id)",
    // Statistics per language: existing sums move to their version's language.
    "CREATE TABLE version_language_stats (
        version_id INTEGER NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
        language VARCHAR(8) NOT NULL,
        attempts BIGINT NOT NULL,
        score_sum DOUBLE PRECISION NOT NULL,
        score_sq_sum DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (version_id, language)
    )",
    "INSERT INTO version_language_stats SELECT s.version_id, v.language, s.attempts, s.score_sum, s.score_sq_sum
        FROM version_stats s JOIN module_versions v ON v.id = s.version_id",
    "CREATE TABLE question_language_stats (
        question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        language VARCHAR(8) NOT NULL,
        version_id INTEGER NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
        answered BIGINT NOT NULL,
        correct BIGINT NOT NULL,
        score_sum DOUBLE PRECISION NOT NULL,
        score_sq_sum DOUBLE PRECISION NOT NULL,
        correct_score_sum DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (question_id, language)
    )",
    "INSERT INTO question_language_stats SELECT s.question_id, v.language, s.version_id, s.answered, s.correct,
        s.score_sum, s.score_sq_sum, s.correct_score_sum
        FROM question_stats s JOIN module_versions v ON v.id = s.version_id",
    "CREATE INDEX question_language_stats_version ON question_language_stats (version_id)",
    "CREATE TABLE option_language_stats (
        option_id INTEGER NOT NULL REFERENCES question_options (id) ON DELETE CASCADE,
        language VARCHAR(8) NOT NULL,
        version_id INTEGER NOT NULL REFERENCES module_versions (id) ON DELETE CASCADE,
        chosen BIGINT NOT NULL,
        PRIMARY KEY (option_id, language)
    )",
    "INSERT INTO option_language_stats SELECT s.option_id, v.language, s.version_id, s.chosen
        FROM option_stats s JOIN module_versions v ON v.id = s.version_id",
    "CREATE INDEX option_language_stats_version ON option_language_stats (version_id)",
    "DROP TABLE version_stats",
    "DROP TABLE question_stats",
    "DROP TABLE option_stats",
];

const DOWN: &[&str] = &[
    "CREATE TABLE version_stats (version_id INTEGER NOT NULL PRIMARY KEY, attempts BIGINT NOT NULL,
        score_sum DOUBLE PRECISION NOT NULL, score_sq_sum DOUBLE PRECISION NOT NULL)",
    "INSERT INTO version_stats SELECT version_id, SUM(attempts), SUM(score_sum), SUM(score_sq_sum)
        FROM version_language_stats GROUP BY version_id",
    "CREATE TABLE question_stats (question_id INTEGER NOT NULL PRIMARY KEY, version_id INTEGER NOT NULL,
        answered BIGINT NOT NULL, correct BIGINT NOT NULL, score_sum DOUBLE PRECISION NOT NULL,
        score_sq_sum DOUBLE PRECISION NOT NULL, correct_score_sum DOUBLE PRECISION NOT NULL)",
    "INSERT INTO question_stats SELECT question_id, MIN(version_id), SUM(answered), SUM(correct),
        SUM(score_sum), SUM(score_sq_sum), SUM(correct_score_sum)
        FROM question_language_stats GROUP BY question_id",
    "CREATE INDEX question_stats_version ON question_stats (version_id)",
    "CREATE TABLE option_stats (option_id INTEGER NOT NULL PRIMARY KEY, version_id INTEGER NOT NULL,
        chosen BIGINT NOT NULL)",
    "INSERT INTO option_stats SELECT option_id, MIN(version_id), SUM(chosen)
        FROM option_language_stats GROUP BY option_id",
    "CREATE INDEX option_stats_version ON option_stats (version_id)",
    "DROP TABLE version_language_stats",
    "DROP TABLE question_language_stats",
    "DROP TABLE option_language_stats",
    "ALTER TABLE attempts DROP COLUMN language",
    "DROP TABLE option_translations",
    "DROP TABLE question_translations",
    "DROP TABLE lesson_translations",
    "DROP TABLE translations",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let postgres = m.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
        for sql in UP {
            // PostgreSQL numbers its own keys; SQLite's INTEGER PRIMARY KEY already does.
            let sql = if postgres {
                sql.replace("id INTEGER NOT NULL PRIMARY KEY", "id SERIAL PRIMARY KEY")
            } else {
                sql.replace("TIMESTAMP WITH TIME ZONE", "TEXT")
            };
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    /// Back to one language per version: translations are dropped and the statistics of every
    /// language are added together.
    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for sql in DOWN {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
