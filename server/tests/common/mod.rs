//! `spawn_app()`: the real router over a fresh database.
//!
//! SQLite by default (a file in a temporary directory). When `FRONTLINE_TEST_PG_URL` points at a
//! PostgreSQL server (test.sh starts a throwaway cluster), each test gets a fresh database there.
#![allow(dead_code)]

use axum::{Router, body::Body, http::Request, response::Response};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use server::{Config, prepare, router::router};
use tower::ServiceExt;

pub struct TestApp {
    pub router: Router,
    pub db: DatabaseConnection,
    pub database_url: String,
    _dir: Option<tempfile::TempDir>,
}

/// Which database this test run uses, for test names in failure messages.
pub fn backend() -> &'static str {
    if pg_admin_url().is_some() {
        "postgres"
    } else {
        "sqlite"
    }
}

fn pg_admin_url() -> Option<String> {
    std::env::var("FRONTLINE_TEST_PG_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A fresh, empty database URL (not yet migrated) and the temp dir that holds it, if any.
pub async fn fresh_database() -> (String, Option<tempfile::TempDir>) {
    match pg_admin_url() {
        Some(admin_url) => {
            let name = format!("frontline_test_{}", unique_suffix());
            let admin = Database::connect(&admin_url)
                .await
                .expect("connect to the PostgreSQL test server");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create a test database");
            admin.close().await.ok();
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(&admin_url);
            (format!("{base}/{name}"), None)
        }
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("frontline.db").display()
            );
            (url, Some(dir))
        }
    }
}

fn unique_suffix() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "{}_{}_{}",
        std::process::id(),
        nanos,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

pub async fn spawn_app() -> TestApp {
    let (database_url, dir) = fresh_database().await;
    let config = Config::with_database(&database_url);
    let options = LeptosOptions::builder().output_name("frontline").build();
    let state = prepare(&config, options).await.expect("prepare the app");
    TestApp {
        router: router(state.clone()),
        db: state.db,
        database_url,
        _dir: dir,
    }
}

impl TestApp {
    pub async fn send(&self, request: Request<Body>) -> Response {
        self.router
            .clone()
            .oneshot(request)
            .await
            .expect("the router always answers")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.send(Request::get(path).body(Body::empty()).unwrap())
            .await
    }
}

pub async fn body_text(response: Response) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("read body")
        .to_bytes();
    String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
}
