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

/// Whether the request comes from a browser's page (a link, a plain form), which reads HTML,
/// rather than from a script, which reads status codes and JSON.
pub fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// The language asked for by `headers`: the `lang` cookie, then `Accept-Language`, then English.
/// The pseudo-locale (`lang=qps`) only when `pseudo_allowed` (the server's configuration): it is
/// never negotiated from `Accept-Language`.
pub fn locale_allowing(headers: &HeaderMap, pseudo_allowed: bool) -> Locale {
    if pseudo_allowed && pseudo_requested(headers) {
        return Locale::Pseudo;
    }
    let from_cookie = || cookie(headers, "lang").as_deref().and_then(Locale::from_code);
    let from_header =
        || headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Locale::negotiate);
    from_cookie().or_else(from_header).unwrap_or_default()
}

/// [`locale_allowing`] on a server that does not allow the pseudo-locale.
pub fn locale(headers: &HeaderMap) -> Locale {
    locale_allowing(headers, false)
}

fn pseudo_requested(headers: &HeaderMap) -> bool {
    cookie(headers, "lang").as_deref() == Some(Locale::Pseudo.code())
}

/// Whether the running server allows the pseudo-locale (`FRONTLINE_PSEUDO_LOCALE`).
fn pseudo_allowed() -> bool {
    crate::state::settings().is_ok_and(|s| s.pseudo_locale)
}

/// [`locale_allowing`] of the request being rendered, as the server's configuration allows
/// (English outside a request). The shell lets the pseudo-locale win over a signed-in person's
/// own language, so that tests can read every page in it.
pub fn current_locale() -> Locale {
    leptos::prelude::use_context::<http::request::Parts>()
        .map_or_else(Locale::default, |parts| locale_allowing(&parts.headers, pseudo_allowed()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookie: &str, accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::COOKIE, cookie.parse().unwrap());
        h.insert(ACCEPT_LANGUAGE, accept.parse().unwrap());
        h
    }

    #[test]
    fn the_pseudo_locale_only_by_cookie_and_only_where_allowed() {
        let asked = headers("lang=qps", "ar");
        assert_eq!(locale_allowing(&asked, true), Locale::Pseudo);
        assert_eq!(locale_allowing(&asked, false), Locale::Ar, "else the header decides");
        assert_eq!(locale(&asked), Locale::Ar);
        assert_eq!(locale_allowing(&headers("lang=tr", "qps"), true), Locale::Tr);
        assert_eq!(locale_allowing(&headers("x=1", "qps"), true), Locale::En);
    }
}
