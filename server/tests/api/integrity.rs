//! Assessment integrity over the real router: a quiz can only be passed by knowing the answers.
//!
//! - a guessing bot that reads only the page's order and tokens scores within chance;
//! - nothing a trainee receives before submission changes when only the key changes;
//! - the result follows the module's review policy;
//! - attempts are counted per module across republished versions, with the wait enforced;
//! - repeated places and matches never score;
//! - a certificate keeps the name it was earned under.

use crate::helpers;

use std::collections::HashMap;

use app::entities::{attempt, module_version};
use app::i18n::Locale;
use app::model::{
    accounts::Role,
    authoring::{KeyShown, ModuleDoc, QuestionKind},
    learning::{AttemptPage, ModuleOverview},
    quiz::{QuizQuestion, answer_key},
};
use axum::http::StatusCode;
use helpers::{Session, TestApp, body_text, call, setup_with_a_trainee, spawn_app};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

/// Starts (or resumes) the quiz and returns the open attempt's id.
async fn start(app: &TestApp, who: &Session, module: i32, key: &str) -> Result<i32, String> {
    let key = format!("{key}-start-key-padding");
    let m = module.to_string();
    let (status, body) =
        call(app, who, "/api/learning/start", &[("module_id", &m), ("key", &key)]).await;
    if !status.is_success() {
        return Err(format!("{status} {}", helpers::said(&body)));
    }
    let overview = overview(app, who, module).await;
    overview.open_attempt.ok_or_else(|| "no open attempt".to_owned())
}

async fn overview(app: &TestApp, who: &Session, module: i32) -> ModuleOverview {
    let m = module.to_string();
    serde_json::from_str(&call(app, who, "/api/learning/module", &[("module_id", &m)]).await.1)
        .unwrap()
}

async fn attempt_page(app: &TestApp, who: &Session, id: i32) -> AttemptPage {
    let (status, body) =
        call(app, who, "/api/learning/attempt", &[("attempt_id", &id.to_string())]).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn submit(app: &TestApp, who: &Session, id: i32, form: &HashMap<String, String>) {
    let id = id.to_string();
    let fields: Vec<(String, String)> =
        form.iter().map(|(k, v)| (format!("answers[{k}]"), v.clone())).collect();
    let mut all: Vec<(&str, &str)> = vec![("attempt_id", &id), ("action", "submit")];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let (status, body) = call(app, who, "/api/learning/submit", &all).await;
    assert!(status.is_success(), "{status} {body}");
}

async fn key_form(app: &TestApp, attempt: i32, right: bool) -> HashMap<String, String> {
    app.key_answers(attempt, right).await.into_iter().collect()
}

// ---------------------------------------------------------------------------------------------
// The guessing bot

/// Strategies that read nothing but the page's order and tokens.
#[derive(Debug, Clone, Copy)]
enum Strategy {
    /// The lowest token (first on the page): the first option, the identity order and pairing.
    Lowest,
    /// The highest token (last on the page): the last option, the reversed order and pairing.
    Highest,
    /// The second option (two first for multiple choice); orders and pairs shifted by one.
    Second,
    /// The middle option (first half for multiple choice); orders and pairs shifted by half.
    Middle,
    /// The first option, every option ticked, every item in place 1, every item paired with
    /// the first answer.
    AllFirst,
}

const STRATEGIES: [Strategy; 5] =
    [Strategy::Lowest, Strategy::Highest, Strategy::Second, Strategy::Middle, Strategy::AllFirst];

/// The form a strategy fills in for a page.
fn bot_form(strategy: Strategy, questions: &[QuizQuestion]) -> HashMap<String, String> {
    let mut form = HashMap::new();
    for (i, q) in questions.iter().enumerate() {
        let n = q.options.len();
        let shift = match strategy {
            Strategy::Lowest | Strategy::Highest | Strategy::AllFirst => 0,
            Strategy::Second => 1,
            Strategy::Middle => n / 2,
        };
        // Where option `t` goes (a place 0…n-1 or an answer's token).
        let place = |t: usize| match strategy {
            Strategy::Highest => n - 1 - t,
            Strategy::AllFirst => 0,
            _ => (t + shift) % n,
        };
        match q.kind {
            QuestionKind::Single | QuestionKind::TrueFalse => {
                let pick = match strategy {
                    Strategy::Highest => n - 1,
                    Strategy::AllFirst | Strategy::Lowest => 0,
                    _ => shift.min(n - 1),
                };
                form.insert(answer_key(i, None), pick.to_string());
            }
            QuestionKind::Multiple => {
                let ticked: Vec<usize> = match strategy {
                    Strategy::Lowest => vec![0],
                    Strategy::Highest => vec![n - 1],
                    Strategy::Second => vec![0, 1],
                    Strategy::Middle => (0..n / 2).collect(),
                    Strategy::AllFirst => (0..n).collect(),
                };
                for t in ticked {
                    form.insert(answer_key(i, Some(t)), "on".into());
                }
            }
            QuestionKind::Ordering => {
                for t in 0..n {
                    form.insert(answer_key(i, Some(t)), (place(t) + 1).to_string());
                }
            }
            QuestionKind::Matching => {
                for t in 0..n {
                    form.insert(
                        answer_key(i, Some(t)),
                        place(t).min(q.match_choices.len() - 1).to_string(),
                    );
                }
            }
        }
    }
    form
}

/// A small deterministic generator for the chance baseline (SplitMix64).
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, (self.next() % (i as u64 + 1)) as usize);
        }
    }
}

