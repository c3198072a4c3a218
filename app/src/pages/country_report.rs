use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::reports::country;
use crate::components::chart::{Bar, BarChart};
use crate::components::gate::{gate, is_admin};
use crate::model::reports::GroupRow;

/// One country's completion per module: the whole country, per agency kind and per agency
/// (`/reports/countries/{code}`, admins).
#[component]
pub fn CountryDetailPage() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let data = Resource::new(move || code.clone(), country);
    gate(is_admin, move |_| {
        view! {
            <p><a href="/reports/countries">"← All countries"</a></p>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let Ok(d) = data.await else {
                        return view! { <h1>"Not found"</h1><p>"There is no such country."</p> }.into_any();
                    };
                    let kinds = d.by_kind.iter().map(|r| (r.label.clone(), bars(&d.modules, r))).collect();
                    let modules = d.modules.clone();
                    view! {
                        <h1>{format!("Completion in {}", d.name)}</h1>
                        <p>"Share of active trainees and supervisors who completed each module. "
                            <a href=format!("/reports/countries/{}/groups.csv", d.code) download>"Download CSV"</a></p>
                        <GroupTable id="country-whole" caption="The whole country".to_owned() modules=modules.clone() rows=vec![d.whole] />
                        <GroupTable id="country-kinds" caption="Per kind of agency".to_owned() modules=modules.clone() rows=d.by_kind />
                        <BarChart id="by-kind" title=format!("Completion per kind of agency in {} (% of learners)", d.name) groups=kinds />
                        <GroupTable id="country-agencies" caption="Per agency".to_owned() modules rows=d.by_agency />
                    }
                    .into_any()
                })}
            </Suspense>
        }
    })
}

/// One bar per module for a group.
fn bars(modules: &[(i32, String)], row: &GroupRow) -> Vec<Bar> {
    modules
        .iter()
        .zip(row.percent.iter().zip(&row.completed))
        .map(|((_, title), (p, n))| Bar {
            label: title.clone(),
            percent: *p,
            text: format!("{p} % ({n}/{})", row.learners),
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
    view! {
        <div class="table-scroll">
            <table class="data report" id=id>
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">"Group"</th><th scope="col">"Learners"</th>
                    {modules.into_iter().map(|(_, t)| view! { <th scope="col">{t}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row">{match r.agency_id {
                                Some(a) => view! { <a href=format!("/agencies/{a}")>{r.label}</a> }.into_any(),
                                None => r.label.into_any(),
                            }}</th>
                            <td>{r.learners}</td>
                            {r.percent.iter().zip(&r.completed).map(|(p, n)| view! { <td>{format!("{p} % ({n})")}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
