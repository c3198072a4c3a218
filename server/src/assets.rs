//! The site's files, outside every layer that reads the session or the database.
//!
//! Styles, scripts and wasm are served from `/pkg/<digest>/…`, the digest of the build
//! (`offline::assets_digest`), and browsers keep them for good (`immutable`): a new build names
//! a new directory. The page script is `/offline.js?v=<digest>` for the same reason; icons keep
//! for a day. Precompressed copies (`.br`, `.gz`, written at build time by
//! `cargo leptos build --release --precompress`) go out as they are; without them the
//! compression layer compresses as it sends.

use std::{path::Path, sync::Arc};

use axum::{
    Router,
    extract::{Path as UrlPath, Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use leptos::prelude::LeptosOptions;
use tower::ServiceExt;
use tower_http::services::ServeDir;

const FOR_GOOD: &str = "public, max-age=31536000, immutable";
const FOR_A_DAY: &str = "public, max-age=86400";
const ALWAYS_ASK: &str = "no-cache";

#[derive(Clone)]
struct Files {
    digest: Arc<str>,
    pkg: ServeDir,
    root: ServeDir,
}

pub fn routes(options: &LeptosOptions, digest: &str) -> Router {
    let root = Path::new(options.site_root.as_ref());
    let serve = |dir: &Path| ServeDir::new(dir).precompressed_br().precompressed_gzip();
    let files = Files {
        digest: digest.into(),
        pkg: serve(&root.join(options.site_pkg_dir.as_ref())),
        root: serve(root),
    };
    Router::new()
        .route("/pkg/{digest}/{*file}", get(versioned))
        .route("/offline.js", get(page_script))
        .route("/favicon.svg", get(kept_a_day))
        .route("/icons/{*file}", get(kept_a_day))
        .with_state(files)
}

/// `/pkg/<digest>/<file>`: the build's file when the digest is this build's; anything else
/// (a page of an older build asking for its wasm) is not found, and that page works on as
/// plain HTML.
async fn versioned(
    State(files): State<Files>,
    UrlPath((digest, file)): UrlPath<(String, String)>,
    mut request: Request,
) -> Response {
    if digest != *files.digest {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Ok(uri) = format!("/{file}").parse() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    *request.uri_mut() = uri;
    serve(files.pkg, request, FOR_GOOD).await
}

async fn page_script(State(files): State<Files>, request: Request) -> Response {
    let current = request.uri().query() == Some(&format!("v={}", files.digest));
    serve(files.root, request, if current { FOR_GOOD } else { ALWAYS_ASK }).await
}

async fn kept_a_day(State(files): State<Files>, request: Request) -> Response {
    serve(files.root, request, FOR_A_DAY).await
}

async fn serve(dir: ServeDir, request: Request, cache: &'static str) -> Response {
    let mut response = match dir.oneshot(request).await {
        Ok(response) => response.into_response(),
        Err(never) => match never {},
    };
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if response.status().is_success() {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    response
}
