//! Running sums per version, question and option, kept up to date when an attempt is submitted,
//! so that item analysis reads a few rows per question instead of every answer ever given.
//! Existing answers are summed once here.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What every running sum starts from: the answers already on record.
const BACKFILL: [&str; 3] = [
    "INSERT INTO version_stats (version_id, attempts, score_sum, score_sq_sum) \
     SELECT version_id, COUNT(*), SUM(percent), SUM(percent * percent) FROM attempts \
     WHERE submitted_at IS NOT NULL AND percent IS NOT NULL GROUP BY version_id",
    "INSERT INTO question_stats (question_id, version_id, answered, correct, score_sum, score_sq_sum, correct_score_sum) \
     SELECT aa.question_id, MIN(a.version_id), COUNT(*), \
     SUM(CASE WHEN aa.earned >= aa.points THEN 1 ELSE 0 END), SUM(a.percent), SUM(a.percent * a.percent), \
     SUM(CASE WHEN aa.earned >= aa.points THEN a.percent ELSE 0 END) \
     FROM attempt_answers aa JOIN attempts a ON a.id = aa.attempt_id \
     WHERE a.submitted_at IS NOT NULL AND a.percent IS NOT NULL GROUP BY aa.question_id",
    "INSERT INTO option_stats (option_id, version_id, chosen) \
     SELECT c.option_id, MIN(a.version_id), COUNT(*) FROM attempt_choices c JOIN attempts a ON a.id = c.attempt_id \
     GROUP BY c.option_id",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(VersionStats::Table)
                .col(integer(VersionStats::VersionId).primary_key())
                .col(big_integer(VersionStats::Attempts))
                .col(double(VersionStats::ScoreSum))
                .col(double(VersionStats::ScoreSqSum))
                .foreign_key(
                    ForeignKey::create()
                        .from(VersionStats::Table, VersionStats::VersionId)
                        .to(Versions::Table, Versions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(QuestionStats::Table)
                .col(integer(QuestionStats::QuestionId).primary_key())
                .col(integer(QuestionStats::VersionId))
                .col(big_integer(QuestionStats::Answered))
                .col(big_integer(QuestionStats::Correct))
                .col(double(QuestionStats::ScoreSum))
                .col(double(QuestionStats::ScoreSqSum))
                .col(double(QuestionStats::CorrectScoreSum))
                .foreign_key(
                    ForeignKey::create()
                        .from(QuestionStats::Table, QuestionStats::QuestionId)
                        .to(Questions::Table, Questions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(OptionStats::Table)
                .col(integer(OptionStats::OptionId).primary_key())
                .col(integer(OptionStats::VersionId))
                .col(big_integer(OptionStats::Chosen))
                .foreign_key(
                    ForeignKey::create()
                        .from(OptionStats::Table, OptionStats::OptionId)
                        .to(Options::Table, Options::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        for (name, table, col) in [
            (
                "question_stats_version",
                QuestionStats::Table.into_iden(),
                QuestionStats::VersionId.into_iden(),
            ),
            (
                "option_stats_version",
                OptionStats::Table.into_iden(),
                OptionStats::VersionId.into_iden(),
            ),
        ] {
            m.create_index(Index::create().name(name).table(table).col(col).to_owned()).await?;
        }
        let db = m.get_connection();
        for sql in BACKFILL {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OptionStats::Table.into_iden(),
            QuestionStats::Table.into_iden(),
            VersionStats::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Versions {
    #[sea_orm(iden = "module_versions")]
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Options {
    #[sea_orm(iden = "question_options")]
    Table,
    Id,
}

#[derive(DeriveIden)]
enum VersionStats {
    Table,
    VersionId,
    Attempts,
    ScoreSum,
    ScoreSqSum,
}

#[derive(DeriveIden)]
enum QuestionStats {
    Table,
    QuestionId,
    VersionId,
    Answered,
    Correct,
    ScoreSum,
    ScoreSqSum,
    CorrectScoreSum,
}

#[derive(DeriveIden)]
enum OptionStats {
    Table,
    OptionId,
    VersionId,
    Chosen,
}
