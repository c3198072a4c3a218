//! How a form's server function answers. A browser's plain form post (no JavaScript) gets a
//! redirect: to the next page on success, back to the form on failure with the error and the
//! typed values kept in the session (post → redirect → get). Other callers get a status code
//! and the error as JSON.

use std::collections::BTreeMap;

use http::{HeaderValue, StatusCode, header};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_axum::ResponseOptions;
use tracing::Instrument;

use crate::model::{error::AppError, forms::Flash, problem::Notice};
use crate::services::sessions;
use crate::state::{authenticated, db};

/// Where a successful form goes next, and what it says there.
pub struct Done {
    pub to: String,
    pub notice: Option<Notice>,
    /// Values the next page needs once (an uploaded file to preview, passwords to hand over).
    pub values: BTreeMap<String, String>,
}

impl Done {
    pub fn to(path: impl Into<String>) -> Self {
        Self { to: path.into(), notice: None, values: BTreeMap::new() }
    }

    pub fn keep(mut self, name: &str, value: impl Into<String>) -> Self {
        self.values.insert(name.to_owned(), value.into());
        self
    }

    pub fn notice(mut self, notice: Notice) -> Self {
        self.notice = Some(notice);
        self
    }
}

/// Runs a server function that reads (not a form): its work inside the request's span, and an
/// error with the HTTP status that fits it.
pub async fn query<T>(work: impl Future<Output = Result<T, AppError>>) -> Result<T, AppError> {
    work.instrument(span()).await.map_err(with_status)
}

/// The span of a server function: its path and the signed-in user, so that an internal error's
/// log line (with its reference) is found with the request that caused it.
fn span() -> tracing::Span {
    let path = use_context::<http::request::Parts>().map(|p| p.uri.path().to_owned());
    let user = authenticated().map(|a| a.user.id);
    tracing::info_span!("server_fn", path = path.as_deref().unwrap_or("?"), user)
}

/// Runs the work of form `F` (its server function) and answers as described above. The flash is
/// keyed by `F::PATH`, as the page's form pieces read it, so a renamed function breaks the
/// build, not the page. `values` are the fields to refill after a failure — never passwords.
pub async fn form<F: ServerFn>(
    values: BTreeMap<String, String>,
    work: impl Future<Output = Result<Done, AppError>>,
) -> Result<(), AppError> {
    let form_id = F::PATH;
    let outcome = work.instrument(span()).await;
    let from_browser_form = accepts_html();
    match outcome {
        Ok(done) => {
            if done.notice.is_some() || !done.values.is_empty() {
                let flash = Flash {
                    form: form_id.to_owned(),
                    notice: done.notice,
                    values: done.values,
                    ..Flash::default()
                };
                keep(&flash).await;
            }
            leptos_axum::redirect(&done.to);
            Ok(())
        }
        // Nothing was done and nothing is kept: the browser's form still holds what was typed,
        // and the admission layer shows the "send it again" page.
        Err(error @ AppError::Busy { .. }) => Err(with_status(error)),
        Err(error) if from_browser_form => {
            if error == AppError::Unauthenticated {
                leptos_axum::redirect("/sign-in");
            } else {
                keep(&Flash::failed(form_id, &error, values)).await;
                redirect_back();
            }
            Err(error)
        }
        Err(error) => Err(with_status(error)),
    }
}

/// For server functions that are not forms: sets the HTTP status that fits the error.
pub fn with_status(error: AppError) -> AppError {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.set_status(status_of(&error));
        if let AppError::Busy { retry_after } = error {
            response.insert_header(header::RETRY_AFTER, HeaderValue::from(retry_after));
        }
    }
    error
}

