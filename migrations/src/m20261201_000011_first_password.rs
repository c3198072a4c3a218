//! First passwords. Someone given a password by an admin (an import, a reset) chooses their own
//! at first sign-in; and every bulk import of people is kept under its form's one-time key, so
//! that a double click gives the same outcome, never a second import. No first password is
//! stored: they follow from the key (which only the admin's browser holds) and a secret that is
//! dropped once the passwords have been shown.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        // All or nothing on SQLite too: a half-applied migration would stop every later start.
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(boolean(Users::MustChangePassword).default(false).take())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(UserImports::Table)
                // SHA-256 of the form's key: a copy of the database cannot rebuild a password.
                .col(string_len(UserImports::KeyHash, 64).primary_key())
                .col(integer(UserImports::ActorId))
                .col(timestamp_with_time_zone(UserImports::StartedAt))
                // People to create, and how many of their first passwords are hashed so far.
                .col(integer(UserImports::Total))
                .col(integer(UserImports::Hashed).default(0))
                .col(timestamp_with_time_zone_null(UserImports::FinishedAt))
                // JSON of the accounts created (emails and names), once finished.
                .col(text_null(UserImports::People))
                // Random; the passwords follow from it and the key. Dropped at their first view.
                .col(string_len_null(UserImports::Secret, 64))
                .col(timestamp_with_time_zone_null(UserImports::ShownAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(UserImports::Table, UserImports::ActorId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(UserImports::Table).to_owned()).await?;
        m.alter_table(
            Table::alter().table(Users::Table).drop_column(Users::MustChangePassword).to_owned(),
        )
        .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    MustChangePassword,
}

#[derive(DeriveIden)]
enum UserImports {
    Table,
    KeyHash,
    ActorId,
    StartedAt,
    Total,
    Hashed,
    FinishedAt,
    People,
    Secret,
    ShownAt,
}
