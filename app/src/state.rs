//! What every server function and page can reach: the app's state (provided once by the router)
//! and what the server's middleware learned about the request (its extensions).

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

use crate::model::{accounts::CurrentUser, error::AppError, forms::Flash};

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
}

/// Behaviour switches read once at start-up.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Cookies marked `Secure` with the `__Host-` prefix: on whenever served over HTTPS.
    pub secure_cookies: bool,
    /// Demo mode: demo sign-ins are shown on the sign-in page.
    pub demo: bool,
    /// The pseudo-locale (`lang=qps` cookie: every interface text wrapped in ⟦…⟧) may be asked
    /// for. For tests; off in production.
    pub pseudo_locale: bool,
    /// What the service worker is named after (`FRONTLINE_RELEASE`, else a digest of the site).
    pub release: String,
    /// A digest of the styles, scripts and wasm: the directory their URLs name.
    pub assets: String,
    /// Requests worked on at once, and how long a page view queues for a place
    /// (`FRONTLINE_MAX_IN_FLIGHT`, `FRONTLINE_QUEUE_WAIT_MS`).
    pub max_in_flight: usize,
    pub queue_wait: std::time::Duration,
    /// Who signs the credentials (`FRONTLINE_PUBLIC_URL`, `FRONTLINE_ISSUER_NAME`).
    pub issuer: crate::services::credentials::Issuer,
    /// The LRS statements are pushed to, if any (its address only).
    pub lrs_endpoint: Option<String>,
}

impl Settings {
    pub fn session_cookie_name(&self) -> &'static str {
        if self.secure_cookies { "__Host-frontline_session" } else { "frontline_session" }
    }
}

/// The client's address: the peer, or the `X-Forwarded-For` entry a trusted proxy added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientAddress(pub String);

/// A request made within a valid session.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub user: CurrentUser,
    pub token_hash: String,
    /// The outcome of this session's last form, shown once.
    pub flash: Option<Flash>,
}

fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| AppError::internal("AppState missing from context"))
}

/// The database of the running app.
pub fn db() -> Result<DatabaseConnection, AppError> {
    state().map(|s| s.db)
}

pub fn settings() -> Result<Arc<Settings>, AppError> {
    state().map(|s| s.settings)
}

/// Leptos' options and the digest of the site's files, which their URLs carry
/// (`/pkg/<digest>/…`) so that a browser may keep them for good.
pub fn assets() -> Option<(LeptosOptions, String)> {
    state().ok().map(|s| (s.leptos_options, s.settings.assets.clone()))
}

fn extension<T: Clone + Send + Sync + 'static>() -> Option<T> {
    use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<T>().cloned())
}

/// The session of the current request, if signed in.
pub fn authenticated() -> Option<Authenticated> {
    extension::<Authenticated>()
}

pub fn client_address() -> String {
    extension::<ClientAddress>().map(|a| a.0).unwrap_or_else(|| "unknown".into())
}

pub use crate::request::cookie;
