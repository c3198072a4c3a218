use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::connection_check::{CHECK, ConnectionCheck, ConnectionTexts};
use crate::components::islands::IslandScripts;
use crate::components::viewer::use_viewer;
use crate::i18n::{Msg, use_locale};
use crate::model::accounts::{CurrentUser, Role};
use crate::pages::learn::evaluation::FollowupCard;
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
    // The check without JavaScript: the page asked for again says what the server answered.
    let asked = use_query_map().with_untracked(|q| q.get(CHECK).is_some());
    let served = Resource::new(
        move || asked,
        move |asked| async move {
            match asked {
                false => None,
                true => Some(match crate::api::system::check_connection().await {
                    Ok(s) if s.database_ok => locale.t(Msg::ConnectionPageOk).to_owned(),
                    Ok(_) => locale.t(Msg::ConnectionDbDown).to_owned(),
                    Err(_) => locale.t(Msg::ConnectionFailed).to_owned(),
                }),
            }
        },
    );
    view! {
        {intro}
        <section class="card">
            <p>{locale.t(Msg::HomeOffline)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let served = served.await;
                    view! { <ConnectionCheck texts=ConnectionTexts::new(locale) served /> }
                })}
            </Suspense>
        </section>
        <IslandScripts />
    }
}

/// What each role comes to Frontline for, one click away.
#[component]
fn RoleHome(user: CurrentUser) -> impl IntoView {
    let learns = matches!(user.role, Role::Trainee | Role::Supervisor);
    let catalogue = Resource::new(|| (), |_| crate::api::learning::catalogue());
    let followup = Resource::new(|| (), |_| crate::api::evaluation::followup_due());
    let locale = use_locale();
    // Links that the menu does not already hold (an admin's own pages); the others' roles go
    // straight to their modules, whose first action must show on a phone's first screen.
    let (lead, links): (Option<Msg>, Vec<(&str, Msg)>) = match user.role {
        Role::Trainee => (Some(Msg::HomeTraineeLead), vec![]),
        Role::Supervisor => (Some(Msg::HomeSupervisorLead), vec![]),
        Role::Trainer => (Some(Msg::HomeTrainerLead), vec![]),
        // Their country's lead and links follow, in `CoordinatorHome`.
        Role::Coordinator => (None, vec![]),
        Role::Admin => (
            Some(Msg::HomeAdminLead),
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
            <h1>{locale.t(Msg::Welcome)} " " <bdi>{user.display_name}</bdi></h1>
            {lead.map(|lead| view! { <p class="lead">{locale.t(lead)}</p> })}
            {(user.role == Role::Coordinator).then(|| view! { <CoordinatorHome /> })}
            {(!links.is_empty())
                .then(|| {
                    view! {
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
                    }
                })}
        </section>
        {learns
            .then(|| {
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            followup.await.unwrap_or(false).then(|| view! { <FollowupCard /> })
                        })}
                    </Suspense>
                    <section aria-labelledby="modules-title">
                        <h2 id="modules-title">{locale.t(Msg::NavMyLearning)}</h2>
                        <Catalogue data=catalogue />
                    </section>
                }
            })}
    }
}

/// A coordinator's country: how much of its directory is stale, and its pages.
#[component]
fn CoordinatorHome() -> impl IntoView {
    use crate::i18n::RefMsg;
    use crate::i18n::referrals::{coordinator_lead, stale_count};
    let locale = use_locale();
    let watch = Resource::new(|| (), |_| crate::api::referrals::coordination());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                watch
                    .await
                    .ok()
                    .flatten()
                    .map(|w| {
                        let code = w.country_code.clone();
                        let links = [
                            (format!("/directory/{code}"), locale.t(RefMsg::NavDirectory)),
                            ("/admin/users".to_owned(), locale.t(Msg::AdminPeople)),
                            (format!("/admin/countries/{code}"), locale.t(RefMsg::Agencies)),
                            (format!("/reports/countries/{code}"), locale.t(RefMsg::CountryReport)),
                            (
                                format!("/reports/evaluation/{code}"),
                                locale.t(crate::i18n::EvalMsg::NavEvaluation),
                            ),
                        ];
                        view! {
                            <p class="lead">{coordinator_lead(locale, &w.country_name)}</p>
                            {(w.stale > 0)
                                .then(|| {
                                    view! {
                                        <p class="notice warning" role="status">
                                            <a href=format!(
                                                "/directory/{code}",
                                            )>{stale_count(locale, w.stale)}</a>
                                        </p>
                                    }
                                })}
                            <ul class="link-cards">
                                {links
                                    .into_iter()
                                    .map(|(href, text)| {
                                        view! {
                                            <li>
                                                <a href=href>{text}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            })}
        </Suspense>
    }
}
