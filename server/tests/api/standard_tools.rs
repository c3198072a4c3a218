//! Frontline's records checked by tools that are not Frontline's, as a partner would: a real
//! xAPI LRS (Ralph) receives the outbox, Ralph's xAPI 1.0.3 models validate the export, and
//! PyJWT verifies a credential offline from saved files. The test run's "standard tools" stage
//! starts Ralph (scripts/lrs.sh) and runs these with `--ignored`; without it they fail, never
//! pass silently.

use crate::helpers;

use std::collections::HashSet;
use std::process::Command;

use app::model::accounts::Role;
use helpers::{TestApp, body_text, spawn_app};
use sea_orm::{EntityTrait, sea_query::Expr};
use serde_json::Value;
use server::{config::Secret, lrs::Lrs};

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run this through test.sh's standard tools stage")
    })
}

/// Runs one of the repository's Python scripts with the LRS venv's Python.
fn script(name: &str, args: &[&std::path::Path]) -> (i32, String) {
    let out = Command::new(env("FRONTLINE_TEST_PYTHON"))
        .arg(format!("{}/../scripts/{name}", env!("CARGO_MANIFEST_DIR")))
        .args(args)
        .output()
        .expect("python runs");
    let text =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), text)
}

async fn learning_happened() -> (TestApp, String) {
    let app = spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let agency = app.agency("TR", "Göç İdaresi").await;
    let leyla = app.signed_in("leyla@goc.example", Role::Trainee, Some(agency)).await;
    app.set_locale(leyla.user_id, "tr").await;
    // The demo's first module, with its Turkish translation: Leyla takes it in Turkish.
    let (module, _) = app.publish_demo_module(0).await;
    app.take_quiz(&leyla, module, false).await;
    let code = app.complete_module(&leyla, module).await;
    (app, code)
}

