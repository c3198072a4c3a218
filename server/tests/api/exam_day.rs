//! Exam day: the build's files at the speed of the disk, the wasm only where an island needs
//! it, a burst beyond capacity turned away at once with `Retry-After`, a database that does not
//! answer in time said as "busy" (never "not found"), one commit per save, a backup taken while
//! submissions land, and SQLite writers that take turns.

use std::{collections::HashMap, net::SocketAddr, time::Duration};

use app::model::accounts::Role;
use axum::{
    body::Body,
    extract::ConnectInfo,
    http::{Request, StatusCode, header},
};
use futures_util::StreamExt;
use sea_orm::{ConnectionTrait, EntityTrait, TransactionTrait};
use tower::ServiceExt;

use crate::helpers::{self, PEER, Session, TestApp, body_text, call, setup_with_a_trainee};

const CSS: &str = "body { color: #222 }";
const JS: &str = "export default function init() {}";

fn site() -> tempfile::TempDir {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/frontline.css"), CSS).unwrap();
    std::fs::write(site.path().join("pkg/frontline.js"), JS).unwrap();
    std::fs::write(site.path().join("pkg/frontline.wasm"), b"\0asm").unwrap();
    // What `cargo leptos build --release --precompress` leaves beside each file.
    std::fs::write(site.path().join("pkg/frontline.css.br"), b"brotli bytes").unwrap();
    std::fs::write(site.path().join("offline.js"), "/* offline */").unwrap();
    site
}

fn cache_control(response: &axum::response::Response) -> &str {
    response.headers().get(header::CACHE_CONTROL).and_then(|v| v.to_str().ok()).unwrap_or("")
}

#[tokio::test]
async fn the_builds_files_are_kept_for_good_and_never_touch_the_session() {
    let site = site();
    let app = helpers::spawn_app_serving(site.path().to_str().unwrap(), |_| {}).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let digest = app.state.settings.assets.clone();
    assert_eq!(digest.len(), 16);

    let css = app.get_as(&format!("/pkg/{digest}/frontline.css"), &amal.cookie).await;
    assert_eq!(css.status(), StatusCode::OK);
    assert_eq!(cache_control(&css), "public, max-age=31536000, immutable");
    assert!(css.headers().get(header::SET_COOKIE).is_none());
    assert_eq!(body_text(css).await, CSS);

    // Precompressed at build time: sent as it is to a browser that takes brotli.
    let request = Request::get(format!("/pkg/{digest}/frontline.css"))
        .header(header::ACCEPT_ENCODING, "br, gzip")
        .body(Body::empty())
        .unwrap();
    let br = app.send(request).await;
    assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(body_text(br).await, "brotli bytes");

    // Another build's directory is not this build's files.
    assert_eq!(
        app.get("/pkg/0123456789abcdef/frontline.css").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/pkg/{digest}/../offline.js")).await.status(),
        StatusCode::NOT_FOUND
    );
    let script = app.get(&format!("/offline.js?v={digest}")).await;
    assert_eq!(cache_control(&script), "public, max-age=31536000, immutable");
    assert_eq!(cache_control(&app.get("/offline.js").await), "no-cache");

    // With the sessions table gone, pages cannot tell who is asking; the files are still served.
    app.db.execute_unprepared("ALTER TABLE sessions RENAME TO sessions_away").await.unwrap();
    let page = app.get_as("/learning", &amal.cookie).await;
    assert_eq!(page.status(), StatusCode::SERVICE_UNAVAILABLE);
    let css = app.get_as(&format!("/pkg/{digest}/frontline.css"), &amal.cookie).await;
    assert_eq!(css.status(), StatusCode::OK);
    let js = app.get_as(&format!("/pkg/{digest}/frontline.js"), &amal.cookie).await;
    assert_eq!(js.status(), StatusCode::OK);
}

#[tokio::test]
async fn only_pages_with_an_island_load_the_wasm() {
    let site = site();
    let app = helpers::spawn_app_serving(site.path().to_str().unwrap(), |_| {}).await;
    let digest = app.state.settings.assets.clone();
    let sign_in = body_text(app.get("/sign-in").await).await;
    assert!(!sign_in.contains(".wasm"), "the sign-in page has no island: {sign_in}");
    assert!(!sign_in.contains("modulepreload"));
    assert!(sign_in.contains(&format!("/pkg/{digest}/frontline.css")));
    assert!(sign_in.contains(&format!("/offline.js?v={digest}")));
    let home = body_text(app.get("/").await).await;
    assert!(home.contains(&format!("/pkg/{digest}/frontline.wasm")), "{home}");
    assert!(home.contains(&format!("\"pkg/{digest}\"")), "the loader's directory: {home}");
}

