//! Signing keys hold their public key as a JWK: new keys are RSA (RS256, the algorithm Open
//! Badges 3.0 asks every verifier to support), whose public key does not fit a raw 32-byte
//! Ed25519 key's column. The Ed25519 keys made before stay, as JWKs, and keep verifying.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What an Ed25519 key's canonical JWK (RFC 7638) holds before and after its `x`.
const OKP_PREFIX: &str = r#"{"crv":"Ed25519","kty":"OKP","x":""#;
const OKP_SUFFIX: &str = r#""}"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        // SQLite does not hold a VARCHAR to its length; PostgreSQL does.
        if m.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            db.execute_unprepared("ALTER TABLE signing_keys ALTER COLUMN public_key TYPE TEXT")
                .await?;
        }
        db.execute_unprepared(&format!(
            "UPDATE signing_keys SET public_key = '{OKP_PREFIX}' || public_key || '{OKP_SUFFIX}' \
             WHERE public_key NOT LIKE '{{%'"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        // An RSA key has no place in the raw Ed25519 column: it goes.
        db.execute_unprepared("DELETE FROM signing_keys WHERE public_key NOT LIKE '{\"crv\"%'")
            .await?;
        let (skip, keep) = (OKP_PREFIX.len() + 1, OKP_PREFIX.len() + OKP_SUFFIX.len());
        db.execute_unprepared(&format!(
            "UPDATE signing_keys SET public_key = substr(public_key, {skip}, length(public_key) - {keep})"
        ))
        .await?;
        if m.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            db.execute_unprepared(
                "ALTER TABLE signing_keys ALTER COLUMN public_key TYPE VARCHAR(64)",
            )
            .await?;
        }
        Ok(())
    }
}
