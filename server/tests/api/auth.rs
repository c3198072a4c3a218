//! Signing in and out, sessions and throttling, over the real router.

use crate::helpers;

use std::net::SocketAddr;

use app::model::accounts::Role;
use axum::{
    extract::ConnectInfo,
    http::{StatusCode, header},
};
use helpers::{PASSWORD, PROXY, body_text, form_request, session_cookie, spawn_app};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

#[tokio::test]
async fn sign_in_succeeds_with_the_right_password_only() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;

    let ok = app
        .post_form(
            "/api/auth/sign_in",
            None,
            &[("email", "Amal@PSD.example "), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK, "email is matched case-insensitively");
    let set_cookie = ok.headers().get(header::SET_COOKIE).unwrap().to_str().unwrap().to_owned();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"), "{set_cookie}");

    let mut answers = Vec::new();
    for (email, password) in
        [("amal@psd.example", "wrong password"), ("nobody@psd.example", PASSWORD)]
    {
        let failed = app
            .post_form("/api/auth/sign_in", None, &[("email", email), ("password", password)])
            .await;
        assert!(session_cookie(&failed).is_none());
        let status = failed.status();
        let mut headers: Vec<String> = failed.headers().keys().map(|k| k.to_string()).collect();
        headers.sort();
        answers.push((status, headers, body_text(failed).await));
    }
    let (status, _, body) = &answers[0];
    assert_eq!(*status, StatusCode::UNAUTHORIZED);
    assert!(body.contains("SignInFailed"), "{body}");
    // Unknown email and wrong password: word for word the same answer, with the same headers.
    assert_eq!(answers[0], answers[1]);
}

#[tokio::test]
async fn a_browser_without_javascript_is_redirected_back_with_a_generic_message() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    let request = form_request(
        "/api/auth/sign_in",
        None,
        &[("email", "amal@psd.example"), ("password", "nope nope nope"), ("next", "/account")],
        "text/html",
    );
    let response = app.send(request).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let location = response.headers()[header::LOCATION].to_str().unwrap();
    assert_eq!(location, "/sign-in?failed=1&next=/account");
    let page = body_text(app.get(location).await).await;
    assert!(page.contains("The email or password is not right"), "{page}");

    // Success goes where the person was heading; a foreign `next` is ignored.
    let request = form_request(
        "/api/auth/sign_in",
        None,
        &[("email", "amal@psd.example"), ("password", PASSWORD), ("next", "//evil.example/")],
        "text/html",
    );
    let response = app.send(request).await;
    assert_eq!(response.headers()[header::LOCATION], "/");
}

#[tokio::test]
async fn each_sign_in_gets_a_new_session_id() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    let first = app.sign_in("amal@psd.example", PASSWORD).await.unwrap();
    // Signing in again from the same browser: the old id is replaced and stops working.
    let request = form_request(
        "/api/auth/sign_in",
        Some(&first),
        &[("email", "amal@psd.example"), ("password", PASSWORD)],
        "application/json",
    );
    let second = session_cookie(&app.send(request).await).unwrap();
    assert_ne!(first, second);
    assert!(signed_in(&app, &second).await);
    assert!(!signed_in(&app, &first).await, "the pre-sign-in id is dead");
}

/// Whether the cookie opens the account page.
async fn signed_in(app: &helpers::TestApp, cookie: &str) -> bool {
    let response = app.get_as("/account", cookie).await;
    response.status() == StatusCode::OK && body_text(response).await.contains("Change password")
}

#[tokio::test]
async fn an_old_cookie_is_refused_after_sign_out() {
    let app = spawn_app().await;
    let me = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    assert!(signed_in(&app, &me.cookie).await);
    let out = app.post_form("/api/auth/sign_out", Some(&me.cookie), &[]).await;
    let cleared = out.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert!(!signed_in(&app, &me.cookie).await);
    // Anonymous visitors of a private page are sent to sign in.
    let response = app.get_as("/account", &me.cookie).await;
    assert_eq!(response.headers()[header::LOCATION], "/sign-in?next=/account");
}

#[tokio::test]
async fn deactivation_ends_every_session_and_blocks_sign_in() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let id = amal.user_id.to_string();
    let response = app
        .post_form(
            "/api/admin/set_user_active",
            Some(&admin.cookie),
            &[("id", &id), ("active", "false")],
        )
        .await;
    assert!(
        response.status().is_success() || response.status().is_redirection(),
        "{}",
        response.status()
    );
    assert!(!signed_in(&app, &amal.cookie).await);
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_none());

    app.post_form(
        "/api/admin/set_user_active",
        Some(&admin.cookie),
        &[("id", &id), ("active", "true")],
    )
    .await;
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_some(), "reactivated");
}

