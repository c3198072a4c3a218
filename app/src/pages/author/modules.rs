use leptos::prelude::*;

use crate::api::authoring::modules;
use crate::components::form::{Field, FormMessage};
use crate::components::gate::gate;
use crate::pages::author::is_author;

#[component]
pub fn ModulesPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| modules());
    gate(is_author, move |_| {
        view! {
            <h1>"Modules"</h1>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|rows| if rows.is_empty() {
                        view! { <p>"No module yet."</p> }.into_any()
                    } else {
                        view! {
                            <table class="data modules">
                                <thead><tr><th>"Module"</th><th>"Published"</th><th>"Draft"</th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|m| view! {
                                        <tr class:inactive=m.archived>
                                            <td><a href=format!("/author/modules/{}", m.id)>{m.title}</a></td>
                                            <td>{match (m.published, m.archived) {
                                                (Some(n), _) => format!("version {n}"),
                                                (None, true) => "archived".into(),
                                                (None, false) => "—".into(),
                                            }}</td>
                                            <td>{m.draft.map(|n| format!("version {n}")).unwrap_or_else(|| "—".into())}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    })
                })}
            </Suspense>
            <section class="card">
                <h2>"New module"</h2>
                <FormMessage form="create_module" />
                <form method="post" action="/api/authoring/create_module" class="stack">
                    <Field form="create_module" name="title" label="Title" required=true />
                    <button type="submit">"Create module"</button>
                </form>
            </section>
            <section class="card">
                <h2>"Import a module"</h2>
                <p>"A module exported from Frontline (JSON, format frontline.module/1). It arrives as a draft."</p>
                <FormMessage form="import_module" />
                <form method="post" action="/api/authoring/import" enctype="multipart/form-data" class="stack">
                    <div class="field">
                        <label for="module-file">"Module file"</label>
                        <input id="module-file" name="file" type="file" accept=".json,application/json" />
                    </div>
                    <button type="submit">"Import"</button>
                </form>
            </section>
        }
    })
}
