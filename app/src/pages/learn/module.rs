use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::learning::Start;
use crate::api::learning::module;
use crate::components::form::FormMessage;
use crate::components::gate::{anyone, gate, page_error};
use crate::i18n::{Msg, use_locale};

#[component]
pub fn LearnModulePage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, module);
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let m = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let unread = m.lessons.iter().filter(|l| !l.read).count();
                    let key = one_time_key();
                    view! {
                        <p>
                            <a href="/learning">{locale.back_link(locale.t(Msg::NavMyLearning))}</a>
                        </p>
                        <h1>{m.card.title.clone()}</h1>
                        <p class="lead">{m.card.summary.clone()}</p>
                        {m
                            .card
                            .certificate_code
                            .clone()
                            .map(|code| {
                                view! {
                                    <p class="notice">
                                        {locale.t(Msg::ModuleCompleted)}
                                        <a href=format!(
                                            "/certificates/{code}",
                                        )>{locale.t(Msg::YourCertificate)}</a>
                                    </p>
                                }
                            })}
                        <section class="card">
                            <h2>{locale.t(Msg::Lessons)}</h2>
                            <ol class="lesson-list">
                                {m
                                    .lessons
                                    .iter()
                                    .map(|l| {
                                        view! {
                                            <li class:read=l.read>
                                                <a href=format!(
                                                    "/learn/{}/lessons/{}",
                                                    m.card.module_id,
                                                    l.id,
                                                )>{l.title.clone()}</a>
                                                {l
                                                    .read
                                                    .then(|| {
                                                        view! {
                                                            <span class="done">{locale.t(Msg::LessonRead)}</span>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        </section>
                        <section class="card">
                            <h2>{locale.t(Msg::Quiz)}</h2>
                            <p>
                                {locale
                                    .quiz_facts(
                                        m.questions,
                                        m.pass_mark_percent,
                                        m.time_limit_minutes,
                                        m.attempts.len(),
                                        m.max_attempts,
                                    )}
                            </p>
                            {(unread > 0)
                                .then(|| {
                                    view! { <p class="hint">{locale.still_to_read(unread)}</p> }
                                })}
                            <FormMessage form=Start::PATH />
                            {match (m.open_attempt, m.cannot_start.clone()) {
                                (Some(open), _) => {
                                    view! {
                                        <p>
                                            <a class="button" href=format!("/attempts/{open}")>
                                                {locale.t(Msg::ContinueQuiz)}
                                            </a>
                                        </p>
                                    }
                                        .into_any()
                                }
                                (None, Some(reason)) => {
                                    // The service words the reason in English; it is "all attempts used" whenever there is a
                                    // limit, so it is worded here in the reader's language.
                                    view! {
                                        <p class="error">
                                            {m
                                                .max_attempts
                                                .map_or(reason, |max| locale.all_attempts_used(max))}
                                        </p>
                                    }
                                        .into_any()
                                }
                                (None, None) => {
                                    view! {
                                        <form method="post" action=Start::PATH>
                                            <input
                                                type="hidden"
                                                name="module_id"
                                                value=m.card.module_id
                                            />
                                            <input type="hidden" name="key" value=key />
                                            <button type="submit">
                                                {locale
                                                    .t(
                                                        if m.attempts.is_empty() {
                                                            Msg::StartQuiz
                                                        } else {
                                                            Msg::TryAgain
                                                        },
                                                    )}
                                            </button>
                                        </form>
                                    }
                                        .into_any()
                                }
                            }}
                            {(!m.attempts.is_empty())
                                .then(|| {
                                    view! {
                                        <table class="data attempts">
                                            <thead>
                                                <tr>
                                                    <th>{locale.t(Msg::AttemptHeader)}</th>
                                                    <th>{locale.t(Msg::ScoreHeader)}</th>
                                                    <th>{locale.t(Msg::ResultHeader)}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {m
                                                    .attempts
                                                    .iter()
                                                    .map(|a| {
                                                        view! {
                                                            <tr>
                                                                <td>
                                                                    <a href=format!(
                                                                        "/attempts/{}",
                                                                        a.id,
                                                                    )>{format!("#{}", a.number)}</a>
                                                                </td>
                                                                <td>
                                                                    {a
                                                                        .percent
                                                                        .map(|p| format!("{p} %"))
                                                                        .unwrap_or_else(|| locale.t(Msg::StatusInProgress).into())}
                                                                </td>
                                                                <td>
                                                                    {match a.passed {
                                                                        Some(true) => locale.t(Msg::AttemptPassed),
                                                                        Some(false) => locale.t(Msg::AttemptNotPassed),
                                                                        None => "—",
                                                                    }}{a.late.then_some(locale.t(Msg::AttemptLate))}
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    }
                                })}
                        </section>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}

/// A random key for a form that must not act twice.
pub fn one_time_key() -> String {
    #[cfg(feature = "ssr")]
    {
        return crate::services::sessions::new_token();
    }
    #[allow(unreachable_code)]
    String::new()
}
