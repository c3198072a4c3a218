//! Monitoring and evaluation over the real router: the pre-test comes first, shows no key and
//! never completes; gain figures equal the ones worked out by hand and follow people who
//! leave; survey and follow-up answers carry no names; each role sees only its scope.

use crate::helpers;

use std::collections::HashMap;

use app::model::{
    accounts::{CurrentUser, Role},
    evaluation::{
        AgencyEvaluation, EvaluationDetail, EvaluationReport, GainFigures, PretestMode,
        PretestStanding, ProgrammeSummary,
    },
    learning::{AttemptPage, ModuleOverview},
};
use app::services::evaluation::scores::{self, Event};
use axum::http::StatusCode;
use helpers::{Session, TestApp, body_text, call, setup_with_a_trainee, spawn_app};
use sea_orm::EntityTrait;

async fn me(app: &TestApp, id: i32) -> CurrentUser {
    app::services::auth::current_user(&person(app, id).await)
}

async fn person(app: &TestApp, id: i32) -> app::entities::user::Model {
    app::entities::user::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap()
}

async fn overview(app: &TestApp, who: &Session, module: i32) -> ModuleOverview {
    let (status, body) =
        call(app, who, "/api/learning/module", &[("module_id", &module.to_string())]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn start(app: &TestApp, who: &Session, module: i32, purpose: &str) -> (StatusCode, String) {
    // A fresh key each time: the same key twice is the same start (and the same attempt).
    static STARTS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = STARTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let key = format!("start-{purpose}-{}-{n}-0123456789abcdef", who.user_id);
    let fields = [("module_id", module.to_string()), ("key", key), ("purpose", purpose.to_owned())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    call(app, who, "/api/learning/start", &fields).await
}

async fn submit_all(app: &TestApp, who: &Session, attempt: i32, right: bool) {
    let mut fields: Vec<(String, String)> = app
        .key_answers(attempt, right)
        .await
        .into_iter()
        .map(|(k, v)| (format!("answers[{k}]"), v))
        .collect();
    fields.push(("attempt_id".into(), attempt.to_string()));
    fields.push(("action".into(), "submit".into()));
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, body) = call(app, who, "/api/learning/submit", &fields).await;
    assert!(status.is_success(), "{status} {body}");
}

fn with_pretest(mode: PretestMode) -> impl FnOnce(&mut app::model::authoring::ModuleDoc) {
    move |d| d.settings.pretest = mode
}

#[tokio::test]
async fn the_pretest_comes_first_shows_no_key_and_never_completes() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, with_pretest(PretestMode::Required)).await;
    let doc: app::model::authoring::ModuleDoc =
        serde_json::from_str(app::services::demo::CURRICULUM[0].0).unwrap();
    let m = overview(&app, &amal, module).await;
    assert_eq!(m.pretest, PretestStanding::Due { may_skip: false });
    assert!(m.cannot_start.is_some(), "the quiz waits for the pre-test");

    // Lessons, the quiz and skipping are all closed while the pre-test is due.
    let lesson = m.lessons[0].id.to_string();
    let (status, body) = call(
        &app,
        &amal,
        "/api/learning/lesson",
        &[("module_id", &module.to_string()), ("lesson_id", &lesson)],
    )
    .await;
    assert!(status.is_client_error() && body.contains("PretestFirst"), "{status} {body}");
    let (status, body) = start(&app, &amal, module, "quiz").await;
    assert!(status.is_client_error() && body.contains("PretestFirst"), "{status} {body}");
    let (status, body) =
        call(&app, &amal, "/api/evaluation/skip_pretest", &[("module_id", &module.to_string())])
            .await;
    assert!(status.is_client_error() && body.contains("PretestRequired"), "{status} {body}");
    let page = app.get_as(&format!("/learn/{module}"), &amal.cookie).await;
    let html = body_text(page).await;
    assert!(html.contains("Start the pre-test") && !html.contains("Skip the pre-test"), "{html}");
    assert!(!html.contains(&format!("/learn/{module}/lessons/")), "no lesson link yet");

    // The pre-test: attempt 0, shown as the pre-test, answered all right.
    let (status, body) = start(&app, &amal, module, "pretest").await;
    assert!(status.is_success(), "{status} {body}");
    let id = overview(&app, &amal, module).await;
    let PretestStanding::Open { attempt_id } = id.pretest else { panic!("{:?}", id.pretest) };
    let (_, body) =
        call(&app, &amal, "/api/learning/attempt", &[("attempt_id", &attempt_id.to_string())])
            .await;
    let a: AttemptPage = serde_json::from_str(&body).unwrap();
    assert!(a.pretest && a.number == 0 && !a.questions.is_empty());
    submit_all(&app, &amal, attempt_id, true).await;

    // Its result: the score only — no question, option, feedback or explanation.
    let (_, body) =
        call(&app, &amal, "/api/learning/attempt", &[("attempt_id", &attempt_id.to_string())])
            .await;
    let done: AttemptPage = serde_json::from_str(&body).unwrap();
    let review = done.result.expect("scored");
    assert!(review.questions.is_empty() && !review.key_shown && !review.key_later);
    assert_eq!(review.score.map(|s| s.percent), Some(100.0));
    let html = body_text(app.get_as(&format!("/attempts/{attempt_id}"), &amal.cookie).await).await;
    assert!(html.contains("Pre-test recorded: you scored 100 %"), "{html}");
    for q in &doc.questions {
        for text in [&q.explanation]
            .into_iter()
            .chain(q.options.iter().map(|o| &o.feedback))
            .filter(|t| t.len() > 12)
        {
            assert!(!html.contains(text.as_str()), "the pre-test's result shows {text:?}");
        }
    }

    // Not a quiz attempt, no completion; a second pre-test is refused.
    let m = overview(&app, &amal, module).await;
    assert_eq!((m.pretest, m.pretest_percent), (PretestStanding::Taken, Some(100.0)));
    assert!(m.attempts.is_empty() && m.card.certificate_code.is_none() && !m.card.passed);
    assert!(m.cannot_start.is_none());
    let (status, _) = start(&app, &amal, module, "pretest").await;
    assert!(status.is_client_error());
    let who = me(&app, amal.user_id).await;
    for l in &m.lessons {
        app::services::learning::mark_read(&app.db, &who, module, l.id, None).await.unwrap();
    }
    let m = overview(&app, &amal, module).await;
    assert!(m.card.certificate_code.is_none(), "a pre-test never completes a module");

    // The post-test behaves as today: attempt 1, feedback as the policy says, completion.
    let (status, _) = start(&app, &amal, module, "quiz").await;
    assert!(status.is_success());
    let quiz = overview(&app, &amal, module).await.open_attempt.unwrap();
    submit_all(&app, &amal, quiz, false).await;
    let m = overview(&app, &amal, module).await;
    assert_eq!(m.attempts.len(), 1);
    assert_eq!(m.attempts[0].number, 1);
    let s = scores::of(&app.db, amal.user_id, module).await.unwrap();
    assert_eq!((s.pre_percent, s.post_percent), (Some(100.0), Some(0.0)));
    // Only the first quiz attempt is the post-test.
    let (status, _) = start(&app, &amal, module, "quiz").await;
    assert!(status.is_success());
    let retake = overview(&app, &amal, module).await.open_attempt.unwrap();
    submit_all(&app, &amal, retake, true).await;
    let m = overview(&app, &amal, module).await;
    assert!(m.card.certificate_code.is_some(), "the quiz completes the module");
    let s = scores::of(&app.db, amal.user_id, module).await.unwrap();
    assert_eq!(s.post_percent, Some(0.0));
}

