use tracing_subscriber::{EnvFilter, fmt};

/// Logs to stderr, filtered by `filter` (tracing syntax). Safe to call twice.
pub fn init(filter: &str) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = fmt().with_env_filter(filter).with_target(false).try_init();
}
