//! Authoring over the real router: who may author, versions, import/export, hostile content.

use crate::helpers;

use app::model::{accounts::Role, authoring::ModuleDoc};
use axum::http::{StatusCode, header};
use helpers::{Session, TestApp, body_text, spawn_app};
use sea_orm::{EntityTrait, PaginatorTrait};

/// The demo modules' English documents.
const CURRICULUM: [&str; 4] = {
    let c = app::services::demo::CURRICULUM;
    [c[0].0, c[1].0, c[2].0, c[3].0]
};

async fn module_count(app: &TestApp) -> u64 {
    app::entities::module::Entity::find().count(&app.db).await.unwrap()
}

/// Posts as a script; fails the test on an error status.
async fn ok(app: &TestApp, who: &Session, path: &str, fields: &[(&str, &str)]) -> String {
    let response = app.post_form(path, Some(&who.cookie), fields).await;
    let status = response.status();
    let body = body_text(response).await;
    assert!(status.is_success(), "{path}: {status} {body}");
    body
}

/// The view of a module's current version.
async fn module_view(
    app: &TestApp,
    who: &Session,
    module_id: i32,
) -> app::model::authoring::VersionView {
    let id = module_id.to_string();
    serde_json::from_str(&ok(app, who, "/api/authoring/module", &[("module_id", &id)]).await)
        .unwrap()
}

/// Imports a document through the multipart form, as the browser does.
async fn import(app: &TestApp, who: &Session, json: &str) -> (StatusCode, String) {
    app.import_json(who, json).await
}

async fn export(app: &TestApp, who: &Session, version_id: i32) -> ModuleDoc {
    let response = app.get_as(&format!("/author/versions/{version_id}/export"), &who.cookie).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().contains(".json"));
    serde_json::from_str(&body_text(response).await).unwrap()
}

#[tokio::test]
async fn only_trainers_and_admins_reach_authoring() {
    let app = spawn_app().await;
    let agency = app.agency("JO", "PSD").await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    ok(&app, &trainer, "/api/authoring/create_module", &[("title", "Module A")]).await;
    let id = module_view(&app, &trainer, 1).await.id.to_string();
    let calls: [(&str, Vec<(&str, &str)>); 6] = [
        ("/api/authoring/modules", vec![]),
        ("/api/authoring/create_module", vec![("title", "Sneaky")]),
        ("/api/authoring/module", vec![("module_id", "1")]),
        ("/api/authoring/add_lesson", vec![("version_id", &id), ("title", "Sneaky")]),
        ("/api/authoring/publish", vec![("version_id", &id)]),
        ("/api/authoring/preview_quiz", vec![("version_id", &id), ("seed", "1")]),
    ];
    for (email, role) in [("t@x.example", Role::Trainee), ("s@x.example", Role::Supervisor)] {
        let who = app.signed_in(email, role, Some(agency)).await;
        for (path, fields) in &calls {
            let response = app.post_form(path, Some(&who.cookie), fields).await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "{role:?} → {path}");
        }
        let page = app.get_as("/author", &who.cookie).await;
        assert_eq!(page.status(), StatusCode::NOT_FOUND);
        let export = app.get_as(&format!("/author/versions/{id}/export"), &who.cookie).await;
        assert_eq!(export.status(), StatusCode::NOT_FOUND);
    }
    assert_eq!(module_count(&app).await, 1, "nothing created by the refused calls");
    assert!(ok(&app, &admin, "/api/authoring/modules", &[]).await.contains("Module A"));
}

