//! xAPI statements over the real router and the outbox against an LRS on loopback: a fake one
//! here (down, refusing, racing), and a real one, Ralph, in the test run's LRS stage.

use crate::helpers;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use app::entities::xapi_outbox as outbox;
use app::model::{accounts::Role, xapi::OutboxState};
use axum::{
    Json, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
};
use helpers::{Session, TestApp, body_text, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::Value;
use server::{config::Secret, lrs::Lrs};

/// What the fake LRS holds and how it behaves.
#[derive(Default)]
struct Fake {
    down: bool,
    /// The account number whose statements are refused.
    refuse: String,
    stored: HashMap<String, Value>,
    /// How many times each id arrived in a request the LRS accepted.
    accepted: HashMap<String, u32>,
}

type Shared = Arc<Mutex<Fake>>;

/// An xAPI LRS as strict as a real one about what this test needs: Basic auth and the version
/// header, statements with ids, the same id with other content refused (409), and any statement
/// by the account it is told to refuse refused as invalid (400). Down, it answers 503.
async fn fake_lrs() -> (String, Shared) {
    let shared: Shared = Arc::default();
    let app = Router::new()
        .route("/xAPI/statements", post(post_statements).put(put_statement))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/xAPI", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, shared)
}

fn refusal(fake: &Fake, headers: &HeaderMap, statements: &[Value]) -> Option<Response> {
    if fake.down {
        return Some(StatusCode::SERVICE_UNAVAILABLE.into_response());
    }
    // "frontline:secret", as the test's Lrs is made.
    if headers.get("authorization").and_then(|v| v.to_str().ok())
        != Some("Basic ZnJvbnRsaW5lOnNlY3JldA==")
    {
        return Some(StatusCode::UNAUTHORIZED.into_response());
    }
    if headers.get("x-experience-api-version").and_then(|v| v.to_str().ok()) != Some("1.0.3") {
        return Some((StatusCode::BAD_REQUEST, "X-Experience-API-Version").into_response());
    }
    for s in statements {
        if s["actor"]["account"]["name"] == fake.refuse.as_str() || s["id"].as_str().is_none() {
            return Some((StatusCode::BAD_REQUEST, "actor: not allowed here").into_response());
        }
        if let Some(held) = fake.stored.get(s["id"].as_str().unwrap())
            && held != s
        {
            return Some(
                (StatusCode::CONFLICT, "a different statement has this id").into_response(),
            );
        }
    }
    None
}

fn store(fake: &mut Fake, statements: Vec<Value>) {
    for s in statements {
        let id = s["id"].as_str().unwrap().to_owned();
        *fake.accepted.entry(id.clone()).or_default() += 1;
        fake.stored.insert(id, s);
    }
}

async fn post_statements(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Json(body): Json<Vec<Value>>,
) -> Response {
    let mut fake = shared.lock().unwrap();
    if let Some(refused) = refusal(&fake, &headers, &body) {
        return refused;
    }
    let ids: Vec<Value> = body.iter().map(|s| s["id"].clone()).collect();
    store(&mut fake, body);
    Json(ids).into_response()
}

async fn put_statement(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
    Json(body): Json<Value>,
) -> Response {
    let mut fake = shared.lock().unwrap();
    if query.get("statementId").map(String::as_str) != body["id"].as_str() {
        return StatusCode::BAD_REQUEST.into_response();
    }
    if let Some(refused) = refusal(&fake, &headers, std::slice::from_ref(&body)) {
        return refused;
    }
    store(&mut fake, vec![body]);
    StatusCode::NO_CONTENT.into_response()
}

/// A trainee who failed the quiz once, then completed the module; and one whose statements the
/// LRS refuses.
async fn learning_happened() -> (TestApp, Session, Session) {
    let app = spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let agency = app.agency("IQ", "Kurdistan Region Police").await;
    let amal = app.signed_in("amal@krp.example", Role::Trainee, Some(agency)).await;
    let refused = app.signed_in("refuse@krp.example", Role::Trainee, Some(agency)).await;
    let module = app.publish_curriculum(0, |d| d.settings.max_attempts = Some(5)).await;
    app.take_quiz(&amal, module, false).await;
    app.complete_module(&amal, module).await;
    app.take_quiz(&refused, module, false).await;
    (app, amal, refused)
}

fn lrs(url: &str) -> Lrs {
    Lrs::new(url, "frontline", Secret::new("secret")).unwrap()
}

async fn rows(app: &TestApp) -> Vec<outbox::Model> {
    outbox::Entity::find().all(&app.db).await.unwrap()
}

/// Every row due now, as if the backoff had passed.
async fn make_due(app: &TestApp) {
    outbox::Entity::update_many()
        .col_expr(
            outbox::Column::NextTryAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
}

/// What an LRS checks of a statement (xAPI 1.0.3, part two, section 2), as far as Frontline's
/// statements use it.
fn assert_xapi_rules(s: &Value) {
    let iri = |v: &Value| {
        let text = v.as_str().unwrap_or_default();
        assert!(
            text.starts_with("https://") || text.starts_with("http://"),
            "not an IRI: {v} in {s}"
        );
    };
    let uuid = |v: &Value| {
        let id = uuid::Uuid::parse_str(v.as_str().unwrap_or_default())
            .unwrap_or_else(|_| panic!("not a UUID: {v}"));
        assert_eq!(id.get_version_num(), 5, "a name-based id: {v}");
    };
    uuid(&s["id"]);
    assert!(s.get("version").is_none(), "a provider does not set the version (xAPI 1.0.3, 2.4.10)");
    assert_eq!(s["actor"]["objectType"], "Agent");
    iri(&s["actor"]["account"]["homePage"]);
    assert!(s["actor"]["account"]["name"].as_str().is_some_and(|n| !n.is_empty()));
    assert!(
        s["actor"].get("mbox").is_none() && s["actor"].get("name").is_none(),
        "no e-mail, no name"
    );
    iri(&s["verb"]["id"]);
    assert!(s["verb"]["display"]["en-US"].is_string());
    assert_eq!(s["object"]["objectType"], "Activity");
    iri(&s["object"]["id"]);
    iri(&s["object"]["definition"]["type"]);
    for (tag, _) in s["object"]["definition"]["name"].as_object().unwrap() {
        assert!(
            tag.len() >= 2 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "language tag {tag}"
        );
    }
    let timestamp = s["timestamp"].as_str().unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(timestamp).is_ok() && timestamp.ends_with('Z'),
        "{timestamp}"
    );
    if let Some(score) = s["result"].get("score") {
        let scaled = score["scaled"].as_f64().unwrap();
        assert!((-1.0..=1.0).contains(&scaled), "scaled {scaled}");
        if let Some(raw) = score["raw"].as_f64() {
            assert!(
                score["min"].as_f64().unwrap() <= raw && raw <= score["max"].as_f64().unwrap(),
                "{score}"
            );
        }
    }
    let context = &s["context"];
    assert_eq!(
        context["language"].as_str().map(str::len),
        Some(2),
        "the trainee's language: {context}"
    );
    if let Some(registration) = context.get("registration") {
        uuid(registration);
    }
    for (key, _) in context["extensions"].as_object().into_iter().flatten() {
        iri(&Value::from(key.as_str()));
    }
}

async fn export(app: &TestApp, who: &Session, from: &str, to: &str) -> (StatusCode, String) {
    let response =
        app.get_as(&format!("/reports/xapi.json?from={from}&to={to}"), &who.cookie).await;
    (response.status(), body_text(response).await)
}

#[tokio::test]
async fn the_export_gives_every_event_a_stable_statement() {
    let (app, amal, _) = learning_happened().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, None).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let (status, body) = export(&app, &admin, &today, &today).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let statements: Vec<Value> = serde_json::from_str(&body).unwrap();
    let verbs: HashSet<&str> =
        statements.iter().map(|s| s["verb"]["display"]["en-US"].as_str().unwrap()).collect();
    for verb in ["attempted", "answered", "failed", "passed", "completed"] {
        assert!(verbs.contains(verb), "no {verb} statement: {verbs:?}");
    }
    for s in &statements {
        assert_xapi_rules(s);
    }
    let ids: HashSet<&str> = statements.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), statements.len(), "every statement has its own id");
    // Built again from the same rows: the same statements, byte for byte.
    assert_eq!(export(&app, &admin, &today, &today).await.1, body);
    // The quiz results carry the score, the completion the module.
    let passed = statements.iter().find(|s| s["verb"]["display"]["en-US"] == "passed").unwrap();
    assert_eq!(passed["result"]["success"], true);
    assert_eq!(passed["result"]["score"]["scaled"], 1.0);
    let completed =
        statements.iter().find(|s| s["verb"]["display"]["en-US"] == "completed").unwrap();
    assert!(completed["object"]["id"].as_str().unwrap().contains("/xapi/modules/"));

    // Admins only; bad ranges are told, not failed.
    assert_eq!(export(&app, &amal, &today, &today).await.0, StatusCode::NOT_FOUND);
    let (status, body) = export(&app, &admin, "yesterday", &today).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("YYYY-MM-DD"), "{body}");
    let (status, body) = export(&app, &admin, "2020-01-01", &today).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("366"), "{body}");
    assert_eq!(
        export(&app, &admin, "2020-01-02", "2020-01-01").await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // A day without events: an empty list, not an error.
    assert_eq!(
        serde_json::from_str::<Vec<Value>>(
            &export(&app, &admin, "2020-01-01", "2020-01-01").await.1
        )
        .unwrap()
        .len(),
        0
    );
}

