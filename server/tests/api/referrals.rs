//! The referral directory over the real router: a country coordinator keeps their country's
//! directory and people and reaches nothing elsewhere (the same "not found" as for nothing);
//! officers read their own country's; the lesson shortcut resolves per reader and stays safe;
//! a spreadsheet's bad rows are all shown and none is written unless asked.

use crate::helpers;

use app::model::{
    accounts::Role,
    referrals::{DirectoryAdmin, DirectoryImportPreview, ReferralDirectory},
};
use axum::http::StatusCode;
use helpers::{Session, TestApp, body_text, call, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const HOSTILE: &str = "<img src=x onerror=alert(1)>\"'</p><script>alert(2)</script>";

/// The fields of the entry form, as a browser sends them.
fn entry(
    country: &str,
    city: &str,
    kind: &str,
    name: &str,
    extra: &[(&str, &str)],
) -> Vec<(String, String)> {
    let mut fields = vec![
        ("country".to_owned(), country.to_owned()),
        ("entry[city]".to_owned(), city.to_owned()),
        ("entry[kind]".to_owned(), kind.to_owned()),
        ("entry[phones]".to_owned(), "+961 0 000 0101 24-hour line\n+961 0 000 0102".to_owned()),
        ("entry[serves][women]".to_owned(), "on".to_owned()),
        ("entry[languages][ar]".to_owned(), "on".to_owned()),
        ("entry[texts][en][name]".to_owned(), name.to_owned()),
    ];
    fields.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    fields
}

async fn post(
    app: &TestApp,
    who: &Session,
    path: &str,
    fields: &[(String, String)],
) -> (StatusCode, String) {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    call(app, who, path, &fields).await
}

async fn ids_of(app: &TestApp, country: &str) -> Vec<i32> {
    app::entities::referral_service::Entity::find()
        .filter(app::entities::referral_service::Column::CountryCode.eq(country))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect()
}

async fn directory(app: &TestApp, who: &Session, fields: &[(&str, &str)]) -> ReferralDirectory {
    let (status, body) = call(app, who, "/api/referrals/directory", fields).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

struct World {
    app: TestApp,
    admin: Session,
    coordinator: Session,
    jordanian: Session,
    lebanese: Session,
    jo_agency: i32,
    lb_agency: i32,
}

async fn world() -> World {
    let app = spawn_app().await;
    let jo_agency = app.agency("JO", "PSD Amman").await;
    let lb_agency = app.agency("LB", "General Security").await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    let coordinator = app.signed_in("hala@jo.example", Role::Coordinator, Some(jo_agency)).await;
    let jordanian = app.signed_in("tariq@psd.example", Role::Trainee, Some(jo_agency)).await;
    let lebanese = app.signed_in("maya@gs.example", Role::Trainee, Some(lb_agency)).await;
    World { app, admin, coordinator, jordanian, lebanese, jo_agency, lb_agency }
}

#[tokio::test]
async fn a_coordinator_keeps_their_own_countrys_directory_and_people_and_nothing_else() {
    let w = world().await;
    let app = &w.app;
    let save = "/api/referrals/save_entry";
    let (status, body) =
        post(app, &w.coordinator, save, &entry("JO", "Amman", "shelter", "Amman shelter", &[]))
            .await;
    assert!(status.is_success(), "{status} {body}");
    let (status, body) =
        post(app, &w.admin, save, &entry("LB", "Beirut", "shelter", "Beirut shelter", &[])).await;
    assert!(status.is_success(), "{status} {body}");
    let jo = ids_of(app, "JO").await[0];
    let lb = ids_of(app, "LB").await[0];

    // Jordan's entry: changed, verified, edited by its coordinator.
    let mut changed = entry("JO", "Amman", "shelter", "Amman shelter (women)", &[]);
    changed.push(("id".into(), jo.to_string()));
    let (status, body) = post(app, &w.coordinator, save, &changed).await;
    assert!(status.is_success(), "{status} {body}");
    let (status, _) = call(
        app,
        &w.coordinator,
        "/api/referrals/verify_entry",
        &[("country", "JO"), ("id", &jo.to_string())],
    )
    .await;
    assert!(status.is_success());
    let (status, body) = call(
        app,
        &w.coordinator,
        "/api/referrals/editor",
        &[("country", "JO"), ("id", &jo.to_string())],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    for action in ["referral_added", "referral_changed", "referral_verified"] {
        assert!(body.contains(action), "the history holds {action}: {body}");
    }

    // Lebanon's entry, asked every way: the same 404 as for an entry that does not exist.
    let lb_id = lb.to_string();
    let none = "999999";
    for (path, fields) in [
        ("/api/referrals/editor", vec![("country", "LB"), ("id", lb_id.as_str())]),
        ("/api/referrals/editor", vec![("country", "JO"), ("id", lb_id.as_str())]),
        ("/api/referrals/editor", vec![("country", "JO"), ("id", none)]),
        ("/api/referrals/verify_entry", vec![("country", "LB"), ("id", lb_id.as_str())]),
        ("/api/referrals/verify_entry", vec![("country", "JO"), ("id", lb_id.as_str())]),
        ("/api/referrals/remove_entry", vec![("country", "LB"), ("id", lb_id.as_str())]),
        ("/api/referrals/remove_entry", vec![("country", "JO"), ("id", lb_id.as_str())]),
        ("/api/referrals/manage", vec![("country", "LB")]),
        (
            "/api/referrals/preview_directory",
            vec![("country", "LB"), ("csv", "city,kind,phones,name_en\n")],
        ),
        ("/api/reports/country", vec![("code", "LB")]),
        ("/api/evaluation/country", vec![("code", "LB")]),
    ] {
        let (status, body) = call(app, &w.coordinator, path, &fields).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path} {fields:?}: {body}");
    }
    let mut into_lebanon = entry("LB", "Beirut", "hotline", "A line", &[]);
    let (status, _) = post(app, &w.coordinator, save, &into_lebanon).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    into_lebanon[0].1 = "JO".into();
    into_lebanon.push(("id".into(), lb_id.clone()));
    let (status, _) = post(app, &w.coordinator, save, &into_lebanon).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "Lebanon's entry through Jordan's form");
    let csv = app.get_as("/directory/LB/export.csv", &w.coordinator.cookie).await;
    assert_eq!(csv.status(), StatusCode::NOT_FOUND);
    let csv = app.get_as("/directory/JO/export.csv", &w.coordinator.cookie).await;
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(body_text(csv).await.contains("Amman shelter (women)"));
    // Lebanon's entry is as the admin wrote it.
    let lebanon = directory(app, &w.lebanese, &[]).await;
    assert_eq!(lebanon.entries.len(), 1);
    assert_eq!(lebanon.entries[0].name, "Beirut shelter");

    // Jordan's reports are theirs.
    let (status, body) = call(app, &w.coordinator, "/api/reports/country", &[("code", "JO")]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, _) = call(app, &w.coordinator, "/api/reports/countries", &[]).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the all-country report is the admin's");

    // People: Lebanon's are not there; Jordan's officers are theirs to manage.
    let (status, body) = call(app, &w.coordinator, "/api/admin/users", &[]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("tariq@psd.example") && !body.contains("maya@gs.example"), "{body}");
    assert!(!body.contains("admin@x.example"), "{body}");
    let maya = w.lebanese.user_id.to_string();
    let admin = w.admin.user_id.to_string();
    for target in [&maya, &admin] {
        for (path, fields) in [
            ("/api/admin/user", vec![("id", target.as_str())]),
            (
                "/api/admin/reset_password",
                vec![("id", target.as_str()), ("new_password", "a long new passphrase 7")],
            ),
            ("/api/admin/set_user_active", vec![("id", target.as_str()), ("active", "false")]),
            ("/api/reports/person", vec![("user_id", target.as_str())]),
        ] {
            let (status, body) = call(app, &w.coordinator, path, &fields).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path} for {target}: {body}");
        }
    }
    let (status, body) =
        call(app, &w.coordinator, "/api/admin/user", &[("id", &w.jordanian.user_id.to_string())])
            .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let new_person = |role: &str, agency: i32| {
        vec![
            ("user[email]".to_owned(), format!("{role}{agency}@new.example")),
            ("user[display_name]".to_owned(), "New Person".to_owned()),
            ("user[role]".to_owned(), role.to_owned()),
            ("user[agency_id]".to_owned(), agency.to_string()),
            ("user[locale]".to_owned(), "ar".to_owned()),
            ("user[password]".to_owned(), "a long first passphrase 9".to_owned()),
        ]
    };
    let (status, body) =
        post(app, &w.coordinator, "/api/admin/create_user", &new_person("admin", w.jo_agency))
            .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("RoleOutsideReach"), "{body}");
    let (status, body) =
        post(app, &w.coordinator, "/api/admin/create_user", &new_person("trainee", w.lb_agency))
            .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.contains("NoSuchAgency"),
        "an agency elsewhere is one that does not exist: {body}"
    );
    let (status, body) =
        post(app, &w.coordinator, "/api/admin/create_user", &new_person("trainee", w.jo_agency))
            .await;
    assert!(status.is_success(), "{status} {body}");
    let (status, _) = call(
        app,
        &w.coordinator,
        "/api/admin/create_country",
        &[("code", "SY"), ("name_en", "Syria"), ("name_ar", "سوريا")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "countries are the admin's");

    // A trainee reads their own country's directory and writes nothing.
    let mine = directory(app, &w.jordanian, &[]).await;
    assert_eq!(mine.country_code, "JO");
    assert_eq!(mine.entries.len(), 1);
    assert!(mine.entries[0].phones.iter().all(|p| p.dial.starts_with("+961")));
    let (status, _) =
        post(app, &w.jordanian, save, &entry("JO", "Amman", "hotline", "Mine", &[])).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for path in ["/api/referrals/manage", "/api/referrals/coordination"] {
        let (status, body) = call(app, &w.jordanian, path, &[]).await;
        assert!(status == StatusCode::NOT_FOUND || body == "null", "{path}: {status} {body}");
    }
    assert_eq!(ids_of(app, "JO").await.len(), 1);
}

