use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::{admin::users, learning::catalogue, reports::dashboard};
use crate::components::form::{FormMessage, SelectField};
use crate::components::gate::gate;
use crate::components::users_table::UsersTable;
use crate::components::viewer::use_viewer;
use crate::model::reports::{AgencyDashboard, CellStatus, MatrixSort, MatrixView};
use crate::model::{accounts::Role, users::UserFilter};
use crate::pages::admin::query_param;

/// An agency's people and the modules assigned to them: a supervisor's own agency
/// (`/agency`), or any agency for admins (`/agencies/{id}`). The server functions scope it again.
#[component]
pub fn AgencyPage() -> impl IntoView {
    let own = use_viewer().user.and_then(|u| u.agency_id);
    let agency_id: i32 = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse().ok())
        .or(own)
        .unwrap_or(0);
    let people = Resource::new(
        move || agency_id,
        |id| users(Some(UserFilter { agency: Some(id), ..UserFilter::default() })),
    );
    let modules = Resource::new(|| (), |_| catalogue());
    let figures = Resource::new(move || agency_id, dashboard);
    let matrix_view = MatrixView::from_query(
        query_param("status").as_deref(),
        query_param("sort").as_deref(),
        query_param("q").as_deref(),
    );
    gate(
        move |u| {
            u.role == Role::Admin || (u.role == Role::Supervisor && u.agency_id == Some(agency_id))
        },
        move |_| {
            view! {
                <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                    {move || {
                        let matrix_view = matrix_view.clone();
                        Suspend::new(async move {
                        match figures.await {
                            Ok(d) => view! { <Dashboard d matrix_view /> }.into_any(),
                            Err(_) => view! { <h1>"Agency"</h1> }.into_any(),
                        }
                    })}}
                </Suspense>
                <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                    {move || Suspend::new(async move {
                        let (Ok((rows, _)), Ok(cards)) = (people.await, modules.await) else {
                            return view! { <p class="error">"This agency's people cannot be shown."</p> }.into_any();
                        };
                        let learners: Vec<_> = rows.iter().filter(|u| u.active && matches!(u.role, Role::Trainee | Role::Supervisor)).cloned().collect();
                        let options = cards.iter().map(|c| (c.module_id.to_string(), c.title.clone())).collect();
                        view! {
                            <details class="card">
                                <summary>{format!("Everyone in the agency ({})", rows.len())}</summary>
                                <UsersTable users=rows link=false />
                            </details>
                            <section class="card">
                                <h2>"Assign a module"</h2>
                                <FormMessage form="assign" />
                                <form method="post" action="/api/learning/assign" class="stack">
                                    <input type="hidden" name="agency_id" value=agency_id />
                                    <SelectField form="assign" name="module_id" label="Module" options=options />
                                    <fieldset>
                                        <legend>"To"</legend>
                                        <label class="check"><input type="radio" name="scope" value="agency" checked />"Everyone in the agency (and whoever joins later)"</label>
                                        <label class="check"><input type="radio" name="scope" value="people" />"Only the people ticked:"</label>
                                        {learners.into_iter().map(|u| view! {
                                            <label class="check indent"><input type="checkbox" name=format!("people[{}]", u.id) />{format!("{} ({})", u.display_name, u.email)}</label>
                                        }).collect_view()}
                                    </fieldset>
                                    <div class="field">
                                        <label for="assign-due">"Due date (optional)"</label>
                                        <input id="assign-due" name="due_on" type="date" />
                                    </div>
                                    <button type="submit">"Assign"</button>
                                </form>
                            </section>
                        }
                        .into_any()
                    })}
                </Suspense>
            }
        },
    )
}

/// Headline figures and the people × modules matrix: filtered by a cell status or a search,
/// sorted, and downloadable as the same view in CSV.
#[component]
fn Dashboard(d: AgencyDashboard, matrix_view: MatrixView) -> impl IntoView {
    let h = d.headline.clone();
    let rows = matrix_view.apply(d.rows);
    let base = format!("/agencies/{}", d.agency_id);
    let csv = format!("{base}/dashboard.csv{}", matrix_view.query());
    let summary = format!("{} of {} people shown", rows.len(), h.trainees);
    view! {
        <h1>{d.agency_name.clone()}</h1>
        <dl class="headline">
            <div><dt>"Trainees"</dt><dd>{h.trainees}</dd></div>
            <div><dt>"Assigned"</dt><dd>{h.assignments}</dd></div>
            <div><dt>"Completed"</dt><dd>{h.completed}</dd></div>
            <div><dt>"Completion rate"</dt><dd>{format!("{} %", h.completion_rate)}</dd></div>
            <div><dt>"Average best score"</dt><dd>{h.average_best_score.map_or("—".to_owned(), |s| format!("{s} %"))}</dd></div>
            <div class:alert={h.overdue > 0}><dt>"Overdue"</dt><dd><a href=format!("{base}?status=overdue&sort=overdue")>{h.overdue}</a></dd></div>
        </dl>
        <form method="get" action=base.clone() class="filters" aria-label="Filter and sort">
            <label>"Show "
                <select name="status">
                    <option value="" selected=matrix_view.status.is_none()>"everyone"</option>
                    {CellStatus::ALL.iter().map(|s| view! {
                        <option value=s.code() selected=matrix_view.status == Some(*s)>{format!("with a module {}", s.label())}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>"Sort by "
                <select name="sort">
                    {MatrixSort::ALL.iter().map(|s| view! {
                        <option value=s.code() selected=matrix_view.sort == *s>{s.label()}</option>
                    }).collect_view()}
                </select>
            </label>
            <label>"Name or email "<input type="search" name="q" value=matrix_view.search.clone() /></label>
            <button type="submit">"Apply"</button>
            <a href=csv download>"Download CSV"</a>
        </form>
        <p class="muted" role="status">{summary}</p>
        {if d.modules.is_empty() {
            view! { <p>"No module is assigned in this agency yet."</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll">
                    <table class="data matrix">
                        <caption>"Assigned modules per person"</caption>
                        <thead><tr><th scope="col">"Person"</th>{d.modules.iter().map(|(_, t)| view! { <th scope="col">{t.clone()}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/people/{}", r.user_id)>{r.name}</a><br /><small>{r.email}</small></th>
                                    {r.cells.into_iter().map(|c| view! {
                                        <td class=format!("cell {}", c.status.code()) data-status=c.status.code()>
                                            {if c.assigned { c.status.label().to_owned() } else { format!("({})", c.status.label()) }}
                                            {c.best_percent.map(|p| view! { <br /><small>{format!("best {p} %")}</small> })}
                                            {c.due_on.map(|due| view! { <br /><small>{format!("due {due}")}</small> })}
                                        </td>
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
    }
}
