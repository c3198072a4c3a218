//! A quiz as a form (works without JavaScript) and its reviewed result. Used by trainees'
//! attempts and by the trainer's preview.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::i18n::{Msg, use_locale};
use crate::model::{
    authoring::QuestionKind,
    quiz::{
        OptionResult, OptionReview, Outcome, QuizQuestion, ResultReview, answer_key, field_name,
    },
};

/// The questions' inputs, to sit inside a `<form>`. Consecutive questions sharing a scenario
/// are grouped under it. Every name and value is a token (a place in this attempt). With
/// `shown` (one question per screen, counted from 1) the other questions stay in the form,
/// hidden, so that every save still carries every answer.
#[component]
pub fn QuizFields(
    questions: Vec<QuizQuestion>,
    /// Answers saved earlier (`q3`, `q3_1` → value), to refill the form.
    #[prop(optional)]
    saved: HashMap<String, String>,
    #[prop(optional_no_strip)] shown: Option<usize>,
) -> impl IntoView {
    let locale = use_locale();
    let mut previous_scenario: Option<String> = None;
    questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            // Alone on its screen, a question shows its scenario even when the previous shares it.
            let scenario = q
                .scenario
                .clone()
                .filter(|s| shown.is_some() || previous_scenario.as_ref() != Some(s));
            previous_scenario = q.scenario.clone();
            let hidden = shown.is_some_and(|n| n != i + 1);
            let (kind, legend) = (q.kind.code(), format!("{}. {}", i + 1, q.prompt));
            let options = q.options.len();
            let points = locale.question_points(q.points);
            view! {
                {scenario
                    .map(|s| {
                        view! {
                            <aside class="scenario" hidden=hidden>
                                <strong>{locale.t(Msg::Scenario)}</strong>
                                {s}
                            </aside>
                        }
                    })}
                <fieldset
                    class="question"
                    id=question_anchor(i + 1)
                    data-kind=kind
                    data-options=options
                    hidden=hidden
                >
                    <legend>{legend}<small class="points">{points}</small></legend>
                    <QuestionInputs index=i q saved=saved.clone() />
                </fieldset>
            }
        })
        .collect_view()
}

/// The `id` of question `n` (counted from 1) on the quiz page, for links to it.
pub fn question_anchor(n: usize) -> String {
    format!("question-{n}")
}

