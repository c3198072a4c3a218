use leptos::prelude::*;

use crate::components::bidi::Code;
use crate::i18n::records::check_result;
use crate::i18n::{Msg, RecordsMsg, use_locale};
use crate::model::credentials::CredentialCheck;

/// `/verify`: paste or upload a credential file; the answer (`POST /verify`, a plain form)
/// shows above the form. Public, like the check by code.
#[component]
pub fn CheckCredentialPage() -> impl IntoView {
    let locale = use_locale();
    // Provided by the server's `POST /verify` when it answers with this page.
    let checked = use_context::<CredentialCheck>();
    view! {
        <h1>{locale.t(RecordsMsg::CheckCredential)}</h1>
        {checked.map(|check| view! { <CheckResult check /> })}
        <p>{locale.t(RecordsMsg::CheckExplain)}</p>
        <form method="post" action="/verify" enctype="multipart/form-data" class="stack card">
            <div class="field">
                <label for="credential-text">{locale.t(RecordsMsg::Paste)}</label>
                <textarea
                    id="credential-text"
                    name="credential"
                    rows="6"
                    dir="ltr"
                    spellcheck="false"
                    autocomplete="off"
                ></textarea>
            </div>
            <div class="field">
                <label for="credential-file">{locale.t(RecordsMsg::File)}</label>
                <input id="credential-file" name="file" type="file" accept=".jwt,.txt,text/plain" />
            </div>
            <button type="submit">{locale.t(RecordsMsg::Check)}</button>
        </form>
    }
}

#[component]
fn CheckResult(check: CredentialCheck) -> impl IntoView {
    let locale = use_locale();
    let sentence = check_result(locale, &check);
    match check {
        CredentialCheck::Genuine { code, facts, .. } => {
            // Genuine but revoked is no proof: said as an error, as the code's own page says it.
            let (class, role) = match facts.revoked_on {
                Some(_) => ("error", "alert"),
                None => ("notice verified", "status"),
            };
            // Revoked: when, and not "Valid."; otherwise what the record says.
            let record = match &facts.revoked_on {
                Some(day) => crate::i18n::records::revoked(locale, day),
                None => locale.certificate_valid(&facts),
            };
            view! {
                <div class=class role=role>
                    <p>{sentence}</p>
                    <p>{record}</p>
                    <p>
                        {locale.t(Msg::VerificationCode)} " " <a href=format!("/verify/{code}")>
                            <Code text=code.clone() />
                        </a>
                    </p>
                </div>
            }
            .into_any()
        }
        _ => view! {
            <p class="error" role="alert">
                {sentence}
            </p>
        }
        .into_any(),
    }
}
