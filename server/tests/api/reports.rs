//! Dashboards and reports on a small fixed dataset, checked against figures worked out by hand.

use crate::helpers;

use std::collections::HashMap;

use app::model::{
    accounts::{CurrentUser, Role},
    reports::{AgencyDashboard, CellStatus, CountryDetail, CountryReport, PersonProgress},
};
use axum::http::{StatusCode, header};
use helpers::{Session, TestApp, body_text, spawn_app};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

async fn me(app: &TestApp, id: i32) -> CurrentUser {
    app::services::auth::current_user(
        &app::entities::user::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap(),
    )
}

/// Reads every lesson and submits an attempt, all right or all wrong, through the services.
async fn take(app: &TestApp, user_id: i32, module: i32, right: bool) {
    let who = me(app, user_id).await;
    let overview = app::services::learning::overview(&app.db, &who, module, None).await.unwrap();
    for l in &overview.lessons {
        app::services::learning::mark_read(&app.db, &who, module, l.id, None).await.unwrap();
    }
    let key = format!("k-{user_id}-{right}-{}", overview.attempts.len()).repeat(3);
    let id = app::services::attempts::start(&app.db, &who, module, None, &key).await.unwrap();
    let page = app::services::attempts::page(&app.db, &who, id).await.unwrap();
    let form: HashMap<String, String> = app.key_answers(page.id, right).await.into_iter().collect();
    app::services::attempts::submit(&app.db, &who, id, Some(&form)).await.unwrap();
}

struct World {
    app: TestApp,
    admin: Session,
    sup_psd: Session,
    amal: Session,
    tariq: i32,
    maya: i32,
    psd: i32,
    gs: i32,
}

