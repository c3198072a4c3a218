//! The key store: Ed25519 keys in `signing_keys`. One signs (the newest not retired); all are
//! published, so that a credential signed before a rotation still verifies after it.

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, sea_query::Expr,
};
use serde_json::{Value, json};

use super::Issuer;
use super::jws::{self, SigningKey};
use crate::entities::signing_key;
use crate::model::error::AppError;

/// The key that signs now, made at first use (the first start, or the first credential).
pub async fn signing(db: &impl ConnectionTrait) -> Result<SigningKey, AppError> {
    let key = match newest_active(db).await? {
        Some(key) => key,
        None => {
            create(db).await?;
            newest_active(db).await?.ok_or_else(|| AppError::internal("no signing key"))?
        }
    };
    let pkcs8 = STANDARD.decode(&key.private_key).map_err(AppError::internal)?;
    SigningKey::from_pkcs8(key.kid, &pkcs8).map_err(AppError::internal)
}

/// Makes sure a key exists (at start-up): the JWKS is never empty.
pub async fn ensure(db: &impl ConnectionTrait) -> Result<(), AppError> {
    signing(db).await.map(|_| ())
}

/// Retires the signing key and makes a new one, in one transaction; returns the new key's id.
/// The retired key stays published.
pub async fn rotate(db: &DatabaseConnection) -> Result<String, AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    signing_key::Entity::update_many()
        .col_expr(signing_key::Column::RetiredAt, Expr::value(Utc::now()))
        .filter(signing_key::Column::RetiredAt.is_null())
        .exec(&txn)
        .await?;
    let kid = create(&txn).await?;
    txn.commit().await?;
    Ok(kid)
}

/// Every key, newest first, as a JWK Set: each named by the id credentials give it.
pub async fn jwks(db: &impl ConnectionTrait, issuer: &Issuer) -> Result<Value, AppError> {
    let keys = signing_key::Entity::find()
        .order_by_desc(signing_key::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(|k| jws::jwk(&issuer.key_id(&k.kid), &k.public_key))
        .collect::<Vec<_>>();
    Ok(json!({ "keys": keys }))
}

/// The public key (base64url) a credential's `kid` names, retired or not.
pub async fn public(db: &impl ConnectionTrait, kid: &str) -> Result<Option<String>, AppError> {
    let thumbprint = super::thumbprint_of(kid);
    let key =
        signing_key::Entity::find().filter(signing_key::Column::Kid.eq(thumbprint)).one(db).await?;
    Ok(key.map(|k| k.public_key))
}

/// Every key: id, when made, when retired (for `frontline signing-key list`).
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<signing_key::Model>, AppError> {
    Ok(signing_key::Entity::find().order_by_asc(signing_key::Column::Id).all(db).await?)
}

async fn newest_active(
    db: &impl ConnectionTrait,
) -> Result<Option<signing_key::Model>, sea_orm::DbErr> {
    signing_key::Entity::find()
        .filter(signing_key::Column::RetiredAt.is_null())
        .order_by_desc(signing_key::Column::Id)
        .one(db)
        .await
}

async fn create(db: &impl ConnectionTrait) -> Result<String, AppError> {
    let pkcs8 = SigningKey::generate().map_err(AppError::internal)?;
    let x = SigningKey::from_pkcs8("", &pkcs8).map_err(AppError::internal)?.public_x();
    let kid = jws::thumbprint(&x);
    signing_key::Entity::insert(signing_key::ActiveModel {
        kid: Set(kid.clone()),
        private_key: Set(STANDARD.encode(&pkcs8)),
        public_key: Set(x),
        created_at: Set(Utc::now()),
        retired_at: Set(None),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(kid)
}
