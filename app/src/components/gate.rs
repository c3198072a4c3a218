//! Page-level access: anonymous visitors are sent to sign in; people without the right see the
//! same "not found" page as for a page that does not exist. (Server functions check again.)

use leptos::prelude::*;

use crate::components::viewer::use_viewer;
use crate::i18n::{Msg, use_locale};
use crate::model::accounts::CurrentUser;
use crate::model::error::AppError;
use crate::model::permissions::{Permission, can};
use crate::pages::not_found::NotFound;

/// Renders `page` for a viewer `allowed` admits.
pub fn gate<V: IntoView + 'static>(
    allowed: impl Fn(&CurrentUser) -> bool,
    page: impl FnOnce(CurrentUser) -> V,
) -> AnyView {
    let viewer = use_viewer();
    match viewer.user {
        None => {
            #[cfg(feature = "ssr")]
            leptos_axum::redirect(&format!(
                "/sign-in?next={}",
                crate::components::gate::encode(&viewer.path)
            ));
            let locale = crate::i18n::use_locale();
            view! {
                <p>
                    <a href="/sign-in">{locale.t(crate::i18n::AdminMsg::PleaseSignIn)}</a>
                </p>
            }
            .into_any()
        }
        Some(user) if allowed(&user) => page(user).into_any(),
        Some(_) => view! { <NotFound /> }.into_any(),
    }
}

/// A page whose data could not be read, shown by kind: what does not exist (or may not be
/// seen) is the 404 page, a signed-out reader goes to sign in, a failure on our side is a 500
/// page with the reference to give support — never "not found".
pub fn page_error(error: AppError) -> AnyView {
    let locale = use_locale();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(crate::api::respond::status_of(&error));
    }
    match error {
        AppError::NotFound => view! { <NotFound /> }.into_any(),
        AppError::Unauthenticated => {
            #[cfg(feature = "ssr")]
            leptos_axum::redirect(&format!("/sign-in?next={}", encode(&use_viewer().path)));
            view! {
                <p>
                    <a href="/sign-in">{locale.t(crate::i18n::AdminMsg::PleaseSignIn)}</a>
                </p>
            }
            .into_any()
        }
        AppError::Internal(_) => view! {
            <h1>{locale.t(Msg::ServerErrorTitle)}</h1>
            <p role="alert">{locale.error(&error)}</p>
            <p>
                <a href="/">{locale.t(Msg::BackHome)}</a>
            </p>
        }
        .into_any(),
        _ => view! {
            <p class="error" role="alert">
                {locale.error(&error)}
            </p>
        }
        .into_any(),
    }
}

/// Admins: the staff pages' gate (the server functions check again).
pub fn is_admin(user: &CurrentUser) -> bool {
    can(user.role, Permission::ManageAccounts)
}

/// Admins and country coordinators: the pages a coordinator shares with admins (their country's
/// people, agencies, reports and directory; the server functions scope them to it).
pub fn is_administrator(user: &CurrentUser) -> bool {
    matches!(
        user.role,
        crate::model::accounts::Role::Admin | crate::model::accounts::Role::Coordinator
    )
}

pub fn anyone(_: &CurrentUser) -> bool {
    true
}

/// Percent-encodes a path for a query value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
