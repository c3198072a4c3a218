//! A table's frame: on a narrow screen the table scrolls inside it, with a shadow at the edge
//! that has more and its first column kept in view (the CSS of `.table-scroll`). It takes the
//! focus, so a keyboard can scroll it too.

use leptos::prelude::*;

#[component]
pub fn TableFrame(children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0">
            {children()}
        </div>
    }
}