#[derive(Default)]
struct Tally {
    percents: Vec<f64>,
    passes: usize,
}

impl Tally {
    fn add(&mut self, percent: f64, passed: bool) {
        self.percents.push(percent);
        self.passes += usize::from(passed);
    }

    fn mean(&self) -> f64 {
        self.percents.iter().sum::<f64>() / self.percents.len() as f64
    }

    fn sd(&self) -> f64 {
        let m = self.mean();
        let var = self.percents.iter().map(|p| (p - m).powi(2)).sum::<f64>()
            / (self.percents.len() as f64 - 1.0).max(1.0);
        var.sqrt()
    }

    fn pass_rate(&self) -> f64 {
        self.passes as f64 / self.percents.len() as f64
    }
}

const BOT_ATTEMPTS: usize = 200;
/// Pages with a random order per real attempt, for the chance baseline.
const BASELINE_DRAWS: usize = 25;

/// For every demo module, 200 attempts read only through the router; each strategy's answers
/// are scored by the server's scorer against the attempt's real key, one strategy per attempt
/// also submitted through the router (and compared). Chance is the same strategy on the same
/// drawn questions with the page order replaced by a fresh uniform shuffle, so the order tells
/// it nothing: 25 such pages per attempt (5,000 per module and strategy). The bot must stay
/// below chance's mean + 4 standard errors (σ/√200), and pass no more often than chance's rate +
/// 4 binomial standard deviations + 2: a leak of the kind fixed here (the first option right in
/// every question) scores 50 points above chance, a false alarm has odds below 1 in 30,000.
#[tokio::test]
async fn a_guessing_bot_scores_within_chance_on_every_demo_module() {
    let (app, amal) = setup_with_a_trainee().await;
    let mut rng = Mix(0x5EED);
    for n in 0..app::services::demo::CURRICULUM.len() {
        let module = app
            .publish_curriculum(n, |d| {
                d.settings.max_attempts = None;
                d.settings.retake_wait_minutes = None;
                d.settings.pretest = app::model::evaluation::PretestMode::None;
            })
            .await;
        let v = module_version::Entity::find()
            .filter(module_version::Column::ModuleId.eq(module))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut bot: Vec<Tally> = STRATEGIES.iter().map(|_| Tally::default()).collect();
        let mut chance: Vec<Tally> = STRATEGIES.iter().map(|_| Tally::default()).collect();
        for i in 0..BOT_ATTEMPTS {
            let id = start(&app, &amal, module, &format!("bot-{n}-{i}")).await.unwrap();
            // The attempts' seeds from a fixed sequence (as random as the server's, 52 bits),
            // so that a run is the same every time: a statistical bound checked on fresh
            // randomness at every run fails now and then by chance alone.
            let seed = (rng.next() >> 12) as i64;
            attempt::ActiveModel { id: Set(id), seed: Set(seed), ..Default::default() }
                .update(&app.db)
                .await
                .unwrap();
            let page = attempt_page(&app, &amal, id).await;
            let drawn =
                app::services::quiz::draw(&app.db, &v, seed as u64, v.locale()).await.unwrap();
            for (s, strategy) in STRATEGIES.iter().enumerate() {
                let form = bot_form(*strategy, &page.questions);
                let result = app::services::quiz::score(&v, &drawn, &form);
                bot[s].add(result.percent, result.passed);
                for _ in 0..BASELINE_DRAWS {
                    let mut shuffled = drawn.clone();
                    for q in &mut shuffled {
                        rng.shuffle(&mut q.options);
                        rng.shuffle(&mut q.choices);
                    }
                    let view: Vec<QuizQuestion> =
                        shuffled.iter().map(app::services::quiz::Drawn::for_trainee).collect();
                    let r = app::services::quiz::score(&v, &shuffled, &bot_form(*strategy, &view));
                    chance[s].add(r.percent, r.passed);
                }
            }
            // One strategy per attempt goes through the router, scored as the service scored it.
            let strategy = STRATEGIES[i % STRATEGIES.len()];
            submit(&app, &amal, id, &bot_form(strategy, &page.questions)).await;
            let stored = attempt::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
            let expected = bot[i % STRATEGIES.len()].percents.last().copied();
            assert_eq!(stored.percent, expected, "{strategy:?}: the router scores as the service");
        }
        for (s, strategy) in STRATEGIES.iter().enumerate() {
            let (b, c) = (&bot[s], &chance[s]);
            let mean_bound = c.mean() + 4.0 * c.sd() / (BOT_ATTEMPTS as f64).sqrt() + 0.01;
            let p = c.pass_rate();
            let pass_bound =
                BOT_ATTEMPTS as f64 * p + 4.0 * (BOT_ATTEMPTS as f64 * p * (1.0 - p)).sqrt() + 2.0;
            eprintln!(
                "module {} {strategy:?}: bot mean {:.1} % (chance {:.1} %, bound {:.1} %), passes {} (chance {:.1}, bound {:.1})",
                n + 1,
                b.mean(),
                c.mean(),
                mean_bound,
                b.passes,
                BOT_ATTEMPTS as f64 * p,
                pass_bound
            );
            assert!(
                b.mean() <= mean_bound,
                "module {} {strategy:?} beats chance: {:.1} % > {mean_bound:.1} %",
                n + 1,
                b.mean()
            );
            assert!(
                b.passes as f64 <= pass_bound,
                "module {} {strategy:?} passes {} times, chance allows {pass_bound:.1}",
                n + 1,
                b.passes
            );
        }
    }
}