async fn held_ids(http: &reqwest::Client, url: &str, user: &str, password: &str) -> Vec<String> {
    let response = http
        .get(format!("{url}/statements?limit=0"))
        .basic_auth(user, Some(password))
        .header("X-Experience-API-Version", "1.0.3")
        .send()
        .await
        .expect("the LRS answers");
    assert!(response.status().is_success(), "{}", response.status());
    let body: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    body["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Every statement back in line and due now, as after restoring a backup.
async fn replay_everything(app: &TestApp) {
    app::entities::xapi_outbox::Entity::update_many()
        .col_expr(
            app::entities::xapi_outbox::Column::State,
            Expr::value(app::model::xapi::OutboxState::Pending),
        )
        .col_expr(
            app::entities::xapi_outbox::Column::NextTryAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::seconds(1)),
        )
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
#[ignore = "needs Ralph: test.sh's standard tools stage runs it"]
async fn a_real_lrs_receives_every_statement_exactly_once() {
    let (url, user, password) = (
        env("FRONTLINE_TEST_LRS_URL"),
        env("FRONTLINE_TEST_LRS_USER"),
        env("FRONTLINE_TEST_LRS_PASSWORD"),
    );
    let (app, _) = learning_happened().await;
    let issuer = app.state.settings.issuer.clone();
    let http = reqwest::Client::new();
    let before: HashSet<String> =
        held_ids(&http, &url, &user, &password).await.into_iter().collect();

    let lrs = Lrs::new(&url, &user, Secret::new(password.clone())).unwrap();
    let pushed = lrs.push(&app.db, &issuer).await.unwrap();
    assert!(pushed.collected > 10, "{pushed:?}");
    assert_eq!(
        (pushed.sent, pushed.refused, pushed.postponed),
        (pushed.collected, 0, 0),
        "Ralph accepts every statement: {pushed:?}"
    );
    let ours: HashSet<String> = app::entities::xapi_outbox::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.statement_id)
        .collect();
    let held: Vec<String> = held_ids(&http, &url, &user, &password).await;
    let held_now: HashSet<String> = held.iter().cloned().collect();
    assert_eq!(held.len(), held_now.len(), "the LRS holds no id twice");
    assert_eq!(held_now.difference(&before).cloned().collect::<HashSet<_>>(), ours);

    // Pushed again, and the whole outbox replayed: the LRS holds each statement once.
    assert_eq!(lrs.push(&app.db, &issuer).await.unwrap().sent, 0);
    replay_everything(&app).await;
    let replayed = lrs.push(&app.db, &issuer).await.unwrap();
    assert_eq!((replayed.sent, replayed.refused), (ours.len(), 0), "{replayed:?}");
    assert_eq!(
        held_ids(&http, &url, &user, &password).await.len(),
        held.len(),
        "the replay added nothing"
    );

    // A wrong password: nothing is lost, nothing is refused, it waits.
    let wrong = Lrs::new(&url, &user, Secret::new("not the password")).unwrap();
    replay_everything(&app).await;
    let refused = wrong.push(&app.db, &issuer).await.unwrap();
    assert_eq!((refused.sent, refused.refused), (0, 0), "{refused:?}");
    assert!(refused.postponed > 0);
}

#[tokio::test]
#[ignore = "needs Ralph's models: test.sh's standard tools stage runs it"]
async fn the_export_passes_ralphs_xapi_models() {
    let (app, _) = learning_happened().await;
    let admin = app.signed_in("admin@example.org", Role::Admin, None).await;
    let today = chrono::Utc::now().date_naive().to_string();
    let export = body_text(
        app.get_as(&format!("/reports/xapi.json?from={today}&to={today}"), &admin.cookie).await,
    )
    .await;
    let statements: Vec<Value> = serde_json::from_str(&export).unwrap();
    assert!(
        statements.iter().any(|s| s["context"]["language"] == "tr"),
        "in the trainee's language"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("statements.json");
    std::fs::write(&file, &export).unwrap();
    let (status, said) = script("xapi-validate.py", &[&file]);
    assert_eq!(status, 0, "{said}");
    assert!(said.contains(&format!("{0} of {0} statements valid", statements.len())), "{said}");
    // The validator does refuse what is not xAPI: a statement without a verb IRI.
    let mut broken = statements[0].clone();
    broken["verb"]["id"] = "passed".into();
    std::fs::write(&file, serde_json::to_string(&vec![broken]).unwrap()).unwrap();
    assert_eq!(script("xapi-validate.py", &[&file]).0, 1);
}

#[tokio::test]
#[ignore = "needs PyJWT: test.sh's standard tools stage runs it"]
async fn a_stranger_verifies_a_credential_offline_with_pyjwt() {
    let (app, code) = learning_happened().await;
    let dir = tempfile::tempdir().unwrap();
    let save = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let credential = body_text(app.get(&format!("/certificates/{code}/credential")).await).await;
    let jwks = body_text(app.get("/.well-known/jwks.json").await).await;
    let list = body_text(app.get("/credentials/status/1").await).await;
    let (credential_file, jwks_file, list_file) =
        (save("c.jwt", &credential), save("jwks.json", &jwks), save("list.jwt", &list));
    // Frontline may be gone from here on: only the files are read.
    let (status, said) =
        script("verify-credential.py", &[&credential_file, &jwks_file, &list_file]);
    assert_eq!(status, 0, "{said}");
    assert!(said.contains("GENUINE: leyla") && said.contains("not revoked"), "{said}");

    let parts: Vec<&str> = credential.split('.').collect();
    let forged = format!("{}.{}x.{}", parts[0], parts[1], parts[2]);
    let (status, said) =
        script("verify-credential.py", &[&save("forged.jwt", &forged), &jwks_file]);
    assert_eq!(status, 1, "{said}");

    let admin = app.signed_in("admin@example.org", Role::Admin, None).await;
    let (status, _) = helpers::call(
        &app,
        &admin,
        "/api/records/revoke_certificate",
        &[("code", &code), ("reason", "exam shared")],
    )
    .await;
    assert!(status.is_success());
    let list = body_text(app.get("/credentials/status/1").await).await;
    let (status, said) =
        script("verify-credential.py", &[&credential_file, &jwks_file, &save("list2.jwt", &list)]);
    assert_eq!(status, 2, "{said}");
}
