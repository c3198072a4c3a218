//! Sign-in and the request guards, tried as an attacker would (issue 11, items 4–6, 10, 11):
//! redirects after sign-in, throttling that cannot be turned into a lockout, bounded argon2,
//! HSTS, the Origin check, forwarded addresses, what the audit log keeps, and demo accounts
//! outside demo mode.

use crate::helpers;

use std::net::SocketAddr;

use app::entities::{audit_log, country, demo_credential, login_failure, session, user};
use app::model::accounts::Role;
use app::services::{auth::NOT_AN_EMAIL, passwords, throttle};
use axum::{
    body::Body,
    extract::ConnectInfo,
    http::{Request, StatusCode, header},
};
use chrono::{Duration, Utc};
use helpers::{
    PASSWORD, PEER, PROXY, TestApp, body_text, form_request, session_cookie, spawn_app,
    spawn_app_with,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

/// An attacker's own address, not the owner's [`PEER`].
const ATTACKER: &str = "203.0.113.66:4000";

/// A sign-in as a script sends it, from `peer`.
fn sign_in_from(peer: &str, email: &str, password: &str) -> Request<Body> {
    let fields = [("email", email), ("password", password)];
    let mut request = form_request("/api/auth/sign_in", None, &fields, "application/json");
    request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
    request
}

/// A sign-in through the trusted proxy, which forwards `forwarded_for`.
fn sign_in_via_proxy(forwarded_for: &str, email: &str, password: &str) -> Request<Body> {
    let proxy = SocketAddr::new(PROXY.parse().unwrap(), 443);
    let mut request = sign_in_from(&proxy.to_string(), email, password);
    request.headers_mut().insert("x-forwarded-for", forwarded_for.parse().unwrap());
    request
}

fn ip_of(peer: &str) -> String {
    peer.parse::<SocketAddr>().unwrap().ip().to_string()
}

async fn failures_from(app: &TestApp, peer: &str) -> u64 {
    login_failure::Entity::find()
        .filter(login_failure::Column::Address.eq(ip_of(peer)))
        .count(&app.db)
        .await
        .unwrap()
}

/// Audit lines of `action` whose detail ends with `suffix`.
async fn audit_lines(app: &TestApp, action: &str, suffix: &str) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .order_by_asc(audit_log::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.detail.ends_with(suffix))
        .collect()
}

/// Moves every recorded failure `by` into the past, as if that much time had gone by.
async fn age_failures(app: &TestApp, by: Duration) {
    for failure in login_failure::Entity::find().all(&app.db).await.unwrap() {
        let at = failure.at - by;
        let mut row: login_failure::ActiveModel = failure.into();
        row.at = Set(at);
        row.update(&app.db).await.unwrap();
    }
}

// Item 4 --------------------------------------------------------------------------------------

#[tokio::test]
async fn sign_in_redirects_only_to_a_strict_local_path_and_never_panics() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    let cases = [
        // Browsers drop the tab (or newline) and follow `//evil.example`.
        ("/\t/evil.example", "/"),
        ("/\n/evil.example", "/"),
        ("/\r\n/evil.example", "/"),
        ("/\u{0}/evil.example", "/"),
        ("/\\evil.example", "/"),
        ("/a\\b", "/"),
        (" //evil.example", "/"),
        ("/caf\u{e9}", "/"),
        ("https://evil.example/", "/"),
        ("/learning?tab=all#top", "/learning?tab=all#top"),
    ];
    for (next, expected) in cases {
        let fields = [("email", "amal@psd.example"), ("password", PASSWORD), ("next", next)];
        let request = form_request("/api/auth/sign_in", None, &fields, "text/html");
        let response = app.send(request).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{next:?}");
        assert_eq!(response.headers()[header::LOCATION], expected, "{next:?}");
    }
    // A failed sign-in sends the browser back with the same strict target.
    let fields = [("email", "amal@psd.example"), ("password", "not it"), ("next", "/\n/x")];
    let response = app.send(form_request("/api/auth/sign_in", None, &fields, "text/html")).await;
    assert_eq!(response.headers()[header::LOCATION], "/sign-in?failed=1&next=/");
}

// Item 5 --------------------------------------------------------------------------------------

