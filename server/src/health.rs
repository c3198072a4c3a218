//! `GET /healthz` for load balancers and monitors: 200 when the database answers, 503 when not.

use app::state::AppState;
use axum::{Json, extract::State, http::StatusCode};
use serde_json::{Value, json};

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    match app::services::health::database_ok(&state.db).await {
        Ok(()) => (StatusCode::OK, Json(json!({ "status": "ok", "database": "ok" }))),
        Err(err) => {
            tracing::error!("health check: database unavailable: {err}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "status": "unavailable", "database": "unavailable" })),
            )
        }
    }
}
