//! Forms that cannot be turned against the service or leave a person without their page:
//! multipart posts without a boundary, tampered and oversized posts, and the CSV import (no
//! write lock while hashing, one import per key, no first password in the session, and a first
//! password that must be replaced).

use crate::helpers;

use std::time::{Duration, Instant};

use app::model::accounts::Role;
use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use helpers::{TestApp, body_text, form_request, spawn_app};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};

const PSD: &str = "Public Security Directorate";
/// A multipart body, sent without the boundary it uses.
const A_FILE: &str = "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n-\r\n--x--\r\n";
/// An import form's one-time key, as the upload makes them (URL-safe, 16–64 characters).
const KEY: &str = "a-double-click-key-0123456789";

/// A CSV file of `n` new trainees of the PSD in Jordan.
fn people(n: usize) -> String {
    let mut csv = String::from("email,name,role,agency,country\n");
    for i in 0..n {
        csv.push_str(&format!("person{i}@import.example,Person {i},trainee,{PSD},JO\n"));
    }
    csv
}

async fn imported(app: &TestApp) -> u64 {
    app::entities::user::Entity::find()
        .filter(app::entities::user::Column::Email.like("%@import.example"))
        .count(&app.db)
        .await
        .unwrap()
}

/// The (email, first password) rows of an import page.
fn issued(page: &str) -> Vec<(String, String)> {
    let html = scraper::Html::parse_document(page);
    let rows = scraper::Selector::parse(".issued tbody tr").unwrap();
    let cell = scraper::Selector::parse("td").unwrap();
    let text = |c: scraper::ElementRef<'_>| c.text().collect::<String>().trim().to_owned();
    html.select(&rows)
        .map(|row| {
            let cells: Vec<String> = row.select(&cell).map(text).collect();
            (cells[1].clone(), cells[2].clone())
        })
        .collect()
}

/// The admin's browser on the import page, holding the import key's cookie.
async fn import_page(app: &TestApp, admin_cookie: &str) -> String {
    let browser = format!("{admin_cookie}; frontline_import={KEY}");
    body_text(app.get_as("/admin/import", &browser).await).await
}

#[tokio::test]
async fn a_multipart_post_without_a_boundary_gets_a_clear_400() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    for path in ["/api/admin/upload_import", "/api/authoring/import"] {
        for cookie in [Some(admin.cookie.as_str()), None] {
            for accept in ["application/json", "text/html"] {
                let mut request = Request::post(path)
                    .header(header::HOST, "frontline.test")
                    .header(header::CONTENT_TYPE, "multipart/form-data")
                    .header(header::ACCEPT, accept)
                    .header("sec-fetch-site", "same-origin");
                if let Some(cookie) = cookie {
                    request = request.header(header::COOKIE, cookie);
                }
                let response = app.send(request.body(Body::from(A_FILE)).unwrap()).await;
                let what = format!("{path}, signed in: {}, {accept}", cookie.is_some());
                assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{what}");
                let text = body_text(response).await;
                assert!(text.contains("needs a boundary"), "{what}: {text}");
            }
        }
    }
}

