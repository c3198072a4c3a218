use leptos::prelude::*;

use crate::components::table_frame::TableFrame;
use leptos_router::hooks::use_params_map;

use crate::api::reports::country;
use crate::components::chart::{Bar, BarChart};
use crate::components::gate::{gate, is_administrator, page_error};
use crate::i18n::{Locale, Msg, SupervisionMsg as S, supervision, use_locale};
use crate::model::error::AppError;
use crate::model::reports::{GroupRow, country_name};
use crate::pages::reports::PerMonth;

/// One country's completion per module: the whole country, per agency kind and per agency
/// (`/reports/countries/{code}`, admins).
#[component]
pub fn CountryDetailPage() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let data = Resource::new(
        {
            let code = code.clone();
            move || code.clone()
        },
        country,
    );
    let gain = Resource::new(
        move || code.clone(),
        |c| crate::api::evaluation::evaluation_country(c, None),
    );
    gate(is_administrator, move |_| {
        view! {
            <p>
                <a href="/reports/countries">{locale.back_link(locale.t(S::AllCountries))}</a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let d = match data.await {
                        Ok(found) => found,
                        Err(AppError::NotFound) => return no_such_country(locale),
                        Err(e) => return page_error(e),
                    };
                    let by_kind: Vec<GroupRow> = d
                        .by_kind
                        .into_iter()
                        .map(|r| kind_row(locale, r))
                        .collect();
                    let kinds = by_kind
                        .iter()
                        .map(|r| (r.label.clone(), bars(locale, &d.modules, r)))
                        .collect();
                    let modules = d.modules.clone();
                    view! {
                        <h1>
                            {supervision::completion_in(
                                locale,
                                country_name(locale, &d.name, &d.name_ar),
                            )}
                        </h1>
                        <p>
                            {locale.t(S::CountryDetailIntro)}
                            <a href=format!("/reports/countries/{}/groups.csv", d.code) download>
                                {locale.t(S::DownloadCsv)}
                            </a>
                        </p>
                        <GroupTable
                            id="country-whole"
                            caption=locale.t(S::WholeCountry).to_owned()
                            modules=modules.clone()
                            rows=vec![d.whole]
                        />
                        <GroupTable
                            id="country-kinds"
                            caption=locale.t(S::PerKindOfAgency).to_owned()
                            modules=modules.clone()
                            rows=by_kind
                        />
                        <BarChart
                            id="by-kind"
                            title=supervision::completion_per_kind_in(
                                locale,
                                country_name(locale, &d.name, &d.name_ar),
                            )
                            groups=kinds
                        />
                        <GroupTable
                            id="country-agencies"
                            caption=locale.t(S::PerAgency).to_owned()
                            modules
                            rows=d.by_agency
                        />
                        <PerMonth
                            months=d.per_month
                            csv=format!("/reports/countries/months.csv?country={}", d.code)
                        />
                        <Suspense>
                            {move || Suspend::new(async move {
                                gain.await.ok().map(|g| view! { <CountryGain g /> })
                            })}
                        </Suspense>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}

/// What a country's page says for a code that is no country.
pub fn no_such_country(locale: Locale) -> AnyView {
    view! {
        <h1>{locale.t(S::NotFound)}</h1>
        <p>{locale.t(S::NoSuchCountry)}</p>
    }
    .into_any()
}

/// A row per kind of agency, named in the reader's language (its label is English, as in CSV).
fn kind_row(locale: Locale, mut row: GroupRow) -> GroupRow {
    if let Some(kind) = row.kind {
        row.label = locale.agency_kind(kind).to_owned();
    }
    row
}

/// One bar per module for a group.
fn bars(locale: Locale, modules: &[(i32, String)], row: &GroupRow) -> Vec<Bar> {
    modules
        .iter()
        .zip(row.percent.iter().zip(&row.completed))
        .map(|((_, title), (p, n))| Bar {
            label: title.clone(),
            percent: *p,
            text: format!("{} ({n}/{})", locale.percent(*p), row.learners),
        })
        .collect()
}

#[component]
fn GroupTable(
    id: &'static str,
    caption: String,
    modules: Vec<(i32, String)>,
    rows: Vec<GroupRow>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <TableFrame>
            <table class="data report" id=id>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{locale.t(S::Group)}</th>
                        <th scope="col">{locale.t(S::Learners)}</th>
                        {modules
                            .into_iter()
                            .map(|(_, t)| view! { <th scope="col">{t}</th> })
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
                                        {match r.agency_id {
                                            Some(a) => {
                                                view! { <a href=format!("/agencies/{a}")>{r.label}</a> }
                                                    .into_any()
                                            }
                                            None => r.label.into_any(),
                                        }}
                                    </th>
                                    <td>{r.learners}</td>
                                    {r
                                        .percent
                                        .iter()
                                        .zip(&r.completed)
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
    }
}

/// The country's knowledge gain, per kind of agency, with the way to the full evaluation.
#[component]
fn CountryGain(g: crate::model::evaluation::EvaluationDetail) -> impl IntoView {
    use crate::i18n::EvalMsg as E;
    use crate::pages::evaluation::{GainChart, GainTable, Headline, kind_rows};
    let locale = use_locale();
    let kinds = kind_rows(locale, g.by_kind);
    view! {
        <section class="card" id="country-gain">
            <h2>{locale.t(E::SectionTitle)}</h2>
            <Headline f=g.whole />
            <GainChart
                id="country-gain-chart"
                title=locale.t(E::ChartTitle).to_owned()
                rows=kinds.clone()
            />
            <GainTable id="country-gain-table" caption=locale.t(E::ByKind).to_owned() rows=kinds />
            <p class="actions">
                <a href=format!("/reports/evaluation/{}", g.code)>{locale.t(E::OpenEvaluation)}</a>
                <a href=format!("/reports/programme/{}", g.code)>{locale.t(E::ProgrammeLink)}</a>
                <a href=format!("/reports/evaluation/{}/gain.csv", g.code) download>
                    {locale.t(E::DownloadCsv)}
                </a>
            </p>
        </section>
    }
}