pub fn status_of(error: &AppError) -> StatusCode {
    match error {
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Unauthenticated | AppError::SignInFailed => StatusCode::UNAUTHORIZED,
        AppError::Invalid { .. } | AppError::Request(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// Routes outside the server functions (downloads) answer with the same status and, as plain
/// text, the English sentence.
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        (status_of(&self), self.to_string()).into_response()
    }
}

/// A browser's plain form post (as opposed to a script or another program).
pub fn accepts_html() -> bool {
    use_context::<http::request::Parts>().is_some_and(|p| crate::request::accepts_html(&p.headers))
}

/// Keeps a flash for the session's next page (no session: nothing to keep it in).
async fn keep(flash: &Flash) {
    if let (Some(session), Ok(db)) = (authenticated(), db())
        && let Err(e) = sessions::set_flash(&db, &session.token_hash, flash).await
    {
        tracing::warn!("could not keep a form's outcome: {e}");
    }
}

/// Back to the page the form was on: the Referer's path when it is ours, else home.
fn redirect_back() {
    let back = use_context::<http::request::Parts>()
        .and_then(|p| {
            let referer = p.headers.get(header::REFERER)?.to_str().ok()?.to_owned();
            let host = p.headers.get(header::HOST)?.to_str().ok()?.to_owned();
            local_path_of(&referer, &host)
        })
        .unwrap_or_else(|| "/".to_owned());
    if let Some(response) = use_context::<ResponseOptions>() {
        response.set_status(StatusCode::SEE_OTHER);
        if let Ok(value) = HeaderValue::from_str(&back) {
            response.insert_header(header::LOCATION, value);
        }
    }
}

/// The path and query of `url` if it points at `host`.
fn local_path_of(url: &str, host: &str) -> Option<String> {
    let rest = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"))?;
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    (authority == host).then(|| if path.is_empty() { "/".to_owned() } else { path.to_owned() })
}

/// A `next` target that stays on this site, else home: a path starting with exactly one `/`,
/// of printable URL characters only. Browsers drop tabs and newlines inside a URL and read `\`
/// as `/`, so `/<tab>/evil.example` or `/\evil.example` would leave the site: no control
/// character, space, backslash or anything outside ASCII passes, and the result is always a
/// valid header value.
pub fn safe_next(next: &str) -> String {
    let local = next.starts_with('/') && !next.starts_with("//") && next.bytes().all(is_url_byte);
    if local { next.to_owned() } else { "/".to_owned() }
}

/// A byte of a URL's path, query or fragment (RFC 3986 `pchar`, `/`, `?`, `#`, `%`).
fn is_url_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?#%".contains(&b)
}

/// Redirects to `path`, or home if it could not be a `Location` header: never a panic on input
/// (`leptos_axum::redirect` unwraps the header value).
pub fn redirect(path: &str) {
    let path = if HeaderValue::from_str(path).is_ok() { path } else { "/" };
    leptos_axum::redirect(path);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next("/admin/users?page=2"), "/admin/users?page=2");
        assert_eq!(safe_next("//evil.example/x"), "/");
        assert_eq!(safe_next("https://evil.example/"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        // Browsers drop the tab or newline and follow `//evil.example`.
        assert_eq!(safe_next("/\t/evil.example"), "/");
        assert_eq!(safe_next("/\n/evil.example"), "/");
        assert_eq!(safe_next("/\r\n/evil.example"), "/");
        assert_eq!(safe_next(" //evil.example"), "/");
        assert_eq!(safe_next("/a\\b"), "/");
        assert_eq!(safe_next("/caf\u{e9}"), "/");
        assert_eq!(safe_next("/x\u{0}y"), "/");
        assert_eq!(safe_next(""), "/");
        assert_eq!(safe_next("/learn/3?tab=a%20b#top"), "/learn/3?tab=a%20b#top");
        assert_eq!(
            local_path_of("http://127.0.0.1:3000/account?x=1", "127.0.0.1:3000").as_deref(),
            Some("/account?x=1")
        );
        assert_eq!(local_path_of("http://evil.example/account", "127.0.0.1:3000"), None);
        assert_eq!(local_path_of("http://127.0.0.1:3000", "127.0.0.1:3000").as_deref(), Some("/"));
    }
}
