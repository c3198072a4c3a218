//! A trainer may show a module's quiz one question per screen (a phone's screen holds one
//! question and its options; the trainee moves with Previous and Next).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ModuleVersions {
    Table,
    OnePerScreen,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ModuleVersions::Table)
                .add_column(
                    ColumnDef::new(ModuleVersions::OnePerScreen)
                        .boolean()
                        .not_null()
                        .default(false),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ModuleVersions::Table)
                .drop_column(ModuleVersions::OnePerScreen)
                .to_owned(),
        )
        .await
    }
}
