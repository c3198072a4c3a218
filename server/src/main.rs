//! `frontline`: the Frontline server and its maintenance commands.

use std::{io::IsTerminal, net::SocketAddr};

use axum::serve::{Listener, ListenerExt};
use clap::{Parser, Subcommand};
use server::{
    Config, db, leptos_options, middleware::client_address::TrustedProxies, prepare,
    router::router, telemetry,
};
use tokio::net::TcpListener;

#[derive(Parser)]
#[command(
    name = "frontline",
    version,
    about = "Frontline: anti-trafficking training for front-line officers",
    long_about = "Frontline: anti-trafficking training for front-line officers.\n\n\
        Without a command, serves the web app. Every setting can be given as a flag or an \
        environment variable (shown in brackets)."
)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app (the default): migrates the database first unless
    /// FRONTLINE_MIGRATE_ON_START=false.
    Serve,
    /// Apply pending database migrations and exit (run once per deploy when several servers
    /// share one database).
    Migrate,
    /// Add a synthetic dataset for benchmarks: 100 agencies, trainees, assignments, attempts and
    /// completions (demo accounts and curriculum first, if missing).
    DemoData {
        #[arg(long, default_value_t = 1000)]
        trainees: usize,
        #[arg(long, default_value_t = 10000)]
        attempts: usize,
    },
    /// Time every dashboard and report query on the current database.
    Bench,
    /// A consistent copy of the database while the server serves (SQLite: VACUUM INTO, then
    /// an integrity check of the copy; PostgreSQL: pg_dump). PATH must not exist yet.
    Backup { path: std::path::PathBuf },
    /// Put a backup in place of the database (stop the server first). The copy is checked
    /// before anything is replaced (SQLite; PostgreSQL: pg_restore --clean).
    Restore { path: std::path::PathBuf },
    /// Exam day against running servers: a cohort of trainees (written into this database)
    /// opens, starts, saves, submits and reads the result; prints latencies per step and checks
    /// that every acknowledged submission is stored, scored once.
    Loadtest(server::tools::loadtest::LoadTest),
    /// The keys that sign Open Badges credentials (kept in the database): `list`, or `rotate`
    /// to retire the signing key and make a new one. Retired keys stay published at
    /// /.well-known/jwks.json, so that what they signed still verifies.
    SigningKey {
        #[command(subcommand)]
        action: KeyAction,
    },
    /// Send the xAPI outbox to the LRS now (FRONTLINE_LRS_URL…) and print what happened: the
    /// server does the same every FRONTLINE_LRS_EVERY_SECS.
    PushXapi,
    /// Create an administrator account. There is no default admin. The password is read from
    /// FRONTLINE_ADMIN_PASSWORD or asked for (never a command-line argument).
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum KeyAction {
    /// Every key: its id, when it was made, and when it was retired.
    List,
    /// Retire the signing key and make a new one.
    Rotate,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    telemetry::init(&cli.config.log_filter);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::Migrate => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            db::migrate(&db).await?;
            println!("The database is up to date.");
            Ok(())
        }
        Command::DemoData { trainees, attempts } => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            db::migrate(&db).await?;
            server::tools::synthetic::generate(&db, trainees, attempts).await
        }
        Command::Bench => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            // Figures on an older schema (missing an index or a rollup) would mislead.
            db::migrate(&db).await?;
            server::tools::bench::run(&db).await
        }
        Command::Backup { path } => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            server::tools::backup::backup(&db, &cli.config.database_url, &path).await
        }
        Command::Restore { path } => {
            server::tools::backup::restore(&cli.config.database_url, &path).await
        }
        Command::Loadtest(options) => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            server::tools::loadtest::run(&db, options).await
        }
        Command::SigningKey { action } => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            db::migrate(&db).await?;
            let fail = |e: app::model::error::AppError| anyhow::anyhow!("{e}");
            if let KeyAction::Rotate = action {
                let kid = app::services::credentials::keys::rotate(&db).await.map_err(fail)?;
                println!("New signing key {kid}; the previous one is retired and stays published.");
            }
            for k in app::services::credentials::keys::all(&db).await.map_err(fail)? {
                let public = app::services::credentials::keys::public_of(&k);
                let alg = public.as_ref().map_or("unreadable", |p| p.alg());
                let retired = match (k.retired_at, public) {
                    (Some(at), _) => format!("retired {at}"),
                    (None, Some(app::services::credentials::jws::PublicKey::Rsa { .. })) => {
                        "signing".to_owned()
                    }
                    // An Ed25519 key from before RS256 is replaced by the next signature.
                    (None, _) => "to be replaced at the next signature".to_owned(),
                };
                println!("{}  {alg}  made {}  {retired}", k.kid, k.created_at);
            }
            Ok(())
        }
        Command::PushXapi => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            db::migrate(&db).await?;
            let Some(lrs) = lrs_of(&cli.config)? else {
                anyhow::bail!("FRONTLINE_LRS_URL is not set: there is no LRS to push to");
            };
            let pushed = lrs.push(&db, &cli.config.issuer()).await?;
            println!(
                "{}: {} collected, {} sent, {} refused, {} postponed, {} sent long ago pruned",
                lrs.endpoint(),
                pushed.collected,
                pushed.sent,
                pushed.refused,
                pushed.postponed,
                pushed.pruned
            );
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let db = db::connect(&cli.config.database_url, cli.config.db_pool()).await?;
            db::migrate(&db).await?;
            let password = admin_password()?;
            match app::services::users::create_admin(&db, &email, &name, &password).await {
                Ok(id) => {
                    println!("Admin account {email} created (id {id}).");
                    Ok(())
                }
                Err(e) => anyhow::bail!("{e}"),
            }
        }
    }
}

