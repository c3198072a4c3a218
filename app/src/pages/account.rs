use leptos::prelude::*;

use crate::components::bidi::Code;
use leptos::server_fn::ServerFn;

use crate::api::account::{ChangePassword, UpdateProfile};
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{anyone, gate};
use crate::components::offline::OfflineStorage;
use crate::i18n::{Locale, Msg, use_locale};

#[component]
pub fn AccountPage() -> impl IntoView {
    let locale = use_locale();
    gate(anyone, move |me| {
        let languages =
            Locale::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
        // Everything else sends here until a handed-over password is replaced (server middleware).
        let text = locale.t(Msg::ChooseOwnPassword);
        let own_password_first = me.must_change_password.then(|| {
            view! {
                <p class="notice" role="status">
                    {text}
                </p>
            }
        });
        view! {
            <h1>{locale.t(Msg::MyAccount)}</h1>
            {own_password_first}
            <p>
                <Code text=me.email.clone() />
            </p>
            <OfflineStorage />
            <section class="card">
                <h2>{locale.t(Msg::MyDetails)}</h2>
                <FormMessage form=UpdateProfile::PATH />
                <form method="post" action=UpdateProfile::PATH class="stack">
                    <Field
                        form=UpdateProfile::PATH
                        name="display_name"
                        label=locale.t(Msg::DisplayName)
                        value=me.display_name.clone()
                        required=true
                        autocomplete="name"
                    />
                    <SelectField
                        form=UpdateProfile::PATH
                        name="locale"
                        label=locale.t(Msg::Language)
                        options=languages
                        selected=me.locale.code().to_owned()
                    />
                    <button type="submit">{locale.t(Msg::Save)}</button>
                </form>
            </section>
            <section class="card">
                <h2>{locale.t(Msg::ChangePassword)}</h2>
                <FormMessage form=ChangePassword::PATH />
                <form method="post" action=ChangePassword::PATH class="stack">
                    <Field
                        form=ChangePassword::PATH
                        name="current_password"
                        label=locale.t(Msg::CurrentPassword)
                        kind="password"
                        required=true
                        autocomplete="current-password"
                    />
                    <Field
                        form=ChangePassword::PATH
                        name="new_password"
                        label=locale.t(Msg::NewPassword)
                        kind="password"
                        required=true
                        autocomplete="new-password"
                        hint=locale.t(Msg::PasswordRules)
                    />
                    <Field
                        form=ChangePassword::PATH
                        name="confirm_password"
                        label=locale.t(Msg::ConfirmPassword)
                        kind="password"
                        required=true
                        autocomplete="new-password"
                    />
                    <button type="submit">{locale.t(Msg::ChangePassword)}</button>
                </form>
            </section>
        }
    })
}