#[tokio::test]
async fn changing_the_password_signs_out_other_devices() {
    let app = spawn_app().await;
    let phone = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let laptop = app.sign_in("amal@psd.example", PASSWORD).await.unwrap();
    let new = "a new and longer passphrase";

    let wrong = app
        .post_form(
            "/api/account/change_password",
            Some(&phone.cookie),
            &[
                ("current_password", "not it at all"),
                ("new_password", new),
                ("confirm_password", new),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let common = app
        .post_form(
            "/api/account/change_password",
            Some(&phone.cookie),
            &[
                ("current_password", PASSWORD),
                ("new_password", "password123"),
                ("confirm_password", "password123"),
            ],
        )
        .await;
    assert!(helpers::error_text(common).await.contains("most common"));

    let ok = app
        .post_form(
            "/api/account/change_password",
            Some(&phone.cookie),
            &[("current_password", PASSWORD), ("new_password", new), ("confirm_password", new)],
        )
        .await;
    assert!(!ok.status().is_client_error(), "{}", ok.status());
    assert!(signed_in(&app, &phone.cookie).await, "this device stays signed in");
    assert!(!signed_in(&app, &laptop).await, "the other device is signed out");
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_none());
    assert!(app.sign_in("amal@psd.example", new).await.is_some());
}

#[tokio::test]
async fn past_fifty_failures_an_hour_an_account_is_slowed_to_one_attempt_a_minute() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    // Through the trusted proxy, each attempt claims another client address: the per-pair and
    // per-address limits never bite, the per-account one must.
    let attempt = |n: u32, password: &'static str| {
        let mut request = form_request(
            "/api/auth/sign_in",
            None,
            &[("email", "amal@psd.example"), ("password", password)],
            "application/json",
        );
        let forwarded = format!("198.51.{}.{}", n / 250, n % 250);
        request.headers_mut().insert("x-forwarded-for", forwarded.parse().unwrap());
        request.extensions_mut().insert(ConnectInfo(SocketAddr::new(PROXY.parse().unwrap(), 443)));
        request
    };
    for n in 0..60 {
        let response = app.send(attempt(n, "wrong guess")).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "attempt {n}");
    }
    let failures = app::entities::login_failure::Entity::find().all(&app.db).await.unwrap();
    let limit = app::services::throttle::ACCOUNT_SOFT_LIMIT;
    assert_eq!(failures.len() as u64, limit, "refused attempts are not recorded as failures");
    let response = app.send(attempt(60, PASSWORD)).await;
    assert_eq!(
        response.status(),
        StatusCode::UNAUTHORIZED,
        "within the minute even the right password is refused"
    );
    assert!(session_cookie(&response).is_none());
    assert!(body_text(response).await.contains("SignInFailed"), "the same generic answer");

    // Slowed, not locked: a minute after the last failure the owner gets in.
    for failure in failures {
        let at = failure.at - chrono::Duration::seconds(61);
        let mut row: app::entities::login_failure::ActiveModel = failure.into();
        row.at = Set(at);
        row.update(&app.db).await.unwrap();
    }
    let response = app.send(attempt(61, PASSWORD)).await;
    assert!(session_cookie(&response).is_some(), "{}", response.status());

    // Another account is not slowed at all.
    app.user("rania@psd.example", Role::Trainee, None).await;
    assert!(app.sign_in("rania@psd.example", PASSWORD).await.is_some());
}

/// Guesses from many addresses slow the account down for strangers, never for the owner at an
/// address they signed in from before: a distributed attacker cannot keep them out.
#[tokio::test]
async fn guesses_from_elsewhere_never_slow_the_owner_at_their_own_address() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_some(), "the owner's address");
    let from = |address: String, password: &'static str| {
        let mut request = form_request(
            "/api/auth/sign_in",
            None,
            &[("email", "amal@psd.example"), ("password", password)],
            "application/json",
        );
        request.headers_mut().insert("x-forwarded-for", address.parse().unwrap());
        request.extensions_mut().insert(ConnectInfo(SocketAddr::new(PROXY.parse().unwrap(), 443)));
        request
    };
    for n in 0..60u32 {
        let guess = from(format!("198.51.100.{n}"), "wrong guess");
        assert_eq!(app.send(guess).await.status(), StatusCode::UNAUTHORIZED);
    }
    // A stranger with the right password waits; the owner at home does not.
    let stranger = app.send(from("203.0.113.9".into(), PASSWORD)).await;
    assert!(session_cookie(&stranger).is_none(), "the account is slowed for strangers");
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_some(), "the owner gets in");
}

#[tokio::test]
async fn forwarded_for_from_an_untrusted_peer_is_ignored() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    let mut request = form_request(
        "/api/auth/sign_in",
        None,
        &[("email", "amal@psd.example"), ("password", "wrong guess")],
        "application/json",
    );
    request.headers_mut().insert("x-forwarded-for", "203.0.113.77".parse().unwrap());
    app.send(request).await;
    let logged = app::entities::login_failure::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(logged.len(), 1);
    assert_eq!(
        logged[0].address,
        helpers::PEER.split(':').next().unwrap(),
        "the peer, not the claim"
    );
}

#[tokio::test]
async fn sign_in_success_and_failure_are_audited() {
    let app = spawn_app().await;
    let id = app.user("amal@psd.example", Role::Trainee, None).await;
    app.sign_in("amal@psd.example", "wrong guess").await;
    app.sign_in("amal@psd.example", PASSWORD).await;
    let actions: Vec<(String, Option<i32>)> = app::entities::audit_log::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| (e.action.code().to_owned(), e.subject_id))
        .collect();
    assert_eq!(
        actions,
        [("sign_in_failed".to_owned(), Some(id)), ("sign_in".to_owned(), Some(id))]
    );
}
