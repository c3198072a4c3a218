use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::learning::attempt;
use crate::components::gate::{anyone, gate, page_error};
use crate::components::quiz::QuizResultView;
use crate::i18n::{EvalMsg, Locale, Msg, evaluation, use_locale};
use crate::model::learning::AttemptPage as Attempt;
use crate::model::quiz::{REVIEW, SAVED, SHOWN};
use crate::pages::learn::quiz_form::QuizForm;
use crate::pages::learn::submit_review::SubmitReview;

/// An attempt: its quiz — one form that works without JavaScript — then, on "Submit…", the
/// page that asks to confirm (`?review=1`), and once submitted, its result.
#[component]
pub fn AttemptPage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, attempt);
    let (saved_now, review, shown) = use_query_map().with_untracked(|q| {
        (q.get(SAVED).is_some(), q.get(REVIEW).is_some(), q.get(SHOWN).and_then(|n| n.parse().ok()))
    });
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Err(e) => page_error(e),
                        Ok(a) if a.result.is_some() => view! { <AttemptResult a /> }.into_any(),
                        Ok(a) if review => view! { <SubmitReview a /> }.into_any(),
                        Ok(a) => view! { <QuizForm a saved_now shown /> }.into_any(),
                    }
                })}
            </Suspense>
        }
    })
}

/// A submitted attempt: its result as the module's review policy shows it.
#[component]
fn AttemptResult(a: Attempt) -> impl IntoView {
    let locale = use_locale();
    let back = format!("/learn/{}", a.module_id);
    // The module's texts are in the attempt's language, which may not be the page's.
    let shown = Locale::from_code(&a.language).unwrap_or_default();
    view! {
        <p>
            <a class="back-link" href=back.clone()>
                {locale.back_link(&a.module_title)}
            </a>
        </p>
        {if a.pretest {
            let percent = a.result.and_then(|r| r.score).map(|s| s.percent).unwrap_or_default();
            // Its score only: what was right would teach the post-test.
            view! {
                <h1>{locale.t(EvalMsg::PretestTitle)}</h1>
                <p class="notice" id="result">
                    {evaluation::pretest_recorded(locale, percent)}
                </p>
                <p>{locale.t(EvalMsg::PretestNoKey)}</p>
            }
                .into_any()
        } else {
            view! {
                <h1>{locale.attempt_result_title(a.number)}</h1>
                {a.late.then(|| view! { <p class="error">{locale.t(Msg::SubmittedLate)}</p> })}
                <div lang=shown.code() dir=shown.dir()>
                    {a.result.map(|result| view! { <QuizResultView result /> })}
                </div>
            }
                .into_any()
        }}
        <p>
            <a class="button" href=back>
                {locale.t(Msg::BackToModule)}
            </a>
        </p>
    }
}
