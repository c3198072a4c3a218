//! Administration pages (admins only; the server functions check again).

pub mod audit;
pub mod countries;
pub mod country;
pub mod import;
pub mod new_user;
pub mod user;
pub mod users;

use leptos::prelude::*;

use crate::components::gate::{gate, is_admin};
use crate::i18n::{AdminMsg, Msg, RecordsMsg, use_locale};

#[component]
pub fn AdminPage() -> impl IntoView {
    let locale = use_locale();
    gate(is_admin, move |_| {
        view! {
            <h1>{locale.t(Msg::NavAdmin)}</h1>
            <ul class="link-cards">
                <li>
                    <a href="/admin/users">{locale.t(Msg::AdminPeople)}</a>
                    <p>{locale.t(AdminMsg::PeopleHint)}</p>
                </li>
                <li>
                    <a href="/admin/import">{locale.t(Msg::AdminImport)}</a>
                    <p>{locale.t(AdminMsg::ImportHint)}</p>
                </li>
                <li>
                    <a href="/admin/countries">{locale.t(Msg::AdminCountries)}</a>
                    <p>{locale.t(AdminMsg::CountriesHint)}</p>
                </li>
                <li>
                    <a href="/admin/audit">{locale.t(Msg::AdminAudit)}</a>
                    <p>{locale.t(AdminMsg::AuditHint)}</p>
                </li>
                <li>
                    <a href="/admin/records">{locale.t(RecordsMsg::Title)}</a>
                    <p>{locale.t(RecordsMsg::Hint)}</p>
                </li>
            </ul>
        }
    })
}

/// The value of a query parameter of the current page.
pub(crate) fn query_param(name: &str) -> Option<String> {
    leptos_router::hooks::use_query_map().with_untracked(|q| q.get(name)).filter(|v| !v.is_empty())
}