#[tokio::test]
async fn one_attacker_address_cannot_keep_the_owner_out() {
    let app = spawn_app().await;
    app.user("admin@frontline.example", Role::Admin, None).await;
    for n in 0..120 {
        let response = app.send(sign_in_from(ATTACKER, "admin@frontline.example", "guess")).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "attempt {n}");
        assert!(body_text(response).await.contains("SignInFailed"), "attempt {n}");
    }
    // The attacker's pair waits; only its free failures were checked and recorded.
    assert_eq!(failures_from(&app, ATTACKER).await, throttle::PAIR_FREE);
    let throttled = audit_lines(&app, "sign_in_failed", ": throttled").await;
    assert_eq!(throttled.len(), 1, "one audit line for the whole wait: {throttled:?}");
    assert_eq!(throttled[0].address.as_deref(), Some(ip_of(ATTACKER).as_str()));

    // The owner, from their own address, signs in at once.
    let response = app.send(sign_in_from(PEER, "admin@frontline.example", PASSWORD)).await;
    assert!(session_cookie(&response).is_some(), "{}", response.status());
}

#[tokio::test]
async fn an_attempt_refused_while_waiting_records_nothing_and_the_wait_ends() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    for _ in 0..throttle::PAIR_FREE {
        app.send(sign_in_from(PEER, "amal@psd.example", "wrong guess")).await;
    }
    assert_eq!(failures_from(&app, PEER).await, throttle::PAIR_FREE);
    // Waiting now: wrong and right passwords alike are refused, and none of them is recorded
    // (so refusals never extend the wait), with one audit line for the lot.
    for password in ["wrong guess", "another guess", PASSWORD] {
        let response = app.send(sign_in_from(PEER, "amal@psd.example", password)).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{password}");
    }
    assert_eq!(failures_from(&app, PEER).await, throttle::PAIR_FREE, "no failure added");
    assert_eq!(audit_lines(&app, "sign_in_failed", ": throttled").await.len(), 1);

    // Once the first wait has passed, the right password works and clears the pair.
    age_failures(&app, throttle::PAIR_FIRST_WAIT + Duration::seconds(1)).await;
    let response = app.send(sign_in_from(PEER, "amal@psd.example", PASSWORD)).await;
    assert!(session_cookie(&response).is_some(), "{}", response.status());
    assert_eq!(failures_from(&app, PEER).await, 0, "a success clears the pair");
}

