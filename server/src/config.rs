//! Configuration: one typed struct, read once from the environment (or flags) at start-up.
//! `frontline --help` lists every setting with its variable and default.

use std::net::SocketAddr;

#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Database to use: `sqlite://path?mode=rwc` (embedded, the default) or
    /// `postgres://user@host/db` (several servers behind a load balancer).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/frontline.db?mode=rwc")]
    pub database_url: String,

    /// Most database connections one process opens (unset: see [`Config::db_pool`]).
    #[arg(long, env = "FRONTLINE_DB_POOL")]
    pub db_max_connections: Option<u32>,

    /// Address and port to listen on.
    #[arg(long, env = "FRONTLINE_ADDR", default_value = "127.0.0.1:3000")]
    pub listen_addr: SocketAddr,

    /// Apply pending migrations when the server starts. Switch off when several servers share
    /// one database and `frontline migrate` runs once per deploy.
    #[arg(long, env = "FRONTLINE_MIGRATE_ON_START", default_value_t = true, action = clap::ArgAction::Set)]
    pub migrate_on_start: bool,

    /// Mark the session cookie `Secure` with the `__Host-` prefix. Keep on in production (HTTPS);
    /// switch off only to develop over plain HTTP on localhost.
    #[arg(long, env = "FRONTLINE_SECURE_COOKIES", default_value_t = true, action = clap::ArgAction::Set)]
    pub secure_cookies: bool,

    /// Addresses of reverse proxies whose `X-Forwarded-For` header is believed, comma-separated
    /// (e.g. `10.0.0.5,10.0.0.6`). Empty: the peer address is the client's.
    #[arg(long, env = "FRONTLINE_TRUSTED_PROXIES", value_delimiter = ',', default_value = "")]
    pub trusted_proxies: Vec<String>,

    /// Demo mode: seed demo agencies and accounts into an empty database, print their sign-ins
    /// at start-up and show them on the sign-in page. Never in production.
    #[arg(long, env = "FRONTLINE_DEMO", default_value_t = false, action = clap::ArgAction::Set)]
    pub demo: bool,

    /// Allow the pseudo-locale: a `lang=qps` cookie shows every interface text as its English
    /// wrapped in ⟦…⟧, so that tests spot texts that are not in the catalogue (`1`/`true`).
    /// Never in production.
    #[arg(
        long,
        env = "FRONTLINE_PSEUDO_LOCALE",
        default_value_t = false,
        action = clap::ArgAction::Set,
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub pseudo_locale: bool,

    /// The release the service worker is named after: a new one replaces the old worker and its
    /// caches on every phone. Unset: a digest of the site's files, so every build is a release.
    #[arg(long, env = "FRONTLINE_RELEASE")]
    pub release: Option<String>,

    /// How long a request waits for a database connection before it is answered 503 with
    /// `Retry-After` (never "not found").
    #[arg(long, env = "FRONTLINE_DB_ACQUIRE_TIMEOUT_MS", default_value_t = 10_000)]
    pub db_acquire_timeout_ms: u64,

    /// Requests worked on at once; the others queue, first come first served.
    #[arg(long, env = "FRONTLINE_MAX_IN_FLIGHT", default_value_t = 64)]
    pub max_in_flight: usize,

    /// How long a page view queues for a place before it is answered 503 with `Retry-After`
    /// (a form's data queues four times as long).
    #[arg(long, env = "FRONTLINE_QUEUE_WAIT_MS", default_value_t = 2000)]
    pub queue_wait_ms: u64,

    /// The address people reach this installation at (`https://training.example.org`). Every
    /// credential names it as its issuer and every xAPI statement's ids are under it: set it
    /// once, before the first certificate. Unset: `http://` and the listen address.
    #[arg(long, env = "FRONTLINE_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// The issuer's name in Open Badges credentials (e.g. "Frontline — UNODC Jordan").
    #[arg(long, env = "FRONTLINE_ISSUER_NAME", default_value = "Frontline")]
    pub issuer_name: String,

    /// A partner's xAPI Learning Record Store (its xAPI base, e.g.
    /// `https://lrs.example.org/xAPI`). Unset: statements are only exported, never pushed.
    #[arg(long, env = "FRONTLINE_LRS_URL")]
    pub lrs_url: Option<String>,

    /// The LRS's Basic-auth user name (its "key").
    #[arg(long, env = "FRONTLINE_LRS_USERNAME", default_value = "")]
    pub lrs_username: String,

    /// The LRS's Basic-auth password (its "secret"). Environment only: never on a command line.
    #[arg(skip = Secret::from_env("FRONTLINE_LRS_PASSWORD"))]
    pub lrs_password: Secret,

    /// Seconds between two pushes to the LRS.
    #[arg(long, env = "FRONTLINE_LRS_EVERY_SECS", default_value_t = 60)]
    pub lrs_every_secs: u64,

    /// Log filter, in `tracing` syntax (e.g. `info`, `debug,sqlx=warn`).
    #[arg(long, env = "FRONTLINE_LOG", default_value = "info,sqlx=warn,sea_orm=warn")]
    pub log_filter: String,
}

impl Config {
    /// The trusted proxy addresses, refusing any that is not an IP address.
    pub fn trusted_proxy_ips(&self) -> anyhow::Result<Vec<std::net::IpAddr>> {
        self.trusted_proxies
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.parse().map_err(|_| {
                    anyhow::anyhow!("FRONTLINE_TRUSTED_PROXIES: {p:?} is not an IP address")
                })
            })
            .collect()
    }

    /// Database connections per process: as set, else 4 on SQLite (its one writer needs few,
    /// and each is a thread: with 8, the spike spent more time waking threads than working)
    /// and 8 on PostgreSQL.
    pub fn db_pool(&self) -> u32 {
        let sqlite = self.database_url.starts_with("sqlite:");
        self.db_max_connections.unwrap_or(if sqlite { 4 } else { 8 })
    }

    /// Settings for tests and tools: the given database, defaults for the rest.
    pub fn with_database(database_url: impl Into<String>) -> Self {
        Self {
            database_url: database_url.into(),
            db_max_connections: None,
            listen_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            migrate_on_start: true,
            secure_cookies: false,
            trusted_proxies: vec![],
            demo: false,
            pseudo_locale: false,
            release: None,
            db_acquire_timeout_ms: 10_000,
            max_in_flight: 64,
            queue_wait_ms: 2000,
            log_filter: "warn".into(),
            public_url: None,
            issuer_name: "Frontline".into(),
            lrs_url: None,
            lrs_username: String::new(),
            lrs_password: Secret::default(),
            lrs_every_secs: 60,
        }
    }

    /// The issuer of credentials: `FRONTLINE_PUBLIC_URL`, else the listen address.
    pub fn issuer(&self) -> app::services::credentials::Issuer {
        let url = match &self.public_url {
            Some(url) if !url.trim().is_empty() => url.clone(),
            _ => format!("http://{}", self.listen_addr),
        };
        app::services::credentials::Issuer::new(&url, &self.issuer_name)
    }
}

/// A secret setting: never printed, not even by `{:?}`.
#[derive(Clone, Default)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    fn from_env(name: &str) -> Self {
        Self(std::env::var(name).unwrap_or_default())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_empty() { "(unset)" } else { "(secret)" })
    }
}
