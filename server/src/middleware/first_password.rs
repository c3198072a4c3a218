//! Someone signed in with a password an admin handed over (an import, a reset) chooses their
//! own before anything else: every page and server function but the account page, changing the
//! password, their name and language, signing in or out and static files sends them to
//! `/account`, whose page says why. One place for every route, pages, server functions and
//! CSV downloads alike.

use app::api::{
    account::{ChangePassword, UpdateProfile},
    auth::{SignIn, SignOut},
    system::CheckConnection,
};
use app::state::Authenticated;
use axum::{
    extract::Request,
    http::{Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};
use leptos::server_fn::ServerFn;

/// What stays open meanwhile, besides static files under `/pkg/`.
const STILL_OPEN: [&str; 10] = [
    "/account",
    "/sign-in",
    "/healthz",
    "/favicon.ico",
    "/favicon.svg",
    <ChangePassword as ServerFn>::PATH,
    <UpdateProfile as ServerFn>::PATH,
    <SignIn as ServerFn>::PATH,
    <SignOut as ServerFn>::PATH,
    <CheckConnection as ServerFn>::PATH,
];

pub async fn require_own_password(request: Request, next: Next) -> Response {
    let must_change = request
        .extensions()
        .get::<Authenticated>()
        .is_some_and(|session| session.user.must_change_password);
    let path = request.uri().path();
    if !must_change || path.starts_with("/pkg/") || STILL_OPEN.contains(&path) {
        return next.run(request).await;
    }
    let browser = matches!(*request.method(), Method::GET | Method::HEAD)
        || app::request::accepts_html(request.headers());
    if browser {
        Redirect::to("/account").into_response()
    } else {
        (StatusCode::FORBIDDEN, "Choose your own password first, at /account.").into_response()
    }
}
