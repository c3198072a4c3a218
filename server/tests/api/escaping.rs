//! Hostile authored text in every field, on every page and CSV that shows it: it stays text.

use crate::helpers;

use app::model::{accounts::Role, authoring::ModuleDoc, learning::ModuleOverview};
use axum::http::StatusCode;
use helpers::{Session, TestApp, body_text, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Breaks out of a textarea, an attribute or a text node, in one string.
const HOSTILE: &str = "</textarea></title><form action=\"/api/admin/create_user\" method=\"post\"><button>go</button></form><script>alert(1)</script><img src=x onerror=alert(2)>\"'&amp;";

fn hostile(tag: &str) -> String {
    format!("{tag} {HOSTILE}")
}

/// Every authored field of the module gets the hostile text (prompts also a spreadsheet
/// formula, for the CSV files).
fn poison(d: &mut ModuleDoc) {
    d.settings.title = hostile("T");
    d.settings.summary = hostile("S");
    for (i, l) in d.lessons.iter_mut().enumerate() {
        l.title = hostile(&format!("L{i}"));
        l.body_markdown = format!("{}\n\n{}", hostile("B"), l.body_markdown);
    }
    for (i, q) in d.questions.iter_mut().enumerate() {
        q.prompt = format!("=HYPERLINK(\"http://evil.example\") {}", hostile(&format!("Q{i}")));
        q.scenario = Some(hostile("SC"));
        q.explanation = hostile("E");
        for (j, o) in q.options.iter_mut().enumerate() {
            o.text = hostile(&format!("O{i}.{j}"));
            o.feedback = hostile("F");
            if o.match_key.is_some() {
                o.match_key = Some(hostile(&format!("M{i}.{j}")));
            }
        }
    }
}

/// The page as a browser would parse it: no element, attribute or script came out of the text.
fn assert_inert(what: &str, html: &str) {
    assert!(!html.contains("<form action=\"/api/admin/create_user\""), "{what}: a live form");
    assert!(!html.contains("<img src=x"), "{what}: a live image");
    assert!(!html.contains("<script>alert"), "{what}: a live script");
    let doc = scraper::Html::parse_document(html);
    for selector in ["form[action='/api/admin/create_user']", "img[src=x]", "[onerror]"] {
        let s = scraper::Selector::parse(selector).unwrap();
        assert_eq!(doc.select(&s).count(), 0, "{what}: {selector}");
    }
    let scripts = scraper::Selector::parse("script").unwrap();
    for s in doc.select(&scripts) {
        assert!(!s.inner_html().contains("alert("), "{what}: a script holds authored text");
    }
    // A textarea shows back exactly what was stored.
    let areas = scraper::Selector::parse("textarea").unwrap();
    for t in doc.select(&areas) {
        let text: String = t.text().collect();
        if text.contains("alert(1)") {
            assert!(text.contains(HOSTILE), "{what}: the textarea lost text: {text}");
        }
    }
}

async fn page(app: &TestApp, who: &Session, path: &str) -> String {
    let response = app.get_as(path, &who.cookie).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    body_text(response).await
}

#[tokio::test]
async fn hostile_authored_text_stays_text_on_every_page_and_csv() {
    let app = spawn_app().await;
    let agency = app.agency("JO", "PSD").await;
    let admin = app.signed_in("admin@x.example", Role::Admin, None).await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    let amal = app.signed_in("amal@psd.example", Role::Trainee, Some(agency)).await;

    // The editors of a draft.
    let author = app::services::auth::current_user(
        &app::entities::user::Entity::find_by_id(trainer.user_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
    );
    let mut doc: ModuleDoc = serde_json::from_str(app::services::demo::CURRICULUM[2].0).unwrap();
    poison(&mut doc);
    doc.slug = "hostile-draft".into();
    let draft_module =
        app::services::authoring::import(&app.db, &author, &serde_json::to_string(&doc).unwrap())
            .await
            .unwrap();
    let draft = app::services::authoring::current_version(&app.db, draft_module).await.unwrap();
    let lessons = app::entities::lesson::Entity::find()
        .filter(app::entities::lesson::Column::VersionId.eq(draft.id))
        .all(&app.db)
        .await
        .unwrap();
    let questions = app::entities::question::Entity::find()
        .filter(app::entities::question::Column::VersionId.eq(draft.id))
        .all(&app.db)
        .await
        .unwrap();
    let mut paths = vec![
        "/author".to_owned(),
        format!("/author/modules/{draft_module}"),
        format!("/author/versions/{}/preview", draft.id),
    ];
    paths.extend(lessons.iter().map(|l| format!("/author/lessons/{}", l.id)));
    paths.extend(questions.iter().map(|q| format!("/author/questions/{}", q.id)));
    for path in &paths {
        assert_inert(path, &page(&app, &trainer, path).await);
    }
    // The editor's textarea gives back the stored text, untouched.
    let summary = page(&app, &trainer, &format!("/author/modules/{draft_module}")).await;
    let doc_html = scraper::Html::parse_document(&summary);
    let area = scraper::Selector::parse(r#"textarea[name="settings[summary]"]"#).unwrap();
    let shown: String = doc_html.select(&area).next().expect("the summary editor").text().collect();
    assert_eq!(shown, hostile("S"));

    // What trainees, supervisors and admins see of a published module and its results.
    let module = app.publish_curriculum(2, poison).await;
    let v = app::services::authoring::current_version(&app.db, module).await.unwrap();
    let m = module.to_string();
    let over: ModuleOverview = serde_json::from_str(
        &body_text(
            app.post_form("/api/learning/module", Some(&amal.cookie), &[("module_id", &m)]).await,
        )
        .await,
    )
    .unwrap();
    let key = "hostile-start-key-0001".to_string();
    app.post_form("/api/learning/start", Some(&amal.cookie), &[("module_id", &m), ("key", &key)])
        .await;
    let attempt = app::entities::attempt::Entity::find().one(&app.db).await.unwrap().unwrap().id;
    let mut trainee_paths = vec![
        "/".to_owned(),
        "/learning".to_owned(),
        format!("/learn/{m}"),
        format!("/attempts/{attempt}"),
    ];
    trainee_paths.extend(over.lessons.iter().map(|l| format!("/learn/{m}/lessons/{}", l.id)));
    for path in &trainee_paths {
        assert_inert(path, &page(&app, &amal, path).await);
    }
    let answers: Vec<(String, String)> = app
        .key_answers(attempt, false)
        .await
        .into_iter()
        .map(|(k, v)| (format!("answers[{k}]"), v))
        .collect();
    let a = attempt.to_string();
    let mut fields: Vec<(&str, &str)> = vec![("attempt_id", &a), ("action", "submit")];
    fields.extend(answers.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    assert!(
        app.post_form("/api/learning/submit", Some(&amal.cookie), &fields)
            .await
            .status()
            .is_success()
    );
    assert_inert("result", &page(&app, &amal, &format!("/attempts/{attempt}")).await);

    for path in [
        format!("/author/versions/{}/analysis", v.id),
        "/reports/countries".to_owned(),
        "/reports/countries/JO".to_owned(),
        format!("/agencies/{agency}"),
        format!("/people/{}", amal.user_id),
    ] {
        assert_inert(&path, &page(&app, &admin, &path).await);
    }
    for path in [
        format!("/author/versions/{}/analysis.csv", v.id),
        format!("/people/{}/modules.csv", amal.user_id),
    ] {
        let response = app.get_as(&path, &admin.cookie).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let content_type = response.headers()["content-type"].to_str().unwrap().to_owned();
        assert!(content_type.starts_with("text/csv"), "{path}: {content_type}");
        let csv = body_text(response).await;
        assert!(csv.contains("alert(1)"), "{path} shows the text as text");
        for line in csv.lines() {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                assert!(!cell.starts_with("=HYPERLINK"), "{path}: a live formula: {line}");
            }
        }
    }
}
