use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::records::RevokeCertificate;
use crate::components::form::{Field, FormMessage};
use crate::components::viewer::use_viewer;
use crate::i18n::{RecordsMsg, use_locale};
use crate::model::permissions::{Permission, can};

/// On a certificate's check page, for admins only: revoke it, giving the reason.
#[component]
pub fn RevokeForm(code: String) -> impl IntoView {
    let locale = use_locale();
    let admin = use_viewer().user.is_some_and(|u| can(u.role, Permission::ManageAccounts));
    admin.then(|| {
        view! {
            <section class="card stack" aria-labelledby="revoke-title">
                <h2 id="revoke-title">{locale.t(RecordsMsg::RevokeHeading)}</h2>
                <p class="hint">{locale.t(RecordsMsg::RevokeExplain)}</p>
                <FormMessage form=RevokeCertificate::PATH />
                <form method="post" action=RevokeCertificate::PATH class="stack">
                    <input type="hidden" name="code" value=code />
                    <Field
                        form=RevokeCertificate::PATH
                        name="reason"
                        label=locale.t(RecordsMsg::Reason)
                        required=true
                    />
                    <button type="submit" class="danger">
                        {locale.t(RecordsMsg::Revoke)}
                    </button>
                </form>
            </section>
        }
    })
}
