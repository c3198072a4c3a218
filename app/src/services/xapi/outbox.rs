//! The outbox: statements bound for the LRS, written before they are sent and kept after.
//! [`collect`] fills it from the stored rows (idempotent: a statement's id is unique), [`claim`]
//! takes a batch for one push (so two servers never send the same statement), and the push
//! marks each one sent, refused (kept for an admin) or postponed with backoff.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, OnConflict, Query},
};

use super::events;
use crate::entities::{attempt, completion, xapi_outbox as outbox};
use crate::model::xapi::{
    KEEP_SENT_DAYS, OutboxState, OutboxSummary, RefusedStatement, backoff_seconds,
};
use crate::services::credentials::Issuer;
use crate::services::transactions;

/// Events up to this long before the newest one collected are read again: a transaction that
/// committed late is not missed (its statements' ids make reading them twice harmless).
const LOOKBACK_MINUTES: i64 = 10;
/// Statements collected per call at most: a first collection over years of history goes a
/// window at a time instead of holding it all in memory.
const COLLECT_AT_MOST: usize = 5_000;
/// How long a claimed batch is reserved for its push before another may take it: longer than
/// the slowest push of a batch (51 requests of at most 30 s each, when each statement goes alone).
const LEASE_SECONDS: i64 = 3600;
/// Days read per collection at most: an installation idle for months catches up a month a push.
const COLLECT_DAYS_AT_MOST: usize = 31;
/// Rows per INSERT: well under both databases' limits on bound values.
const INSERT_CHUNK: usize = 200;
/// Rows deleted per statement when pruning: each delete is one short turn of the writers.
const PRUNE_CHUNK: u64 = 2_000;
/// The most of an LRS's answer kept as a statement's error.
const ERROR_CHARS: usize = 1_000;

/// Adds the statements of events since the last collection; returns how many were new. Each
/// day's statements go in one write transaction, in the SQLite writers' queue.
pub async fn collect(
    db: &DatabaseConnection,
    issuer: &Issuer,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let Some(mut from) = collect_from(db, now).await? else { return Ok(0) };
    let mut added = 0;
    let mut days = 0;
    while from < now && added < COLLECT_AT_MOST && days < COLLECT_DAYS_AT_MOST {
        let to = (from + Duration::days(1)).min(now);
        let rows: Vec<outbox::ActiveModel> = events::between(db, issuer, from, to)
            .await?
            .into_iter()
            .map(|s| outbox::ActiveModel {
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
            })
            .collect();
        if !rows.is_empty() {
            let (txn, _turn) = transactions::write(db).await?;
            for chunk in rows.chunks(INSERT_CHUNK) {
                added += outbox::Entity::insert_many(chunk.to_vec())
                    .on_conflict(
                        OnConflict::column(outbox::Column::StatementId).do_nothing().to_owned(),
                    )
                    .exec_without_returning(&txn)
                    .await? as usize;
            }
            txn.commit().await?;
        }
        from = to;
        days += 1;
    }
    Ok(added)
}

