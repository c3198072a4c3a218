//! Headers every response carries. Pages set their own Content-Security-Policy with the
//! per-response nonce of Leptos' hydration script (see `app::shell`); everything else gets a
//! strict default.

use std::sync::Arc;

use app::state::{Authenticated, Settings};
use axum::{
    extract::Request,
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};

pub const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Over HTTPS (secure cookies on), browsers must never fall back to plain HTTP for a year.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

pub async fn add_security_headers(request: Request, next: Next) -> Response {
    let signed_in = request.extensions().get::<Authenticated>().is_some();
    // The session layer, outside this one, hands on the settings.
    let https = request.extensions().get::<Arc<Settings>>().is_some_and(|s| s.secure_cookies);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    // Someone's own pages must not stay in a shared computer's or a proxy's cache.
    if signed_in {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
