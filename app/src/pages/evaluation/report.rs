use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    FollowupTable, GainChart, GainTable, Headline, ModuleFilter, RowLink, SurveySection,
    module_query,
};
use crate::api::evaluation::evaluation;
use crate::components::gate::{gate, is_admin, page_error};
use crate::i18n::{EvalMsg as E, Msg, use_locale};
use crate::model::evaluation::GainRow;
use crate::model::permissions::{Permission, can};
use crate::model::reports::country_name;

/// Knowledge gain per country, for one module or every module (`/reports/evaluation`,
/// trainers and admins).
#[component]
pub fn EvaluationPage() -> impl IntoView {
    let locale = use_locale();
    let module: Option<i32> =
        use_query_map().with_untracked(|q| q.get("module")).and_then(|m| m.parse().ok());
    let data = Resource::new(move || module, evaluation);
    gate(
        |u| can(u.role, Permission::ReadModuleResults),
        move |viewer| {
            // Countries open into agencies for admins only, as the country report does.
            let link = if is_admin(&viewer) { RowLink::Country } else { RowLink::None };
            view! {
                <h1>{locale.t(E::ReportTitle)}</h1>
                <p>{locale.t(E::ReportIntro)}</p>
                <Suspense fallback=move || {
                    view! { <p>{locale.t(Msg::Loading)}</p> }
                }>
                    {move || Suspend::new(async move {
                        let r = match data.await {
                            Ok(found) => found,
                            Err(e) => return page_error(e),
                        };
                        let query = module_query(r.module_id);
                        let rows: Vec<GainRow> = r
                            .by_country
                            .into_iter()
                            .map(|mut row| {
                                row.label = country_name(locale, &row.label, &row.label_ar)
                                    .to_owned();
                                row
                            })
                            .collect();
                        let whole = GainRow {
                            label: locale.t(E::Whole).to_owned(),
                            label_ar: String::new(),
                            key: String::new(),
                            kind: None,
                            figures: r.whole,
                        };
                        view! {
                            <ModuleFilter
                                action="/reports/evaluation".into()
                                modules=r.modules
                                selected=r.module_id
                            />
                            <Headline f=r.whole followup=r.followup />
                            <p>
                                <a href=format!("/reports/evaluation.csv{query}") download>
                                    {locale.t(E::DownloadCsv)}
                                </a>
                            </p>
                            <GainChart
                                id="gain-by-country"
                                title=locale.t(E::ChartTitle).to_owned()
                                rows=rows.clone()
                            />
                            <GainTable
                                id="gain-by-country-table"
                                caption=locale.t(E::ByCountry).to_owned()
                                rows=rows.into_iter().chain([whole]).collect()
                                link
                                query=query.clone()
                            />
                            <SurveySection s=r.survey with_text=true />
                            <FollowupTable
                                id="followup-total"
                                rows=vec![(locale.t(E::Whole).to_owned(), r.followup)]
                            />
                        }
                            .into_any()
                    })}
                </Suspense>
            }
        },
    )
}
