use leptos::prelude::*;

use crate::components::table_frame::TableFrame;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::admin::CreateAgency;
use crate::api::admin::agencies;
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{gate, is_administrator};
use crate::i18n::admin::agencies_in;
use crate::i18n::{AdminMsg, Msg, use_locale};
use crate::model::accounts::AgencyKind;

#[component]
pub fn CountryPage() -> impl IntoView {
    let locale = use_locale();
    let code =
        use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default().to_uppercase();
    let data = Resource::new(
        {
            let code = code.clone();
            move || code.clone()
        },
        |code| agencies(Some(code)),
    );
    gate(is_administrator, move |_| {
        let kinds = AgencyKind::ALL
            .iter()
            .map(|k| (k.code().to_owned(), locale.agency_kind(*k).to_owned()))
            .collect();
        view! {
            <p>
                <a href="/admin/countries">{locale.back_link(locale.t(AdminMsg::Countries))}</a>
            </p>
            <h1>{agencies_in(locale, &code)}</h1>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    data.await
                        .map(|rows| {
                            if rows.is_empty() {
                                view! { <p>{locale.t(AdminMsg::NoAgencyYet)}</p> }.into_any()
                            } else {
                                view! {
                                    <TableFrame>
                                        <table class="data">
                                            <thead>
                                                <tr>
                                                    <th>{locale.t(AdminMsg::Agency)}</th>
                                                    <th>{locale.t(AdminMsg::Kind)}</th>
                                                    <th>{locale.t(Msg::AdminPeople)}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {rows
                                                    .into_iter()
                                                    .map(|a| {
                                                        view! {
                                                            <tr>
                                                                <td>
                                                                    <a href=format!("/admin/users?agency={}", a.id)>{a.name}</a>
                                                                </td>
                                                                <td>{locale.agency_kind(a.kind)}</td>
                                                                <td>
                                                                    {a.users}" · "
                                                                    <a href=format!(
                                                                        "/agencies/{}",
                                                                        a.id,
                                                                    )>{locale.t(AdminMsg::AssignModules)}</a>
                                                                </td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </TableFrame>
                                }
                                    .into_any()
                            }
                        })
                })}
            </Suspense>
            <section class="card">
                <h2>{locale.t(AdminMsg::AddAgency)}</h2>
                <FormMessage form=CreateAgency::PATH />
                <form method="post" action=CreateAgency::PATH class="stack">
                    <input type="hidden" name="country" value=code.clone() />
                    <Field
                        form=CreateAgency::PATH
                        name="name"
                        label=locale.t(Msg::DisplayName)
                        required=true
                    />
                    <SelectField
                        form=CreateAgency::PATH
                        name="kind"
                        label=locale.t(AdminMsg::Kind)
                        options=kinds
                    />
                    <button type="submit">{locale.t(AdminMsg::AddAgencyButton)}</button>
                </form>
            </section>
        }
    })
}
