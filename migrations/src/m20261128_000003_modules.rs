//! Modules and their versions: lessons, questions and options. A published version is never
//! edited; attempts and progress will point at the version a trainee used.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Modules::Table)
                .col(pk_auto(Modules::Id))
                .col(string_len_uniq(Modules::Slug, 80))
                .col(integer_null(Modules::CreatedBy))
                .col(timestamp_with_time_zone(Modules::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Modules::Table, Modules::CreatedBy)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Versions::Table)
                .col(pk_auto(Versions::Id))
                .col(integer(Versions::ModuleId))
                .col(integer(Versions::Number))
                .col(string_len(Versions::Status, 16))
                .col(string_len(Versions::Title, 200))
                .col(text(Versions::Summary))
                .col(string_len(Versions::Language, 8))
                .col(integer(Versions::EstimatedMinutes))
                // Comma-separated agency kind codes; empty means everyone.
                .col(string_len(Versions::AgencyKinds, 200))
                .col(integer(Versions::PassMarkPercent))
                .col(integer_null(Versions::MaxAttempts))
                .col(integer_null(Versions::TimeLimitMinutes))
                .col(integer_null(Versions::QuestionsPerAttempt))
                .col(boolean(Versions::ShuffleQuestions))
                .col(boolean(Versions::ShuffleOptions))
                .col(timestamp_with_time_zone(Versions::CreatedAt))
                .col(timestamp_with_time_zone_null(Versions::PublishedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Versions::Table, Versions::ModuleId)
                        .to(Modules::Table, Modules::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("module_versions_number")
                .table(Versions::Table)
                .col(Versions::ModuleId)
                .col(Versions::Number)
                .unique()
                .to_owned(),
        )
        .await?;
        // At most one draft and one published version per module, even under races.
        for status in ["draft", "published"] {
            m.get_connection()
                .execute_unprepared(&format!(
                    "CREATE UNIQUE INDEX module_versions_one_{status} ON module_versions (module_id) \
                     WHERE status = '{status}'"
                ))
                .await?;
        }

        m.create_table(
            Table::create()
                .table(Lessons::Table)
                .col(pk_auto(Lessons::Id))
                .col(integer(Lessons::VersionId))
                .col(integer(Lessons::Position))
                .col(string_len(Lessons::Title, 200))
                .col(text(Lessons::BodyMarkdown))
                .foreign_key(
                    ForeignKey::create()
                        .from(Lessons::Table, Lessons::VersionId)
                        .to(Versions::Table, Versions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("lessons_version")
                .table(Lessons::Table)
                .col(Lessons::VersionId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Questions::Table)
                .col(pk_auto(Questions::Id))
                .col(integer(Questions::VersionId))
                .col(integer(Questions::Position))
                .col(string_len(Questions::Kind, 16))
                .col(text(Questions::Prompt))
                .col(text_null(Questions::Scenario))
                .col(text(Questions::Explanation))
                .col(integer(Questions::Points))
                .foreign_key(
                    ForeignKey::create()
                        .from(Questions::Table, Questions::VersionId)
                        .to(Versions::Table, Versions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("questions_version")
                .table(Questions::Table)
                .col(Questions::VersionId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Options::Table)
                .col(pk_auto(Options::Id))
                .col(integer(Options::QuestionId))
                .col(integer(Options::Position))
                .col(text(Options::Text))
                .col(boolean(Options::Correct))
                .col(integer_null(Options::CorrectPosition))
                .col(text_null(Options::MatchKey))
                .col(text(Options::Feedback))
                .foreign_key(
                    ForeignKey::create()
                        .from(Options::Table, Options::QuestionId)
                        .to(Questions::Table, Questions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("question_options_question")
                .table(Options::Table)
                .col(Options::QuestionId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Options::Table.into_iden(),
            Questions::Table.into_iden(),
            Lessons::Table.into_iden(),
            Versions::Table.into_iden(),
            Modules::Table.into_iden(),
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
enum Modules {
    Table,
    Id,
    Slug,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Versions {
    #[sea_orm(iden = "module_versions")]
    Table,
    Id,
    ModuleId,
    Number,
    Status,
    Title,
    Summary,
    Language,
    EstimatedMinutes,
    AgencyKinds,
    PassMarkPercent,
    MaxAttempts,
    TimeLimitMinutes,
    QuestionsPerAttempt,
    ShuffleQuestions,
    ShuffleOptions,
    CreatedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum Lessons {
    Table,
    Id,
    VersionId,
    Position,
    Title,
    BodyMarkdown,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
    VersionId,
    Position,
    Kind,
    Prompt,
    Scenario,
    Explanation,
    Points,
}

#[derive(DeriveIden)]
enum Options {
    #[sea_orm(iden = "question_options")]
    Table,
    Id,
    QuestionId,
    Position,
    Text,
    Correct,
    CorrectPosition,
    MatchKey,
    Feedback,
}
