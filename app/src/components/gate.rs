//! Page-level access: anonymous visitors are sent to sign in; people without the right see the
//! same "not found" page as for a page that does not exist. (Server functions check again.)

use leptos::prelude::*;

use crate::components::viewer::use_viewer;
use crate::model::accounts::{CurrentUser, Role};
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
            view! { <p><a href="/sign-in">{locale.t(crate::i18n::AdminMsg::PleaseSignIn)}</a></p> }
                .into_any()
        }
        Some(user) if allowed(&user) => page(user).into_any(),
        Some(_) => view! { <NotFound /> }.into_any(),
    }
}

pub fn is_admin(user: &CurrentUser) -> bool {
    user.role == Role::Admin
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
