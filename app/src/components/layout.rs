use leptos::prelude::*;

use crate::components::hydration_marker::HydrationMarker;
use crate::i18n::{Msg, use_locale};

/// Header, main and footer around every page. Server-rendered; only the marker is an island.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let locale = use_locale();
    view! {
        <a class="skip-link" href="#main">{locale.t(Msg::SkipToContent)}</a>
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-name">{locale.t(Msg::AppName)}</span>
                <span class="brand-tagline">{locale.t(Msg::Tagline)}</span>
            </a>
            <nav class="site-nav" aria-label="main">
                <a href="/">{locale.t(Msg::NavHome)}</a>
            </nav>
        </header>
        <main id="main" class="site-main">{children()}</main>
        <footer class="site-footer">
            <p>{locale.t(Msg::FooterNote)}</p>
        </footer>
        <HydrationMarker />
    }
}
