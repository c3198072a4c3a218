use leptos::prelude::*;

use crate::components::connection_check::ConnectionCheck;
use crate::i18n::{Msg, use_locale};

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="hero">
            <h1>{locale.t(Msg::HomeTitle)}</h1>
            <p class="lead">{locale.t(Msg::HomeIntro)}</p>
            <p>{locale.t(Msg::HomeAudience)}</p>
        </section>
        <section class="card">
            <p>{locale.t(Msg::HomeOffline)}</p>
            <ConnectionCheck locale />
        </section>
    }
}
