//! Modules, their versions and their content. A published version is frozen: editing a
//! published module makes the next draft, a copy, which replaces it only when published.

mod lessons;
mod lifecycle;
mod questions;
mod versions;

pub use lessons::*;
pub use lifecycle::*;
pub use questions::*;
pub use versions::*;

use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait};

use crate::entities::module_version as version;
use crate::model::{authoring::VersionStatus, error::AppError, problem::Problem};
use crate::services::positions::{self, Ordered};

/// A version that may still change, or a clear refusal. The row stays locked (PostgreSQL) for
/// the transaction, so an edit and a publish of the same draft run one after the other and a
/// published version never changes.
async fn draft(db: &impl ConnectionTrait, id: i32) -> Result<version::Model, AppError> {
    let v = crate::services::transactions::locked(version::Entity::find_by_id(id), db)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if v.status != VersionStatus::Draft {
        return Err(Problem::VersionFrozen.at("version"));
    }
    Ok(v)
}

fn required(value: &str, field: &str, problem: Problem) -> Result<String, AppError> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > 200 {
        return Err(problem.at(field));
    }
    Ok(value.to_owned())
}

/// What the editor's list does to a lesson or question of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Towards the start, swapping with the neighbour there.
    Up,
    Down,
    /// Gone, and the ones after it move up a place.
    Delete,
}

impl Arrangement {
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "up" => Some(Self::Up),
            "down" => Some(Self::Down),
            "delete" => Some(Self::Delete),
            _ => None,
        }
    }
}

/// Moves or deletes lesson or question `id` of a draft. Returns its version.
pub async fn arrange(
    db: &DatabaseConnection,
    what: Ordered,
    id: i32,
    how: Arrangement,
) -> Result<i32, AppError> {
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let version_id = positions::place(&txn, what, id).await?.ok_or(AppError::NotFound)?.version_id;
    draft(&txn, version_id).await?;
    // Read again under the draft's lock: a move that finished meanwhile changed the places.
    let place = positions::place(&txn, what, id).await?.ok_or(AppError::NotFound)?;
    match how {
        Arrangement::Up => positions::move_within(&txn, what, place, true).await?,
        Arrangement::Down => positions::move_within(&txn, what, place, false).await?,
        Arrangement::Delete => positions::remove(&txn, what, place).await?,
    }
    crate::services::translations::source_changed(&txn, place.version_id).await?;
    txn.commit().await?;
    Ok(place.version_id)
}
