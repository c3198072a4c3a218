//! One lesson or question per place in a version, so the questions drawn for a page are the
//! questions scored. Places are first numbered again per version (by place, then id: the order
//! every reader already uses), in case a past race left two rows in one place.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for table in ["lessons", "questions"] {
            db.execute_unprepared(&format!(
                "UPDATE {table} SET position = (SELECT COUNT(*) FROM {table} o \
                 WHERE o.version_id = {table}.version_id \
                 AND (o.position < {table}.position \
                      OR (o.position = {table}.position AND o.id <= {table}.id)))"
            ))
            .await?;
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
