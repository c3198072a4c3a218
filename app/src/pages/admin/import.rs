use leptos::prelude::*;

use crate::api::admin::preview_import;
use crate::components::form::{FormMessage, flash_for};
use crate::components::gate::{gate, is_admin};
use crate::model::import::{COLUMNS, ImportPreview, IssuedPassword, MAX_ROWS};

/// Upload → preview with every row's problems → import all or only the valid rows → first
/// passwords shown once. Each step is a plain form post.
#[component]
pub fn ImportPage() -> impl IntoView {
    let flash = flash_for("import");
    let csv = flash.as_ref().and_then(|f| f.value("csv").map(str::to_owned));
    let issued: Vec<IssuedPassword> = flash
        .as_ref()
        .and_then(|f| f.value("issued"))
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    let preview = Resource::new(
        {
            let csv = csv.clone();
            move || csv.clone()
        },
        |csv| async move {
            match csv {
                Some(csv) => preview_import(csv).await.map(Some),
                None => Ok(None),
            }
        },
    );
    gate(is_admin, move |_| {
        view! {
            <h1>"Import people from CSV"</h1>
            <FormMessage form="import" />
            {(!issued.is_empty()).then(|| view! { <IssuedPasswords issued=issued.clone() /> })}
            <Suspense fallback=|| view! { <p>"Checking the file…"</p> }>
                {move || {
                    let csv = csv.clone();
                    Suspend::new(async move {
                        match (preview.await, csv) {
                            (Ok(Some(p)), Some(csv)) => view! { <Preview preview=p csv /> }.into_any(),
                            _ => ().into_any(),
                        }
                    })
                }}
            </Suspense>
            <section class="card">
                <h2>"Choose a file"</h2>
                <p>
                    "A CSV file (UTF-8; comma, semicolon or tab separated) whose first line names the columns "
                    <code>{COLUMNS.join(", ")}</code>". Role is trainee, supervisor, trainer or admin; agency and country "
                    "(ISO code, e.g. JO) must already exist. At most "{MAX_ROWS}" rows. Nothing is written until you confirm."
                </p>
                <form method="post" action="/api/admin/upload_import" enctype="multipart/form-data" class="stack">
                    <div class="field">
                        <label for="import-file">"CSV file"</label>
                        <input id="import-file" name="file" type="file" accept=".csv,.tsv,.txt,text/csv" />
                    </div>
                    <div class="field">
                        <label for="import-text">"…or paste the rows (e.g. copied from a spreadsheet)"</label>
                        <textarea id="import-text" name="text" rows="5"></textarea>
                    </div>
                    <button type="submit">"Check the file"</button>
                </form>
            </section>
        }
    })
}

#[component]
fn Preview(preview: ImportPreview, csv: String) -> impl IntoView {
    if let Some(problem) = preview.file_problem.clone() {
        return view! { <p class="error" role="alert">{problem}</p> }.into_any();
    }
    let (valid, invalid) = (preview.valid(), preview.invalid());
    view! {
        <section class="card" aria-labelledby="preview-title">
            <h2 id="preview-title">"Preview"</h2>
            <p class="import-summary">{format!("{valid} row(s) ready, {invalid} with problems.")}</p>
            <div class="table-scroll">
                <table class="data">
                    <thead><tr><th>"Line"</th><th>"Email"</th><th>"Name"</th><th>"Role"</th><th>"Agency"</th><th>"Country"</th><th>"Problems"</th></tr></thead>
                    <tbody>
                        {preview.rows.into_iter().map(|r| {
                            let ok = r.problems.is_empty();
                            view! {
                                <tr class:row-error=!ok>
                                    <td>{r.line}</td><td>{r.email}</td><td>{r.name}</td><td>{r.role}</td><td>{r.agency}</td><td>{r.country}</td>
                                    <td>{if ok { view! { "✓" }.into_any() } else {
                                        view! { <ul class="problems">{r.problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul> }.into_any()
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <form method="post" action="/api/admin/import_users" class="stack">
                <textarea name="csv" hidden>{csv}</textarea>
                {if invalid == 0 {
                    view! { <button type="submit">{format!("Import {valid} people")}</button> }.into_any()
                } else {
                    view! {
                        <p>"Fix the rows with problems in your file and check it again, or import only the rows that are ready."</p>
                        <button type="submit" name="only_valid" value="1" disabled=valid == 0>{format!("Import only the {valid} valid rows")}</button>
                    }.into_any()
                }}
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn IssuedPasswords(issued: Vec<IssuedPassword>) -> impl IntoView {
    view! {
        <section class="card issued" aria-labelledby="issued-title">
            <h2 id="issued-title">"First passwords"</h2>
            <p>"Shown only now. Print or copy them and give each person theirs in private; they can change it under My account."</p>
            <table class="data">
                <thead><tr><th>"Name"</th><th>"Email"</th><th>"First password"</th></tr></thead>
                <tbody>
                    {issued.into_iter().map(|i| view! { <tr><td>{i.name}</td><td>{i.email}</td><td><code>{i.password}</code></td></tr> }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
