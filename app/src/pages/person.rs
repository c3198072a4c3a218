use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::reports::person;
use crate::components::gate::gate;
use crate::model::accounts::Role;

/// One learner's progress, attempts and scores (`/people/{id}`): for their supervisor and for
/// admins. The server function scopes it again; anyone else reads "not found".
#[component]
pub fn PersonPage() -> impl IntoView {
    let id: i32 = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse().ok())
        .unwrap_or(0);
    let data = Resource::new(move || id, person);
    gate(
        |u| matches!(u.role, Role::Admin | Role::Supervisor),
        move |_| {
            view! {
                <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                    {move || Suspend::new(async move {
                        let Ok(p) = data.await else {
                            return view! { <h1>"Not found"</h1><p>"There is no such person in your agency."</p> }.into_any();
                        };
                        let back = format!("/agencies/{}", p.agency_id);
                        view! {
                            <p><a href=back>{format!("← {}", p.agency_name)}</a></p>
                            <h1>{p.name.clone()}</h1>
                            <p>{p.email.clone()}{(!p.active).then_some(" — deactivated")}</p>
                            <p><a href=format!("/people/{}/modules.csv", p.user_id) download>"Download the modules as CSV"</a></p>
                            <div class="table-scroll">
                                <table class="data" id="person-modules">
                                    <caption>"Modules"</caption>
                                    <thead><tr>
                                        <th scope="col">"Module"</th><th scope="col">"Status"</th><th scope="col">"Due"</th>
                                        <th scope="col">"Lessons read"</th><th scope="col">"Attempts"</th>
                                        <th scope="col">"Best score"</th><th scope="col">"Completed"</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.modules.into_iter().map(|m| view! {
                                            <tr>
                                                <th scope="row">{m.title}{(!m.assigned).then_some(" (not assigned)")}</th>
                                                <td class=format!("cell {}", m.status.code()) data-status=m.status.code()>{m.status.label()}</td>
                                                <td>{m.due_on.unwrap_or_else(|| "—".into())}</td>
                                                <td>{m.lessons_read}</td>
                                                <td>{m.attempts}</td>
                                                <td>{m.best_percent.map_or("—".to_owned(), |b| format!("{b} %"))}</td>
                                                <td>{m.completed_on.unwrap_or_else(|| "—".into())}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <h2>"Quiz attempts"</h2>
                            <p><a href=format!("/people/{}/attempts.csv", p.user_id) download>"Download the attempts as CSV"</a></p>
                            {if p.attempts.is_empty() {
                                view! { <p>"No attempt yet."</p> }.into_any()
                            } else {
                                view! {
                                    <div class="table-scroll">
                                        <table class="data" id="person-attempts">
                                            <caption>"Every attempt, newest first"</caption>
                                            <thead><tr>
                                                <th scope="col">"Module"</th><th scope="col">"Attempt"</th><th scope="col">"Started"</th>
                                                <th scope="col">"Submitted"</th><th scope="col">"Score"</th><th scope="col">"Result"</th>
                                            </tr></thead>
                                            <tbody>
                                                {p.attempts.into_iter().map(|a| view! {
                                                    <tr>
                                                        <th scope="row">{format!("{} (v{})", a.module_title, a.version)}</th>
                                                        <td>{a.number}</td>
                                                        <td>{a.started_at}</td>
                                                        <td>{a.submitted_at.unwrap_or_else(|| "in progress".into())}</td>
                                                        <td>{a.percent.map_or("—".to_owned(), |s| format!("{s} %"))}</td>
                                                        <td>{match a.passed { Some(true) => "passed", Some(false) => "failed", None => "—" }}{a.late.then_some(" (late)")}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    </div>
                                }.into_any()
                            }}
                        }
                        .into_any()
                    })}
                </Suspense>
            }
        },
    )
}
