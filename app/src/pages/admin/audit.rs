use leptos::prelude::*;

use crate::api::admin::audit;
use crate::components::gate::{gate, is_admin};
use crate::components::users_table::Pager;
use crate::model::audit::{AuditAction, AuditFilter};
use crate::pages::admin::query_param;

#[component]
pub fn AuditPage() -> impl IntoView {
    let filter = AuditFilter {
        action: query_param("action"),
        who: query_param("who"),
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
            <h1>"Audit log"</h1>
            <form method="get" action="/admin/audit" class="filters">
                <label>"Action"
                    <select name="action">
                        <option value="">"any"</option>
                        {AuditAction::ALL.iter().map(|a| view! { <option value=a.code() selected=f.action.as_deref() == Some(a.code())>{a.code()}</option> }).collect_view()}
                    </select>
                </label>
                <label>"Person (email)"<input name="who" type="search" value=f.who.clone() /></label>
                <button type="submit">"Filter"</button>
            </form>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || {
                    let base = base.clone();
                    Suspend::new(async move {
                        data.await.map(|(rows, more)| view! {
                            <div class="table-scroll">
                                <table class="data audit">
                                    <thead><tr><th>"When (UTC)"</th><th>"Action"</th><th>"By"</th><th>"About"</th><th>"Detail"</th><th>"Address"</th></tr></thead>
                                    <tbody>
                                        {rows.into_iter().map(|e| view! {
                                            <tr>
                                                <td>{e.at}</td><td>{e.action}</td>
                                                <td>{e.actor.unwrap_or_default()}</td><td>{e.subject.unwrap_or_default()}</td>
                                                <td>{e.detail}</td><td>{e.address.unwrap_or_default()}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pager base page more />
                        })
                    })
                }}
            </Suspense>
        }
    })
}
