use leptos::prelude::*;

use crate::components::table_frame::TableFrame;
use leptos::server_fn::ServerFn;

use crate::api::admin::CreateCountry;
use crate::api::admin::countries;
use crate::components::form::{Field, FormMessage};
use crate::components::gate::{gate, is_admin};
use crate::i18n::{AdminMsg, Msg, use_locale};

#[component]
pub fn CountriesPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new(|| (), |_| countries());
    gate(is_admin, move |_| {
        view! {
            <h1>{locale.t(AdminMsg::Countries)}</h1>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    data.await
                        .map(|rows| {
                            view! {
                                <TableFrame>
                                    <table class="data">
                                        <thead>
                                            <tr>
                                                <th>{locale.t(AdminMsg::Code)}</th>
                                                <th>{locale.t(AdminMsg::NameHeader)}</th>
                                                <th>{locale.t(AdminMsg::NameArabicHeader)}</th>
                                                <th>{locale.t(AdminMsg::Agencies)}</th>
                                                <th>{locale.t(Msg::AdminPeople)}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {rows
                                                .into_iter()
                                                .map(|c| {
                                                    view! {
                                                        <tr>
                                                            <td>{c.code.clone()}</td>
                                                            <td>
                                                                <a href=format!(
                                                                    "/admin/countries/{}",
                                                                    c.code,
                                                                )>{c.name_en}</a>
                                                            </td>
                                                            <td lang="ar" dir="rtl">
                                                                {c.name_ar}
                                                            </td>
                                                            <td>{c.agencies}</td>
                                                            <td>{c.users}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </TableFrame>
                            }
                        })
                })}
            </Suspense>
            <section class="card">
                <h2>{locale.t(AdminMsg::AddCountry)}</h2>
                <FormMessage form=CreateCountry::PATH />
                <form method="post" action=CreateCountry::PATH class="stack">
                    <Field
                        form=CreateCountry::PATH
                        name="code"
                        label=locale.t(AdminMsg::IsoCode)
                        required=true
                    />
                    <Field
                        form=CreateCountry::PATH
                        name="name_en"
                        label=locale.t(AdminMsg::NameInEnglish)
                        required=true
                    />
                    <Field
                        form=CreateCountry::PATH
                        name="name_ar"
                        label=locale.t(AdminMsg::NameInArabic)
                        required=true
                    />
                    <button type="submit">{locale.t(AdminMsg::AddCountryButton)}</button>
                </form>
            </section>
        }
    })
}
