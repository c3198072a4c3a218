use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::admin::CreateUser;
use crate::api::admin::agencies;
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{gate, is_administrator};
use crate::i18n::admin::role_name;
use crate::i18n::{AdminMsg, Locale, Msg, use_locale};
use crate::model::accounts::{AgencyDto, Role};

/// `(id, "JO — Agency name")` choices for an agency select.
pub fn agency_options(agencies: Vec<AgencyDto>) -> Vec<(String, String)> {
    agencies
        .into_iter()
        .map(|a| (a.id.to_string(), format!("{} — {}", a.country_code, a.name)))
        .collect()
}

/// `(code, name)` choices for a role select, named in the reader's language: the roles the
/// viewer may give (a coordinator: their country's).
pub fn role_options(locale: Locale, viewer: Role) -> Vec<(String, String)> {
    let country = crate::model::permissions::COUNTRY_ROLES;
    Role::ALL
        .iter()
        .filter(|r| viewer == Role::Admin || country.contains(r))
        .map(|r| (r.code().to_owned(), role_name(locale, *r).to_owned()))
        .collect()
}

#[component]
pub fn NewUserPage() -> impl IntoView {
    let locale = use_locale();
    let data = Resource::new(|| (), |_| agencies(None));
    gate(is_administrator, move |me| {
        let viewer = me.role;
        view! {
            <p>
                <a href="/admin/users">{locale.back_link(locale.t(Msg::AdminPeople))}</a>
            </p>
            <h1>{locale.t(AdminMsg::AddPerson)}</h1>
            <FormMessage form=CreateUser::PATH />
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    data.await
                        .map(|agencies| {
                            let languages = Locale::ALL
                                .iter()
                                .map(|l| (l.code().to_owned(), l.native_name().to_owned()))
                                .collect();
                            view! {
                                <form method="post" action=CreateUser::PATH class="card stack">
                                    <Field
                                        form=CreateUser::PATH
                                        name="user[email]"
                                        label=locale.t(Msg::Email)
                                        kind="email"
                                        required=true
                                    />
                                    <Field
                                        form=CreateUser::PATH
                                        name="user[display_name]"
                                        label=locale.t(Msg::DisplayName)
                                        required=true
                                    />
                                    <SelectField
                                        form=CreateUser::PATH
                                        name="user[role]"
                                        label=locale.t(Msg::Role)
                                        options=role_options(locale, viewer)
                                        selected="trainee"
                                    />
                                    <SelectField
                                        form=CreateUser::PATH
                                        name="user[agency_id]"
                                        label=locale.t(AdminMsg::AgencyNeededFor)
                                        options=agency_options(agencies)
                                        empty=locale.t(AdminMsg::AgencyNone)
                                    />
                                    <SelectField
                                        form=CreateUser::PATH
                                        name="user[locale]"
                                        label=locale.t(Msg::Language)
                                        options=languages
                                    />
                                    <Field
                                        form=CreateUser::PATH
                                        name="user[password]"
                                        label=locale.t(AdminMsg::FirstPassword)
                                        kind="password"
                                        required=true
                                        autocomplete="new-password"
                                        hint=locale.t(AdminMsg::FirstPasswordHint)
                                    />
                                    <button type="submit">
                                        {locale.t(AdminMsg::CreateAccount)}
                                    </button>
                                </form>
                            }
                        })
                })}
            </Suspense>
        }
    })
}
