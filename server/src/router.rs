//! The axum router: Leptos pages and server functions, health, static files, compression.

use app::{App, shell, state::AppState};
use axum::{Router, routing::get};
use leptos_axum::{LeptosRoutes, file_and_error_handler, generate_route_list};
use tower_http::compression::CompressionLayer;

use crate::health::healthz;

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(healthz))
        // The state is provided to every page and server function as context.
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(file_and_error_handler::<AppState, _>(shell))
        // Phones on slow links: HTML, CSS, JS and wasm go out compressed.
        .layer(CompressionLayer::new())
        .with_state(state)
}
