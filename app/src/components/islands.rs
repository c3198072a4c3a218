//! The islands' WebAssembly, loaded only by the pages that have an island (the quiz's autosave,
//! the connection check): the sign-in page or a lesson costs no wasm at all.

use leptos::prelude::*;

use crate::components::hydration_marker::HydrationMarker;

/// In the shell's head: the page renders without hydration markers outside its islands, as
/// islands mode expects (what `HydrationScripts` does when it sits in the head).
#[component]
pub fn NotHydrating() -> impl IntoView {
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
}

/// On a page with islands: Leptos' loader of the wasm, from the assets' versioned directory
/// (`/pkg/<digest>/…`, cached for good), and the marker that says it ran.
#[component]
pub fn IslandScripts() -> impl IntoView {
    #[cfg(feature = "ssr")]
    let scripts = crate::state::assets().map(|(mut options, digest)| {
        options.site_pkg_dir = format!("{}/{digest}", options.site_pkg_dir).into();
        view! { <HydrationScripts options islands=true /> }
    });
    #[cfg(not(feature = "ssr"))]
    let scripts: Option<()> = None;
    view! {
        {scripts}
        <HydrationMarker />
    }
}
