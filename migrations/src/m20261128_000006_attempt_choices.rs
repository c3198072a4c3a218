//! The options each submitted answer ticked, one row each, so that item analysis counts them
//! with a GROUP BY instead of reading answers one by one.

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
                .table(AttemptChoices::Table)
                .col(integer(AttemptChoices::AttemptId))
                .col(integer(AttemptChoices::OptionId))
                .primary_key(
                    Index::create().col(AttemptChoices::AttemptId).col(AttemptChoices::OptionId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AttemptChoices::Table, AttemptChoices::AttemptId)
                        .to(Attempts::Table, Attempts::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(AttemptChoices::Table, AttemptChoices::OptionId)
                        .to(Options::Table, Options::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("attempt_choices_option")
                .table(AttemptChoices::Table)
                .col(AttemptChoices::OptionId)
                .to_owned(),
        )
        .await?;
        // Reports filter attempts by version and rank them by score.
        m.create_index(
            Index::create()
                .name("attempts_version_percent")
                .table(Attempts::Table)
                .col(Attempts::VersionId)
                .col(Attempts::Percent)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop().name("attempts_version_percent").table(Attempts::Table).to_owned(),
        )
        .await?;
        m.drop_table(Table::drop().table(AttemptChoices::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Attempts {
    Table,
    Id,
    VersionId,
    Percent,
}

#[derive(DeriveIden)]
enum Options {
    #[sea_orm(iden = "question_options")]
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AttemptChoices {
    Table,
    AttemptId,
    OptionId,
}
