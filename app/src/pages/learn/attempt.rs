use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::learning::Submit;
use crate::api::learning::attempt;
use crate::components::form::FormMessage;
use crate::components::gate::{anyone, gate, page_error};
use crate::components::islands::IslandScripts;
use crate::components::quiz::{QuizFields, QuizResultView};
use crate::components::quiz_autosave::{AutosaveTexts, QuizAutosave};
use crate::i18n::{Locale, Msg, use_locale};
use crate::model::problem::Notice;
use crate::model::quiz::{QUIZ_FORM, SAVED};

/// The quiz of an attempt — one form that works without JavaScript — or, once submitted, its
/// result.
#[component]
pub fn AttemptPage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, attempt);
    let saved_now = use_query_map().with_untracked(|q| q.get(SAVED).is_some());
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let a = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let back = format!("/learn/{}", a.module_id);
                    let shown = Locale::from_code(&a.language).unwrap_or_default();
                    if let Some(result) = a.result.clone() {
                        return // The module's texts are in the attempt's language, which may not be the page's.
                        view! {
                            <p>
                                <a href=back.clone()>{locale.back_link(&a.module_title)}</a>
                            </p>
                            <h1>{locale.attempt_result_title(a.number)}</h1>
                            {a
                                .late
                                .then(|| {
                                    view! { <p class="error">{locale.t(Msg::SubmittedLate)}</p> }
                                })}
                            <div lang=shown.code() dir=shown.dir()>
                                <QuizResultView result />
                            </div>
                            <p>
                                <a class="button" href=back>
                                    {locale.t(Msg::BackToModule)}
                                </a>
                            </p>
                        }
                            .into_any();
                    }
                    let timed = a.deadline_ms.is_some();
                    let action = if timed {
                        format!("{}?network=required", Submit::PATH)
                    } else {
                        Submit::PATH.to_owned()
                    };
                    // A timed quiz's submission cannot wait offline: the service worker sees this.
                    view! {
                        <p>
                            <a href=back>{locale.back_link(&a.module_title)}</a>
                        </p>
                        <h1>{locale.quiz_attempt_title(a.number)}</h1>
                        <IslandScripts />
                        <QuizAutosave
                            attempt_id=a.id
                            saved_seq=a.saved_seq
                            deadline_ms=a.deadline_ms
                            seconds_left=a.seconds_left
                            texts=AutosaveTexts::new(locale)
                        />
                        <FormMessage form=Submit::PATH />
                        {saved_now
                            .then(|| {
                                view! {
                                    <p class="notice" role="status">
                                        {locale.notice(&Notice::AnswersSaved)}
                                    </p>
                                }
                            })}
                        {timed
                            .then(|| {
                                view! { <p class="hint">{locale.t(Msg::TimedNeedsNetwork)}</p> }
                            })}
                        <form id=QUIZ_FORM method="post" action=action class="stack">
                            <input type="hidden" name="attempt_id" value=a.id />
                            <div lang=shown.code() dir=shown.dir()>
                                <QuizFields questions=a.questions.clone() saved=a.saved.clone() />
                            </div>
                            <div class="quiz-actions">
                                <button type="submit" name="action" value="save" class="secondary">
                                    {locale.t(Msg::SaveAnswers)}
                                </button>
                                <button type="submit" name="action" value="submit">
                                    {locale.t(Msg::Submit)}
                                </button>
                            </div>
                        </form>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}