/// The page's field names and values are the tokens, in page order, and nothing else: the
/// lowest value is the first option shown, so "lowest value" is just another order strategy.
#[tokio::test]
async fn the_quiz_form_names_options_by_their_place_in_the_attempt() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(2, |_| {}).await;
    let id = start(&app, &amal, module, "html").await.unwrap();
    let page = attempt_page(&app, &amal, id).await;
    let html = body_text(app.get_as(&format!("/attempts/{id}"), &amal.cookie).await).await;
    let doc = scraper::Html::parse_document(&html);
    let inputs =
        scraper::Selector::parse("#quiz input[name^=answers], #quiz select[name^=answers]")
            .unwrap();
    let option_ids: Vec<i32> = app::entities::question_option::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|o| o.id)
        .collect();
    let mut seen = 0;
    for el in doc.select(&inputs) {
        seen += 1;
        let name = el.value().attr("name").unwrap();
        let inner = name.strip_prefix("answers[q").and_then(|n| n.strip_suffix(']')).unwrap();
        let mut parts = inner.split('_').map(|p| p.parse::<usize>().unwrap());
        let q = parts.next().unwrap();
        assert!(q < page.questions.len(), "{name}");
        if let Some(t) = parts.next() {
            assert!(t < page.questions[q].options.len(), "{name}");
        }
        if el.value().name() == "input" && el.value().attr("type") == Some("radio") {
            let t: usize = el.value().attr("value").unwrap().parse().unwrap();
            assert!(t < page.questions[q].options.len());
        }
    }
    assert!(seen > page.questions.len(), "every question has its fields");
    // Radio values run 0, 1, 2… down the page within each question.
    let radios = scraper::Selector::parse("#quiz input[type=radio]").unwrap();
    let mut by_question: HashMap<String, Vec<usize>> = HashMap::new();
    for el in doc.select(&radios) {
        by_question
            .entry(el.value().attr("name").unwrap().to_owned())
            .or_default()
            .push(el.value().attr("value").unwrap().parse().unwrap());
    }
    for values in by_question.values() {
        assert_eq!(*values, (0..values.len()).collect::<Vec<_>>());
    }
    // No database id of an option is used as a value anywhere (ids here are large enough to
    // tell apart from tokens).
    let values = scraper::Selector::parse("#quiz [value]").unwrap();
    let max_token = page.questions.iter().map(|q| q.options.len()).max().unwrap();
    for el in doc.select(&values) {
        if let Ok(v) = el.value().attr("value").unwrap().parse::<i32>() {
            if el.value().attr("name") == Some("attempt_id") {
                continue;
            }
            assert!(v as usize <= max_token || !option_ids.contains(&v), "an option id: {v}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Nothing before submission follows the key

/// The same module with another key: every choice's right option moved one place on, and every
/// ordering reversed. Texts, order and everything else stay.
fn other_key(doc: &mut ModuleDoc) {
    for q in &mut doc.questions {
        match q.kind {
            QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Multiple => {
                let mut flags: Vec<bool> = q.options.iter().map(|o| o.correct).collect();
                flags.rotate_right(1);
                for (o, f) in q.options.iter_mut().zip(flags) {
                    o.correct = f;
                }
            }
            QuestionKind::Ordering => {
                let n = q.options.len() as i32;
                for o in &mut q.options {
                    o.position = o.position.map(|p| n + 1 - p);
                }
            }
            QuestionKind::Matching => {}
        }
    }
}

/// Everything a trainee can get before submitting, in one app.
async fn trainee_view(key: impl FnOnce(&mut ModuleDoc)) -> Vec<(String, String)> {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app
        .publish_curriculum(2, |d| {
            key(d);
            // Untimed, so no clock reaches the page.
            d.settings.time_limit_minutes = None;
            // Every key-bearing text carries a marker, to be sure none reaches the page.
            for q in &mut d.questions {
                q.explanation = "EXPLANATION-SENTINEL".into();
                for o in &mut q.options {
                    o.feedback = "FEEDBACK-SENTINEL".into();
                }
            }
        })
        .await;
    let id = start(&app, &amal, module, "same").await.unwrap();
    // The same seed in both apps: the same draw, so only the key could differ.
    attempt::ActiveModel { id: Set(id), seed: Set(4242), ..Default::default() }
        .update(&app.db)
        .await
        .unwrap();
    let over = overview(&app, &amal, module).await;
    let (m, a, l) = (module.to_string(), id.to_string(), over.lessons[0].id.to_string());
    let mut out = vec![];
    for (path, fields) in [
        ("/api/learning/catalogue", vec![]),
        ("/api/learning/module", vec![("module_id", m.as_str())]),
        ("/api/learning/lesson", vec![("module_id", m.as_str()), ("lesson_id", l.as_str())]),
        ("/api/learning/attempt", vec![("attempt_id", a.as_str())]),
        ("/api/learning/save_answers", vec![("attempt_id", a.as_str()), ("answers[q0]", "1")]),
    ] {
        let (status, body) = call(&app, &amal, path, &fields).await;
        out.push((format!("{path} {status}"), body));
    }
    for path in [
        "/",
        "/learning",
        &format!("/learn/{m}"),
        &format!("/learn/{m}/lessons/{l}"),
        &format!("/attempts/{a}"),
    ] {
        let response = app.get_as(path, &amal.cookie).await;
        out.push((format!("{path} {}", response.status()), normalise(&body_text(response).await)));
    }
    out
}

/// Removes what differs between any two renderings: the nonce (Leptos repeats it in
/// `crossorigin`) and the start form's one-time key.
fn normalise(html: &str) -> String {
    let html = blank_next(html, "nonce=\"", "nonce=\"");
    let html = blank_next(&html, "crossorigin=\"", "crossorigin=\"");
    blank_next(&html, "name=\"key\"", "value=\"")
}

/// Blanks the quoted value that follows `attr` after every occurrence of `marker`.
fn blank_next(html: &str, marker: &str, attr: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(marker) {
        let Some(open) = rest[at..].find(attr).map(|i| at + i + attr.len()) else { break };
        let close = open + rest[open..].find('"').unwrap();
        out.push_str(&rest[..open]);
        out.push('…');
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn nothing_a_trainee_receives_before_submission_changes_with_the_key() {
    let one = trainee_view(|_| {}).await;
    let other = trainee_view(other_key).await;
    assert_eq!(one.len(), other.len());
    for ((what, a), (_, b)) in one.iter().zip(&other) {
        assert!(what.ends_with("200 OK") || what.ends_with("204 No Content"), "{what}: {a}");
        assert!(!a.contains("SENTINEL"), "{what} carries key text: {a}");
        assert_eq!(a, b, "{what} differs when only the key differs");
    }
}

// ---------------------------------------------------------------------------------------------
// Review policy

const RIGHT_SENTINEL: &str = "RIGHT-OPTION-SENTINEL";
const EXPLANATION_SENTINEL: &str = "EXPLANATION-SENTINEL";

fn with_sentinels(d: &mut ModuleDoc) {
    for q in &mut d.questions {
        q.explanation = format!("{EXPLANATION_SENTINEL} {}", q.explanation);
        for o in &mut q.options {
            if o.correct {
                o.feedback = format!("{RIGHT_SENTINEL} {}", o.feedback);
            }
        }
    }
}

async fn result_page(app: &TestApp, who: &Session, id: i32) -> String {
    let response = app.get_as(&format!("/attempts/{id}"), &who.cookie).await;
    assert_eq!(response.status(), StatusCode::OK);
    body_text(response).await
}

#[tokio::test]
async fn a_failed_attempt_with_attempts_left_shows_no_key_and_a_pass_shows_it() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app
        .publish_curriculum(0, |d| {
            d.settings.max_attempts = Some(3);
            with_sentinels(d);
        })
        .await;
    let first = start(&app, &amal, module, "fail").await.unwrap();
    submit(&app, &amal, first, &key_form(&app, first, false).await).await;
    let html = result_page(&app, &amal, first).await;
    let json =
        call(&app, &amal, "/api/learning/attempt", &[("attempt_id", &first.to_string())]).await.1;
    for body in [&html, &json] {
        assert!(!body.contains(RIGHT_SENTINEL), "a right option's feedback after a fail");
        assert!(!body.contains(EXPLANATION_SENTINEL), "an explanation after a fail");
        assert!(!body.contains("a right answer"), "the key in words after a fail");
    }
    assert!(html.contains("Not passed yet") && html.contains("— wrong"), "right/wrong in words");
    assert!(html.contains("you chose this"), "the trainee's own answers");
    assert!(html.contains("once you pass or have used your last attempt"));
    let page: AttemptPage = serde_json::from_str(&json).unwrap();
    let review = page.result.unwrap();
    assert!(!review.key_shown && review.key_later);
    assert!(review.questions.iter().all(|q| q.explanation.is_none()));
    assert!(
        review
            .questions
            .iter()
            .flat_map(|q| &q.options)
            .all(|o| o.expected.is_none() && o.right.is_none())
    );

    let second = start(&app, &amal, module, "pass").await.unwrap();
    submit(&app, &amal, second, &key_form(&app, second, true).await).await;
    let html = result_page(&app, &amal, second).await;
    assert!(html.contains(RIGHT_SENTINEL) && html.contains(EXPLANATION_SENTINEL));
    assert!(html.contains("Passed") && html.contains("a right answer"));
    // Once passed, the first attempt's key opens too.
    assert!(result_page(&app, &amal, first).await.contains(EXPLANATION_SENTINEL));
}

#[tokio::test]
async fn the_last_attempt_opens_the_key_and_never_keeps_it_closed() {
    let (app, amal) = setup_with_a_trainee().await;
    let last = app
        .publish_curriculum(0, |d| {
            d.settings.max_attempts = Some(1);
            with_sentinels(d);
        })
        .await;
    let id = start(&app, &amal, last, "only").await.unwrap();
    submit(&app, &amal, id, &key_form(&app, id, false).await).await;
    assert!(result_page(&app, &amal, id).await.contains(EXPLANATION_SENTINEL), "no attempt left");

    let never = app
        .publish_curriculum(1, |d| {
            d.slug = "never-shows".into();
            d.settings.review.key = KeyShown::Never;
            d.settings.review.score = false;
            with_sentinels(d);
        })
        .await;
    let id = start(&app, &amal, never, "never").await.unwrap();
    submit(&app, &amal, id, &key_form(&app, id, true).await).await;
    let html = result_page(&app, &amal, id).await;
    assert!(html.contains("Passed"), "pass or fail is always said");
    assert!(!html.contains(EXPLANATION_SENTINEL), "never means never");
    assert!(!html.contains("100 %"), "no score when the module hides it");
    assert!(html.contains("does not show its right answers"));
}

// ---------------------------------------------------------------------------------------------
// Attempts per module

async fn republish(app: &TestApp, module: i32) {
    let draft = app::services::authoring::new_draft(&app.db, module).await.unwrap();
    app::services::authoring::publish(&app.db, draft).await.unwrap();
}

#[tokio::test]
async fn the_attempt_limit_and_the_open_attempt_hold_across_republished_versions() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |d| d.settings.max_attempts = Some(2)).await;
    let first = start(&app, &amal, module, "one").await.unwrap();
    // Republished while the attempt is open: the same attempt comes back, never a second.
    republish(&app, module).await;
    assert_eq!(start(&app, &amal, module, "two").await.unwrap(), first);
    submit(&app, &amal, first, &HashMap::new()).await;
    republish(&app, module).await;
    let second = start(&app, &amal, module, "three").await.unwrap();
    assert_ne!(second, first);
    submit(&app, &amal, second, &HashMap::new()).await;
    // A typo fix gives nobody fresh attempts.
    republish(&app, module).await;
    let refused = start(&app, &amal, module, "four").await.unwrap_err();
    assert!(refused.starts_with("422") && refused.contains("No attempt left"), "{refused}");
    let over = overview(&app, &amal, module).await;
    assert_eq!(over.attempts.len(), 2);
    assert!(over.cannot_start.is_some());
    let numbers: Vec<i32> = over.attempts.iter().map(|a| a.number).collect();
    assert_eq!(numbers, [1, 2]);
}

#[tokio::test]
async fn concurrent_starts_across_a_republish_give_one_attempt() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let starts = (0..12).map(|n| {
        let (app, amal) = (&app, &amal);
        async move {
            if n == 6 {
                republish(app, module).await;
            }
            start(app, amal, module, &format!("race-{n}")).await
        }
    });
    let results = futures_util::future::join_all(starts).await;
    let ids: std::collections::HashSet<i32> =
        results.iter().filter_map(|r| r.as_ref().ok().copied()).collect();
    for r in &results {
        if let Err(e) = r {
            assert!(e.starts_with("422"), "a clear refusal, not a failure: {e}");
        }
    }
    assert_eq!(ids.len(), 1, "{results:?}");
    let open = attempt::Entity::find()
        .filter(attempt::Column::SubmittedAt.is_null())
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(open.len(), 1);
}

#[tokio::test]
async fn the_wait_between_attempts_is_enforced_on_the_server() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |d| d.settings.retake_wait_minutes = Some(60)).await;
    let first = start(&app, &amal, module, "first").await.unwrap();
    submit(&app, &amal, first, &HashMap::new()).await;
    let refused = start(&app, &amal, module, "too-soon").await.unwrap_err();
    assert!(refused.starts_with("422") && refused.contains("60 min"), "{refused}");
    let why = overview(&app, &amal, module).await.cannot_start.unwrap();
    assert!(Locale::En.problem(&why).contains("60 min"), "{why:?}");
    attempt::ActiveModel {
        id: Set(first),
        submitted_at: Set(Some(chrono::Utc::now() - chrono::Duration::minutes(61))),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    assert!(start(&app, &amal, module, "later").await.is_ok());
}

