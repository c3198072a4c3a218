//! One lesson or question per place in a version, so the questions drawn for a page are the
//! questions scored. Places are first numbered again per version (by place, then id: the order
//! every reader already uses), in case a past race left two rows in one place.

use sea_orm_migration::prelude::*;

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
        for table in ["lessons", "questions"] {
            // From a snapshot: SQLite's subqueries would see the rows this UPDATE already moved.
            db.execute_unprepared(&format!(
                "CREATE TEMPORARY TABLE renumbered AS SELECT id, ROW_NUMBER() OVER \
                 (PARTITION BY version_id ORDER BY position, id) AS place FROM {table}"
            ))
            .await?;
            db.execute_unprepared(&format!(
                "UPDATE {table} SET position = \
                 (SELECT r.place FROM renumbered r WHERE r.id = {table}.id)"
            ))
            .await?;
            db.execute_unprepared("DROP TABLE renumbered").await?;
            db.execute_unprepared(&format!(
                "CREATE UNIQUE INDEX {table}_version_position ON {table} (version_id, position)"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in ["lessons", "questions"] {
            m.get_connection()
                .execute_unprepared(&format!("DROP INDEX {table}_version_position"))
                .await?;
        }
        Ok(())
    }
}