#[component]
fn QuestionInputs(index: usize, q: QuizQuestion, saved: HashMap<String, String>) -> impl IntoView {
    let locale = use_locale();
    let n = q.options.len();
    let one = saved.get(&answer_key(index, None)).cloned().unwrap_or_default();
    let per = |t: usize| saved.get(&answer_key(index, Some(t))).cloned().unwrap_or_default();
    let options = q.options.iter().enumerate();
    match q.kind {
        QuestionKind::Single | QuestionKind::TrueFalse => options
            .map(|(t, text)| {
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            name=field_name(index, None)
                            value=t
                            checked=one == t.to_string()
                        />
                        {text.clone()}
                    </label>
                }
            })
            .collect_view()
            .into_any(),
        QuestionKind::Multiple => options
            .map(|(t, text)| {
                view! {
                    <label class="choice">
                        <input
                            type="checkbox"
                            name=field_name(index, Some(t))
                            value="on"
                            checked=!per(t).is_empty()
                        />
                        {text.clone()}
                    </label>
                }
            })
            .collect_view()
            .into_any(),
        QuestionKind::Ordering => view! {
            <p class="hint">{locale.t(Msg::OrderingHint)}</p>
            {options
                .map(|(t, text)| {
                    let given = per(t);
                    view! {
                        <label class="order">
                            <select name=field_name(index, Some(t))>
                                <option value="">"–"</option>
                                {(1..=n)
                                    .map(|p| {
                                        view! {
                                            <option value=p selected=given == p.to_string()>
                                                {p}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                            {text.clone()}
                        </label>
                    }
                })
                .collect_view()}
        }
        .into_any(),
        QuestionKind::Matching => options
            .map(|(t, text)| {
                let given = per(t);
                view! {
                    <label class="match">
                        <span>{text.clone()}</span>
                        <select name=field_name(index, Some(t))>
                            <option value="">"–"</option>
                            {q
                                .match_choices
                                .iter()
                                .enumerate()
                                .map(|(c, m)| {
                                    view! {
                                        <option value=c selected=given == c.to_string()>
                                            {m.clone()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                }
            })
            .collect_view()
            .into_any(),
    }
}

/// Pass or fail, and as far as the review policy allows: the score, how each question did, the
/// feedback and the key. Everything is said in words; colour only repeats it.
#[component]
pub fn QuizResultView(result: ResultReview) -> impl IntoView {
    let locale = use_locale();
    let heading = locale.result_heading(result.passed, result.score, result.pass_mark_percent);
    let key_note = match (result.key_shown, result.key_later) {
        (true, _) => None,
        (false, true) => Some(locale.t(Msg::KeyAfterPass)),
        (false, false) => Some(locale.t(Msg::KeyNotShown)),
    };
    view! {
        <section
            id="result"
            class="card result"
            class:passed=result.passed
            aria-labelledby="result-title"
        >
            <h2 id="result-title">{heading}</h2>
            {key_note.map(|n| view! { <p class="notice key-note">{n}</p> })}
            {result
                .questions
                .into_iter()
                .enumerate()
                .map(|(i, q)| {
                    let choice = matches!(
                        q.kind,
                        QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Multiple
                    );
                    let outcome = q
                        .outcome
                        .map(|(earned, o)| {
                            let word = locale
                                .t(
                                    match o {
                                        Outcome::Right => Msg::OutcomeRight,
                                        Outcome::PartlyRight => Msg::OutcomePartlyRight,
                                        Outcome::Wrong => Msg::OutcomeWrong,
                                    },
                                );
                            (o, format!("{word}{}", locale.points_earned(earned, q.points)))
                        });
                    let (right, wrong) = (
                        matches!(outcome, Some((Outcome::Right, _))),
                        matches!(outcome, Some((Outcome::Wrong, _))),
                    );
                    view! {
                        <div
                            class="question-result"
                            class:outcome-right=right
                            class:outcome-wrong=wrong
                        >
                            <h3>
                                {format!("{}. {}", i + 1, q.prompt)}
                                {outcome
                                    .map(|(_, text)| {
                                        view! { <small class="outcome">{text}</small> }
                                    })}
                            </h3>
                            <ul>
                                {q
                                    .options
                                    .into_iter()
                                    .map(|o| view! { <OptionLine o choice /> })
                                    .collect_view()}
                            </ul>
                            {q.explanation.map(|e| view! { <p class="explanation">{e}</p> })}
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// One option of a reviewed question: the trainee's answer and, with the key, the right one.
#[component]
fn OptionLine(o: OptionReview, choice: bool) -> impl IntoView {
    let locale = use_locale();
    let ticked = o.given == OptionResult::TICKED;
    let is_key = o.expected.as_deref() == Some(OptionResult::CORRECT);
    let mut notes: Vec<String> = vec![];
    if choice {
        if ticked {
            notes.push(locale.t(Msg::YouChoseThis).into());
        }
        match (o.right, ticked, is_key) {
            (Some(_), true, true) => notes.push(locale.t(Msg::ARightAnswer).into()),
            (Some(_), true, false) => notes.push(locale.t(Msg::NotARightAnswer).into()),
            (Some(_), false, true) => notes.push(locale.t(Msg::RightAnswerNotChosen).into()),
            _ => {}
        }
    } else {
        if !o.given.is_empty() {
            notes.push(locale.your_answer(&o.given));
        }
        match (o.right, o.expected.as_deref()) {
            (Some(true), _) => notes.push(locale.t(Msg::OutcomeRight).into()),
            (Some(false), Some(expected)) => notes.push(locale.right_answer(expected)),
            _ => {}
        }
    }
    // Colour repeats the words: right where the trainee's answer was right, wrong where it
    // was wrong, "missed" for a right option not chosen.
    let (right, wrong, missed) = match (o.right, choice) {
        (Some(r), true) => (ticked && r, ticked && !r, !ticked && is_key),
        (Some(r), false) => (r, !r, false),
        (None, _) => (false, false, false),
    };
    view! {
        <li class:right=right class:wrong=wrong class:missed=missed>
            <span class="option-text">{o.text}</span>
            {notes.into_iter().map(|n| view! { <span class="given">{n}</span> }).collect_view()}
            {o.feedback.map(|f| view! { <p class="feedback">{f}</p> })}
        </li>
    }
}