// ---------------------------------------------------------------------------------------------
// Scoring of orders and pairs

#[tokio::test]
async fn repeated_places_and_matches_never_score() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(2, |_| {}).await;
    let id = start(&app, &amal, module, "repeat").await.unwrap();
    let page = attempt_page(&app, &amal, id).await;
    let mut form = HashMap::new();
    let mut asked = 0;
    for (i, q) in page.questions.iter().enumerate() {
        if matches!(q.kind, QuestionKind::Ordering | QuestionKind::Matching) {
            asked += 1;
            let same = if q.kind == QuestionKind::Ordering { "1" } else { "0" };
            for t in 0..q.options.len() {
                form.insert(answer_key(i, Some(t)), same.to_owned());
            }
        }
    }
    assert_eq!(asked, 2, "the module has an ordering and a matching question");
    submit(&app, &amal, id, &form).await;
    let stored = attempt::Entity::find_by_id(id).one(&app.db).await.unwrap().unwrap();
    let result: app::model::quiz::QuizResult =
        serde_json::from_str(&stored.result_json.unwrap()).unwrap();
    for q in result
        .questions
        .iter()
        .filter(|q| matches!(q.kind, QuestionKind::Ordering | QuestionKind::Matching))
    {
        assert_eq!(q.earned, 0.0, "{q:?}");
    }
    assert_eq!(stored.earned, Some(0.0));
}

