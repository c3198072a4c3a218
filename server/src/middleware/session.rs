//! Resolves the session cookie to a signed-in user for pages and server functions.

use app::{
    model::error::spread_wait,
    request::accepts_html,
    services::{auth::current_user, sessions},
    state::{AppState, Authenticated},
};
use axum::{
    extract::{Request, State},
    http::Method,
    middleware::Next,
    response::{IntoResponse, Response},
};
use sea_orm::DbErr;

use super::admission::busy;

pub async fn load_session(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    // For the layers inside this one: HSTS and the Origin check depend on HTTPS.
    request.extensions_mut().insert(state.settings.clone());
    let path = request.uri().path();
    let static_file =
        path.starts_with("/pkg/") || matches!(path, "/healthz" | "/favicon.ico" | "/favicon.svg");
    if !static_file
        && let Some(token) =
            app::state::cookie(request.headers(), state.settings.session_cookie_name())
    {
        // A page view shows (and so uses up) the session's waiting form outcome.
        let page_view = request.method() == Method::GET && accepts_html(request.headers());
        match sessions::authenticate(&state.db, &token, page_view).await {
            Ok(Some((session, user, flash))) => {
                request.extensions_mut().insert(Authenticated {
                    user: current_user(&user),
                    token_hash: session.token_hash,
                    flash,
                });
            }
            Ok(None) => {}
            Err(err @ DbErr::ConnectionAcquire(_)) => {
                tracing::warn!("session lookup: {err}");
                return busy(request.method(), request.headers(), spread_wait());
            }
            Err(err) => {
                tracing::error!("session lookup failed: {err}");
                return (
                    axum::http::StatusCode::SERVICE_UNAVAILABLE,
                    "Frontline cannot reach its database right now. Please try again shortly.",
                )
                    .into_response();
            }
        }
    }
    next.run(request).await
}
