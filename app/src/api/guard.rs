//! The first line of every server function: who is calling, and may they?

use crate::model::error::AppError;
use crate::model::permissions::{Permission, Reach, can};
use crate::state::{Authenticated, authenticated};

/// The caller's session, or `Unauthenticated`.
pub fn signed_in() -> Result<Authenticated, AppError> {
    authenticated().ok_or(AppError::Unauthenticated)
}

/// The caller, if their role grants `permission`. A caller without it gets `NotFound` — the same
/// answer as for something that does not exist.
pub fn require(permission: Permission) -> Result<Authenticated, AppError> {
    let session = signed_in()?;
    if can(session.user.role, permission) { Ok(session) } else { Err(AppError::NotFound) }
}

/// The caller and where they administer: every country for an admin, their own for a country
/// coordinator. Anyone else gets `NotFound`.
pub async fn administrator() -> Result<(Authenticated, Reach), AppError> {
    let session = signed_in()?;
    let db = crate::state::db()?;
    let reach = crate::services::organisations::reach(&db, &session.user).await?;
    Ok((session, reach.ok_or(AppError::NotFound)?))
}

/// The caller, if they administer `country`; `NotFound` otherwise, as for a country that does
/// not exist.
pub async fn administrator_of(country: &str) -> Result<(Authenticated, Reach), AppError> {
    let (session, reach) = administrator().await?;
    if reach.covers(country) { Ok((session, reach)) } else { Err(AppError::NotFound) }
}
