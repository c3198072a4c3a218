//! Who may call what: a role × server function × foreign record matrix, cross-site refusal and
//! security headers.

use crate::helpers;

use app::model::accounts::Role;
use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use helpers::{body_text, spawn_app};

/// (status, body) of a call, for comparing refusals word for word.
async fn call(
    app: &helpers::TestApp,
    path: &str,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let response = app.post_form(path, cookie, fields).await;
    (response.status(), body_text(response).await)
}

#[tokio::test]
async fn refusals_look_exactly_like_missing_records() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "Public Security Directorate").await;
    let lebanon = app.agency("LB", "General Security").await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let sup_jo = app.signed_in("sup@psd.example", Role::Supervisor, Some(jordan)).await;
    let trainee_jo = app.signed_in("amal@psd.example", Role::Trainee, Some(jordan)).await;
    let trainer = app.signed_in("trainer@frontline.example", Role::Trainer, None).await;
    let trainee_lb = app.signed_in("maya@gs.example", Role::Trainee, Some(lebanon)).await;
    let lb_id = trainee_lb.user_id.to_string();
    let jo_id = trainee_jo.user_id.to_string();

    let not_found = call(&app, "/api/admin/user", Some(&admin.cookie), &[("id", "999999")]).await;
    assert_eq!(not_found.0, StatusCode::NOT_FOUND);

    // Reading someone of another agency, or someone at all without the right: the same answer
    // as for an id that does not exist.
    for (who, cookie) in [
        ("supervisor of JO", &sup_jo.cookie),
        ("trainee", &trainee_jo.cookie),
        ("trainer", &trainer.cookie),
    ] {
        assert_eq!(
            call(&app, "/api/admin/user", Some(cookie), &[("id", &lb_id)]).await,
            not_found,
            "{who} reads LB"
        );
    }
    // A supervisor sees their own agency's people…
    assert_eq!(
        call(&app, "/api/admin/user", Some(&sup_jo.cookie), &[("id", &jo_id)]).await.0,
        StatusCode::OK
    );
    // …and lists only them.
    let (status, listed) = call(&app, "/api/admin/users", Some(&sup_jo.cookie), &[]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(listed.contains("amal@psd.example") && !listed.contains("maya@gs.example"), "{listed}");
    // A trainee lists nobody.
    assert_eq!(call(&app, "/api/admin/users", Some(&trainee_jo.cookie), &[]).await, not_found);

    // Admin functions, called by each non-admin role: all the same not-found.
    let admin_calls: [(&str, Vec<(&str, &str)>); 8] = [
        ("/api/admin/countries", vec![]),
        (
            "/api/admin/create_country",
            vec![("code", "SY"), ("name_en", "Syria"), ("name_ar", "سوريا")],
        ),
        ("/api/admin/create_agency", vec![("country", "JO"), ("name", "X"), ("kind", "health")]),
        (
            "/api/admin/create_user",
            vec![
                ("user[email]", "x@y.example"),
                ("user[display_name]", "X"),
                ("user[role]", "admin"),
                ("user[agency_id]", ""),
                ("user[locale]", "en"),
                ("user[password]", "long enough password"),
            ],
        ),
        (
            "/api/admin/update_user",
            vec![
                ("id", &lb_id),
                ("changes[display_name]", "X"),
                ("changes[role]", "admin"),
                ("changes[agency_id]", ""),
            ],
        ),
        ("/api/admin/set_user_active", vec![("id", &lb_id), ("active", "false")]),
        (
            "/api/admin/reset_password",
            vec![("id", &lb_id), ("new_password", "long enough password")],
        ),
        ("/api/admin/audit", vec![]),
    ];
    for (path, fields) in &admin_calls {
        for (who, cookie) in [
            ("supervisor", &sup_jo.cookie),
            ("trainee", &trainee_jo.cookie),
            ("trainer", &trainer.cookie),
        ] {
            assert_eq!(call(&app, path, Some(cookie), fields).await, not_found, "{who} → {path}");
        }
        // Without a session: asked to sign in, told nothing else.
        assert_eq!(
            call(&app, path, None, fields).await.0,
            StatusCode::UNAUTHORIZED,
            "anonymous → {path}"
        );
    }
    // Nothing was changed by any of it.
    assert!(app.sign_in("maya@gs.example", helpers::PASSWORD).await.is_some());
    let (_, countries) = call(&app, "/api/admin/countries", Some(&admin.cookie), &[]).await;
    assert!(!countries.contains("SY"));

    // Admin pages: the not-found page for other roles.
    for cookie in [&sup_jo.cookie, &trainee_jo.cookie, &trainer.cookie] {
        for page in [
            "/admin",
            "/admin/users",
            "/admin/audit",
            "/admin/import",
            &format!("/admin/users/{lb_id}"),
        ] {
            let response = app.get_as(page, cookie).await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{page}");
        }
    }
    assert_eq!(
        app.get_as(&format!("/admin/users/{lb_id}"), &admin.cookie).await.status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_cross_site_post_is_refused_before_it_runs() {
    let app = spawn_app().await;
    let admin = app.signed_in("admin@frontline.example", Role::Admin, None).await;
    let body = "code=SY&name_en=Syria&name_ar=x";
    for (name, value) in [("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")] {
        let request = Request::post("/api/admin/create_country")
            .header(header::HOST, "frontline.test")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::COOKIE, &admin.cookie)
            .header(name, value)
            .body(Body::from(body))
            .unwrap();
        assert_eq!(app.send(request).await.status(), StatusCode::FORBIDDEN, "{name}: {value}");
    }
    let (_, countries) = call(&app, "/api/admin/countries", Some(&admin.cookie), &[]).await;
    assert!(!countries.contains("SY"), "nothing was written");
    // The same post from the site itself goes through, and writes.
    let request = Request::post("/api/admin/create_country")
        .header(header::HOST, "frontline.test")
        .header(header::ORIGIN, "http://frontline.test")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, &admin.cookie)
        .body(Body::from(body))
        .unwrap();
    let response = app.send(request).await;
    let status = response.status();
    assert!(status.is_success(), "{status}: {}", body_text(response).await);
    let (_, countries) = call(&app, "/api/admin/countries", Some(&admin.cookie), &[]).await;
    assert!(countries.contains("SY"), "{countries}");
}

