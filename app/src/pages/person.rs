use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::components::bidi::{Code, Date, Name};
use leptos_router::hooks::use_params_map;

use crate::api::reports::person;
use crate::components::gate::{gate, page_error};
use crate::i18n::{Msg, SupervisionMsg as S, supervision, use_locale};
use crate::model::error::AppError;
use crate::model::permissions::{Permission, can};

/// One learner's progress, attempts and scores (`/people/{id}`): for their supervisor and for
/// admins. The server function scopes it again; anyone else reads "not found".
#[component]
pub fn PersonPage() -> impl IntoView {
    let locale = use_locale();
    let id: i32 = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse().ok())
        .unwrap_or(0);
    let data = Resource::new(move || id, person);
    gate(
        |u| can(u.role, Permission::SuperviseAgency),
        move |_| {
            view! {
                <Suspense fallback=move || {
                    view! { <p>{locale.t(Msg::Loading)}</p> }
                }>
                    {move || Suspend::new(async move {
                        let p = match data.await {
                            Ok(found) => found,
                            Err(AppError::NotFound) => {
                                return view! {
                                    <h1>{locale.t(S::NotFound)}</h1>
                                    <p>{locale.t(S::NoSuchPerson)}</p>
                                }
                                    .into_any();
                            }
                            Err(e) => return page_error(e),
                        };
                        let back = format!("/agencies/{}", p.agency_id);
                        view! {
                            <p>
                                <a href=back>{locale.back_link(&p.agency_name)}</a>
                            </p>
                            <h1>
                                <Name text=p.name.clone() />
                            </h1>
                            <p>
                                <Code text=p.email.clone() />
                                {(!p.active).then_some(locale.t(S::Deactivated))}
                            </p>
                            <p>
                                <a href=format!("/people/{}/modules.csv", p.user_id) download>
                                    {locale.t(S::DownloadModulesCsv)}
                                </a>
                            </p>
                            <TableFrame>
                                <table class="data" id="person-modules">
                                    <caption>{locale.t(S::Modules)}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{locale.t(S::Module)}</th>
                                            <th scope="col">{locale.t(S::Status)}</th>
                                            <th scope="col">{locale.t(S::Due)}</th>
                                            <th scope="col">{locale.t(S::LessonsRead)}</th>
                                            <th scope="col">{locale.t(S::Attempts)}</th>
                                            <th scope="col">{locale.t(S::BestScore)}</th>
                                            <th scope="col">{locale.t(S::CompletedOn)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {p
                                            .modules
                                            .into_iter()
                                            .map(|m| {
                                                view! {
                                                    <tr>
                                                        <th scope="row">
                                                            <Name text=m.title />
                                                            {(!m.assigned).then_some(locale.t(S::NotAssigned))}
                                                        </th>
                                                        <td
                                                            class=format!("cell {}", m.status.code())
                                                            data-status=m.status.code()
                                                        >
                                                            {locale.cell_status(m.status)}
                                                        </td>
                                                        <td>
                                                            {match m.due_on {
                                                                Some(d) => {
                                                                    let text = locale.date_of(&d);
                                                                    view! { <Date iso=d text /> }.into_any()
                                                                }
                                                                None => "—".into_any(),
                                                            }}
                                                        </td>
                                                        <td>{m.lessons_read}</td>
                                                        <td>{m.attempts}</td>
                                                        <td>
                                                            {m
                                                                .best_percent
                                                                .map_or("—".to_owned(), |b| locale.percent(b))}
                                                        </td>
                                                        <td>
                                                            {m
                                                                .completed_on
                                                                .map_or_else(|| "—".into(), |d| locale.date_of(&d))}
                                                        </td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </TableFrame>
                            <h2>{locale.t(S::QuizAttempts)}</h2>
                            <p>
                                <a href=format!("/people/{}/attempts.csv", p.user_id) download>
                                    {locale.t(S::DownloadAttemptsCsv)}
                                </a>
                            </p>
                            {if p.attempts.is_empty() {
                                view! { <p>{locale.t(S::NoAttemptYet)}</p> }.into_any()
                            } else {
                                view! {
                                    <TableFrame>
                                        <table class="data" id="person-attempts">
                                            <caption>{locale.t(S::AttemptsCaption)}</caption>
                                            <thead>
                                                <tr>
                                                    <th scope="col">{locale.t(S::Module)}</th>
                                                    <th scope="col">{locale.t(S::Attempt)}</th>
                                                    <th scope="col">{locale.t(S::Started)}</th>
                                                    <th scope="col">{locale.t(S::Submitted)}</th>
                                                    <th scope="col">{locale.t(S::Score)}</th>
                                                    <th scope="col">{locale.t(S::Result)}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {p
                                                    .attempts
                                                    .into_iter()
                                                    .map(|a| {
                                                        view! {
                                                            <tr>
                                                                <th scope="row">
                                                                    {supervision::module_version(
                                                                        locale,
                                                                        &a.module_title,
                                                                        a.version,
                                                                    )}
                                                                </th>
                                                                <td>{a.number}</td>
                                                                <td>{locale.timestamp_of(&a.started_at)}</td>
                                                                <td>
                                                                    {a
                                                                        .submitted_at
                                                                        .map_or_else(
                                                                            || locale.t(S::AttemptInProgress).into(),
                                                                            |t| locale.timestamp_of(&t),
                                                                        )}
                                                                </td>
                                                                <td>
                                                                    {a.percent.map_or("—".to_owned(), |s| locale.percent(s))}
                                                                </td>
                                                                <td>
                                                                    {match a.passed {
                                                                        Some(true) => locale.t(S::AttemptPassed),
                                                                        Some(false) => locale.t(S::AttemptFailed),
                                                                        None => "—",
                                                                    }}{a.late.then_some(locale.t(S::AttemptLate))}
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </TableFrame>
                                }
                                    .into_any()
                            }}
                        }
                            .into_any()
                    })}
                </Suspense>
            }
        },
    )
}
