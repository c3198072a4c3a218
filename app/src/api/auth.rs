//! Signing in and out.

use leptos::prelude::*;

use crate::model::{accounts::DemoSignIn, error::AppError};

/// Checks email and password and starts a new session (a new cookie). Every failure gives the
/// same answer.
#[server(endpoint = "auth/sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::api::respond::{accepts_html, redirect, safe_next, with_status};
    use crate::state::{client_address, db, settings};

    // Anyone may try: the throttle and the one generic answer are the guard.
    let next = safe_next(next.as_deref().unwrap_or("/"));
    let outcome = async {
        let previous = request_cookie(settings()?.session_cookie_name());
        let address = client_address();
        let done = crate::services::auth::sign_in(
            &db()?,
            &email,
            &password,
            &address,
            previous.as_deref(),
        )
        .await?;
        set_session_cookie(&done.token)
    }
    .await;
    match outcome {
        Ok(()) => {
            redirect(&next);
            Ok(())
        }
        // No session yet, so no flash: the sign-in page shows the message for `?failed` (or
        // `?busy`: the password was not checked, so it is not called wrong).
        Err(error) if accepts_html() => {
            let why = if matches!(error, AppError::SignInFailed) { "failed" } else { "busy" };
            let next = crate::components::gate::encode(&next);
            redirect(&format!("/sign-in?{why}=1&next={next}"));
            Err(error)
        }
        Err(error) => Err(with_status(error)),
    }
}

/// Ends the caller's session.
#[server(endpoint = "auth/sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::api::respond::{Done, form};
    use crate::state::{client_address, db};

    form::<SignOut>(Default::default(), async {
        if let Some(session) = crate::state::authenticated() {
            crate::services::auth::sign_out(
                &db()?,
                session.user.id,
                &session.token_hash,
                &client_address(),
            )
            .await?;
        }
        clear_session_cookie()?;
        forget_this_browser()?;
        Ok(Done::to("/sign-in?signed_out=1"))
    })
    .await
}

/// The demo sign-ins, in demo mode only (an empty list otherwise).
#[server(endpoint = "auth/demo_sign_ins")]
pub async fn demo_sign_ins() -> Result<Vec<DemoSignIn>, AppError> {
    use crate::state::{db, settings};
    if !settings()?.demo {
        return Ok(vec![]);
    }
    crate::services::demo::sign_ins(&db()?).await
}

/// The language of a visitor who has not signed in yet, kept in the `lang` cookie for a year
/// (a signed-in person's account says theirs). Back to `next`, a page of this site.
#[server(endpoint = "auth/set_language")]
pub async fn set_language(locale: String, next: Option<String>) -> Result<(), AppError> {
    use crate::api::respond::{Done, form, safe_next};
    use crate::model::{locale::Locale, problem::Problem};
    form::<SetLanguage>(Default::default(), async {
        let locale =
            Locale::from_code(&locale).ok_or_else(|| Problem::ChooseLanguage.at("locale"))?;
        let secure = if crate::state::settings()?.secure_cookies { "; Secure" } else { "" };
        let max_age = 365 * 24 * 3600;
        let code = locale.code();
        append_set_cookie(&format!(
            "lang={code}; Path=/; SameSite=Lax; Max-Age={max_age}{secure}"
        ))?;
        Ok(Done::to(safe_next(next.as_deref().unwrap_or("/sign-in"))))
    })
    .await
}

/// A cookie of the current request.
#[cfg(feature = "ssr")]
pub(crate) fn request_cookie(name: &str) -> Option<String> {
    crate::state::cookie(&use_context::<http::request::Parts>()?.headers, name)
}

#[cfg(feature = "ssr")]
fn set_session_cookie(token: &str) -> Result<(), AppError> {
    let settings = crate::state::settings()?;
    let max_age = crate::services::sessions::ABSOLUTE_TIMEOUT.num_seconds();
    let secure = if settings.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        settings.session_cookie_name()
    );
    append_set_cookie(&cookie)
}

#[cfg(feature = "ssr")]
fn clear_session_cookie() -> Result<(), AppError> {
    let settings = crate::state::settings()?;
    let secure = if settings.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
        settings.session_cookie_name()
    );
    append_set_cookie(&cookie)
}

/// A shared phone must not show the last person's lessons or answers: the browser drops what
/// this site kept (offline copies, answers waiting, the service worker), with or without
/// JavaScript.
#[cfg(feature = "ssr")]
fn forget_this_browser() -> Result<(), AppError> {
    let response = use_context::<leptos_axum::ResponseOptions>()
        .ok_or_else(|| AppError::internal("ResponseOptions missing"))?;
    response.insert_header(
        http::HeaderName::from_static("clear-site-data"),
        http::HeaderValue::from_static("\"cache\", \"storage\""),
    );
    Ok(())
}

#[cfg(feature = "ssr")]
fn append_set_cookie(cookie: &str) -> Result<(), AppError> {
    let response = use_context::<leptos_axum::ResponseOptions>()
        .ok_or_else(|| AppError::internal("ResponseOptions missing"))?;
    let value = http::HeaderValue::from_str(cookie).map_err(AppError::internal)?;
    response.append_header(http::header::SET_COOKIE, value);
    Ok(())
}
