use leptos::prelude::*;

use crate::api::reports::countries;
use crate::components::chart::{Bar, BarChart};
use crate::components::gate::{gate, is_admin};

/// Completion per country side by side, per module, and completions per month.
#[component]
pub fn CountryReportPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| countries());
    gate(is_admin, move |_| {
        view! {
            <h1>"Completion by country"</h1>
            <p>"Share of each country's active trainees and supervisors who completed each module (lessons read and quiz passed). Open a country for its agencies and kinds of agency. "
                <a href="/reports/countries.csv" download>"Download CSV"</a></p>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let Ok(r) = data.await else { return view! { <p class="error">"The report cannot be shown."</p> }.into_any() };
                    let groups = r.modules.iter().map(|m| (
                        m.title.clone(),
                        r.countries.iter().zip(&m.percent).zip(&m.completed).map(|((c, p), n)| Bar {
                            label: c.name.clone(), percent: *p, text: format!("{p} % ({n}/{})", c.learners),
                        }).collect(),
                    )).collect();
                    let max_month = r.per_month.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
                    let months = vec![("Completions".to_owned(), r.per_month.iter().map(|(m, n)| Bar {
                        label: m.clone(), percent: *n as f64 * 100.0 / max_month as f64, text: n.to_string(),
                    }).collect())];
                    view! {
                        <div class="table-scroll">
                            <table class="data report" id="country-table">
                                <caption>"Completion per module and country, % of learners (completed / learners)"</caption>
                                <thead><tr><th scope="col">"Module"</th>{r.countries.iter().map(|c| view! { <th scope="col"><a href=format!("/reports/countries/{}", c.code)>{c.name.clone()}</a>{format!(" ({} learners)", c.learners)}</th> }).collect_view()}</tr></thead>
                                <tbody>
                                    {r.modules.iter().map(|m| view! {
                                        <tr>
                                            <th scope="row">{m.title.clone()}</th>
                                            {m.percent.iter().zip(&m.completed).map(|(p, n)| view! { <td>{format!("{p} % ({n})")}</td> }).collect_view()}
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <BarChart id="by-country" title="Completion by module and country (% of learners)".to_owned() groups />
                        <h2>"Completions per month"</h2>
                        <p><a href="/reports/countries/months.csv" download>"Download the months as CSV"</a></p>
                        <table class="data"><thead><tr><th scope="col">"Month"</th><th scope="col">"Completions"</th></tr></thead>
                            <tbody>{r.per_month.iter().map(|(m, n)| view! { <tr><td>{m.clone()}</td><td>{*n}</td></tr> }).collect_view()}</tbody>
                        </table>
                        <BarChart id="per-month" title="Completions per month".to_owned() groups=months />
                    }
                    .into_any()
                })}
            </Suspense>
        }
    })
}