#[tokio::test]
async fn an_lrs_that_is_down_loses_nothing_and_a_replay_sends_no_duplicate() {
    let (app, _amal, refuse) = learning_happened().await;
    let issuer = app.state.settings.issuer.clone();
    let (url, fake) = fake_lrs().await;
    fake.lock().unwrap().refuse = refuse.user_id.to_string();
    let lrs = lrs(&url);

    // Down: everything waits in the outbox, tried again later.
    fake.lock().unwrap().down = true;
    let pushed = lrs.push(&app.db, &issuer).await.unwrap();
    assert!(pushed.collected > 10 && pushed.sent == 0, "{pushed:?}");
    let waiting = rows(&app).await;
    assert_eq!(waiting.len(), pushed.collected);
    assert!(waiting.iter().all(|r| r.state == OutboxState::Pending && r.claim.is_none()));
    let tried: Vec<_> = waiting.iter().filter(|r| r.tries == 1).collect();
    assert!(
        !tried.is_empty() && tried.iter().all(|r| r.next_try_at > chrono::Utc::now()),
        "backoff"
    );
    assert!(tried.iter().all(|r| r.last_error.as_deref().is_some_and(|e| e.contains("503"))));

    // Up again: nothing before the backoff has passed, then everything but the refused.
    fake.lock().unwrap().down = false;
    make_due(&app).await;
    let pushed = lrs.push(&app.db, &issuer).await.unwrap();
    assert_eq!(pushed.collected, 0, "collecting again adds nothing");
    let all = rows(&app).await;
    let refused: Vec<_> = all.iter().filter(|r| r.state == OutboxState::Rejected).collect();
    let sent: Vec<_> = all.iter().filter(|r| r.state == OutboxState::Sent).collect();
    let account = format!(r#""name":"{}""#, refuse.user_id);
    assert!(!refused.is_empty() && refused.iter().all(|r| r.statement.contains(&account)));
    assert!(
        refused
            .iter()
            .all(|r| r.last_error.as_deref().is_some_and(|e| e.contains("not allowed here")))
    );
    assert_eq!(sent.len() + refused.len(), all.len(), "nothing left behind");
    {
        let fake = fake.lock().unwrap();
        assert_eq!(fake.stored.len(), sent.len());
        assert!(fake.accepted.values().all(|n| *n == 1), "a statement was accepted twice");
        for row in &sent {
            let held = &fake.stored[&row.statement_id];
            assert_eq!(
                held.to_string(),
                row.statement,
                "what the LRS holds is what the outbox kept"
            );
        }
    }

    // A second push sends nothing; a replay of the whole outbox (a restored backup) stores
    // nothing twice, since every statement keeps its id and content.
    assert_eq!(lrs.push(&app.db, &issuer).await.unwrap().sent, 0);
    outbox::Entity::update_many()
        .col_expr(outbox::Column::State, Expr::value(OutboxState::Pending))
        .filter(outbox::Column::State.eq(OutboxState::Sent))
        .exec(&app.db)
        .await
        .unwrap();
    make_due(&app).await;
    let replayed = lrs.push(&app.db, &issuer).await.unwrap();
    assert_eq!(replayed.sent, sent.len());
    assert_eq!(fake.lock().unwrap().stored.len(), sent.len(), "the replay stored no duplicate");

    // The refused are shown to admins, and sent again only when an admin asks.
    let admin = app.signed_in("admin@example.org", Role::Admin, None).await;
    let page = body_text(app.get_as("/admin/records", &admin.cookie).await).await;
    assert!(page.contains(&refused[0].statement_id) && page.contains("not allowed here"), "{page}");
    assert!(page.contains(&format!("{} refused", refused.len())), "{page}");
    let trainee_page = body_text(app.get_as("/admin/records", &_amal.cookie).await).await;
    assert!(!trainee_page.contains(&refused[0].statement_id));
    let (status, _) = helpers::call(&app, &admin, "/api/records/requeue_refused", &[]).await;
    assert!(status.is_success());
    let again = lrs.push(&app.db, &issuer).await.unwrap();
    assert_eq!(again.refused, refused.len(), "{again:?}");
    assert_eq!(rows(&app).await.len(), all.len(), "never lost, never doubled");
}

/// Moves everything that happened so far back by `by`, as if it had happened then.
async fn happened_earlier(app: &TestApp, by: chrono::Duration) {
    use app::entities::{attempt, completion};
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
    for a in attempt::Entity::find().all(&app.db).await.unwrap() {
        let (started, submitted) = (a.started_at - by, a.submitted_at.map(|t| t - by));
        let mut a = a.into_active_model();
        a.started_at = Set(started);
        a.submitted_at = Set(submitted);
        a.update(&app.db).await.unwrap();
    }
    for c in completion::Entity::find().all(&app.db).await.unwrap() {
        let completed = c.completed_at - by;
        let mut c = c.into_active_model();
        c.completed_at = Set(completed);
        c.update(&app.db).await.unwrap();
    }
}

#[tokio::test]
async fn statements_sent_long_ago_are_pruned_and_never_sent_again() {
    let (app, _amal, refuse) = learning_happened().await;
    let issuer = app.state.settings.issuer.clone();
    // Two hours ago: long enough before today's quiz that no collection reads it again.
    happened_earlier(&app, chrono::Duration::hours(2)).await;
    let agency = app.agency("TR", "Istanbul Provincial Directorate").await;
    let leyla = app.signed_in("leyla@ipd.example", Role::Trainee, Some(agency)).await;
    let module = app.publish_curriculum(1, |_| {}).await;
    app.take_quiz(&leyla, module, false).await;
    let (url, fake) = fake_lrs().await;
    fake.lock().unwrap().refuse = refuse.user_id.to_string();
    let lrs = lrs(&url);
    let first = lrs.push(&app.db, &issuer).await.unwrap();
    assert!(first.sent > 10 && first.refused > 0 && first.pruned == 0, "{first:?}");

    // Sent 100 days ago, every one of them: the older are pruned, those of the last quiz are
    // kept (a collection reads them again: they would be sent twice), and so are the refused.
    outbox::Entity::update_many()
        .col_expr(
            outbox::Column::SentAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::days(100)),
        )
        .filter(outbox::Column::State.eq(OutboxState::Sent))
        .exec(&app.db)
        .await
        .unwrap();
    let recent = chrono::Utc::now() - chrono::Duration::hours(1);
    let before = rows(&app).await;
    let old_sent =
        before.iter().filter(|r| r.state == OutboxState::Sent && r.occurred_at < recent).count();
    assert!(old_sent > 10, "{old_sent}");
    let second = lrs.push(&app.db, &issuer).await.unwrap();
    assert_eq!(second.pruned as usize, old_sent, "{second:?}");
    assert_eq!((second.collected, second.sent), (0, 0), "nothing pruned comes back: {second:?}");
    let after = rows(&app).await;
    assert_eq!(after.len(), before.len() - old_sent);
    assert!(after.iter().any(|r| r.state == OutboxState::Sent), "today's statements stay");
    assert!(after.iter().all(|r| r.state == OutboxState::Rejected || r.occurred_at >= recent));
    assert_eq!(
        after.iter().filter(|r| r.state == OutboxState::Rejected).count(),
        first.refused,
        "refused statements are never pruned"
    );
    // And again: nothing more goes, nothing arrives twice.
    let third = lrs.push(&app.db, &issuer).await.unwrap();
    assert_eq!((third.collected, third.sent, third.pruned), (0, 0, 0), "{third:?}");
    let fake = fake.lock().unwrap();
    assert_eq!(fake.stored.len(), first.sent);
    assert!(fake.accepted.values().all(|n| *n == 1), "a statement was accepted twice");
}

