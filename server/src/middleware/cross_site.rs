//! Refuses state-changing requests that another site's page made the browser send (CSRF).
//! Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); SameSite cookies are
//! the second line.

use std::sync::Arc;

use app::state::Settings;
use axum::{
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    // The session layer hands on the settings; without them, assume HTTPS (the stricter).
    let https_only = request.extensions().get::<Arc<Settings>>().is_none_or(|s| s.secure_cookies);
    if is_safe_method(request.method()) || is_same_site(request.headers(), https_only) {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        (StatusCode::FORBIDDEN, "Cross-site request refused.").into_response()
    }
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Same-origin or typed by the user (`none`), per `Sec-Fetch-Site`; else an `Origin` naming
/// this site's scheme and host. A request with neither header comes from a program, not a
/// browser: allowed without cookies (a script signing in, a health probe), refused with them,
/// since only a browser attaches ambient cookies a third party could abuse.
pub fn is_same_site(headers: &HeaderMap, https_only: bool) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return !headers.contains_key(header::COOKIE);
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    origin.to_str().is_ok_and(|origin| origin_is(origin, host, https_only))
}

/// Whether `origin` (`scheme://host[:port]`, nothing more) is this site: exactly the request's
/// host and port, over HTTPS — or plain HTTP too when the site is not served over HTTPS.
fn origin_is(origin: &str, host: &str, https_only: bool) -> bool {
    let Some((scheme, authority)) = origin.split_once("://") else { return false };
    let scheme_ok = match scheme.to_ascii_lowercase().as_str() {
        "https" => true,
        "http" => !https_only,
        _ => false,
    };
    scheme_ok && !host.is_empty() && authority.eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn tells_cross_site_from_same_site() {
        let same = |pairs: &[(&'static str, &'static str)]| is_same_site(&headers(pairs), false);
        assert!(same(&[("sec-fetch-site", "same-origin")]));
        assert!(!same(&[("sec-fetch-site", "cross-site")]));
        assert!(!same(&[("sec-fetch-site", "same-site")]));
        assert!(same(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]));
        assert!(!same(&[("origin", "https://evil.example"), ("host", "127.0.0.1:3000")]));
        assert!(!same(&[("origin", "null"), ("host", "127.0.0.1:3000")]));
        assert!(same(&[]));
    }

    #[test]
    fn the_origin_must_be_exactly_this_scheme_and_host() {
        let host = ("host", "frontline.test");
        let same = |origin: &'static str, https_only: bool| {
            is_same_site(&headers(&[("origin", origin), host]), https_only)
        };
        assert!(same("https://frontline.test", true));
        assert!(!same("http://frontline.test", true), "plain HTTP to an HTTPS site");
        assert!(same("http://frontline.test", false));
        assert!(!same("http://frontline.test.evil.example", false));
        assert!(!same("http://evil.frontline.test", false));
        assert!(!same("http://frontline.test:8080", false));
        assert!(!same("http://frontline.test/", false));
        assert!(!same("ftp://frontline.test", false));
        assert!(!same("frontline.test", false));
        assert!(!is_same_site(&headers(&[("origin", "https://frontline.test")]), false));
    }

    #[test]
    fn a_cookie_without_origin_or_fetch_metadata_is_refused() {
        assert!(!is_same_site(&headers(&[("cookie", "frontline_session=x")]), false));
        assert!(is_same_site(&headers(&[("host", "frontline.test")]), false), "no cookie");
    }
}
