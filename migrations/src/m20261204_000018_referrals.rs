//! The referral directory: the services an officer refers a suspected victim to, per country and
//! city, with their texts in several languages, and the directory entry each audit line is about.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &[&str] = &[
    "CREATE TABLE referral_services (
        id INTEGER NOT NULL PRIMARY KEY,
        country_code VARCHAR(2) NOT NULL REFERENCES countries (code),
        city VARCHAR(100) NOT NULL,
        kind VARCHAR(32) NOT NULL,
        serves_women BOOLEAN NOT NULL,
        serves_men BOOLEAN NOT NULL,
        serves_children BOOLEAN NOT NULL,
        -- Two-letter codes, comma-separated: ar,en,am
        languages VARCHAR(200) NOT NULL,
        -- One number per line, each optionally followed by what it is for.
        phones TEXT NOT NULL,
        email VARCHAR(254) NOT NULL,
        consent_required BOOLEAN NOT NULL,
        demo BOOLEAN NOT NULL,
        verified_on DATE NULL,
        verified_by INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL,
        updated_at TIMESTAMP WITH TIME ZONE NOT NULL
    )",
    "CREATE INDEX referral_services_place ON referral_services (country_code, city)",
    // What a service is called and how to reach it, in each language it was written in.
    "CREATE TABLE referral_service_texts (
        service_id INTEGER NOT NULL REFERENCES referral_services (id) ON DELETE CASCADE,
        locale VARCHAR(8) NOT NULL,
        name VARCHAR(200) NOT NULL,
        address TEXT NOT NULL,
        hours TEXT NOT NULL,
        nationalities TEXT NOT NULL,
        how_to_refer TEXT NOT NULL,
        PRIMARY KEY (service_id, locale)
    )",
    // An entry's history stays readable after the entry is removed: no foreign key.
    "ALTER TABLE audit_log ADD COLUMN referral_id INTEGER NULL",
    "CREATE INDEX audit_log_referral ON audit_log (referral_id)",
];

const DOWN: &[&str] = &[
    "DROP INDEX audit_log_referral",
    "ALTER TABLE audit_log DROP COLUMN referral_id",
    "DROP TABLE referral_service_texts",
    "DROP TABLE referral_services",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        let postgres = m.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
        for sql in UP {
            let sql = if postgres {
                sql.replace("id INTEGER NOT NULL PRIMARY KEY,", "id SERIAL PRIMARY KEY,")
            } else {
                sql.replace("TIMESTAMP WITH TIME ZONE", "TEXT").replace("DATE NULL", "TEXT NULL")
            };
            db.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        for sql in DOWN {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }
}
