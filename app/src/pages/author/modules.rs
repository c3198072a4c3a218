use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::components::bidi::Name;
use leptos::server_fn::ServerFn;

use crate::api::authoring::modules;
use crate::api::authoring::{CreateModule, ImportModule};
use crate::components::form::{Field, FormMessage};
use crate::components::gate::gate;
use crate::i18n::{AuthorMsg, Msg, authoring::version_short, use_locale};
use crate::pages::author::is_author;

#[component]
pub fn ModulesPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new(|| (), |_| modules());
    gate(is_author, move |_| {
        view! {
            <h1>{locale.t(AuthorMsg::Modules)}</h1>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    data.await
                        .map(|rows| {
                            if rows.is_empty() {
                                view! { <p>{locale.t(AuthorMsg::NoModuleYet)}</p> }.into_any()
                            } else {
                                view! {
                                    <TableFrame>
                                        <table class="data modules">
                                            <thead>
                                                <tr>
                                                    <th>{locale.t(AuthorMsg::ColModule)}</th>
                                                    <th>{locale.t(AuthorMsg::ColPublished)}</th>
                                                    <th>{locale.t(AuthorMsg::ColDraft)}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {rows
                                                    .into_iter()
                                                    .map(|m| {
                                                        view! {
                                                            <tr class:inactive=m.archived>
                                                                <td>
                                                                    <a href=format!("/author/modules/{}", m.id)>
                                                                        <Name text=m.title />
                                                                    </a>
                                                                </td>
                                                                <td>
                                                                    {match (m.published, m.archived) {
                                                                        (Some(n), _) => version_short(locale, n),
                                                                        (None, true) => locale.t(AuthorMsg::StatusArchived).into(),
                                                                        (None, false) => "—".into(),
                                                                    }}
                                                                </td>
                                                                <td>
                                                                    {m
                                                                        .draft
                                                                        .map(|n| version_short(locale, n))
                                                                        .unwrap_or_else(|| "—".into())}
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
                        })
                })}
            </Suspense>
            <section class="card">
                <h2>{locale.t(AuthorMsg::NewModule)}</h2>
                <FormMessage form=CreateModule::PATH />
                <form method="post" action=CreateModule::PATH class="stack">
                    <Field
                        form=CreateModule::PATH
                        name="title"
                        label=locale.t(AuthorMsg::Title)
                        required=true
                    />
                    <button type="submit">{locale.t(AuthorMsg::CreateModule)}</button>
                </form>
            </section>
            <section class="card">
                <h2>{locale.t(AuthorMsg::ImportModule)}</h2>
                <p>{locale.t(AuthorMsg::ImportHint)}</p>
                <FormMessage form=ImportModule::PATH />
                <form
                    method="post"
                    action=ImportModule::PATH
                    enctype="multipart/form-data"
                    class="stack"
                >
                    <div class="field">
                        <label for="module-file">{locale.t(AuthorMsg::ModuleFile)}</label>
                        <input
                            id="module-file"
                            name="file"
                            type="file"
                            accept=".json,application/json"
                        />
                    </div>
                    <button type="submit">{locale.t(AuthorMsg::Import)}</button>
                </form>
            </section>
        }
    })
}