#[tokio::test]
async fn two_pushes_at_once_never_send_the_same_statement() {
    let (app, _, refuse) = learning_happened().await;
    let issuer = app.state.settings.issuer.clone();
    let (url, fake) = fake_lrs().await;
    fake.lock().unwrap().refuse = refuse.user_id.to_string();
    let (a, b) = (lrs(&url), lrs(&url));
    let (first, second) = tokio::join!(a.push(&app.db, &issuer), b.push(&app.db, &issuer));
    let (first, second) = (first.unwrap(), second.unwrap());
    let total = rows(&app).await.len();
    let fake = fake.lock().unwrap();
    assert!(fake.accepted.values().all(|n| *n == 1), "{:?}", fake.accepted.values().max());
    assert_eq!(first.sent + second.sent, fake.stored.len(), "{first:?} {second:?}");
    assert_eq!(fake.stored.len() + first.refused + second.refused, total);
}

#[test]
fn an_lrs_address_never_carries_credentials() {
    assert!(Lrs::new("https://key:secret@lrs.example.org/xAPI", "", Secret::default()).is_err());
    assert!(Lrs::new("ftp://lrs.example.org/xAPI", "", Secret::default()).is_err());
    assert!(Lrs::new("http://lrs.example.org/xAPI", "", Secret::default()).is_err(), "clear text");
    assert!(Lrs::new("https://lrs.example.org/xAPI?key=k", "", Secret::default()).is_err());
    assert!(Lrs::new("http://127.0.0.1:8100/xAPI", "", Secret::default()).is_ok());
    let lrs = Lrs::new(" https://lrs.example.org/xAPI/ ", "key", Secret::new("secret")).unwrap();
    assert_eq!(lrs.endpoint(), "https://lrs.example.org/xAPI");
    assert_eq!(format!("{:?}", Secret::new("secret")), "(secret)", "a secret is never printed");
}

