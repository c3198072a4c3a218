//! Server-side sessions in the application's own database.
//!
//! A hand-written store rather than `tower-sessions`: its SQL stores bring their own sqlx pool
//! (a different sqlx major than SeaORM 2's), and revoking "every session of this user" on
//! deactivation or password change needs the user id as a column, not inside an opaque blob.
//! The cookie carries 256 random bits; the database keeps only their SHA-256.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, sea_query::Expr,
};
use sha2::{Digest, Sha256};

use crate::entities::{session, user};
use crate::model::forms::Flash;
use crate::services::transactions::writer_turn;

/// A session ends after this long without a request…
pub const IDLE_TIMEOUT: Duration = Duration::hours(12);
/// …and this long after sign-in, however active.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::days(7);
/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_INTERVAL: Duration = Duration::minutes(5);

/// A fresh random token for the cookie (256 bits, URL-safe base64).
pub fn new_token() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database stores in place of the token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether a session is still valid at `now` (pure: the rule the tests pin down).
pub fn is_live(s: &session::Model, now: DateTime<Utc>) -> bool {
    now < s.expires_at && now - s.last_seen_at < IDLE_TIMEOUT
}

/// Starts a session for `user_id` and returns the token for the cookie.
pub async fn create(db: &impl ConnectionTrait, user_id: i32) -> Result<String, DbErr> {
    let token = new_token();
    let now = Utc::now();
    session::Entity::insert(session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(now + ABSOLUTE_TIMEOUT),
        flash: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// A valid session and its active user, if the token names one. Ends expired sessions, takes
/// the waiting flash (it is shown once) when `take_flash`, and refreshes `last_seen_at`.
pub async fn authenticate(
    db: &DatabaseConnection,
    token: &str,
    take_flash: bool,
) -> Result<Option<(session::Model, user::Model, Option<Flash>)>, DbErr> {
    let hash = token_hash(token);
    let Some((session, Some(user))) =
        session::Entity::find_by_id(hash.clone()).find_also_related(user::Entity).one(db).await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    if !is_live(&session, now) || !user.active {
        revoke_hash(db, &hash).await?;
        return Ok(None);
    }
    let flash = session.flash.as_deref().filter(|_| take_flash).and_then(Flash::from_json);
    let stale = now - session.last_seen_at >= TOUCH_INTERVAL;
    if stale || (take_flash && session.flash.is_some()) {
        let mut update = session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::TokenHash.eq(&hash));
        if take_flash {
            update = update.col_expr(session::Column::Flash, Expr::value(Option::<String>::None));
        }
        let _turn = writer_turn(db).await;
        update.exec(db).await?;
    }
    Ok(Some((session, user, flash)))
}

/// Keeps a form's outcome for the next page this session loads.
pub async fn set_flash(db: &DatabaseConnection, hash: &str, flash: &Flash) -> Result<(), DbErr> {
    let _turn = writer_turn(db).await;
    session::Entity::update_many()
        .col_expr(session::Column::Flash, Expr::value(flash.to_json()))
        .filter(session::Column::TokenHash.eq(hash))
        .exec(db)
        .await
        .map(|_| ())
}

pub async fn revoke_hash(db: &impl ConnectionTrait, hash: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(hash.to_owned()).exec(db).await.map(|_| ())
}

/// Ends every session of a user, except the one whose hash is `keep` (the caller's own, after a
/// password change).
pub async fn revoke_all(
    db: &impl ConnectionTrait,
    user_id: i32,
    keep: Option<&str>,
) -> Result<u64, DbErr> {
    let mut delete = session::Entity::delete_many().filter(session::Column::UserId.eq(user_id));
    if let Some(keep) = keep {
        delete = delete.filter(session::Column::TokenHash.ne(keep));
    }
    Ok(delete.exec(db).await?.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session_at(created: DateTime<Utc>, last_seen: DateTime<Utc>) -> session::Model {
        session::Model {
            token_hash: String::new(),
            user_id: 1,
            created_at: created,
            last_seen_at: last_seen,
            expires_at: created + ABSOLUTE_TIMEOUT,
            flash: None,
        }
    }

    #[test]
    fn sessions_expire_when_idle_and_absolutely() {
        let t0 = Utc::now();
        assert!(is_live(&session_at(t0, t0), t0 + Duration::hours(1)));
        assert!(!is_live(&session_at(t0, t0), t0 + IDLE_TIMEOUT));
        // Active all along, but past the absolute limit.
        let late = t0 + ABSOLUTE_TIMEOUT + Duration::minutes(1);
        assert!(!is_live(&session_at(t0, late - Duration::minutes(2)), late));
    }

    #[test]
    fn tokens_are_random_and_stored_only_as_hashes() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "32 bytes in unpadded base64");
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
