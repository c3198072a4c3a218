//! Headers every response carries. Pages set their own Content-Security-Policy with the
//! per-response nonce of Leptos' hydration script (see `app::shell`); everything else gets a
//! strict default.

use app::state::Authenticated;
use axum::{
    extract::Request,
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};

pub const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

pub async fn add_security_headers(request: Request, next: Next) -> Response {
    let signed_in = request.extensions().get::<Authenticated>().is_some();
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
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
