//! The `frontline` server: configuration, database, router, middleware and the non-Leptos
//! routes.

pub mod assets;
pub mod config;
pub mod csv_routes;
pub mod db;
pub mod evaluation_csv;
pub mod export;
pub mod health;
pub mod lrs;
pub mod middleware;
pub mod offline;
pub mod records;
pub mod router;
pub mod telemetry;
pub mod tools;

use std::sync::Arc;

use app::state::{AppState, Settings};
use leptos::prelude::LeptosOptions;

pub use config::Config;

/// Leptos' settings from the environment cargo-leptos sets, with Frontline's names as defaults.
pub fn leptos_options() -> LeptosOptions {
    let mut options = leptos::prelude::get_configuration(None)
        .map(|conf| conf.leptos_options)
        // Never the working directory: it would be served as static files.
        .unwrap_or_else(|_| {
            LeptosOptions::builder().output_name("frontline").site_root("target/site").build()
        });
    if options.output_name.is_empty() {
        options.output_name = "frontline".into();
    }
    options
}

/// Connects to the database, migrates it and seeds demo data when configured to, and builds the
/// state of the app.
pub async fn prepare(config: &Config, leptos_options: LeptosOptions) -> anyhow::Result<AppState> {
    let acquire_timeout = std::time::Duration::from_millis(config.db_acquire_timeout_ms);
    let db = db::connect_waiting(&config.database_url, config.db_pool(), acquire_timeout).await?;
    if config.migrate_on_start {
        db::migrate(&db).await?;
    }
    if config.demo {
        if app::services::demo::seed_if_empty(&db).await? {
            tracing::info!("demo accounts seeded");
        }
        let modules = app::services::demo::seed_curriculum_if_empty(&db).await?;
        if modules > 0 {
            tracing::info!("demo curriculum seeded: {modules} modules");
        }
        let entries = app::services::demo::seed_directory_if_empty(&db).await?;
        if entries > 0 {
            tracing::info!("demo referral directory seeded: {entries} entries");
        }
    } else {
        let retired = app::services::demo::retire(&db).await?;
        if retired > 0 {
            tracing::warn!("demo mode is off: {retired} demo accounts deactivated");
        }
    }
    let assets = offline::assets_digest(&leptos_options);
    let settings = Settings {
        secure_cookies: config.secure_cookies,
        demo: config.demo,
        pseudo_locale: config.pseudo_locale,
        release: config.release.clone().unwrap_or_else(|| offline::site_digest(&assets)),
        assets,
        max_in_flight: config.max_in_flight,
        queue_wait: std::time::Duration::from_millis(config.queue_wait_ms),
        issuer: config.issuer(),
        lrs_endpoint: config.lrs_url.clone().filter(|u| !u.trim().is_empty()),
    };
    Ok(AppState { leptos_options, db, settings: Arc::new(settings) })
}
