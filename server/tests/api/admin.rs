//! Administration over the real router: accounts, agencies, CSV import, the audit log.

use crate::helpers;

use app::i18n::Locale;
use app::model::accounts::Role;
use axum::http::{StatusCode, header};
use helpers::{body_text, spawn_app};
use sea_orm::{EntityTrait, PaginatorTrait};

async fn user_count(app: &helpers::TestApp) -> u64 {
    app::entities::user::Entity::find().count(&app.db).await.unwrap()
}

#[tokio::test]
async fn a_failed_form_keeps_what_was_typed_and_says_what_is_wrong() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "Public Security Directorate").await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let agency = jordan.to_string();
    let fields = [
        ("user[email]", "rania@psd.example"),
        ("user[display_name]", "Rania Khalil"),
        ("user[role]", "trainee"),
        ("user[agency_id]", agency.as_str()),
        ("user[locale]", "ar"),
        ("user[password]", "123456789"),
    ];
    let response = app.post_browser_form("/api/admin/create_user", &admin.cookie, &fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[header::LOCATION], "/account", "back to the form's page");
    assert_eq!(user_count(&app).await, 1, "nothing written");

    let page = body_text(app.get_as("/admin/users/new", &admin.cookie).await).await;
    assert!(page.contains("one of the most common"), "the error is shown");
    assert!(page.contains(r#"value="Rania Khalil""#), "the name is kept");
    assert!(page.contains(r#"value="rania@psd.example""#), "the email is kept");
    assert!(!page.contains("123456789"), "a password is never echoed");
    // Shown once: a reload is clean.
    let again = body_text(app.get_as("/admin/users/new", &admin.cookie).await).await;
    assert!(!again.contains("one of the most common"));

    let mut fields = fields;
    fields[5] = ("user[password]", "a sound first passphrase");
    let response = app.post_browser_form("/api/admin/create_user", &admin.cookie, &fields).await;
    let location = response.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert!(location.starts_with("/admin/users/"), "{location}");
    let page = body_text(app.get_as(&location, &admin.cookie).await).await;
    assert!(page.contains("Account created."));
    assert!(app.sign_in("RANIA@psd.example", "a sound first passphrase").await.is_some());

    // The same email in other letters is the same account.
    fields[0] = ("user[email]", "Rania@PSD.example");
    let duplicate = app.post_form("/api/admin/create_user", Some(&admin.cookie), &fields).await;
    assert_eq!(duplicate.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(helpers::error_text(duplicate).await.contains("already registered"));
}

#[tokio::test]
async fn role_agency_and_password_changes_are_audited() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "Public Security Directorate").await;
    let zarqa = app.agency("JO", "Zarqa Family Support Centre").await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(jordan)).await;
    let id = amal.user_id.to_string();
    let zarqa_id = zarqa.to_string();
    let update = [
        ("id", id.as_str()),
        ("changes[display_name]", "Amal H."),
        ("changes[role]", "supervisor"),
        ("changes[agency_id]", zarqa_id.as_str()),
    ];
    assert!(
        app.post_form("/api/admin/update_user", Some(&admin.cookie), &update)
            .await
            .status()
            .is_success()
    );
    let reset = [("id", id.as_str()), ("new_password", "handed over in person")];
    assert!(
        app.post_form("/api/admin/reset_password", Some(&admin.cookie), &reset)
            .await
            .status()
            .is_success()
    );
    assert!(app.sign_in("amal@psd.example", "handed over in person").await.is_some());
    let response = app.get_as("/account", &amal.cookie).await;
    assert_ne!(response.status(), StatusCode::OK, "the reset ended Amal's old session");

    let audit =
        app.post_form("/api/admin/audit", Some(&admin.cookie), &[("filter[who]", "amal@")]).await;
    let text = body_text(audit).await;
    for action in ["role_changed", "agency_changed", "password_reset", "sign_in"] {
        assert!(text.contains(action), "{action} in {text}");
    }
    let filtered = app
        .post_form("/api/admin/audit", Some(&admin.cookie), &[("filter[action]", "role_changed")])
        .await;
    let text = body_text(filtered).await;
    assert!(text.contains("trainee → supervisor") && !text.contains("password_reset"), "{text}");
}

#[tokio::test]
async fn agencies_belong_to_existing_countries_and_are_unique_there() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let create = |country: &'static str, name: &'static str| {
        [("country", country), ("name", name), ("kind", "health")]
    };
    assert!(
        app.post_form(
            "/api/admin/create_agency",
            Some(&admin.cookie),
            &create("LB", "Bekaa Health")
        )
        .await
        .status()
        .is_success()
    );
    let again = app
        .post_form("/api/admin/create_agency", Some(&admin.cookie), &create("LB", "Bekaa Health"))
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let nowhere = app
        .post_form("/api/admin/create_agency", Some(&admin.cookie), &create("ZZ", "Ghost"))
        .await;
    assert_eq!(nowhere.status(), StatusCode::NOT_FOUND);
    let added = app
        .post_form(
            "/api/admin/create_country",
            Some(&admin.cookie),
            &[("code", "sy"), ("name_en", "Syria"), ("name_ar", "سوريا")],
        )
        .await;
    assert!(added.status().is_success());
    let list =
        body_text(app.post_form("/api/admin/countries", Some(&admin.cookie), &[]).await).await;
    assert!(list.contains(r#""code":"SY""#) && list.contains("سوريا"), "{list}");
}

const MIXED_CSV: &str = "email,name,role,agency,country\n\
    rania@psd.example,رانيا خليل,trainee,Public Security Directorate,JO\n\
    tariq@psd.example,Tariq Odeh,supervisor,public security directorate,jo\n\
    TARIQ@psd.example,Tariq Twice,trainee,Public Security Directorate,JO\n\
    known@psd.example,Already Here,trainee,Public Security Directorate,JO\n\
    ghost@nowhere.example,Ghost,trainee,No Such Agency,JO\n\
    formula@psd.example,=HYPERLINK(\"http://evil.example\"),trainee,Public Security Directorate,JO\n\
    not-an-email,Someone,trainee,Public Security Directorate,JO\n\
    boss@psd.example,Boss,overlord,Public Security Directorate,JO\n";

#[tokio::test]
async fn csv_import_previews_every_problem_and_never_half_writes() {
    let app = spawn_app().await;
    app.agency("JO", "Public Security Directorate").await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    app.user("known@psd.example", Role::Trainee, None).await;
    let before = user_count(&app).await;

    let preview = app
        .post_form("/api/admin/preview_import", Some(&admin.cookie), &[("csv", MIXED_CSV)])
        .await;
    let preview: app::model::import::ImportPreview =
        serde_json::from_str(&body_text(preview).await).unwrap();
    let problems = |line: usize| {
        let row = preview.rows.iter().find(|r| r.line == line).unwrap();
        row.problems.iter().map(|p| Locale::En.problem(p)).collect::<Vec<_>>().join(" | ")
    };
    assert_eq!(problems(2), "", "the Arabic name is fine");
    assert_eq!(problems(3), "", "agency and country match case-insensitively");
    assert!(problems(4).contains("appears earlier"));
    assert!(problems(5).contains("already registered"));
    assert!(problems(6).contains("No agency"));
    assert!(problems(7).contains("= + - or @"));
    assert!(problems(8).contains("email is not valid"));
    assert!(problems(9).contains("Unknown role"));
    assert_eq!((preview.valid(), preview.invalid()), (2, 6));
    assert_eq!(user_count(&app).await, before, "a preview writes nothing");

    // "Import all" with bad rows: refused, nothing written.
    let all =
        app.post_form("/api/admin/import_users", Some(&admin.cookie), &[("csv", MIXED_CSV)]).await;
    assert_eq!(all.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(user_count(&app).await, before);

    // "Only the valid rows": exactly those, whole.
    let some = app
        .post_form(
            "/api/admin/import_users",
            Some(&admin.cookie),
            &[("csv", MIXED_CSV), ("only_valid", "1")],
        )
        .await;
    assert!(some.status().is_success(), "{}", some.status());
    assert_eq!(user_count(&app).await, before + 2);
    let rania = app::entities::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == "rania@psd.example")
        .unwrap();
    assert_eq!(rania.display_name, "رانيا خليل");
    assert!(rania.agency_id.is_some());
    let tariq_role = app::entities::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == "tariq@psd.example")
        .map(|u| u.role.code());
    assert_eq!(tariq_role, Some("supervisor"));

    // Importing the same file again: everything is now a duplicate, nothing more is written.
    let again = app
        .post_form(
            "/api/admin/import_users",
            Some(&admin.cookie),
            &[("csv", MIXED_CSV), ("only_valid", "1")],
        )
        .await;
    assert!(again.status().is_success());
    assert_eq!(user_count(&app).await, before + 2);
}

#[tokio::test]
async fn the_import_page_walks_through_upload_preview_and_first_passwords() {
    let app = spawn_app().await;
    app.agency("JO", "Public Security Directorate").await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let csv = "email,name,role,agency,country\nrania@psd.example,Rania Khalil,trainee,Public Security Directorate,JO\n";
    // Multipart, as a browser without JavaScript uploads a file.
    let boundary = "XyZ";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\nContent-Type: text/csv\r\n\r\n{csv}\r\n--{boundary}--\r\n"
    );
    let request = axum::http::Request::post("/api/admin/upload_import")
        .header(header::HOST, "frontline.test")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, &admin.cookie)
        .header("sec-fetch-site", "same-origin")
        .body(axum::body::Body::from(body))
        .unwrap();
    let response = app.send(request).await;
    assert_eq!(response.headers()[header::LOCATION], "/admin/import");
    // The upload gives the import form its one-time key, kept by the browser for the import page.
    let key_cookie = import_cookie(&response).expect("the upload sets the import key");
    let browser = format!("{}; {key_cookie}", admin.cookie);
    let page = body_text(app.get_as("/admin/import", &browser).await).await;
    assert!(page.contains("1 row(s) ready, 0 with problems."), "{page}");
    assert!(page.contains("Importing 1 people takes about 1 s."), "{page}");
    let key = page.split(r#"name="key" value=""#).nth(1).unwrap().split('"').next().unwrap();
    assert_eq!(format!("frontline_import={key}"), key_cookie, "the form carries the same key");

    let fields = [("csv", csv), ("key", key)];
    let response = app.post_browser_form("/api/admin/import_users", &admin.cookie, &fields).await;
    assert_eq!(response.headers()[header::LOCATION], "/admin/import");
    let page = body_text(app.get_as("/admin/import", &browser).await).await;
    assert!(page.contains("1 account(s) created."));
    // The first password, without Leptos' `<!>` text markers.
    let page = page.replace("<!>", "");
    let password = page.split("<code>").nth(1).unwrap().split("</code>").next().unwrap().to_owned();
    assert!(
        app.sign_in("rania@psd.example", &password).await.is_some(),
        "the first password works"
    );
    let page = body_text(app.get_as("/admin/import", &browser).await).await;
    assert!(!page.contains(&password), "shown once");
    assert!(page.contains("shown once and are kept nowhere"), "{page}");
}

/// The `name=value` of the import-key cookie a response sets.
fn import_cookie(response: &axum::response::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next())
        .find(|kv| kv.starts_with("frontline_import="))
        .map(str::to_owned)
}
