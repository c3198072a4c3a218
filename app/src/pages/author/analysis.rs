use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::reports::item_analysis;
use crate::components::gate::{gate, page_error};
use crate::i18n::{AuthorMsg, Msg, authoring, use_locale};
use crate::pages::author::is_author;

/// Which questions work: share correct, discrimination, option choices, flags.
#[component]
pub fn ItemAnalysisPage() -> impl IntoView {
    let locale = use_locale();
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, item_analysis);
    gate(is_author, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let a = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    view! {
                        <p>
                            <a href=format!(
                                "/author/modules/{}",
                                a.module_id,
                            )>{locale.back_link(&a.title)}</a>
                        </p>
                        <h1>{authoring::analysis_title(locale, a.number)}</h1>
                        <p>{authoring::analysis_intro(locale, a.attempts)}</p>
                        <p>
                            <a
                                href=format!("/author/versions/{}/analysis.csv", a.version_id)
                                download
                            >
                                {locale.t(AuthorMsg::DownloadCsv)}
                            </a>
                        </p>
                        <div class="table-scroll">
                            <table class="data analysis">
                                <thead>
                                    <tr>
                                        <th scope="col">{locale.t(AuthorMsg::ColQuestion)}</th>
                                        <th scope="col">{locale.t(AuthorMsg::ColAnswered)}</th>
                                        <th scope="col">{locale.t(AuthorMsg::ColCorrectShare)}</th>
                                        <th scope="col">
                                            {locale.t(AuthorMsg::ColDiscrimination)}
                                        </th>
                                        <th scope="col">{locale.t(AuthorMsg::ColOptionsChosen)}</th>
                                        <th scope="col">{locale.t(AuthorMsg::ColFlags)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {a
                                        .questions
                                        .into_iter()
                                        .map(|q| {
                                            view! {
                                                <tr class:flagged=!q.flags.is_empty()>
                                                    <th scope="row">{q.prompt}</th>
                                                    <td>{q.answered}</td>
                                                    <td>{format!("{:.0} %", q.correct_share * 100.0)}</td>
                                                    <td>
                                                        {q
                                                            .discrimination
                                                            .map_or("—".to_owned(), |d| format!("{d:+.2}"))}
                                                    </td>
                                                    <td>
                                                        <ul class="plain">
                                                            {q
                                                                .options
                                                                .into_iter()
                                                                .map(|(text, n, correct)| {
                                                                    view! {
                                                                        <li>
                                                                            {format!(
                                                                                "{}{text}: {n}",
                                                                                if correct { "✓ " } else { "" },
                                                                            )}
                                                                        </li>
                                                                    }
                                                                })
                                                                .collect_view()}
                                                        </ul>
                                                    </td>
                                                    <td class="flags">
                                                        {authoring::item_flags(locale, &q.flags)}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}