#[tokio::test]
async fn an_optional_pretest_can_be_skipped_and_is_not_offered_after_starting() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, with_pretest(PretestMode::Optional)).await;
    assert_eq!(
        overview(&app, &amal, module).await.pretest,
        PretestStanding::Due { may_skip: true }
    );
    let response = app
        .post_browser_form(
            "/api/evaluation/skip_pretest",
            &amal.cookie,
            &[("module_id", &module.to_string())],
        )
        .await;
    assert!(response.status().is_redirection());
    let m = overview(&app, &amal, module).await;
    assert_eq!(m.pretest, PretestStanding::Skipped);
    assert!(m.cannot_start.is_none());
    let (status, _) = start(&app, &amal, module, "pretest").await;
    assert!(status.is_client_error(), "skipped is skipped");
    // Someone who read a lesson before the module had a pre-test is not asked it.
    let agency = person(&app, amal.user_id).await.agency_id;
    let ola = app.signed_in("ola@psd.example", Role::Trainee, agency).await;
    app::services::sql::execute(
        &app.db,
        "INSERT INTO lesson_progress (user_id, lesson_id, completed_at) VALUES (?, ?, ?)",
        vec![ola.user_id.into(), m.lessons[0].id.into(), chrono::Utc::now().into()],
    )
    .await
    .unwrap();
    assert_eq!(overview(&app, &ola, module).await.pretest, PretestStanding::NotAsked);
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-6)
}

