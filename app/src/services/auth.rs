//! Signing in and out, and a person's own account.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

use crate::entities::user;
use crate::model::locale::Locale;
use crate::model::{
    accounts::{CurrentUser, email_key, valid_email},
    audit::AuditAction,
    error::AppError,
    problem::Problem,
};
use crate::services::{audit, passwords, sessions, throttle};

/// A successful sign-in: who, and the token for their new session's cookie.
pub struct SignedIn {
    pub user: CurrentUser,
    pub token: String,
}

/// Checks the password and opens a new session. Every failure — unknown email, wrong password,
/// deactivated account, too many attempts — is the same `SignInFailed` to the caller, and every
/// checked one costs the same time.
pub async fn sign_in(
    db: &DatabaseConnection,
    email: &str,
    password: &str,
    address: &str,
    previous_token: Option<&str>,
) -> Result<SignedIn, AppError> {
    let key: String = email_key(email).chars().take(254).collect();
    let now = Utc::now();
    let found = user::Entity::find().filter(user::Column::EmailKey.eq(&key)).one(db).await?;
    let account = typed_account(&key, found.is_some());
    let origin = match &found {
        Some(u) if audit::signed_in_from(db, u.id, address, now - KNOWN_ADDRESS).await? => {
            throttle::Origin::Owner
        }
        _ => throttle::Origin::Unknown,
    };
    if let Some(refusal) = throttle::check(db, &account, address, origin, now).await? {
        let detail = format!("{account}: throttled");
        let subject = found.as_ref().map(|u| u.id);
        let action = AuditAction::SignInFailed;
        audit_throttled(db, None, action, subject, &detail, address, refusal).await?;
        return Err(AppError::SignInFailed);
    }
    let stored = match &found {
        Some(u) => u.password_hash.clone(),
        None => passwords::dummy_hash(),
    };
    // Too busy to check is not a failure: nothing is recorded, the person tries again.
    let password_ok = passwords::verify(password.to_owned(), stored).await?;
    let user = match found {
        Some(u) if password_ok && u.active => u,
        other => {
            throttle::record_failure(db, &account, address, now).await?;
            let subject = other.as_ref().map(|u| u.id);
            audit::record(db, None, AuditAction::SignInFailed, subject, account, Some(address))
                .await?;
            return Err(AppError::SignInFailed);
        }
    };

    let (txn, _turn) = crate::services::transactions::write(db).await?;
    // A new id at every sign-in: a session id planted before sign-in is worth nothing after.
    if let Some(previous) = previous_token {
        sessions::revoke_hash(&txn, &sessions::token_hash(previous)).await?;
    }
    let token = sessions::create(&txn, user.id).await?;
    throttle::clear_pair(&txn, &account, address).await?;
    let mut active: user::ActiveModel = user.clone().into();
    active.last_login_at = Set(Some(now));
    let user = active.update(&txn).await?;
    audit::record(&txn, Some(user.id), AuditAction::SignIn, Some(user.id), "", Some(address))
        .await?;
    txn.commit().await?;
    Ok(SignedIn { user: current_user(&user), token })
}

/// An address the owner signed in from this recently is theirs: the account-wide limit, which
/// guesses from elsewhere can reach, does not apply to it.
const KNOWN_ADDRESS: chrono::Duration = chrono::Duration::days(30);

/// What the throttle and the audit log keep of a typed email: the email of an account or
/// something shaped like one, never a password typed into the wrong field.
pub const NOT_AN_EMAIL: &str = "(not an email)";

fn typed_account(key: &str, is_an_account: bool) -> String {
    if is_an_account || valid_email(key) { key.to_owned() } else { NOT_AN_EMAIL.to_owned() }
}

/// One audit line per wait and (account, address), however many attempts the wait refuses.
async fn audit_throttled(
    db: &DatabaseConnection,
    actor: Option<i32>,
    action: AuditAction,
    subject: Option<i32>,
    detail: &str,
    address: &str,
    refusal: throttle::Refusal,
) -> Result<(), AppError> {
    if !audit::recorded_since(db, action, detail, address, refusal.since).await? {
        audit::record(db, actor, action, subject, detail, Some(address)).await?;
    }
    Ok(())
}

pub async fn sign_out(
    db: &DatabaseConnection,
    user_id: i32,
    token_hash: &str,
    address: &str,
) -> Result<(), AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    sessions::revoke_hash(&txn, token_hash).await?;
    audit::record(&txn, Some(user_id), AuditAction::SignOut, Some(user_id), "", Some(address))
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Changes one's own password after checking the current one; ends every other session. A
/// wrong current password counts for the same throttle as a failed sign-in (a stolen session
/// guesses no faster) and is audited.
pub async fn change_password(
    db: &DatabaseConnection,
    user_id: i32,
    keep_session: &str,
    current: &str,
    new: &str,
    confirm: &str,
    address: &str,
) -> Result<(), AppError> {
    let user = user::Entity::find_by_id(user_id).one(db).await?.ok_or(AppError::NotFound)?;
    let now = Utc::now();
    let me = Some(user_id);
    let failed = AuditAction::PasswordChangeFailed;
    // Signed in already: only this address's own backoff applies.
    let owner = throttle::Origin::Owner;
    if let Some(refusal) = throttle::check(db, &user.email_key, address, owner, now).await? {
        audit_throttled(db, me, failed, me, "throttled", address, refusal).await?;
        return Err(Problem::TooManyWrongPasswords.at("current_password"));
    }
    if !passwords::verify(current.to_owned(), user.password_hash.clone()).await? {
        throttle::record_failure(db, &user.email_key, address, now).await?;
        audit::record(db, me, failed, me, "wrong current password", Some(address)).await?;
        return Err(Problem::CurrentPasswordWrong.at("current_password"));
    }
    passwords::check_new_password(new)?;
    if new == current {
        // A password handed over by an admin or an import must really be replaced.
        return Err(Problem::SamePasswordAgain.at("new_password"));
    }
    if new != confirm {
        return Err(Problem::NewPasswordsDiffer.at("confirm_password"));
    }
    let hash = passwords::hash(new.to_owned()).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    throttle::clear_pair(&txn, &user.email_key, address).await?;
    let mut active: user::ActiveModel = user.into();
    active.password_hash = Set(hash);
    active.password_changed_at = Set(Utc::now());
    active.must_change_password = Set(false);
    active.update(&txn).await?;
    let ended = sessions::revoke_all(&txn, user_id, Some(keep_session)).await?;
    audit::record(
        &txn,
        Some(user_id),
        AuditAction::PasswordChanged,
        Some(user_id),
        format!("{ended} other session(s) ended"),
        Some(address),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Updates one's own name and language; a new name is audited.
pub async fn update_profile(
    db: &DatabaseConnection,
    user_id: i32,
    display_name: &str,
    locale: Locale,
) -> Result<(), AppError> {
    let display_name = crate::services::users::check_display_name(display_name)?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let user = user::Entity::find_by_id(user_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let old_name = user.display_name.clone();
    let mut active: user::ActiveModel = user.into();
    active.display_name = Set(display_name.clone());
    active.locale = Set(locale.code().to_owned());
    active.update(&txn).await?;
    crate::services::users::audit_rename(&txn, user_id, user_id, &old_name, &display_name, None)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// The account as pages and permission rules see it.
pub fn current_user(u: &user::Model) -> CurrentUser {
    CurrentUser {
        id: u.id,
        email: u.email.clone(),
        display_name: u.display_name.clone(),
        role: u.role,
        agency_id: u.agency_id,
        locale: Locale::from_code(&u.locale).unwrap_or_default(),
        must_change_password: u.must_change_password,
    }
}
