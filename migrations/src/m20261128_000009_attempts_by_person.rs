//! An index that answers the agency dashboard's attempt figures (count, best score, passed, open
//! per person and version) without reading the attempt rows themselves.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const NAME: &str = "attempts_person_results";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(NAME)
                .table(Attempts::Table)
                .col(Attempts::UserId)
                .col(Attempts::VersionId)
                .col(Attempts::Percent)
                .col(Attempts::Passed)
                .col(Attempts::SubmittedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name(NAME).table(Attempts::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Attempts {
    Table,
    UserId,
    VersionId,
    Percent,
    Passed,
    SubmittedAt,
}
