//! The browser side: a wasm module that wakes up the islands of server-rendered pages.

// Importing the app crate is what links its islands into this cdylib; without it the linker drops
// every island and nothing hydrates (silently).
#[allow(unused_imports)]
use app::*;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