#[tokio::test]
async fn a_push_that_outlived_its_lease_changes_nothing_another_push_did() {
    use app::services::xapi::outbox as service;
    let (app, _, _) = learning_happened().await;
    let issuer = app.state.settings.issuer.clone();
    let now = chrono::Utc::now();
    assert!(service::collect(&app.db, &issuer, now).await.unwrap() > 0);
    let slow = service::claim(&app.db, 5, now).await.unwrap();
    assert_eq!(slow.len(), 5);
    assert!(
        service::claim(&app.db, 5, now)
            .await
            .unwrap()
            .iter()
            .all(|r| !slow.iter().any(|s| s.id == r.id)),
        "a claimed row is not claimed twice"
    );
    // The slow push's lease runs out; another push takes its rows and sends them.
    let later = now + chrono::Duration::hours(2);
    let fast = service::claim(&app.db, 500, later).await.unwrap();
    assert!(slow.iter().all(|s| fast.iter().any(|f| f.id == s.id)));
    service::sent(&app.db, &fast, later).await.unwrap();
    // The slow push comes back saying the LRS refused them: nothing changes.
    for row in &slow {
        service::refused(&app.db, row, "late").await.unwrap();
    }
    service::postpone(&app.db, &slow, "late", later).await.unwrap();
    let rows = rows(&app).await;
    assert!(slow.iter().all(|s| {
        rows.iter().any(|r| r.id == s.id && r.state == OutboxState::Sent && r.last_error.is_none())
    }));
}
