//! Pieces of an import's preview, shared by the people and the directory imports: a row's
//! problems, and the buttons that import every row or only the valid ones.

use leptos::prelude::*;

use crate::i18n::{AdminMsg, use_locale};
use crate::model::problem::Problem;

/// "✓" for a row that can be imported, else each of its problems.
#[component]
pub fn RowProblems(problems: Vec<Problem>) -> impl IntoView {
    let locale = use_locale();
    if problems.is_empty() {
        return view! { "✓" }.into_any();
    }
    view! {
        <ul class="problems">
            {problems.iter().map(|p| view! { <li>{locale.problem(p)}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Import every row when all are valid; else say so and offer only the valid ones.
#[component]
pub fn ImportButtons(
    valid: usize,
    invalid: usize,
    /// "Import 12 people"
    all: String,
    /// "Import only the 10 valid rows"
    only_valid: String,
) -> impl IntoView {
    let locale = use_locale();
    if invalid == 0 {
        return view! { <button type="submit">{all}</button> }.into_any();
    }
    view! {
        <p>{locale.t(AdminMsg::FixOrImportValid)}</p>
        <button type="submit" name="only_valid" value="1" disabled=valid == 0>
            {only_valid}
        </button>
    }
    .into_any()
}
