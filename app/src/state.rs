//! What every server function and route can reach: provided once by the router.

use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

use crate::model::error::AppError;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
}

/// The database of the running app, for server functions.
pub fn db() -> Result<DatabaseConnection, AppError> {
    use_context::<AppState>()
        .map(|state| state.db)
        .ok_or_else(|| AppError::internal("AppState missing from the server function context"))
}