// ---------------------------------------------------------------------------------------------
// Certificates

#[tokio::test]
async fn a_certificate_keeps_the_name_it_was_earned_under_and_the_rename_is_audited() {
    let (app, amal) = setup_with_a_trainee().await;
    let module = app.publish_curriculum(0, |_| {}).await;
    for lesson in overview(&app, &amal, module).await.lessons {
        let fields = [("module_id", module.to_string()), ("lesson_id", lesson.id.to_string())];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert!(call(&app, &amal, "/api/learning/mark_read", &fields).await.0.is_success());
    }
    let id = start(&app, &amal, module, "cert").await.unwrap();
    submit(&app, &amal, id, &key_form(&app, id, true).await).await;
    let code = overview(&app, &amal, module).await.card.certificate_code.expect("completed");

    let (status, body) = call(
        &app,
        &amal,
        "/api/account/update_profile",
        &[("display_name", "Somebody Else"), ("locale", "en")],
    )
    .await;
    assert!(status.is_success(), "{body}");
    let verify = body_text(app.get(&format!("/verify/{code}")).await).await;
    assert!(verify.contains("amal") && !verify.contains("Somebody Else"), "{verify}");
    assert!(verify.contains("PSD") && verify.contains("version 1"), "agency and version: {verify}");
    let certificate =
        body_text(app.get_as(&format!("/certificates/{code}"), &amal.cookie).await).await;
    assert!(certificate.contains("amal") && !certificate.contains("Somebody Else"));

    let renamed = app::entities::audit_log::Entity::find()
        .filter(app::entities::audit_log::Column::Action.eq("renamed"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(renamed.len(), 1);
    assert_eq!(renamed[0].subject_id, Some(amal.user_id));
    assert!(renamed[0].detail.contains("amal → Somebody Else"), "{}", renamed[0].detail);
}

// ---------------------------------------------------------------------------------------------
// Migration of existing records

/// Attempts made before migration 10 were numbered per version: they are numbered again per
/// person and module, oldest first, so the limit counts them all; completions get the facts
/// their certificate showed.
#[tokio::test]
async fn migration_ten_renumbers_attempts_per_module_and_fills_certificates() {
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::{ConnectionTrait, Database, Statement};
    let (url, _database) = helpers::fresh_database().await;
    let db = Database::connect(&url).await.unwrap();
    Migrator::up(&db, Some(9)).await.unwrap();
    let at = "'2026-01-01 00:00:00+00:00'";
    for sql in [
        format!(
            "INSERT INTO agencies (country_code, name, kind, created_at) VALUES ('JO', 'PSD', 'law_enforcement', {at})"
        ),
        format!(
            "INSERT INTO users (email, email_key, display_name, password_hash, role, agency_id, locale, active, created_at, password_changed_at) VALUES ('a@x', 'a@x', 'Amal', 'x', 'trainee', 1, 'en', TRUE, {at}, {at})"
        ),
        format!("INSERT INTO modules (slug, created_at) VALUES ('m', {at})"),
        format!(
            "INSERT INTO module_versions (module_id, number, status, title, summary, language, estimated_minutes, agency_kinds, pass_mark_percent, shuffle_questions, shuffle_options, created_at) VALUES (1, 1, 'archived', 'Old title', '', 'en', 5, '', 50, TRUE, TRUE, {at})"
        ),
        format!(
            "INSERT INTO module_versions (module_id, number, status, title, summary, language, estimated_minutes, agency_kinds, pass_mark_percent, shuffle_questions, shuffle_options, created_at) VALUES (1, 2, 'published', 'New title', '', 'en', 5, '', 50, TRUE, TRUE, {at})"
        ),
    ] {
        db.execute_unprepared(&sql).await.unwrap();
    }
    // Two lessons in one place, as a past race could leave them.
    for (title, position) in [("a", 1), ("b", 1), ("c", 2)] {
        db.execute_unprepared(&format!(
            "INSERT INTO lessons (version_id, position, title, body_markdown) VALUES (1, {position}, '{title}', '')"
        ))
        .await
        .unwrap();
    }
    // Attempts numbered per version, and one left open on each version.
    let attempts = [(1, 1, true), (1, 2, true), (2, 1, true), (2, 2, false), (1, 3, false)];
    for (version, number, submitted) in attempts {
        let submitted_at = if submitted { at } else { "NULL" };
        db.execute_unprepared(&format!(
            "INSERT INTO attempts (user_id, version_id, number, seed, start_key, started_at, saved_answers, submitted_at, percent, passed, late) \
             VALUES (1, {version}, {number}, 1, 'k-{version}-{number}', {at}, '{{}}', {submitted_at}, 80, TRUE, FALSE)"
        ))
        .await
        .unwrap();
    }
    db.execute_unprepared(&format!(
        "INSERT INTO completions (user_id, module_id, version_id, attempt_id, percent, completed_at, certificate_code) \
         VALUES (1, 1, 1, 1, 80, {at}, 'AAAA-BBBB-CCCC-DDDD')"
    ))
    .await
    .unwrap();

    Migrator::up(&db, None).await.unwrap();
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT number, module_id FROM attempts ORDER BY id",
        ))
        .await
        .unwrap();
    let numbers: Vec<(i32, i32)> = rows
        .iter()
        .map(|r| (r.try_get("", "number").unwrap(), r.try_get("", "module_id").unwrap()))
        .collect();
    assert_eq!(numbers, [(1, 1), (2, 1), (3, 1), (4, 1)], "the older open attempt is gone");
    let places = db
        .query_all_raw(Statement::from_string(backend, "SELECT position FROM lessons ORDER BY id"))
        .await
        .unwrap();
    let places: Vec<i32> = places.iter().map(|r| r.try_get("", "position").unwrap()).collect();
    assert_eq!(places, [1, 2, 3], "one lesson per place, in their old order");
    let c = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT holder_name, agency_name, module_title, version_number FROM completions",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.try_get::<String>("", "holder_name").unwrap(), "Amal");
    assert_eq!(c.try_get::<Option<String>>("", "agency_name").unwrap().as_deref(), Some("PSD"));
    assert_eq!(c.try_get::<String>("", "module_title").unwrap(), "Old title");
    assert_eq!(c.try_get::<i32>("", "version_number").unwrap(), 1);
    // A second open attempt at the module is refused by the database itself.
    let second_open = db
        .execute_unprepared(&format!(
            "INSERT INTO attempts (user_id, version_id, module_id, number, seed, start_key, started_at, saved_answers, late) \
             VALUES (1, 2, 1, 5, 1, 'k-open', {at}, '{{}}', FALSE)"
        ))
        .await;
    assert!(second_open.is_err(), "one open attempt per person and module");
}