#[tokio::test]
async fn failure_rows_older_than_a_day_are_pruned() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    let now = Utc::now();
    for hours in [25, 23] {
        login_failure::ActiveModel {
            account_key: Set("someone@else.example".into()),
            address: Set("198.51.100.7".into()),
            at: Set(now - Duration::hours(hours)),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    app.send(sign_in_from(PEER, "amal@psd.example", "wrong guess")).await;
    let rows = login_failure::Entity::find()
        .order_by_asc(login_failure::Column::At)
        .all(&app.db)
        .await
        .unwrap();
    let kept: Vec<&str> = rows.iter().map(|r| r.account_key.as_str()).collect();
    assert_eq!(kept, ["someone@else.example", "amal@psd.example"], "{rows:?}");
    assert!(rows[0].at > now - throttle::KEEP, "the 25-hour-old row is gone");
}

// Item 6 --------------------------------------------------------------------------------------

#[tokio::test]
async fn thirty_two_concurrent_hashes_never_run_more_than_one_per_core() {
    let hashes = futures_util::future::join_all(
        (0..32).map(|i| passwords::hash(format!("passphrase number {i}"))),
    )
    .await;
    let hashes: Vec<String> = hashes.into_iter().map(|h| h.expect("hashed in time")).collect();
    assert!(passwords::in_flight_peak() >= 1);
    assert!(
        passwords::in_flight_peak() <= passwords::workers(),
        "{} hashes at once on {} cores",
        passwords::in_flight_peak(),
        passwords::workers()
    );
    assert!(hashes.iter().all(|h| h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")));
    assert!(passwords::verify("passphrase number 7".into(), hashes[7].clone()).await.unwrap());
    assert!(!passwords::verify("passphrase number 7".into(), hashes[8].clone()).await.unwrap());
}

/// The reference implementation's PHC strings for "password" (argon2 crate's test vectors):
/// less and more memory than today's parameters.
const REFERENCE_HASHES: [&str; 2] = [
    "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
];

#[tokio::test]
async fn stored_hashes_made_elsewhere_still_verify() {
    for stored in REFERENCE_HASHES {
        assert!(passwords::verify("password".into(), stored.into()).await.unwrap(), "{stored}");
        assert!(!passwords::verify("sassword".into(), stored.into()).await.unwrap(), "{stored}");
    }
    // And through sign-in, for an account whose hash was stored before the workers.
    let app = spawn_app().await;
    let hash = REFERENCE_HASHES[0].to_owned();
    app::services::users::insert(
        &app.db,
        "old@psd.example",
        "Old Hash",
        Role::Trainee,
        None,
        app::i18n::Locale::En,
        hash,
    )
    .await
    .unwrap();
    assert!(app.sign_in("old@psd.example", "password").await.is_some());
}

#[tokio::test]
async fn wrong_current_passwords_are_throttled_and_audited() {
    let app = spawn_app().await;
    let me = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let change = |current: &'static str| {
        let new = "a new and longer passphrase";
        let fields =
            [("current_password", current), ("new_password", new), ("confirm_password", new)];
        let path = "/api/account/change_password";
        form_request(path, Some(&me.cookie), &fields, "application/json")
    };
    for _ in 0..throttle::PAIR_FREE {
        let response = app.send(change("not it at all")).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(helpers::error_text(response).await.contains("The current password is not right."));
    }
    let wrong = audit_lines(&app, "password_change_failed", "wrong current password").await;
    assert_eq!(wrong.len() as u64, throttle::PAIR_FREE);
    let mine = Some(me.user_id);
    assert!(wrong.iter().all(|e| e.subject_id == mine && e.actor_id == mine), "{wrong:?}");

    // Waiting now, even with the right password; refusals add no failure and one audit line.
    for current in ["still not it", PASSWORD] {
        let response = app.send(change(current)).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{current}");
        assert!(
            helpers::error_text(response).await.contains("Too many wrong passwords"),
            "{current}"
        );
    }
    assert_eq!(failures_from(&app, PEER).await, throttle::PAIR_FREE);
    assert_eq!(audit_lines(&app, "password_change_failed", "throttled").await.len(), 1);
    assert!(audit_lines(&app, "password_changed", "").await.is_empty(), "nothing changed");
}

// Item 10 -------------------------------------------------------------------------------------

#[tokio::test]
async fn hsts_is_sent_exactly_when_cookies_are_secure() {
    let secure = spawn_app_with(|config| config.secure_cookies = true).await;
    for path in ["/sign-in", "/healthz", "/no-such-page"] {
        let response = secure.get(path).await;
        let hsts = response.headers().get(header::STRICT_TRANSPORT_SECURITY);
        assert_eq!(hsts.map(|v| v.to_str().unwrap()), Some("max-age=31536000; includeSubDomains"));
    }
    let plain = spawn_app().await;
    let response = plain.get("/sign-in").await;
    assert!(response.headers().get(header::STRICT_TRANSPORT_SECURITY).is_none());
}

/// A country-creating post with the given cookie and extra headers, and no `Sec-Fetch-Site`.
fn create_country(cookie: &str, extra: &[(&str, &str)]) -> Request<Body> {
    let mut request = Request::post("/api/admin/create_country")
        .header(header::HOST, "frontline.test")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .header(header::COOKIE, cookie);
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    request.body(Body::from("code=SY&name_en=Syria&name_ar=x")).unwrap()
}

#[tokio::test]
async fn a_cookie_bearing_post_must_say_where_it_comes_from() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    for extra in [
        &[][..],
        &[("origin", "http://frontline.test.evil.example")][..],
        &[("origin", "http://evil.example/frontline.test")][..],
        &[("origin", "http://frontline.test:8080")][..],
        &[("origin", "null")][..],
    ] {
        let response = app.send(create_country(&admin.cookie, extra)).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{extra:?}");
    }
    let written = country::Entity::find_by_id("SY".to_owned()).one(&app.db).await.unwrap();
    assert!(written.is_none(), "nothing was written");

    // Exactly this site's origin passes.
    let ours = [("origin", "http://frontline.test")];
    let response = app.send(create_country(&admin.cookie, &ours)).await;
    assert!(response.status().is_success(), "{}", response.status());
    let written = country::Entity::find_by_id("SY".to_owned()).one(&app.db).await.unwrap();
    assert!(written.is_some());
}

#[tokio::test]
async fn over_https_an_origin_must_name_https() {
    let app = spawn_app_with(|config| config.secure_cookies = true).await;
    let post = |origin: &str| {
        Request::post("/api/auth/sign_in")
            .header(header::HOST, "frontline.test")
            .header(header::ORIGIN, origin)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from("email=nobody%40psd.example&password=x"))
            .unwrap()
    };
    assert_eq!(app.send(post("http://frontline.test")).await.status(), StatusCode::FORBIDDEN);
    let ours = app.send(post("https://frontline.test")).await;
    assert_eq!(ours.status(), StatusCode::UNAUTHORIZED, "checked, and the email is unknown");
}

