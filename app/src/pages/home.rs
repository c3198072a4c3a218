use leptos::prelude::*;

use crate::components::connection_check::{ConnectionCheck, ConnectionTexts};
use crate::components::islands::IslandScripts;
use crate::components::viewer::use_viewer;
use crate::i18n::{Msg, use_locale};
use crate::model::accounts::{CurrentUser, Role};
use crate::pages::learn::my_learning::Catalogue;

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = use_locale();
    let intro = match use_viewer().user {
        Some(user) => view! { <RoleHome user /> }.into_any(),
        None => view! {
            <section class="hero">
                <h1>{locale.t(Msg::HomeTitle)}</h1>
                <p class="lead">{locale.t(Msg::HomeIntro)}</p>
                <p>{locale.t(Msg::HomeAudience)}</p>
                <p>
                    <a class="button" href="/sign-in">
                        {locale.t(Msg::SignIn)}
                    </a>
                </p>
            </section>
        }
        .into_any(),
    };
    view! {
        {intro}
        <section class="card">
            <p>{locale.t(Msg::HomeOffline)}</p>
            <ConnectionCheck texts=ConnectionTexts::new(locale) />
        </section>
        <IslandScripts />
    }
}

/// What each role comes to Frontline for, one click away.
#[component]
fn RoleHome(user: CurrentUser) -> impl IntoView {
    let learns = matches!(user.role, Role::Trainee | Role::Supervisor);
    let catalogue = Resource::new(|| (), |_| crate::api::learning::catalogue());
    let locale = use_locale();
    let (lead, links): (Msg, Vec<(&str, Msg)>) = match user.role {
        Role::Trainee => (
            Msg::HomeTraineeLead,
            vec![("/learning", Msg::NavMyLearning), ("/account", Msg::MyAccount)],
        ),
        Role::Supervisor => (
            Msg::HomeSupervisorLead,
            vec![("/agency", Msg::NavMyAgency), ("/account", Msg::MyAccount)],
        ),
        Role::Trainer => {
            (Msg::HomeTrainerLead, vec![("/author", Msg::NavModules), ("/account", Msg::MyAccount)])
        }
        Role::Admin => (
            Msg::HomeAdminLead,
            vec![
                ("/admin/users", Msg::AdminPeople),
                ("/admin/countries", Msg::AdminCountries),
                ("/admin/import", Msg::AdminImport),
                ("/admin/audit", Msg::AdminAudit),
            ],
        ),
    };
    view! {
        <section class="hero" data-role=user.role.code()>
            <h1>{format!("{} {}", locale.t(Msg::Welcome), user.display_name)}</h1>
            <p class="lead">{locale.t(lead)}</p>
            <ul class="link-cards">
                {links
                    .into_iter()
                    .map(|(href, text)| {
                        view! {
                            <li>
                                <a href=href>{locale.t(text)}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        {learns
            .then(|| {
                view! {
                    <section aria-labelledby="modules-title">
                        <h2 id="modules-title">{locale.t(Msg::NavMyLearning)}</h2>
                        <Catalogue data=catalogue />
                    </section>
                }
            })}
    }
}
