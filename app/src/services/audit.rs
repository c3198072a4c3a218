//! The audit log: who did what to whom, when, from where. Written in the same transaction as the
//! change it records.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::entities::{audit_log, user};
use crate::model::audit::{AuditAction, AuditEntry, AuditFilter};

pub const PAGE_SIZE: u64 = 50;

pub async fn record(
    db: &impl ConnectionTrait,
    actor_id: Option<i32>,
    action: AuditAction,
    subject_id: Option<i32>,
    detail: impl Into<String>,
    address: Option<&str>,
) -> Result<(), DbErr> {
    insert(db, actor_id, action, subject_id, None, detail.into(), address).await
}

/// Records a change to referral directory entry `referral_id` (its page lists these lines).
pub async fn record_referral(
    db: &impl ConnectionTrait,
    actor_id: i32,
    action: AuditAction,
    referral_id: i32,
    detail: impl Into<String>,
    address: &str,
) -> Result<(), DbErr> {
    insert(db, Some(actor_id), action, None, Some(referral_id), detail.into(), Some(address)).await
}

async fn insert(
    db: &impl ConnectionTrait,
    actor_id: Option<i32>,
    action: AuditAction,
    subject_id: Option<i32>,
    referral_id: Option<i32>,
    detail: String,
    address: Option<&str>,
) -> Result<(), DbErr> {
    audit_log::Entity::insert(audit_log::ActiveModel {
        at: Set(Utc::now()),
        actor_id: Set(actor_id),
        action: Set(action),
        subject_id: Set(subject_id),
        referral_id: Set(referral_id),
        detail: Set(detail),
        address: Set(address.map(|a| a.chars().take(64).collect())),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// Whether an entry with this action, detail and address was written after `since`: a
/// throttled attempt is logged once per wait, not once per refused try.
pub async fn recorded_since(
    db: &impl ConnectionTrait,
    action: AuditAction,
    detail: &str,
    address: &str,
    since: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let address: String = address.chars().take(64).collect();
    let found = audit_log::Entity::find()
        .filter(audit_log::Column::At.gte(since))
        .filter(audit_log::Column::Action.eq(action.code()))
        .filter(audit_log::Column::Address.eq(address))
        .filter(audit_log::Column::Detail.eq(detail))
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Whether the person signed in from `address` since `since`: an address the owner uses.
pub async fn signed_in_from(
    db: &impl ConnectionTrait,
    user_id: i32,
    address: &str,
    since: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let address: String = address.chars().take(64).collect();
    let found = audit_log::Entity::find()
        .filter(audit_log::Column::At.gte(since))
        .filter(audit_log::Column::Action.eq(AuditAction::SignIn))
        .filter(audit_log::Column::SubjectId.eq(user_id))
        .filter(audit_log::Column::Address.eq(address))
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// A page of entries, newest first, and whether there are more.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
) -> Result<(Vec<AuditEntry>, bool), DbErr> {
    let mut query = audit_log::Entity::find().order_by_desc(audit_log::Column::Id);
    if let Some(referral) = filter.referral {
        query = query.filter(audit_log::Column::ReferralId.eq(referral));
    }
    if let Some(action) = filter.action.as_deref().and_then(AuditAction::from_code) {
        query = query.filter(audit_log::Column::Action.eq(action.code()));
    }
    if let Some(who) = filter.who.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        let ids: Vec<i32> = user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .filter(user::Column::EmailKey.contains(who.to_lowercase()))
            .into_tuple()
            .all(db)
            .await?;
        query = query.filter(
            Condition::any()
                .add(audit_log::Column::ActorId.is_in(ids.clone()))
                .add(audit_log::Column::SubjectId.is_in(ids))
                .add(audit_log::Column::Detail.contains(who)),
        );
    }
    let page = filter.page.unwrap_or(0);
    let rows = query.offset(page * PAGE_SIZE).limit(PAGE_SIZE + 1).all(db).await?;
    let more = rows.len() as u64 > PAGE_SIZE;
    let rows = &rows[..rows.len().min(PAGE_SIZE as usize)];

    // One query for every email the page mentions.
    let ids: Vec<i32> = rows.iter().flat_map(|r| [r.actor_id, r.subject_id]).flatten().collect();
    let emails: std::collections::HashMap<i32, String> = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::Email])
        .filter(user::Column::Id.is_in(ids))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let entries = rows
        .iter()
        .map(|r| AuditEntry {
            id: r.id,
            at: r.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            action: r.action.code().to_owned(),
            actor: r.actor_id.and_then(|id| emails.get(&id).cloned()),
            subject: r.subject_id.and_then(|id| emails.get(&id).cloned()),
            detail: r.detail.clone(),
            address: r.address.clone(),
        })
        .collect();
    Ok((entries, more))
}
