//! `spawn_app()`: the real router over a fresh database.
//!
//! SQLite by default (a file in a temporary directory). When `FRONTLINE_TEST_PG_URL` points at a
//! PostgreSQL server (test.sh starts a throwaway cluster), each test gets a fresh database there.

use std::net::SocketAddr;

use app::i18n::Locale;
use app::model::accounts::Role;
use axum::{
    Router,
    body::Body,
    extract::ConnectInfo,
    http::{Request, StatusCode, header},
    response::Response,
};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use server::{Config, middleware::client_address::TrustedProxies, prepare, router::router};
use tokio::sync::OnceCell;
use tower::ServiceExt;

/// The password of every account tests create (hashed once per test binary).
pub const PASSWORD: &str = "olive tree by the river";
/// Where test requests come from, unless a test says otherwise.
pub const PEER: &str = "192.0.2.10:50000";
/// A reverse proxy the test app trusts.
pub const PROXY: &str = "10.0.0.1";

pub struct TestApp {
    pub router: Router,
    /// What the router was built from, to build another over the same database.
    pub state: app::state::AppState,
    pub db: DatabaseConnection,
    pub database_url: String,
    _database: TestDatabase,
}

/// What holds a test's database while the test runs, and removes it after: a temp dir on SQLite,
/// a database on the PostgreSQL test server (a hundred left behind filled a CI disk once).
pub enum TestDatabase {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let TestDatabase::Postgres { admin_url, name } = self else { return };
        let (admin_url, name) = (admin_url.clone(), name.clone());
        // Drop runs inside the test's runtime, which must not be blocked on itself: the drop
        // gets a thread and a runtime of its own.
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?.block_on(
                async {
                    let admin = Database::connect(&admin_url).await.ok()?;
                    let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                    admin.execute_unprepared(&sql).await.ok()?;
                    admin.close().await.ok()
                },
            )
        });
        let _ = dropped.join();
    }
}

/// Rolls the schema back to just before the migration whose name starts with `name`, however
/// many came after it: a test of one upgrade stays one when later migrations are added.
pub async fn migrate_down_to_before(db: &DatabaseConnection, name: &str) {
    use migrations::{Migrator, MigratorTrait};
    let all = Migrator::migrations();
    let at = all.iter().position(|m| m.name().starts_with(name)).expect("a migration of that name");
    Migrator::down(db, Some((all.len() - at) as u32)).await.expect("down");
}

/// Which database this test run uses, for test names in failure messages.
pub fn backend() -> &'static str {
    if pg_admin_url().is_some() { "postgres" } else { "sqlite" }
}

fn pg_admin_url() -> Option<String> {
    std::env::var("FRONTLINE_TEST_PG_URL").ok().filter(|u| !u.is_empty())
}

/// A fresh, empty database URL (not yet migrated) and the temp dir that holds it, if any.
pub async fn fresh_database() -> (String, TestDatabase) {
    match pg_admin_url() {
        Some(admin_url) => {
            let name = format!("frontline_test_{}", unique_suffix());
            let admin =
                Database::connect(&admin_url).await.expect("connect to the PostgreSQL test server");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create a test database");
            admin.close().await.ok();
            let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin_url);
            let url = format!("{base}/{name}");
            (url, TestDatabase::Postgres { admin_url, name })
        }
        None => {
            let dir = tempfile::tempdir().expect("temp dir");
            let url = format!("sqlite://{}?mode=rwc", dir.path().join("frontline.db").display());
            (url, TestDatabase::Sqlite(dir))
        }
    }
}

fn unique_suffix() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("{}_{}_{}", std::process::id(), nanos, N.fetch_add(1, Ordering::Relaxed))
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    spawn_app_serving(".", adjust).await
}

/// The app serving the static files under `site_root` (the real one serves `target/site`).
pub async fn spawn_app_serving(site_root: &str, adjust: impl FnOnce(&mut Config)) -> TestApp {
    quiet_unless_asked();
    let (database_url, database) = fresh_database().await;
    let mut config = Config::with_database(&database_url);
    config.pseudo_locale = true;
    adjust(&mut config);
    let options =
        LeptosOptions::builder().output_name("frontline").site_root(site_root.to_owned()).build();
    let state = prepare(&config, options).await.expect("prepare the app");
    let trusted = TrustedProxies(vec![PROXY.parse().unwrap()]);
    TestApp {
        router: router(state.clone(), trusted),
        db: state.db.clone(),
        state,
        database_url,
        _database: database,
    }
}

