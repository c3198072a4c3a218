use leptos::prelude::*;

use crate::model::{error::AppError, system::ConnectionStatus};

/// Lets a user on a weak network check that Frontline is reachable. Public: reveals nothing.
#[server(endpoint = "system/status")]
pub async fn check_connection() -> Result<ConnectionStatus, AppError> {
    let db = crate::state::db()?;
    let database_ok = crate::services::health::database_ok(&db).await.is_ok();
    Ok(ConnectionStatus { database_ok })
}
