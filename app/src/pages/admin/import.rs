use leptos::prelude::*;

use crate::components::import_preview::{ImportButtons, RowProblems};
use crate::components::table_frame::TableFrame;

use crate::components::bidi::{Code, Name};
use leptos::server_fn::ServerFn;

use crate::api::admin::{ImportUsers, UploadImport};
use crate::api::admin::{import_outcome, preview_import};
use crate::components::form::{FormMessage, flash_for, textarea_text};
use crate::components::gate::{gate, is_admin};
use crate::i18n::admin::{
    import_estimate, import_only_valid, import_people, import_rules, import_running, import_shown,
    import_summary,
};
use crate::i18n::{AdminMsg, Msg, use_locale};
use crate::model::import::{COLUMNS, ImportPreview, ImportProgress, IssuedPassword, MAX_ROWS};

/// Upload → preview with every row's problems → import all or only the valid rows → first
/// passwords shown once. Each step is a plain form post; the upload gives the import form a
/// one-time key, which this browser keeps, so a reload shows how far the import got and then,
/// once, its first passwords.
#[component]
pub fn ImportPage() -> impl IntoView {
    let locale = use_locale();
    let flash = flash_for(ImportUsers::PATH);
    let csv = flash.as_ref().and_then(|f| f.value("csv").map(str::to_owned));
    let status = Resource::new(|| (), |_| import_outcome());
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
            <h1>{locale.t(Msg::AdminImport)}</h1>
            <FormMessage form=ImportUsers::PATH />
            <Suspense fallback=move || {
                view! { <p>{locale.t(AdminMsg::CheckingFile)}</p> }
            }>
                {move || {
                    let csv = csv.clone();
                    Suspend::new(async move {
                        let status = status.await.unwrap_or_default();
                        let preview = match (preview.await, csv) {
                            (Ok(Some(p)), Some(csv)) => {
                                Some(view! { <Preview preview=p csv form_key=status.key /> })
                            }
                            _ => None,
                        };
                        view! {
                            <ImportState progress=status.progress />
                            {preview}
                        }
                    })
                }}
            </Suspense>
            <section class="card">
                <h2>{locale.t(AdminMsg::ChooseFile)}</h2>
                <p>
                    {locale.t(AdminMsg::ImportColumns)} <code>{COLUMNS.join(", ")}</code>
                    {import_rules(locale, MAX_ROWS)}
                </p>
                <form
                    method="post"
                    action=UploadImport::PATH
                    enctype="multipart/form-data"
                    class="stack"
                >
                    <div class="field">
                        <label for="import-file">{locale.t(AdminMsg::CsvFile)}</label>
                        <input
                            id="import-file"
                            name="file"
                            type="file"
                            accept=".csv,.tsv,.txt,text/csv"
                        />
                    </div>
                    <div class="field">
                        <label for="import-text">{locale.t(AdminMsg::PasteRows)}</label>
                        <textarea id="import-text" name="text" rows="5"></textarea>
                    </div>
                    <button type="submit">{locale.t(AdminMsg::CheckFile)}</button>
                </form>
            </section>
        }
    })
}

/// How the import of this browser went: under way, just done (the first passwords), or done
/// earlier.
#[component]
fn ImportState(progress: ImportProgress) -> impl IntoView {
    let locale = use_locale();
    match progress {
        ImportProgress::Nothing => ().into_any(),
        ImportProgress::Running { hashed, total } => view! {
            <p class="notice" role="status">
                {import_running(locale, hashed, total)}
            </p>
        }
        .into_any(),
        ImportProgress::Done { issued } => view! { <IssuedPasswords issued /> }.into_any(),
        ImportProgress::Shown { created } => {
            view! { <p class="notice">{import_shown(locale, created)}</p> }.into_any()
        }
    }
}

#[component]
fn Preview(preview: ImportPreview, csv: String, form_key: Option<String>) -> impl IntoView {
    let locale = use_locale();
    if let Some(problem) = preview.file_problem.as_ref() {
        return view! {
            <p class="error" role="alert">
                {locale.problem(problem)}
            </p>
        }
        .into_any();
    }
    let (valid, invalid) = (preview.valid(), preview.invalid());
    view! {
        <section class="card" aria-labelledby="preview-title">
            <h2 id="preview-title">{locale.t(AdminMsg::Preview)}</h2>
            <p class="import-summary">{import_summary(locale, valid, invalid)}</p>
            {(valid > 0).then(|| view! { <p>{import_estimate(locale, valid)}</p> })}
            <TableFrame>
                <table class="data">
                    <thead>
                        <tr>
                            <th>{locale.t(AdminMsg::Line)}</th>
                            <th>{locale.t(Msg::Email)}</th>
                            <th>{locale.t(Msg::DisplayName)}</th>
                            <th>{locale.t(Msg::Role)}</th>
                            <th>{locale.t(AdminMsg::Agency)}</th>
                            <th>{locale.t(AdminMsg::Country)}</th>
                            <th>{locale.t(AdminMsg::Problems)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {preview
                            .rows
                            .into_iter()
                            .map(|r| {
                                let ok = r.problems.is_empty();
                                view! {
                                    <tr class:row-error=!ok>
                                        <td>{r.line}</td>
                                        <td>
                                            <Code text=r.email />
                                        </td>
                                        <td>
                                            <Name text=r.name />
                                        </td>
                                        <td>{r.role}</td>
                                        <td>{r.agency}</td>
                                        <td>{r.country}</td>
                                        <td>
                                            <RowProblems problems=r.problems />
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableFrame>
            <form method="post" action=ImportUsers::PATH class="stack">
                <textarea name="csv" hidden>
                    {textarea_text(&csv)}
                </textarea>
                {form_key.map(|key| view! { <input type="hidden" name="key" value=key /> })}
                <ImportButtons
                    valid
                    invalid
                    all=import_people(locale, valid)
                    only_valid=import_only_valid(locale, valid)
                />
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn IssuedPasswords(issued: Vec<IssuedPassword>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card issued" aria-labelledby="issued-title">
            <h2 id="issued-title">{locale.t(AdminMsg::FirstPasswords)}</h2>
            <p>{locale.t(AdminMsg::FirstPasswordsShownOnce)}</p>
            <TableFrame>
                <table class="data">
                    <thead>
                        <tr>
                            <th>{locale.t(Msg::DisplayName)}</th>
                            <th>{locale.t(Msg::Email)}</th>
                            <th>{locale.t(AdminMsg::FirstPassword)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {issued
                            .into_iter()
                            .map(|i| {
                                view! {
                                    <tr>
                                        <td>
                                            <Name text=i.name />
                                        </td>
                                        <td>
                                            <Code text=i.email />
                                        </td>
                                        <td>
                                            <code>{i.password}</code>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableFrame>
        </section>
    }
}