#[tokio::test]
async fn a_tampered_form_without_javascript_comes_back_to_its_page_with_a_message() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let amal = app.user("amal@psd.example", Role::Trainee, None).await.to_string();
    let tampered: [&[(&str, &str)]; 2] = [
        &[("id", "not-a-number"), ("active", "false")],
        &[("id", amal.as_str()), ("id", amal.as_str()), ("active", "false")],
    ];
    for fields in tampered {
        // A script still hears that its request could not be read.
        let script = app.post_form("/api/admin/set_user_active", Some(&admin.cookie), fields).await;
        assert_eq!(script.status(), StatusCode::BAD_REQUEST, "{fields:?}");
        // A browser goes back to the form's page, which says so.
        let response =
            app.post_browser_form("/api/admin/set_user_active", &admin.cookie, fields).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{fields:?}");
        assert_eq!(response.headers()[header::LOCATION], "/account", "{fields:?}");
        let page = body_text(app.get_as("/account", &admin.cookie).await).await;
        assert!(page.contains("The form could not be read; please try again."), "{page}");
        // Shown once.
        let again = body_text(app.get_as("/account", &admin.cookie).await).await;
        assert!(!again.contains("The form could not be read"));
    }
    assert!(app.sign_in("amal@psd.example", helpers::PASSWORD).await.is_some(), "still active");

    // Signed out there is no session to keep the message in: it travels in the address.
    let no_password = [("email", "x@y.example")];
    let mut request = form_request("/api/auth/sign_in", None, &no_password, "text/html");
    let referer = "http://frontline.test/sign-in".parse().unwrap();
    request.headers_mut().insert(header::REFERER, referer);
    let response = app.send(request).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let back = response.headers()[header::LOCATION].to_str().unwrap().to_owned();
    assert_eq!(back, "/sign-in?form_error=unreadable");
    let page = body_text(app.get(&back).await).await;
    assert!(page.contains("The form could not be read; please try again."), "{page}");
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_with_a_message_in_the_readers_language() {
    let app = spawn_app().await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let arabic = [("display_name", "أمل حداد"), ("locale", "ar")];
    let saved = app.post_form("/api/account/update_profile", Some(&amal.cookie), &arabic).await;
    assert!(saved.status().is_success(), "{}", saved.status());

    let huge = "x".repeat(5 * 1024 * 1024);
    let fields = [("display_name", huge.as_str()), ("locale", "ar")];
    let script = app.post_form("/api/account/update_profile", Some(&amal.cookie), &fields).await;
    assert_eq!(script.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(!body_text(script).await.contains("deserializing"));

    let browser = app.post_browser_form("/api/account/update_profile", &amal.cookie, &fields).await;
    assert_eq!(browser.status(), StatusCode::SEE_OTHER);
    assert_eq!(browser.headers()[header::LOCATION], "/account");
    let page = body_text(app.get_as("/account", &amal.cookie).await).await;
    assert!(page.contains("ما أرسلته أكبر من أن يُستقبل."), "{page}");
}

/// Waits (at most 3 s) until the import under way has hashed some first passwords.
async fn wait_for_hashing(app: &TestApp) {
    let give_up = Instant::now() + Duration::from_secs(3);
    let sql = "SELECT MAX(hashed) AS hashed FROM user_imports";
    while Instant::now() < give_up {
        let query = Statement::from_string(app.db.get_database_backend(), sql);
        let row = app.db.query_one_raw(query).await.ok().flatten();
        let hashed = row.and_then(|r| r.try_get::<Option<i32>>("", "hashed").ok().flatten());
        if hashed.unwrap_or(0) > 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_large_import_holds_no_write_lock_while_it_hashes() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", PSD).await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(jordan)).await;
    let csv = people(300);
    let fields = [("csv", csv.as_str()), ("key", KEY)];
    let import = app.post_form("/api/admin/import_users", Some(&admin.cookie), &fields);
    // Meanwhile a trainee's write (their name), once the hashing is under way.
    let meanwhile = async {
        wait_for_hashing(&app).await;
        let started = Instant::now();
        let fields = [("display_name", "Amal Haddad"), ("locale", "en")];
        let saved = app.post_form("/api/account/update_profile", Some(&amal.cookie), &fields).await;
        (saved.status(), started.elapsed())
    };
    let (done, (saved, waited)) = tokio::join!(import, meanwhile);
    assert!(done.status().is_success(), "the import: {}", done.status());
    assert!(saved.is_success(), "the write during the import: {saved}");
    assert!(waited < Duration::from_secs(2), "a write waited {waited:?} behind the import");
    assert_eq!(imported(&app).await, 300);
}

#[tokio::test]
async fn the_same_import_key_twice_imports_once_and_shows_the_same_result() {
    let app = spawn_app().await;
    app.agency("JO", PSD).await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let csv = people(5);
    let fields = [("csv", csv.as_str()), ("key", KEY)];
    // A double click: both posts at once; the browser follows the second.
    let path = "/api/admin/import_users";
    let (first, second) = tokio::join!(
        app.post_browser_form(path, &admin.cookie, &fields),
        app.post_browser_form(path, &admin.cookie, &fields),
    );
    for response in [&first, &second] {
        assert_eq!(response.headers()[header::LOCATION], "/admin/import");
    }
    assert_eq!(imported(&app).await, 5, "imported once");
    // A retry later: still the same import, nothing written.
    let again = app.post_form(path, Some(&admin.cookie), &fields).await;
    assert!(again.status().is_success(), "{}", again.status());
    assert_eq!(imported(&app).await, 5);

    let page = import_page(&app, &admin.cookie).await;
    assert!(page.contains("5 account(s) created."), "{page}");
    let issued = issued(&page);
    assert_eq!(issued.len(), 5, "every first password, once: {page}");
    for (email, password) in &issued {
        assert!(app.sign_in(email, password).await.is_some(), "{email} signs in");
    }
}

#[tokio::test]
async fn first_passwords_are_never_kept_in_the_session() {
    let app = spawn_app().await;
    app.agency("JO", PSD).await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let csv = people(3);
    let fields = [("csv", csv.as_str()), ("key", KEY)];
    let response = app.post_browser_form("/api/admin/import_users", &admin.cookie, &fields).await;
    assert_eq!(response.headers()[header::LOCATION], "/admin/import");
    // What the sessions hold between the import and the page that shows its passwords.
    let flashes: Vec<String> = app::entities::session::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|s| s.flash)
        .collect();
    assert!(!flashes.is_empty(), "the import's notice waits in the session");

    let issued = issued(&import_page(&app, &admin.cookie).await);
    assert_eq!(issued.len(), 3);
    for (_, password) in &issued {
        for flash in &flashes {
            assert!(!flash.contains(password.as_str()), "{password} kept in a session: {flash}");
        }
    }
    // Shown once: a second look shows none, and the secret they followed from is gone.
    let page = import_page(&app, &admin.cookie).await;
    assert!(issued.iter().all(|(_, p)| !page.contains(p.as_str())), "{page}");
    let query = Statement::from_string(
        app.db.get_database_backend(),
        "SELECT COUNT(*) AS n FROM user_imports WHERE secret IS NOT NULL",
    );
    let row = app.db.query_one_raw(query).await.unwrap().unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 0);
}

