use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::records::{RequeueRefused, learning_records};
use crate::components::gate::{gate, is_admin, page_error};
use crate::components::table_frame::TableFrame;
use crate::i18n::records::{counts, kept, last_error, lrs_at, oldest};
use crate::i18n::{Msg, RecordsMsg, use_locale};
use crate::model::xapi::OutboxSummary;

/// `/admin/records`: the xAPI statements — a download per date range, and the outbox to the
/// partner's LRS with every statement it refused.
#[component]
pub fn LearningRecordsPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new(|| (), |_| learning_records());
    gate(is_admin, move |_| {
        view! {
            <h1>{locale.t(RecordsMsg::Title)}</h1>
            <p>{locale.t(RecordsMsg::Explain)}</p>
            <section class="card" aria-labelledby="export-title">
                <h2 id="export-title">{locale.t(RecordsMsg::Export)}</h2>
                <form method="get" action="/reports/xapi.json" class="filters">
                    <label>
                        {locale.t(RecordsMsg::From)} <input name="from" type="date" required />
                    </label>
                    <label>
                        {locale.t(RecordsMsg::To)} <input name="to" type="date" required />
                    </label>
                    <button type="submit">{locale.t(RecordsMsg::Download)}</button>
                </form>
            </section>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(summary) => view! { <Outbox summary /> }.into_any(),
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
    })
}

#[component]
fn Outbox(summary: OutboxSummary) -> impl IntoView {
    let locale = use_locale();
    let where_to = match &summary.endpoint {
        Some(endpoint) => lrs_at(locale, endpoint),
        None => locale.t(RecordsMsg::LrsNone).to_owned(),
    };
    let waiting = summary.oldest_pending.as_deref().map(|d| oldest(locale, d));
    let why = summary.last_error.as_deref().map(|e| last_error(locale, e));
    let refused = summary.refused.clone();
    view! {
        <section class="card stack" aria-labelledby="lrs-title">
            <h2 id="lrs-title">{locale.t(RecordsMsg::Lrs)}</h2>
            <p>{where_to}</p>
            <p role="status">{counts(locale, &summary)}</p>
            <p class="hint">{kept(locale)}</p>
            {waiting.map(|w| view! { <p>{w}</p> })}
            {why
                .map(|w| {
                    view! {
                        <p class="hint" dir="auto">
                            {w}
                        </p>
                    }
                })}
        </section>
        <section aria-labelledby="refused-title">
            <h2 id="refused-title">{locale.t(RecordsMsg::Refused)}</h2>
            {if refused.is_empty() {
                view! { <p>{locale.t(RecordsMsg::RefusedNone)}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=RequeueRefused::PATH>
                        <button type="submit" class="secondary">
                            {locale.t(RecordsMsg::Requeue)}
                        </button>
                    </form>
                    <TableFrame>
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{locale.t(RecordsMsg::When)}</th>
                                    <th scope="col">{locale.t(RecordsMsg::Verb)}</th>
                                    <th scope="col">{locale.t(RecordsMsg::Error)}</th>
                                    <th scope="col">{locale.t(RecordsMsg::Statement)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {refused
                                    .into_iter()
                                    .map(|r| {
                                        view! {
                                            <tr>
                                                <td>{r.occurred_at}</td>
                                                <td>{r.verb}</td>
                                                <td dir="auto">{r.error}</td>
                                                <td>
                                                    <details>
                                                        <summary dir="ltr">{r.statement_id}</summary>
                                                        <pre dir="ltr">{r.statement}</pre>
                                                    </details>
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
            }}
        </section>
    }
}
