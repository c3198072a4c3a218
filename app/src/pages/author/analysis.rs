use leptos::prelude::*;

use crate::components::table_frame::TableFrame;
use leptos_router::hooks::use_params_map;

use crate::api::reports::item_analysis;
use crate::components::gate::{gate, page_error};
use crate::i18n::{AuthorMsg, Locale, Msg, authoring, use_locale};
use crate::model::reports::LanguageStat;
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
                        {(a.attempts_by_language.len() > 1)
                            .then(|| {
                                view! {
                                    <p class="meta">
                                        {a
                                            .attempts_by_language
                                            .iter()
                                            .map(|(code, n)| format!("{}: {n}", language_name(code)))
                                            .collect::<Vec<_>>()
                                            .join(" · ")}
                                    </p>
                                }
                            })}
                        <p>
                            <a
                                href=format!("/author/versions/{}/analysis.csv", a.version_id)
                                download
                            >
                                {locale.t(AuthorMsg::DownloadCsv)}
                            </a>
                        </p>
                        <TableFrame>
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
                                            let by_language = language_rows(locale, &q.by_language);
                                            view! {
                                                <tr class:flagged=!q.flags.is_empty()>
                                                    <th scope="row">{q.prompt}</th>
                                                    <td>{q.answered}</td>
                                                    <td>{locale.percent((q.correct_share * 100.0).round())}</td>
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
                                                {by_language}
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </TableFrame>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}

/// A language's name in itself, from its code (the code when it is not one Frontline speaks).
fn language_name(code: &str) -> String {
    Locale::from_code(code).map_or_else(|| code.to_owned(), |l| l.native_name().to_owned())
}

/// A question's figures in each language it was answered in, under its pooled row: a question
/// hard in one language only points at that translation.
fn language_rows(locale: Locale, stats: &[LanguageStat]) -> impl IntoView + use<> {
    stats
        .iter()
        .map(|s| {
            view! {
                <tr class="by-language" class:flagged=!s.flags.is_empty()>
                    <th scope="row" lang=s.language.clone()>
                        {format!("↳ {}", language_name(&s.language))}
                    </th>
                    <td>{s.answered}</td>
                    <td>{locale.percent((s.correct_share * 100.0).round())}</td>
                    <td>{s.discrimination.map_or("—".to_owned(), |d| format!("{d:+.2}"))}</td>
                    <td></td>
                    <td class="flags">{authoring::item_flags(locale, &s.flags)}</td>
                </tr>
            }
        })
        .collect_view()
}
