use leptos::prelude::*;

use crate::api::admin::agencies;
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::{gate, is_admin};
use crate::i18n::Locale;
use crate::model::accounts::{AgencyDto, Role};

/// `(id, "JO — Agency name")` choices for an agency select.
pub fn agency_options(agencies: Vec<AgencyDto>) -> Vec<(String, String)> {
    agencies
        .into_iter()
        .map(|a| (a.id.to_string(), format!("{} — {}", a.country_code, a.name)))
        .collect()
}

pub fn role_options() -> Vec<(String, String)> {
    Role::ALL.iter().map(|r| (r.code().to_owned(), r.code().to_owned())).collect()
}

#[component]
pub fn NewUserPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| agencies(None));
    gate(is_admin, move |_| {
        view! {
            <p><a href="/admin/users">"← People"</a></p>
            <h1>"Add a person"</h1>
            <FormMessage form="create_user" />
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|agencies| {
                        let languages = Locale::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
                        view! {
                            <form method="post" action="/api/admin/create_user" class="card stack">
                                <Field form="create_user" name="email" label="Email" kind="email" required=true />
                                <Field form="create_user" name="display_name" label="Name" required=true />
                                <SelectField form="create_user" name="role" label="Role" options=role_options() selected="trainee" />
                                <SelectField form="create_user" name="agency_id" label="Agency (needed for trainees and supervisors)" options=agency_options(agencies) empty="— none —" />
                                <SelectField form="create_user" name="locale" label="Language" options=languages />
                                <Field form="create_user" name="password" label="First password" kind="password" required=true autocomplete="new-password" hint="At least 8 characters, not a common password. Give it to the person in private." />
                                <button type="submit">"Create account"</button>
                            </form>
                        }
                    })
                })}
            </Suspense>
        }
    })
}
