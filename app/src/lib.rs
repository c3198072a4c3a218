//! Frontline: the Leptos application, compiled twice — `ssr` for the server, `hydrate` for the
//! browser's islands. Pages are server-rendered HTML; only `#[island]`s ship to the browser.

pub mod api;
pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod state;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::layout::Layout;
use crate::i18n::{Msg, use_locale};
use crate::pages::{home::HomePage, not_found::NotFound};

/// The HTML document around every page. `lang` and `dir` follow the reader's language so that
/// Arabic pages lay out right-to-left.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = i18n::request_locale();
    provide_context(locale);
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="stylesheet" href=format!("/{}/{}.css", options.site_pkg_dir, options.output_name) />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = use_locale();
    view! {
        <Title text=locale.t(Msg::AppName) />
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                </Routes>
            </Layout>
        </Router>
    }
}
