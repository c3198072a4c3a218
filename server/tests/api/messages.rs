//! Errors and notices are typed keys said in the reader's language: an Arabic reader without
//! JavaScript reads Arabic at the field and at the top of the page, an English reader English,
//! and a script gets the key itself.

use crate::helpers;

use app::model::{accounts::Role, error::AppError, problem::Problem};
use axum::http::StatusCode;
use helpers::{body_text, spawn_app};

#[tokio::test]
async fn a_refused_form_and_a_notice_speak_the_readers_language() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "Public Security Directorate").await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(jordan)).await;
    let omar = app.signed_in("omar@psd.example", Role::Trainee, Some(jordan)).await;

    // Amal reads Arabic from now on; the notice of that change is already in Arabic.
    let fields = [("display_name", "أمل"), ("locale", "ar")];
    app.post_browser_form("/api/account/update_profile", &amal.cookie, &fields).await;
    let page = body_text(app.get_as("/account", &amal.cookie).await).await;
    assert!(page.contains("حُفظت بياناتك."), "{page}");
    assert!(!page.contains("Your details are saved."));

    let wrong = [
        ("current_password", "not my password at all"),
        ("new_password", "a fresh passphrase of mine"),
        ("confirm_password", "a fresh passphrase of mine"),
    ];
    let arabic = "كلمة المرور الحالية غير صحيحة.";
    let english = "The current password is not right.";
    for (who, expected, other) in [(&amal, arabic, english), (&omar, english, arabic)] {
        let response =
            app.post_browser_form("/api/account/change_password", &who.cookie, &wrong).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let page = body_text(app.get_as("/account", &who.cookie).await).await;
        assert!(page.contains(expected), "{expected} in {page}");
        assert!(!page.contains(other), "only the reader's language");
    }
}

#[tokio::test]
async fn a_script_gets_the_problem_as_a_key_with_its_values() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let fields = [
        ("user[email]", "x@psd.example"),
        ("user[display_name]", "=HYPERLINK(\"http://evil.example\")"),
        ("user[role]", "admin"),
        ("user[agency_id]", ""),
        ("user[locale]", "en"),
        ("user[password]", "a sound first passphrase"),
    ];
    let response = app.post_form("/api/admin/create_user", Some(&admin.cookie), &fields).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: AppError = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(error, Problem::NameLooksLikeFormula.at("display_name"));
}

#[tokio::test]
async fn a_database_failure_is_a_500_page_with_a_reference_never_not_found() {
    use sea_orm::ConnectionTrait;
    let (app, amal) = helpers::setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let page = app.get_as(&format!("/learn/{module}"), &amal.cookie).await;
    assert_eq!(page.status(), StatusCode::OK);

    // The lessons table goes away under the running app, as in a broken migration or a disk
    // fault: sessions still work, the module page cannot be read.
    app.db.execute_unprepared("ALTER TABLE lessons RENAME TO lessons_gone").await.unwrap();
    let page = app.get_as(&format!("/learn/{module}"), &amal.cookie).await;
    assert_eq!(page.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let html = body_text(page).await;
    assert!(html.contains("Something went wrong"), "{html}");
    assert!(html.contains("reference "), "the reference to give support: {html}");
    assert!(!html.contains("Page not found"), "an outage is not a missing page");
    assert!(!html.to_lowercase().contains("lessons_gone"), "no SQL on the page");
    assert!(!html.contains("no such table") && !html.contains("does not exist"));

    // A module that truly does not exist is still the 404 page.
    let missing = app.get_as("/learn/999999", &amal.cookie).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_download_during_a_database_failure_is_a_500_never_not_found() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let csv = app.get_as("/reports/countries.csv", &admin.cookie).await;
    assert_eq!(csv.status(), StatusCode::OK);
    app.db.execute_unprepared("ALTER TABLE countries RENAME TO countries_gone").await.unwrap();
    let csv = app.get_as("/reports/countries.csv", &admin.cookie).await;
    assert_eq!(csv.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let text = body_text(csv).await;
    assert!(text.contains("reference") && !text.contains("countries_gone"), "{text}");
    // Someone who may not read it still gets "not found".
    let trainee = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let csv = app.get_as("/reports/countries.csv", &trainee.cookie).await;
    assert_eq!(csv.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_internal_errors_log_line_names_its_request_and_user() {
    use sea_orm::ConnectionTrait;
    let (app, amal) = helpers::setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    app.db.execute_unprepared("ALTER TABLE lessons RENAME TO lessons_gone").await.unwrap();

    let page = body_text(app.get_as(&format!("/learn/{module}"), &amal.cookie).await).await;

    let reference = page.split("reference ").nth(1).and_then(|r| r.get(..8)).expect("a reference");
    let log = helpers::logged();
    let line = log.lines().find(|l| l.contains(reference)).unwrap_or_else(|| panic!("{log}"));
    assert!(line.contains(&format!("uri=/learn/{module}")), "the request: {line}");
    assert!(line.contains(&format!("user={}", amal.user_id)), "the user: {line}");
    assert!(line.contains("server_fn"), "the server function's span: {line}");
}

#[tokio::test]
async fn a_visitor_chooses_the_language_before_signing_in() {
    use axum::http::header;
    let app = spawn_app().await;
    let choose = |locale: &'static str, next: &'static str| {
        helpers::form_request(
            "/api/auth/set_language",
            None,
            &[("locale", locale), ("next", next)],
            "text/html",
        )
    };
    let response = app.send(choose("ar", "/sign-in?next=/account")).await;
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()[header::LOCATION], "/sign-in?next=/account");
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=ar; Path=/; SameSite=Lax; Max-Age=31536000"), "{cookie}");
    let page = body_text(app.get_as("/sign-in", "lang=ar").await).await;
    assert!(page.contains(r#"<html lang="ar" dir="rtl""#), "the page in Arabic");
    assert!(page.contains("تسجيل الدخول"));
    // The choice is offered in every language, each name in its own script.
    for name in ["English", "العربية"] {
        assert!(page.contains(name), "{name}");
    }

    // No other language, and no leaving the site.
    let refused = app.send(choose("xx", "/")).await;
    assert!(refused.headers().get(header::SET_COOKIE).is_none(), "nothing kept");
    let away = app.send(choose("en", "//evil.example/")).await;
    assert_eq!(away.headers()[header::LOCATION], "/");
    let script = app.post_form("/api/auth/set_language", None, &[("locale", "xx")]).await;
    assert_eq!(script.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: AppError = serde_json::from_str(&body_text(script).await).unwrap();
    assert_eq!(error, Problem::ChooseLanguage.at("locale"));
}
