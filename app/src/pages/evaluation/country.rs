use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    FollowupTable, GainChart, GainTable, Headline, ModuleFilter, RowLink, SurveySection, kind_rows,
    module_query,
};
use crate::api::evaluation::evaluation_country;
use crate::components::gate::{gate, is_administrator, page_error};
use crate::i18n::{EvalMsg as E, Msg, evaluation as say, use_locale};
use crate::model::error::AppError;
use crate::model::evaluation::FollowupCounts;
use crate::model::reports::country_name;
use crate::pages::country_report::no_such_country;

/// One country's knowledge gain per kind of agency, agency and cohort
/// (`/reports/evaluation/{code}`, trainers and admins).
#[component]
pub fn EvaluationCountryPage() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let module: Option<i32> =
        use_query_map().with_untracked(|q| q.get("module")).and_then(|m| m.parse().ok());
    let data = Resource::new(move || (code.clone(), module), |(c, m)| evaluation_country(c, m));
    gate(is_administrator, move |_| {
        view! {
            <p>
                <a href="/reports/evaluation">{locale.back_link(locale.t(E::ReportTitle))}</a>
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
                    let name = country_name(locale, &d.name, &d.name_ar).to_owned();
                    let query = module_query(d.module_id);
                    let by_kind = kind_rows(locale, d.by_kind);
                    let mut followup = d.followup;
                    let mut total = FollowupCounts::default();
                    for (_, c) in &followup {
                        total += *c;
                    }
                    followup.push((locale.t(E::Whole).to_owned(), total));
                    view! {
                        <h1>{say::country_title(locale, &name)}</h1>
                        <ModuleFilter
                            action=format!("/reports/evaluation/{}", d.code)
                            modules=d.modules
                            selected=d.module_id
                        />
                        <Headline f=d.whole followup=total />
                        <p class="actions">
                            <a
                                href=format!("/reports/evaluation/{}/gain.csv{query}", d.code)
                                download
                            >
                                {locale.t(E::DownloadCsv)}
                            </a>
                            <a href=format!(
                                "/reports/programme/{}",
                                d.code,
                            )>{locale.t(E::ProgrammeLink)}</a>
                        </p>
                        <GainChart
                            id="gain-by-kind"
                            title=locale.t(E::ChartTitle).to_owned()
                            rows=by_kind.clone()
                        />
                        <GainTable
                            id="gain-by-kind-table"
                            caption=locale.t(E::ByKind).to_owned()
                            rows=by_kind
                        />
                        <GainTable
                            id="gain-by-agency-table"
                            caption=locale.t(E::ByAgency).to_owned()
                            rows=d.by_agency
                            link=RowLink::Agency
                        />
                        <GainTable
                            id="gain-by-cohort-table"
                            caption=locale.t(E::ByCohort).to_owned()
                            rows=d.by_cohort
                        />
                        <SurveySection s=d.survey with_text=true />
                        <FollowupTable id="followup-by-agency" rows=followup />
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}
