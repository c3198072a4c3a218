//! Module translations over the real router: a trainee reads and takes the module in their
//! language, it counts as the same module everywhere, item analysis splits it by language, and a
//! trainer's translation goes out of date when the source moves on and survives export/import.

use crate::helpers;

use app::model::{
    accounts::Role,
    authoring::VersionView,
    learning::{AttemptPage, LessonPage, ModuleOverview},
    reports::{AgencyDashboard, CountryDetail, CountryReport, ItemAnalysis},
    translation::{TranslationDoc, TranslationEditor},
};
use axum::http::StatusCode;
use helpers::{Session, TestApp, body_text, call, said, spawn_app};

fn arabic_doc() -> TranslationDoc {
    let files = app::services::demo::CURRICULUM[0];
    serde_json::from_str(files.1[0]).unwrap()
}

async fn overview(app: &TestApp, who: &Session, module: i32, lang: Option<&str>) -> ModuleOverview {
    let m = module.to_string();
    let mut args = vec![("module_id", m.as_str())];
    args.extend(lang.map(|l| ("lang", l)));
    let (status, body) = call(app, who, "/api/learning/module", &args).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// Reads every lesson, passes the quiz and returns the attempt's page after submitting.
async fn complete(app: &TestApp, who: &Session, module: i32, lang: Option<&str>) -> AttemptPage {
    let m = module.to_string();
    for l in overview(app, who, module, lang).await.lessons {
        let id = l.id.to_string();
        let mut args = vec![("module_id", m.as_str()), ("lesson_id", id.as_str())];
        args.extend(lang.map(|l| ("lang", l)));
        let (status, body) = call(app, who, "/api/learning/mark_read", &args).await;
        assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    }
    let key = format!("translation-start-{}-padding", who.user_id);
    let mut args = vec![("module_id", m.as_str()), ("key", key.as_str())];
    args.extend(lang.map(|l| ("lang", l)));
    call(app, who, "/api/learning/start", &args).await;
    let id = overview(app, who, module, lang).await.open_attempt.expect("an open attempt");
    let mut fields: Vec<(String, String)> = app
        .key_answers(id, true)
        .await
        .into_iter()
        .map(|(k, v)| (format!("answers[{k}]"), v))
        .collect();
    fields.push(("attempt_id".into(), id.to_string()));
    fields.push(("action".into(), "submit".into()));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, body) = call(app, who, "/api/learning/submit", &refs).await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    page(app, who, id).await
}

