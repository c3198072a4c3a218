use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

/// Whether the database answers a trivial query.
pub async fn database_ok(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.execute_unprepared("SELECT 1").await.map(|_| ())
}
