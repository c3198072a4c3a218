//! What the server reads off a request before any page or server function runs: cookies and
//! the reader's language.

use http::{HeaderMap, header::ACCEPT_LANGUAGE};

use crate::model::locale::Locale;

/// The value of cookie `name` in request headers (empty values count as absent).
pub fn cookie(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| c.trim().strip_prefix(name)?.strip_prefix('=').map(str::to_owned))
        .filter(|value| !value.is_empty())
}

/// The language asked for by `headers`: the `lang` cookie, then `Accept-Language`, then English.
pub fn locale(headers: &HeaderMap) -> Locale {
    let from_cookie = || cookie(headers, "lang").as_deref().and_then(Locale::from_code);
    let from_header =
        || headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::negotiate);
    from_cookie().or_else(from_header).unwrap_or_default()
}

/// [`locale`] of the request being rendered (English outside one).
pub fn current_locale() -> Locale {
    leptos::prelude::use_context::<http::request::Parts>()
        .map_or_else(Locale::default, |parts| locale(&parts.headers))
}
