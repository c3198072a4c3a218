use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::admin::{agencies, user};
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{gate, is_admin};
use crate::pages::admin::new_user::{agency_options, role_options};
use crate::pages::not_found::NotFound;

#[component]
pub fn UserPage() -> impl IntoView {
    let id: i32 = use_params_map()
        .with_untracked(|p| p.get("id"))
        .and_then(|id| id.parse().ok())
        .unwrap_or(0);
    let person = Resource::new(move || id, user);
    let agency_list = Resource::new(|| (), |_| agencies(None));
    gate(is_admin, move |_| {
        view! {
            <p><a href="/admin/users">"← People"</a></p>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let (Ok(u), Ok(agencies)) = (person.await, agency_list.await) else {
                        return view! { <NotFound /> }.into_any();
                    };
                    let agency = u.agency_id.map(|a| a.to_string()).unwrap_or_default();
                    view! {
                        <h1>{u.display_name.clone()}</h1>
                        <p>{u.email.clone()}" · "{if u.active { "active" } else { "deactivated" }}" · joined "{u.created_at.clone()}</p>
                        <section class="card">
                            <h2>"Role and agency"</h2>
                            <FormMessage form="update_user" />
                            <form method="post" action="/api/admin/update_user" class="stack">
                                <input type="hidden" name="id" value=u.id />
                                <Field form="update_user" name="display_name" label="Name" value=u.display_name.clone() required=true />
                                <SelectField form="update_user" name="role" label="Role" options=role_options() selected=u.role.code().to_owned() />
                                <SelectField form="update_user" name="agency_id" label="Agency" options=agency_options(agencies) selected=agency empty="— none —" />
                                <button type="submit">"Save changes"</button>
                            </form>
                        </section>
                        <section class="card">
                            <h2>{if u.active { "Deactivate" } else { "Reactivate" }}</h2>
                            <FormMessage form="user_active" />
                            <p>{if u.active { "A deactivated person cannot sign in; their sessions end at once. Their records stay." } else { "The person can sign in again with their password." }}</p>
                            <form method="post" action="/api/admin/set_user_active">
                                <input type="hidden" name="id" value=u.id />
                                <input type="hidden" name="active" value=(!u.active).to_string() />
                                <button type="submit" class:danger=u.active>{if u.active { "Deactivate account" } else { "Reactivate account" }}</button>
                            </form>
                        </section>
                        <section class="card">
                            <h2>"Reset password"</h2>
                            <FormMessage form="reset_password" />
                            <form method="post" action="/api/admin/reset_password" class="stack">
                                <input type="hidden" name="id" value=u.id />
                                <Field form="reset_password" name="new_password" label="New password" kind="password" required=true autocomplete="new-password" hint="Give it to the person in private; their sessions end." />
                                <button type="submit">"Reset password"</button>
                            </form>
                        </section>
                    }
                    .into_any()
                })}
            </Suspense>
        }
    })
}