// ---------------------------------------------------------------------------------------------
// Authoring

#[tokio::test]
async fn the_editor_warns_of_a_key_in_one_place_and_the_preview_follows_the_review_policy() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    // The demo curriculum writes the right option first; with shuffling off it shows.
    let module = app.publish_curriculum(0, |d| d.settings.shuffle_options = false).await;
    let editor =
        body_text(app.get_as(&format!("/author/modules/{module}"), &trainer.cookie).await).await;
    assert!(editor.contains("the right answer is option 1"), "the warning");
    let shuffled = app.publish_curriculum(1, |_| {}).await;
    let editor =
        body_text(app.get_as(&format!("/author/modules/{shuffled}"), &trainer.cookie).await).await;
    assert!(!editor.contains("the right answer is option"), "no warning when shuffled");

    // A failed preview shows what a trainee with attempts left sees: no key.
    let v = app::services::authoring::current_version(&app.db, module).await.unwrap();
    let (vid, seed) = (v.id.to_string(), "77");
    let response = app
        .post_browser_form(
            "/api/authoring/check_preview",
            &trainer.cookie,
            &[("version_id", &vid), ("seed", seed)],
        )
        .await;
    assert!(response.status().is_redirection(), "{}", response.status());
    let preview = body_text(
        app.get_as(&format!("/author/versions/{vid}/preview?seed={seed}"), &trainer.cookie).await,
    )
    .await;
    assert!(preview.contains("Not passed yet"), "the result is shown");
    assert!(preview.contains("once you pass or have used your last attempt"));
    assert!(!preview.contains("a right answer"));
}

