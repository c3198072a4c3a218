use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::components::bidi::{Code, Name};

use crate::i18n::admin::{page_number, role_name};
use crate::i18n::{AdminMsg, Msg, use_locale};
use crate::model::accounts::UserDto;

/// People in a table; names link to their page when `link` is set (admins).
#[component]
pub fn UsersTable(users: Vec<UserDto>, link: bool) -> impl IntoView {
    let locale = use_locale();
    if users.is_empty() {
        return view! { <p>{locale.t(AdminMsg::NobodyMatches)}</p> }.into_any();
    }
    view! {
        <TableFrame>
            <table class="data">
                <thead>
                    <tr>
                        <th>{locale.t(Msg::DisplayName)}</th>
                        <th>{locale.t(Msg::Email)}</th>
                        <th>{locale.t(Msg::Role)}</th>
                        <th>{locale.t(AdminMsg::Agency)}</th>
                        <th>{locale.t(AdminMsg::Country)}</th>
                        <th>{locale.t(AdminMsg::Status)}</th>
                        <th>{locale.t(AdminMsg::LastSignIn)}</th>
                    </tr>
                </thead>
                <tbody>
                    {users
                        .into_iter()
                        .map(|u| {
                            let name = if link {
                                view! {
                                    <a href=format!("/admin/users/{}", u.id)>
                                        <Name text=u.display_name />
                                    </a>
                                }
                                    .into_any()
                            } else {
                                u.display_name.into_any()
                            };
                            view! {
                                <tr class:inactive=!u.active>
                                    <td>{name}</td>
                                    <td>
                                        <Code text=u.email />
                                    </td>
                                    <td>{role_name(locale, u.role)}</td>
                                    <td>{u.agency_name.unwrap_or_default()}</td>
                                    <td>{u.country_code.unwrap_or_default()}</td>
                                    <td>
                                        {locale
                                            .t(
                                                if u.active {
                                                    AdminMsg::Active
                                                } else {
                                                    AdminMsg::Deactivated
                                                },
                                            )}
                                    </td>
                                    <td>
                                        {u
                                            .last_login_at
                                            .map_or_else(
                                                || locale.t(AdminMsg::NeverSignedIn).into(),
                                                |t| locale.timestamp_of(&t),
                                            )}
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

/// "Previous / next" links that keep the rest of the query.
#[component]
pub fn Pager(base: String, page: u64, more: bool) -> impl IntoView {
    let locale = use_locale();
    let join = if base.contains('?') { "&" } else { "?" };
    let previous = (page > 0).then(|| format!("{base}{join}page={}", page - 1));
    let next = more.then(|| format!("{base}{join}page={}", page + 1));
    view! {
        <nav class="pager" aria-label=locale.t(AdminMsg::Pages)>
            {previous
                .map(|href| {
                    view! {
                        <a href=href rel="prev">
                            {locale.t(Msg::PreviousLesson)}
                        </a>
                    }
                })}
            <span>{page_number(locale, page + 1)}</span>
            {next
                .map(|href| {
                    view! {
                        <a href=href rel="next">
                            {locale.t(Msg::NextLesson)}
                        </a>
                    }
                })}
        </nav>
    }
}