#[tokio::test]
async fn pages_carry_security_headers_and_private_pages_are_not_cached() {
    let app = spawn_app().await;
    let response = app.get("/sign-in").await;
    let headers = response.headers();
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::REFERRER_POLICY], "same-origin");
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_owned();
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    // Leptos' inline scripts run by this response's nonce; no script runs without it.
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_owned();
    let html = body_text(response).await;
    let scripts: Vec<&str> = html.split("<script").skip(1).collect();
    assert!(!scripts.is_empty());
    for script in scripts {
        let tag = script.split('>').next().unwrap();
        assert!(tag.contains(&format!(r#"nonce="{nonce}""#)), "<script{tag}>");
    }

    let me = app.signed_in("amal@psd.example", Role::Trainee, None).await;
    let response = app.get_as("/account", &me.cookie).await;
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn each_role_gets_its_own_home_page() {
    let app = spawn_app().await;
    let jordan = app.agency("JO", "Public Security Directorate").await;
    for (email, role) in [
        ("t@x.example", Role::Trainee),
        ("s@x.example", Role::Supervisor),
        ("r@x.example", Role::Trainer),
        ("a@x.example", Role::Admin),
    ] {
        let me = app.signed_in(email, role, Some(jordan)).await;
        let html = body_text(app.get_as("/", &me.cookie).await).await;
        assert!(html.contains(&format!(r#"data-role="{}""#, role.code())), "{html}");
        assert_eq!(html.contains(r#"href="/admin""#), role == Role::Admin, "{role:?}");
        assert_eq!(html.contains(r#"href="/agency""#), role == Role::Supervisor, "{role:?}");
    }
}
