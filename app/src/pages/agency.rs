use leptos::prelude::*;

use crate::api::admin::users;
use crate::components::gate::gate;
use crate::components::users_table::UsersTable;
use crate::model::accounts::Role;

/// A supervisor's people: their own agency only (the server function scopes it).
#[component]
pub fn AgencyPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| users(None));
    gate(
        |u| u.role == Role::Supervisor,
        move |_| {
            view! {
                <h1>"People in my agency"</h1>
                <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                    {move || Suspend::new(async move {
                        data.await.map(|(rows, _)| view! { <UsersTable users=rows link=false /> })
                    })}
                </Suspense>
            }
        },
    )
}
