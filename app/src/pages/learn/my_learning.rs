use leptos::prelude::*;

use crate::api::learning::catalogue;
use crate::components::gate::{anyone, gate, page_error};
use crate::i18n::{Msg, use_locale};
use crate::pages::learn::ModuleCardView;

/// Every module with its status, attempts, best score and certificate.
#[component]
pub fn MyLearningPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| catalogue());
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <h1>{locale.t(Msg::NavMyLearning)}</h1>
            <Catalogue data />
        }
    })
}

/// The modules offered, as cards.
#[component]
pub fn Catalogue(
    data: Resource<Result<Vec<crate::model::learning::ModuleCard>, crate::model::error::AppError>>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <Suspense fallback=move || {
            view! { <p>{locale.t(Msg::Loading)}</p> }
        }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(cards) if cards.is_empty() => {
                        view! { <p>{locale.t(Msg::NoModulesYet)}</p> }.into_any()
                    }
                    Ok(cards) => {
                        view! {
                            <ul class="module-cards">
                                {cards
                                    .into_iter()
                                    .map(|card| view! { <ModuleCardView card /> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(e) => page_error(e),
                }
            })}
        </Suspense>
    }
}
