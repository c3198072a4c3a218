//! Write transactions, and the queue SQLite's writers wait in.

use std::{
    collections::HashMap,
    path::PathBuf,
    sync::{Arc, LazyLock, Mutex},
    time::Instant,
};

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, EntityTrait,
    QuerySelect, Select, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use tokio::sync::OwnedMutexGuard;

/// One writer's turn at an SQLite file, held until it is dropped. SQLite lets one connection
/// write at a time; without a queue, the others poll its busy handler, which sleeps up to
/// 100 ms between tries, so under a burst most of the waiting was sleep while the lock stood
/// free. The writers of this process queue here instead, first come first served, and take a
/// pooled connection only when it is their turn. PostgreSQL locks rows and needs no turn.
#[must_use = "the turn ends when it is dropped"]
pub struct WriterTurn(Option<(OwnedMutexGuard<()>, Instant)>);

impl Drop for WriterTurn {
    fn drop(&mut self) {
        if let Some((_, since)) = &self.0 {
            queue_figures::held(since.elapsed());
        }
    }
}

/// Waits for this process's turn to write to `db` (at once on PostgreSQL).
pub async fn writer_turn(db: &DatabaseConnection) -> WriterTurn {
    if db.get_database_backend() != DbBackend::Sqlite {
        return WriterTurn(None);
    }
    static QUEUES: LazyLock<Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> =
        LazyLock::new(Mutex::default);
    let file = db.get_sqlite_connection_pool().connect_options().get_filename().to_path_buf();
    let queue = QUEUES.lock().unwrap_or_else(|e| e.into_inner()).entry(file).or_default().clone();
    let asked = Instant::now();
    let guard = queue.lock_owned().await;
    queue_figures::waited(asked.elapsed());
    WriterTurn(Some((guard, Instant::now())))
}

/// How long writers waited for their turn and held it, logged every ten seconds of activity:
/// where the time of a burst goes.
mod queue_figures {
    use std::sync::Mutex;
    use std::time::{Duration, Instant};

    #[derive(Default)]
    struct Figures {
        since: Option<Instant>,
        turns: u64,
        waited: Duration,
        longest_wait: Duration,
        held: Duration,
        longest_hold: Duration,
    }

    static FIGURES: Mutex<Figures> = Mutex::new(Figures {
        since: None,
        turns: 0,
        waited: Duration::ZERO,
        longest_wait: Duration::ZERO,
        held: Duration::ZERO,
        longest_hold: Duration::ZERO,
    });

    pub fn waited(wait: Duration) {
        let mut f = FIGURES.lock().unwrap_or_else(|e| e.into_inner());
        f.since.get_or_insert_with(Instant::now);
        f.turns += 1;
        f.waited += wait;
        f.longest_wait = f.longest_wait.max(wait);
    }

    pub fn held(hold: Duration) {
        let mut f = FIGURES.lock().unwrap_or_else(|e| e.into_inner());
        f.held += hold;
        f.longest_hold = f.longest_hold.max(hold);
        if f.since.is_some_and(|s| s.elapsed() >= Duration::from_secs(10)) {
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            tracing::info!(
                "SQLite writers, last {:.0} s: {} turns; waiting {:.0} ms in all (longest {:.0} ms); \
                 writing {:.0} ms in all, {:.2} ms a turn (longest {:.0} ms)",
                f.since.map_or(0.0, |s| s.elapsed().as_secs_f64()),
                f.turns,
                ms(f.waited),
                ms(f.longest_wait),
                ms(f.held),
                ms(f.held) / f.turns.max(1) as f64,
                ms(f.longest_hold),
            );
            *f = Figures::default();
        }
    }
}

/// A transaction that reads and then writes, with its writer's turn: keep both until the
/// transaction is committed (`let (txn, _turn) = write(db).await?`). On SQLite it also takes
/// the write lock at `BEGIN IMMEDIATE`, so a writer of another process makes it wait on the
/// busy timeout instead of failing with "database is locked" when its read lock cannot be
/// upgraded. PostgreSQL ignores the mode.
pub async fn write(db: &DatabaseConnection) -> Result<(DatabaseTransaction, WriterTurn), DbErr> {
    let turn = writer_turn(db).await;
    let txn = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        })
        .await?;
    Ok((txn, turn))
}

/// `select`, locking the rows it reads for the rest of the transaction on PostgreSQL
/// (`FOR UPDATE`), so two transactions that read a row and then write what follows from it
/// run one after the other. On SQLite `BEGIN IMMEDIATE` already serialises writers.
pub fn locked<E: EntityTrait>(select: Select<E>, db: &impl ConnectionTrait) -> Select<E> {
    if db.get_database_backend() == DbBackend::Postgres { select.lock_exclusive() } else { select }
}
