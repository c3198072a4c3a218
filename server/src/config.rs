//! Configuration: one typed struct, read once from the environment (or flags) at start-up.
//! `frontline --help` lists every setting with its variable and default.

use std::net::SocketAddr;

#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Database to use: `sqlite://path?mode=rwc` (embedded, the default) or
    /// `postgres://user@host/db` (several servers behind a load balancer).
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/frontline.db?mode=rwc"
    )]
    pub database_url: String,

    /// Most database connections one process opens.
    #[arg(long, env = "FRONTLINE_DB_POOL", default_value_t = 8)]
    pub db_max_connections: u32,

    /// Address and port to listen on.
    #[arg(long, env = "FRONTLINE_ADDR", default_value = "127.0.0.1:3000")]
    pub listen_addr: SocketAddr,

    /// Apply pending migrations when the server starts. Switch off when several servers share
    /// one database and `frontline migrate` runs once per deploy.
    #[arg(long, env = "FRONTLINE_MIGRATE_ON_START", default_value_t = true, action = clap::ArgAction::Set)]
    pub migrate_on_start: bool,

    /// Log filter, in `tracing` syntax (e.g. `info`, `debug,sqlx=warn`).
    #[arg(
        long,
        env = "FRONTLINE_LOG",
        default_value = "info,sqlx=warn,sea_orm=warn"
    )]
    pub log_filter: String,
}

impl Config {
    /// Settings for tests and tools: the given database, defaults for the rest.
    pub fn with_database(database_url: impl Into<String>) -> Self {
        Self {
            database_url: database_url.into(),
            db_max_connections: 8,
            listen_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            migrate_on_start: true,
            log_filter: "warn".into(),
        }
    }
}
