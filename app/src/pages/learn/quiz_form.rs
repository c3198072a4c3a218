//! The quiz of an attempt, as one form that works without JavaScript.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::learning::Submit;
use crate::components::form::FormMessage;
use crate::components::islands::IslandScripts;
use crate::components::quiz::{QuizFields, question_anchor};
use crate::components::quiz_autosave::{AutosaveTexts, QuizAutosave, TIME_UP};
use crate::i18n::{EvalMsg, Locale, Msg, use_locale};
use crate::model::learning::AttemptPage;
use crate::model::problem::Notice;
use crate::model::quiz::{QUIZ_FORM, QuizAction};

/// The quiz form. Its bar stays in view at the bottom of the screen — how many questions are
/// answered, the time left, whether the answers are saved, and the buttons — and a list of the
/// questions above them marks the unanswered. "Submit…" asks to confirm on a page of its own.
/// A module may show one question per screen: Previous, Next and the list then save and move.
#[component]
pub fn QuizForm(a: AttemptPage, saved_now: bool, shown: Option<usize>) -> impl IntoView {
    let locale = use_locale();
    let total = a.questions.len();
    let answered: Vec<bool> =
        a.questions.iter().enumerate().map(|(i, q)| q.answered_in(i, &a.saved)).collect();
    let first_unanswered = answered.iter().position(|done| !done).map(|i| i + 1);
    let current = a
        .one_per_screen
        .then(|| shown.filter(|n| (1..=total).contains(n)).or(first_unanswered).unwrap_or(1));
    let timed = a.deadline_ms.is_some();
    let action = submit_action(timed);
    let back = format!("/learn/{}", a.module_id);
    let shown_lang = Locale::from_code(&a.language).unwrap_or_default();
    let answered_now = answered.iter().filter(|done| **done).count();
    let step = |n: usize, text: Msg| {
        view! {
            <button type="submit" name="action" value=QuizAction::Show(n).code() class="secondary">
                {locale.t(text)}
            </button>
        }
    };
    view! {
        <p>
            <a class="back-link" href=back>
                {locale.back_link(&a.module_title)}
            </a>
        </p>
        <h1>
            {if a.pretest {
                locale.t(EvalMsg::PretestTitle).to_owned()
            } else {
                locale.quiz_attempt_title(a.number)
            }}
        </h1>
        {a.pretest.then(|| view! { <p class="hint">{locale.t(EvalMsg::PretestIntro)}</p> })}
        <IslandScripts />
        <FormMessage form=Submit::PATH />
        {saved_now
            .then(|| {
                view! {
                    <p class="notice" role="status">
                        {locale.notice(&Notice::AnswersSaved)}
                    </p>
                }
            })}
        {timed.then(|| view! { <p class="hint">{locale.t(Msg::TimedNeedsNetwork)}</p> })}
        <QuestionList answered current />
        {current.map(|n| view! { <p class="question-of">{locale.question_of(n, total)}</p> })}
        <form id=QUIZ_FORM method="post" action=action class="stack quiz-form">
            <input type="hidden" name="attempt_id" value=a.id />
            {current.map(|n| view! { <input type="hidden" name="q" value=n /> })}
            <div lang=shown_lang.code() dir=shown_lang.dir()>
                <QuizFields questions=a.questions.clone() saved=a.saved.clone() shown=current />
            </div>
            <div class="quiz-bar">
                <QuizAutosave
                    attempt_id=a.id
                    saved_seq=a.saved_seq
                    deadline_ms=a.deadline_ms
                    seconds_left=a.seconds_left
                    answered=answered_now
                    texts=AutosaveTexts::new(locale, total)
                />
                <div class="quiz-buttons">
                    // First in the form: what Enter in a field presses.
                    <button
                        type="submit"
                        name="action"
                        value=QuizAction::Save.code()
                        class="secondary"
                    >
                        {locale.t(Msg::SaveAnswers)}
                    </button>
                    {current.filter(|n| *n > 1).map(|n| step(n - 1, Msg::PreviousQuestion))}
                    {current.filter(|n| *n < total).map(|n| step(n + 1, Msg::NextQuestion))}
                    <button type="submit" name="action" value=QuizAction::Review.code()>
                        {locale.t(Msg::ReviewAndSubmit)}
                    </button>
                    // Pressed by the countdown at time up: scores what the form holds, unasked.
                    <button
                        type="submit"
                        name="action"
                        value=QuizAction::Submit.code()
                        id=TIME_UP
                        hidden
                    >
                        {locale.t(Msg::Submit)}
                    </button>
                </div>
            </div>
        </form>
    }
}

/// Where the quiz's forms post. A timed quiz's submission cannot wait offline: the service
/// worker sees `network=required`.
pub fn submit_action(timed: bool) -> String {
    if timed { format!("{}?network=required", Submit::PATH) } else { Submit::PATH.to_owned() }
}

/// The questions by number, the unanswered marked (in words for a screen reader), and a way to
/// the first unanswered one: links on one page, buttons that save and move on one per screen.
#[component]
fn QuestionList(answered: Vec<bool>, current: Option<usize>) -> impl IntoView {
    let locale = use_locale();
    let first = answered.iter().position(|done| !done).map(|i| i + 1);
    let items = answered
        .iter()
        .enumerate()
        .map(|(i, done)| {
            let text = view! {
                {i + 1}
                <span class="visually-hidden" hidden=*done>
                    {format!(" ({})", locale.t(Msg::NotAnswered))}
                </span>
            };
            view! { <li class:answered=*done>{jump(i + 1, current, text.into_any())}</li> }
        })
        .collect_view();
    view! {
        <nav class="question-nav" aria-label=locale.t(Msg::QuestionsNav)>
            <ol>{items}</ol>
            <p class="first-unanswered" hidden=first.is_none()>
                {jump(first.unwrap_or(1), current, locale.t(Msg::FirstUnanswered).into_any())}
            </p>
            <p class="all-answered" hidden=first.is_some()>
                {locale.t(Msg::AllAnswered)}
            </p>
        </nav>
    }
}

/// To question `n`: a link on one page, a button that saves and moves on one per screen.
fn jump(n: usize, current: Option<usize>, text: AnyView) -> AnyView {
    match current {
        None => view! { <a href=format!("#{}", question_anchor(n))>{text}</a> }.into_any(),
        Some(c) => view! {
            <button
                type="submit"
                form=QUIZ_FORM
                name="action"
                value=QuizAction::Show(n).code()
                aria-current=(c == n).then_some("step")
            >
                {text}
            </button>
        }
        .into_any(),
    }
}
