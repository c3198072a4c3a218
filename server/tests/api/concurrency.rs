//! Per-response state under concurrent load: every page keeps its own security policy, nonce,
//! status and body, and every static file the strict policy meant for files, whatever else is
//! in flight on the same worker threads.

use crate::helpers;

use std::{collections::HashSet, net::SocketAddr, time::Duration};

use app::model::accounts::Role;
use axum::{
    body::Body,
    extract::ConnectInfo,
    http::{Request, StatusCode, header},
};
use futures_util::StreamExt;
use helpers::{PEER, body_text};
use server::middleware::security_headers::DEFAULT_CSP;
use tower::ServiceExt;

const CSS: &str = "body { color: black }";
const JS: &str = "export function hydrate() {}";

#[derive(Debug, Clone, Copy)]
enum Want {
    /// A page with this status whose body holds this text.
    Page(StatusCode, &'static str),
    /// A redirect to a location starting with this.
    Redirect(&'static str),
    /// A static file with this body.
    File(&'static str),
}

/// What is wrong with a response, if anything; for a module page, its start form's key.
async fn check(
    path: &str,
    want: Want,
    response: axum::response::Response,
) -> Result<Option<String>, String> {
    let status = response.status();
    let policies: Vec<String> = response
        .headers()
        .get_all(header::CONTENT_SECURITY_POLICY)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    let location = response.headers().get(header::LOCATION).map(|l| l.to_str().unwrap().to_owned());
    let body = body_text(response).await;
    let fail = |why: String| Err(format!("{path}: {why} (status {status}, CSP {policies:?})"));
    if policies.len() != 1 {
        return fail("not exactly one policy".into());
    }
    let policy = &policies[0];
    match want {
        Want::File(expected) => {
            if status != StatusCode::OK || policy != DEFAULT_CSP || body != expected {
                return fail("a file went out with a page's state".into());
            }
            Ok(None)
        }
        Want::Redirect(to) => {
            if !status.is_redirection() || !location.as_deref().is_some_and(|l| l.starts_with(to)) {
                return fail(format!("not a redirect to {to}: {location:?}"));
            }
            Ok(None)
        }
        Want::Page(expected, marker) => {
            if status != expected || !body.contains(marker) {
                return fail(format!("not the page (looked for {marker:?})"));
            }
            let Some(nonce) = policy.split("'nonce-").nth(1).and_then(|n| n.split('\'').next())
            else {
                return fail("a page without its nonce".into());
            };
            let in_body: HashSet<&str> =
                body.split("nonce=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
            if in_body.is_empty() || in_body.iter().any(|n| *n != nonce) {
                return fail(format!(
                    "nonces in the body {in_body:?} are not the header's {nonce}"
                ));
            }
            let key = body
                .split("name=\"key\" value=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(str::to_owned);
            Ok(key)
        }
    }
}

async fn mixed_load() {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(site.path().join("pkg/frontline.css"), CSS).unwrap();
    std::fs::write(site.path().join("pkg/frontline.js"), JS).unwrap();
    let app = helpers::spawn_app_serving(site.path().to_str().unwrap(), |_| {}).await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let agency = app.agency("JO", "PSD").await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(agency)).await;
    let module = app.publish_curriculum(2, |_| {}).await;
    let c = Some(amal.cookie.clone());
    let cases: Vec<(String, Option<String>, Want)> = vec![
        (format!("/learn/{module}"), c.clone(), Want::Page(StatusCode::OK, "name=\"key\"")),
        ("/learning".into(), c.clone(), Want::Page(StatusCode::OK, "<h1")),
        ("/sign-in".into(), None, Want::Page(StatusCode::OK, "<form")),
        ("/verify/NO-SUCH-CODE".into(), None, Want::Page(StatusCode::NOT_FOUND, "<h1")),
        ("/no-such-page".into(), None, Want::Page(StatusCode::NOT_FOUND, "<h1")),
        ("/account".into(), None, Want::Redirect("/sign-in")),
        ("/pkg/frontline.css".into(), None, Want::File(CSS)),
        ("/pkg/frontline.js".into(), c.clone(), Want::File(JS)),
    ];
    const REQUESTS: usize = 400;
    let results: Vec<Result<Option<String>, String>> =
        futures_util::stream::iter((0..REQUESTS).map(|i| {
            let (path, cookie, want) = cases[i % cases.len()].clone();
            let router = app.router.clone();
            async move {
                let accept = if matches!(want, Want::File(_)) { "*/*" } else { "text/html" };
                let mut request = Request::get(path.as_str()).header(header::ACCEPT, accept);
                if let Some(cookie) = cookie {
                    request = request.header(header::COOKIE, cookie);
                }
                let mut request = request.body(Body::empty()).unwrap();
                request.extensions_mut().insert(ConnectInfo(PEER.parse::<SocketAddr>().unwrap()));
                // A request that never answers fails with its path instead of hanging the suite.
                let answer = tokio::time::timeout(Duration::from_secs(30), router.oneshot(request));
                match answer.await {
                    Ok(response) => check(&path, want, response.unwrap()).await,
                    Err(_) => Err(format!("{path}: no answer within 30 s")),
                }
            }
        }))
        .buffer_unordered(80)
        .collect()
        .await;
    let failures: Vec<&String> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(failures.is_empty(), "{} of {REQUESTS} wrong: {failures:#?}", failures.len());
    // Every module page carried a start key of its own.
    let keys: Vec<&String> = results.iter().filter_map(|r| r.as_ref().ok()?.as_ref()).collect();
    assert_eq!(keys.len(), REQUESTS / cases.len());
    assert_eq!(keys.iter().collect::<HashSet<_>>().len(), keys.len(), "a start key repeated");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_and_files_keep_their_own_headers_under_concurrent_load() {
    mixed_load().await;
}

/// On one thread every request interleaves with the others at each await.
#[tokio::test]
async fn pages_and_files_keep_their_own_headers_on_one_thread() {
    mixed_load().await;
}

/// Routers built while pages that load data render: building one lists the app's routes, which
/// in leptos suppresses resource loads process-wide, so a page that began loading meanwhile
/// waited forever. The route list is now made once per process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn routers_built_while_pages_render_never_leave_a_page_waiting() {
    let app = helpers::spawn_app().await;
    let who = app.signed_in("admin@psd.example", Role::Admin, None).await;
    let state = app.state.clone();
    let building = std::thread::spawn(move || {
        for _ in 0..300 {
            let trusted = server::middleware::client_address::TrustedProxies(vec![]);
            drop(server::router::router(state.clone(), trusted));
        }
    });
    let pages = ["/", "/admin/users", "/reports/countries", "/author"];
    let renders = (0..60).map(|i| {
        let (router, cookie, path) = (app.router.clone(), who.cookie.clone(), pages[i % 4]);
        tokio::spawn(async move {
            let mut request = Request::get(path)
                .header(header::COOKIE, cookie)
                .header(header::ACCEPT, "text/html")
                .body(Body::empty())
                .unwrap();
            request.extensions_mut().insert(ConnectInfo(PEER.parse::<SocketAddr>().unwrap()));
            let answer = tokio::time::timeout(Duration::from_secs(20), router.oneshot(request));
            let response = answer.await.unwrap_or_else(|_| panic!("{path} never answered"));
            let response = response.unwrap();
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert!(body_text(response).await.contains("</html>"), "{path} answered whole");
        })
    });
    for render in futures_util::future::join_all(renders).await {
        render.expect("every page answered");
    }
    building.join().unwrap();
}