/// Where collecting starts: shortly before the newest statement collected, or at the first
/// event ever (an LRS configured today receives the whole history).
async fn collect_from(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    if let Some(from) = read_again_from(db, now).await? {
        return Ok(Some(from));
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

/// Shortly before the newest statement collected (never after now, whatever another server's
/// clock wrote): what the next collection reads again. `None` while the outbox is empty.
async fn read_again_from(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbErr> {
    let newest: Option<DateTime<Utc>> = outbox::Entity::find()
        .select_only()
        .column_as(outbox::Column::OccurredAt.max(), "newest")
        .into_tuple::<Option<DateTime<Utc>>>()
        .one(db)
        .await?
        .flatten();
    Ok(newest.map(|newest| newest.min(now) - Duration::minutes(LOOKBACK_MINUTES)))
}

/// Takes up to `limit` statements that are due, oldest event first, for one push: each is
/// marked with a fresh claim token and reserved for a while, so a second server (or a push
/// that overlaps a slow one) takes others.
pub async fn claim(
    db: &DatabaseConnection,
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
    let turn = transactions::writer_turn(db).await;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Claim, Expr::value(token.clone()))
        .col_expr(outbox::Column::NextTryAt, Expr::value(now + Duration::seconds(LEASE_SECONDS)))
        .filter(outbox::Column::Id.in_subquery(due))
        // Re-checked per row: of two claims racing for a row, only one matches it.
        .filter(outbox::Column::State.eq(OutboxState::Pending))
        .filter(outbox::Column::NextTryAt.lte(now))
        .exec(db)
        .await?;
    drop(turn);
    outbox::Entity::find()
        .filter(outbox::Column::Claim.eq(token))
        .order_by_asc(outbox::Column::OccurredAt)
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
}

/// The LRS holds these statements now. Each update holds only while the row is still this
/// push's (its claim): a push that outlived its lease changes nothing another push did.
pub async fn sent(
    db: &DatabaseConnection,
    rows: &[outbox::Model],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let Some(claim) = rows.first().and_then(|r| r.claim.clone()) else { return Ok(()) };
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let _turn = transactions::writer_turn(db).await;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(OutboxState::Sent))
        .col_expr(outbox::Column::SentAt, Expr::value(now))
        .col_expr(outbox::Column::Claim, Expr::value(Option::<String>::None))
        .col_expr(outbox::Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(
            outbox::Column::Tries,
            sea_orm::sea_query::ExprTrait::add(Expr::col(outbox::Column::Tries), 1),
        )
        .filter(outbox::Column::Id.is_in(ids))
        .filter(outbox::Column::Claim.eq(claim))
        .exec(db)
        .await
        .map(|_| ())
}

/// The LRS refused the statement as invalid: kept, with what it said, until an admin sends it
/// again.
pub async fn refused(
    db: &DatabaseConnection,
    row: &outbox::Model,
    error: &str,
) -> Result<(), DbErr> {
    let _turn = transactions::writer_turn(db).await;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(OutboxState::Rejected))
        .col_expr(outbox::Column::Claim, Expr::value(Option::<String>::None))
        .col_expr(outbox::Column::Tries, Expr::value(row.tries + 1))
        .col_expr(outbox::Column::LastError, Expr::value(truncated(error)))
        .filter(outbox::Column::Id.eq(row.id))
        .filter(outbox::Column::Claim.eq(row.claim.clone()))
        .exec(db)
        .await
        .map(|_| ())
}

/// The LRS could not be reached, or failed: tried again after the backoff for its tries. The
/// rows of one claim share their tries' count in one update each.
pub async fn postpone(
    db: &DatabaseConnection,
    rows: &[outbox::Model],
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut by_tries: std::collections::BTreeMap<i32, Vec<i32>> = Default::default();
    for row in rows {
        by_tries.entry(row.tries + 1).or_default().push(row.id);
    }
    let Some(claim) = rows.first().and_then(|r| r.claim.clone()) else { return Ok(()) };
    let (txn, _turn) = transactions::write(db).await?;
    for (tries, ids) in by_tries {
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Claim, Expr::value(Option::<String>::None))
            .col_expr(outbox::Column::Tries, Expr::value(tries))
            .col_expr(
                outbox::Column::NextTryAt,
                Expr::value(now + Duration::seconds(backoff_seconds(tries))),
            )
            .col_expr(outbox::Column::LastError, Expr::value(truncated(error)))
            .filter(outbox::Column::Id.is_in(ids))
            .filter(outbox::Column::Claim.eq(claim.clone()))
            .exec(&txn)
            .await?;
    }
    txn.commit().await
}

fn truncated(error: &str) -> String {
    error.chars().take(ERROR_CHARS).collect()
}

/// Deletes statements sent more than [`KEEP_SENT_DAYS`] ago; returns how many. Never one that a
/// collection could read again (within the lookback of the newest): it would be sent twice.
/// Refused and waiting statements are never deleted. A chunk per write transaction.
pub async fn prune_sent(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let Some(read_again) = read_again_from(db, now).await? else { return Ok(0) };
    let mut pruned = 0;
    loop {
        let old = Query::select()
            .column(outbox::Column::Id)
            .from(outbox::Entity)
            .and_where(outbox::Column::State.eq(OutboxState::Sent))
            .and_where(outbox::Column::SentAt.lt(now - Duration::days(KEEP_SENT_DAYS)))
            .and_where(outbox::Column::OccurredAt.lt(read_again))
            .limit(PRUNE_CHUNK)
            .to_owned();
        let _turn = transactions::writer_turn(db).await;
        let done = outbox::Entity::delete_many()
            .filter(outbox::Column::Id.in_subquery(old))
            .exec(db)
            .await?
            .rows_affected;
        pruned += done;
        if done < PRUNE_CHUNK {
            return Ok(pruned);
        }
    }
}

/// Puts every refused statement back in line (after the LRS or its profile was fixed).
pub async fn requeue_refused(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let _turn = transactions::writer_turn(db).await;
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
