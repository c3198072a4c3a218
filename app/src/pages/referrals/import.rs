//! `/directory/{code}/import`: upload a spreadsheet → every row with its problems → import
//! all, or only the rows without a problem. Each step is a plain form post.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::referrals::{ImportDirectory, UploadDirectory, preview_directory};
use crate::components::bidi::Name;
use crate::components::form::{FormMessage, flash_for, textarea_text};
use crate::components::gate::{gate, is_administrator};
use crate::components::import_preview::{ImportButtons, RowProblems};
use crate::components::table_frame::TableFrame;
use crate::i18n::admin::import_summary;
use crate::i18n::referrals::{import_only_valid, import_rows, import_title};
use crate::i18n::{AdminMsg, RefMsg, use_locale};
use crate::model::referrals::{CSV_COLUMNS, DirectoryImportPreview};

#[component]
pub fn ImportDirectoryPage() -> impl IntoView {
    let locale = use_locale();
    let code =
        use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default().to_uppercase();
    let csv = flash_for(UploadDirectory::PATH)
        .or_else(|| flash_for(ImportDirectory::PATH))
        .and_then(|f| f.value("csv").map(str::to_owned));
    let asked = (code.clone(), csv.clone());
    let preview = Resource::new(
        move || asked.clone(),
        |(code, csv)| async move {
            match csv {
                Some(csv) => preview_directory(code, csv).await.map(Some),
                None => Ok(None),
            }
        },
    );
    gate(is_administrator, move |_| {
        let code = code.clone();
        let action = format!("{}?country={code}", UploadDirectory::PATH);
        let csv = csv.clone();
        view! {
            <h1>{import_title(locale, &code)}</h1>
            <FormMessage form=UploadDirectory::PATH />
            <FormMessage form=ImportDirectory::PATH />
            <Suspense fallback=move || {
                view! { <p>{locale.t(AdminMsg::CheckingFile)}</p> }
            }>
                {move || {
                    let (code, csv) = (code.clone(), csv.clone());
                    Suspend::new(async move {
                        match (preview.await, csv) {
                            (Ok(Some(p)), Some(csv)) => {
                                Some(view! { <Preview preview=p csv code /> }.into_any())
                            }
                            (Err(e), _) => Some(crate::components::gate::page_error(e)),
                            _ => None,
                        }
                    })
                }}
            </Suspense>
            <section class="card">
                <h2>{locale.t(AdminMsg::ChooseFile)}</h2>
                <p>{locale.t(RefMsg::ImportRules)}</p>
                <p>{locale.t(AdminMsg::ImportColumns)} <code>{CSV_COLUMNS.join(", ")}</code></p>
                <form method="post" action=action enctype="multipart/form-data" class="stack">
                    <div class="field">
                        <label for="directory-file">{locale.t(AdminMsg::CsvFile)}</label>
                        <input
                            id="directory-file"
                            name="file"
                            type="file"
                            accept=".csv,.tsv,.txt,text/csv"
                        />
                    </div>
                    <div class="field">
                        <label for="directory-text">{locale.t(AdminMsg::PasteRows)}</label>
                        <textarea id="directory-text" name="text" rows="5"></textarea>
                    </div>
                    <button type="submit">{locale.t(AdminMsg::CheckFile)}</button>
                </form>
            </section>
        }
    })
}

#[component]
fn Preview(preview: DirectoryImportPreview, csv: String, code: String) -> impl IntoView {
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
            <TableFrame>
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{locale.t(AdminMsg::Line)}</th>
                            <th scope="col">{locale.t(RefMsg::Name)}</th>
                            <th scope="col">{locale.t(RefMsg::City)}</th>
                            <th scope="col">{locale.t(RefMsg::Kind)}</th>
                            <th scope="col">{locale.t(RefMsg::Phones)}</th>
                            <th scope="col">{locale.t(AdminMsg::Problems)}</th>
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
                                            <Name text=r.name />
                                        </td>
                                        <td>
                                            <Name text=r.city />
                                        </td>
                                        <td>{r.kind}</td>
                                        <td>
                                            <bdi dir="ltr">{r.phones}</bdi>
                                        </td>
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
            <form method="post" action=ImportDirectory::PATH class="stack">
                <input type="hidden" name="country" value=code />
                <textarea name="csv" hidden>
                    {textarea_text(&csv)}
                </textarea>
                <ImportButtons
                    valid
                    invalid
                    all=import_rows(locale, valid)
                    only_valid=import_only_valid(locale, valid)
                />
            </form>
        </section>
    }
    .into_any()
}
