//! The outbox: statements bound for the LRS, written before they are sent and kept after.
//! [`collect`] fills it from the stored rows (idempotent: a statement's id is unique), [`claim`]
//! takes a batch for one push (so two servers never send the same statement), and the push
//! marks each one sent, refused (kept for an admin) or postponed with backoff.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Expr, OnConflict, Query},
};

use super::events;
use crate::entities::{attempt, completion, xapi_outbox as outbox};
use crate::model::xapi::{OutboxState, OutboxSummary, RefusedStatement, backoff_seconds};
use crate::services::credentials::Issuer;

/// Events up to this long before the newest one collected are read again: a transaction that
/// committed late is not missed (its statements' ids make reading them twice harmless).
const LOOKBACK_MINUTES: i64 = 10;
/// Statements collected per call at most: a first collection over years of history goes a
/// window at a time instead of holding it all in memory.
const COLLECT_AT_MOST: usize = 5_000;
/// How long a claimed batch is reserved for its push before another may take it.
const LEASE_SECONDS: i64 = 300;
/// The most of an LRS's answer kept as a statement's error.
const ERROR_CHARS: usize = 1_000;

/// Adds the statements of events since the last collection; returns how many were new.
pub async fn collect(
    db: &impl ConnectionTrait,
    issuer: &Issuer,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let Some(mut from) = collect_from(db).await? else { return Ok(0) };
    let mut added = 0;
    while from < now && added < COLLECT_AT_MOST {
        let to = (from + Duration::days(1)).min(now);
        for s in events::between(db, issuer, from, to).await? {
            let row = outbox::ActiveModel {
                statement_id: Set(s.id.to_string()),
                statement: Set(s.json.to_string()),
                occurred_at: Set(s.occurred_at),
                state: Set(OutboxState::Pending),
                tries: Set(0),
                next_try_at: Set(now),
                last_error: Set(None),
                claim: Set(None),
                sent_at: Set(None),
                ..Default::default()
            };
            added += outbox::Entity::insert(row)
                .on_conflict(
                    OnConflict::column(outbox::Column::StatementId).do_nothing().to_owned(),
                )
                .exec_without_returning(db)
                .await? as usize;
        }
        from = to;
    }
    Ok(added)
}

/// Where collecting starts: shortly before the newest statement collected, or at the first
/// event ever (an LRS configured today receives the whole history).
async fn collect_from(db: &impl ConnectionTrait) -> Result<Option<DateTime<Utc>>, DbErr> {
    let newest: Option<DateTime<Utc>> = outbox::Entity::find()
        .select_only()
        .column_as(outbox::Column::OccurredAt.max(), "newest")
        .into_tuple::<Option<DateTime<Utc>>>()
        .one(db)
        .await?
        .flatten();
    if let Some(newest) = newest {
        return Ok(Some(newest - Duration::minutes(LOOKBACK_MINUTES)));
    }
    let first_attempt: Option<DateTime<Utc>> = attempt::Entity::find()
        .select_only()
        .column_as(attempt::Column::StartedAt.min(), "first")
        .into_tuple::<Option<DateTime<Utc>>>()
        .one(db)
        .await?
        .flatten();
    let first_completion: Option<DateTime<Utc>> = completion::Entity::find()
        .select_only()
        .column_as(completion::Column::CompletedAt.min(), "first")
        .into_tuple::<Option<DateTime<Utc>>>()
        .one(db)
        .await?
        .flatten();
    Ok(first_attempt.into_iter().chain(first_completion).min())
}

/// Takes up to `limit` statements that are due, oldest event first, for one push: each is
/// marked with a fresh claim token and reserved for a while, so a second server (or a push
/// that overlaps a slow one) takes others.
pub async fn claim(
    db: &impl ConnectionTrait,
    limit: u64,
    now: DateTime<Utc>,
) -> Result<Vec<outbox::Model>, DbErr> {
    let mut token = [0u8; 16];
    getrandom::fill(&mut token).map_err(|e| DbErr::Custom(e.to_string()))?;
    let token = hex::encode(token);
    let due = Query::select()
        .column(outbox::Column::Id)
        .from(outbox::Entity)
        .and_where(outbox::Column::State.eq(OutboxState::Pending))
        .and_where(outbox::Column::NextTryAt.lte(now))
        .order_by(outbox::Column::OccurredAt, sea_orm::Order::Asc)
        .order_by(outbox::Column::Id, sea_orm::Order::Asc)
        .limit(limit)
        .to_owned();
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Claim, Expr::value(token.clone()))
        .col_expr(outbox::Column::NextTryAt, Expr::value(now + Duration::seconds(LEASE_SECONDS)))
        .filter(outbox::Column::Id.in_subquery(due))
        // Re-checked per row: of two claims racing for a row, only one matches it.
        .filter(outbox::Column::State.eq(OutboxState::Pending))
        .filter(outbox::Column::NextTryAt.lte(now))
        .exec(db)
        .await?;
    outbox::Entity::find()
        .filter(outbox::Column::Claim.eq(token))
        .order_by_asc(outbox::Column::OccurredAt)
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
}

