//! The quiz on a phone, over the real router: "Submit…" asks to confirm on the server's own
//! page, the confirmation scores what was kept, one question per screen moves and saves, and
//! the page counts what is answered — all without JavaScript.

use crate::helpers;

use app::model::learning::{AttemptPage, ModuleOverview};
use axum::http::{StatusCode, header};
use helpers::{Session, TestApp, body_text, call, setup_with_a_trainee};

async fn open_attempt(app: &TestApp, who: &Session, module: i32) -> AttemptPage {
    let key = "start-key-00000001-abcdefgh";
    let (status, body) =
        call(app, who, "/api/learning/start", &[("module_id", &module.to_string()), ("key", key)])
            .await;
    assert!(status.is_success() || status.is_redirection(), "{status} {body}");
    let (_, body) =
        call(app, who, "/api/learning/module", &[("module_id", &module.to_string())]).await;
    let overview: ModuleOverview = serde_json::from_str(&body).unwrap();
    let id = overview.open_attempt.expect("an open attempt");
    let (_, body) =
        call(app, who, "/api/learning/attempt", &[("attempt_id", &id.to_string())]).await;
    serde_json::from_str(&body).unwrap()
}

/// The quiz form posted by a browser without JavaScript: where it was sent next.
async fn press(
    app: &TestApp,
    who: &Session,
    id: i32,
    action: &str,
    fields: &[(String, String)],
) -> String {
    let id = id.to_string();
    let mut all: Vec<(&str, &str)> = vec![("attempt_id", &id), ("action", action)];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let response = app.post_browser_form("/api/learning/submit", &who.cookie, &all).await;
    assert!(response.status().is_redirection(), "{action}: {}", response.status());
    response.headers()[header::LOCATION].to_str().unwrap().to_owned()
}

async fn page(app: &TestApp, who: &Session, path: &str) -> String {
    let response = app.get_as(path, &who.cookie).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    body_text(response).await
}

async fn answers(app: &TestApp, id: i32, right: bool) -> Vec<(String, String)> {
    app.key_answers(id, right)
        .await
        .into_iter()
        .map(|(k, v)| (format!("answers[{k}]"), v))
        .collect()
}

/// Whether the attempt is scored, and passed.
async fn scored(app: &TestApp, who: &Session, id: i32) -> Option<bool> {
    let (_, body) =
        call(app, who, "/api/learning/attempt", &[("attempt_id", &id.to_string())]).await;
    let page: AttemptPage = serde_json::from_str(&body).unwrap();
    page.result.map(|r| r.passed)
}

#[tokio::test]
async fn submit_asks_first_lists_the_unanswered_and_scores_only_when_confirmed() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let a = open_attempt(&app, &amal, module).await;
    let total = a.questions.len();
    assert!(total >= 3, "the curriculum's first module has several questions");
    let quiz = page(&app, &amal, &format!("/attempts/{}", a.id)).await;
    assert!(quiz.contains(&format!("0 of {total} answered")), "{quiz}");
    assert!(quiz.contains("class=\"quiz-bar\""), "the bar");
    assert!(quiz.contains("Go to the first unanswered question"));

    // Only the first question answered (rightly): "Submit…" keeps it and asks.
    let right = answers(&app, a.id, true).await;
    let first: Vec<(String, String)> = right
        .iter()
        .filter(|(k, _)| k == "answers[q0]" || k.starts_with("answers[q0_"))
        .cloned()
        .collect();
    assert!(!first.is_empty());
    let next = press(&app, &amal, a.id, "review", &first).await;
    assert_eq!(next, format!("/attempts/{}?review=1", a.id));
    assert_eq!(scored(&app, &amal, a.id).await, None, "asking to confirm scores nothing");
    let review = page(&app, &amal, &next).await;
    assert!(review.contains(&format!("You answered 1 of {total} questions.")), "{review}");
    assert!(review.contains("Not answered yet:"), "{review}");
    // Every unanswered question is listed with a way back to it; the answered one is not.
    for n in 2..=total {
        assert!(review.contains(&format!("#question-{n}\"")), "question {n} listed: {review}");
    }
    assert!(!review.contains("#question-1\""), "the answered one is not listed");
    // The quiz page counts the answer kept.
    let quiz = page(&app, &amal, &format!("/attempts/{}", a.id)).await;
    assert!(quiz.contains(&format!("1 of {total} answered")), "{quiz}");

    // Everything answered rightly, then "Submit now" from a tampered page that sends wrong
    // answers with it: what was kept is scored, nothing the confirmation carries.
    press(&app, &amal, a.id, "review", &right).await;
    let wrong = answers(&app, a.id, false).await;
    let done = press(&app, &amal, a.id, "submit-saved", &wrong).await;
    assert_eq!(done, format!("/attempts/{}#result", a.id));
    assert_eq!(scored(&app, &amal, a.id).await, Some(true));
    // A second confirmation changes nothing.
    press(&app, &amal, a.id, "submit-saved", &[]).await;
    assert_eq!(scored(&app, &amal, a.id).await, Some(true));
}

