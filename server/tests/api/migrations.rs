//! Every migration applies up and rolls back down, on SQLite and PostgreSQL.

use crate::helpers;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DbBackend, Statement};

async fn country_codes(db: &sea_orm::DatabaseConnection) -> Result<Vec<String>, sea_orm::DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT code FROM countries ORDER BY code",
        ))
        .await?;
    rows.iter().map(|r| r.try_get::<String>("", "code")).collect()
}

#[tokio::test]
async fn all_migrations_go_up_and_down_and_up_again() {
    let (url, _database) = helpers::fresh_database().await;
    let db = Database::connect(&url).await.expect("connect");

    Migrator::up(&db, None).await.expect("up");
    assert!(Migrator::get_pending_migrations(&db).await.unwrap().is_empty());
    assert_eq!(
        country_codes(&db).await.unwrap(),
        ["EG", "IQ", "JO", "LB", "TR"],
        "{}",
        helpers::backend()
    );

    Migrator::down(&db, None).await.expect("down");
    assert_eq!(
        Migrator::get_applied_migrations(&db).await.unwrap().len(),
        0,
        "every migration rolled back"
    );
    assert!(country_codes(&db).await.is_err(), "the countries table is gone after down");
    let users = Statement::from_string(db.get_database_backend(), "SELECT COUNT(*) FROM users");
    assert!(db.query_one_raw(users).await.is_err(), "the users table is gone after down");

    Migrator::up(&db, None).await.expect("up again");
    assert_eq!(country_codes(&db).await.unwrap().len(), 5);
    let backend = db.get_database_backend();
    assert!(matches!(backend, DbBackend::Sqlite | DbBackend::Postgres));
}