fn admin_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("FRONTLINE_ADMIN_PASSWORD") {
        return Ok(password);
    }
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password for the new admin: ")?;
        let again = rpassword::prompt_password("The same password again: ")?;
        anyhow::ensure!(first == again, "the two passwords differ");
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let trusted = TrustedProxies(config.trusted_proxy_ips()?);
    let state = prepare(&config, leptos_options()).await?;
    if config.demo {
        print_demo_sign_ins(&state.db).await?;
    }
    // Without TCP_NODELAY a small response on a kept-alive connection waits for the client's
    // delayed ACK (Nagle): about 40 ms per static file.
    let listener = TcpListener::bind(config.listen_addr).await?.tap_io(|stream| {
        let _ = stream.set_nodelay(true);
    });
    let url = format!("http://{}", listener.local_addr()?);
    tracing::info!("Frontline is serving {url}");
    println!("Frontline is running at {url}  (Ctrl-C to stop)");
    if config.public_url.as_deref().is_none_or(|u| u.trim().is_empty()) && !config.demo {
        tracing::warn!(
            issuer = %config.issuer().id(),
            "FRONTLINE_PUBLIC_URL is not set: credentials and xAPI ids name this address, \
             which others may not reach; set it before the first certificate is downloaded"
        );
    }
    if let Some(lrs) = lrs_of(&config)? {
        tracing::info!(endpoint = lrs.endpoint(), "xAPI statements go to this LRS");
        let every = std::time::Duration::from_secs(config.lrs_every_secs.max(1));
        lrs.spawn(state.db.clone(), config.issuer(), every);
    }
    let app = router(state, trusted).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

/// The LRS the configuration names, if any.
fn lrs_of(config: &Config) -> anyhow::Result<Option<server::lrs::Lrs>> {
    match config.lrs_url.as_deref().map(str::trim) {
        Some(url) if !url.is_empty() => {
            Ok(Some(server::lrs::Lrs::new(url, &config.lrs_username, config.lrs_password.clone())?))
        }
        _ => Ok(None),
    }
}

async fn print_demo_sign_ins(db: &sea_orm::DatabaseConnection) -> anyhow::Result<()> {
    let sign_ins = app::services::demo::sign_ins(db).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    println!("\nDemo mode. Sign in as:");
    for s in &sign_ins {
        println!("  {:<11} {:<42} {}   ({})", s.role.code(), s.email, s.password, s.note);
    }
    println!();
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM, letting requests in flight finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
