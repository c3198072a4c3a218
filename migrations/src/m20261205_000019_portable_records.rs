//! Portable records: the keys that sign Open Badges credentials, a completion's revocation and
//! its signed credential, and the outbox of xAPI statements bound for a partner's LRS.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const UP: &[&str] = &[
    // Ed25519 keys. The newest key not retired signs; retired keys stay so that everything they
    // signed still verifies (they are published in /.well-known/jwks.json).
    "CREATE TABLE signing_keys (
        id INTEGER NOT NULL PRIMARY KEY,
        kid VARCHAR(64) NOT NULL UNIQUE,
        -- PKCS#8 v2, base64: the database is the key store, and its backups carry it.
        private_key TEXT NOT NULL,
        -- The raw 32-byte public key, base64url (a JWK's `x`).
        public_key VARCHAR(64) NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL,
        retired_at TIMESTAMP WITH TIME ZONE NULL
    )",
    "ALTER TABLE completions ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE NULL",
    "ALTER TABLE completions ADD COLUMN revoked_by INTEGER NULL",
    "ALTER TABLE completions ADD COLUMN revocation_reason TEXT NULL",
    // Signed once, on first download: the same bytes every time, whatever key signs later.
    "ALTER TABLE completions ADD COLUMN credential_jwt TEXT NULL",
    // Its bit in a revocation status list, drawn at random when it is signed: a sequential
    // index would tell how many were issued before it, and link one holder's credentials.
    "ALTER TABLE completions ADD COLUMN status_list INTEGER NULL",
    "ALTER TABLE completions ADD COLUMN status_index INTEGER NULL",
    "CREATE UNIQUE INDEX completions_status_bit ON completions (status_list, status_index)",
    // Every statement bound for the LRS, kept after it is sent or refused.
    "CREATE TABLE xapi_outbox (
        id INTEGER NOT NULL PRIMARY KEY,
        statement_id VARCHAR(36) NOT NULL UNIQUE,
        statement TEXT NOT NULL,
        occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
        state VARCHAR(16) NOT NULL,
        tries INTEGER NOT NULL,
        next_try_at TIMESTAMP WITH TIME ZONE NOT NULL,
        last_error TEXT NULL,
        -- Which push took the statement (a random token): two servers never send the same one.
        claim VARCHAR(32) NULL,
        sent_at TIMESTAMP WITH TIME ZONE NULL
    )",
    "CREATE INDEX xapi_outbox_due ON xapi_outbox (state, next_try_at)",
    "CREATE INDEX xapi_outbox_occurred ON xapi_outbox (occurred_at)",
    // The event times the statements are built from.
    "CREATE INDEX attempts_started ON attempts (started_at)",
    "CREATE INDEX attempts_submitted ON attempts (submitted_at)",
    "CREATE INDEX completions_completed ON completions (completed_at)",
];

const DOWN: &[&str] = &[
    "DROP INDEX completions_completed",
    "DROP INDEX attempts_submitted",
    "DROP INDEX attempts_started",
    "DROP INDEX xapi_outbox_occurred",
    "DROP INDEX xapi_outbox_due",
    "DROP TABLE xapi_outbox",
    "DROP INDEX completions_status_bit",
    "ALTER TABLE completions DROP COLUMN status_index",
    "ALTER TABLE completions DROP COLUMN status_list",
    "ALTER TABLE completions DROP COLUMN credential_jwt",
    "ALTER TABLE completions DROP COLUMN revocation_reason",
    "ALTER TABLE completions DROP COLUMN revoked_by",
    "ALTER TABLE completions DROP COLUMN revoked_at",
    "DROP TABLE signing_keys",
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
                sql.replace("TIMESTAMP WITH TIME ZONE", "TEXT")
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