#[tokio::test]
async fn officers_find_whom_to_call_by_place_kind_group_and_language_and_see_stale_entries() {
    let w = world().await;
    let app = &w.app;
    let save = "/api/referrals/save_entry";
    for (city, kind, name, extra) in [
        ("Beirut", "shelter", "Women's shelter", vec![]),
        ("Beirut", "shelter", "Children's shelter", vec![("entry[serves][children]", "on")]),
        ("Tripoli", "shelter", "Tripoli shelter", vec![]),
        ("Beirut", "hotline", "Hotline", vec![("entry[languages][fr]", "on")]),
    ] {
        let mut fields = entry("LB", city, kind, name, &extra);
        if name == "Children's shelter" {
            fields.retain(|(k, _)| k != "entry[serves][women]");
        }
        let (status, body) = post(app, &w.admin, save, &fields).await;
        assert!(status.is_success(), "{status} {body}");
    }
    let found = directory(
        app,
        &w.lebanese,
        &[
            ("filter[city]", "beirut"),
            ("filter[kind]", "shelter"),
            ("filter[serves]", "women"),
            ("filter[language]", "ar"),
        ],
    )
    .await;
    let names: Vec<&str> = found.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Women's shelter"]);
    assert_eq!(found.total, 4);
    assert_eq!(found.cities, ["Beirut", "Tripoli"]);
    let french = directory(app, &w.lebanese, &[("filter[language]", "fr")]).await;
    assert_eq!(french.entries.len(), 1);
    let words = directory(app, &w.lebanese, &[("filter[q]", "TRIPOLI shelter")]).await;
    assert_eq!(words.entries.len(), 1);
    let other = directory(app, &w.jordanian, &[("filter[country]", "lb")]).await;
    assert_eq!(other.entries.len(), 4, "an officer may read another country's directory");

    // An entry never verified, and one verified seven months ago, are stale until verified.
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let ids = ids_of(app, "LB").await;
    for (n, id) in ids.iter().take(2).enumerate() {
        let s = app::entities::referral_service::Entity::find_by_id(*id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut s: app::entities::referral_service::ActiveModel = s.into();
        let long_ago = chrono::Utc::now().date_naive() - chrono::Duration::days(214);
        s.verified_on = Set(if n == 0 { None } else { Some(long_ago) });
        s.update(&app.db).await.unwrap();
    }
    let lebanon_coordinator =
        app.signed_in("rima@lb.example", Role::Coordinator, Some(w.lb_agency)).await;
    let (_, body) = call(app, &lebanon_coordinator, "/api/referrals/coordination", &[]).await;
    assert!(body.contains("\"stale\":2"), "{body}");
    let (_, body) = call(app, &lebanon_coordinator, "/api/referrals/manage", &[]).await;
    let list: DirectoryAdmin = serde_json::from_str(&body).unwrap();
    assert_eq!(list.stale, 2);
    assert!(
        list.entries[0].stale && list.entries[1].stale && !list.entries[2].stale,
        "stale first"
    );
    let (status, _) = call(
        app,
        &lebanon_coordinator,
        "/api/referrals/verify_entry",
        &[("country", "LB"), ("id", &ids[0].to_string())],
    )
    .await;
    assert!(status.is_success());
    let (_, body) = call(app, &lebanon_coordinator, "/api/referrals/coordination", &[]).await;
    assert!(body.contains("\"stale\":1"), "{body}");

    // The page, without JavaScript: tel: links, the filters kept, and the printable sheet.
    let page = app
        .get_as("/referrals?city=Beirut&kind=shelter&serves=women&language=ar", &w.lebanese.cookie)
        .await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains(r#"href="tel:+96100000101""#), "{html}");
    assert!(html.contains("Women&#x27;s shelter") || html.contains("Women's shelter"));
    assert!(!html.contains("Children&#x27;s shelter") && !html.contains("Children's shelter"));
    let sheet = app.get_as("/referrals/sheet?country=LB&city=Beirut", &w.lebanese.cookie).await;
    let sheet = body_text(sheet).await;
    assert!(sheet.contains("tel:+96100000101") && !sheet.contains("Tripoli shelter"), "{sheet}");
    let anonymous = app.get("/api/referrals/directory").await;
    assert!(!anonymous.status().is_success(), "the directory is for signed-in officers");
}

#[tokio::test]
async fn hostile_text_in_every_field_stays_text_on_every_page_and_in_the_lesson_shortcut() {
    let w = world().await;
    let app = &w.app;
    let mut fields = entry("LB", HOSTILE, "shelter", HOSTILE, &[]);
    for field in ["address", "hours", "nationalities", "how_to_refer"] {
        fields.push((format!("entry[texts][en][{field}]"), HOSTILE.to_owned()));
    }
    fields.push(("entry[texts][ar][name]".into(), format!("مأوى {HOSTILE}")));
    fields.push(("entry[phones]".into(), format!("+961 0 000 0101 {HOSTILE}")));
    fields.retain(|(k, v)| k != "entry[phones]" || v.contains("<img"));
    let (status, body) = post(app, &w.admin, "/api/referrals/save_entry", &fields).await;
    assert!(status.is_success(), "{status} {body}");
    let id = ids_of(app, "LB").await[0];
    let lb_coordinator =
        app.signed_in("rima@lb.example", Role::Coordinator, Some(w.lb_agency)).await;
    for (who, path) in [
        (&w.lebanese, "/referrals".to_owned()),
        (&w.lebanese, "/referrals/sheet?country=LB".to_owned()),
        (&lb_coordinator, "/directory/LB".to_owned()),
        (&lb_coordinator, format!("/directory/LB/entries/{id}")),
        (&w.admin, "/admin/audit".to_owned()),
    ] {
        let page = app.get_as(&path, &who.cookie).await;
        assert_eq!(page.status(), StatusCode::OK, "{path}");
        let html = body_text(page).await;
        assert!(
            !html.contains("<img src=x") && !html.contains("<script>alert(2)"),
            "{path}: {html}"
        );
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{path} shows the text");
    }

    // A lesson with the shortcuts, read by an officer in Lebanon and one in Jordan.
    let module = app
        .publish_curriculum(0, |d| {
            d.lessons[0].body_markdown =
                "Call them:\n\n[[referrals:shelter]]\n\nor [[referrals]] inline, and [[referrals:spa]].".into();
        })
        .await;
    let v = app::services::authoring::current_version(&app.db, module).await.unwrap();
    let lesson = app::entities::lesson::Entity::find()
        .filter(app::entities::lesson::Column::VersionId.eq(v.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .min_by_key(|l| l.position)
        .unwrap();
    let read = async |who: &Session| lesson_html(app, who, module, lesson.id).await;
    let html = read(&w.lebanese).await;
    assert!(html.contains(r#"<a href="tel:+96100000101""#), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
    assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
    assert!(html.contains(r#"href="/referrals?country=LB&amp;kind=shelter""#), "{html}");
    assert!(
        html.contains(r#"href="/referrals?country=LB""#),
        "the inline shortcut is a link: {html}"
    );
    assert!(html.contains("[[referrals:spa]]"), "an unknown kind stays as written: {html}");
    let html = read(&w.jordanian).await;
    assert!(!html.contains("tel:+961"), "Jordan's officer sees Jordan's services: {html}");
    assert!(html.contains("/referrals?country=JO"), "{html}");
}

async fn lesson_html(app: &TestApp, who: &Session, module: i32, lesson: i32) -> String {
    let (module, lesson) = (module.to_string(), lesson.to_string());
    let fields = [("module_id", module.as_str()), ("lesson_id", lesson.as_str())];
    let (status, body) = call(app, who, "/api/learning/lesson", &fields).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str::<app::model::learning::LessonPage>(&body).unwrap().html
}

/// The CSV upload as the import page's form sends it (multipart).
async fn upload(app: &TestApp, who: &Session, country: &str, csv: &str) -> StatusCode {
    let boundary = "B0uNdArY";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n"
    );
    let request =
        axum::http::Request::post(format!("/api/referrals/upload_directory?country={country}"))
            .header("host", "frontline.test")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .header("accept", "application/json")
            .header("cookie", &who.cookie)
            .header("sec-fetch-site", "same-origin")
            .body(axum::body::Body::from(body))
            .unwrap();
    app.send(request).await.status()
}

#[tokio::test]
async fn a_spreadsheet_with_bad_rows_shows_every_problem_and_writes_nothing_or_only_the_good_rows()
{
    let w = world().await;
    let app = &w.app;
    let csv = "city,kind,phones,name_en,name_ar,serves,languages,verified_on\n\
               Amman,shelter,+962 0 000 0301,Good shelter,دار,women,ar;en,2026-11-02\n\
               Amman,hotline,,No phone,,,,\n\
               Zarqa,spa,+962 0 000 0302,Unknown kind,,,,\n\
               Zarqa,legal_aid,+962 0 000 0303,=HYPERLINK(\"http://evil.example\"),,,,\n\
               Irbid,health,+962 0 000 0304,Clinic,,men,ar,03/11/2026\n\
               Mafraq,ngo,'+962 0 000 0305,Good NGO,,,ku,\n";
    let (status, body) = call(
        app,
        &w.coordinator,
        "/api/referrals/preview_directory",
        &[("country", "JO"), ("csv", csv)],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let preview: DirectoryImportPreview = serde_json::from_str(&body).unwrap();
    assert_eq!((preview.valid(), preview.invalid()), (2, 4), "{preview:?}");
    let problems = |line: usize| {
        format!("{:?}", preview.rows.iter().find(|r| r.line == line).unwrap().problems)
    };
    assert!(problems(3).contains("PhoneMissing"));
    assert!(problems(4).contains("ChooseServiceKind"));
    assert!(problems(5).contains("CellLooksLikeFormula") && problems(5).contains("name_en"));
    assert!(problems(6).contains("VerifiedOnFormat"));

    let (status, body) = call(
        app,
        &w.coordinator,
        "/api/referrals/import_directory",
        &[("country", "JO"), ("csv", csv)],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(ids_of(app, "JO").await.len(), 0, "nothing written");
    let page = app.get_as("/directory/JO/import", &w.coordinator.cookie).await;
    assert_eq!(page.status(), StatusCode::OK);

    // Only the good rows, sent three times at once (a double click, a retry): two entries.
    let fields = [("country", "JO"), ("csv", csv), ("only_valid", "1")];
    let imports =
        (0..3).map(|_| call(app, &w.coordinator, "/api/referrals/import_directory", &fields));
    for (status, body) in futures_util::future::join_all(imports).await {
        assert!(status.is_success(), "{status} {body}");
    }
    assert_eq!(ids_of(app, "JO").await.len(), 2);
    let jo = directory(app, &w.jordanian, &[]).await;
    let shelter = jo.entries.iter().find(|e| e.name == "Good shelter").unwrap();
    assert_eq!(shelter.verified_on.as_deref(), Some("2026-11-02"));
    let ngo = jo.entries.iter().find(|e| e.name == "Good NGO").unwrap();
    assert!(ngo.stale, "imported without a date: flagged until someone verifies it");
    assert_eq!(ngo.phones[0].dial, "+96200000305", "the export's apostrophe is read back");

    // The export reads back as the same directory: nothing added, nothing changed.
    let export =
        body_text(app.get_as("/directory/JO/export.csv", &w.coordinator.cookie).await).await;
    assert!(
        export.contains("'+962 0 000 0301"),
        "a leading + is defused for spreadsheets: {export}"
    );
    let (status, body) = call(
        app,
        &w.coordinator,
        "/api/referrals/import_directory",
        &[("country", "JO"), ("csv", &export)],
    )
    .await;
    assert!(status.is_success(), "{status} {body}");
    assert_eq!(ids_of(app, "JO").await.len(), 2);
    let changes = app::entities::audit_log::Entity::find()
        .filter(app::entities::audit_log::Column::Action.eq("referral_changed"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(changes, 0, "a round trip changes nothing");

    // An upload from another country's coordinator, or into another country: not found.
    assert_eq!(upload(app, &w.coordinator, "LB", csv).await, StatusCode::NOT_FOUND);
    assert!(upload(app, &w.coordinator, "JO", csv).await.is_success());
}
