//! Form pieces that refill themselves and show their error after a failed post (see
//! `model::forms::Flash`). Plain HTML: they work without JavaScript.

use leptos::prelude::*;

use crate::components::viewer::{Viewer, use_viewer};
use crate::i18n::use_locale;
use crate::model::forms::{Flash, Unreadable, field_key};

/// The part of a form's key (its server function's path) that prefixes its fields' ids:
/// `update_settings` of `/api/authoring/update_settings`.
pub fn dom_id(form: &'static str) -> &'static str {
    form.rsplit('/').next().unwrap_or(form)
}

/// The flash of `form`, if the last post of this session was that form.
pub fn flash_for(form: &'static str) -> Option<Flash> {
    use_viewer().flash.filter(|f| f.form == form)
}

/// The error of a form, above it (a summary: a field's error also shows at the field).
#[component]
pub fn FormMessage(form: &'static str) -> impl IntoView {
    let locale = use_locale();
    let error = flash_for(form).and_then(|f| f.error).map(|e| locale.error(&e));
    error.map(|e| {
        view! {
            <p class="error" role="alert">
                {e}
            </p>
        }
    })
}

/// What the last form achieved ("Account created."), at the top of whichever page follows it;
/// or that it could not be read at all, in the reader's language.
#[component]
pub fn PageNotice() -> impl IntoView {
    let locale = use_locale();
    let viewer = use_viewer();
    let unreadable = unreadable_post(&viewer).map(|why| {
        view! {
            <p class="error" role="alert">
                {locale.problem(&why.problem())}
            </p>
        }
    });
    let notice = viewer.flash.and_then(|f| f.notice).map(|n| locale.notice(&n));
    view! {
        {unreadable}
        {notice
            .map(|n| {
                view! {
                    <p class="notice" role="status">
                        {n}
                    </p>
                }
            })}
    }
}

/// A post of this session that could not be read (kept in the flash), or, without a session, one
/// named in the page's address.
fn unreadable_post(viewer: &Viewer) -> Option<Unreadable> {
    viewer.flash.as_ref().and_then(Unreadable::of_flash).or_else(|| {
        let (_, query) = viewer.path.split_once('?')?;
        form_urlencoded::parse(query.as_bytes())
            .find(|(name, _)| name == Unreadable::PARAM)
            .and_then(|(_, code)| Unreadable::from_code(&code))
    })
}

/// A labelled input. After a failed post it holds what was typed and shows its error.
#[component]
pub fn Field(
    form: &'static str,
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let flash = flash_for(form);
    let key = field_key(name);
    let error = flash.as_ref().and_then(|f| f.error_for(&key)).map(|e| use_locale().error(e));
    // Passwords are never echoed back.
    let value = if kind == "password" {
        None
    } else {
        flash.as_ref().and_then(|f| f.value(&key).map(str::to_owned)).or(value)
    };
    let id = format!("{}-{key}", dom_id(form));
    let error_id = format!("{id}-error");
    let described = error.as_ref().map(|_| error_id.clone());
    let has_error = error.is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <small class="hint">{h}</small> })}
            <input
                id=id
                name=name
                type=kind
                value=value
                required=required
                autocomplete=autocomplete
                aria-invalid=error.as_ref().map(|_| "true")
                aria-describedby=described
            />
            {error
                .map(|e| {
                    view! {
                        <p class="field-error" id=error_id>
                            {e}
                        </p>
                    }
                })}
        </div>
    }
}

/// A labelled select of `(value, label)` options, refilled after a failed post.
#[component]
pub fn SelectField(
    form: &'static str,
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional, into)] selected: Option<String>,
    /// A first, empty choice ("none").
    #[prop(optional)]
    empty: Option<&'static str>,
) -> impl IntoView {
    let flash = flash_for(form);
    let key = field_key(name);
    let error = flash.as_ref().and_then(|f| f.error_for(&key)).map(|e| use_locale().error(e));
    let selected = flash
        .as_ref()
        .and_then(|f| f.value(&key).map(str::to_owned))
        .or(selected)
        .unwrap_or_default();
    let id = format!("{}-{key}", dom_id(form));
    let has_error = error.is_some();
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id.clone()>{label}</label>
            <select id=id name=name aria-invalid=error.as_ref().map(|_| "true")>
                {empty.map(|e| view! { <option value="">{e}</option> })}
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! {
                            <option value=value selected=is_selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
        </div>
    }
}

/// What goes between `<textarea>` and `</textarea>`. Leptos writes a textarea's children as they
/// are, as it does a `<script>`'s, so stored text holding `</textarea><form …>` would close the
/// element and become live markup. Escaped here, the browser shows it back exactly as typed.
pub fn textarea_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn textarea_text_cannot_close_its_element() {
        let hostile = "</textarea><form action=\"/x\">&amp;";
        let out = super::textarea_text(hostile);
        assert!(!out.contains('<') && !out.contains('>'), "{out}");
        assert_eq!(out, "&lt;/textarea&gt;&lt;form action=\"/x\"&gt;&amp;amp;");
    }
}
