//! What makes Frontline an installable, offline-capable web app: the service worker at `/sw.js`
//! (named after the release, so a new build replaces it and its caches) and the web app manifest
//! in the reader's language and direction. Both are enhancements: without JavaScript nothing
//! here is used.

use std::hash::{DefaultHasher, Hash, Hasher};

use app::{
    components::layout::THEME_COLOUR,
    i18n::{Locale, Msg},
    request::locale_allowing,
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    extract::State,
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Response},
};
use leptos::prelude::LeptosOptions;

const WORKER: &str = include_str!("offline/sw.js");

/// The worker may fetch from this site and nothing else; it runs no other script.
pub const WORKER_CSP: &str =
    "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'";

/// The styles, scripts and wasm of the build, and the page script, as one digest: the directory
/// their URLs name (`/pkg/<digest>/…`, `/offline.js?v=<digest>`), so a browser keeps them for
/// good and a new build is fetched at once.
pub fn assets_digest(options: &LeptosOptions) -> String {
    let mut hasher = DefaultHasher::new();
    let root = std::path::Path::new(options.site_root.as_ref());
    let pkg = root.join(options.site_pkg_dir.as_ref());
    let name = options.output_name.as_ref();
    for file in [
        pkg.join(format!("{name}.css")),
        pkg.join(format!("{name}.js")),
        // wasm-bindgen's name, and cargo-leptos' (which the site has).
        pkg.join(format!("{name}_bg.wasm")),
        pkg.join(format!("{name}.wasm")),
        root.join("offline.js"),
    ] {
        std::fs::read(file).unwrap_or_default().hash(&mut hasher);
    }
    format!("{:016x}", hasher.finish())
}

/// What the service worker is named after when `FRONTLINE_RELEASE` is not set: the assets and
/// the worker itself, so a build that changes any of them is a new release.
pub fn site_digest(assets: &str) -> String {
    let mut hasher = DefaultHasher::new();
    (WORKER, assets).hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// `GET /sw.js`: never cached by the browser's HTTP cache, so an update is seen at once.
pub async fn service_worker(State(state): State<AppState>) -> Response {
    let script = WORKER.replace("__RELEASE__", &state.settings.release);
    let mut response = script.into_response();
    let headers = response.headers_mut();
    headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(WORKER_CSP));
    response
}

/// `GET /manifest.webmanifest`: the app's name in the reader's language, laid out in its
/// direction, opening on the home page.
pub async fn manifest(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    headers: HeaderMap,
) -> Response {
    let locale = session.map_or_else(
        || locale_allowing(&headers, state.settings.pseudo_locale),
        |Extension(s)| s.user.locale,
    );
    let body = manifest_json(locale).to_string();
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/manifest+json; charset=utf-8"),
    );
    response
}

fn manifest_json(locale: Locale) -> serde_json::Value {
    let icon = |size: u32, purpose: &str| {
        serde_json::json!({
            "src": format!("/icons/icon-{size}.png"),
            "sizes": format!("{size}x{size}"),
            "type": "image/png",
            "purpose": purpose,
        })
    };
    serde_json::json!({
        "id": "/",
        "name": locale.t(Msg::AppName),
        "short_name": locale.t(Msg::AppName),
        "description": locale.t(Msg::Tagline),
        "lang": locale.code(),
        "dir": locale.dir(),
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [icon(192, "any"), icon(512, "any"), icon(512, "maskable")],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_speaks_the_readers_language_and_direction() {
        let ar = manifest_json(Locale::Ar);
        assert_eq!(ar["dir"], "rtl");
        assert_eq!(ar["lang"], "ar");
        assert_eq!(ar["name"], Locale::Ar.t(Msg::AppName));
        assert_eq!(manifest_json(Locale::En)["dir"], "ltr");
    }

    #[test]
    fn the_worker_is_named_after_the_release() {
        assert!(WORKER.contains("const RELEASE = '__RELEASE__';"));
    }
}
