use leptos::prelude::*;

/// Sets `data-hydrated` on `<body>` once the islands' wasm runs: end-to-end tests wait for it
/// before they click, and it shows at a glance whether the wasm reached a phone at all.
#[island]
pub fn HydrationMarker() -> impl IntoView {
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}
