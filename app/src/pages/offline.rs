use leptos::prelude::*;

use crate::i18n::{Msg, use_locale};

/// What the service worker shows for a page it has not kept, when the network is away. Kept on
/// the phone in the reader's language whenever modules are kept for offline reading.
#[component]
pub fn OfflinePage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1>{locale.t(Msg::OfflineTitle)}</h1>
        <p>{locale.t(Msg::OfflineBody)}</p>
        <p>
            <a href="/">{locale.t(Msg::BackHome)}</a>
        </p>
    }
}
