//! The axum router: Leptos pages and server functions, health, static files, and the layers
//! every request passes through.

use std::sync::{Arc, LazyLock};

use tracing::Level;

use app::{App, shell, state::AppState};
use axum::{
    Router,
    middleware::{from_fn, from_fn_with_state},
    routing::{get, post},
};
use leptos::prelude::provide_context;
use leptos_axum::{
    AxumRouteListing, ErrorHandler, LeptosRoutes, generate_route_list, site_pkg_dir_service,
};
use tower_http::{
    CompressionLevel,
    compression::CompressionLayer,
    trace::{DefaultMakeSpan, DefaultOnFailure, TraceLayer},
};

use crate::assets;
use crate::csv_routes::{
    agency_dashboard_csv, countries_csv, country_groups_csv, directory_csv, item_analysis_csv,
    months_csv, person_attempts_csv, person_modules_csv,
};
use crate::evaluation_csv;
use crate::export::export_version;
use crate::health::healthz;
use crate::middleware::{
    admission::{Admission, admit},
    body_limit::limit_body,
    client_address::{TrustedProxies, resolve_client_address},
    cross_site::refuse_cross_site,
    first_password::require_own_password,
    form_errors::unreadable_form_to_page,
    multipart_guard::refuse_multipart_without_boundary,
    security_headers::add_security_headers,
    session::load_session,
};
use crate::offline::{manifest, service_worker};
use crate::records;

/// The app's routes, listed once per process. Listing renders the whole app with resource loads
/// suppressed by a process-wide flag: a resource first polled meanwhile, by a request of another
/// router in the same process, would wait forever (leptos issue 4773). Once listed, the flag is
/// never raised again.
static ROUTES: LazyLock<Vec<AxumRouteListing>> = LazyLock::new(|| generate_route_list(App));

pub fn router(state: AppState, trusted_proxies: TrustedProxies) -> Router {
    let routes = ROUTES.clone();
    let options = state.leptos_options.clone();
    // Files are served by ServeDir alone, outside any Leptos owner: leptos_axum's
    // `file_and_error_handler` wraps each file in a child of whatever page the worker thread is
    // rendering, and hands that page's status and headers (its CSP and nonce) to the file. Only
    // what is not a file renders the 404 page, with its own response options.
    let not_found = {
        let state = state.clone();
        ErrorHandler::new_with_context(
            move || provide_context(state.clone()),
            shell,
            options.clone(),
        )
    };
    let files = site_pkg_dir_service(&options)
        .call_fallback_on_method_not_allowed(true)
        .fallback(not_found);
    let admission =
        Arc::new(Admission::new(state.settings.max_in_flight, state.settings.queue_wait));
    let digest = state.settings.assets.clone();
    let pages = Router::new()
        .route("/healthz", get(healthz))
        .route("/sw.js", get(service_worker))
        .route("/manifest.webmanifest", get(manifest))
        .route("/author/versions/{id}/export", get(export_version))
        .route("/agencies/{id}/dashboard.csv", get(agency_dashboard_csv))
        .route("/reports/countries.csv", get(countries_csv))
        .route("/reports/countries/{code}/groups.csv", get(country_groups_csv))
        .route("/reports/countries/months.csv", get(months_csv))
        .route("/people/{id}/attempts.csv", get(person_attempts_csv))
        .route("/people/{id}/modules.csv", get(person_modules_csv))
        .route("/author/versions/{id}/analysis.csv", get(item_analysis_csv))
        .route("/reports/evaluation.csv", get(evaluation_csv::evaluation_csv))
        .route("/agencies/{id}/gain.csv", get(evaluation_csv::agency_gain_csv))
        .route("/reports/evaluation/{code}/gain.csv", get(evaluation_csv::evaluation_country_csv))
        .route("/reports/programme/{code}/summary.csv", get(evaluation_csv::programme_csv))
        .route("/directory/{code}/export.csv", get(directory_csv))
        // Portable records: keys, credentials and their status, the checker, the xAPI export.
        .route("/.well-known/jwks.json", get(records::jwks))
        .route("/certificates/{code}/credential", get(records::credential))
        .route("/credentials/status/{list}", get(records::status_list))
        .route("/verify", post(records::check_credential))
        .route("/reports/xapi.json", get(records::xapi_export))
        // The state is provided to every page and server function as context.
        .leptos_routes(&state, routes, {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback_service(files)
        // Inside the CSRF check, outside-in from the bottom: a handed-over password → multipart
        // boundary → unreadable no-JS forms back to their page → body size → app.
        .layer(from_fn(limit_body))
        .layer(from_fn_with_state(state.clone(), unreadable_form_to_page))
        .layer(from_fn(refuse_multipart_without_boundary))
        .layer(from_fn(require_own_password))
        // Layers run outside-in from the bottom: address → admission → session → headers →
        // CSRF → app.
        .layer(from_fn(refuse_cross_site))
        .layer(from_fn(add_security_headers))
        .layer(from_fn_with_state(state.clone(), load_session))
        .layer(from_fn_with_state(admission, admit))
        .layer(from_fn_with_state(Arc::new(trusted_proxies), resolve_client_address))
        .with_state(state);
    // The build's files pass none of the layers above: no session, no database, no queue.
    assets::routes(&options, &digest)
        .merge(pages)
        // Phones on slow links: HTML, CSS, JS and wasm go out compressed (files precompressed
        // at build time go out as they are). Level 4, not the default: brotli's default (11)
        // cost milliseconds of CPU per page for a few per cent of its size.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        // Every log line of a request (an internal error's reference among them) carries its
        // method and path; server functions add theirs and the user (`respond::span`).
        // A 5xx is a warning here, so that a burst of 503s is held back like any repeated
        // warning; an internal error logs its own error line with its reference.
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_failure(DefaultOnFailure::new().level(Level::WARN)),
        )
}
