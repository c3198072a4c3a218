use leptos::prelude::*;

use crate::components::table_frame::TableFrame;

use crate::components::bidi::Name;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use crate::api::auth::demo_sign_ins;
use crate::api::auth::{SetLanguage, SignIn};
use crate::components::viewer::use_viewer;
use crate::i18n::{Locale, Msg, use_locale};

#[component]
pub fn SignInPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name));
    let next = param("next").unwrap_or_else(|| "/".into());
    let failed = param("failed").is_some();
    let busy = param("busy").is_some();
    let signed_out = param("signed_out").is_some();
    let demo = Resource::new(|| (), |_| demo_sign_ins());

    if let Some(user) = use_viewer().user {
        return view! {
            <h1>{locale.t(Msg::SignInTitle)}</h1>
            <p>{locale.t(Msg::SignedInAs)} " " <Name text=user.display_name /> "."</p>
            <p>
                <a href="/">{locale.t(Msg::BackHome)}</a>
            </p>
        }
        .into_any();
    }
    // Back to this very page, whatever it was asked with.
    let here = use_viewer().path;
    view! {
        <form
            method="post"
            action=SetLanguage::PATH
            class="languages"
            aria-label=locale.t(Msg::Language)
        >
            <input type="hidden" name="next" value=here />
            {Locale::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="submit"
                            name="locale"
                            value=l.code()
                            lang=l.code()
                            class="link-button"
                            aria-pressed=(l == locale).to_string()
                        >
                            {l.native_name()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
        <h1>{locale.t(Msg::SignInTitle)}</h1>
        {signed_out
            .then(|| {
                view! {
                    <p class="notice" role="status">
                        {locale.t(Msg::SignedOut)}
                    </p>
                }
            })}
        {failed
            .then(|| {
                view! {
                    <p class="error" role="alert">
                        {locale.t(Msg::SignInFailed)}
                    </p>
                }
            })}
        {busy
            .then(|| {
                view! {
                    <p class="error" role="alert">
                        {locale.t(Msg::SignInBusy)}
                    </p>
                }
            })}
        <form method="post" action=SignIn::PATH class="card stack">
            <input type="hidden" name="next" value=next />
            <div class="field">
                <label for="email">{locale.t(Msg::Email)}</label>
                <input
                    id="email"
                    name="email"
                    type="email"
                    autocomplete="username"
                    required
                    inputmode="email"
                />
            </div>
            <div class="field">
                <label for="password">{locale.t(Msg::Password)}</label>
                <input
                    id="password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    required
                />
            </div>
            <button type="submit">{locale.t(Msg::SignIn)}</button>
        </form>
        <Suspense>
            {move || Suspend::new(async move {
                let sign_ins = demo.await.unwrap_or_default();
                (!sign_ins.is_empty())
                    .then(|| {
                        view! {
                            <section class="card demo" aria-labelledby="demo-title">
                                <h2 id="demo-title">{locale.t(Msg::DemoSignIns)}</h2>
                                <p>{locale.t(Msg::DemoSignInsHint)}</p>
                                <TableFrame>
                                    <table>
                                        <thead>
                                            <tr>
                                                <th>{locale.t(Msg::Role)}</th>
                                                <th>{locale.t(Msg::Email)}</th>
                                                <th>{locale.t(Msg::Password)}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {sign_ins
                                                .into_iter()
                                                .map(|s| {
                                                    view! {
                                                        <tr>
                                                            <td>{s.note}</td>
                                                            <td>
                                                                <code class="demo-email" dir="ltr" translate="no">
                                                                    {s.email}
                                                                </code>
                                                            </td>
                                                            <td>
                                                                <code class="demo-password">{s.password}</code>
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </TableFrame>
                            </section>
                        }
                    })
            })}
        </Suspense>
    }
    .into_any()
}
