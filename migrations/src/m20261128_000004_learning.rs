//! Learning records: lessons read, quiz attempts and their answers, completions with
//! certificate codes. Every record points at the module version the trainee used.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let fk = |from: (LessonProgress, LessonProgress), to: (DynIden, DynIden)| {
            ForeignKey::create()
                .from(from.0, from.1)
                .to(to.0, to.1)
                .on_delete(ForeignKeyAction::Cascade)
                .to_owned()
        };
        m.create_table(
            Table::create()
                .table(LessonProgress::Table)
                .col(integer(LessonProgress::UserId))
                .col(integer(LessonProgress::LessonId))
                .col(timestamp_with_time_zone(LessonProgress::CompletedAt))
                .primary_key(
                    Index::create().col(LessonProgress::UserId).col(LessonProgress::LessonId),
                )
                .foreign_key(&mut fk(
                    (LessonProgress::Table, LessonProgress::UserId),
                    (Users::Table.into_iden(), Users::Id.into_iden()),
                ))
                .foreign_key(&mut fk(
                    (LessonProgress::Table, LessonProgress::LessonId),
                    (Lessons::Table.into_iden(), Lessons::Id.into_iden()),
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Attempts::Table)
                .col(pk_auto(Attempts::Id))
                .col(integer(Attempts::UserId))
                .col(integer(Attempts::VersionId))
                .col(integer(Attempts::Number))
                .col(big_integer(Attempts::Seed))
                // The start form's key: a double click or a retried start gives the same attempt.
                .col(string_len_uniq(Attempts::StartKey, 64))
                .col(timestamp_with_time_zone(Attempts::StartedAt))
                .col(timestamp_with_time_zone_null(Attempts::Deadline))
                // Answers saved while the attempt is open (the form's fields, as JSON).
                .col(text(Attempts::SavedAnswers))
                .col(timestamp_with_time_zone_null(Attempts::SavedAt))
                .col(timestamp_with_time_zone_null(Attempts::SubmittedAt))
                .col(double_null(Attempts::Earned))
                .col(double_null(Attempts::Possible))
                .col(double_null(Attempts::Percent))
                .col(boolean_null(Attempts::Passed))
                .col(boolean(Attempts::Late).default(false))
                // The scored result with feedback, shown again on every visit.
                .col(text_null(Attempts::ResultJson))
                .foreign_key(
                    ForeignKey::create()
                        .from(Attempts::Table, Attempts::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Attempts::Table, Attempts::VersionId)
                        .to(Versions::Table, Versions::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        // The attempt limit holds under concurrent starts: numbers are unique per person and version.
        m.create_index(
            Index::create()
                .name("attempts_user_version_number")
                .table(Attempts::Table)
                .col(Attempts::UserId)
                .col(Attempts::VersionId)
                .col(Attempts::Number)
                .unique()
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX attempts_one_open ON attempts (user_id, version_id) \
                 WHERE submitted_at IS NULL",
            )
            .await?;

        m.create_table(
            Table::create()
                .table(AttemptAnswers::Table)
                .col(integer(AttemptAnswers::AttemptId))
                .col(integer(AttemptAnswers::QuestionId))
                .col(integer(AttemptAnswers::Position))
                .col(text(AttemptAnswers::Answer))
                .col(double(AttemptAnswers::Earned))
                .col(integer(AttemptAnswers::Points))
                .primary_key(
                    Index::create().col(AttemptAnswers::AttemptId).col(AttemptAnswers::QuestionId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AttemptAnswers::Table, AttemptAnswers::AttemptId)
                        .to(Attempts::Table, Attempts::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AttemptAnswers::Table, AttemptAnswers::QuestionId)
                        .to(Questions::Table, Questions::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Completions::Table)
                .col(pk_auto(Completions::Id))
                .col(integer(Completions::UserId))
                .col(integer(Completions::ModuleId))
                .col(integer(Completions::VersionId))
                .col(integer(Completions::AttemptId))
                .col(double(Completions::Percent))
                .col(timestamp_with_time_zone(Completions::CompletedAt))
                .col(string_len_uniq(Completions::CertificateCode, 32))
                .foreign_key(
                    ForeignKey::create()
                        .from(Completions::Table, Completions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Completions::Table, Completions::AttemptId)
                        .to(Attempts::Table, Attempts::Id)
                        .on_delete(ForeignKeyAction::Restrict),
                )
                .to_owned(),
        )
        .await?;
        // Written once per person and module.
        m.create_index(
            Index::create()
                .name("completions_user_module")
                .table(Completions::Table)
                .col(Completions::UserId)
                .col(Completions::ModuleId)
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Completions::Table.into_iden(),
            AttemptAnswers::Table.into_iden(),
            Attempts::Table.into_iden(),
            LessonProgress::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Lessons {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Versions {
    #[sea_orm(iden = "module_versions")]
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum LessonProgress {
    Table,
    UserId,
    LessonId,
    CompletedAt,
}

#[derive(DeriveIden)]
enum Attempts {
    Table,
    Id,
    UserId,
    VersionId,
    Number,
    Seed,
    StartKey,
    StartedAt,
    Deadline,
    SavedAnswers,
    SavedAt,
    SubmittedAt,
    Earned,
    Possible,
    Percent,
    Passed,
    Late,
    ResultJson,
}

#[derive(DeriveIden)]
enum AttemptAnswers {
    Table,
    AttemptId,
    QuestionId,
    Position,
    Answer,
    Earned,
    Points,
}

#[derive(DeriveIden)]
enum Completions {
    Table,
    Id,
    UserId,
    ModuleId,
    VersionId,
    AttemptId,
    Percent,
    CompletedAt,
    CertificateCode,
}
