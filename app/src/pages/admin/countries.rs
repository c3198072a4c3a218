use leptos::prelude::*;

use crate::api::admin::countries;
use crate::components::form::{Field, FormMessage};
use crate::components::gate::{gate, is_admin};

#[component]
pub fn CountriesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| countries());
    gate(is_admin, move |_| {
        view! {
            <h1>"Countries"</h1>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|rows| view! {
                        <table class="data">
                            <thead><tr><th>"Code"</th><th>"Name"</th><th>"الاسم"</th><th>"Agencies"</th><th>"People"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|c| view! {
                                    <tr>
                                        <td>{c.code.clone()}</td>
                                        <td><a href=format!("/admin/countries/{}", c.code)>{c.name_en}</a></td>
                                        <td lang="ar" dir="rtl">{c.name_ar}</td>
                                        <td>{c.agencies}</td>
                                        <td>{c.users}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    })
                })}
            </Suspense>
            <section class="card">
                <h2>"Add a country"</h2>
                <FormMessage form="country" />
                <form method="post" action="/api/admin/create_country" class="stack">
                    <Field form="country" name="code" label="ISO code (two letters)" required=true />
                    <Field form="country" name="name_en" label="Name in English" required=true />
                    <Field form="country" name="name_ar" label="Name in Arabic" required=true />
                    <button type="submit">"Add country"</button>
                </form>
            </section>
        }
    })
}
