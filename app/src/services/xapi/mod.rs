//! xAPI 1.0.3: statements built from the stored rows ([`statements`], [`events`]), exported per
//! date range, and carried to a partner's LRS through the [`outbox`].

pub mod events;
pub mod outbox;
pub mod statements;

use chrono::{DateTime, Duration, Utc};
use sea_orm::ConnectionTrait;

use crate::model::error::AppError;
use crate::services::credentials::Issuer;

/// The longest export: a year.
pub const EXPORT_DAYS_AT_MOST: i64 = 366;

/// The statements of `[from, to)` as one JSON array (what `GET /reports/xapi.json` sends),
/// written a day at a time.
pub async fn export(
    db: &impl ConnectionTrait,
    issuer: &Issuer,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<u8>, AppError> {
    let mut out = b"[".to_vec();
    let mut first = true;
    let mut day = from;
    while day < to {
        let next = (day + Duration::days(1)).min(to);
        for s in events::between(db, issuer, day, next).await? {
            if !first {
                out.push(b',');
            }
            first = false;
            out.push(b'\n');
            serde_json::to_writer(&mut out, &s.json).map_err(AppError::internal)?;
        }
        day = next;
    }
    out.extend_from_slice(b"\n]\n");
    Ok(out)
}
