use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::admin::agencies;
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{gate, is_admin};
use crate::model::accounts::AgencyKind;

#[component]
pub fn CountryPage() -> impl IntoView {
    let code =
        use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default().to_uppercase();
    let data = Resource::new(
        {
            let code = code.clone();
            move || code.clone()
        },
        |code| agencies(Some(code)),
    );
    gate(is_admin, move |_| {
        let kinds =
            AgencyKind::ALL.iter().map(|k| (k.code().to_owned(), k.label().to_owned())).collect();
        view! {
            <p><a href="/admin/countries">"← Countries"</a></p>
            <h1>{format!("Agencies in {code}")}</h1>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|rows| if rows.is_empty() {
                        view! { <p>"No agency yet."</p> }.into_any()
                    } else {
                        view! {
                            <table class="data">
                                <thead><tr><th>"Agency"</th><th>"Kind"</th><th>"People"</th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|a| view! {
                                        <tr>
                                            <td><a href=format!("/admin/users?agency={}", a.id)>{a.name}</a></td>
                                            <td>{a.kind.label()}</td>
                                            <td>{a.users}" · "<a href=format!("/agencies/{}", a.id)>"assign modules"</a></td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    })
                })}
            </Suspense>
            <section class="card">
                <h2>"Add an agency"</h2>
                <FormMessage form="agency" />
                <form method="post" action="/api/admin/create_agency" class="stack">
                    <input type="hidden" name="country" value=code.clone() />
                    <Field form="agency" name="name" label="Name" required=true />
                    <SelectField form="agency" name="kind" label="Kind" options=kinds />
                    <button type="submit">"Add agency"</button>
                </form>
            </section>
        }
    })
}
