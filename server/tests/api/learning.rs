//! Learning over the real router: lessons, attempts, scoring, completion, certificates.

use crate::helpers;

use std::collections::HashMap;

use app::model::{
    accounts::Role,
    authoring::ModuleDoc,
    learning::{AttemptPage, ModuleOverview},
};
use axum::http::{StatusCode, header};
use helpers::{Session, TestApp, body_text, call, setup_with_a_trainee};
use sea_orm::{EntityTrait, PaginatorTrait};

/// A published module from the first curriculum document, adjusted; returns its id.
async fn published_module(app: &TestApp, adjust: impl FnOnce(&mut ModuleDoc)) -> i32 {
    app.publish_curriculum(0, adjust).await
}

fn key(n: u32) -> String {
    format!("start-key-{n:08}-abcdefgh")
}

async fn start(app: &TestApp, who: &Session, module: i32, n: u32) -> (StatusCode, String) {
    call(app, who, "/api/learning/start", &[("module_id", &module.to_string()), ("key", &key(n))])
        .await
}

async fn attempt_page(app: &TestApp, who: &Session, id: i32) -> AttemptPage {
    let (status, body) =
        call(app, who, "/api/learning/attempt", &[("attempt_id", &id.to_string())]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn open_attempt(app: &TestApp, who: &Session, module: i32) -> i32 {
    let (_, body) =
        call(app, who, "/api/learning/module", &[("module_id", &module.to_string())]).await;
    let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
    overview.open_attempt.expect("an open attempt")
}

/// Form fields answering every question of the attempt right (or all wrong).
async fn answers(app: &TestApp, page: &AttemptPage, right: bool) -> Vec<(String, String)> {
    let fields = app.key_answers(page.id, right).await;
    fields.into_iter().map(|(k, v)| (format!("answers[{k}]"), v)).collect()
}

async fn submit(
    app: &TestApp,
    who: &Session,
    id: i32,
    fields: &[(String, String)],
) -> (StatusCode, String) {
    let id = id.to_string();
    let mut all: Vec<(&str, &str)> = vec![("attempt_id", &id), ("action", "submit")];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    call(app, who, "/api/learning/submit", &all).await
}

#[tokio::test]
async fn a_trainee_reads_fails_passes_and_gets_a_verifiable_certificate() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = published_module(&app, |d| d.settings.max_attempts = Some(3)).await;
    let (_, catalogue) = call(&app, &amal, "/api/learning/catalogue", &[]).await;
    assert!(catalogue.contains("What trafficking is"), "{catalogue}");

    // Read every lesson.
    let (_, body) =
        call(&app, &amal, "/api/learning/module", &[("module_id", &module.to_string())]).await;
    let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
    assert_eq!(overview.card.status(), "not started");
    for lesson in &overview.lessons {
        let response =
            app.get_as(&format!("/learn/{module}/lessons/{}", lesson.id), &amal.cookie).await;
        assert!(body_text(response).await.contains(&lesson.title));
        let (status, _) = call(
            &app,
            &amal,
            "/api/learning/mark_read",
            &[("module_id", &module.to_string()), ("lesson_id", &lesson.id.to_string())],
        )
        .await;
        assert!(status.is_success());
    }

    // Fail once.
    assert!(start(&app, &amal, module, 1).await.0.is_success());
    let first = open_attempt(&app, &amal, module).await;
    let page = attempt_page(&app, &amal, first).await;
    assert_eq!(page.questions.len(), 11);
    let wrong = answers(&app, &page, false).await;
    assert!(submit(&app, &amal, first, &wrong).await.0.is_success());
    let failed = attempt_page(&app, &amal, first).await.result.unwrap();
    assert!(!failed.passed);
    assert_eq!(failed.score.unwrap().earned, 0.0, "{failed:?}");
    assert!(app::entities::completion::Entity::find().count(&app.db).await.unwrap() == 0);

    // Pass on the second attempt.
    assert!(start(&app, &amal, module, 2).await.0.is_success());
    let second = open_attempt(&app, &amal, module).await;
    assert_ne!(first, second);
    let page = attempt_page(&app, &amal, second).await;
    let right = answers(&app, &page, true).await;
    assert!(submit(&app, &amal, second, &right).await.0.is_success());
    let passed = attempt_page(&app, &amal, second).await.result.unwrap();
    assert!(passed.passed && passed.score.unwrap().percent == 100.0, "{passed:?}");
    assert!(passed.questions.iter().all(|q| q.explanation.is_some()), "explanations once passed");

    // Completed once, with a certificate anyone can verify.
    let (_, body) =
        call(&app, &amal, "/api/learning/module", &[("module_id", &module.to_string())]).await;
    let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
    let code = overview.card.certificate_code.clone().expect("a certificate");
    assert_eq!(overview.card.status(), "completed");
    let certificate =
        body_text(app.get_as(&format!("/certificates/{code}"), &amal.cookie).await).await;
    assert!(certificate.contains("Certificate of completion") && certificate.contains("PSD"));
    let verify = app.get(&format!("/verify/{code}")).await;
    assert_eq!(verify.status(), StatusCode::OK);
    let verify = body_text(verify).await;
    assert!(
        verify.contains("Valid.")
            && verify.contains("amal")
            && verify.contains("PSD")
            && verify.contains("What trafficking is")
            && verify.contains("version 1")
    );
    assert!(!verify.contains("100 %") && !verify.contains("amal@"), "reveals nothing else");
    assert_eq!(app.get("/verify/AAAA-BBBB-CCCC-DDDD").await.status(), StatusCode::NOT_FOUND);

    // Passing again writes no second completion.
    assert!(start(&app, &amal, module, 3).await.0.is_success());
    let third = open_attempt(&app, &amal, module).await;
    let page = attempt_page(&app, &amal, third).await;
    submit(&app, &amal, third, &answers(&app, &page, true).await).await;
    assert_eq!(app::entities::completion::Entity::find().count(&app.db).await.unwrap(), 1);
    // No fourth attempt.
    let (status, body) = start(&app, &amal, module, 4).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(helpers::said(&body).contains("No attempt left"));

    // Someone else sees none of it.
    let other = app.signed_in("rania@psd.example", Role::Trainee, None).await;
    let (status, _) =
        call(&app, &other, "/api/learning/attempt", &[("attempt_id", &second.to_string())]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, &other, "/api/learning/my_certificate", &[("code", &code)]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = submit(&app, &other, third, &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn fifty_concurrent_starts_and_submits_make_one_scored_attempt() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = published_module(&app, |d| d.settings.max_attempts = Some(1)).await;
    let starts = (0..50).map(|n| {
        let (app, amal) = (&app, &amal);
        async move { start(app, amal, module, n).await }
    });
    let results = futures_util::future::join_all(starts).await;
    for (status, body) in &results {
        assert!(
            status.is_success() || *status == StatusCode::UNPROCESSABLE_ENTITY,
            "{status} {body}"
        );
        assert!(!body.contains("locked"), "{body}");
    }
    let attempts = app::entities::attempt::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(attempts, 1);

    let id = open_attempt(&app, &amal, module).await;
    let page = attempt_page(&app, &amal, id).await;
    let right = answers(&app, &page, true).await;
    let submits = (0..50).map(|_| submit(&app, &amal, id, &right));
    for (status, body) in futures_util::future::join_all(submits).await {
        assert!(status.is_success(), "{status} {body}");
    }
    assert_eq!(app::entities::attempt::Entity::find().count(&app.db).await.unwrap(), 1);
    let scored = app::entities::attempt_answer::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(scored as usize, page.questions.len(), "answers written once");
    let (status, body) = start(&app, &amal, module, 99).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}

#[tokio::test]
async fn the_same_key_gives_the_same_attempt_and_the_same_result() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = published_module(&app, |_| {}).await;
    start(&app, &amal, module, 7).await;
    let id = open_attempt(&app, &amal, module).await;
    start(&app, &amal, module, 7).await;
    assert_eq!(app::entities::attempt::Entity::find().count(&app.db).await.unwrap(), 1);
    let page = attempt_page(&app, &amal, id).await;
    let right = answers(&app, &page, true).await;
    submit(&app, &amal, id, &right).await;
    let first = attempt_page(&app, &amal, id).await.result.unwrap();
    // A retry (even with other answers) changes nothing.
    submit(&app, &amal, id, &answers(&app, &page, false).await).await;
    assert_eq!(attempt_page(&app, &amal, id).await.result.unwrap(), first);
    // The used key does not start a new attempt either.
    let (status, _) = start(&app, &amal, module, 7).await;
    assert!(status.is_success());
    assert_eq!(app::entities::attempt::Entity::find().count(&app.db).await.unwrap(), 1);
}

#[tokio::test]
async fn after_the_deadline_only_answers_saved_in_time_count() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = published_module(&app, |d| d.settings.time_limit_minutes = Some(10)).await;
    start(&app, &amal, module, 1).await;
    let id = open_attempt(&app, &amal, module).await;
    let page = attempt_page(&app, &amal, id).await;
    assert!(page.seconds_left.unwrap() > 590);
    // Saved in time: everything wrong.
    let wrong = answers(&app, &page, false).await;
    let mut save: Vec<(&str, &str)> = vec![("attempt_id", "0")];
    let id_text = id.to_string();
    save[0].1 = &id_text;
    save.extend(wrong.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert!(call(&app, &amal, "/api/learning/save_answers", &save).await.0.is_success());
    // The clock runs out (deadline moved into the past, beyond the grace).
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    app::entities::attempt::ActiveModel {
        id: Set(id),
        deadline: Set(Some(chrono::Utc::now() - chrono::Duration::minutes(5))),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    // Saving now is refused; submitting the right answers now earns nothing.
    assert_eq!(
        call(&app, &amal, "/api/learning/save_answers", &save).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    submit(&app, &amal, id, &answers(&app, &page, true).await).await;
    let page = attempt_page(&app, &amal, id).await;
    assert!(page.late);
    assert_eq!(page.result.unwrap().score.unwrap().earned, 0.0);
}

#[tokio::test]
async fn tampered_submissions_change_nothing() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = published_module(&app, |_| {}).await;
    start(&app, &amal, module, 1).await;
    let id = open_attempt(&app, &amal, module).await;
    let page = attempt_page(&app, &amal, id).await;
    let mut fields = answers(&app, &page, false).await;
    for (k, v) in [
        ("score", "100"),
        ("percent", "100"),
        ("passed", "true"),
        ("correct", "1"),
        ("user_id", "1"),
        ("answers[q999999]", "1"),
        ("answers[earned]", "11"),
    ] {
        fields.push((k.into(), v.into()));
    }
    let (status, body) = submit(&app, &amal, id, &fields).await;
    assert!(status.is_success(), "{status} {body}");
    // A form that cannot be read at all is refused as the caller's mistake, not a server error.
    let twice =
        [("answers[q1]".to_owned(), "1".to_owned()), ("answers[q1]".to_owned(), "2".to_owned())];
    let (status, _) = submit(&app, &amal, id, &twice).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let result = attempt_page(&app, &amal, id).await.result.unwrap();
    assert_eq!((result.score.unwrap().earned, result.passed), (0.0, false));
    assert_eq!(result.questions.len(), page.questions.len());
}

const SENTINEL: &str = "SENTINEL-7f3a";

#[tokio::test]
async fn no_answer_key_reaches_a_trainee_before_submission() {
    let (app, amal) = setup_with_a_trainee().await;
    // Everything that tells the key — feedback on each option, explanations — carries a sentinel.
    let module = published_module(&app, |d| {
        for q in &mut d.questions {
            q.explanation = format!("{SENTINEL} explanation");
            for o in &mut q.options {
                o.feedback = format!("{SENTINEL} feedback");
            }
        }
    })
    .await;
    let m = module.to_string();
    let overview: ModuleOverview = serde_json::from_str(
        &call(&app, &amal, "/api/learning/module", &[("module_id", &m)]).await.1,
    )
    .unwrap();
    start(&app, &amal, module, 1).await;
    let id = open_attempt(&app, &amal, module).await;
    let a = id.to_string();
    let mut responses = vec![
        call(&app, &amal, "/api/learning/catalogue", &[]).await.1,
        call(&app, &amal, "/api/learning/module", &[("module_id", &m)]).await.1,
        call(&app, &amal, "/api/learning/attempt", &[("attempt_id", &a)]).await.1,
        call(
            &app,
            &amal,
            "/api/learning/lesson",
            &[("module_id", &m), ("lesson_id", &overview.lessons[0].id.to_string())],
        )
        .await
        .1,
    ];
    for page in [
        "/",
        "/learning",
        &format!("/learn/{m}"),
        &format!("/learn/{m}/lessons/{}", overview.lessons[0].id),
        &format!("/attempts/{a}"),
    ] {
        let response = app.get_as(page, &amal.cookie).await;
        assert_eq!(response.status(), StatusCode::OK, "{page}");
        responses.push(body_text(response).await);
    }
    // Authoring functions are out of a trainee's reach.
    let (status, _) =
        call(&app, &amal, "/api/authoring/preview_quiz", &[("version_id", "1"), ("seed", "1")])
            .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for body in &responses {
        assert!(!body.contains(SENTINEL), "a sentinel leaked: {body}");
        for field in
            ["\"correct\"", "\"position\"", "\"match_key\"", "\"feedback\"", "\"explanation\""]
        {
            assert!(!body.contains(field), "{field} in {body}");
        }
    }
    // Matching answers are the pairs' right-hand sides, in the attempt's own order.
    let page: AttemptPage = serde_json::from_str(&responses[2]).unwrap();
    assert!(page.questions.iter().any(|q| !q.match_choices.is_empty()));
    // A blank attempt failed with attempts left shows no feedback (nothing was chosen) and no
    // key; once passed, the feedback and explanations are there.
    submit(&app, &amal, id, &[]).await;
    let response = app.get_as(&format!("/attempts/{a}"), &amal.cookie).await;
    assert!(!body_text(response).await.contains(SENTINEL));
    start(&app, &amal, module, 2).await;
    let second = open_attempt(&app, &amal, module).await;
    let page = attempt_page(&app, &amal, second).await;
    submit(&app, &amal, second, &answers(&app, &page, true).await).await;
    let response = app.get_as(&format!("/attempts/{second}"), &amal.cookie).await;
    assert!(body_text(response).await.contains(SENTINEL));
    let _ = header::CONTENT_TYPE;
    let _: HashMap<String, String> = HashMap::new();
}

#[tokio::test]
async fn a_save_replayed_out_of_order_never_rolls_answers_back() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = published_module(&app, |_| {}).await;
    start(&app, &amal, module, 1).await;
    let id = open_attempt(&app, &amal, module).await;
    let id_text = id.to_string();
    let save = |answer: &'static str, seq: Option<&'static str>| {
        let (app, amal, id) = (&app, &amal, id_text.clone());
        async move {
            let mut fields = vec![("attempt_id", id.as_str()), ("answers[q0]", answer)];
            fields.extend(seq.map(|s| ("seq", s)));
            let (status, body) = call(app, amal, "/api/learning/save_answers", &fields).await;
            assert!(status.is_success(), "{status} {body}");
        }
    };
    let saved = || async { attempt_page(&app, &amal, id).await.saved.get("q0").cloned() };

    save("1", Some("5")).await;
    assert_eq!(saved().await.as_deref(), Some("1"));
    // Sequence 3 arrives after 5 (a retry that was stuck on the network): nothing changes, and
    // the browser is not told an error (its newer answers are the ones kept).
    save("0", Some("3")).await;
    assert_eq!(saved().await.as_deref(), Some("1"));
    // The same save replayed three times changes nothing either.
    for _ in 0..3 {
        save("0", Some("5")).await;
    }
    assert_eq!(saved().await.as_deref(), Some("1"));
    save("2", Some("6")).await;
    assert_eq!(saved().await.as_deref(), Some("2"));
    // "Save answers" without JavaScript has no number: what the person pressed is kept, and a
    // stale autosave still cannot undo it.
    save("3", None).await;
    assert_eq!(saved().await.as_deref(), Some("3"));
    save("0", Some("4")).await;
    assert_eq!(saved().await.as_deref(), Some("3"));

    // Fifty saves at once, in any order: the highest number wins.
    let saves = (1..=50).map(|n| {
        let (app, amal, id) = (&app, &amal, id_text.clone());
        async move {
            let seq = (1000 + n).to_string();
            let answer = (n % 4).to_string();
            let fields =
                [("attempt_id", id.as_str()), ("answers[q0]", answer.as_str()), ("seq", &seq)];
            call(app, amal, "/api/learning/save_answers", &fields).await.0
        }
    });
    let statuses = futures_util::future::join_all(saves).await;
    assert!(statuses.iter().all(|s| s.is_success()), "{statuses:?}");
    assert_eq!(saved().await.as_deref(), Some((50 % 4).to_string().as_str()));
}
