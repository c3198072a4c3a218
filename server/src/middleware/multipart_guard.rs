//! A multipart form without a boundary cannot be read at all, and server_fn's multipart decoder
//! does not say so: it panics (`expect("couldn't parse boundary")`), and the connection closes
//! without an answer — signed in or not, since it decodes before the function runs. Such a
//! request gets a plain 400 here instead.

use app::api::{admin::UploadImport, authoring::ImportModule};
use app::services::user_import::has_multipart_boundary;
use axum::{
    extract::Request,
    http::{Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::server_fn::ServerFn;

/// The server functions that read multipart forms (file uploads).
const MULTIPART_ENDPOINTS: [&str; 2] =
    [<UploadImport as ServerFn>::PATH, <ImportModule as ServerFn>::PATH];

pub async fn refuse_multipart_without_boundary(request: Request, next: Next) -> Response {
    if request.method() == Method::POST && needs_boundary(&request) && !has_boundary(&request) {
        tracing::warn!(path = %request.uri().path(), "refused a multipart post without a boundary");
        let message = "The form could not be read: a multipart form needs a boundary.";
        return (StatusCode::BAD_REQUEST, message).into_response();
    }
    next.run(request).await
}

fn content_type(request: &Request) -> Option<&str> {
    request.headers().get(header::CONTENT_TYPE)?.to_str().ok()
}

/// An upload endpoint, whatever the request says it sends, or anything sent as multipart.
fn needs_boundary(request: &Request) -> bool {
    MULTIPART_ENDPOINTS.contains(&request.uri().path())
        || content_type(request)
            .is_some_and(|t| t.trim_start().to_ascii_lowercase().starts_with("multipart/"))
}

fn has_boundary(request: &Request) -> bool {
    content_type(request).is_some_and(has_multipart_boundary)
}