/// A request whose body arrives only when the test says: it holds its place meanwhile.
async fn held_request(
    app: &TestApp,
) -> (tokio::sync::oneshot::Sender<()>, tokio::task::JoinHandle<StatusCode>) {
    let (release, released) = tokio::sync::oneshot::channel::<()>();
    let body = Body::from_stream(futures_util::stream::once(async move {
        let _ = released.await;
        Ok::<_, std::io::Error>("email=a%40b.example&password=x")
    }));
    let mut request = Request::post("/api/auth/sign_in")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body)
        .unwrap();
    request.extensions_mut().insert(ConnectInfo(PEER.parse::<SocketAddr>().unwrap()));
    let router = app.router.clone();
    let held = tokio::spawn(async move { router.oneshot(request).await.unwrap().status() });
    tokio::time::sleep(Duration::from_millis(100)).await;
    (release, held)
}

#[tokio::test]
async fn a_burst_beyond_capacity_is_answered_at_once_with_retry_after() {
    let app = helpers::spawn_app_with(|c| {
        c.max_in_flight = 1;
        c.queue_wait_ms = 50;
    })
    .await;
    let (release, held) = held_request(&app).await;

    // Every request of the burst finds the one place taken: each is told when to come back,
    // as its sender reads it, and quickly.
    let started = std::time::Instant::now();
    let answers: Vec<_> = futures_util::stream::iter(0..40)
        .map(|i| {
            let accept = if i % 2 == 0 { "text/html" } else { "application/json" };
            let mut request = Request::get("/sign-in").header(header::ACCEPT, accept);
            if i % 4 == 0 {
                request = request.header(header::COOKIE, "lang=ar");
            }
            app.send(request.body(Body::empty()).unwrap())
        })
        .buffer_unordered(40)
        .collect()
        .await;
    assert!(started.elapsed() < Duration::from_secs(10), "turned away, not kept waiting");
    for response in answers {
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        let wait: u32 = response.headers()[header::RETRY_AFTER].to_str().unwrap().parse().unwrap();
        assert!((2..=5).contains(&wait), "{wait}");
        let json = response.headers()[header::CONTENT_TYPE] == "application/json";
        let body = body_text(response).await;
        if json {
            let error: app::model::error::AppError = serde_json::from_str(&body).unwrap();
            assert_eq!(error, app::model::error::AppError::Busy { retry_after: wait });
        } else {
            assert!(body.contains(r#"http-equiv="refresh""#), "a page view comes back by itself");
            assert!(
                body.contains("Frontline is busy") || body.contains("فرونتلاين مشغول"),
                "{body}"
            );
        }
    }
    // A form's data is never re-sent by itself: the page says to go back and send it again.
    let form =
        helpers::form_request("/api/auth/sign_in", None, &[("email", "x@y.example")], "text/html");
    let refused = app.send(form).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body = body_text(refused).await;
    assert!(
        body.contains("your answers are still in the form") && !body.contains("refresh"),
        "{body}"
    );

    // A health probe is never queued: a busy server is not a dead one.
    assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);

    // The place comes free: the server answers as before.
    release.send(()).unwrap();
    assert_ne!(held.await.unwrap(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(app.get("/sign-in").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_database_that_does_not_answer_in_time_is_busy_never_not_found() {
    let app = helpers::spawn_app_with(|c| {
        c.db_max_connections = Some(2);
        c.db_acquire_timeout_ms = 300;
    })
    .await;
    assert_eq!(app.get("/verify/NO-SUCH-CODE").await.status(), StatusCode::NOT_FOUND);
    // Every connection of the pool is taken.
    let first = app.db.begin().await.unwrap();
    let second = app.db.begin().await.unwrap();
    let page = app
        .send(
            Request::get("/verify/NO-SUCH-CODE")
                .header(header::ACCEPT, "text/html")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    let status = page.status();
    let retry_after = page.headers().contains_key(header::RETRY_AFTER);
    let body = body_text(page).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "busy, not 'not found': {body}");
    assert!(retry_after);
    assert!(body.contains("Please try again in"), "{body}");
    let script = helpers::form_request(
        "/api/learning/verify",
        None,
        &[("code", "NO-SUCH-CODE")],
        "application/json",
    );
    let answer = app.send(script).await;
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(body_text(answer).await.contains("Busy"));
    drop((first, second));
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(app.get("/verify/NO-SUCH-CODE").await.status(), StatusCode::NOT_FOUND);
}

async fn start_quiz(app: &TestApp, who: &Session, module: i32, key: &str) -> i32 {
    let fields = [("module_id", module.to_string()), ("key", key.to_owned())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = app.post_browser_form("/api/learning/start", &who.cookie, &fields).await;
    let to = response.headers()[header::LOCATION].to_str().unwrap().to_owned();
    to.strip_prefix("/attempts/").and_then(|id| id.parse().ok()).expect(&to)
}

#[tokio::test]
async fn saving_without_javascript_is_one_commit_and_says_so_on_the_page() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let attempt = start_quiz(&app, &amal, module, "save-without-script-0001").await;
    let id = attempt.to_string();
    let fields = [("attempt_id", id.as_str()), ("action", "save"), ("answers[q0]", "1")];
    let saved = app.post_browser_form("/api/learning/submit", &amal.cookie, &fields).await;
    assert_eq!(saved.headers()[header::LOCATION], format!("/attempts/{attempt}?saved=1"));
    // Nothing was kept in the session for the next page to clear.
    let sessions = app::entities::session::Entity::find().all(&app.db).await.unwrap();
    assert!(sessions.iter().all(|s| s.flash.is_none()), "{sessions:?}");
    let page =
        body_text(app.get_as(&format!("/attempts/{attempt}?saved=1"), &amal.cookie).await).await;
    assert!(page.contains(r#"<p role="status" class="notice">Your answers are saved."#), "{page}");
    let plain = body_text(app.get_as(&format!("/attempts/{attempt}"), &amal.cookie).await).await;
    assert!(!plain.contains(r#"class="notice">"#), "{plain}");
}

/// Trainees of their own, signed in without a password check each (sessions written directly).
async fn cohort(app: &TestApp, n: usize) -> Vec<Session> {
    let agency = app.agency("JO", "Border police").await;
    let mut people = vec![];
    for i in 0..n {
        let user_id =
            app.user(&format!("officer{i}@border.example"), Role::Trainee, Some(agency)).await;
        let token = app::services::sessions::create(&app.db, user_id).await.unwrap();
        people.push(Session { user_id, cookie: format!("frontline_session={token}") });
    }
    people
}

/// Starts, saves three times and submits, as a script; the attempt, when acknowledged.
async fn exam(app: &TestApp, who: &Session, module: i32, n: usize) -> Result<i32, String> {
    let attempt = start_quiz(app, who, module, &format!("exam-day-start-key-{n:06}")).await;
    let id = attempt.to_string();
    for seq in 1..=3 {
        let seq = seq.to_string();
        let fields = [("attempt_id", id.as_str()), ("seq", seq.as_str()), ("answers[q0]", "0")];
        let (status, body) = call(app, who, "/api/learning/save_answers", &fields).await;
        if !status.is_success() {
            return Err(format!("save {seq}: {status} {body}"));
        }
    }
    let fields = [("attempt_id", id.as_str()), ("action", "submit"), ("answers[q0]", "0")];
    let (status, body) = call(app, who, "/api/learning/submit", &fields).await;
    if !status.is_success() {
        return Err(format!("submit: {status} {body}"));
    }
    Ok(attempt)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_writers_all_land_each_attempt_scored_once() {
    let app = helpers::spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let people = cohort(&app, 40).await;
    let results: Vec<Result<i32, String>> = futures_util::stream::iter(people.iter().enumerate())
        .map(|(n, who)| exam(&app, who, module, n))
        .buffer_unordered(40)
        .collect()
        .await;
    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(failures.is_empty(), "{failures:#?}");
    let attempts = app::entities::attempt::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(attempts.len(), 40);
    assert!(attempts.iter().all(|a| a.submitted_at.is_some()));
    let mut answers_per_attempt: HashMap<i32, usize> = HashMap::new();
    for row in app::entities::attempt_answer::Entity::find().all(&app.db).await.unwrap() {
        *answers_per_attempt.entry(row.attempt_id).or_default() += 1;
    }
    let asked = answers_per_attempt.values().next().copied().unwrap();
    assert!(answers_per_attempt.values().all(|n| *n == asked), "scored once each");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_submissions_land_holds_every_one_acknowledged_before_it() {
    let app = helpers::spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let people = cohort(&app, 30).await;
    let acknowledged = std::sync::Mutex::new(vec![]);
    let copy_dir = tempfile::tempdir().unwrap();
    let copy = copy_dir.path().join("backup.db");
    let (app_ref, acknowledged_ref) = (&app, &acknowledged);
    let exams = futures_util::stream::iter(people.iter().enumerate())
        .map(|(n, who)| async move {
            let (app, acknowledged) = (app_ref, acknowledged_ref);
            let attempt = exam(app, who, module, n).await.unwrap();
            acknowledged.lock().unwrap().push(attempt);
        })
        .buffer_unordered(10)
        .collect::<Vec<()>>();
    let backup = async {
        // Once some are in, and while the others are under way.
        while acknowledged.lock().unwrap().len() < 8 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let before: Vec<i32> = acknowledged.lock().unwrap().clone();
        server::tools::backup::backup(&app.db, &app.database_url, &copy).await.unwrap();
        before
    };
    let ((), before) = tokio::join!(
        async {
            exams.await;
        },
        backup
    );
    assert!(
        before.len() >= 8 && before.len() < 30,
        "{} acknowledged before the backup",
        before.len()
    );
    let copied = copied_submissions(&copy).await;
    for attempt in &before {
        assert!(
            copied.contains(attempt),
            "attempt {attempt}, acknowledged before the backup, is missing"
        );
    }
}

/// The submitted attempts in a backup (SQLite: the copy itself, checked by `restore`'s own
/// integrity check; PostgreSQL: the dump restored into a fresh database).
async fn copied_submissions(copy: &std::path::Path) -> Vec<i32> {
    let (url, _database) = if helpers::backend() == "postgres" {
        let (url, database) = helpers::fresh_database().await;
        server::tools::backup::restore(&url, copy).await.unwrap();
        (url, Some(database))
    } else {
        server::tools::backup::check_sqlite_copy(copy).await.unwrap();
        (format!("sqlite://{}?mode=ro", copy.display()), None)
    };
    let db = sea_orm::Database::connect(&url).await.unwrap();
    let rows = app::entities::attempt::Entity::find().all(&db).await.unwrap();
    rows.into_iter().filter(|a| a.submitted_at.is_some()).map(|a| a.id).collect()
}

/// The larger body limits (a lesson's text, an import) are for signed-in staff: a stranger's
/// body is refused at the small one, so a burst of large hostile posts holds little memory.
#[tokio::test]
async fn a_strangers_large_body_is_refused_at_the_small_limit() {
    let app = helpers::spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    let text = "a".repeat(200 * 1024);
    let fields = [("lesson_id", "1"), ("body", text.as_str())];
    let stranger =
        helpers::form_request("/api/authoring/update_lesson", None, &fields, "application/json");
    assert_eq!(app.send(stranger).await.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let staff = app.post_form("/api/authoring/update_lesson", Some(&trainer.cookie), &fields).await;
    assert_ne!(staff.status(), StatusCode::PAYLOAD_TOO_LARGE, "within a lesson's limit");
}

/// Published questions are kept in memory per database: two databases whose versions have the
/// same id, read at once, each get their own questions.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kept_questions_never_cross_from_one_database_to_another() {
    let (first, amal) = setup_with_a_trainee().await;
    let (second, omar) = setup_with_a_trainee().await;
    let module_a = first.publish_curriculum(0, |_| {}).await;
    let module_b = second.publish_curriculum(1, |_| {}).await;
    let attempt_a = start_quiz(&first, &amal, module_a, "kept-questions-first-01").await;
    let attempt_b = start_quiz(&second, &omar, module_b, "kept-questions-second-1").await;
    let prompts = |app: &'static str, body: String| {
        let page: app::model::learning::AttemptPage =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{app}: {e} {body}"));
        page.questions.into_iter().map(|q| q.prompt).collect::<Vec<_>>()
    };
    let expected_a = prompts("first", read(&first, &amal, attempt_a).await);
    let expected_b = prompts("second", read(&second, &omar, attempt_b).await);
    assert!(expected_a.iter().all(|p| !expected_b.contains(p)), "two different modules");
    let reads = futures_util::stream::iter(0..40)
        .map(|i| {
            let (first, second, amal, omar) = (&first, &second, &amal, &omar);
            async move {
                if i % 2 == 0 {
                    ("first", read(first, amal, attempt_a).await)
                } else {
                    ("second", read(second, omar, attempt_b).await)
                }
            }
        })
        .buffer_unordered(40)
        .collect::<Vec<_>>()
        .await;
    for (which, body) in reads {
        let expected = if which == "first" { &expected_a } else { &expected_b };
        assert_eq!(&prompts(which, body), expected, "{which} got another database's questions");
    }
}

/// An attempt's page as its script reads it (JSON).
async fn read(app: &TestApp, who: &Session, attempt: i32) -> String {
    let id = attempt.to_string();
    call(app, who, "/api/learning/attempt", &[("attempt_id", &id)]).await.1
}
