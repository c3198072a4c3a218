use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::learning::module;
use crate::components::form::FormMessage;
use crate::components::gate::{anyone, gate};
use crate::pages::not_found::NotFound;

#[component]
pub fn LearnModulePage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, module);
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let Ok(m) = data.await else { return view! { <NotFound /> }.into_any() };
                    let unread = m.lessons.iter().filter(|l| !l.read).count();
                    let key = one_time_key();
                    view! {
                        <p><a href="/learning">"← My learning"</a></p>
                        <h1>{m.card.title.clone()}</h1>
                        <p class="lead">{m.card.summary.clone()}</p>
                        {m.card.certificate_code.clone().map(|code| view! {
                            <p class="notice">"Completed. "<a href=format!("/certificates/{code}")>"Your certificate"</a></p>
                        })}
                        <section class="card">
                            <h2>"Lessons"</h2>
                            <ol class="lesson-list">
                                {m.lessons.iter().map(|l| view! {
                                    <li class:read=l.read>
                                        <a href=format!("/learn/{}/lessons/{}", m.card.module_id, l.id)>{l.title.clone()}</a>
                                        {l.read.then(|| view! { <span class="done">" ✓ read"</span> })}
                                    </li>
                                }).collect_view()}
                            </ol>
                        </section>
                        <section class="card">
                            <h2>"Quiz"</h2>
                            <p>
                                {format!("{} questions · pass mark {} %", m.questions, m.pass_mark_percent)}
                                {m.time_limit_minutes.map(|t| format!(" · {t} minutes"))}
                                {format!(" · attempts: {}", m.max_attempts.map_or("unlimited".to_owned(), |n| format!("{} of {n} used", m.attempts.len())))}
                            </p>
                            {(unread > 0).then(|| view! { <p class="hint">{format!("Still to read before the module is complete: {unread} lesson(s).")}</p> })}
                            <FormMessage form="start" />
                            {match (m.open_attempt, m.cannot_start.clone()) {
                                (Some(open), _) => view! { <p><a class="button" href=format!("/attempts/{open}")>"Continue the quiz"</a></p> }.into_any(),
                                (None, Some(reason)) => view! { <p class="error">{reason}</p> }.into_any(),
                                (None, None) => view! {
                                    <form method="post" action="/api/learning/start">
                                        <input type="hidden" name="module_id" value=m.card.module_id />
                                        <input type="hidden" name="key" value=key />
                                        <button type="submit">{if m.attempts.is_empty() { "Start the quiz" } else { "Try again" }}</button>
                                    </form>
                                }.into_any(),
                            }}
                            {(!m.attempts.is_empty()).then(|| view! {
                                <table class="data attempts">
                                    <thead><tr><th>"Attempt"</th><th>"Score"</th><th>"Result"</th></tr></thead>
                                    <tbody>
                                        {m.attempts.iter().map(|a| view! {
                                            <tr>
                                                <td><a href=format!("/attempts/{}", a.id)>{format!("#{}", a.number)}</a></td>
                                                <td>{a.percent.map(|p| format!("{p} %")).unwrap_or_else(|| "in progress".into())}</td>
                                                <td>{match a.passed { Some(true) => "passed", Some(false) => "not passed", None => "—" }}{a.late.then_some(" (late)")}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
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
