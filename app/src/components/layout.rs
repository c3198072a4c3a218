use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::auth::SignOut;
use crate::components::form::PageNotice;
use crate::components::offline::SyncStatus;
use crate::components::viewer::use_viewer;
use crate::i18n::{EvalMsg, Msg, RefMsg, use_locale};
use crate::model::accounts::Role;
use crate::model::permissions::{Permission, can};

/// The header's colour, also the installed app's (`theme-color`, the manifest).
pub const THEME_COLOUR: &str = "#0b5a7a";

/// Header, main and footer around every page. Server-rendered; only the marker is an island.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let locale = use_locale();
    let user = use_viewer().user;
    let links = user.as_ref().map(|u| {
        let mut links =
            vec![("/", locale.t(Msg::NavHome)), ("/learning", locale.t(Msg::NavMyLearning))];
        if u.role == Role::Supervisor {
            links.push(("/agency", locale.t(Msg::NavMyAgency)));
        }
        if matches!(u.role, Role::Trainer | Role::Admin) {
            links.push(("/author", locale.t(Msg::NavModules)));
            links.push(("/reports/evaluation", locale.t(EvalMsg::NavEvaluation)));
        }
        links.push(("/referrals", locale.t(RefMsg::Nav)));
        if matches!(u.role, Role::Coordinator | Role::Admin) {
            links.push(("/directory", locale.t(RefMsg::NavDirectory)));
        }
        if u.role == Role::Coordinator {
            links.push(("/admin/users", locale.t(Msg::AdminPeople)));
        }
        if u.role == Role::Admin {
            links.push(("/admin", locale.t(Msg::NavAdmin)));
        }
        links.push(("/account", locale.t(Msg::MyAccount)));
        links
    });
    view! {
        <a class="skip-link" href="#main">
            {locale.t(Msg::SkipToContent)}
        </a>
        // One row on a phone: the name, and a menu that opens without JavaScript (`<details>`);
        // on a wide screen the menu's links stand in the row.
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-name">{locale.t(Msg::AppName)}</span>
                <span class="brand-tagline">{locale.t(Msg::Tagline)}</span>
            </a>
            <details class="site-menu">
                <summary>{locale.t(Msg::Menu)}</summary>
                <nav class="site-nav" aria-label=locale.t(Msg::MainMenu)>
                    {match links {
                        Some(links) => {
                            view! {
                                {links
                                    .into_iter()
                                    .map(|(href, text)| view! { <a href=href>{text}</a> })
                                    .collect_view()}
                                <form method="post" action=SignOut::PATH class="inline">
                                    <button type="submit" class="link-button">
                                        {locale.t(Msg::SignOut)}
                                    </button>
                                </form>
                            }
                                .into_any()
                        }
                        None => {
                            view! {
                                <a href="/">{locale.t(Msg::NavHome)}</a>
                                <a href="/sign-in">{locale.t(Msg::SignIn)}</a>
                            }
                                .into_any()
                        }
                    }}
                </nav>
            </details>
        </header>
        <main id="main" class="site-main">
            {user
                .as_ref()
                .filter(|u| can(u.role, Permission::Learn))
                .map(|u| view! { <SyncStatus person=u.id /> })}
            <PageNotice />
            {children()}
        </main>
        <footer class="site-footer">
            <p>{locale.t(Msg::FooterNote)}</p>
        </footer>
    }
}
