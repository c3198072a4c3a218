//! Offline use, as the server sees it: the service worker and manifest it serves, the pages it
//! lists for a phone to keep, and the forms a phone sends late (a lesson marked read, a quiz
//! submitted, perhaps several times or from two devices).

use app::model::{
    accounts::Role,
    learning::{ModuleOverview, OfflineCopy},
};
use axum::http::{StatusCode, header};
use sea_orm::EntityTrait;

use crate::helpers::{
    PASSWORD, Session, TestApp, body_text, call, form_request, setup_with_a_trainee, spawn_app,
    spawn_app_with,
};

async fn worker(app: &TestApp) -> (axum::http::HeaderMap, String) {
    let response = app.get("/sw.js").await;
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    (headers, body_text(response).await)
}

#[tokio::test]
async fn the_service_worker_is_named_after_the_release_and_has_its_own_policy() {
    let app = spawn_app_with(|c| c.release = Some("2026-12-02.1".into())).await;
    let (headers, script) = worker(&app).await;
    assert!(headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/javascript"));
    // A browser checks for a new worker on every visit: it must not come from the HTTP cache.
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert_eq!(headers[header::CONTENT_SECURITY_POLICY], server::offline::WORKER_CSP);
    assert!(script.contains("const RELEASE = '2026-12-02.1';"), "{script}");
    assert!(!script.contains("__RELEASE__"));

    // Another release: another worker, so phones replace it and drop its caches.
    let next = spawn_app_with(|c| c.release = Some("2026-12-03.1".into())).await;
    assert_ne!(worker(&next).await.1, script);
    // Unset, the release is a digest of the build's files: the same files, the same worker.
    let (a, b) = (spawn_app().await, spawn_app().await);
    assert_eq!(worker(&a).await.1, worker(&b).await.1);
    assert!(!worker(&a).await.1.contains("__RELEASE__"));
}

#[tokio::test]
async fn the_manifest_is_in_the_readers_language_and_direction() {
    let (app, amal) = setup_with_a_trainee().await;
    let manifest = |cookie: Option<String>, accept: &'static str| {
        let app = &app;
        async move {
            let mut request = axum::http::Request::get("/manifest.webmanifest")
                .header(header::ACCEPT_LANGUAGE, accept);
            if let Some(cookie) = cookie {
                request = request.header(header::COOKIE, cookie);
            }
            let response = app.send(request.body(axum::body::Body::empty()).unwrap()).await;
            assert_eq!(response.status(), StatusCode::OK);
            let kind = response.headers()[header::CONTENT_TYPE].to_str().unwrap().to_owned();
            assert!(kind.starts_with("application/manifest+json"), "{kind}");
            serde_json::from_str::<serde_json::Value>(&body_text(response).await).unwrap()
        }
    };
    let visitor = manifest(None, "tr-TR,tr;q=0.9").await;
    assert_eq!((visitor["lang"].as_str(), visitor["dir"].as_str()), (Some("tr"), Some("ltr")));
    assert_eq!(visitor["start_url"], "/");
    assert!(visitor["icons"].as_array().unwrap().iter().any(|i| i["sizes"] == "512x512"));
    // A signed-in person's own language wins over what the browser asks for.
    app.set_locale(amal.user_id, "ar").await;
    let arabic = manifest(Some(amal.cookie.clone()), "en").await;
    assert_eq!((arabic["lang"].as_str(), arabic["dir"].as_str()), (Some("ar"), Some("rtl")));
    assert_eq!(arabic["name"], app::i18n::Locale::Ar.t(app::i18n::Msg::AppName));
}

