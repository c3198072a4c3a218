//! `frontline backup PATH` and `frontline restore PATH`.
//!
//! SQLite: `VACUUM INTO` writes a consistent copy from one read snapshot while the server goes
//! on serving (WAL readers never block the writer), then the copy is opened and must pass
//! `PRAGMA integrity_check`. Restoring checks the copy the same way and puts it in place of the
//! database file, with the server stopped. PostgreSQL: `pg_dump --format=custom` and
//! `pg_restore --clean`, which must be on the PATH.

use std::path::Path;

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

/// Copies the database to `path` (which must not exist yet).
pub async fn backup(db: &DatabaseConnection, url: &str, path: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(!path.exists(), "{} exists already: choose a new file", path.display());
    match db.get_database_backend() {
        DbBackend::Sqlite => {
            let target = path.to_str().ok_or_else(|| anyhow::anyhow!("the path is not UTF-8"))?;
            db.execute_raw(Statement::from_sql_and_values(
                DbBackend::Sqlite,
                "VACUUM INTO ?",
                [target.into()],
            ))
            .await?;
            check_sqlite_copy(path).await
        }
        _ => run(
            "pg_dump",
            &["--format=custom", "--no-owner", "--file", &path.to_string_lossy(), url],
        ),
    }
}

/// Puts the copy at `path` in place of the database at `url`. The server must be stopped.
pub async fn restore(url: &str, path: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(path.is_file(), "{} is not a file", path.display());
    if url.starts_with("postgres") {
        return run(
            "pg_restore",
            &["--clean", "--if-exists", "--no-owner", "--dbname", url, &path.to_string_lossy()],
        );
    }
    check_sqlite_copy(path).await?;
    let file =
        crate::db::sqlite_file(url).ok_or_else(|| anyhow::anyhow!("{url} names no SQLite file"))?;
    let file = Path::new(file);
    // Whole or not at all: the copy goes next to the database first, then takes its name.
    let staged = file.with_extension("restoring");
    std::fs::copy(path, &staged)?;
    for stale in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{stale}", file.display()));
    }
    std::fs::rename(&staged, file)?;
    println!("Restored {} from {}.", file.display(), path.display());
    Ok(())
}

/// Opens an SQLite copy read-only and runs `PRAGMA integrity_check` on it.
pub async fn check_sqlite_copy(path: &Path) -> anyhow::Result<()> {
    let url = format!("sqlite://{}?mode=ro", path.display());
    let copy = sea_orm::Database::connect(url).await?;
    let row = copy
        .query_one_raw(Statement::from_string(DbBackend::Sqlite, "PRAGMA integrity_check"))
        .await?
        .ok_or_else(|| anyhow::anyhow!("integrity_check said nothing"))?;
    let verdict: String = row.try_get_by_index(0)?;
    copy.close().await?;
    anyhow::ensure!(verdict == "ok", "{} fails its integrity check: {verdict}", path.display());
    let size = std::fs::metadata(path)?.len();
    println!("{}: {:.1} MB, integrity check ok.", path.display(), size as f64 / 1e6);
    Ok(())
}

fn run(program: &str, args: &[&str]) -> anyhow::Result<()> {
    let status = std::process::Command::new(program)
        .args(args)
        .status()
        .map_err(|e| anyhow::anyhow!("cannot run {program} (is it on the PATH?): {e}"))?;
    anyhow::ensure!(status.success(), "{program} failed ({status})");
    Ok(())
}
