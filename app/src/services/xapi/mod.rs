//! xAPI 1.0.3: statements built from the stored rows ([`statements`], [`events`]), exported per
//! date range, and carried to a partner's LRS through the [`outbox`].

pub mod events;
pub mod outbox;
pub mod statements;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use crate::model::error::AppError;
use crate::services::credentials::Issuer;

/// The longest export: a year.
pub const EXPORT_DAYS_AT_MOST: i64 = 366;

/// One day's part of an export: the statements of `[from, to)` as elements of a JSON array,
/// each on its own line, with the comma before it unless it is the array's first (`first`,
/// cleared once one is written). The export route sends `[`, the parts a day at a time, then
/// `]`: however long the range, one day is held in memory.
pub async fn export_part(
    db: &impl ConnectionTrait,
    issuer: &Issuer,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    first: &mut bool,
) -> Result<Vec<u8>, AppError> {
    let mut out = Vec::new();
    for s in events::between(db, issuer, from, to).await? {
        if !std::mem::take(first) {
            out.push(b',');
        }
        out.push(b'\n');
        serde_json::to_writer(&mut out, &s.json).map_err(AppError::internal)?;
    }
    Ok(out)
}
