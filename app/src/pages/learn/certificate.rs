use leptos::prelude::*;

use crate::components::bidi::{Code, Name};
use leptos_router::hooks::use_params_map;

use crate::api::learning::{my_certificate, verify_certificate};
use crate::components::gate::{anyone, gate, page_error};
use crate::i18n::records::revoked;
use crate::i18n::{Msg, RecordsMsg, use_locale};
use crate::model::error::AppError;
use crate::pages::records::revoke::RevokeForm;

/// A certificate, laid out to print on one page (browser: Print → Save as PDF).
#[component]
pub fn CertificatePage() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let data = Resource::new(move || code.clone(), my_certificate);
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let c = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let credential = format!("/certificates/{}/credential", c.code);
                    view! {
                        {c
                            .revoked_on
                            .clone()
                            .map(|day| {
                                view! {
                                    <p class="error" role="alert">
                                        {revoked(locale, &day)}
                                    </p>
                                }
                            })}
                        <article class="certificate">
                            <p class="certificate-brand">{locale.t(Msg::AppName)}</p>
                            <h1>{locale.t(Msg::CertificateTitle)}</h1>
                            <p>{locale.t(Msg::CertifiesThat)}</p>
                            <p class="certificate-name">
                                <Name text=c.name.clone() />
                            </p>
                            {c
                                .agency
                                .clone()
                                .map(|a| {
                                    view! {
                                        <p>
                                            <Name text=a />
                                        </p>
                                    }
                                })}
                            <p>{locale.t(Msg::HasCompletedModule)}</p>
                            <p class="certificate-module">
                                <Name text=c.module_title.clone() />
                            </p>
                            <p>{locale.certificate_completed_on(&c.completed_on, c.percent)}</p>
                            <p class="certificate-code">
                                {locale.t(Msg::VerificationCode)} <strong>
                                    <Code text=c.code.clone() />
                                </strong> <br /> {locale.check_certificate_at(&c.code)}
                            </p>
                        </article>
                        <p class="no-print">{locale.t(Msg::PrintHint)}</p>
                        <section class="no-print card stack">
                            <a class="button" href=credential download>
                                {locale.t(RecordsMsg::DownloadCredential)}
                            </a>
                            <p class="hint">{locale.t(RecordsMsg::CredentialHint)}</p>
                        </section>
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
    let locale = use_locale();
    view! {
        <h1>{locale.t(Msg::CertificateCheck)}</h1>
        <Suspense fallback=move || {
            view! { <p>{locale.t(Msg::Checking)}</p> }
        }>
            {move || {
                let code = code.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(v) => {
                            let revoked_on = v.revoked_on.clone();
                            view! {
                                {match revoked_on {
                                    Some(day) => {
                                        view! {
                                            // Not "Valid.": a revoked certificate proves nothing.
                                            <p class="error" role="alert">
                                                {revoked(locale, &day)}
                                            </p>
                                        }
                                            .into_any()
                                    }
                                    None => {
                                        view! {
                                            <p class="notice verified" role="status">
                                                {locale.certificate_valid(&v)}
                                            </p>
                                            <RevokeForm code=code.clone() />
                                        }
                                            .into_any()
                                    }
                                }}
                                <p>
                                    <a href="/verify">{locale.t(RecordsMsg::CheckAFile)}</a>
                                </p>
                            }
                                .into_any()
                        }
                        Err(e) if e != AppError::NotFound => page_error(e),
                        Err(_) => {
                            #[cfg(feature = "ssr")]
                            if let Some(r) = use_context::<leptos_axum::ResponseOptions>() {
                                r.set_status(http::StatusCode::NOT_FOUND);
                            }
                            // Only a code that is not there is "no certificate": a busy or failing
                            // server says so, or a real certificate would be called false.
                            view! {
                                <p class="error" role="alert">
                                    {locale.no_certificate(&code)}
                                </p>
                            }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
