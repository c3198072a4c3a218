//! The key store: keys in `signing_keys`. One signs (the newest RSA key not retired); all are
//! published, so that a credential signed before a rotation — or by an Ed25519 key, as keys were
//! made before RS256 — still verifies after it.

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use serde_json::{Value, json};
use tokio::sync::Mutex;

use super::Issuer;
use super::jws::{PublicKey, SigningKey};
use crate::entities::signing_key;
use crate::model::error::AppError;

/// One key made at a time in this process: the first downloads after a start make one key,
/// not one each (each is a search for primes).
static MAKING: Mutex<()> = Mutex::const_new(());

/// The key that signs now, made at first use (the first credential or key set asked for).
pub async fn signing(db: &DatabaseConnection) -> Result<SigningKey, AppError> {
    let key = signing_row(db).await?;
    let pkcs8 = STANDARD.decode(&key.private_key).map_err(AppError::internal)?;
    SigningKey::from_pkcs8(&pkcs8).map_err(AppError::internal)
}

/// Makes sure a signing key exists: the key set is never empty.
pub async fn ensure(db: &DatabaseConnection) -> Result<(), AppError> {
    signing_row(db).await.map(|_| ())
}

/// The row of the key that signs now, made if there is none.
async fn signing_row(db: &DatabaseConnection) -> Result<signing_key::Model, AppError> {
    if let Some(key) = newest_active(db).await? {
        return Ok(key);
    }
    // A task of its own: a request that gives up while the key is made leaves it to be made
    // and stored, and the lock held until then, so that the next request does not start over.
    let db = db.clone();
    tokio::spawn(async move {
        let _one_at_a_time = MAKING.lock().await;
        if let Some(key) = newest_active(&db).await? {
            return Ok(key);
        }
        replace_signing_key(&db).await?;
        newest_active(&db).await?.ok_or_else(|| AppError::internal("no signing key"))
    })
    .await
    .map_err(AppError::internal)?
}

/// Retires the signing key and makes a new one; returns the new key's id. The retired key stays
/// published.
pub async fn rotate(db: &DatabaseConnection) -> Result<String, AppError> {
    let _one_at_a_time = MAKING.lock().await;
    replace_signing_key(db).await
}

/// A new RSA key, made off the async threads, then stored as the only one not retired, in one
/// write transaction.
async fn replace_signing_key(db: &DatabaseConnection) -> Result<String, AppError> {
    let pkcs8 = tokio::task::spawn_blocking(SigningKey::generate)
        .await
        .map_err(AppError::internal)?
        .map_err(AppError::internal)?;
    let public = SigningKey::from_pkcs8(&pkcs8).map_err(AppError::internal)?.public;
    let kid = public.thumbprint();
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    signing_key::Entity::update_many()
        .col_expr(signing_key::Column::RetiredAt, Expr::value(Utc::now()))
        .filter(signing_key::Column::RetiredAt.is_null())
        .exec(&txn)
        .await?;
    signing_key::Entity::insert(signing_key::ActiveModel {
        kid: Set(kid.clone()),
        private_key: Set(STANDARD.encode(&pkcs8)),
        public_key: Set(public.canonical()),
        created_at: Set(Utc::now()),
        retired_at: Set(None),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(kid)
}

/// Every key, newest first, as a JWK Set: each named by the id credentials give it. Never empty:
/// a verifier that asks before the first credential finds the key that will sign it.
pub async fn jwks(db: &DatabaseConnection, issuer: &Issuer) -> Result<Value, AppError> {
    ensure(db).await?;
    let keys = signing_key::Entity::find()
        .order_by_desc(signing_key::Column::Id)
        .all(db)
        .await?
        .iter()
        .filter_map(|k| Some(public_of(k)?.jwk(&issuer.key_id(&k.kid))))
        .collect::<Vec<_>>();
    Ok(json!({ "keys": keys }))
}

/// The public key a credential's `kid` names, retired or not.
pub async fn public(db: &impl ConnectionTrait, kid: &str) -> Result<Option<PublicKey>, AppError> {
    let thumbprint = super::thumbprint_of(kid);
    let key =
        signing_key::Entity::find().filter(signing_key::Column::Kid.eq(thumbprint)).one(db).await?;
    Ok(key.as_ref().and_then(public_of))
}

/// A stored key's public half; a key that cannot be read is logged (what it signed no longer
/// checks) and left out.
pub fn public_of(key: &signing_key::Model) -> Option<PublicKey> {
    let public = PublicKey::parse(&key.public_key);
    if public.is_err() {
        tracing::warn!(kid = %key.kid, "a signing key's public half cannot be read");
    }
    public.ok()
}

/// Every key: id, when made, when retired (for `frontline signing-key list`).
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<signing_key::Model>, AppError> {
    Ok(signing_key::Entity::find().order_by_asc(signing_key::Column::Id).all(db).await?)
}

/// The newest key not retired, if it is RSA: an Ed25519 key from before RS256 is replaced at
/// its first use.
async fn newest_active(
    db: &impl ConnectionTrait,
) -> Result<Option<signing_key::Model>, sea_orm::DbErr> {
    let key = signing_key::Entity::find()
        .filter(signing_key::Column::RetiredAt.is_null())
        .order_by_desc(signing_key::Column::Id)
        .one(db)
        .await?;
    Ok(key.filter(|k| matches!(public_of(k), Some(PublicKey::Rsa { .. }))))
}
