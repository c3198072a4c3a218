//! Sign-in throttling by (account, address) pair, with a table that stays bounded: the pair's
//! failures are counted on one index, and rows past the longest window are deleted on the `at`
//! index at every recorded failure.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PAIR: &str = "login_failures_pair";
const AT: &str = "login_failures_at";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        // All or nothing on SQLite too: a half-applied migration would stop every later start.
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_index(
            Index::create()
                .name(PAIR)
                .table(LoginFailures::Table)
                .col(LoginFailures::AccountKey)
                .col(LoginFailures::Address)
                .col(LoginFailures::At)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name(AT).table(LoginFailures::Table).col(LoginFailures::At).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for name in [AT, PAIR] {
            m.drop_index(Index::drop().name(name).table(LoginFailures::Table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    AccountKey,
    Address,
    At,
}
