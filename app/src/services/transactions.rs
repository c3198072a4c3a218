//! Write transactions.

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, EntityTrait,
    QuerySelect, Select, SqliteTransactionMode, TransactionOptions, TransactionTrait,
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

/// `select`, locking the rows it reads for the rest of the transaction on PostgreSQL
/// (`FOR UPDATE`), so two transactions that read a row and then write what follows from it
/// run one after the other. On SQLite `BEGIN IMMEDIATE` already serialises writers.
pub fn locked<E: EntityTrait>(select: Select<E>, db: &impl ConnectionTrait) -> Select<E> {
    if db.get_database_backend() == DbBackend::Postgres { select.lock_exclusive() } else { select }
}
