//! Learning pages: modules, lessons, quiz attempts, certificates.

pub mod attempt;
pub mod certificate;
pub mod lesson;
pub mod module;
pub mod my_learning;

use leptos::prelude::*;

use crate::model::learning::ModuleCard;

/// A module with the trainee's progress and where to continue.
#[component]
pub fn ModuleCardView(card: ModuleCard) -> impl IntoView {
    let status = card.status();
    let progress = card.progress_percent();
    view! {
        <li class="module-card" data-status=status class:is-overdue=card.overdue>
            <h3><a href=format!("/learn/{}", card.module_id)>{card.title.clone()}</a></h3>
            {card.assigned.then(|| view! {
                <p class="assigned" class:overdue=card.overdue>
                    {match (&card.due_on, card.overdue) {
                        (Some(d), true) => format!("Assigned to you — overdue since {d}"),
                        (Some(d), false) => format!("Assigned to you — due {d}"),
                        (None, _) => "Assigned to you".to_owned(),
                    }}
                </p>
            })}
            <p>{card.summary.clone()}</p>
            <p class="meta">
                {format!("{} min · {} lessons · {}", card.estimated_minutes, card.lessons_total, status)}
                {card.best_percent.map(|p| format!(" · best score {p} %"))}
            </p>
            <progress max="100" value=progress aria-label=format!("{progress} % done")>{format!("{progress} %")}</progress>
            <p>
                {match card.certificate_code.clone() {
                    Some(code) => view! { <a class="button" href=format!("/certificates/{code}")>"Certificate"</a> }.into_any(),
                    None => view! { <a class="button" href=card.continue_to.clone()>{if status == "not started" { "Start" } else { "Continue" }}</a> }.into_any(),
                }}
            </p>
        </li>
    }
}
