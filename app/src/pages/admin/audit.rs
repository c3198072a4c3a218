use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::api::admin::audit;
use crate::components::gate::{gate, is_admin};
use crate::components::users_table::Pager;
use crate::i18n::admin::audit_action;
use crate::i18n::{AdminMsg, Msg, use_locale};
use crate::model::audit::{AuditAction, AuditFilter};
use crate::pages::admin::query_param;

#[component]
pub fn AuditPage() -> impl IntoView {
    let locale = use_locale();
    let filter = AuditFilter {
        action: query_param("action"),
        who: query_param("who"),
        referral: None,
        page: query_param("page").and_then(|p| p.parse().ok()),
    };
    let data = Resource::new(
        {
            let f = filter.clone();
            move || Some(f.clone())
        },
        audit,
    );
    gate(is_admin, move |_| {
        let f = filter.clone();
        let mut base = format!("/admin/audit?action={}", f.action.clone().unwrap_or_default());
        if let Some(who) = &f.who {
            base.push_str(&format!("&who={}", crate::components::gate::encode(who)));
        }
        let page = f.page.unwrap_or(0);
        view! {
            <h1>{locale.t(Msg::AdminAudit)}</h1>
            <form method="get" action="/admin/audit" class="filters">
                <label>
                    {locale.t(AdminMsg::Action)} <select name="action">
                        <option value="">{locale.t(AdminMsg::Any)}</option>
                        {AuditAction::ALL
                            .iter()
                            .map(|a| {
                                view! {
                                    <option
                                        value=a.code()
                                        selected=f.action.as_deref() == Some(a.code())
                                    >
                                        {audit_action(locale, *a)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    {locale.t(AdminMsg::PersonEmail)}
                    <input name="who" type="search" value=f.who.clone() />
                </label>
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
                                    <TableFrame>
                                        <table class="data audit">
                                            <thead>
                                                <tr>
                                                    <th>{locale.t(AdminMsg::WhenUtc)}</th>
                                                    <th>{locale.t(AdminMsg::Action)}</th>
                                                    <th>{locale.t(AdminMsg::By)}</th>
                                                    <th>{locale.t(AdminMsg::About)}</th>
                                                    <th>{locale.t(AdminMsg::Detail)}</th>
                                                    <th>{locale.t(AdminMsg::Address)}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {rows
                                                    .into_iter()
                                                    .map(|e| {
                                                        view! {
                                                            <tr>
                                                                <td>{locale.timestamp_of(&e.at)}</td>
                                                                <td>
                                                                    {AuditAction::from_code(&e.action)
                                                                        .map_or(e.action, |a| audit_action(locale, a).to_owned())}
                                                                </td>
                                                                <td>{e.actor.unwrap_or_default()}</td>
                                                                <td>{e.subject.unwrap_or_default()}</td>
                                                                <td>{e.detail}</td>
                                                                <td>{e.address.unwrap_or_default()}</td>
                                                            </tr>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                    </TableFrame>
                                    <Pager base page more />
                                }
                            })
                    })
                }}
            </Suspense>
        }
    })
}