#[tokio::test]
async fn publishing_freezes_and_editing_makes_the_next_draft() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    ok(&app, &trainer, "/api/authoring/create_module", &[("title", "Interviewing safely")]).await;
    let v1 = module_view(&app, &trainer, 1).await;
    let v1_id = v1.id.to_string();
    assert_eq!(v1.problems.len(), 2, "no lesson, no question: {:?}", v1.problems);

    // Not ready: refused, with the reasons.
    let refused = app
        .post_form("/api/authoring/publish", Some(&trainer.cookie), &[("version_id", &v1_id)])
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(helpers::error_text(refused).await.contains("Add at least one lesson"));

    ok(
        &app,
        &trainer,
        "/api/authoring/add_lesson",
        &[("version_id", &v1_id), ("title", "Do no harm")],
    )
    .await;
    ok(
        &app,
        &trainer,
        "/api/authoring/add_question",
        &[("version_id", &v1_id), ("kind", "single")],
    )
    .await;
    let view = module_view(&app, &trainer, 1).await;
    let (lesson, question) = (view.lessons[0].id.to_string(), view.questions[0].id.to_string());
    ok(
        &app,
        &trainer,
        "/api/authoring/update_lesson",
        &[
            ("lesson_id", &lesson),
            ("title", "Do no harm"),
            ("body_markdown", "Treat the risk as **extreme**."),
        ],
    )
    .await;
    // A single-choice question with two correct options is refused at the field.
    let two_right = [
        ("question_id", question.as_str()),
        ("question[kind]", "single"),
        ("question[prompt]", "First?"),
        ("question[scenario]", ""),
        ("question[explanation]", "Safety first."),
        ("question[points]", "1"),
        ("question[options][0][text]", "Safety"),
        ("question[options][0][correct]", "on"),
        ("question[options][0][feedback]", "Yes."),
        ("question[options][1][text]", "Speed"),
        ("question[options][1][correct]", "on"),
        ("question[options][1][feedback]", "No."),
    ];
    let response =
        app.post_form("/api/authoring/update_question", Some(&trainer.cookie), &two_right).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(helpers::error_text(response).await.contains("exactly one correct"));
    let mut one_right = two_right;
    one_right[10] = ("question[options][1][correct]", "");
    ok(&app, &trainer, "/api/authoring/update_question", &one_right[..11]).await;
    ok(&app, &trainer, "/api/authoring/publish", &[("version_id", &v1_id)]).await;

    // Published: frozen.
    let frozen = app
        .post_form(
            "/api/authoring/update_lesson",
            Some(&trainer.cookie),
            &[("lesson_id", &lesson), ("title", "X"), ("body_markdown", "changed")],
        )
        .await;
    assert_eq!(frozen.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(helpers::error_text(frozen).await.contains("frozen"));

    // Edit → a new draft, a copy; the published version stays as it was.
    ok(&app, &trainer, "/api/authoring/new_draft", &[("module_id", "1")]).await;
    let v2 = module_view(&app, &trainer, 1).await;
    assert_eq!((v2.number, v2.status.code()), (2, "draft"));
    assert_eq!(v2.lessons[0].body_markdown, "Treat the risk as **extreme**.");
    let v2_lesson = v2.lessons[0].id.to_string();
    ok(
        &app,
        &trainer,
        "/api/authoring/update_lesson",
        &[("lesson_id", &v2_lesson), ("title", "Do no harm"), ("body_markdown", "Version two.")],
    )
    .await;
    let published = export(&app, &trainer, v1.id).await;
    assert_eq!(
        published.lessons[0].body_markdown, "Treat the risk as **extreme**.",
        "v1 unchanged"
    );

    // Publishing v2 archives v1; archiving the module withdraws v2.
    ok(&app, &trainer, "/api/authoring/publish", &[("version_id", &v2.id.to_string())]).await;
    let statuses: Vec<_> = module_view(&app, &trainer, 1)
        .await
        .versions
        .iter()
        .map(|(_, n, s)| (*n, s.code()))
        .collect();
    assert_eq!(statuses, [(1, "archived"), (2, "published")]);
    ok(&app, &trainer, "/api/authoring/archive", &[("module_id", "1")]).await;
    let list = ok(&app, &trainer, "/api/authoring/modules", &[]).await;
    assert!(list.contains(r#""archived":true"#), "{list}");
}

#[tokio::test]
async fn the_demo_curriculum_round_trips_through_export_and_import() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    for (i, json) in CURRICULUM.iter().enumerate() {
        let original: ModuleDoc = serde_json::from_str(json).unwrap();
        let (status, body) = import(&app, &trainer, json).await;
        assert!(status.is_success(), "{status} {body}");
        let module_id = 2 * i as i32 + 1; // each original is followed by its copy
        let view = module_view(&app, &trainer, module_id).await;
        assert!(view.problems.is_empty(), "{:?}", view.problems);
        let exported = export(&app, &trainer, view.id).await;
        assert_eq!(exported, original, "{}", original.slug);

        // Import the export under another slug: an equal module again.
        let mut copy = exported.clone();
        copy.slug = format!("{}-copy", copy.slug);
        let (status, _) = import(&app, &trainer, &serde_json::to_string(&copy).unwrap()).await;
        assert!(status.is_success());
    }
    assert_eq!(module_count(&app).await, 8);
}

#[tokio::test]
async fn malformed_and_hostile_documents_are_refused_and_write_nothing() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    let good: serde_json::Value = serde_json::from_str(CURRICULUM[0]).unwrap();
    let with = |path: &[&str], value: serde_json::Value| {
        let mut doc = good.clone();
        let mut at = &mut doc;
        for key in &path[..path.len() - 1] {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        at[path[path.len() - 1]] = value;
        doc.to_string()
    };
    let cases: Vec<(String, &str)> = vec![
        ("{ not json".into(), "not a module"),
        ("[]".into(), "not a module"),
        (with(&["format"], "frontline.module/9".into()), "format"),
        (with(&["slug"], "Bad Slug!".into()), "slug"),
        (with(&["pass_mark_percent"], 0.into()), "pass_mark_percent"),
        (with(&["pass_mark_percent"], "75".into()), "not a module"),
        (with(&["surprise"], true.into()), "unknown field"),
        (with(&["questions", "0", "kind"], "essay".into()), "not a module"),
        (with(&["questions", "0", "options", "1", "correct"], true.into()), "questions[0].options"),
        (with(&["lessons"], serde_json::json!([])), "lessons"),
        (with(&["questions_per_attempt"], 99.into()), "questions_per_attempt"),
        (
            format!(
                "{{\"format\":\"{}\",\"x\":\"{}\"}}",
                "frontline.module/1",
                "a".repeat(2_100_000)
            ),
            "larger than",
        ),
    ];
    for (json, expected) in cases {
        let (status, body) = import(&app, &trainer, &json).await;
        // Past the upload limit the body is refused before it is read.
        let refused = if expected == "larger than" {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        assert_eq!(status, refused, "{expected}: {body}");
        assert!(helpers::said(&body).contains(expected), "expected “{expected}” in {body}");
    }
    assert_eq!(module_count(&app).await, 0, "nothing written");
    // The same slug twice: the second is refused.
    assert!(import(&app, &trainer, CURRICULUM[0]).await.0.is_success());
    let (status, body) = import(&app, &trainer, CURRICULUM[0]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(helpers::said(&body).contains("exists already"));
    assert_eq!(module_count(&app).await, 1);
}

/// Script-running payloads: tags, event handlers, `javascript:` links, svg/math mutation tricks.
pub const XSS: [&str; 12] = [
    "<script>alert('xss-1')</script>",
    "<img src=x onerror=alert('xss-2')>",
    "<svg onload=alert('xss-3')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-4')>",
    "[click](javascript:alert('xss-5'))",
    "<a href=\"javascript:alert('xss-6')\">x</a>",
    "\"><script>alert('xss-7')</script>",
    "<iframe src=javascript:alert('xss-8')>",
    "<svg><animate onbegin=alert('xss-9') attributeName=x dur=1s>",
    "<details open ontoggle=alert('xss-10')>",
    "[x](JaVaScRiPt:alert('xss-11'))",
    "<form><button formaction=javascript:alert('xss-12')>go</button></form>",
];

/// Elements and attributes in parsed HTML that could run a payload. Leptos' own inline scripts
/// carry the response's nonce; any other script, an event-handler attribute, a `javascript:` URL
/// or an svg/math/iframe/embed element is a finding.
pub fn runnable(html: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let nonce = html.split("nonce=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("-");
    let mut found = vec![];
    for element in document.root_element().descendants().filter_map(scraper::ElementRef::wrap) {
        let e = element.value();
        let name = e.name();
        if name == "script" && e.attr("nonce") != Some(nonce) {
            found.push(format!("<script> without the nonce: {}", element.html()));
        }
        // The header's own menu is a `<details>` (an authored one would also carry a handler,
        // which the attribute check below finds).
        let layout_menu = name == "details" && e.attr("class") == Some("site-menu");
        if ["svg", "math", "iframe", "embed", "object", "img", "details", "animate", "style"]
            .contains(&name)
            && !layout_menu
        {
            found.push(format!("<{name}>"));
        }
        for (attribute, value) in e.attrs() {
            let value = value.trim().to_lowercase();
            if attribute.starts_with("on") {
                found.push(format!("{name} {attribute}={value}"));
            }
            if ["href", "src", "action", "formaction", "xlink:href"].contains(&attribute)
                && value.replace(['\t', '\n', '\r'], "").starts_with("javascript:")
            {
                found.push(format!("{name} {attribute}={value}"));
            }
        }
    }
    found
}

#[tokio::test]
async fn xss_payloads_in_every_authored_field_render_inert() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    let all = XSS.join("\n\n");
    let mut doc: ModuleDoc = serde_json::from_str(CURRICULUM[0]).unwrap();
    doc.settings.title = XSS[0].into();
    doc.settings.summary = all.clone();
    for lesson in &mut doc.lessons {
        lesson.title = XSS[1].into();
        lesson.body_markdown = all.clone();
    }
    for q in &mut doc.questions {
        q.prompt = XSS[2].into();
        q.scenario = Some(XSS[3].into());
        q.explanation = XSS[4].into();
        for (i, o) in q.options.iter_mut().enumerate() {
            o.text = format!("{} {i}", XSS[5]);
            o.feedback = XSS[6].into();
            if o.match_key.is_some() {
                o.match_key = Some(format!("{} {i}", XSS[7]));
            }
        }
    }
    let (status, body) = import(&app, &trainer, &serde_json::to_string(&doc).unwrap()).await;
    assert!(status.is_success(), "{body}");
    let view = module_view(&app, &trainer, 1).await;
    let mut pages = vec![
        "/author".to_owned(),
        "/author/modules/1".to_owned(),
        format!("/author/versions/{}/preview?seed=7", view.id),
        format!("/author/lessons/{}", view.lessons[0].id),
    ];
    pages.extend(view.questions.iter().map(|q| format!("/author/questions/{}", q.id)));
    for page in pages {
        let response = app.get_as(&page, &trainer.cookie).await;
        assert_eq!(response.status(), StatusCode::OK, "{page}");
        let html = body_text(response).await;
        assert!(html.contains("xss-1"), "{page}: the payload is shown, as text");
        assert_eq!(runnable(&html), Vec::<String>::new(), "{page}");
    }
}
