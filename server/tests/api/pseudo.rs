//! The pseudo-locale scan: every page of every role, read with `lang=qps` (every catalogue text
//! wrapped in ⟦…⟧), must show no word that came from neither the catalogue nor the data
//! (authored modules, names, codes). A word left is English a reader of another language meets.

use crate::helpers;

use std::collections::{BTreeSet, HashSet};

use app::entities::{
    agency, attempt, completion, country, demo_credential, lesson, lesson_translation, module,
    module_version, option_translation, question, question_option, question_translation,
    translation, user,
};
use app::model::accounts::Role;
use helpers::{TestApp, body_text, spawn_app};
use sea_orm::{EntityTrait, QueryFilter, QueryOrder};

/// The page's visible text: text nodes and the attributes a person reads or hears, entities
/// decoded; scripts, styles and form values (the reader's own input) left out.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        out.push(' ');
        rest = &rest[start..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let lower = tag.to_ascii_lowercase();
        // Scripts and styles are not read; `<code>` holds identifiers (CSV columns), not words.
        if let Some(skip) =
            ["script", "style", "code"].iter().find(|s| lower.starts_with(&format!("<{s}")))
        {
            let close = format!("</{skip}>");
            let to = rest.to_ascii_lowercase().find(&close).map_or(rest.len(), |i| i + close.len());
            rest = &rest[to..];
            continue;
        }
        for attribute in ["aria-label", "title", "alt", "placeholder"] {
            let needle = format!(" {attribute}=\"");
            if let Some(i) = tag.find(&needle) {
                let value = &tag[i + needle.len()..];
                out.push(' ');
                out.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                out.push(' ');
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// What is left of `text` once every ⟦…⟧ (innermost first) is taken out.
fn outside_catalogue(text: &str) -> String {
    let mut t = text.to_owned();
    while let Some(open) = t.rfind('⟦') {
        let Some(close) = t[open..].find('⟧') else { break };
        t.replace_range(open..open + close + '⟧'.len_utf8(), " ");
    }
    t
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty())
}

/// Every word of the data: authored modules and their translations, names, codes and emails.
async fn data_words(app: &TestApp) -> HashSet<String> {
    let db = &app.db;
    let mut texts: Vec<String> = vec![];
    for v in module_version::Entity::find().all(db).await.unwrap() {
        texts.extend([v.title, v.summary]);
    }
    for m in module::Entity::find().all(db).await.unwrap() {
        texts.push(m.slug);
    }
    for l in lesson::Entity::find().all(db).await.unwrap() {
        texts.extend([l.title, l.body_markdown]);
    }
    for q in question::Entity::find().all(db).await.unwrap() {
        texts.extend([q.prompt, q.explanation, q.scenario.unwrap_or_default()]);
    }
    for o in question_option::Entity::find().all(db).await.unwrap() {
        texts.extend([o.text, o.feedback, o.match_key.unwrap_or_default()]);
    }
    for t in translation::Entity::find().all(db).await.unwrap() {
        texts.extend([t.title, t.summary]);
    }
    for l in lesson_translation::Entity::find().all(db).await.unwrap() {
        texts.extend([l.title, l.body_markdown]);
    }
    for q in question_translation::Entity::find().all(db).await.unwrap() {
        texts.extend([q.prompt, q.explanation, q.scenario.unwrap_or_default()]);
    }
    for o in option_translation::Entity::find().all(db).await.unwrap() {
        texts.extend([o.text, o.feedback, o.match_key.unwrap_or_default()]);
    }
    for u in user::Entity::find().all(db).await.unwrap() {
        texts.extend([u.display_name, u.email]);
    }
    for a in agency::Entity::find().all(db).await.unwrap() {
        texts.push(a.name);
    }
    for c in country::Entity::find().all(db).await.unwrap() {
        texts.extend([c.code, c.name_en, c.name_ar]);
    }
    for c in completion::Entity::find().all(db).await.unwrap() {
        texts.extend([c.certificate_code, c.holder_name, c.module_title]);
        texts.extend(c.agency_name);
    }
    // Each language's name in itself (the language pickers): a name, marked with its `lang`.
    texts.extend(app::i18n::Locale::ALL.iter().map(|l| l.native_name().to_owned()));
    texts.iter().flat_map(|t| words(t).map(str::to_owned).collect::<Vec<_>>()).collect()
}

#[tokio::test]
async fn every_page_of_every_role_says_only_catalogue_texts_and_data() {
    let app = spawn_app().await;
    app::services::demo::seed_if_empty(&app.db).await.unwrap();
    app::services::demo::seed_curriculum_if_empty(&app.db).await.unwrap();
    let db = &app.db;

    // Signed in as the first demo person of each role, in the pseudo-locale.
    let credentials = demo_credential::Entity::find().all(db).await.unwrap();
    let mut sessions = vec![];
    for role in [Role::Trainee, Role::Supervisor, Role::Trainer, Role::Admin] {
        let c = credentials.iter().find(|c| c.role == role.code()).expect("a demo person");
        let cookie = app.sign_in(&c.email, &c.password).await.expect("the demo sign-in works");
        let person = user::Entity::find()
            .filter(<user::Column as sea_orm::ColumnTrait>::eq(&user::Column::Email, &c.email))
            .one(db)
            .await
            .unwrap()
            .unwrap();
        sessions.push((role, person, format!("{cookie}; lang=qps")));
    }
    let (_, trainee, trainee_cookie) = sessions[0].clone();

    // The trainee's own records: an open attempt, a submitted one and a certificate.
    let me = app::services::auth::current_user(&trainee);
    let modules = module::Entity::find().order_by_asc(module::Column::Id).all(db).await.unwrap();
    let first = modules[0].id;
    let o = app::services::learning::overview(db, &me, first, None).await.unwrap();
    for l in &o.lessons {
        app::services::learning::mark_read(db, &me, first, l.id, None).await.unwrap();
    }
    if o.card.certificate_code.is_none() {
        let id =
            app::services::attempts::start(db, &me, first, None, "pseudo-scan-start-key-1").await;
        let id = id.unwrap();
        let answers = app.key_answers(id, true).await.into_iter().collect();
        app::services::attempts::submit(db, &me, id, Some(&answers)).await.unwrap();
    }
    let second = modules[1].id;
    let open =
        app::services::attempts::start(db, &me, second, None, "pseudo-scan-start-key-2").await;
    let open = open.unwrap();
    let submitted = attempt::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.user_id == trainee.id && a.submitted_at.is_some())
        .expect("a submitted attempt");
    let code = completion::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.user_id == trainee.id)
        .expect("a certificate")
        .certificate_code;
    let version = module_version::Entity::published(first).one(db).await.unwrap().unwrap();
    let first_lesson = lesson::Entity::of_version(version.id).all(db).await.unwrap()[0].id;
    let first_question = question::Entity::of_version(version.id).all(db).await.unwrap()[0].id;
    let agency = trainee.agency_id.unwrap();

    let mut pages: Vec<(String, String)> = vec![];
    let anonymous = "lang=qps".to_owned();
    for path in ["/", "/sign-in", &format!("/verify/{code}"), "/no-such-page"] {
        pages.push((path.to_owned(), anonymous.clone()));
    }
    let trainee_pages = [
        "/".to_owned(),
        "/account".into(),
        "/learning".into(),
        format!("/learn/{first}"),
        format!("/learn/{first}?lang=en"),
        format!("/learn/{first}/lessons/{}", o.lessons[0].id),
        format!("/attempts/{open}"),
        format!("/attempts/{}", submitted.id),
        format!("/certificates/{code}"),
    ];
    pages.extend(trainee_pages.into_iter().map(|p| (p, trainee_cookie.clone())));
    for (role, _, cookie) in &sessions[1..] {
        let mine: Vec<String> = match role {
            Role::Supervisor => vec![
                "/".into(),
                "/agency".into(),
                format!("/people/{}", trainee.id),
                "/account".into(),
            ],
            Role::Trainer => vec![
                "/".into(),
                "/author".into(),
                format!("/author/modules/{first}"),
                format!("/author/lessons/{first_lesson}"),
                format!("/author/questions/{first_question}"),
                format!("/author/versions/{}/preview", version.id),
                format!("/author/versions/{}/analysis", version.id),
                format!("/author/versions/{}/translations/ar", version.id),
            ],
            _ => vec![
                "/".into(),
                "/admin".into(),
                "/admin/users".into(),
                "/admin/users/new".into(),
                format!("/admin/users/{}", trainee.id),
                "/admin/countries".into(),
                "/admin/countries/JO".into(),
                "/admin/import".into(),
                "/admin/audit".into(),
                "/reports/countries".into(),
                "/reports/countries/JO".into(),
                format!("/agencies/{agency}"),
                format!("/people/{}", trainee.id),
            ],
        };
        pages.extend(mine.into_iter().map(|p| (p, cookie.clone())));
    }

    let known = data_words(&app).await;
    let mut untranslated: BTreeSet<String> = BTreeSet::new();
    for (path, cookie) in &pages {
        let response = app.get_as(path, cookie).await;
        let status = response.status();
        let html = body_text(response).await;
        assert!(status.is_success() || path == "/no-such-page", "{path}: {status}");
        assert!(html.contains('⟦'), "{path} is not in the pseudo-locale");
        let text = visible_text(&html);
        let left = outside_catalogue(&text);
        for w in words(&left) {
            if !known.contains(w) {
                untranslated.insert(format!("{path}: {w}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "words on pages that came from no catalogue ({}):\n{}",
        untranslated.len(),
        untranslated.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_scan_sees_text_attributes_and_nothing_else() {
    let html = "<html><head><style>p{}</style><script>let x = 'Hello';</script><title>⟦Sign in⟧</title></head>\
                <body><nav aria-label=\"Main menu\"><a href=\"/x\">⟦Home⟧</a></nav>\
                <input value=\"typed text\"><p>⟦Saved ⟦3⟧ answers⟧ Amira &amp; left</p></body></html>";
    let left = outside_catalogue(&visible_text(html));
    let w: Vec<&str> = words(&left).collect();
    assert_eq!(w, ["Main", "menu", "Amira", "left"]);
}
