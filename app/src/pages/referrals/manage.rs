//! `/directory` and `/directory/{code}`: a coordinator keeps their country's directory — the
//! entries not verified for six months first, each verified with one button.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::referrals::{VerifyEntry, manage};
use crate::components::gate::{gate, is_administrator, page_error};
use crate::components::table_frame::TableFrame;
use crate::i18n::referrals::{directory_title, entries, service_kind, stale_count, verified};
use crate::i18n::{RefMsg, use_locale};
use crate::model::{accounts::Role, referrals::DirectoryAdmin};

#[component]
pub fn ManageDirectoryPage() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map().with_untracked(|p| p.get("code"));
    let asked = code.clone();
    let data = Resource::new(move || asked.clone(), manage);
    let countries = Resource::new(|| (), |_| crate::api::admin::countries());
    gate(is_administrator, move |me| {
        // An admin who has not chosen a country chooses one.
        if me.role == Role::Admin && code.is_none() {
            return view! {
                <h1>{locale.t(RefMsg::NavDirectory)}</h1>
                <p>{locale.t(RefMsg::ChooseCountry)}</p>
                <Suspense>
                    {move || Suspend::new(async move {
                        countries
                            .await
                            .map(|list| {
                                view! {
                                    <ul class="link-cards">
                                        {list
                                            .into_iter()
                                            .map(|c| {
                                                let name = crate::model::reports::country_name(
                                                        locale,
                                                        &c.name_en,
                                                        &c.name_ar,
                                                    )
                                                    .to_owned();
                                                view! {
                                                    <li>
                                                        <a href=format!("/directory/{}", c.code)>{name}</a>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                    })}
                </Suspense>
            }
            .into_any();
        }
        view! {
            <Suspense>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(d) => view! { <EntryList d /> }.into_any(),
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
        .into_any()
    })
}

#[component]
fn EntryList(d: DirectoryAdmin) -> impl IntoView {
    let locale = use_locale();
    let code = d.country_code.clone();
    view! {
        <h1>{directory_title(locale, &d.country_name)}</h1>
        {if d.stale > 0 {
            view! {
                <p class="notice warning" role="status">
                    {stale_count(locale, d.stale)}
                </p>
            }
                .into_any()
        } else {
            view! { <p class="notice">{locale.t(RefMsg::AllCurrent)}</p> }.into_any()
        }}
        <p class="actions">
            <a class="button" href=format!("/directory/{code}/new")>
                {locale.t(RefMsg::Add)}
            </a>
            " "
            <a href=format!("/directory/{code}/import")>{locale.t(RefMsg::Import)}</a>
            " "
            <a href=format!("/directory/{code}/export.csv") download="">
                {locale.t(RefMsg::Export)}
            </a>
            " "
            <a href=format!("/referrals?country={code}")>{locale.t(RefMsg::Title)}</a>
        </p>
        <p>{entries(locale, d.entries.len())}</p>
        <TableFrame>
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{locale.t(RefMsg::Name)}</th>
                        <th scope="col">{locale.t(RefMsg::City)}</th>
                        <th scope="col">{locale.t(RefMsg::Kind)}</th>
                        <th scope="col">{locale.t(RefMsg::VerifiedColumn)}</th>
                        <th scope="col">
                            <span class="visually-hidden">{locale.t(RefMsg::Edit)}</span>
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {d
                        .entries
                        .into_iter()
                        .map(|e| {
                            let code = code.clone();
                            let when = verified(
                                locale,
                                e.verified_on.as_deref(),
                                e.verified_by.as_deref(),
                            );
                            view! {
                                <tr class:row-error=e.stale>
                                    <td>
                                        <a href=format!("/directory/{code}/entries/{}", e.id)>
                                            <bdi>{e.name}</bdi>
                                        </a>
                                    </td>
                                    <td>
                                        <bdi>{e.city}</bdi>
                                    </td>
                                    <td>{service_kind(locale, e.kind)}</td>
                                    <td>
                                        {when}
                                        {e
                                            .stale
                                            .then(|| {
                                                view! {
                                                    " "
                                                    <strong>{locale.t(RefMsg::Stale)}</strong>
                                                }
                                            })}
                                    </td>
                                    <td>
                                        <form method="post" action=VerifyEntry::PATH class="inline">
                                            <input type="hidden" name="country" value=code.clone() />
                                            <input type="hidden" name="id" value=e.id />
                                            <button type="submit" class="secondary">
                                                {locale.t(RefMsg::Verify)}
                                            </button>
                                        </form>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableFrame>
    }
}
