use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::components::bidi::Name;

use crate::api::reports::countries;
use crate::components::chart::{Bar, BarChart};
use crate::components::gate::{gate, is_admin, page_error};
use crate::i18n::{Msg, SupervisionMsg as S, supervision, use_locale};
use crate::model::reports::country_name;

/// Completion per country side by side, per module, and completions per month.
#[component]
pub fn CountryReportPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new(|| (), |_| countries());
    gate(is_admin, move |_| {
        view! {
            <h1>{locale.t(S::CompletionByCountry)}</h1>
            <p>
                {locale.t(S::CountryReportIntro)} <a href="/reports/countries.csv" download>
                    {locale.t(S::DownloadCsv)}
                </a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let r = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let groups = r
                        .modules
                        .iter()
                        .map(|m| (
                            m.title.clone(),
                            r
                                .countries
                                .iter()
                                .zip(&m.percent)
                                .zip(&m.completed)
                                .map(|((c, p), n)| Bar {
                                    label: country_name(locale, &c.name, &c.name_ar).to_owned(),
                                    percent: *p,
                                    text: format!("{} ({n}/{})", locale.percent(*p), c.learners),
                                })
                                .collect(),
                        ))
                        .collect();
                    view! {
                        <TableFrame>
                            <table class="data report" id="country-table">
                                <caption>{locale.t(S::CountryTableCaption)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{locale.t(S::Module)}</th>
                                        {r
                                            .countries
                                            .iter()
                                            .map(|c| {
                                                view! {
                                                    <th scope="col">
                                                        <a href=format!(
                                                            "/reports/countries/{}",
                                                            c.code,
                                                        )>{country_name(locale, &c.name, &c.name_ar).to_owned()}</a>
                                                        {supervision::learners_after_name(locale, c.learners)}
                                                    </th>
                                                }
                                            })
                                            .collect_view()}
                                    </tr>
                                </thead>
                                <tbody>
                                    {r
                                        .modules
                                        .iter()
                                        .map(|m| {
                                            view! {
                                                <tr>
                                                    <th scope="row">
                                                        <Name text=m.title.clone() />
                                                    </th>
                                                    {m
                                                        .percent
                                                        .iter()
                                                        .zip(&m.completed)
                                                        .map(|(p, n)| {
                                                            view! { <td>{format!("{} ({n})", locale.percent(*p))}</td> }
                                                        })
                                                        .collect_view()}
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </TableFrame>
                        <BarChart
                            id="by-country"
                            title=locale.t(S::CountryChartTitle).to_owned()
                            groups
                        />
                        <PerMonth
                            months=r.per_month
                            csv="/reports/countries/months.csv".to_owned()
                        />
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}

/// Completions per month: a table, its CSV and a chart of the same figures.
#[component]
pub fn PerMonth(months: Vec<(String, u64)>, csv: String) -> impl IntoView {
    let locale = use_locale();
    let most = months.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let bars = months
        .iter()
        .map(|(m, n)| Bar {
            label: m.clone(),
            percent: *n as f64 * 100.0 / most as f64,
            text: n.to_string(),
        })
        .collect();
    view! {
        <h2>{locale.t(S::CompletionsPerMonth)}</h2>
        <p>
            <a href=csv download>
                {locale.t(S::DownloadMonthsCsv)}
            </a>
        </p>
        <TableFrame>
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{locale.t(S::Month)}</th>
                        <th scope="col">{locale.t(S::Completions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {months
                        .into_iter()
                        .map(|(m, n)| {
                            view! {
                                <tr>
                                    <td>{m}</td>
                                    <td>{n}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableFrame>
        <BarChart
            id="per-month"
            title=locale.t(S::CompletionsPerMonth).to_owned()
            groups=vec![(locale.t(S::Completions).to_owned(), bars)]
        />
    }
}
