use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::learning::{my_certificate, verify_certificate};
use crate::components::gate::{anyone, gate};
use crate::pages::not_found::NotFound;

/// A certificate, laid out to print on one page (browser: Print → Save as PDF).
#[component]
pub fn CertificatePage() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let data = Resource::new(move || code.clone(), my_certificate);
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let Ok(c) = data.await else { return view! { <NotFound /> }.into_any() };
                    view! {
                        <article class="certificate">
                            <p class="certificate-brand">"Frontline"</p>
                            <h1>"Certificate of completion"</h1>
                            <p>"This certifies that"</p>
                            <p class="certificate-name">{c.name.clone()}</p>
                            {c.agency.clone().map(|a| view! { <p>{a}</p> })}
                            <p>"has completed the module"</p>
                            <p class="certificate-module">{c.module_title.clone()}</p>
                            <p>{format!("on {} with a score of {} %.", c.completed_on, c.percent)}</p>
                            <p class="certificate-code">
                                "Verification code: "<strong>{c.code.clone()}</strong><br />
                                {format!("Check it at /verify/{}", c.code)}
                            </p>
                        </article>
                        <p class="no-print">"To keep a PDF, use your browser's Print and choose “Save as PDF”."</p>
                    }
                    .into_any()
                })}
            </Suspense>
        }
    })
}

/// Public: confirms a certificate without signing in, and tells nothing else.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let data = Resource::new(
        {
            let code = code.clone();
            move || code.clone()
        },
        verify_certificate,
    );
    view! {
        <h1>"Certificate check"</h1>
        <Suspense fallback=|| view! { <p>"Checking…"</p> }>
            {move || {
                let code = code.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(v) => view! {
                            <p class="notice verified" role="status">
                                {format!("Valid. {} completed “{}” on {}.", v.name, v.module_title, v.completed_on)}
                            </p>
                        }.into_any(),
                        Err(_) => {
                            #[cfg(feature = "ssr")]
                            if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                                r.set_status(http::StatusCode::NOT_FOUND);
                            }
                            view! { <p class="error" role="alert">{format!("No certificate has the code {code}.")}</p> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
