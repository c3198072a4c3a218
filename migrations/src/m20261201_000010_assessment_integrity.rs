//! Assessment integrity: what a trainee sees after submitting (the review policy), a wait
//! between attempts, options an author keeps in place, attempts counted per module (across
//! republished versions, one open at a time), and certificates that keep what was true when
//! they were earned.

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
        let db = m.get_connection();
        // SQLite adds one column per statement.
        add(m, Versions::Table, boolean(Versions::ReviewScore).default(true)).await?;
        add(m, Versions::Table, boolean(Versions::ReviewCorrectness).default(true)).await?;
        add(m, Versions::Table, boolean(Versions::ReviewFeedback).default(true)).await?;
        add(
            m,
            Versions::Table,
            string_len(Versions::ReviewKey, 40).default("after_pass_or_last_attempt"),
        )
        .await?;
        add(m, Versions::Table, &mut integer_null(Versions::RetakeWaitMinutes)).await?;
        add(m, Questions::Table, boolean(Questions::FixedOrder).default(false)).await?;

        // Attempts belong to the module, so the limit and the one open attempt hold across
        // versions; existing attempts are numbered again per person and module, oldest first.
        add(m, Attempts::Table, integer(Attempts::ModuleId).default(0)).await?;
        db.execute_unprepared(
            "UPDATE attempts SET module_id = \
             (SELECT v.module_id FROM module_versions v WHERE v.id = attempts.version_id)",
        )
        .await?;
        m.drop_index(
            Index::drop().name("attempts_user_version_number").table(Attempts::Table).to_owned(),
        )
        .await?;
        db.execute_unprepared("DROP INDEX attempts_one_open").await?;
        // One open attempt per module from now on: a person who left attempts open on two
        // versions keeps the newest (an unscored attempt has no answers or results to lose).
        db.execute_unprepared(
            "DELETE FROM attempts WHERE submitted_at IS NULL AND EXISTS (SELECT 1 FROM attempts n \
             WHERE n.user_id = attempts.user_id AND n.module_id = attempts.module_id \
             AND n.submitted_at IS NULL AND n.id > attempts.id)",
        )
        .await?;
        // Answers saved in open attempts name options by database id; the form now names them
        // by their place in the attempt, so the old keys would be read as other options.
        db.execute_unprepared(
            "UPDATE attempts SET saved_answers = '{}' WHERE submitted_at IS NULL",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE attempts SET number = (SELECT COUNT(*) FROM attempts b \
             WHERE b.user_id = attempts.user_id AND b.module_id = attempts.module_id \
             AND b.id <= attempts.id)",
        )
        .await?;
        m.create_index(
            Index::create()
                .name("attempts_user_module_number")
                .table(Attempts::Table)
                .col(Attempts::UserId)
                .col(Attempts::ModuleId)
                .col(Attempts::Number)
                .unique()
                .to_owned(),
        )
        .await?;
        db.execute_unprepared(
            "CREATE UNIQUE INDEX attempts_one_open_per_module ON attempts (user_id, module_id) \
             WHERE submitted_at IS NULL",
        )
        .await?;

        // What the certificate says, as it was on the day.
        add(m, Completions::Table, string_len(Completions::HolderName, 200).default("")).await?;
        add(m, Completions::Table, &mut string_len_null(Completions::AgencyName, 200)).await?;
        add(m, Completions::Table, string_len(Completions::ModuleTitle, 200).default("")).await?;
        add(m, Completions::Table, integer(Completions::VersionNumber).default(1)).await?;
        db.execute_unprepared(
            "UPDATE completions SET \
             holder_name = COALESCE((SELECT u.display_name FROM users u WHERE u.id = completions.user_id), ''), \
             agency_name = (SELECT a.name FROM users u JOIN agencies a ON a.id = u.agency_id \
                            WHERE u.id = completions.user_id), \
             module_title = COALESCE((SELECT v.title FROM module_versions v WHERE v.id = completions.version_id), ''), \
             version_number = COALESCE((SELECT v.number FROM module_versions v WHERE v.id = completions.version_id), 1)",
        )
        .await?;
        Ok(())
    }

    /// Attempts keep their new numbers (unique per module, so per version too).
    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        db.execute_unprepared("DROP INDEX attempts_one_open_per_module").await?;
        m.drop_index(
            Index::drop().name("attempts_user_module_number").table(Attempts::Table).to_owned(),
        )
        .await?;
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
        db.execute_unprepared(
            "CREATE UNIQUE INDEX attempts_one_open ON attempts (user_id, version_id) \
             WHERE submitted_at IS NULL",
        )
        .await?;
        let drops: [(DynIden, DynIden); 11] = [
            (Attempts::Table.into_iden(), Attempts::ModuleId.into_iden()),
            (Versions::Table.into_iden(), Versions::ReviewScore.into_iden()),
            (Versions::Table.into_iden(), Versions::ReviewCorrectness.into_iden()),
            (Versions::Table.into_iden(), Versions::ReviewFeedback.into_iden()),
            (Versions::Table.into_iden(), Versions::ReviewKey.into_iden()),
            (Versions::Table.into_iden(), Versions::RetakeWaitMinutes.into_iden()),
            (Questions::Table.into_iden(), Questions::FixedOrder.into_iden()),
            (Completions::Table.into_iden(), Completions::HolderName.into_iden()),
            (Completions::Table.into_iden(), Completions::AgencyName.into_iden()),
            (Completions::Table.into_iden(), Completions::ModuleTitle.into_iden()),
            (Completions::Table.into_iden(), Completions::VersionNumber.into_iden()),
        ];
        for (table, column) in drops {
            m.alter_table(Table::alter().table(table).drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

async fn add(
    m: &SchemaManager<'_>,
    table: impl IntoIden,
    column: &mut ColumnDef,
) -> Result<(), DbErr> {
    m.alter_table(Table::alter().table(table).add_column(column.take()).to_owned()).await
}

#[derive(DeriveIden)]
enum Versions {
    #[sea_orm(iden = "module_versions")]
    Table,
    ReviewScore,
    ReviewCorrectness,
    ReviewFeedback,
    ReviewKey,
    RetakeWaitMinutes,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    FixedOrder,
}

#[derive(DeriveIden)]
enum Attempts {
    Table,
    ModuleId,
    UserId,
    VersionId,
    Number,
}

#[derive(DeriveIden)]
enum Completions {
    Table,
    HolderName,
    AgencyName,
    ModuleTitle,
    VersionNumber,
}