#[test]
fn the_icons_the_manifest_names_are_png_files() {
    for size in [192, 512] {
        let path = format!("{}/../app/public/icons/icon-{size}.png", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{path}");
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
        assert_eq!(width, size, "{path}");
    }
}

async fn copies(app: &TestApp, who: &Session, modules: &str) -> (StatusCode, Vec<OfflineCopy>) {
    let (status, body) =
        call(app, who, "/api/learning/offline_copies", &[("modules", modules)]).await;
    (status, serde_json::from_str(&body).unwrap_or_default())
}

#[tokio::test]
async fn a_phone_keeps_the_assigned_and_begun_modules_and_nothing_it_may_not_read() {
    let (app, amal) = setup_with_a_trainee().await;
    let assigned = app.publish_curriculum(0, |_| {}).await;
    let begun = app.publish_curriculum(1, |_| {}).await;
    let other = app.publish_curriculum(2, |_| {}).await;
    let me = app::entities::user::Entity::find_by_id(amal.user_id).one(&app.db).await.unwrap();
    let agency = me.unwrap().agency_id.unwrap();
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    let (status, body) = call(
        &app,
        &admin,
        "/api/learning/assign",
        &[
            ("agency_id", &agency.to_string()),
            ("module_id", &assigned.to_string()),
            ("scope", "agency"),
            ("due_on", ""),
        ],
    )
    .await;
    assert!(status.is_success(), "{status} {body}");
    let page = format!("/learn/{begun}");
    let first_lesson = overview(&app, &amal, begun).await.lessons[0].id;
    let (status, _) = call(
        &app,
        &amal,
        "/api/learning/mark_read",
        &[("module_id", &begun.to_string()), ("lesson_id", &first_lesson.to_string())],
    )
    .await;
    assert!(status.is_success());

    let (status, kept) = copies(&app, &amal, "").await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<i32> = kept.iter().map(|c| c.module_id).collect();
    assert_eq!(ids, [assigned, begun], "assigned and begun, not {other}");
    let begun_copy = &kept[1];
    assert_eq!(begun_copy.urls[0], page);
    assert!(begun_copy.urls.contains(&format!("{page}/lessons/{first_lesson}")));
    // Every page listed opens for the trainee (the phone keeps exactly what they would read).
    for url in kept.iter().flat_map(|c| &c.urls) {
        assert_eq!(app.get_as(url, &amal.cookie).await.status(), StatusCode::OK, "{url}");
    }

    // Asked by id: a module that does not exist, or a draft, is left out as the same nothing.
    let draft = app.import_as(&admin, app::services::demo::CURRICULUM[3].0).await;
    let (status, asked) = copies(&app, &amal, &format!("{other},{draft},999999,x")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(asked.iter().map(|c| c.module_id).collect::<Vec<_>>(), [other]);
    // Nobody signed in gets nothing.
    let response = app
        .send(form_request(
            "/api/learning/offline_copies",
            None,
            &[("modules", "")],
            "application/json",
        ))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn signing_out_tells_the_browser_to_forget_what_it_kept() {
    let (app, amal) = setup_with_a_trainee().await;
    let response = app.post_browser_form("/api/auth/sign_out", &amal.cookie, &[]).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()["clear-site-data"], "\"cache\", \"storage\"");
    // Signing in again works as ever.
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_some());
}

/// A lesson marked read while offline names the page to go on to in its form's address; the
/// server reads the form as always.
#[tokio::test]
async fn a_lesson_marked_read_later_still_counts_and_goes_on() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let html = body_text(app.get_as(&format!("/learn/{module}"), &amal.cookie).await).await;
    let lesson: i32 = html
        .split(&format!("/learn/{module}/lessons/"))
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|id| id.parse().ok())
        .expect("a lesson link");
    let page =
        body_text(app.get_as(&format!("/learn/{module}/lessons/{lesson}"), &amal.cookie).await)
            .await;
    let action = page
        .split("action=\"")
        .find(|a| a.starts_with("/api/learning/mark_read"))
        .and_then(|a| a.split('"').next())
        .expect("the mark-read form")
        .replace("&amp;", "&");
    assert!(action.contains("?then=%2Flearn%2F"), "{action}");
    let fields = [("module_id", module.to_string()), ("lesson_id", lesson.to_string())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = app.post_browser_form(&action, &amal.cookie, &fields).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    let m = overview(&app, &amal, module).await;
    assert!(m.lessons.iter().find(|l| l.id == lesson).unwrap().read);
}

/// The outbox of a phone sends its submission again if it never heard back; another device may
/// have submitted first. The attempt is scored once, and the late sender is told so.
#[tokio::test]
async fn a_submission_sent_three_times_at_once_and_again_later_is_scored_once() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let attempt = start(&app, &amal, module, "offline-start-key-000001").await;
    let answers = |right| {
        let app = &app;
        async move {
            let fields = app.key_answers(attempt, right).await;
            fields.into_iter().map(|(k, v)| (format!("answers[{k}]"), v)).collect::<Vec<_>>()
        }
    };
    let mut fields = answers(true).await;
    fields.push(("attempt_id".into(), attempt.to_string()));
    fields.push(("action".into(), "submit".into()));
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();

    // The service worker sends as a script does (status codes, no redirect to follow).
    let sends = (0..3).map(|_| call(&app, &amal, "/api/learning/submit", &fields));
    for (status, body) in futures_util::future::join_all(sends).await {
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    // Later, the same submission from a browser form: its result, and why nothing changed.
    let wrong = answers(false).await;
    let mut late: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let attempt_text = attempt.to_string();
    late.extend([("attempt_id", attempt_text.as_str()), ("action", "submit")]);
    let response = app.post_browser_form("/api/learning/submit", &amal.cookie, &late).await;
    assert!(response.status().is_redirection());
    let page = body_text(app.get_as(&format!("/attempts/{attempt}"), &amal.cookie).await).await;
    assert!(page.contains("had already been submitted"), "{page}");

    let m = overview(&app, &amal, module).await;
    assert_eq!(m.attempts.len(), 1, "one attempt");
    assert!(m.attempts[0].passed.unwrap_or(false), "scored with the first, right, answers");
    assert!(m.card.passed);
}

/// Starts `module`'s quiz for `who` with start key `key`; its attempt id.
async fn start(app: &TestApp, who: &Session, module: i32, key: &str) -> i32 {
    let fields = [("module_id", module.to_string()), ("key", key.to_owned())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = call(app, who, "/api/learning/start", &fields).await;
    assert!(status.is_success(), "{status} {body}");
    overview(app, who, module).await.open_attempt.expect("an open attempt")
}

async fn overview(app: &TestApp, who: &Session, module: i32) -> ModuleOverview {
    let (_, body) =
        call(app, who, "/api/learning/module", &[("module_id", &module.to_string())]).await;
    serde_json::from_str(&body).unwrap()
}

/// A timed quiz says it needs the network, and its form says so to the service worker, which
/// then never keeps its submission waiting.
#[tokio::test]
async fn a_timed_quiz_says_it_needs_the_network() {
    let (app, amal) = setup_with_a_trainee().await;
    let timed = app.publish_curriculum(0, |d| d.settings.time_limit_minutes = Some(20)).await;
    let untimed = app.publish_curriculum(1, |_| {}).await;
    for (module, key, needs_network) in
        [(timed, "offline-start-key-000002", true), (untimed, "offline-start-key-000003", false)]
    {
        let attempt = start(&app, &amal, module, key).await;
        let page = body_text(app.get_as(&format!("/attempts/{attempt}"), &amal.cookie).await).await;
        assert_eq!(page.contains("it needs the network"), needs_network, "{page}");
        let action = if needs_network { "submit?network=required" } else { "submit" };
        assert!(page.contains(&format!("action=\"/api/learning/{action}\"")), "{page}");
    }
}