#[tokio::test]
async fn an_imported_person_chooses_their_own_password_before_anything_else() {
    let app = spawn_app().await;
    app.agency("JO", PSD).await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let csv = people(1);
    let fields = [("csv", csv.as_str()), ("key", KEY)];
    let response = app.post_form("/api/admin/import_users", Some(&admin.cookie), &fields).await;
    assert!(response.status().is_success(), "{}", response.status());
    let issued = issued(&import_page(&app, &admin.cookie).await);
    let (email, password) = issued.first().cloned().expect("a first password");
    let person = app.sign_in(&email, &password).await.expect("the first password signs in");

    for page in ["/", "/learning", "/agency", "/admin/import"] {
        let response = app.get_as(page, &person).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{page}");
        assert_eq!(response.headers()[header::LOCATION], "/account", "{page}");
    }
    // Server functions too: a script is refused, a browser's form goes to the account page.
    let listed = app.post_form("/api/admin/users", Some(&person), &[]).await;
    assert_eq!(listed.status(), StatusCode::FORBIDDEN);
    let form = app.post_browser_form("/api/admin/users", &person, &[]).await;
    assert_eq!(form.headers()[header::LOCATION], "/account");
    let account = body_text(app.get_as("/account", &person).await).await;
    assert!(account.contains("Choose your own password before you continue"), "{account}");

    // "Changing" it to itself does not count.
    let same = [
        ("current_password", password.as_str()),
        ("new_password", password.as_str()),
        ("confirm_password", password.as_str()),
    ];
    let kept = app.post_form("/api/account/change_password", Some(&person), &same).await;
    assert_eq!(kept.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.get_as("/", &person).await.status(), StatusCode::SEE_OTHER, "still to change");

    let own = "a passphrase of my own";
    let change =
        [("current_password", password.as_str()), ("new_password", own), ("confirm_password", own)];
    let changed = app.post_form("/api/account/change_password", Some(&person), &change).await;
    assert!(changed.status().is_success(), "{}", changed.status());
    assert_eq!(app.get_as("/", &person).await.status(), StatusCode::OK);
    let account = body_text(app.get_as("/account", &person).await).await;
    assert!(!account.contains("Choose your own password"));
}

#[tokio::test]
async fn a_password_an_admin_reset_is_replaced_at_the_next_sign_in() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let amal = app.user("amal@psd.example", Role::Trainee, None).await.to_string();
    let reset = [("id", amal.as_str()), ("new_password", "handed over in person")];
    let response = app.post_form("/api/admin/reset_password", Some(&admin.cookie), &reset).await;
    assert!(response.status().is_success(), "{}", response.status());
    let cookie = app.sign_in("amal@psd.example", "handed over in person").await.unwrap();
    let home = app.get_as("/", &cookie).await;
    assert_eq!(home.headers()[header::LOCATION], "/account");
}
