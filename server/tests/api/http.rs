//! The real router over a fresh database: health, the first page, languages, server functions.

use crate::helpers;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use helpers::{body_text, spawn_app};

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["database"], "ok");

    // With the database gone, the check says so instead of pretending.
    app.db.clone().close().await.unwrap();
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn home_page_is_server_rendered_with_islands() {
    let app = spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains(r#"<html lang="en" dir="ltr""#), "{html}");
    assert!(html.contains("<title>Frontline</title>"), "{html}");
    assert!(html.contains("Recognise, protect and refer victims of trafficking"));
    assert!(html.contains("Check connection"), "the button is in the HTML before any wasm");
    assert!(html.contains("<leptos-island"), "islands are marked for hydration");
    assert!(html.contains("/frontline.css"), "the stylesheet, under the build's directory");
    assert!(html.contains(r#"<main id="main""#));
}

#[tokio::test]
async fn arabic_readers_get_a_right_to_left_page() {
    let app = spawn_app().await;
    let request = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "ar-JO,ar;q=0.9,en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let html = body_text(app.send(request).await).await;
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "{html}");
    assert!(html.contains("تحقّق من الاتصال"));

    // A chosen language (cookie) wins over the browser's.
    let request = Request::get("/")
        .header(header::ACCEPT_LANGUAGE, "ar")
        .header(header::COOKIE, "lang=en")
        .body(Body::empty())
        .unwrap();
    let html = body_text(app.send(request).await).await;
    assert!(html.contains(r#"<html lang="en" dir="ltr""#));
}

#[tokio::test]
async fn unknown_pages_answer_404() {
    let app = spawn_app().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(body_text(response).await.contains("Page not found"));
}

#[tokio::test]
async fn the_status_server_function_answers() {
    let app = spawn_app().await;
    let request = Request::post("/api/system/status")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "application/json")
        .body(Body::empty())
        .unwrap();
    let response = app.send(request).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["database_ok"], true);
}

#[tokio::test]
async fn html_is_compressed_for_slow_networks() {
    let app = spawn_app().await;
    let request =
        Request::get("/").header(header::ACCEPT_ENCODING, "gzip").body(Body::empty()).unwrap();
    let response = app.send(request).await;
    assert_eq!(response.headers().get(header::CONTENT_ENCODING).unwrap(), "gzip");
}
