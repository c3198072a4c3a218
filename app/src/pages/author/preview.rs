use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::authoring::CheckPreview;
use crate::api::authoring::{preview_quiz, version};
use crate::components::form::{FormMessage, flash_for};
use crate::components::gate::gate;
use crate::components::quiz::{QuizFields, QuizResultView};
use crate::i18n::{AuthorMsg, Msg, authoring::preview_notice, use_locale};
use crate::model::quiz::ResultReview;
use crate::pages::author::is_author;
use crate::pages::not_found::NotFound;

/// The lessons and the quiz exactly as a trainee gets them; answers are scored and nothing is
/// recorded.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let locale = use_locale();
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    // The seed fixes the draw, so the answers are scored against the questions shown.
    let seed: u64 = use_query_map()
        .with_untracked(|q| q.get("seed"))
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(fresh_seed);
    let data = Resource::new(move || id, version);
    let quiz = Resource::new(move || (id, seed), |(id, seed)| preview_quiz(id, seed));
    let result: Option<ResultReview> = flash_for(CheckPreview::PATH)
        .and_then(|f| f.value("result").and_then(|r| serde_json::from_str(r).ok()));
    gate(is_author, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || {
                    let result = result.clone();
                    Suspend::new(async move {
                        let (Ok(v), Ok(questions)) = (data.await, quiz.await) else {
                            return view! { <NotFound /> }.into_any();
                        };
                        view! {
                            <p>
                                <a href=format!(
                                    "/author/modules/{}",
                                    v.module_id,
                                )>{locale.back_link(locale.t(AuthorMsg::BackToEditor))}</a>
                            </p>
                            <p class="notice">{preview_notice(locale, v.number, v.status)}</p>
                            <h1>{v.settings.title.clone()}</h1>
                            <p class="lead">{v.settings.summary.clone()}</p>
                            {v
                                .lessons
                                .into_iter()
                                .enumerate()
                                .map(|(i, l)| {
                                    view! {
                                        <article class="card lesson">
                                            <h2>{format!("{}. {}", i + 1, l.title)}</h2>
                                            <div class="lesson-body" inner_html=l.html></div>
                                        </article>
                                    }
                                })
                                .collect_view()}
                            {result.map(|r| view! { <QuizResultView result=r /> })}
                            <section class="card quiz">
                                <h2>{locale.t(Msg::Quiz)}</h2>
                                <FormMessage form=CheckPreview::PATH />
                                <form method="post" action=CheckPreview::PATH class="stack">
                                    <input type="hidden" name="version_id" value=v.id />
                                    <input type="hidden" name="seed" value=seed.to_string() />
                                    <QuizFields questions />
                                    <button type="submit">
                                        {locale.t(AuthorMsg::CheckAnswers)}
                                    </button>
                                </form>
                            </section>
                        }
                            .into_any()
                    })
                }}
            </Suspense>
        }
    })
}

fn fresh_seed() -> u64 {
    #[cfg(feature = "ssr")]
    {
        let mut bytes = [0u8; 8];
        if getrandom::fill(&mut bytes).is_ok() {
            return u64::from_le_bytes(bytes) >> 12; // stays exact in JSON numbers
        }
    }
    1
}
