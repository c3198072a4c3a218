use leptos::prelude::*;

use crate::api::admin::users;
use crate::components::gate::{gate, is_administrator};
use crate::components::users_table::{Pager, UsersTable};
use crate::i18n::admin::role_name;
use crate::i18n::{AdminMsg, Msg, use_locale};
use crate::model::{accounts::Role, users::UserFilter};
use crate::pages::admin::query_param;

/// The filters as a query string, without the page.
fn filter_query(f: &UserFilter) -> String {
    let mut parts = vec![];
    for (k, v) in [("q", &f.q), ("country", &f.country), ("role", &f.role), ("status", &f.status)] {
        if let Some(v) = v {
            parts.push(format!("{k}={}", crate::components::gate::encode(v)));
        }
    }
    if let Some(a) = f.agency {
        parts.push(format!("agency={a}"));
    }
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let locale = use_locale();
    let filter = UserFilter {
        q: query_param("q"),
        country: query_param("country"),
        agency: query_param("agency").and_then(|a| a.parse().ok()),
        role: query_param("role"),
        status: query_param("status"),
        page: query_param("page").and_then(|p| p.parse().ok()),
    };
    let data = Resource::new(
        {
            let f = filter.clone();
            move || Some(f.clone())
        },
        users,
    );
    gate(is_administrator, move |_| {
        let base = format!("/admin/users{}", filter_query(&filter));
        let page = filter.page.unwrap_or(0);
        let f = filter.clone();
        view! {
            <h1>{locale.t(Msg::AdminPeople)}</h1>
            <p>
                <a class="button" href="/admin/users/new">
                    {locale.t(AdminMsg::AddPerson)}
                </a>
                " "
                <a href="/admin/import">{locale.t(AdminMsg::ImportFromCsv)}</a>
            </p>
            <form method="get" action="/admin/users" class="filters">
                <label>
                    {locale.t(AdminMsg::Search)}
                    <input
                        name="q"
                        type="search"
                        value=f.q.clone()
                        placeholder=locale.t(AdminMsg::NameOrEmail)
                    />
                </label>
                <label>
                    {locale.t(AdminMsg::Country)}
                    <input name="country" value=f.country.clone() size="3" placeholder="JO" />
                </label>
                <label>
                    {locale.t(Msg::Role)} <select name="role">
                        <option value="">{locale.t(AdminMsg::Any)}</option>
                        {Role::ALL
                            .iter()
                            .map(|r| {
                                view! {
                                    <option
                                        value=r.code()
                                        selected=f.role.as_deref() == Some(r.code())
                                    >
                                        {role_name(locale, *r)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {locale.t(AdminMsg::Status)} <select name="status">
                        <option value="">{locale.t(AdminMsg::Any)}</option>
                        <option value="active" selected=f.status.as_deref() == Some("active")>
                            {locale.t(AdminMsg::Active)}
                        </option>
                        <option value="inactive" selected=f.status.as_deref() == Some("inactive")>
                            {locale.t(AdminMsg::Deactivated)}
                        </option>
                    </select>
                </label>
                {f.agency.map(|a| view! { <input type="hidden" name="agency" value=a /> })}
                <button type="submit">{locale.t(AdminMsg::Filter)}</button>
            </form>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || {
                    let base = base.clone();
                    Suspend::new(async move {
                        data.await
                            .map(|(rows, more)| {
                                view! {
                                    <UsersTable users=rows link=true />
                                    <Pager base page more />
                                }
                            })
                    })
                }}
            </Suspense>
        }
    })
}