/// How long any one request may take before its test fails.
const ANSWER_WITHIN: std::time::Duration = std::time::Duration::from_secs(30);

/// What the server logged in this test binary, kept for tests that look for a line; also
/// on stderr when `TEST_LOG` is set (zero2prod's switch), else quiet.
static LOG: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

struct LogWriter;

impl std::io::Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        LOG.lock().unwrap_or_else(std::sync::PoisonError::into_inner).extend_from_slice(bytes);
        if std::env::var_os("TEST_LOG").is_some() {
            std::io::stderr().write_all(bytes)?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One subscriber for the whole binary: a subscriber per test thread would race tracing's
/// process-wide cache of which log sites are on.
fn quiet_unless_asked() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("info,sqlx=warn"))
            .with_writer(|| LogWriter)
            .with_ansi(false)
            .init();
    });
}

/// Every line the server has logged so far in this test binary.
pub fn logged() -> String {
    String::from_utf8_lossy(&LOG.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
        .into_owned()
}

/// A signed-in test user: their id and session cookie (`name=value`).
#[derive(Debug, Clone)]
pub struct Session {
    pub user_id: i32,
    pub cookie: String,
}

async fn password_hash() -> String {
    static HASH: OnceCell<String> = OnceCell::const_new();
    HASH.get_or_init(|| async { app::services::passwords::hash(PASSWORD.into()).await.unwrap() })
        .await
        .clone()
}

impl TestApp {
    pub async fn send(&self, request: Request<Body>) -> Response {
        let (mut parts, body) = request.into_parts();
        if parts.extensions.get::<ConnectInfo<SocketAddr>>().is_none() {
            parts.extensions.insert(ConnectInfo(PEER.parse::<SocketAddr>().unwrap()));
        }
        let body = body.collect().await.expect("a test body").to_bytes();
        let what = format!("{} {}", parts.method, parts.uri);
        let request = Request::from_parts(parts, Body::from(body));
        // A request that never answers fails its test instead of hanging the run.
        tokio::time::timeout(ANSWER_WITHIN, self.router.clone().oneshot(request))
            .await
            .unwrap_or_else(|_| panic!("{what} did not answer within {ANSWER_WITHIN:?}"))
            .expect("the router always answers")
    }

    pub async fn get(&self, path: &str) -> Response {
        self.send(Request::get(path).body(Body::empty()).unwrap()).await
    }

    /// A page as a signed-in browser asks for it.
    pub async fn get_as(&self, path: &str, cookie: &str) -> Response {
        let request = Request::get(path)
            .header(header::COOKIE, cookie)
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    /// An agency in `country`.
    pub async fn agency(&self, country: &str, name: &str) -> i32 {
        use sea_orm::{ActiveModelTrait, ActiveValue::Set};
        app::entities::agency::ActiveModel {
            country_code: Set(country.into()),
            name: Set(name.into()),
            kind: Set(app::model::accounts::AgencyKind::LawEnforcement),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("insert agency")
        .id
    }

    /// An account with [`PASSWORD`].
    pub async fn user(&self, email: &str, role: Role, agency: Option<i32>) -> i32 {
        let name = email.split('@').next().unwrap();
        let hash = password_hash().await;
        app::services::users::insert(&self.db, email, name, role, agency, Locale::En, hash)
            .await
            .expect("insert user")
    }

    /// Signs in over HTTP as a script would, returning the session cookie, if any.
    pub async fn sign_in(&self, email: &str, password: &str) -> Option<String> {
        let fields = [("email", email), ("password", password)];
        let response = self.post_form("/api/auth/sign_in", None, &fields).await;
        session_cookie(&response)
    }

    /// An account with [`PASSWORD`], signed in.
    pub async fn signed_in(&self, email: &str, role: Role, agency: Option<i32>) -> Session {
        let user_id = self.user(email, role, agency).await;
        let cookie = self.sign_in(email, PASSWORD).await.expect("sign-in works");
        Session { user_id, cookie }
    }

    /// A same-origin form post from a script (answers with status codes and JSON).
    pub async fn post_form(
        &self,
        path: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
    ) -> Response {
        self.send(form_request(path, cookie, fields, "application/json")).await
    }

    /// A same-origin form post from a browser without JavaScript (answers with redirects).
    pub async fn post_browser_form(
        &self,
        path: &str,
        cookie: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let accept = "text/html,application/xhtml+xml";
        let mut request = form_request(path, Some(cookie), fields, accept);
        let referer = "http://frontline.test/account".parse().unwrap();
        request.headers_mut().insert(header::REFERER, referer);
        self.send(request).await
    }
}

pub fn form_request(
    path: &str,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
    accept: &str,
) -> Request<Body> {
    let body = fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let mut builder = Request::post(path)
        .header(header::HOST, "frontline.test")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, accept)
        .header("sec-fetch-site", "same-origin");
    if let Some(cookie) = cookie {
        builder = builder.header(header::COOKIE, cookie);
    }
    builder.body(Body::from(body)).unwrap()
}

pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The `name=value` of the session cookie a response sets (not a clearing one).
pub fn session_cookie(response: &Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|kv| kv.starts_with("frontline_session=") && kv.len() > "frontline_session=".len())
        .map(str::to_owned)
}

pub async fn body_text(response: Response) -> String {
    let bytes = response.into_body().collect().await.expect("read body").to_bytes();
    String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
}

/// What a body says to an English reader: a server function's JSON error as the page would show
/// it, any other body as it is.
pub fn said(body: &str) -> String {
    match serde_json::from_str::<app::model::error::AppError>(body) {
        Ok(error) => Locale::En.error(&error),
        Err(_) => body.to_owned(),
    }
}

/// [`said`] of a response's body.
pub async fn error_text(response: Response) -> String {
    said(&body_text(response).await)
}

impl TestApp {
    /// Imports demo curriculum document `n`, adjusted, as the first trainer or admin, and
    /// publishes it. Returns the module id.
    pub async fn publish_curriculum(
        &self,
        n: usize,
        adjust: impl FnOnce(&mut app::model::authoring::ModuleDoc),
    ) -> i32 {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let mut doc: app::model::authoring::ModuleDoc =
            serde_json::from_str(app::services::demo::CURRICULUM[n].0).unwrap();
        adjust(&mut doc);
        let author = app::entities::user::Entity::find()
            .filter(app::entities::user::Column::Role.is_in([Role::Trainer, Role::Admin]))
            .one(&self.db)
            .await
            .unwrap()
            .expect("a trainer or admin to author the module");
        let author = app::services::auth::current_user(&author);
        let json = serde_json::to_string(&doc).unwrap();
        let id = app::services::authoring::import(&self.db, &author, &json).await.unwrap();
        let v = app::services::authoring::current_version(&self.db, id).await.unwrap();
        app::services::authoring::publish(&self.db, v.id).await.unwrap();
        id
    }

    /// Answers to the questions of `attempt`, all right or all wrong, read from the key in the
    /// database.
    /// Imports demo module `n` with its translations, as the demo does, and publishes them all.
    /// Returns the module id and its version id.
    pub async fn publish_demo_module(&self, n: usize) -> (i32, i32) {
        let doc = app::services::demo::curriculum_document(app::services::demo::CURRICULUM[n]);
        let doc = doc.unwrap();
        let languages: Vec<String> = doc.translations.iter().map(|t| t.language.clone()).collect();
        let module = self.publish_curriculum(n, |d| *d = doc).await;
        let v = app::services::authoring::current_version(&self.db, module).await.unwrap();
        for code in languages {
            let language = app::i18n::Locale::from_code(&code).unwrap();
            app::services::translations::publish(&self.db, v.id, language).await.unwrap();
        }
        (module, v.id)
    }

    /// Posts a module document to the import form, as a browser's upload.
    pub async fn import_json(&self, who: &Session, json: &str) -> (StatusCode, String) {
        let boundary = "B0uNdArY";
        let body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.json\"\r\nContent-Type: application/json\r\n\r\n{json}\r\n--{boundary}--\r\n"
        );
        let request = Request::post("/api/authoring/import")
            .header(header::HOST, "frontline.test")
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .header(header::ACCEPT, "application/json")
            .header(header::COOKIE, &who.cookie)
            .header("sec-fetch-site", "same-origin")
            .body(Body::from(body))
            .unwrap();
        let response = self.send(request).await;
        (response.status(), body_text(response).await)
    }

    /// Imports a module document as `who`; returns the new module's id.
    pub async fn import_as(&self, who: &Session, json: &str) -> i32 {
        use sea_orm::EntityTrait;
        let u = app::entities::user::Entity::find_by_id(who.user_id).one(&self.db).await;
        let me = app::services::auth::current_user(&u.unwrap().unwrap());
        app::services::authoring::import(&self.db, &me, json).await.unwrap()
    }

    /// Sets the language a person reads.
    pub async fn set_locale(&self, user_id: i32, code: &str) {
        use sea_orm::{ActiveModelTrait, ActiveValue::Set};
        app::entities::user::ActiveModel {
            id: Set(user_id),
            locale: Set(code.to_owned()),
            ..Default::default()
        }
        .update(&self.db)
        .await
        .unwrap();
    }

    pub async fn key_answers(&self, attempt: i32, right: bool) -> Vec<(String, String)> {
        app::services::demo_activity::key_answers(&self.db, attempt, right).await.unwrap()
    }

    /// Starts and submits an attempt at `module` as `who`, all answers right or all wrong;
    /// returns the attempt's id.
    pub async fn take_quiz(&self, who: &Session, module: i32, right: bool) -> i32 {
        use app::model::learning::ModuleOverview;
        let m = module.to_string();
        let key = format!("quiz-{}-{}-{}", who.user_id, module, unique_suffix());
        let (status, body) =
            call(self, who, "/api/learning/start", &[("module_id", &m), ("key", &key)]).await;
        assert!(status.is_success(), "{status} {body}");
        let (_, body) = call(self, who, "/api/learning/module", &[("module_id", &m)]).await;
        let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
        let id = overview.open_attempt.expect("an open attempt");
        let mut fields: Vec<(String, String)> = self
            .key_answers(id, right)
            .await
            .into_iter()
            .map(|(k, v)| (format!("answers[{k}]"), v))
            .collect();
        fields.push(("attempt_id".into(), id.to_string()));
        fields.push(("action".into(), "submit".into()));
        let refs: Vec<(&str, &str)> =
            fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (status, body) = call(self, who, "/api/learning/submit", &refs).await;
        assert!(status.is_success(), "{status} {body}");
        id
    }

    /// Reads every lesson of `module` as `who` and passes its quiz; returns the certificate's
    /// code.
    pub async fn complete_module(&self, who: &Session, module: i32) -> String {
        use app::model::learning::ModuleOverview;
        let m = module.to_string();
        let (_, body) = call(self, who, "/api/learning/module", &[("module_id", &m)]).await;
        let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
        for lesson in &overview.lessons {
            let id = lesson.id.to_string();
            let (status, body) = call(
                self,
                who,
                "/api/learning/mark_read",
                &[("module_id", &m), ("lesson_id", &id)],
            )
            .await;
            assert!(status.is_success(), "{status} {body}");
        }
        self.take_quiz(who, module, true).await;
        let (_, body) = call(self, who, "/api/learning/module", &[("module_id", &m)]).await;
        let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
        overview.card.certificate_code.expect("a certificate")
    }
}

/// A trainer, an agency in Jordan and one of its trainees signed in: where learning tests start.
pub async fn setup_with_a_trainee() -> (TestApp, Session) {
    let app = spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let agency = app.agency("JO", "PSD").await;
    let trainee = app.signed_in("amal@psd.example", Role::Trainee, Some(agency)).await;
    (app, trainee)
}

/// `(status, body)` of a server function called by `who` as a script.
pub async fn call(
    app: &TestApp,
    who: &Session,
    path: &str,
    fields: &[(&str, &str)],
) -> (axum::http::StatusCode, String) {
    let response = app.post_form(path, Some(&who.cookie), fields).await;
    (response.status(), body_text(response).await)
}