async fn world() -> World {
    let app = spawn_app().await;
    let psd = app.agency("JO", "PSD").await;
    let gs = app.agency("LB", "General Security").await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let module = app.publish_curriculum(0, |_| {}).await;

    // PSD: a supervisor (no activity), Amal (passes), Tariq (fails), a deactivated officer who
    // completed (excluded everywhere). GS: Maya, assigned with a past due date, did nothing.
    let sup_psd = app.signed_in("sup@psd.example", Role::Supervisor, Some(psd)).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(psd)).await;
    let tariq = app.user("tariq@psd.example", Role::Trainee, Some(psd)).await;
    let gone = app.user("gone@psd.example", Role::Trainee, Some(psd)).await;
    let maya = app.user("maya@gs.example", Role::Trainee, Some(gs)).await;
    for (id, name) in [(amal.user_id, "أمل حداد"), (tariq, "=Tariq Odeh")] {
        app::entities::user::ActiveModel {
            id: Set(id),
            display_name: Set(name.into()),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .unwrap();
    }
    let today = chrono::Utc::now().date_naive();
    for (agency, user, due) in [
        (Some(psd), None, today + chrono::Duration::days(7)),
        (None, Some(maya), today - chrono::Duration::days(2)),
    ] {
        app::entities::assignment::ActiveModel {
            module_id: Set(module),
            agency_id: Set(agency),
            user_id: Set(user),
            due_on: Set(Some(due)),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    take(&app, amal.user_id, module, true).await;
    take(&app, tariq, module, false).await;
    take(&app, gone, module, true).await;
    let admin_me = me(&app, admin.user_id).await;
    app::services::users::set_active(
        &app.db,
        &admin_me,
        &app::model::permissions::Reach::Everywhere,
        gone,
        false,
        "test",
    )
    .await
    .unwrap();
    World { app, admin, sup_psd, amal, tariq, maya, psd, gs }
}

async fn dashboard(w: &World, who: &Session, agency: i32) -> (StatusCode, String) {
    let response = w
        .app
        .post_form(
            "/api/reports/agency_dashboard",
            Some(&who.cookie),
            &[("agency_id", &agency.to_string())],
        )
        .await;
    (response.status(), body_text(response).await)
}

#[tokio::test]
async fn figures_match_the_hand_computed_ones() {
    let w = world().await;
    let (status, body) = dashboard(&w, &w.sup_psd, w.psd).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let d: AgencyDashboard = serde_json::from_str(&body).unwrap();
    // Learners: supervisor, Amal, Tariq (the deactivated officer is left out).
    assert_eq!(d.headline.trainees, 3);
    assert_eq!(d.headline.assignments, 3, "the agency assignment reaches all three");
    assert_eq!(d.headline.completed, 1);
    assert_eq!(d.headline.completion_rate, 33.3);
    assert_eq!(d.headline.average_best_score, Some(50.0), "Amal 100, Tariq 0");
    assert_eq!(d.headline.overdue, 0);
    let status_of = |name: &str| d.rows.iter().find(|r| r.name == name).unwrap().cells[0].status;
    assert_eq!(status_of("أمل حداد"), CellStatus::Passed);
    assert_eq!(status_of("=Tariq Odeh"), CellStatus::Failed);
    assert_eq!(status_of("sup"), CellStatus::NotStarted);
    assert!(d.rows.iter().all(|r| r.name != "gone"));

    let (_, body) = dashboard(&w, &w.admin, w.gs).await;
    let gs: AgencyDashboard = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (gs.headline.trainees, gs.headline.assignments, gs.headline.completed, gs.headline.overdue),
        (1, 1, 0, 1)
    );
    assert_eq!(gs.rows[0].cells[0].status, CellStatus::Overdue);

    let response = w.app.post_form("/api/reports/countries", Some(&w.admin.cookie), &[]).await;
    let r: CountryReport = serde_json::from_str(&body_text(response).await).unwrap();
    let column = |code: &str| r.countries.iter().position(|c| c.code == code).unwrap();
    let (jo, lb, eg) = (column("JO"), column("LB"), column("EG"));
    assert_eq!(
        (r.countries[jo].learners, r.countries[lb].learners, r.countries[eg].learners),
        (3, 1, 0)
    );
    assert_eq!(r.modules.len(), 1);
    assert_eq!((r.modules[0].completed[jo], r.modules[0].percent[jo]), (1, 33.3));
    assert_eq!((r.modules[0].completed[lb], r.modules[0].percent[lb]), (0, 0.0));
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    assert_eq!(
        r.per_month,
        [(month.clone(), 1)],
        "the deactivated officer's completion is left out"
    );
    let csv = body_text(w.app.get_as("/reports/countries/months.csv", &w.admin.cookie).await).await;
    assert!(csv.contains(&format!("{month},1")), "{csv}");
    let denied = w.app.get_as("/reports/countries/months.csv", &w.sup_psd.cookie).await;
    assert_eq!(denied.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn each_sees_exactly_their_scope_in_pages_functions_and_csv() {
    let w = world().await;
    // Another agency, and roles without the right: all "not found".
    assert_eq!(dashboard(&w, &w.sup_psd, w.gs).await.0, StatusCode::NOT_FOUND);
    assert_eq!(dashboard(&w, &w.amal, w.psd).await.0, StatusCode::NOT_FOUND);
    let countries = w.app.post_form("/api/reports/countries", Some(&w.sup_psd.cookie), &[]).await;
    assert_eq!(countries.status(), StatusCode::NOT_FOUND);
    for (who, path) in [
        (&w.sup_psd, format!("/agencies/{}/dashboard.csv", w.gs)),
        (&w.sup_psd, format!("/agencies/{}", w.gs)),
        (&w.sup_psd, "/reports/countries.csv".to_owned()),
        (&w.sup_psd, "/reports/countries".to_owned()),
        (&w.amal, format!("/agencies/{}/dashboard.csv", w.psd)),
        (&w.amal, "/reports/countries".to_owned()),
    ] {
        assert_eq!(
            w.app.get_as(&path, &who.cookie).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let page =
        body_text(w.app.get_as(&format!("/agencies/{}", w.psd), &w.sup_psd.cookie).await).await;
    assert!(page.contains("أمل حداد") && !page.contains("maya@gs.example"));

    // The supervisor's CSV: their agency only, with a BOM, Arabic intact, formulas defused.
    let response =
        w.app.get_as(&format!("/agencies/{}/dashboard.csv", w.psd), &w.sup_psd.cookie).await;
    assert_eq!(response.headers()[header::CONTENT_TYPE], "text/csv; charset=utf-8");
    let bytes = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.contains("أمل حداد,amal@psd.example,passed (best 100 %)"), "{text}");
    assert!(text.contains("'=Tariq Odeh"), "{text}");
    assert!(!text.contains("maya") && !text.contains("gone"), "{text}");

    // The admin's country CSV.
    let csv = body_text(w.app.get_as("/reports/countries.csv", &w.admin.cookie).await).await;
    assert!(csv.contains("Jordan completed,Jordan learners,Jordan %"), "{csv}");
    let page = body_text(w.app.get_as("/reports/countries", &w.admin.cookie).await).await;
    assert!(
        page.contains("<svg") && page.contains("<title") && page.contains("33.3 % (1/3)"),
        "{page}"
    );
}

#[tokio::test]
async fn item_analysis_counts_correct_shares_discrimination_and_choices() {
    let w = world().await;
    // A fourth attempt: Maya answers everything wrong. Scores now: 100, 0, 100 (the deactivated
    // officer's attempt still tells about the questions), 0.
    let maya = app::entities::user::Entity::find()
        .all(&w.app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == "maya@gs.example")
        .unwrap();
    let module = app::entities::module::Entity::find().one(&w.app.db).await.unwrap().unwrap().id;
    take(&w.app, maya.id, module, false).await;
    let version =
        app::services::learning::published(&w.app.db, module).await.unwrap().id.to_string();

    let response = w
        .app
        .post_form("/api/reports/item_analysis", Some(&w.admin.cookie), &[("version_id", &version)])
        .await;
    let a: app::model::reports::ItemAnalysis =
        serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(a.attempts, 4);
    for q in &a.questions {
        assert_eq!((q.answered, q.correct_share), (4, 0.5), "{}", q.prompt);
        assert_eq!(q.discrimination, Some(1.0), "the strong half got it, the weak half did not");
        assert!(q.flags.is_empty());
    }
    let single = a
        .questions
        .iter()
        .find(|q| q.options.len() == 4 && q.options.iter().filter(|o| o.2).count() == 1)
        .unwrap();
    let right: u64 = single.options.iter().filter(|o| o.2).map(|o| o.1).sum();
    let wrong: u64 = single.options.iter().filter(|o| !o.2).map(|o| o.1).sum();
    assert_eq!((right, wrong), (2, 2), "{:?}", single.options);

    // Trainers read it; supervisors and trainees do not.
    assert_eq!(
        w.app
            .post_form(
                "/api/reports/item_analysis",
                Some(&w.sup_psd.cookie),
                &[("version_id", &version)]
            )
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let page = w.app.get_as(&format!("/author/versions/{version}/analysis"), &w.admin.cookie).await;
    assert!(body_text(page).await.contains("+1.00"));
    let csv = format!("/author/versions/{version}/analysis.csv");
    let text = body_text(w.app.get_as(&csv, &w.admin.cookie).await).await;
    assert!(text.contains(",4,50,+1.00,") && text.starts_with('\u{feff}'), "{text}");
    assert_eq!(w.app.get_as(&csv, &w.sup_psd.cookie).await.status(), StatusCode::NOT_FOUND);
}

/// The stored rollups equal a recomputation from people and completions.
async fn assert_rollups_consistent(app: &TestApp) {
    let kept = app::services::rollups::snapshot(&app.db).await.unwrap();
    app::services::rollups::rebuild(&app.db).await.unwrap();
    assert_eq!(kept, app::services::rollups::snapshot(&app.db).await.unwrap());
}

#[tokio::test]
async fn a_country_opens_into_kinds_of_agency_and_agencies_and_follows_people_who_move() {
    let w = world().await;
    assert_rollups_consistent(&w.app).await;
    let ngo = w.app.agency("JO", "Tamkeen").await;
    app::entities::agency::ActiveModel {
        id: Set(ngo),
        kind: Set(app::model::accounts::AgencyKind::CivilSociety),
        ..Default::default()
    }
    .update(&w.app.db)
    .await
    .unwrap();
    let detail = |who: Session| {
        let app = &w.app;
        async move {
            let response =
                app.post_form("/api/reports/country", Some(&who.cookie), &[("code", "JO")]).await;
            (response.status(), body_text(response).await)
        }
    };
    let (status, body) = detail(w.admin.clone()).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let d: CountryDetail = serde_json::from_str(&body).unwrap();
    assert_eq!((d.name.as_str(), d.modules.len()), ("Jordan", 1));
    // The whole country: 3 learners (the deactivated officer left out), Amal completed.
    assert_eq!(
        (d.whole.learners, d.whole.completed.clone(), d.whole.percent.clone()),
        (3, vec![1], vec![33.3])
    );
    let kinds: Vec<_> =
        d.by_kind.iter().map(|k| (k.label.as_str(), k.learners, k.completed[0])).collect();
    assert_eq!(kinds, [("Law enforcement", 3, 1), ("Civil society", 0, 0)]);
    assert_eq!(d.by_kind[1].kind, Some(app::model::accounts::AgencyKind::CivilSociety));
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    assert_eq!(d.per_month, [(month.clone(), 1)]);
    let jo =
        body_text(w.app.get_as("/reports/countries/months.csv?country=JO", &w.admin.cookie).await)
            .await;
    let eg =
        body_text(w.app.get_as("/reports/countries/months.csv?country=EG", &w.admin.cookie).await)
            .await;
    assert!(jo.contains(&format!("{month},1")) && eg.lines().count() == 1, "{jo} / {eg}");
    let unknown = w.app.get_as("/reports/countries/months.csv?country=XX", &w.admin.cookie).await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let agencies: Vec<_> =
        d.by_agency.iter().map(|a| (a.agency_id, a.learners, a.percent[0])).collect();
    assert_eq!(agencies, [(Some(w.psd), 3, 33.3), (Some(ngo), 0, 0.0)]);
    assert_eq!(detail(w.sup_psd.clone()).await.0, StatusCode::NOT_FOUND);
    let page = body_text(w.app.get_as("/reports/countries/JO", &w.admin.cookie).await).await;
    assert!(
        page.contains("Per kind of agency") && page.contains("Tamkeen") && page.contains("<svg"),
        "{page}"
    );
    let csv =
        body_text(w.app.get_as("/reports/countries/JO/groups.csv", &w.admin.cookie).await).await;
    assert!(
        csv.contains("country,Jordan,3,1,33.3") && csv.contains("agency,Tamkeen,0,0,0"),
        "{csv}"
    );
    for path in ["/reports/countries/JO/groups.csv", "/reports/countries/JO"] {
        assert_eq!(
            w.app.get_as(path, &w.sup_psd.cookie).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }

    // Amal moves to Lebanon: her completion goes with her; reactivating the officer who left
    // brings theirs back.
    let admin = me(&w.app, w.admin.user_id).await;
    let changes = app::model::users::UserChanges {
        display_name: "Amal".into(),
        role: "trainee".into(),
        agency_id: Some(w.gs),
    };
    app::services::users::update(
        &w.app.db,
        &admin,
        &app::model::permissions::Reach::Everywhere,
        w.amal.user_id,
        &changes,
        "test",
    )
    .await
    .unwrap();
    let r = app::services::reports::country_report(&w.app.db).await.unwrap();
    let column = |code: &str| r.countries.iter().position(|c| c.code == code).unwrap();
    let (jo, lb) = (column("JO"), column("LB"));
    assert_eq!((r.countries[jo].learners, r.modules[0].completed[jo]), (2, 0));
    assert_eq!((r.countries[lb].learners, r.modules[0].completed[lb]), (2, 1));
    assert_rollups_consistent(&w.app).await;
    let gone = app::entities::user::Entity::find()
        .all(&w.app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == "gone@psd.example")
        .unwrap();
    app::services::users::set_active(
        &w.app.db,
        &admin,
        &app::model::permissions::Reach::Everywhere,
        gone.id,
        true,
        "test",
    )
    .await
    .unwrap();
    let r = app::services::reports::country_report(&w.app.db).await.unwrap();
    assert_eq!((r.countries[jo].learners, r.modules[0].completed[jo]), (3, 1));
    assert_rollups_consistent(&w.app).await;
}

#[tokio::test]
async fn a_supervisor_reads_one_trainees_progress_and_no_one_elses() {
    let w = world().await;
    let person = |who: Session, id: i32| {
        let app = &w.app;
        async move {
            let response = app
                .post_form(
                    "/api/reports/person",
                    Some(&who.cookie),
                    &[("user_id", &id.to_string())],
                )
                .await;
            (response.status(), body_text(response).await)
        }
    };
    let (status, body) = person(w.sup_psd.clone(), w.tariq).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let p: PersonProgress = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (p.name.as_str(), p.agency_id, p.modules.len(), p.attempts.len()),
        ("=Tariq Odeh", w.psd, 1, 1)
    );
    let m = &p.modules[0];
    assert_eq!(
        (m.status, m.assigned, m.attempts, m.best_percent, m.completed_on.clone()),
        (CellStatus::Failed, true, 1, Some(0.0), None)
    );
    assert_eq!((p.attempts[0].percent, p.attempts[0].passed), (Some(0.0), Some(false)));

    let (_, body) = person(w.admin.clone(), w.maya).await;
    let maya: PersonProgress = serde_json::from_str(&body).unwrap();
    assert_eq!((maya.modules[0].status, maya.attempts.len()), (CellStatus::Overdue, 0));

    // Another agency's trainee, one's own record as a trainee, an admin, a stranger's id: all the same.
    assert_eq!(person(w.sup_psd.clone(), w.maya).await.0, StatusCode::NOT_FOUND);
    assert_eq!(person(w.amal.clone(), w.amal.user_id).await.0, StatusCode::NOT_FOUND);
    assert_eq!(person(w.sup_psd.clone(), w.admin.user_id).await.0, StatusCode::NOT_FOUND);
    assert_eq!(person(w.sup_psd.clone(), 999_999).await.0, StatusCode::NOT_FOUND);
    for (who, path) in [
        (&w.sup_psd, format!("/people/{}", w.maya)),
        (&w.sup_psd, format!("/people/{}/attempts.csv", w.maya)),
        (&w.amal, format!("/people/{}/attempts.csv", w.amal.user_id)),
        (&w.sup_psd, format!("/people/{}/modules.csv", w.maya)),
    ] {
        assert_eq!(
            w.app.get_as(&path, &who.cookie).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let page =
        body_text(w.app.get_as(&format!("/people/{}", w.tariq), &w.sup_psd.cookie).await).await;
    assert!(page.contains("=Tariq Odeh") && page.contains("data-status=\"failed\""), "{page}");
    let csv = body_text(
        w.app.get_as(&format!("/people/{}/attempts.csv", w.tariq), &w.sup_psd.cookie).await,
    )
    .await;
    assert!(csv.contains(",1,") && csv.contains(",0,failed,"), "{csv}");
    let csv = body_text(
        w.app.get_as(&format!("/people/{}/modules.csv", w.tariq), &w.sup_psd.cookie).await,
    )
    .await;
    assert!(csv.contains(",yes,") && csv.contains(",failed,") && csv.contains(",1,0,"), "{csv}");

    // The dashboard links to it, and filters, sorts and exports the same view.
    let page = body_text(
        w.app.get_as(&format!("/agencies/{}?status=failed", w.psd), &w.sup_psd.cookie).await,
    )
    .await;
    assert!(
        page.contains(&format!("href=\"/people/{}\"", w.tariq))
            && !page.contains("amal@psd.example</small>"),
        "{page}"
    );
    let csv = body_text(
        w.app
            .get_as(
                &format!("/agencies/{}/dashboard.csv?sort=lowest_score&q=psd", w.psd),
                &w.sup_psd.cookie,
            )
            .await,
    )
    .await;
    let order: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').nth(1).unwrap_or("")).collect();
    assert_eq!(order, ["tariq@psd.example", "sup@psd.example", "amal@psd.example"], "{csv}");
}

#[tokio::test]
async fn the_demo_data_answers_who_is_overdue_and_jordan_or_lebanon() {
    let app = spawn_app().await;
    assert!(app::services::demo::seed_if_empty(&app.db).await.unwrap());
    assert_eq!(app::services::demo::seed_curriculum_if_empty(&app.db).await.unwrap(), 4);
    let psd = app::entities::agency::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.name.starts_with("Public Security"))
        .unwrap();
    let d =
        app::services::reports::agency_dashboard(&app.db, psd.id, app::services::reports::today())
            .await
            .unwrap();
    assert_eq!((d.headline.trainees, d.modules.len()), (3, 2));
    assert!(d.headline.overdue >= 1 && d.headline.completed >= 1, "{:?}", d.headline);
    let r = app::services::reports::country_report(&app.db).await.unwrap();
    let column = |code: &str| r.countries.iter().position(|c| c.code == code).unwrap();
    let first = r.modules.iter().find(|m| m.completed.iter().any(|n| *n > 0)).unwrap();
    assert_ne!(first.percent[column("JO")], first.percent[column("LB")], "{first:?}");
    assert!(r.per_month.iter().map(|(_, n)| n).sum::<u64>() > 0);
    let analysed = app::services::item_analysis::item_analysis(
        &app.db,
        app::services::learning::published(&app.db, first.module_id).await.unwrap().id,
    )
    .await
    .unwrap();
    // Each attempt draws its questions from the pool: some may not have been asked yet.
    let answered: u64 = analysed.questions.iter().map(|q| q.answered).sum();
    assert!(analysed.attempts > 0 && answered >= analysed.attempts, "{analysed:?}");
    assert_rollups_consistent(&app).await;
}

#[tokio::test]
async fn a_large_agency_pages_its_matrix_but_exports_every_row() {
    let w = world().await;
    for i in 0..52 {
        w.app.user(&format!("officer{i:02}@psd.example"), Role::Trainee, Some(w.psd)).await;
    }
    // 55 learners: the supervisor, Amal, Tariq and 52 officers; 50 on the first page.
    let page = |query: &'static str| {
        let app = &w.app;
        let path = format!("/agencies/{}{query}", w.psd);
        let cookie = w.sup_psd.cookie.clone();
        async move { body_text(app.get_as(&path, &cookie).await).await }
    };
    let first = page("").await;
    assert_eq!(first.matches("href=\"/people/").count(), 50, "{first}");
    assert!(first.contains("rel=\"next\"") && first.contains("55 of 55 people shown"));
    let second = page("?sort=lowest_score&page=2").await;
    assert_eq!(second.matches("href=\"/people/").count(), 5);
    assert!(
        second.contains("sort=lowest_score\" rel=\"prev\"") && !second.contains("rel=\"next\"")
    );
    let csv = body_text(
        w.app.get_as(&format!("/agencies/{}/dashboard.csv?page=2", w.psd), &w.sup_psd.cookie).await,
    )
    .await;
    assert_eq!(csv.lines().count(), 56, "a header and every person, whatever the page");
}
