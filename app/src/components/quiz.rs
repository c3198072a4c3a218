//! A quiz as a form (works without JavaScript) and its scored result. Used by the trainer's
//! preview now and by trainees' attempts later.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::i18n::{Msg, use_locale};
use crate::model::{
    authoring::QuestionKind,
    quiz::{OptionResult, QuizQuestion, QuizResult, field_name},
};

/// The questions' inputs, to sit inside a `<form>`. Consecutive questions sharing a scenario
/// are grouped under it.
#[component]
pub fn QuizFields(
    questions: Vec<QuizQuestion>,
    /// Answers saved earlier (`q12`, `q12_34` → value), to refill the form.
    #[prop(optional)]
    saved: HashMap<String, String>,
) -> impl IntoView {
    let locale = use_locale();
    let mut previous_scenario: Option<String> = None;
    questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let scenario = q.scenario.clone().filter(|s| previous_scenario.as_ref() != Some(s));
            previous_scenario = q.scenario.clone();
            let (kind, legend) = (q.kind.code(), format!("{}. {}", i + 1, q.prompt));
            let points = locale.question_points(q.points);
            view! {
                {scenario.map(|s| view! { <aside class="scenario"><strong>{locale.t(Msg::Scenario)}</strong>{s}</aside> })}
                <fieldset class="question" data-kind=kind>
                    <legend>{legend}<small class="points">{points}</small></legend>
                    <QuestionInputs q saved=saved.clone() />
                </fieldset>
            }
        })
        .collect_view()
}

#[component]
fn QuestionInputs(q: QuizQuestion, saved: HashMap<String, String>) -> impl IntoView {
    let locale = use_locale();
    let n = q.options.len();
    let one = saved.get(&format!("q{}", q.id)).cloned().unwrap_or_default();
    let per = |o: i32| saved.get(&format!("q{}_{o}", q.id)).cloned().unwrap_or_default();
    match q.kind {
        QuestionKind::Single | QuestionKind::TrueFalse => q
            .options
            .iter()
            .map(|o| view! {
                <label class="choice"><input type="radio" name=field_name(q.id, None) value=o.id checked=one == o.id.to_string() />{o.text.clone()}</label>
            })
            .collect_view()
            .into_any(),
        QuestionKind::Multiple => q
            .options
            .iter()
            .map(|o| view! {
                <label class="choice"><input type="checkbox" name=field_name(q.id, Some(o.id)) value="on" checked=!per(o.id).is_empty() />{o.text.clone()}</label>
            })
            .collect_view()
            .into_any(),
        QuestionKind::Ordering => view! {
            <p class="hint">{locale.t(Msg::OrderingHint)}</p>
            {q.options.iter().map(|o| {
                let given = per(o.id);
                view! {
                <label class="order">
                    <select name=field_name(q.id, Some(o.id))>
                        <option value="">"–"</option>
                        {(1..=n).map(|p| view! { <option value=p selected=given == p.to_string()>{p}</option> }).collect_view()}
                    </select>
                    {o.text.clone()}
                </label>
            }}).collect_view()}
        }
        .into_any(),
        QuestionKind::Matching => q
            .options
            .iter()
            .map(|o| {
                let given = per(o.id);
                view! {
                <label class="match">
                    <span>{o.text.clone()}</span>
                    <select name=field_name(q.id, Some(o.id))>
                        <option value="">"–"</option>
                        {q.match_choices.iter().map(|m| view! { <option value=m.clone() selected=*m == given>{m.clone()}</option> }).collect_view()}
                    </select>
                </label>
            }})
            .collect_view()
            .into_any(),
    }
}

/// Score, pass or fail, and per question the answer given, the right one, feedback and the
/// explanation.
#[component]
pub fn QuizResultView(result: QuizResult) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section id="result" class="card result" class:passed=result.passed aria-labelledby="result-title">
            <h2 id="result-title">
                {locale.result_heading(result.passed, result.percent, result.earned, result.possible, result.pass_mark_percent)}
            </h2>
            {result.questions.into_iter().enumerate().map(|(i, q)| {
                let choice = matches!(q.kind, QuestionKind::Single | QuestionKind::TrueFalse | QuestionKind::Multiple);
                view! {
                    <div class="question-result">
                        <h3>{format!("{}. {}", i + 1, q.prompt)}<small>{locale.points_earned(q.earned, q.points)}</small></h3>
                        <ul>
                            {q.options.into_iter().map(|o| view! {
                                <li class:right=o.right class:wrong=!o.right>
                                    <span class="option-text">{o.text}</span>
                                    {(!o.given.is_empty()).then(|| view! { <span class="given">{locale.your_answer(&o.given)}</span> })}
                                    {(!o.expected.is_empty()).then(|| view! { <span class="expected">{if choice && o.expected == OptionResult::CORRECT { locale.t(Msg::RightChoice).to_owned() } else { locale.right_answer(&o.expected) }}</span> })}
                                    {(!o.feedback.is_empty()).then(|| view! { <p class="feedback">{o.feedback}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                        {(!q.explanation.is_empty()).then(|| view! { <p class="explanation">{q.explanation}</p> })}
                    </div>
                }
            }).collect_view()}
        </section>
    }
}
