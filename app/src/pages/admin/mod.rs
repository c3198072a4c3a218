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

#[component]
pub fn AdminPage() -> impl IntoView {
    gate(is_admin, |_| {
        view! {
            <h1>"Administration"</h1>
            <ul class="link-cards">
                <li><a href="/admin/users">"People"</a><p>"Find, add, change and deactivate accounts; reset passwords."</p></li>
                <li><a href="/admin/import">"Import people from CSV"</a><p>"Check a spreadsheet row by row, then create the accounts."</p></li>
                <li><a href="/admin/countries">"Countries and agencies"</a><p>"The countries of the programme and the agencies in each."</p></li>
                <li><a href="/admin/audit">"Audit log"</a><p>"Sign-ins, role and agency changes, resets and imports."</p></li>
            </ul>
        }
    })
}

/// The value of a query parameter of the current page.
pub(crate) fn query_param(name: &str) -> Option<String> {
    leptos_router::hooks::use_query_map().with_untracked(|q| q.get(name)).filter(|v| !v.is_empty())
}
