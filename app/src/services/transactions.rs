//! Write transactions.

use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};

/// A transaction that reads and then writes. On SQLite it takes the write lock at `BEGIN
/// IMMEDIATE`, so two such writers queue on the busy timeout instead of one failing with
/// "database is locked" when its read lock cannot be upgraded. PostgreSQL ignores the mode.
pub async fn write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}
