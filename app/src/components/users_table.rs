use leptos::prelude::*;

use crate::model::accounts::UserDto;

/// People in a table; names link to their page when `link` is set (admins).
#[component]
pub fn UsersTable(users: Vec<UserDto>, link: bool) -> impl IntoView {
    if users.is_empty() {
        return view! { <p>"Nobody matches."</p> }.into_any();
    }
    view! {
        <div class="table-scroll">
            <table class="data">
                <thead>
                    <tr><th>"Name"</th><th>"Email"</th><th>"Role"</th><th>"Agency"</th><th>"Country"</th><th>"Status"</th><th>"Last sign-in"</th></tr>
                </thead>
                <tbody>
                    {users.into_iter().map(|u| {
                        let name = if link {
                            view! { <a href=format!("/admin/users/{}", u.id)>{u.display_name}</a> }.into_any()
                        } else {
                            u.display_name.into_any()
                        };
                        view! {
                            <tr class:inactive=!u.active>
                                <td>{name}</td>
                                <td>{u.email}</td>
                                <td>{u.role.code()}</td>
                                <td>{u.agency_name.unwrap_or_default()}</td>
                                <td>{u.country_code.unwrap_or_default()}</td>
                                <td>{if u.active { "active" } else { "deactivated" }}</td>
                                <td>{u.last_login_at.unwrap_or_else(|| "never".into())}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// "Previous / next" links that keep the rest of the query.
#[component]
pub fn Pager(base: String, page: u64, more: bool) -> impl IntoView {
    let join = if base.contains('?') { "&" } else { "?" };
    let previous = (page > 0).then(|| format!("{base}{join}page={}", page - 1));
    let next = more.then(|| format!("{base}{join}page={}", page + 1));
    view! {
        <nav class="pager" aria-label="pages">
            {previous.map(|href| view! { <a href=href rel="prev">"← Previous"</a> })}
            <span>{format!("Page {}", page + 1)}</span>
            {next.map(|href| view! { <a href=href rel="next">"Next →"</a> })}
        </nav>
    }
}
