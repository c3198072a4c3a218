use leptos::prelude::*;

use crate::api::admin::users;
use crate::components::gate::{gate, is_admin};
use crate::components::users_table::{Pager, UsersTable};
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
    gate(is_admin, move |_| {
        let base = format!("/admin/users{}", filter_query(&filter));
        let page = filter.page.unwrap_or(0);
        let f = filter.clone();
        view! {
            <h1>"People"</h1>
            <p><a class="button" href="/admin/users/new">"Add a person"</a>" "<a href="/admin/import">"Import from CSV"</a></p>
            <form method="get" action="/admin/users" class="filters">
                <label>"Search"<input name="q" type="search" value=f.q.clone() placeholder="name or email" /></label>
                <label>"Country"<input name="country" value=f.country.clone() size="3" placeholder="JO" /></label>
                <label>"Role"
                    <select name="role">
                        <option value="">"any"</option>
                        {Role::ALL.iter().map(|r| view! { <option value=r.code() selected=f.role.as_deref() == Some(r.code())>{r.code()}</option> }).collect_view()}
                    </select>
                </label>
                <label>"Status"
                    <select name="status">
                        <option value="">"any"</option>
                        <option value="active" selected=f.status.as_deref() == Some("active")>"active"</option>
                        <option value="inactive" selected=f.status.as_deref() == Some("inactive")>"deactivated"</option>
                    </select>
                </label>
                {f.agency.map(|a| view! { <input type="hidden" name="agency" value=a /> })}
                <button type="submit">"Filter"</button>
            </form>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || {
                    let base = base.clone();
                    Suspend::new(async move {
                        data.await.map(|(rows, more)| view! {
                            <UsersTable users=rows link=true />
                            <Pager base page more />
                        })
                    })
                }}
            </Suspense>
        }
    })
}