#[tokio::test]
async fn an_unknown_action_keeps_the_answers_and_scores_nothing() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let a = open_attempt(&app, &amal, module).await;
    let right = answers(&app, a.id, true).await;
    for action in ["delete", "show-", "show-x", "show--1", "SUBMIT"] {
        let next = press(&app, &amal, a.id, action, &right).await;
        assert_eq!(next, format!("/attempts/{}?saved=1", a.id), "{action:?}");
    }
    assert_eq!(scored(&app, &amal, a.id).await, None);
    let kept = page(&app, &amal, &format!("/attempts/{}", a.id)).await;
    let total = a.questions.len();
    assert!(kept.contains(&format!("{total} of {total} answered")), "{kept}");
}

#[tokio::test]
async fn one_question_per_screen_moves_saves_and_hides_the_others_without_losing_them() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |d| d.settings.one_per_screen = true).await;
    let a = open_attempt(&app, &amal, module).await;
    let total = a.questions.len();
    let right = answers(&app, a.id, true).await;
    let of = |n: usize| -> Vec<(String, String)> {
        right
            .iter()
            .filter(|(k, _)| {
                *k == format!("answers[q{n}]") || k.starts_with(&format!("answers[q{n}_"))
            })
            .cloned()
            .collect()
    };

    // The first screen: question 1 shown, the others hidden but in the form.
    let first = page(&app, &amal, &format!("/attempts/{}", a.id)).await;
    assert!(first.contains(&format!("Question 1 of {total}")), "{first}");
    assert!(first.contains("id=\"question-1\" data-kind"), "{first}");
    for n in 2..=total {
        let hidden = format!("id=\"question-{n}\" data-kind=");
        let at = first.find(&hidden).unwrap_or_else(|| panic!("question {n} is in the form"));
        let tag = &first[at..first[at..].find('>').map_or(first.len(), |e| at + e)];
        assert!(tag.contains("hidden"), "question {n} hidden: {tag}");
    }
    assert!(!first.contains("Previous question"), "no previous on the first");

    // "Next" saves the shown question and moves; the list's buttons jump.
    let next = press(&app, &amal, a.id, "show-2", &of(0)).await;
    assert_eq!(next, format!("/attempts/{}?q=2", a.id));
    let second = page(&app, &amal, &next).await;
    assert!(second.contains(&format!("Question 2 of {total}")));
    assert!(
        second.contains("Previous question") && second.contains(&format!("1 of {total} answered"))
    );
    // Every answer travels with every move (the hidden questions' fields included), so a save
    // from screen 3 keeps question 1's answer.
    let mut so_far = of(0);
    so_far.extend(of(2));
    press(&app, &amal, a.id, &format!("show-{total}"), &so_far).await;
    let last = page(&app, &amal, &format!("/attempts/{}?q={total}", a.id)).await;
    assert!(last.contains(&format!("2 of {total} answered")), "{last}");
    assert!(!last.contains("Next question"), "no next on the last");
    // Save on a screen stays on it and says so.
    let saved = press(&app, &amal, a.id, "save", &[("q".into(), "2".into())]).await;
    assert_eq!(saved, format!("/attempts/{}?q=2&saved=1", a.id));
    // A question out of range shows the first unanswered one.
    let out = page(&app, &amal, &format!("/attempts/{}?q=999", a.id)).await;
    assert!(
        out.contains(&format!("Question 1 of {total}")),
        "everything was cleared by the last save"
    );
    // The confirmation links back to each unanswered question's screen.
    let review = page(&app, &amal, &format!("/attempts/{}?review=1", a.id)).await;
    assert!(review.contains(&format!("/attempts/{}?q=1", a.id)), "{review}");
}

#[tokio::test]
async fn the_connection_check_answers_without_javascript() {
    let app = helpers::spawn_app().await;
    let body = body_text(app.get("/?check=1").await).await;
    assert!(
        body.contains("Connected to Frontline: the server and its database answered."),
        "{body}"
    );
    let plain = body_text(app.get("/").await).await;
    assert!(!plain.contains("the server and its database answered"), "only when asked");
}
