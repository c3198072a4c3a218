use leptos::prelude::*;

use crate::i18n::{Msg, use_locale};

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let locale = use_locale();
    view! {
        <h1>{locale.t(Msg::NotFoundTitle)}</h1>
        <p>{locale.t(Msg::NotFoundBody)}</p>
        <p>
            <a href="/">{locale.t(Msg::BackHome)}</a>
        </p>
    }
}
