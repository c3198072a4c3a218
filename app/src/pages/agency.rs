use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::components::bidi::{Code, Name};
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::learning::Assign;
use crate::api::{admin::users, learning::catalogue, reports::dashboard};
use crate::components::form::{FormMessage, SelectField};
use crate::components::gate::{gate, page_error};
use crate::components::users_table::UsersTable;
use crate::components::viewer::use_viewer;
use crate::i18n::{Msg, SupervisionMsg as S, supervision, use_locale};
use crate::model::permissions::can_supervise_agency;
use crate::model::reports::{AgencyDashboard, CellStatus, MatrixSort, MatrixView};
use crate::model::{accounts::Role, users::UserFilter};
use crate::pages::admin::query_param;

/// An agency's people and the modules assigned to them: a supervisor's own agency
/// (`/agency`), or any agency for admins (`/agencies/{id}`). The server functions scope it again.
#[component]
pub fn AgencyPage() -> impl IntoView {
    let locale = use_locale();
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
    let evaluation = Resource::new(move || agency_id, crate::api::evaluation::agency_figures);
    let matrix_view = MatrixView::from_query(
        query_param("status").as_deref(),
        query_param("sort").as_deref(),
        query_param("q").as_deref(),
    )
    .on_page(query_param("page").as_deref());
    gate(
        // A coordinator's reach is checked by the server function: their country's agencies.
        move |u| can_supervise_agency(u, agency_id) || u.role == Role::Coordinator,
        move |_| {
            view! {
                <Suspense fallback=move || {
                    view! { <p>{locale.t(Msg::Loading)}</p> }
                }>
                    {move || {
                        let matrix_view = matrix_view.clone();
                        Suspend::new(async move {
                            match figures.await {
                                Ok(d) => view! { <Dashboard d matrix_view /> }.into_any(),
                                Err(e) => page_error(e),
                            }
                        })
                    }}
                </Suspense>
                <Suspense>
                    {move || Suspend::new(async move {
                        evaluation
                            .await
                            .ok()
                            .map(|e| view! { <AgencyEvaluationSection agency_id e /> })
                    })}
                </Suspense>
                <Suspense fallback=move || {
                    view! { <p>{locale.t(Msg::Loading)}</p> }
                }>
                    {move || Suspend::new(async move {
                        let (Ok((rows, _)), Ok(cards)) = (people.await, modules.await) else {
                            return view! { <p class="error">{locale.t(S::PeopleUnavailable)}</p> }
                                .into_any();
                        };
                        let learners: Vec<_> = rows
                            .iter()
                            .filter(|u| {
                                u.active && matches!(u.role, Role::Trainee | Role::Supervisor)
                            })
                            .cloned()
                            .collect();
                        let options = cards
                            .iter()
                            .map(|c| (c.module_id.to_string(), c.title.clone()))
                            .collect();
                        view! {
                            <details class="card">
                                <summary>
                                    {supervision::everyone_in_agency(locale, rows.len())}
                                </summary>
                                <UsersTable users=rows link=false />
                            </details>
                            <section class="card">
                                <h2>{locale.t(S::AssignModule)}</h2>
                                <FormMessage form=Assign::PATH />
                                <form method="post" action=Assign::PATH class="stack">
                                    <input type="hidden" name="agency_id" value=agency_id />
                                    <SelectField
                                        form=Assign::PATH
                                        name="module_id"
                                        label=locale.t(S::Module)
                                        options=options
                                    />
                                    <fieldset>
                                        <legend>{locale.t(S::AssignTo)}</legend>
                                        <label class="check">
                                            <input type="radio" name="scope" value="agency" checked />
                                            {locale.t(S::AssignWholeAgency)}
                                        </label>
                                        <label class="check">
                                            <input type="radio" name="scope" value="people" />
                                            {locale.t(S::AssignOnlyTicked)}
                                        </label>
                                        {learners
                                            .into_iter()
                                            .map(|u| {
                                                view! {
                                                    <label class="check indent">
                                                        <input type="checkbox" name=format!("people[{}]", u.id) />
                                                        <Name text=u.display_name />
                                                        " ("
                                                        <Code text=u.email />
                                                        ")"
                                                    </label>
                                                }
                                            })
                                            .collect_view()}
                                    </fieldset>
                                    <div class="field">
                                        <label for="assign-due">
                                            {locale.t(S::DueDateOptional)}
                                        </label>
                                        <input id="assign-due" name="due_on" type="date" />
                                    </div>
                                    <button type="submit">{locale.t(S::Assign)}</button>
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
    let locale = use_locale();
    let h = d.headline.clone();
    let rows = matrix_view.apply(d.rows);
    let base = format!("/agencies/{}", d.agency_id);
    let csv = format!("{base}/dashboard.csv{}", matrix_view.query());
    let summary = supervision::people_shown(locale, rows.len(), h.trainees);
    let (page_rows, pages) = matrix_view.page_of(&rows);
    let page = matrix_view.page.min(pages - 1);
    let page_link = |n: usize| format!("{base}{}", matrix_view.page_query(n));
    let (previous, next) =
        ((page > 0).then(|| page_link(page - 1)), (page + 1 < pages).then(|| page_link(page + 1)));
    let rows = page_rows.to_vec();
    view! {
        <h1>{d.agency_name.clone()}</h1>
        <dl class="headline">
            <div>
                <dt>{locale.t(S::Trainees)}</dt>
                <dd>{h.trainees}</dd>
            </div>
            <div>
                <dt>{locale.t(S::Assigned)}</dt>
                <dd>{h.assignments}</dd>
            </div>
            <div>
                <dt>{locale.t(S::CompletedCount)}</dt>
                <dd>{h.completed}</dd>
            </div>
            <div>
                <dt>{locale.t(S::CompletionRate)}</dt>
                <dd>{locale.percent(h.completion_rate)}</dd>
            </div>
            <div>
                <dt>{locale.t(S::AverageBestScore)}</dt>
                <dd>{h.average_best_score.map_or("—".to_owned(), |s| locale.percent(s))}</dd>
            </div>
            <div class:alert={h.overdue > 0}>
                <dt>{locale.t(S::Overdue)}</dt>
                <dd>
                    <a href=format!("{base}?status=overdue&sort=overdue")>{h.overdue}</a>
                </dd>
            </div>
        </dl>
        <form
            method="get"
            action=base.clone()
            class="filters"
            aria-label=locale.t(S::FilterAndSort)
        >
            <label>
                {locale.t(S::Show)} <select name="status">
                    <option value="" selected=matrix_view.status.is_none()>
                        {locale.t(S::Everyone)}
                    </option>
                    {CellStatus::ALL
                        .iter()
                        .map(|s| {
                            view! {
                                <option value=s.code() selected=matrix_view.status == Some(*s)>
                                    {supervision::with_module_status(
                                        locale,
                                        locale.cell_status(*s),
                                    )}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                {locale.t(S::SortBy)}
                <select name="sort">
                    {MatrixSort::ALL
                        .iter()
                        .map(|s| {
                            view! {
                                <option value=s.code() selected=matrix_view.sort == *s>
                                    {locale.matrix_sort(*s)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                {locale.t(S::NameOrEmail)}
                <input type="search" name="q" value=matrix_view.search.clone() />
            </label>
            <button type="submit">{locale.t(S::Apply)}</button>
            <a href=csv download>
                {locale.t(S::DownloadCsv)}
            </a>
        </form>
        <p class="muted" role="status">
            {summary}
        </p>
        {if d.modules.is_empty() {
            view! { <p>{locale.t(S::NoModuleAssigned)}</p> }.into_any()
        } else {
            view! {
                <TableFrame>
                    <table class="data matrix">
                        <caption>{locale.t(S::MatrixCaption)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{locale.t(S::Person)}</th>
                                {d
                                    .modules
                                    .iter()
                                    .map(|(_, t)| {
                                        view! {
                                            <th scope="col">
                                                <Name text=t.clone() />
                                            </th>
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|r| {
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=format!("/people/{}", r.user_id)>
                                                    <Name text=r.name />
                                                </a>
                                                <br />
                                                <small>
                                                    <Code text=r.email />
                                                </small>
                                            </th>
                                            {r
                                                .cells
                                                .into_iter()
                                                .map(|c| {
                                                    view! {
                                                        <td
                                                            class=format!("cell {}", c.status.code())
                                                            data-status=c.status.code()
                                                        >
                                                            {if c.assigned {
                                                                locale.cell_status(c.status).to_owned()
                                                            } else {
                                                                format!("({})", locale.cell_status(c.status))
                                                            }}
                                                            {c
                                                                .best_percent
                                                                .map(|p| {
                                                                    view! {
                                                                        <br />
                                                                        <small>{supervision::best_score(locale, p)}</small>
                                                                    }
                                                                })}
                                                            {c
                                                                .due_on
                                                                .map(|due| {
                                                                    view! {
                                                                        <br />
                                                                        <small>{supervision::due_on(locale, &due)}</small>
                                                                    }
                                                                })}
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </TableFrame>
                {(pages > 1)
                    .then(|| {
                        view! {
                            <nav class="pager" aria-label=locale.t(S::MatrixCaption)>
                                {previous
                                    .map(|href| {
                                        view! {
                                            <a href=href rel="prev">
                                                {locale.t(Msg::PreviousLesson)}
                                            </a>
                                        }
                                    })}
                                <span>
                                    {crate::i18n::admin::page_number(locale, page as u64 + 1)}
                                </span>
                                {next
                                    .map(|href| {
                                        view! {
                                            <a href=href rel="next">
                                                {locale.t(Msg::NextLesson)}
                                            </a>
                                        }
                                    })}
                            </nav>
                        }
                    })}
            }
                .into_any()
        }}
    }
}

/// The agency's knowledge gain per module, and its survey and follow-up counts (never the
/// survey's free text: a supervisor could tell their few officers' words apart).
#[component]
fn AgencyEvaluationSection(
    agency_id: i32,
    e: crate::model::evaluation::AgencyEvaluation,
) -> impl IntoView {
    use crate::i18n::EvalMsg as E;
    use crate::pages::evaluation::{FollowupTable, GainChart, GainTable, SurveySection};
    let locale = use_locale();
    view! {
        <section class="card" id="agency-evaluation">
            <h2>{locale.t(E::SectionTitle)}</h2>
            <GainChart
                id="agency-gain"
                title=locale.t(E::ChartTitle).to_owned()
                rows=e.by_module.clone()
            />
            <GainTable
                id="agency-gain-table"
                caption=locale.t(E::GainByModule).to_owned()
                rows=e.by_module
            />
            <p>
                <a href=format!("/agencies/{agency_id}/gain.csv") download>
                    {locale.t(E::DownloadCsv)}
                </a>
            </p>
        </section>
        <SurveySection s=e.survey />
        {if e.followup_withheld {
            view! {
                <section class="card" id="agency-followup-section">
                    <h2>{locale.t(E::FollowupSummaryTitle)}</h2>
                    <p class="hint">{locale.t(E::FollowupWithheld)}</p>
                </section>
            }
                .into_any()
        } else {
            view! {
                <FollowupTable
                    id="agency-followup"
                    rows=vec![(locale.t(E::Whole).to_owned(), e.followup)]
                />
            }
                .into_any()
        }}
    }
}