#[tokio::test]
async fn gain_equals_the_hand_computed_figures_and_follows_people_who_leave() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let module = app.publish_curriculum(0, with_pretest(PretestMode::Required)).await;
    let psd = app.agency("JO", "PSD").await;
    let gs = app.agency("LB", "General Security").await;
    // PSD: five pairs (one with 100 % before), one pre-test only, one post-test only, and a
    // deactivated officer who would change everything. GS: one pair.
    let at = chrono::Utc::now();
    let people: &[(i32, Option<f64>, Option<f64>)] = &[
        (psd, Some(40.0), Some(70.0)),
        (psd, Some(50.0), Some(70.0)),
        (psd, Some(60.0), Some(70.0)),
        (psd, Some(50.0), Some(50.0)),
        (psd, Some(100.0), Some(90.0)),
        (psd, Some(30.0), None),
        (psd, None, Some(80.0)),
        (psd, Some(0.0), Some(100.0)),
        (gs, Some(20.0), Some(60.0)),
    ];
    let mut ids = vec![];
    for (i, (agency, pre, post)) in people.iter().enumerate() {
        let id = app.user(&format!("p{i}@x.example"), Role::Trainee, Some(*agency)).await;
        let p = person(&app, id).await;
        if let Some(percent) = pre {
            scores::record(&app.db, &p, module, Event::Pretest { percent: *percent, at })
                .await
                .unwrap();
        }
        if let Some(percent) = post {
            scores::record(&app.db, &p, module, Event::PostTest { percent: *percent, at })
                .await
                .unwrap();
            // A retake is not the post-test.
            scores::record(&app.db, &p, module, Event::PostTest { percent: 100.0, at })
                .await
                .unwrap();
        }
        ids.push(id);
    }
    let gone = ids[7];
    let who = me(&app, admin.user_id).await;
    app::services::users::set_active(
        &app.db,
        &who,
        &app::model::permissions::Reach::Everywhere,
        gone,
        false,
        "192.0.2.1",
    )
    .await
    .unwrap();

    let (status, body) = call(&app, &admin, "/api/evaluation/country", &[("code", "JO")]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let jo: EvaluationDetail = serde_json::from_str(&body).unwrap();
    // By hand: pre 40, 50, 60, 50, 100 → 60; post 70, 70, 70, 50, 90 → 70; gains 30, 20, 10,
    // 0, −10 → 10; Σd² = 1500, s² = (1500 − 5·100)/4 = 250, se = √50 = 7.0711,
    // t(4) = 2.7764 → ± 19.632. Normalised 10 / (100 − 60) = 0.25 ± 0.4908. Improved 3 of 5.
    let f: GainFigures = jo.whole;
    assert_eq!((f.paired, f.pre_only, f.post_only), (5, 1, 1), "{f:?}");
    assert!(close(f.mean_pre, 60.0) && close(f.mean_post, 70.0) && close(f.mean_gain, 10.0));
    assert!(close(f.gain_ci, 2.7764 * 50f64.sqrt()), "{:?}", f.gain_ci);
    assert!(close(f.normalised_gain, 0.25) && close(f.normalised_ci, 2.7764 * 50f64.sqrt() / 40.0));
    assert!(close(f.improved_percent, 60.0));
    assert_eq!(jo.by_agency.len(), 1);
    assert_eq!(jo.by_cohort.len(), 1);
    assert_eq!(jo.by_kind[0].figures, f);

    let (_, body) = call(&app, &admin, "/api/evaluation/report", &[]).await;
    let all: EvaluationReport = serde_json::from_str(&body).unwrap();
    let lb = all.by_country.iter().find(|c| c.key == "LB").unwrap();
    assert!(close(lb.figures.mean_gain, 40.0) && lb.figures.gain_ci.is_none());
    assert_eq!(all.whole.paired, 6);
    assert!(close(all.whole.mean_pre, (300.0 + 20.0) / 6.0));

    // The sums kept as people come and go equal the sums rebuilt from the scores.
    let kept = scores::snapshot(&app.db).await.unwrap();
    scores::rebuild(&app.db).await.unwrap();
    assert_eq!(scores::snapshot(&app.db).await.unwrap(), kept);
    // Back again, the deactivated officer counts again: pre mean 60 → 50 of 6.
    app::services::users::set_active(
        &app.db,
        &who,
        &app::model::permissions::Reach::Everywhere,
        gone,
        true,
        "192.0.2.1",
    )
    .await
    .unwrap();
    let (_, body) = call(&app, &admin, "/api/evaluation/country", &[("code", "JO")]).await;
    let jo: EvaluationDetail = serde_json::from_str(&body).unwrap();
    assert_eq!(jo.whole.paired, 6);
    assert!(close(jo.whole.mean_pre, 50.0));

    // The programme summary covers the cohort's month; a period before it has nothing.
    let month = at.format("%Y-%m").to_string();
    let (status, body) = call(
        &app,
        &admin,
        "/api/evaluation/programme",
        &[("code", "JO"), ("from", &month), ("to", &month)],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let p: ProgrammeSummary = serde_json::from_str(&body).unwrap();
    assert_eq!(p.gain.paired, 6);
    let (_, body) = call(
        &app,
        &admin,
        "/api/evaluation/programme",
        &[("code", "JO"), ("from", "2001-01"), ("to", "2001-12")],
    )
    .await;
    let empty: ProgrammeSummary = serde_json::from_str(&body).unwrap();
    assert_eq!((empty.gain.paired, empty.gain.mean_pre), (0, None));
    let (status, body) = call(
        &app,
        &admin,
        "/api/evaluation/programme",
        &[("code", "JO"), ("from", "2026-12"), ("to", "2026-01")],
    )
    .await;
    assert!(status.is_client_error() && body.contains("PeriodInvalid"), "{status} {body}");
    let (status, _) = call(
        &app,
        &admin,
        "/api/evaluation/programme",
        &[("code", "ZZ"), ("from", &month), ("to", &month)],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The CSV says the same figures.
    let csv = body_text(app.get_as("/reports/evaluation/JO/gain.csv", &admin.cookie).await).await;
    assert!(csv.lines().nth(1).is_some_and(|l| l.contains(",6,50.00,")), "{csv}");
    let csv = body_text(
        app.get_as(
            &format!("/reports/programme/JO/summary.csv?from={month}&to={month}"),
            &admin.cookie,
        )
        .await,
    )
    .await;
    assert!(csv.contains("both tests,6"), "{csv}");
}

/// Reads every lesson and passes the quiz, through the services.
async fn complete(app: &TestApp, user_id: i32, module: i32) {
    let who = me(app, user_id).await;
    let overview = app::services::learning::overview(&app.db, &who, module, None).await.unwrap();
    for l in &overview.lessons {
        app::services::learning::mark_read(&app.db, &who, module, l.id, None).await.unwrap();
    }
    let key = format!("complete-{user_id}-0123456789abcdef");
    let id = app::services::attempts::start(&app.db, &who, module, None, &key).await.unwrap();
    let form: HashMap<String, String> = app.key_answers(id, true).await.into_iter().collect();
    app::services::attempts::submit(&app.db, &who, id, Some(&form)).await.unwrap();
}

#[tokio::test]
async fn survey_and_followup_answers_carry_no_names_and_each_role_sees_its_scope() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let psd = person(&app, amal.user_id).await.agency_id.unwrap();
    let other = app.agency("LB", "General Security").await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    let trainer = app.signed_in("trainer2@x.example", Role::Trainer, None).await;
    let sup = app.signed_in("sup@psd.example", Role::Supervisor, Some(psd)).await;
    let sup_other = app.signed_in("sup@gs.example", Role::Supervisor, Some(other)).await;
    let survey = |text: &'static str| {
        [
            ("module_id", module.to_string()),
            ("relevance", "5".to_owned()),
            ("confidence_before", "2".to_owned()),
            ("confidence_after", "4".to_owned()),
            ("missing", text.to_owned()),
        ]
    };
    let as_fields = |f: &[(&'static str, String)]| -> Vec<(&'static str, String)> { f.to_vec() };
    let post = |who: &Session, fields: Vec<(&'static str, String)>| {
        let fields: Vec<(String, String)> =
            fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        let cookie = who.cookie.clone();
        let app = &app;
        async move {
            let f: Vec<(&str, &str)> =
                fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let r = app.post_form("/api/evaluation/survey", Some(&cookie), &f).await;
            (r.status(), body_text(r).await)
        }
    };
    // Not completed: nothing to answer.
    let (status, _) = post(&amal, as_fields(&survey("x"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    complete(&app, amal.user_id, module).await;
    assert!(overview(&app, &amal, module).await.survey_due);
    let html = body_text(app.get_as(&format!("/learn/{module}"), &amal.cookie).await).await;
    assert!(html.contains("id=\"survey\""), "the survey is offered on the module page");
    let mut bad = as_fields(&survey("x"));
    bad[1].1 = "9".into();
    let (status, body) = post(&amal, bad).await;
    assert!(status.is_client_error() && body.contains("ChooseOneToFive"), "{status} {body}");
    let hostile = "<script>alert(1)</script> more on children";
    let (status, body) = post(&amal, as_fields(&survey(hostile))).await;
    assert!(status.is_success(), "{status} {body}");
    // Answered once: a second send counts nothing.
    let (status, _) = post(&amal, as_fields(&survey("again"))).await;
    assert!(status.is_success());
    assert!(!overview(&app, &amal, module).await.survey_due);

    // What was stored names no one: the table has no column that could.
    #[derive(sea_orm::FromQueryResult)]
    struct Row {
        n: i64,
    }
    let rows = app::services::sql::all::<Row>(
        &app.db,
        "SELECT COUNT(*) AS n FROM survey_responses",
        vec![],
    )
    .await
    .unwrap();
    assert_eq!(rows[0].n, 1);
    let columns = app::services::sql::all::<Row>(
        &app.db,
        "SELECT COUNT(*) AS n FROM survey_responses WHERE missing LIKE '%amal%'",
        vec![],
    )
    .await
    .unwrap();
    assert_eq!(columns[0].n, 0);

    // Trainers and admins read the free text, escaped, without names; the trainee does not.
    for who in [&admin, &trainer] {
        let (status, body) = call(&app, who, "/api/evaluation/report", &[]).await;
        assert_eq!(status, StatusCode::OK);
        let r: EvaluationReport = serde_json::from_str(&body).unwrap();
        assert_eq!(r.survey.responses, 1);
        assert_eq!(r.survey.missing, [hostile]);
        assert!(close(r.survey.confidence_change(), 2.0));
        let html = body_text(app.get_as("/reports/evaluation", &who.cookie).await).await;
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; more on children"));
        assert!(!html.contains("<script>alert(1)"));
        assert!(!html.contains("amal@psd.example") && !html.contains(">amal<"), "no names");
    }
    let html = body_text(app.get_as("/reports/evaluation/JO", &admin.cookie).await).await;
    assert!(html.contains("more on children") && !html.contains("amal@psd.example"));
    // A trainer reads the countries side by side; agencies and programmes are the admins'.
    let (status, _) = call(&app, &trainer, "/api/evaluation/country", &[("code", "JO")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let csv = app.get_as("/reports/evaluation/JO/gain.csv", &trainer.cookie).await;
    assert_eq!(csv.status(), StatusCode::NOT_FOUND);
    for path in ["/api/evaluation/report", "/api/evaluation/country"] {
        let (status, _) = call(&app, &amal, path, &[("code", "JO")]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        let (status, _) = call(&app, &sup, path, &[("code", "JO")]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    for path in ["/reports/evaluation.csv", "/reports/evaluation/JO/gain.csv"] {
        assert_eq!(app.get_as(path, &amal.cookie).await.status(), StatusCode::NOT_FOUND);
        assert_eq!(app.get_as(path, &sup.cookie).await.status(), StatusCode::NOT_FOUND);
    }

    // The supervisor: their agency's counts, never the text; another agency is "not found".
    let (status, body) =
        call(&app, &sup, "/api/evaluation/agency", &[("agency_id", &psd.to_string())]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let mine: AgencyEvaluation = serde_json::from_str(&body).unwrap();
    assert_eq!(mine.survey.responses, 1);
    assert!(mine.survey.missing.is_empty(), "a supervisor never reads the free text");
    assert_eq!(mine.survey.relevance, None, "nor one officer's rating");
    let (status, _) =
        call(&app, &sup_other, "/api/evaluation/agency", &[("agency_id", &psd.to_string())]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, &sup, "/api/evaluation/agency", &[("agency_id", "999999")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let csv = app.get_as(&format!("/agencies/{psd}/gain.csv"), &sup.cookie).await;
    assert_eq!(csv.status(), StatusCode::OK);
    let csv = app.get_as(&format!("/agencies/{psd}/gain.csv"), &sup_other.cookie).await;
    assert_eq!(csv.status(), StatusCode::NOT_FOUND);
    let html = body_text(app.get_as(&format!("/agencies/{psd}"), &sup.cookie).await).await;
    assert!(html.contains("id=\"agency-evaluation\"") && !html.contains("more on children"));

    // The follow-up: not before three months; then once, counted without the person.
    let (_, due) = call(&app, &amal, "/api/evaluation/followup_due", &[]).await;
    assert_eq!(due, "false");
    let (status, _) = call(&app, &amal, "/api/evaluation/followup", &[("referred", "once")]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    app::services::sql::execute(
        &app.db,
        "UPDATE completions SET completed_at = ? WHERE user_id = ?",
        vec![(chrono::Utc::now() - chrono::Duration::days(91)).into(), amal.user_id.into()],
    )
    .await
    .unwrap();
    let (_, due) = call(&app, &amal, "/api/evaluation/followup_due", &[]).await;
    assert_eq!(due, "true");
    let home = body_text(app.get_as("/", &amal.cookie).await).await;
    assert!(home.contains("id=\"followup\"") && home.contains("Do not write anything"));
    let (status, body) =
        call(&app, &amal, "/api/evaluation/followup", &[("referred", "sometimes")]).await;
    assert!(status.is_client_error(), "{status} {body}");
    let (status, _) = call(
        &app,
        &amal,
        "/api/evaluation/followup",
        &[("referred", "several"), ("helped", "yes")],
    )
    .await;
    assert!(status.is_success());
    let (status, _) = call(&app, &amal, "/api/evaluation/followup", &[("referred", "never")]).await;
    assert!(status.is_success(), "a second answer is accepted and counts nothing");
    let (_, due) = call(&app, &amal, "/api/evaluation/followup_due", &[]).await;
    assert_eq!(due, "false");
    let (_, body) =
        call(&app, &sup, "/api/evaluation/agency", &[("agency_id", &psd.to_string())]).await;
    let mine: AgencyEvaluation = serde_json::from_str(&body).unwrap();
    assert!(mine.followup_withheld && mine.followup.answers() == 0, "one answer is not shown");
    let (_, body) = call(&app, &admin, "/api/evaluation/country", &[("code", "JO")]).await;
    let jo: EvaluationDetail = serde_json::from_str(&body).unwrap();
    let (_, counts) = &jo.followup[0];
    assert_eq!((counts.several, counts.never, counts.helped_yes), (1, 0, 1));
    let (_, body) = call(&app, &admin, "/api/evaluation/country", &[("code", "LB")]).await;
    let lb: EvaluationDetail = serde_json::from_str(&body).unwrap();
    assert!(lb.followup.is_empty() && lb.survey.responses == 0, "Lebanon has no answers");
}

#[tokio::test]
async fn the_demo_tells_a_plausible_story_and_its_sums_agree_with_a_rebuild() {
    let app = spawn_app().await;
    assert!(app::services::demo::seed_if_empty(&app.db).await.unwrap());
    app::services::demo::seed_curriculum_if_empty(&app.db).await.unwrap();
    let r = app::services::evaluation::reports::evaluation(&app.db, None, true).await.unwrap();
    let f = r.whole;
    eprintln!("demo: {f:?}\nfollow-up: {:?}\nsurvey: {:?}", r.followup, r.survey);
    assert!(f.paired >= 20, "{f:?}");
    let (pre, post) = (f.mean_pre.unwrap(), f.mean_post.unwrap());
    assert!((30.0..60.0).contains(&pre) && (70.0..95.0).contains(&post), "{pre} → {post}");
    assert!(f.normalised_gain.unwrap() > 0.4 && f.gain_ci.is_some());
    assert!(r.by_country.iter().filter(|c| c.figures.paired > 0).count() == 5);
    assert!(r.followup.answers() > 0 && r.followup.referred_percent().unwrap() > 20.0);
    assert!(r.survey.responses >= 20 && !r.survey.missing.is_empty());
    let jo = app::services::evaluation::reports::evaluation_detail(&app.db, "JO", None, true)
        .await
        .unwrap();
    assert!(jo.by_cohort.len() >= 2, "cohorts over several months: {:?}", jo.by_cohort);
    let kept = scores::snapshot(&app.db).await.unwrap();
    scores::rebuild(&app.db).await.unwrap();
    assert_eq!(scores::snapshot(&app.db).await.unwrap(), kept);
}

#[tokio::test]
async fn a_burst_of_pretest_starts_skips_and_submits_makes_one_pretest_and_sums_that_agree() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, with_pretest(PretestMode::Optional)).await;
    let starts = (0..20).map(|_| start(&app, &amal, module, "pretest"));
    let skips =
        (0..5).map(|_| call(&app, &amal, "/api/evaluation/skip_pretest", &[("module_id", "0")]));
    let module_field = [("module_id", module.to_string())];
    let skip_fields: Vec<(&str, &str)> =
        module_field.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let real_skips =
        (0..5).map(|_| call(&app, &amal, "/api/evaluation/skip_pretest", &skip_fields));
    let (started, _, skipped) = tokio::join!(
        futures_util::future::join_all(starts),
        futures_util::future::join_all(skips),
        futures_util::future::join_all(real_skips)
    );
    // Every answer is one the person can read: started, or told why not.
    for (status, body) in started.iter().chain(&skipped) {
        assert!(status.is_success() || status.is_client_error(), "{status} {body}");
    }
    #[derive(sea_orm::FromQueryResult)]
    struct Row {
        n: i64,
    }
    let pretests = app::services::sql::all::<Row>(
        &app.db,
        "SELECT COUNT(*) AS n FROM attempts WHERE purpose = 'pretest' AND user_id = ?",
        vec![amal.user_id.into()],
    )
    .await
    .unwrap();
    assert!(pretests[0].n <= 1, "one pre-test at most: {}", pretests[0].n);
    let m = overview(&app, &amal, module).await;
    if let PretestStanding::Open { attempt_id } = m.pretest {
        let submits = (0..8).map(|_| submit_all(&app, &amal, attempt_id, true));
        futures_util::future::join_all(submits).await;
        let m = overview(&app, &amal, module).await;
        assert_eq!((m.pretest, m.pretest_percent), (PretestStanding::Taken, Some(100.0)));
    } else {
        assert_eq!(m.pretest, PretestStanding::Skipped);
    }
    let kept = scores::snapshot(&app.db).await.unwrap();
    scores::rebuild(&app.db).await.unwrap();
    assert_eq!(scores::snapshot(&app.db).await.unwrap(), kept);
}

#[tokio::test]
async fn upgrading_records_existing_first_attempts_as_post_tests_only() {
    use migrations::{Migrator, MigratorTrait};
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    // Before the upgrade: a failed first attempt, then a pass.
    let who = me(&app, amal.user_id).await;
    for (n, right) in [(0, false), (1, true)] {
        let key = format!("before-upgrade-{n}-0123456789abcdef");
        let id = app::services::attempts::start(&app.db, &who, module, None, &key).await.unwrap();
        let form: HashMap<String, String> = app.key_answers(id, right).await.into_iter().collect();
        app::services::attempts::submit(&app.db, &who, id, Some(&form)).await.unwrap();
    }
    // Migration 17 down (its tables and columns gone) and up again over these attempts.
    helpers::migrate_down_to_before(&app.db, "m20261203_000017").await;
    Migrator::up(&app.db, None).await.expect("up again");
    let s = scores::of(&app.db, amal.user_id, module).await.unwrap();
    assert_eq!(
        (s.pre_percent, s.post_percent),
        (None, Some(0.0)),
        "the first attempt, not the pass"
    );
    let kept = scores::snapshot(&app.db).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].3.post_only, kept[0].3.paired), (1, 0));
    scores::rebuild(&app.db).await.unwrap();
    assert_eq!(scores::snapshot(&app.db).await.unwrap(), kept, "{}", helpers::backend());
}

#[tokio::test]
async fn a_parallel_form_asks_each_question_in_its_own_test_only() {
    use app::model::evaluation::TestForm;
    let (app, amal) = setup_with_a_trainee().await;
    let doc: app::model::authoring::ModuleDoc =
        serde_json::from_str(app::services::demo::CURRICULUM[0].0).unwrap();
    let (pre_only, quiz_only) = (doc.questions[0].prompt.clone(), doc.questions[1].prompt.clone());
    let module = app
        .publish_curriculum(0, |d| {
            d.settings.pretest = PretestMode::Required;
            d.settings.questions_per_attempt = None;
            d.questions[0].test_form = TestForm::Pretest;
            d.questions[1].test_form = TestForm::Quiz;
        })
        .await;
    let prompts =
        |a: &AttemptPage| a.questions.iter().map(|q| q.prompt.clone()).collect::<Vec<_>>();
    start(&app, &amal, module, "pretest").await;
    let PretestStanding::Open { attempt_id } = overview(&app, &amal, module).await.pretest else {
        panic!("a pre-test under way")
    };
    let (_, body) =
        call(&app, &amal, "/api/learning/attempt", &[("attempt_id", &attempt_id.to_string())])
            .await;
    let pre: AttemptPage = serde_json::from_str(&body).unwrap();
    assert!(prompts(&pre).contains(&pre_only) && !prompts(&pre).contains(&quiz_only));
    assert_eq!(pre.questions.len(), doc.questions.len() - 1);
    submit_all(&app, &amal, attempt_id, true).await;
    assert_eq!(scores::of(&app.db, amal.user_id, module).await.unwrap().pre_percent, Some(100.0));
    start(&app, &amal, module, "quiz").await;
    let id = overview(&app, &amal, module).await.open_attempt.unwrap();
    let (_, body) =
        call(&app, &amal, "/api/learning/attempt", &[("attempt_id", &id.to_string())]).await;
    let quiz: AttemptPage = serde_json::from_str(&body).unwrap();
    assert!(prompts(&quiz).contains(&quiz_only) && !prompts(&quiz).contains(&pre_only));

    // A pre-test with every question marked for the quiz only does not publish.
    let mut all_quiz = doc.clone();
    all_quiz.slug = "all-quiz-only".into();
    all_quiz.settings.pretest = PretestMode::Optional;
    for q in &mut all_quiz.questions {
        q.test_form = TestForm::Quiz;
    }
    let problems = app::model::authoring::validate_publishable(&all_quiz);
    assert!(
        problems.iter().any(|p| p.problem == app::model::problem::Problem::PretestNeedsQuestions),
        "{problems:?}"
    );
    // The form travels in the module file, and is left out where it is "both".
    let json = serde_json::to_string(&all_quiz).unwrap();
    assert!(json.contains("\"test_form\":\"quiz\""));
    assert!(!serde_json::to_string(&doc).unwrap().contains("test_form"));
}
