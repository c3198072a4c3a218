//! `/directory/{code}/new` and `/directory/{code}/entries/{id}`: one entry's form, with its
//! texts in each language, and (for an existing entry) verify, remove and its history.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use super::KindOptions;
use crate::api::referrals::{RemoveEntry, SaveEntry, VerifyEntry, editor};
use crate::components::form::{FormMessage, flash_for, textarea_text};
use crate::components::gate::{gate, is_administrator, page_error};
use crate::i18n::admin::audit_action;
use crate::i18n::referrals::{edit_title, new_title, served, spoken, texts_in};
use crate::i18n::{Locale, RefMsg, use_locale};
use crate::model::audit::{AuditAction, AuditEntry};
use crate::model::referrals::{EntryForm, Served, Spoken};

#[component]
pub fn EntryPage() -> impl IntoView {
    let locale = use_locale();
    let (code, id) = use_params_map().with_untracked(|p| {
        (p.get("code").unwrap_or_default().to_uppercase(), p.get("id").and_then(|i| i.parse().ok()))
    });
    let asked = (code.clone(), id);
    let data = Resource::new(
        move || asked.clone(),
        |(code, id): (String, Option<i32>)| async move {
            match id {
                Some(id) => editor(code, id).await.map(Some),
                None => Ok(None),
            }
        },
    );
    gate(is_administrator, move |_| {
        let code = code.clone();
        view! {
            <Suspense>
                {move || {
                    let code = code.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(Some(e)) => {
                                let title = edit_title(locale, &e.entry.country_code);
                                view! {
                                    <h1>{title}</h1>
                                    <EntryFields
                                        code=code.clone()
                                        id=Some(e.entry.id)
                                        form=e.form
                                    />
                                    <EntryActions code id=e.entry.id />
                                    <History history=e.history />
                                }
                                    .into_any()
                            }
                            Ok(None) => {
                                view! {
                                    <h1>{new_title(locale, &code)}</h1>
                                    <EntryFields code id=None form=EntryForm::default() />
                                }
                                    .into_any()
                            }
                            Err(e) => page_error(e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}

/// What to show in a field: what was typed before a failed post, else the stored value.
fn shown(typed: &Option<crate::model::forms::Flash>, key: &str, stored: &str) -> String {
    typed
        .as_ref()
        .and_then(|f| f.value(key).map(str::to_owned))
        .unwrap_or_else(|| stored.to_owned())
}

/// Whether a box is ticked: as it was posted after a failed post, else as stored.
fn ticked(typed: &Option<crate::model::forms::Flash>, key: &str, stored: bool) -> bool {
    match typed {
        Some(f) if f.value("kind").is_some() => f.value(key).is_some(),
        _ => stored,
    }
}

/// The error at `key` after a failed post.
fn error_at(
    locale: Locale,
    typed: &Option<crate::model::forms::Flash>,
    key: &str,
) -> Option<String> {
    typed.as_ref().and_then(|f| f.error_for(key)).map(|e| locale.error(e))
}

#[component]
fn ErrorAt(message: Option<String>) -> impl IntoView {
    message.map(|m| view! { <p class="field-error">{m}</p> })
}

#[component]
fn EntryFields(code: String, id: Option<i32>, form: EntryForm) -> impl IntoView {
    let locale = use_locale();
    let typed = flash_for(SaveEntry::PATH);
    let text = |key: &str, stored: &str| shown(&typed, key, stored);
    let err = |key: &str| error_at(locale, &typed, key);
    let kind = text("kind", &form.kind);
    view! {
        <FormMessage form=SaveEntry::PATH />
        <form method="post" action=SaveEntry::PATH class="stack entry-form">
            <input type="hidden" name="country" value=code />
            {id.map(|id| view! { <input type="hidden" name="id" value=id /> })}
            <div class="field">
                <label for="entry-city">{locale.t(RefMsg::City)}</label>
                <input id="entry-city" name="entry[city]" value=text("city", &form.city) required />
                <ErrorAt message=err("city") />
            </div>
            <div class="field">
                <label for="entry-kind">{locale.t(RefMsg::Kind)}</label>
                <select id="entry-kind" name="entry[kind]">
                    <option value="">{locale.t(RefMsg::AnyKind)}</option>
                    <KindOptions selected=kind.clone() />
                </select>
                <ErrorAt message=err("kind") />
            </div>
            <fieldset>
                <legend>{locale.t(RefMsg::Serves)}</legend>
                {Served::ALL
                    .iter()
                    .map(|g| {
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    name=format!("entry[serves][{}]", g.code())
                                    checked=ticked(
                                        &typed,
                                        &format!("serves[{}]", g.code()),
                                        form.serves.contains_key(g.code()),
                                    )
                                />
                                {served(locale, *g)}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset>
                <legend>{locale.t(RefMsg::Languages)}</legend>
                <div class="check-grid">
                    {Spoken::ALL
                        .iter()
                        .map(|s| {
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        name=format!("entry[languages][{}]", s.code())
                                        checked=ticked(
                                            &typed,
                                            &format!("languages[{}]", s.code()),
                                            form.languages.contains_key(s.code()),
                                        )
                                    />
                                    {spoken(locale, *s)}
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <ErrorAt message=err("languages") />
            </fieldset>
            <div class="field">
                <label for="entry-phones">{locale.t(RefMsg::Phones)}</label>
                <small class="hint" id="entry-phones-hint">
                    {locale.t(RefMsg::PhonesHint)}
                </small>
                <textarea
                    id="entry-phones"
                    name="entry[phones]"
                    rows="3"
                    dir="ltr"
                    aria-describedby="entry-phones-hint"
                >
                    {textarea_text(&text("phones", &form.phones))}
                </textarea>
                <ErrorAt message=err("phones") />
            </div>
            <div class="field">
                <label for="entry-email">{locale.t(RefMsg::Email)}</label>
                <input
                    id="entry-email"
                    name="entry[email]"
                    type="email"
                    dir="ltr"
                    value=text("email", &form.email)
                />
                <ErrorAt message=err("email") />
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    name="entry[consent_required]"
                    checked=ticked(&typed, "consent_required", form.consent_required.is_some())
                />
                {locale.t(RefMsg::Consent)}
            </label>
            <p class="hint">{locale.t(RefMsg::TextsHint)}</p>
            {Locale::ALL
                .into_iter()
                .map(|language| {
                    let stored = form.texts.get(language.code()).cloned().unwrap_or_default();
                    let lc = language.code();
                    let key = |f: &str| format!("texts[{lc}][{f}]");
                    let name = |f: &str| format!("entry[texts][{lc}][{f}]");
                    let id = |f: &str| format!("entry-{lc}-{f}");
                    let input = |f: &str, label: RefMsg, value: &str| {
                        view! {
                            <div class="field">
                                <label for=id(f)>{locale.t(label)}</label>
                                <input
                                    id=id(f)
                                    name=name(f)
                                    lang=lc
                                    dir=language.dir()
                                    value=text(&key(f), value)
                                />
                                <ErrorAt message=err(&key(f)) />
                            </div>
                        }
                    };
                    view! {
                        <fieldset lang=lc dir=language.dir()>
                            <legend>{texts_in(locale, language)}</legend>
                            {input("name", RefMsg::Name, &stored.name)}
                            {input("address", RefMsg::Address, &stored.address)}
                            {input("hours", RefMsg::Hours, &stored.hours)}
                            {input("nationalities", RefMsg::Nationalities, &stored.nationalities)}
                            <div class="field">
                                <label for=id("how_to_refer")>{locale.t(RefMsg::HowToRefer)}</label>
                                <textarea id=id("how_to_refer") name=name("how_to_refer") rows="4">
                                    {textarea_text(
                                        &text(&key("how_to_refer"), &stored.how_to_refer),
                                    )}
                                </textarea>
                                <ErrorAt message=err(&key("how_to_refer")) />
                            </div>
                        </fieldset>
                    }
                })
                .collect_view()}
            <p class="hint">{locale.t(RefMsg::SaveHint)}</p>
            <button type="submit">{locale.t(RefMsg::Save)}</button>
        </form>
    }
}

#[component]
fn EntryActions(code: String, id: i32) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card stack">
            <form method="post" action=VerifyEntry::PATH>
                <input type="hidden" name="country" value=code.clone() />
                <input type="hidden" name="id" value=id />
                <button type="submit" class="secondary">
                    {locale.t(RefMsg::Verify)}
                </button>
            </form>
            <form method="post" action=RemoveEntry::PATH>
                <input type="hidden" name="country" value=code />
                <input type="hidden" name="id" value=id />
                <p class="hint">{locale.t(RefMsg::RemoveHint)}</p>
                <button type="submit" class="danger">
                    {locale.t(RefMsg::Remove)}
                </button>
            </form>
        </section>
    }
}

#[component]
fn History(history: Vec<AuditEntry>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section aria-labelledby="history-title">
            <h2 id="history-title">{locale.t(RefMsg::History)}</h2>
            <ul>
                {history
                    .into_iter()
                    .map(|h| {
                        let action = AuditAction::from_code(&h.action)
                            .map_or(h.action.clone(), |a| audit_action(locale, a).to_owned());
                        view! {
                            <li>
                                <time>{h.at}</time>
                                " · "
                                {action}
                                " · "
                                <bdi>{h.actor.unwrap_or_default()}</bdi>
                                " · "
                                <bdi>{h.detail}</bdi>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