#[tokio::test]
async fn a_first_format_document_still_imports_with_the_default_review_policy() {
    let app = spawn_app().await;
    let trainer = app.signed_in("trainer@x.example", Role::Trainer, None).await;
    let mut doc: serde_json::Value =
        serde_json::from_str(app::services::demo::CURRICULUM[0].0).unwrap();
    doc["format"] = "frontline.module/1".into();
    doc["slug"] = "old-format".into();
    let object = doc.as_object_mut().unwrap();
    object.remove("review");
    object.remove("retake_wait_minutes");
    for q in doc["questions"].as_array_mut().unwrap() {
        q.as_object_mut().unwrap().remove("fixed_order");
    }
    let me = app::services::auth::current_user(
        &app::entities::user::Entity::find_by_id(trainer.user_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap(),
    );
    let id = app::services::authoring::import(&app.db, &me, &doc.to_string()).await.unwrap();
    let v = app::services::authoring::current_version(&app.db, id).await.unwrap();
    let settings = app::services::authoring::settings_of(&v);
    assert_eq!(settings.review, app::model::authoring::ReviewPolicy::default());
    assert_eq!(settings.retake_wait_minutes, None);
    // Export writes the current format, and it imports again.
    let exported = app::services::authoring::document(&app.db, &v).await.unwrap();
    assert_eq!(exported.format, app::model::authoring::FORMAT);
}
