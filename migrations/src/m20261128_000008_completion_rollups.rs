//! Learners per agency, and completions per agency, module and month, by active learners:
//! the country reports read these few hundred rows instead of joining every completion to every
//! person. Kept up to date by the services that change them; filled here from what exists.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const LEARNER: &str =
    "u.agency_id IS NOT NULL AND u.active = TRUE AND u.role IN ('trainee', 'supervisor')";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AgencyLearners::Table)
                .col(integer(AgencyLearners::AgencyId).primary_key())
                .col(big_integer(AgencyLearners::Learners))
                .foreign_key(
                    ForeignKey::create()
                        .from(AgencyLearners::Table, AgencyLearners::AgencyId)
                        .to(Agencies::Table, Agencies::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CompletionRollup::Table)
                .col(integer(CompletionRollup::AgencyId))
                .col(integer(CompletionRollup::ModuleId))
                .col(string_len(CompletionRollup::Month, 7))
                .col(big_integer(CompletionRollup::Completions))
                .primary_key(
                    Index::create()
                        .col(CompletionRollup::AgencyId)
                        .col(CompletionRollup::ModuleId)
                        .col(CompletionRollup::Month),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(CompletionRollup::Table, CompletionRollup::AgencyId)
                        .to(Agencies::Table, Agencies::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(CompletionRollup::Table, CompletionRollup::ModuleId)
                        .to(Modules::Table, Modules::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        let month = match m.get_database_backend() {
            sea_orm::DbBackend::Postgres => "to_char(x.completed_at AT TIME ZONE 'UTC', 'YYYY-MM')",
            _ => "substr(x.completed_at, 1, 7)",
        };
        let db = m.get_connection();
        db.execute_unprepared(&format!(
            "INSERT INTO agency_learners (agency_id, learners) \
             SELECT u.agency_id, COUNT(*) FROM users u WHERE {LEARNER} GROUP BY u.agency_id"
        ))
        .await?;
        db.execute_unprepared(&format!(
            "INSERT INTO completion_rollup (agency_id, module_id, month, completions) \
             SELECT u.agency_id, x.module_id, {month}, COUNT(*) FROM completions x JOIN users u ON u.id = x.user_id \
             WHERE {LEARNER} GROUP BY u.agency_id, x.module_id, {month}"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(CompletionRollup::Table).to_owned()).await?;
        m.drop_table(Table::drop().table(AgencyLearners::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Modules {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AgencyLearners {
    Table,
    AgencyId,
    Learners,
}

#[derive(DeriveIden)]
enum CompletionRollup {
    Table,
    AgencyId,
    ModuleId,
    Month,
    Completions,
}
