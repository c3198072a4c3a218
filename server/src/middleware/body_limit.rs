//! How large a request may be: one router-wide limit, and larger ones only for the forms that
//! carry a file or a long text. A body that says it is larger is refused before it is read
//! (413); one that does not say (chunked) stops being read at the limit.

use app::api::{
    admin::{ImportUsers, PreviewImport, UploadImport},
    authoring::{ImportModule, UpdateLesson, UpdateQuestion},
    learning::Assign,
};
use app::services::user_import::MAX_UPLOAD;
use app::state::Authenticated;
use axum::{
    RequestExt,
    body::HttpBody,
    extract::{DefaultBodyLimit, Request},
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::server_fn::ServerFn;

/// Every request not named below: pages, and forms of short fields.
pub const DEFAULT_LIMIT: usize = 64 * 1024;
/// Room for a multipart form's part headers and small fields beside its file.
const SLACK: usize = 64 * 1024;
/// A module document: one file of at most [`MAX_UPLOAD`].
pub const MODULE_IMPORT_LIMIT: usize = MAX_UPLOAD + SLACK;
/// A people file, uploaded or pasted (each at most [`MAX_UPLOAD`]).
pub const PEOPLE_UPLOAD_LIMIT: usize = 2 * MAX_UPLOAD + SLACK;
/// A checked people file sent back URL-encoded: up to three bytes for each of its bytes.
pub const PEOPLE_IMPORT_LIMIT: usize = 3 * MAX_UPLOAD + SLACK;
/// A lesson's Markdown or a question with its options, URL-encoded: a long Arabic lesson
/// (two bytes a letter, each sent as three) passes 64 KiB.
pub const AUTHORING_LIMIT: usize = 256 * 1024;
/// An assignment to chosen people, one `people[id]=on` each: room for a large agency.
pub const ASSIGN_LIMIT: usize = 1024 * 1024;

/// The endpoints allowed more than [`DEFAULT_LIMIT`].
const LARGER: [(&str, usize); 7] = [
    (<ImportModule as ServerFn>::PATH, MODULE_IMPORT_LIMIT),
    (<UploadImport as ServerFn>::PATH, PEOPLE_UPLOAD_LIMIT),
    (<PreviewImport as ServerFn>::PATH, PEOPLE_IMPORT_LIMIT),
    (<ImportUsers as ServerFn>::PATH, PEOPLE_IMPORT_LIMIT),
    (<UpdateLesson as ServerFn>::PATH, AUTHORING_LIMIT),
    (<UpdateQuestion as ServerFn>::PATH, AUTHORING_LIMIT),
    (<Assign as ServerFn>::PATH, ASSIGN_LIMIT),
];

/// The largest body a request to `path` may carry.
pub fn limit_for(path: &str) -> usize {
    LARGER.iter().find(|(p, _)| *p == path).map_or(DEFAULT_LIMIT, |(_, limit)| *limit)
}

pub async fn limit_body(mut request: Request, next: Next) -> Response {
    // The larger limits are for staff, who are signed in: a stranger's body is never held at
    // megabytes (a hundred hostile 10 MB posts at once once took the server to 665 MB).
    let signed_in = request.extensions().get::<Authenticated>().is_some();
    let limit = if signed_in { limit_for(request.uri().path()) } else { DEFAULT_LIMIT };
    if declared_length(&request) > limit as u64 {
        tracing::warn!(path = %request.uri().path(), limit, "refused a request over its limit");
        let message = format!("The request is larger than {} KB.", limit / 1024);
        return (StatusCode::PAYLOAD_TOO_LARGE, message).into_response();
    }
    // Server functions read their body under this limit, multipart ones included.
    DefaultBodyLimit::max(limit).apply(&mut request);
    next.run(request.with_limited_body()).await
}

/// What the request says its body weighs: `Content-Length`, or the body's own exact size.
fn declared_length(request: &Request) -> u64 {
    let header = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(0);
    header.max(request.body().size_hint().lower())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_file_and_long_text_forms_get_more() {
        assert_eq!(limit_for("/api/account/update_profile"), DEFAULT_LIMIT);
        assert_eq!(limit_for("/admin/import"), DEFAULT_LIMIT);
        assert_eq!(limit_for("/api/authoring/import"), MODULE_IMPORT_LIMIT);
        assert_eq!(limit_for("/api/admin/upload_import"), PEOPLE_UPLOAD_LIMIT);
        assert_eq!(limit_for("/api/admin/import_users"), PEOPLE_IMPORT_LIMIT);
        assert_eq!(limit_for("/api/authoring/update_lesson"), AUTHORING_LIMIT);
        const { assert!(PEOPLE_IMPORT_LIMIT < 4 * 1024 * 1024) };
    }
}