async fn page(app: &TestApp, who: &Session, id: i32) -> AttemptPage {
    let (status, body) =
        call(app, who, "/api/learning/attempt", &[("attempt_id", &id.to_string())]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn an_arabic_reader_gets_the_arabic_module_and_it_counts_as_the_same_module() {
    let app = spawn_app().await;
    let agency = app.agency("JO", "Irbid Family Protection").await;
    let admin = app.signed_in("admin@example.org", Role::Admin, None).await;
    let sup = app.signed_in("sup@example.org", Role::Supervisor, Some(agency)).await;
    let huda = app.signed_in("huda@example.org", Role::Trainee, Some(agency)).await;
    let john = app.signed_in("john@example.org", Role::Trainee, Some(agency)).await;
    app.set_locale(huda.user_id, "ar").await;
    let (module, version) = app.publish_demo_module(0).await;
    let ar = arabic_doc();
    // Assigned to the agency: the dashboard follows the module whatever the language.
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    app::entities::assignment::ActiveModel {
        module_id: Set(module),
        agency_id: Set(Some(agency)),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();

    // The module page, its lessons and its quiz are in Arabic, with the other languages offered.
    let o = overview(&app, &huda, module, None).await;
    assert_eq!((o.card.title.as_str(), o.card.language.as_str()), (ar.title.as_str(), "ar"));
    let codes: Vec<&str> = o.languages.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["en", "ar", "fr", "tr"]);
    let titles: Vec<&str> = o.lessons.iter().map(|l| l.title.as_str()).collect();
    let expected: Vec<&str> = ar.lessons.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, expected);
    let (_, body) = call(
        &app,
        &huda,
        "/api/learning/lesson",
        &[("module_id", &module.to_string()), ("lesson_id", &o.lessons[0].id.to_string())],
    )
    .await;
    let lesson: LessonPage = serde_json::from_str(&body).unwrap();
    assert_eq!(lesson.language, "ar");
    assert!(lesson.html.contains("الاتجار بالأشخاص"), "{}", lesson.html);

    // The catalogue shows it once, in Arabic.
    let (_, body) = call(&app, &huda, "/api/learning/catalogue", &[]).await;
    let cards: Vec<app::model::learning::ModuleCard> = serde_json::from_str(&body).unwrap();
    assert_eq!(cards.iter().filter(|c| c.module_id == module).count(), 1);
    assert_eq!(cards[0].title, ar.title);

    let done = complete(&app, &huda, module, None).await;
    assert_eq!(done.language, "ar");
    assert_eq!(done.module_title, ar.title);
    let result = done.result.expect("a result");
    assert!(result.passed);
    let prompts: Vec<&str> = ar.questions.iter().map(|q| q.prompt.as_str()).collect();
    assert!(result.questions.iter().all(|q| prompts.contains(&q.prompt.as_str())));
    let english = complete(&app, &john, module, None).await;
    assert_eq!(english.language, "en");

    // One module, two completions, whatever the language.
    let (_, body) =
        call(&app, &sup, "/api/reports/agency_dashboard", &[("agency_id", &agency.to_string())])
            .await;
    let d: AgencyDashboard = serde_json::from_str(&body).unwrap();
    assert_eq!(d.modules.len(), 1);
    assert_eq!(d.headline.completed, 2, "{d:?}");
    let (_, body) = call(&app, &admin, "/api/reports/countries", &[]).await;
    let r: CountryReport = serde_json::from_str(&body).unwrap();
    let row = r.modules.iter().find(|m| m.module_id == module).unwrap();
    let jordan = r.countries.iter().position(|c| c.code == "JO").unwrap();
    assert_eq!(row.completed[jordan], 2, "{r:?}");
    let (_, body) = call(&app, &admin, "/api/reports/country", &[("code", "JO")]).await;
    let jo: CountryDetail = serde_json::from_str(&body).unwrap();
    assert_eq!(jo.modules.len(), 1, "one column for the module, not one per language");
    assert_eq!(jo.whole.completed, [2]);

    // Item analysis: pooled, and each question per language.
    let (_, body) =
        call(&app, &admin, "/api/reports/item_analysis", &[("version_id", &version.to_string())])
            .await;
    let a: ItemAnalysis = serde_json::from_str(&body).unwrap();
    assert_eq!(a.attempts, 2);
    let mut by_language = a.attempts_by_language.clone();
    by_language.sort();
    assert_eq!(by_language, [("ar".to_owned(), 1), ("en".to_owned(), 1)]);
    for q in &a.questions {
        assert_eq!(q.answered, 2, "{q:?}");
        let mut langs: Vec<(&str, u64)> =
            q.by_language.iter().map(|l| (l.language.as_str(), l.answered)).collect();
        langs.sort();
        assert_eq!(langs, [("ar", 1), ("en", 1)]);
    }
}

#[tokio::test]
async fn an_attempt_keeps_the_language_it_started_in_and_odd_languages_fall_back() {
    let app = spawn_app().await;
    let agency = app.agency("TR", "Gaziantep Police").await;
    app.signed_in("trainer@example.org", Role::Trainer, None).await;
    let ayse = app.signed_in("ayse@example.org", Role::Trainee, Some(agency)).await;
    app.set_locale(ayse.user_id, "tr").await;
    let (module, _) = app.publish_demo_module(1).await;

    // Module 2 has no Turkish: the source, said so by the page's language.
    let o = overview(&app, &ayse, module, None).await;
    assert_eq!(o.card.language, "en");
    // Asking for a language it lacks, or for nonsense, is the same as asking for none.
    for lang in ["fr", "qps", "xx", "<script>"] {
        assert_eq!(overview(&app, &ayse, module, Some(lang)).await.card.language, "en", "{lang}");
    }
    // Arabic on request: the attempt started in Arabic stays Arabic.
    let o = overview(&app, &ayse, module, Some("ar")).await;
    assert_eq!(o.card.language, "ar");
    let m = module.to_string();
    let args = [("module_id", m.as_str()), ("key", "a-key-long-enough-1234"), ("lang", "ar")];
    call(&app, &ayse, "/api/learning/start", &args).await;
    let id = overview(&app, &ayse, module, None).await.open_attempt.unwrap();
    let p = page(&app, &ayse, id).await;
    assert_eq!(p.language, "ar");
    let ar: TranslationDoc = serde_json::from_str(app::services::demo::CURRICULUM[1].1[0]).unwrap();
    let prompts: Vec<&str> = ar.questions.iter().map(|q| q.prompt.as_str()).collect();
    assert!(p.questions.iter().all(|q| prompts.contains(&q.prompt.as_str())));
    // Starting again "in English" resumes the same, Arabic attempt.
    let args = [("module_id", m.as_str()), ("key", "a-key-long-enough-5678"), ("lang", "en")];
    call(&app, &ayse, "/api/learning/start", &args).await;
    assert_eq!(overview(&app, &ayse, module, None).await.open_attempt, Some(id));
    assert_eq!(page(&app, &ayse, id).await.language, "ar");
}

async fn editor(app: &TestApp, who: &Session, version: i32, lang: &str) -> TranslationEditor {
    let (status, body) = call(
        app,
        who,
        "/api/translations/editor",
        &[("version_id", &version.to_string()), ("language", lang)],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn version_view(app: &TestApp, who: &Session, module: i32) -> VersionView {
    let (_, body) =
        call(app, who, "/api/authoring/module", &[("module_id", &module.to_string())]).await;
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn a_trainers_translation_goes_out_of_date_with_its_source_and_round_trips_in_json() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@example.org", Role::Trainer, None).await;
    let agency = app.agency("LB", "Tripoli Social Development Centre").await;
    let rana = app.signed_in("rana@example.org", Role::Trainee, Some(agency)).await;
    app.set_locale(rana.user_id, "fr").await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let v = version_view(&app, &trainer, module).await;
    let version = v.id.to_string();

    // Start: every text is the source's, nothing is offered yet.
    let start = |lang: &'static str| {
        let version = version.clone();
        let (app, trainer) = (&app, &trainer);
        async move {
            call(
                app,
                trainer,
                "/api/translations/start",
                &[("version_id", &version), ("language", lang)],
            )
            .await
        }
    };
    let (status, body) = start("fr").await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    let t = editor(&app, &trainer, v.id, "fr").await;
    assert_eq!(t.lessons.len(), v.lessons.len());
    assert_eq!(t.lessons[0].translated, t.lessons[0].source);
    assert!(!t.published && t.editable);
    assert_eq!(overview(&app, &rana, module, None).await.card.language, "en");

    // Refusals, each with its reason and nothing written.
    let (status, body) = start("fr").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(said(&body).contains("translation into that language already"), "{body}");
    let (status, body) = start("en").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = call(
        &app,
        &trainer,
        "/api/translations/editor",
        &[("version_id", &version), ("language", "xx")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(
        &app,
        &rana,
        "/api/translations/editor",
        &[("version_id", &version), ("language", "fr")],
    )
    .await;
    assert!(status.is_client_error(), "a trainee may not open the editor");

    // Edit a lesson and a question; hostile text stays text.
    let lesson = t.lessons[0].lesson_id.to_string();
    let hostile = "<script>alert(1)</script> Les trois éléments";
    let (status, body) = call(
        &app,
        &trainer,
        "/api/translations/lesson",
        &[
            ("version_id", &version),
            ("language", "fr"),
            ("lesson_id", &lesson),
            ("title", hostile),
            ("body_markdown", "La **traite** <img src=x onerror=alert(1)>"),
        ],
    )
    .await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    let q = &t.questions[0];
    let question = q.question_id.to_string();
    let mut fields: Vec<(String, String)> = vec![
        ("version_id".into(), version.clone()),
        ("language".into(), "fr".into()),
        ("question_id".into(), question.clone()),
        ("texts[prompt]".into(), "Quel élément ?".into()),
        ("texts[explanation]".into(), "Pour un enfant.".into()),
    ];
    for i in 0..q.source.options.len() {
        fields.push((format!("texts[options][{i}][text]"), format!("Option {i}")));
        fields.push((format!("texts[options][{i}][feedback]"), String::new()));
    }
    let refs = |f: &[(String, String)]| -> Vec<(String, String)> { f.to_vec() };
    let post = |f: Vec<(String, String)>| {
        let (app, trainer) = (&app, &trainer);
        async move {
            let r: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            call(app, trainer, "/api/translations/question", &r).await
        }
    };
    let mut blank = refs(&fields);
    blank.retain(|(k, _)| k != "texts[options][1][text]");
    let (status, body) = post(blank).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a missing option text: {body}");
    let (status, body) = post(refs(&fields)).await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");

    // The title and summary too; hostile text in them stays text wherever they are shown.
    let hostile_title = "<b>Traite</b><script>alert(2)</script> des personnes";
    let (status, body) = call(
        &app,
        &trainer,
        "/api/translations/update_details",
        &[
            ("version_id", &version),
            ("language", "fr"),
            ("title", hostile_title),
            ("summary", "</textarea><img src=x onerror=alert(3)> Résumé"),
        ],
    )
    .await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    let (status, body) = call(
        &app,
        &trainer,
        "/api/translations/update_details",
        &[("version_id", &version), ("language", "fr"), ("title", "  "), ("summary", "")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a blank title is refused: {body}");

    // Published: the French reader gets it, escaped.
    let (status, body) = call(
        &app,
        &trainer,
        "/api/translations/publish",
        &[("version_id", &version), ("language", "fr")],
    )
    .await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    let o = overview(&app, &rana, module, None).await;
    assert_eq!(o.card.language, "fr");
    let html =
        body_text(app.get_as(&format!("/learn/{module}/lessons/{lesson}"), &rana.cookie).await)
            .await;
    assert!(html.contains("Les trois éléments"), "{html}");
    assert!(!html.contains("<script>alert") && !html.contains("<img"), "{html}");
    assert!(html.contains("lang=\"fr\""), "the lesson is marked as French");
    let pages = [
        ("/learning".to_owned(), &rana),
        (format!("/learn/{module}"), &rana),
        (format!("/author/modules/{module}"), &trainer),
        (format!("/author/versions/{}/translations/fr", v.id), &trainer),
    ];
    for (path, who) in pages {
        let html = body_text(app.get_as(&path, &who.cookie).await).await;
        assert!(
            !html.contains("<script>alert")
                && !html.contains("<img src=x")
                && !html.contains("<b>Traite"),
            "{path}: {html}"
        );
    }
    let html = body_text(app.get_as(&format!("/learn/{module}"), &rana.cookie).await).await;
    assert!(html.contains("&lt;b&gt;Traite&lt;/b&gt;"), "the title is shown as typed");

    // A published translation of a published version no longer changes.
    let (status, body) = call(
        &app,
        &trainer,
        "/api/translations/lesson",
        &[
            ("version_id", &version),
            ("language", "fr"),
            ("lesson_id", &lesson),
            ("title", "Changed"),
            ("body_markdown", "Changed"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    // The source's next draft carries the translation, out of date. Once the draft is published,
    // French readers get the source until the translator has looked and published again: an
    // out-of-date translation may no longer fit its source option for option.
    call(&app, &trainer, "/api/authoring/new_draft", &[("module_id", &module.to_string())]).await;
    let draft = version_view(&app, &trainer, module).await;
    assert_ne!(draft.id, v.id);
    let carried = &draft.translations[0];
    assert_eq!(
        (carried.language.code(), carried.published, carried.out_of_date),
        ("fr", true, true)
    );
    call(&app, &trainer, "/api/authoring/publish", &[("version_id", &draft.id.to_string())]).await;
    assert_eq!(overview(&app, &rana, module, None).await.card.language, "en");
    let t = editor(&app, &trainer, draft.id, "fr").await;
    assert!(t.out_of_date && t.editable);
    assert_eq!(t.lessons[0].translated.title, hostile);
    let draft_version = draft.id.to_string();
    let (status, body) = call(
        &app,
        &trainer,
        "/api/translations/publish",
        &[("version_id", &draft_version), ("language", "fr")],
    )
    .await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    assert_eq!(overview(&app, &rana, module, None).await.card.language, "fr");
    assert!(!editor(&app, &trainer, draft.id, "fr").await.editable, "on offer: frozen");

    // Export keeps the translation; importing the document under another slug gives it back.
    let exported = body_text(
        app.get_as(&format!("/author/versions/{}/export", draft.id), &trainer.cookie).await,
    )
    .await;
    let mut doc: app::model::authoring::ModuleDoc = serde_json::from_str(&exported).unwrap();
    assert_eq!(doc.translations.len(), 1);
    assert_eq!(doc.translations[0].lessons[0].title, hostile);
    doc.slug = "what-is-trafficking-copy".into();
    let json = serde_json::to_string(&doc).unwrap();
    let copy = app.import_as(&trainer, &json).await;
    let copy_view = version_view(&app, &trainer, copy).await;
    let round: app::model::authoring::ModuleDoc = serde_json::from_str(
        &body_text(
            app.get_as(&format!("/author/versions/{}/export", copy_view.id), &trainer.cookie).await,
        )
        .await,
    )
    .unwrap();
    assert_eq!(round.translations, doc.translations);
}

#[tokio::test]
async fn the_demo_translations_publish_and_a_broken_one_is_refused_on_import() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@example.org", Role::Trainer, None).await;
    for n in 0..app::services::demo::CURRICULUM.len() {
        app.publish_demo_module(n).await;
    }
    let mut doc =
        app::services::demo::curriculum_document(app::services::demo::CURRICULUM[0]).unwrap();
    doc.slug = "broken-translation".into();
    doc.translations[0].questions.pop();
    let json = serde_json::to_string(&doc).unwrap();
    let (status, body) = app.import_json(&trainer, &json).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(said(&body).contains("translations[0].lessons"), "{}", said(&body));
    use sea_orm::{EntityTrait, PaginatorTrait};
    let modules = app::entities::module::Entity::find().count(&app.db).await.unwrap();
    assert_eq!(modules, 4, "nothing written");
}

#[tokio::test]
async fn re_saving_a_source_question_keeps_its_translation_only_while_options_line_up() {
    let app = spawn_app().await;
    app.signed_in("trainer@example.org", Role::Trainer, None).await;
    let (module, published) = app.publish_demo_module(0).await;
    let db = &app.db;
    let draft = app::services::authoring::new_draft(db, module).await.unwrap();
    assert_ne!(draft, published);
    let ar = app::i18n::Locale::Ar;
    let before = app::services::translations::editor(db, draft, ar).await.unwrap();
    let q = &before.questions[0];
    let doc = app::services::authoring::questions_of(db, draft)
        .await
        .unwrap()
        .into_iter()
        .find(|(id, _)| *id == q.question_id)
        .unwrap()
        .1;

    // The same options, saved again (a typo fixed in the prompt): the Arabic stays with them.
    let mut same = doc.clone();
    same.prompt.push('!');
    app::services::authoring::update_question(db, q.question_id, &same).await.unwrap();
    let after = app::services::translations::editor(db, draft, ar).await.unwrap();
    let q_after = after.questions.iter().find(|x| x.question_id == q.question_id).unwrap();
    assert_eq!(q_after.translated.options, q.translated.options);
    assert!(after.out_of_date);

    // One option fewer: places no longer pair texts with options, so they are not guessed.
    let mut fewer = doc.clone();
    let wrong = fewer.options.iter().position(|o| !o.correct).unwrap();
    fewer.options.remove(wrong);
    app::services::authoring::update_question(db, q.question_id, &fewer).await.unwrap();
    let after = app::services::translations::editor(db, draft, ar).await.unwrap();
    let q_after = after.questions.iter().find(|x| x.question_id == q.question_id).unwrap();
    assert!(q_after.translated.options.iter().all(|o| o.text.is_empty()), "{q_after:?}");
    // So the translation cannot be published until they are translated again.
    let refused = app::services::translations::publish(db, draft, ar).await.unwrap_err();
    assert!(format!("{refused:?}").contains("OptionTextRequired"), "{refused:?}");
}
