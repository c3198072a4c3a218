//! Credentials and revocation over the database: a completion's signed credential (made once,
//! on first download), the status lists, revoking, and checking a credential someone pasted.

use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QuerySelect, SqlErr, sea_query::Expr,
};
use serde_json::Value;

use super::badge::{self, Earned};
use super::jws::{self, JWT, VC_JWT};
use super::status_list::{self, StatusPosition};
use super::{Issuer, keys};
use crate::entities::{attempt, completion, module_version, translation};
use crate::model::{
    accounts::CurrentUser,
    audit::AuditAction,
    credentials::{CredentialCheck, MAX_CREDENTIAL_BYTES, MAX_REASON_CHARS},
    error::AppError,
    problem::Problem,
};
use crate::services::{audit, learning, transactions};

/// The completion's credential as a compact JWS. Signed at its first request and kept: every
/// later download is the same bytes, signed by the key of that day.
pub async fn signed(
    db: &DatabaseConnection,
    issuer: &Issuer,
    code: &str,
) -> Result<String, AppError> {
    let c = learning::by_code(db, code).await?.ok_or(AppError::NotFound)?;
    if let Some(jwt) = c.credential_jwt {
        return Ok(jwt);
    }
    let key = keys::signing(db).await?;
    // A bit already taken (one draw in tens of thousands) is drawn again.
    for _ in 0..8 {
        let signed_before = completion::Entity::find()
            .filter(completion::Column::CredentialJwt.is_not_null())
            .count(db)
            .await?;
        let position = StatusPosition::draw(signed_before);
        let earned = earned(db, &c, position).await?;
        let payload = badge::with_jwt_claims(issuer, &earned, badge::credential(issuer, &earned));
        let jwt = key
            .sign(JWT, &issuer.key_id(&key.public.thumbprint()), &payload)
            .map_err(AppError::internal)?;
        // Two first downloads at once: one signature is kept, and both are given it.
        let turn = transactions::writer_turn(db).await;
        let kept = completion::Entity::update_many()
            .col_expr(completion::Column::CredentialJwt, Expr::value(jwt))
            .col_expr(completion::Column::StatusList, Expr::value(position.list as i32))
            .col_expr(completion::Column::StatusIndex, Expr::value(position.index as i32))
            .filter(completion::Column::Id.eq(c.id))
            .filter(completion::Column::CredentialJwt.is_null())
            .exec(db)
            .await;
        drop(turn);
        match kept {
            Err(e) if matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => continue,
            Err(e) => return Err(e.into()),
            Ok(_) => {
                let kept = completion::Entity::find_by_id(c.id).one(db).await?;
                return kept
                    .and_then(|c| c.credential_jwt)
                    .ok_or_else(|| AppError::internal("credential not kept"));
            }
        }
    }
    Err(AppError::internal("no free status bit after eight draws"))
}

/// The facts a credential states: the completion as earned, with the summary and pass mark of
/// the version passed and the language the quiz was taken in.
async fn earned(
    db: &impl ConnectionTrait,
    c: &completion::Model,
    status: StatusPosition,
) -> Result<Earned, AppError> {
    let version = module_version::Entity::find()
        .filter(module_version::Column::ModuleId.eq(c.module_id))
        .filter(module_version::Column::Number.eq(c.version_number))
        .one(db)
        .await?
        .ok_or_else(|| AppError::internal("the version of a completion is gone"))?;
    let language = attempt::Entity::find_by_id(c.attempt_id)
        .one(db)
        .await?
        .map(|a| a.language)
        .unwrap_or_else(|| version.locale());
    let summary = translation::Entity::find()
        .filter(translation::Column::VersionId.eq(version.id))
        .filter(translation::Column::Language.eq(language))
        .one(db)
        .await?
        .map_or_else(|| version.summary.clone(), |t| t.summary);
    Ok(Earned {
        code: c.certificate_code.clone(),
        holder_name: c.holder_name.clone(),
        holder_id: c.user_id,
        module_id: c.module_id,
        title: c.module_title.clone(),
        summary,
        language: language.code().to_owned(),
        version: c.version_number,
        pass_mark_percent: version.pass_mark_percent,
        completed_at: c.completed_at,
        status,
    })
}

