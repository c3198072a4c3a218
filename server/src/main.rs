//! `frontline`: the Frontline server and its maintenance commands.

use clap::{Parser, Subcommand};
use server::{Config, db, leptos_options, prepare, router::router, telemetry};
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
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    telemetry::init(&cli.config.log_filter);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::Migrate => {
            let db = db::connect(&cli.config.database_url, cli.config.db_max_connections).await?;
            db::migrate(&db).await?;
            tracing::info!("database is up to date");
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let state = prepare(&config, leptos_options()).await?;
    let listener = TcpListener::bind(config.listen_addr).await?;
    let url = format!("http://{}", listener.local_addr()?);
    tracing::info!("Frontline is serving {url}");
    println!("Frontline is running at {url}  (Ctrl-C to stop)");
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("stopped");
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
