//! Learning pages: modules, lessons, quiz attempts, certificates.

pub mod attempt;
pub mod certificate;
pub mod evaluation;
pub mod lesson;
pub mod module;
pub mod my_learning;
pub mod quiz_form;
pub mod submit_review;

use leptos::prelude::*;

use crate::i18n::{Msg, use_locale};
use crate::model::learning::ModuleCard;

/// The message of a module's status code (`ModuleCard::status`), which also stays in `data-status`.
pub fn status_msg(status: &str) -> Option<Msg> {
    match status {
        "completed" => Some(Msg::StatusCompleted),
        "passed" => Some(Msg::StatusPassed),
        "not started" => Some(Msg::StatusNotStarted),
        "in progress" => Some(Msg::StatusInProgress),
        _ => None,
    }
}

/// A module with the trainee's progress and where to continue.
#[component]
pub fn ModuleCardView(card: ModuleCard) -> impl IntoView {
    let locale = use_locale();
    let status = card.status();
    let status_text = status_msg(status).map_or(status, |m| locale.t(m));
    let progress = card.progress_percent();
    // The title and summary are in the module's language, which may not be the page's.
    let shown = crate::i18n::Locale::from_code(&card.language).unwrap_or_default();
    view! {
        <li class="module-card" data-status=status class:is-overdue=card.overdue>
            <h3>
                <a
                    href=format!("/learn/{}", card.module_id)
                    lang=card.language.clone()
                    dir=shown.dir()
                >
                    {card.title.clone()}
                </a>
            </h3>
            {card
                .assigned
                .then(|| {
                    view! {
                        <p class="assigned" class:overdue=card.overdue>
                            {match (&card.due_on, card.overdue) {
                                (Some(d), true) => locale.assigned_overdue_since(d),
                                (Some(d), false) => locale.assigned_due_on(d),
                                (None, _) => locale.t(Msg::AssignedToYou).to_owned(),
                            }}
                        </p>
                    }
                })}
            <p class="meta">
                {locale
                    .module_meta(
                        card.estimated_minutes,
                        card.lessons_total,
                        status_text,
                        card.best_percent,
                    )}
            </p>
            <progress max="100" value=progress aria-label=locale.percent_done(progress)>
                {locale.percent(progress.into())}
            </progress>
            <p>
                {match card.certificate_code.clone() {
                    Some(code) => {
                        view! {
                            <a class="button" href=format!("/certificates/{code}")>
                                {locale.t(Msg::Certificate)}
                            </a>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <a class="button" href=card.continue_to.clone()>
                                {locale
                                    .t(
                                        if status == "not started" {
                                            Msg::Start
                                        } else {
                                            Msg::Continue
                                        },
                                    )}
                            </a>
                        }
                            .into_any()
                    }
                }}
            </p>
            // Last: on a phone the first module's action shows without scrolling.
            <p class="summary" lang=card.language.clone() dir=shown.dir()>
                {card.summary.clone()}
            </p>
        </li>
    }
}