/// Status list `list`, signed now: the bits of its revoked credentials set. Lists past the
/// last one drawn from do not exist (list 1 always does).
pub async fn status_list(
    db: &DatabaseConnection,
    issuer: &Issuer,
    list: u32,
) -> Result<String, AppError> {
    let last: Option<i32> = completion::Entity::find()
        .select_only()
        .column_as(completion::Column::StatusList.max(), "last")
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    if list == 0 || list > last.unwrap_or(1).max(1) as u32 {
        return Err(AppError::NotFound);
    }
    let revoked: Vec<i32> = completion::Entity::find()
        .select_only()
        .column(completion::Column::StatusIndex)
        .filter(completion::Column::StatusList.eq(list as i32))
        .filter(completion::Column::StatusIndex.is_not_null())
        .filter(completion::Column::RevokedAt.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let encoded = status_list::encode(revoked.into_iter().map(|i| i.max(0) as u32));
    let credential = status_list::credential(issuer, list, encoded, Utc::now());
    let key = keys::signing(db).await?;
    key.sign(VC_JWT, &issuer.key_id(&key.public.thumbprint()), &credential)
        .map_err(AppError::internal)
}

/// Revokes the completion with `code`, for `reason`: its page, its code and its credential's
/// status say so from now on. Revoking twice changes nothing.
pub async fn revoke(
    db: &sea_orm::DatabaseConnection,
    admin: &CurrentUser,
    code: &str,
    reason: &str,
    address: &str,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Problem::ReasonRequired.at("reason"));
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(Problem::TooLong { max: MAX_REASON_CHARS }.at("reason"));
    }
    let (txn, _turn) = transactions::write(db).await?;
    let c = learning::by_code(&txn, code).await?.ok_or(AppError::NotFound)?;
    if c.revoked_at.is_some() {
        return Ok(());
    }
    completion::Entity::update(completion::ActiveModel {
        id: Set(c.id),
        revoked_at: Set(Some(Utc::now())),
        revoked_by: Set(Some(admin.id)),
        revocation_reason: Set(Some(reason.to_owned())),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let detail = format!("{} ({}): {reason}", c.certificate_code, c.module_title);
    audit::record(
        &txn,
        Some(admin.id),
        AuditAction::CertificateRevoked,
        Some(c.user_id),
        detail,
        Some(address),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Checks a credential someone pasted or uploaded: is it one this installation signed, with
/// which key, and what does the record say now (revoked?).
pub async fn check(db: &impl ConnectionTrait, text: &str) -> Result<CredentialCheck, AppError> {
    if text.len() > MAX_CREDENTIAL_BYTES {
        return Ok(CredentialCheck::Unreadable);
    }
    let Ok(decoded) = jws::decode(text) else { return Ok(CredentialCheck::Unreadable) };
    let Some(kid) = decoded.kid().map(str::to_owned) else {
        return Ok(CredentialCheck::NotSigned);
    };
    let Some(public) = keys::public(db, &kid).await? else {
        return Ok(CredentialCheck::NotSigned);
    };
    let Some(payload) = decoded.verified_by(&public) else {
        return Ok(CredentialCheck::NotSigned);
    };
    // Signed by this installation: its id names the completion.
    let code = payload.get("id").and_then(Value::as_str).and_then(badge::code_of);
    let Some(code) = code else { return Ok(CredentialCheck::Unknown) };
    match learning::by_code(db, &code).await? {
        Some(c) => {
            let key = super::thumbprint_of(&kid).to_owned();
            Ok(CredentialCheck::Genuine { code, key, facts: learning::verification(c) })
        }
        None => Ok(CredentialCheck::Unknown),
    }
}
