//! Each autosave carries a sequence number (the browser's clock when it read the answers); the
//! attempt keeps the highest it has stored, so a late or repeated save — a retry that arrives
//! after a newer one, a queued save sent when the network returns — never rolls answers back.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attempts {
    Table,
    SavedSeq,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Attempts::Table)
                .add_column(ColumnDef::new(Attempts::SavedSeq).big_integer().null())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter().table(Attempts::Table).drop_column(Attempts::SavedSeq).to_owned(),
        )
        .await
    }
}
