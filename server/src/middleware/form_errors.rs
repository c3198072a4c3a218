//! A browser's plain form post (no JavaScript) that cannot be read — a tampered, duplicated or
//! missing field, a body over the size limit — fails before its server function runs, so the
//! function's own "back to the form with a message" never happens and the browser would show
//! raw JSON. Here such a post goes back to its page (the Referer on this site, else home) with a
//! message the page shows in the reader's language: kept in the session's flash, or, with no
//! session to keep it in, in the address.

use app::{
    model::forms::Unreadable,
    services::sessions,
    state::{AppState, Authenticated},
};
use axum::{
    extract::{Request, State},
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

pub async fn unreadable_form_to_page(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if !is_browser_form_post(&request) {
        return next.run(request).await;
    }
    let session = request.extensions().get::<Authenticated>().map(|s| s.token_hash.clone());
    let back = back_path(request.headers());
    let response = next.run(request).await;
    // Server functions answer 400 only when their arguments cannot be read (`AppError`'s
    // `from_server_fn_error`); 413 comes from the body limit.
    let why = match response.status() {
        StatusCode::BAD_REQUEST => Unreadable::Malformed,
        StatusCode::PAYLOAD_TOO_LARGE => Unreadable::TooLarge,
        _ => return response,
    };
    let to = match session {
        Some(token_hash) => {
            if let Err(e) = sessions::set_flash(&state.db, &token_hash, &why.flash()).await {
                tracing::warn!("could not keep an unreadable form's message: {e}");
            }
            back
        }
        None => with_param(&back, Unreadable::PARAM, why.code()),
    };
    (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
}

fn is_browser_form_post(request: &Request) -> bool {
    request.method() == Method::POST
        && request.uri().path().starts_with("/api/")
        && app::request::accepts_html(request.headers())
}

/// The path and query of the Referer when it is a page of this host, else home.
fn back_path(headers: &HeaderMap) -> String {
    let local = || {
        let referer = headers.get(header::REFERER)?.to_str().ok()?;
        let host = headers.get(header::HOST)?.to_str().ok()?;
        let rest = referer.strip_prefix("http://").or_else(|| referer.strip_prefix("https://"))?;
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let path = if path.is_empty() { "/" } else { path };
        let stays_here = authority == host && !path.starts_with("//") && !path.contains('\\');
        stays_here.then(|| path.to_owned())
    };
    local().unwrap_or_else(|| "/".to_owned())
}

fn with_param(path: &str, name: &str, value: &str) -> String {
    let separator = if path.contains('?') { '&' } else { '?' };
    format!("{path}{separator}{name}={value}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(referer: &'static str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(header::HOST, HeaderValue::from_static("frontline.test"));
        map.insert(header::REFERER, HeaderValue::from_static(referer));
        map
    }

    #[test]
    fn goes_back_only_to_pages_of_this_site() {
        assert_eq!(back_path(&headers("http://frontline.test/account?x=1")), "/account?x=1");
        assert_eq!(back_path(&headers("https://frontline.test")), "/");
        assert_eq!(back_path(&headers("https://evil.example/account")), "/");
        assert_eq!(back_path(&headers("http://frontline.test//evil.example")), "/");
        assert_eq!(back_path(&headers("http://frontline.test/\\evil.example")), "/");
        assert_eq!(back_path(&HeaderMap::new()), "/");
        assert_eq!(with_param("/sign-in", "form_error", "x"), "/sign-in?form_error=x");
        let after_query = with_param("/sign-in?next=/", "form_error", "x");
        assert_eq!(after_query, "/sign-in?next=/&form_error=x");
    }
}
