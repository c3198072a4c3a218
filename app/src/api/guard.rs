//! The first line of every server function: who is calling, and may they?

use crate::model::error::AppError;
use crate::model::permissions::{Permission, can};
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