#[tokio::test]
async fn an_unparsable_forwarded_hop_ends_the_trusted_chain() {
    let app = spawn_app().await;
    app.user("amal@psd.example", Role::Trainee, None).await;
    // The proxy's own entry is garbage: the forged address left of it is not believed.
    app.send(sign_in_via_proxy("6.6.6.6, garbage", "amal@psd.example", "wrong")).await;
    // The proxy's entry is an address: the client it saw, whatever the client claimed before.
    app.send(sign_in_via_proxy("garbage, 1.2.3.4", "amal@psd.example", "wrong")).await;
    let addresses: Vec<String> = login_failure::Entity::find()
        .order_by_asc(login_failure::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.address)
        .collect();
    assert_eq!(addresses, [PROXY, "1.2.3.4"]);
}

#[tokio::test]
async fn a_password_typed_into_the_email_field_is_not_kept() {
    let app = spawn_app().await;
    for typed in ["correct horse battery staple", "p@ssw0rd", "Tr0ub4dor&3"] {
        let response = app.send(sign_in_from(PEER, typed, "whatever")).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    app.send(sign_in_from(PEER, "nobody@psd.example", "whatever")).await;
    let details: Vec<String> =
        audit_lines(&app, "sign_in_failed", "").await.into_iter().map(|e| e.detail).collect();
    assert_eq!(details, [NOT_AN_EMAIL, NOT_AN_EMAIL, NOT_AN_EMAIL, "nobody@psd.example"]);
    let keys: Vec<String> = login_failure::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.account_key)
        .collect();
    assert!(
        keys.iter().all(|k| k == NOT_AN_EMAIL || k == "nobody@psd.example"),
        "the throttle keeps no typed password either: {keys:?}"
    );
}

#[tokio::test]
async fn outside_demo_mode_demo_accounts_are_deactivated_at_start_up() {
    let app = spawn_app().await;
    assert!(app::services::demo::seed_if_empty(&app.db).await.unwrap(), "seeded");
    let someone = app.user("amal@psd.example", Role::Trainee, None).await;
    let shown = demo_credential::Entity::find().all(&app.db).await.unwrap();
    assert!(!shown.is_empty(), "demo sign-ins are stored in demo mode");
    let demo = &shown[0];
    let cookie = app.sign_in(&demo.email, &demo.password).await.expect("demo sign-in works");

    // The server starts again, demo mode off.
    let config = server::Config::with_database(&app.database_url);
    let options = leptos::prelude::LeptosOptions::builder().output_name("frontline").build();
    server::prepare(&config, options).await.expect("start again");

    assert!(demo_credential::Entity::find().all(&app.db).await.unwrap().is_empty());
    let demo_users = user::Entity::find()
        .filter(user::Column::EmailKey.ends_with(".demo"))
        .all(&app.db)
        .await
        .unwrap();
    assert!(demo_users.len() > shown.len(), "every demo account, shown or not");
    for u in &demo_users {
        assert!(!u.active, "{} is still active", u.email);
        assert!(!u.password_hash.starts_with("$argon2"), "{} keeps a password", u.email);
    }
    let sessions = session::Entity::find()
        .filter(session::Column::UserId.is_in(demo_users.iter().map(|u| u.id)))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(sessions, 0, "their sessions ended");
    assert!(app.sign_in(&demo.email, &demo.password).await.is_none());
    assert_ne!(app.get_as("/account", &cookie).await.status(), StatusCode::OK, "signed out");
    // Other accounts are untouched.
    let other = user::Entity::find_by_id(someone).one(&app.db).await.unwrap().unwrap();
    assert!(other.active);
    assert!(app.sign_in("amal@psd.example", PASSWORD).await.is_some());
}

/// A sign-in the server was too busy to check says so, in the reader's language, instead of
/// calling the password wrong.
#[tokio::test]
async fn a_busy_sign_in_is_not_called_a_wrong_password() {
    let app = spawn_app().await;
    let page = body_text(app.get("/sign-in?busy=1").await).await;
    assert!(page.contains("The server is busy"), "{page}");
    assert!(!page.contains("The email or password is not right"));
    let request = axum::http::Request::get("/sign-in?busy=1")
        .header("accept-language", "ar")
        .body(axum::body::Body::empty())
        .unwrap();
    let arabic = body_text(app.send(request).await).await;
    assert!(arabic.contains("الخادم مشغول"), "{arabic}");
}
