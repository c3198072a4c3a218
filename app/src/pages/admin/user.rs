use leptos::prelude::*;

use crate::components::bidi::{Code, Name};
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::admin::{ResetPassword, SetUserActive, UpdateUser};
use crate::api::admin::{agencies, user};
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{gate, is_administrator};
use crate::i18n::admin::joined_on;
use crate::i18n::{AdminMsg, Msg, use_locale};
use crate::pages::admin::new_user::{agency_options, role_options};
use crate::pages::not_found::NotFound;

#[component]
pub fn UserPage() -> impl IntoView {
    let locale = use_locale();
    let id: i32 = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse().ok())
        .unwrap_or(0);
    let person = Resource::new(move || id, user);
    let agency_list = Resource::new(|| (), |_| agencies(None));
    gate(is_administrator, move |me| {
        let viewer = me.role;
        view! {
            <p>
                <a href="/admin/users">{locale.back_link(locale.t(Msg::AdminPeople))}</a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let (Ok(u), Ok(agencies)) = (person.await, agency_list.await) else {
                        return view! { <NotFound /> }.into_any();
                    };
                    let agency = u.agency_id.map(|a| a.to_string()).unwrap_or_default();
                    view! {
                        <h1>
                            <Name text=u.display_name.clone() />
                        </h1>
                        <p>
                            <Code text=u.email.clone() />
                            " · "
                            {locale
                                .t(if u.active { AdminMsg::Active } else { AdminMsg::Deactivated })}
                            " · "
                            {joined_on(locale, &u.created_at)}
                        </p>
                        <section class="card">
                            <h2>{locale.t(AdminMsg::RoleAndAgency)}</h2>
                            <FormMessage form=UpdateUser::PATH />
                            <form method="post" action=UpdateUser::PATH class="stack">
                                <input type="hidden" name="id" value=u.id />
                                <Field
                                    form=UpdateUser::PATH
                                    name="changes[display_name]"
                                    label=locale.t(Msg::DisplayName)
                                    value=u.display_name.clone()
                                    required=true
                                />
                                <SelectField
                                    form=UpdateUser::PATH
                                    name="changes[role]"
                                    label=locale.t(Msg::Role)
                                    options=role_options(locale, viewer)
                                    selected=u.role.code().to_owned()
                                />
                                <SelectField
                                    form=UpdateUser::PATH
                                    name="changes[agency_id]"
                                    label=locale.t(AdminMsg::Agency)
                                    options=agency_options(agencies)
                                    selected=agency
                                    empty=locale.t(AdminMsg::AgencyNone)
                                />
                                <button type="submit">{locale.t(AdminMsg::SaveChanges)}</button>
                            </form>
                        </section>
                        <section class="card">
                            <h2>
                                {locale
                                    .t(
                                        if u.active {
                                            AdminMsg::Deactivate
                                        } else {
                                            AdminMsg::Reactivate
                                        },
                                    )}
                            </h2>
                            <FormMessage form=SetUserActive::PATH />
                            <p>
                                {locale
                                    .t(
                                        if u.active {
                                            AdminMsg::DeactivateExplained
                                        } else {
                                            AdminMsg::ReactivateExplained
                                        },
                                    )}
                            </p>
                            <form method="post" action=SetUserActive::PATH>
                                <input type="hidden" name="id" value=u.id />
                                <input type="hidden" name="active" value=(!u.active).to_string() />
                                <button type="submit" class:danger=u.active>
                                    {locale
                                        .t(
                                            if u.active {
                                                AdminMsg::DeactivateAccount
                                            } else {
                                                AdminMsg::ReactivateAccount
                                            },
                                        )}
                                </button>
                            </form>
                        </section>
                        <section class="card">
                            <h2>{locale.t(AdminMsg::ResetPassword)}</h2>
                            <FormMessage form=ResetPassword::PATH />
                            <form method="post" action=ResetPassword::PATH class="stack">
                                <input type="hidden" name="id" value=u.id />
                                <Field
                                    form=ResetPassword::PATH
                                    name="new_password"
                                    label=locale.t(Msg::NewPassword)
                                    kind="password"
                                    required=true
                                    autocomplete="new-password"
                                    hint=locale.t(AdminMsg::ResetPasswordHint)
                                />
                                <button type="submit">{locale.t(AdminMsg::ResetPassword)}</button>
                            </form>
                        </section>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}
