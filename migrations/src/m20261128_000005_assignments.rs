//! Assignments: a module assigned to a whole agency or to one person, with an optional due date.

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
                .table(Assignments::Table)
                .col(pk_auto(Assignments::Id))
                .col(integer(Assignments::ModuleId))
                .col(integer_null(Assignments::AgencyId))
                .col(integer_null(Assignments::UserId))
                .col(date_null(Assignments::DueOn))
                .col(integer_null(Assignments::AssignedBy))
                .col(timestamp_with_time_zone(Assignments::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Assignments::Table, Assignments::ModuleId)
                        .to(Modules::Table, Modules::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Assignments::Table, Assignments::AgencyId)
                        .to(Agencies::Table, Agencies::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Assignments::Table, Assignments::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Assignments::Table, Assignments::AssignedBy)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::SetNull),
                )
                .to_owned(),
        )
        .await?;
        for (name, column) in [
            ("assignments_agency", Assignments::AgencyId),
            ("assignments_user", Assignments::UserId),
        ] {
            m.create_index(
                Index::create().name(name).table(Assignments::Table).col(column).to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Assignments::Table).to_owned()).await
    }
}

#[derive(DeriveIden)]
enum Modules {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Agencies {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Assignments {
    Table,
    Id,
    ModuleId,
    AgencyId,
    UserId,
    DueOn,
    AssignedBy,
    CreatedAt,
}
