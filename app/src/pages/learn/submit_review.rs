//! Before an attempt is scored: the page that asks to confirm, and lists what is unanswered.
//! It is the server's own page, so it works without JavaScript.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::learning::Submit;
use crate::components::form::FormMessage;
use crate::components::quiz::question_anchor;
use crate::i18n::{EvalMsg, Locale, Msg, use_locale};
use crate::model::learning::AttemptPage;
use crate::model::quiz::{QuizAction, SHOWN, clock};
use crate::pages::learn::quiz_form::submit_action;

#[component]
pub fn SubmitReview(a: AttemptPage) -> impl IntoView {
    let locale = use_locale();
    let total = a.questions.len();
    let quiz = format!("/attempts/{}", a.id);
    let unanswered: Vec<(usize, String)> = a
        .questions
        .iter()
        .enumerate()
        .filter(|(i, q)| !q.answered_in(*i, &a.saved))
        .map(|(i, q)| (i + 1, q.prompt.clone()))
        .collect();
    let answered = total - unanswered.len();
    let link = {
        let quiz = quiz.clone();
        move |n: usize| match a.one_per_screen {
            true => format!("{quiz}?{SHOWN}={n}"),
            false => format!("{quiz}#{}", question_anchor(n)),
        }
    };
    let shown = Locale::from_code(&a.language).unwrap_or_default();
    let action = submit_action(a.deadline_ms.is_some());
    view! {
        <h1>
            {if a.pretest {
                locale.t(EvalMsg::PretestTitle).to_owned()
            } else {
                locale.review_title(a.number)
            }}
        </h1>
        <FormMessage form=Submit::PATH />
        <section class="card submit-review">
            <p class="lead">{locale.review_summary(answered, total)}</p>
            {(!unanswered.is_empty())
                .then(|| {
                    view! {
                        <h2>{locale.t(Msg::ReviewUnanswered)}</h2>
                        <ul class="unanswered" lang=shown.code() dir=shown.dir()>
                            {unanswered
                                .into_iter()
                                .map(|(n, prompt)| {
                                    view! {
                                        <li>
                                            <a href=link(n)>{format!("{n}. {prompt}")}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            {a
                .seconds_left
                .map(|s| {
                    view! { <p class="timer">{locale.t(Msg::TimeLeft)} <bdi>{clock(s)}</bdi></p> }
                })}
            <p>{locale.t(Msg::ReviewFinal)}</p>
            <form method="post" action=action class="actions">
                <input type="hidden" name="attempt_id" value=a.id />
                <button type="submit" name="action" value=QuizAction::SubmitSaved.code()>
                    {locale.t(Msg::SubmitNow)}
                </button>
                <a class="button secondary" href=quiz>
                    {locale.t(Msg::BackToQuestions)}
                </a>
            </form>
        </section>
    }
}
