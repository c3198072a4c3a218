//! Text of unknown or other direction inside a page: people's names, emails, codes, dates.
//! An English name in an Arabic sentence (or an Arabic one in English) is isolated, so that
//! its punctuation stays at its own end and the sentence around it keeps its order (WCAG 1.3.2,
//! and 3.1.2 where the language is known).

use leptos::prelude::*;

/// A person's, an agency's or a module's name where its language is not known: its direction
/// from its own first letters.
#[component]
pub fn Name(#[prop(into)] text: String) -> impl IntoView {
    view! { <bdi class="name">{text}</bdi> }
}

/// An email address, a certificate code, a file name: always left to right, never translated.
#[component]
pub fn Code(#[prop(into)] text: String) -> impl IntoView {
    view! {
        <bdi class="code" dir="ltr" translate="no">
            {text}
        </bdi>
    }
}

/// A stored date or moment, said in the reader's words, kept on one line and isolated.
#[component]
pub fn Date(
    /// `YYYY-MM-DD…`, as stored.
    #[prop(into)]
    iso: String,
    /// What to show: the date in words.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! { <time datetime=iso>{text}</time> }
}