/// The LRS holds these statements now.
pub async fn sent(db: &impl ConnectionTrait, ids: &[i32], now: DateTime<Utc>) -> Result<(), DbErr> {
    if ids.is_empty() {
        return Ok(());
    }
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(OutboxState::Sent))
        .col_expr(outbox::Column::SentAt, Expr::value(now))
        .col_expr(outbox::Column::Claim, Expr::value(Option::<String>::None))
        .col_expr(outbox::Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(
            outbox::Column::Tries,
            sea_orm::sea_query::ExprTrait::add(Expr::col(outbox::Column::Tries), 1),
        )
        .filter(outbox::Column::Id.is_in(ids.to_vec()))
        .exec(db)
        .await
        .map(|_| ())
}

/// The LRS refused the statement as invalid: kept, with what it said, until an admin sends it
/// again.
pub async fn refused(
    db: &impl ConnectionTrait,
    row: &outbox::Model,
    error: &str,
) -> Result<(), DbErr> {
    outbox::Entity::update(outbox::ActiveModel {
        id: Set(row.id),
        state: Set(OutboxState::Rejected),
        claim: Set(None),
        tries: Set(row.tries + 1),
        last_error: Set(Some(error.chars().take(ERROR_CHARS).collect())),
        ..Default::default()
    })
    .exec(db)
    .await
    .map(|_| ())
}

/// The LRS could not be reached, or failed: tried again after the backoff for its tries.
pub async fn postpone(
    db: &impl ConnectionTrait,
    rows: &[outbox::Model],
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let error: String = error.chars().take(ERROR_CHARS).collect();
    for row in rows {
        let tries = row.tries + 1;
        outbox::Entity::update(outbox::ActiveModel {
            id: Set(row.id),
            claim: Set(None),
            tries: Set(tries),
            next_try_at: Set(now + Duration::seconds(backoff_seconds(tries))),
            last_error: Set(Some(error.clone())),
            ..Default::default()
        })
        .exec(db)
        .await?;
    }
    Ok(())
}

/// Puts every refused statement back in line (after the LRS or its profile was fixed).
pub async fn requeue_refused(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let done = outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(OutboxState::Pending))
        .col_expr(outbox::Column::NextTryAt, Expr::value(now))
        .filter(outbox::Column::State.eq(OutboxState::Rejected))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}

/// Counts per state, the oldest statement waiting, and the refused ones.
pub async fn summary(
    db: &impl ConnectionTrait,
    endpoint: Option<String>,
) -> Result<OutboxSummary, DbErr> {
    let count = |state: OutboxState| {
        outbox::Entity::find().filter(outbox::Column::State.eq(state)).count(db)
    };
    let oldest = outbox::Entity::find()
        .filter(outbox::Column::State.eq(OutboxState::Pending))
        .order_by_asc(outbox::Column::OccurredAt)
        .one(db)
        .await?;
    let refused = outbox::Entity::find()
        .filter(outbox::Column::State.eq(OutboxState::Rejected))
        .order_by_desc(outbox::Column::OccurredAt)
        .limit(50)
        .all(db)
        .await?
        .into_iter()
        .map(|r| RefusedStatement {
            id: r.id,
            verb: verb_of(&r.statement),
            occurred_at: r.occurred_at.format("%Y-%m-%d %H:%M").to_string(),
            error: r.last_error.unwrap_or_default(),
            statement_id: r.statement_id,
            statement: r.statement,
        })
        .collect();
    Ok(OutboxSummary {
        endpoint,
        pending: count(OutboxState::Pending).await?,
        sent: count(OutboxState::Sent).await?,
        rejected: count(OutboxState::Rejected).await?,
        oldest_pending: oldest.as_ref().map(|o| o.occurred_at.format("%Y-%m-%d %H:%M").to_string()),
        last_error: oldest.and_then(|o| o.last_error),
        refused,
    })
}

fn verb_of(statement: &str) -> String {
    serde_json::from_str::<serde_json::Value>(statement)
        .ok()
        .and_then(|s| s["verb"]["display"]["en-US"].as_str().map(str::to_owned))
        .unwrap_or_default()
}
