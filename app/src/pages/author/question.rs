use leptos::prelude::*;

use crate::components::table_frame::TableFrame;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::authoring::UpdateQuestion;
use crate::api::authoring::question;
use crate::components::form::{Field, FormMessage, SelectField, flash_for, textarea_text};
use crate::components::gate::{gate, page_error};
use crate::i18n::authoring::{self, OptionField};
use crate::i18n::{AuthorMsg, EvalMsg, Msg, evaluation, use_locale};
use crate::model::authoring::{OptionDoc, QuestionKind, VersionStatus};
use crate::model::evaluation::TestForm;
use crate::model::forms::field_key;
use crate::pages::author::is_author;

/// Blank option rows offered below the existing ones.
const SPARE_ROWS: usize = 2;

#[component]
pub fn QuestionPage() -> impl IntoView {
    let locale = use_locale();
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, question);
    gate(is_author, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let (q, v) = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let draft = v.status == VersionStatus::Draft;
                    let doc = q.question.clone();
                    let flash = flash_for(UpdateQuestion::PATH);
                    let options: Vec<OptionDoc> = match &flash {
                        Some(f) => {
                            (0..)
                                .map_while(|i| {
                                    let get = |k: &str| {
                                        f.value(&format!("options[{i}][{k}]")).map(str::to_owned)
                                    };
                                    Some(OptionDoc {
                                        text: get("text")?,
                                        correct: get("correct").is_some_and(|c| !c.is_empty()),
                                        position: get("position").and_then(|p| p.parse().ok()),
                                        match_key: get("match").filter(|m| !m.is_empty()),
                                        feedback: get("feedback").unwrap_or_default(),
                                    })
                                })
                                .collect()
                        }
                        None => doc.options.clone(),
                    };
                    let kinds = QuestionKind::ALL
                        .iter()
                        .map(|k| (
                            k.code().to_owned(),
                            authoring::question_kind(locale, *k).to_owned(),
                        ))
                        .collect();
                    let rows = options.len() + SPARE_ROWS;
                    let fixed_order = match &flash {
                        Some(f) => f.value("fixed_order").is_some_and(|v| !v.is_empty()),
                        None => doc.fixed_order,
                    };
                    // After a failed save: the options as typed.
                    view! {
                        <p>
                            <a href=format!(
                                "/author/modules/{}",
                                v.module_id,
                            )>{locale.back_link(&v.settings.title)}</a>
                        </p>
                        <h1>{authoring::question_title(locale, doc.kind)}</h1>
                        {(!draft)
                            .then(|| {
                                view! { <p class="notice">{locale.t(AuthorMsg::FrozenNotice)}</p> }
                            })}
                        <FormMessage form=UpdateQuestion::PATH />
                        <form method="post" action=UpdateQuestion::PATH class="stack">
                            <input type="hidden" name="question_id" value=q.id />
                            <SelectField
                                form=UpdateQuestion::PATH
                                name="question[kind]"
                                label=locale.t(AuthorMsg::Kind)
                                options=kinds
                                selected=doc.kind.code().to_owned()
                            />
                            <TextArea
                                name="question[prompt]"
                                label=locale.t(AuthorMsg::QuestionLabel)
                                value=doc.prompt.clone()
                                rows=3
                            />
                            <TextArea
                                name="question[scenario]"
                                label=locale.t(AuthorMsg::ScenarioLabel)
                                value=doc.scenario.clone().unwrap_or_default()
                                rows=3
                            />
                            <Field
                                form=UpdateQuestion::PATH
                                name="question[points]"
                                label=locale.t(AuthorMsg::Points)
                                kind="number"
                                value=doc.points.to_string()
                            />
                            <label class="check">
                                <input
                                    type="checkbox"
                                    name="question[fixed_order]"
                                    checked=fixed_order
                                />
                                {locale.t(AuthorMsg::FixedOrder)}
                            </label>
                            <SelectField
                                form=UpdateQuestion::PATH
                                name="question[test_form]"
                                label=locale.t(EvalMsg::TestForm)
                                options=TestForm::ALL
                                    .iter()
                                    .map(|f| (
                                        f.code().to_owned(),
                                        evaluation::test_form(locale, *f).to_owned(),
                                    ))
                                    .collect()
                                selected=doc.test_form.code().to_owned()
                            />
                            <fieldset class="options-editor">
                                <legend>{locale.t(AuthorMsg::Options)}</legend>
                                <p class="hint">{authoring::key_hint(locale, doc.kind)}</p>
                                <TableFrame>
                                    <table class="data">
                                        <thead>
                                            <tr>
                                                <th>{locale.t(AuthorMsg::ColText)}</th>
                                                <th>{locale.t(AuthorMsg::ColCorrect)}</th>
                                                <th>{locale.t(AuthorMsg::ColPlace)}</th>
                                                <th>{locale.t(AuthorMsg::ColMatch)}</th>
                                                <th>{locale.t(AuthorMsg::ColFeedback)}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {(0..rows)
                                                .map(|i| {
                                                    let o = options.get(i).cloned();
                                                    let name = move |k: &str| {
                                                        format!("question[options][{i}][{k}]")
                                                    };
                                                    let aria = move |f: OptionField| authoring::option_field(
                                                        locale,
                                                        i + 1,
                                                        f,
                                                    );
                                                    view! {
                                                        <tr>
                                                            <td>
                                                                <input
                                                                    name=name("text")
                                                                    value=o.as_ref().map(|o| o.text.clone())
                                                                    aria-label=aria(OptionField::Text)
                                                                />
                                                            </td>
                                                            <td>
                                                                <input
                                                                    type="checkbox"
                                                                    name=name("correct")
                                                                    checked=o.as_ref().is_some_and(|o| o.correct)
                                                                    aria-label=aria(OptionField::Correct)
                                                                />
                                                            </td>
                                                            <td>
                                                                <input
                                                                    type="number"
                                                                    min="1"
                                                                    size="3"
                                                                    name=name("position")
                                                                    value=o
                                                                        .as_ref()
                                                                        .and_then(|o| o.position)
                                                                        .map(|p| p.to_string())
                                                                    aria-label=aria(OptionField::Place)
                                                                />
                                                            </td>
                                                            <td>
                                                                <input
                                                                    name=name("match")
                                                                    value=o.as_ref().and_then(|o| o.match_key.clone())
                                                                    aria-label=aria(OptionField::Match)
                                                                />
                                                            </td>
                                                            <td>
                                                                <input
                                                                    name=name("feedback")
                                                                    value=o.as_ref().map(|o| o.feedback.clone())
                                                                    aria-label=aria(OptionField::Feedback)
                                                                />
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </TableFrame>
                            </fieldset>
                            <TextArea
                                name="question[explanation]"
                                label=locale.t(AuthorMsg::ExplanationLabel)
                                value=doc.explanation.clone()
                                rows=3
                            />
                            {draft
                                .then(|| {
                                    view! {
                                        <button type="submit">
                                            {locale.t(AuthorMsg::SaveQuestion)}
                                        </button>
                                    }
                                })}
                        </form>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}

/// A labelled textarea of the question form, refilled after a failed save.
#[component]
fn TextArea(name: &'static str, label: &'static str, value: String, rows: u32) -> impl IntoView {
    let flash = flash_for(UpdateQuestion::PATH);
    let key = field_key(name);
    let value = flash.as_ref().and_then(|f| f.value(&key).map(str::to_owned)).unwrap_or(value);
    let error = flash.as_ref().and_then(|f| f.error_for(&key)).map(|e| use_locale().error(e));
    let id = format!("question-{key}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea id=id name=name rows=rows>
                {textarea_text(&value)}
            </textarea>
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
        </div>
    }
}
