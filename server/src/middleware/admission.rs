//! Admission control. At most `places` requests are worked on at once; the others queue, first
//! come first served. One that finds no place within its wait is answered at once with 503 and
//! `Retry-After` (a page that reloads itself, a form's "send it again", or the typed error a
//! script reads) instead of hanging for half a minute behind a spike. A form's data waits
//! longer than a page view: it is someone's work.

use std::{sync::Arc, time::Duration};

use app::{
    model::error::{AppError, spread_wait},
    request::{accepts_html, locale},
};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tokio::sync::Semaphore;

pub struct Admission {
    places: Arc<Semaphore>,
    page_wait: Duration,
    form_wait: Duration,
}

impl Admission {
    pub fn new(places: usize, page_wait: Duration) -> Self {
        Self {
            places: Arc::new(Semaphore::new(places.max(1))),
            page_wait,
            form_wait: page_wait * 4,
        }
    }
}

pub async fn admit(
    State(admission): State<Arc<Admission>>,
    request: Request,
    next: Next,
) -> Response {
    // A health probe is never queued: a proxy must not take a busy server for a dead one.
    if request.uri().path() == "/healthz" {
        return next.run(request).await;
    }
    let wait =
        if request.method() == Method::POST { admission.form_wait } else { admission.page_wait };
    let place = tokio::time::timeout(wait, admission.places.clone().acquire_owned()).await;
    let Ok(Ok(_place)) = place else {
        tracing::warn!(path = %request.uri().path(), "busy: turned a request away");
        return busy(request.method(), request.headers(), spread_wait());
    };
    let (method, headers) = (request.method().clone(), request.headers().clone());
    let response = next.run(request).await;
    // A browser's form that met a busy database gets the page, not the error's JSON.
    if response.status() == StatusCode::SERVICE_UNAVAILABLE && accepts_html(&headers) {
        let retry_after =
            response.headers().get(header::RETRY_AFTER).and_then(|v| v.to_str().ok()?.parse().ok());
        if let Some(seconds) = retry_after.filter(|_| method == Method::POST) {
            return busy(&method, &headers, seconds);
        }
    }
    response
}

/// The 503 a turned-away request gets, as its sender reads it.
pub fn busy(method: &Method, headers: &HeaderMap, retry_after: u32) -> Response {
    let mut response = if accepts_html(headers) {
        let locale = locale(headers);
        let sent_form = method == Method::POST;
        let (title, text) = locale.busy(retry_after, sent_form);
        // A page view comes back by itself; a form is never re-sent without its person.
        let refresh = if sent_form {
            String::new()
        } else {
            format!(r#"<meta http-equiv="refresh" content="{retry_after}">"#)
        };
        let html = format!(
            r#"<!DOCTYPE html><html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{refresh}<title>{title}</title></head><body><h1>{title}</h1><p role="alert">{text}</p></body></html>"#,
            lang = locale.code(),
            dir = locale.dir(),
            title = escape(&title),
            text = escape(&text),
        );
        ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
    } else {
        let error = AppError::Busy { retry_after };
        let json = serde_json::to_string(&error).unwrap_or_default();
        ([(header::CONTENT_TYPE, "application/json")], Body::from(json)).into_response()
    };
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = response.headers_mut();
    headers.insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(super::security_headers::DEFAULT_CSP),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
