//! `/referrals`: whom to call, for an officer on a phone. A plain GET form filters by place,
//! kind, who is served and language; every number is a `tel:` link. Works without JavaScript,
//! and the service worker keeps the page for offline use once opened.

use leptos::prelude::*;

use super::KindOptions;
use crate::api::referrals::directory;
use crate::components::gate::{anyone, encode, gate, page_error};
use crate::i18n::referrals::{found, listed, served, service_kind, sheet_link, spoken, verified};
use crate::i18n::{Locale, RefMsg, use_locale};
use crate::model::referrals::{ReferralDirectory, ReferralEntry, ReferralFilter, Served, Spoken};
use crate::pages::admin::query_param;

/// The filter the address asks for.
pub fn filter_of_address() -> ReferralFilter {
    ReferralFilter {
        country: query_param("country"),
        city: query_param("city"),
        kind: query_param("kind"),
        serves: query_param("serves"),
        language: query_param("language"),
        q: query_param("q"),
    }
}

#[component]
pub fn ReferralsPage() -> impl IntoView {
    let locale = use_locale();
    let filter = filter_of_address();
    let asked = filter.clone();
    let data = Resource::new(move || Some(asked.clone()), directory);
    gate(anyone, move |_| {
        let filter = filter.clone();
        view! {
            <h1>{locale.t(RefMsg::Title)}</h1>
            <p class="lead">{locale.t(RefMsg::Lead)}</p>
            <Suspense fallback=move || {
                view! { <p>{locale.t(crate::i18n::Msg::Loading)}</p> }
            }>
                {move || {
                    let filter = filter.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(d) => view! { <Directory d filter /> }.into_any(),
                            Err(e) => page_error(e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}

#[component]
fn Directory(d: ReferralDirectory, filter: ReferralFilter) -> impl IntoView {
    let locale = use_locale();
    let get = |v: &Option<String>| ReferralFilter::get(v).map(str::to_owned).unwrap_or_default();
    let (city, kind, group, language, q) = (
        get(&filter.city),
        get(&filter.kind),
        get(&filter.serves),
        get(&filter.language),
        get(&filter.q),
    );
    let code = d.country_code.clone();
    let sheets = d.cities.clone();
    let count = d.entries.len();
    view! {
        <form method="get" action="/referrals" class="filters referral-filters">
            <label>
                {locale.t(RefMsg::Country)}
                <select name="country">
                    {d
                        .countries
                        .iter()
                        .map(|(c, name)| {
                            view! {
                                <option value=c.clone() selected=*c == d.country_code>
                                    {name.clone()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                {locale.t(RefMsg::City)} <select name="city">
                    <option value="">{locale.t(RefMsg::AnyCity)}</option>
                    {d
                        .cities
                        .iter()
                        .map(|c| {
                            let chosen = c.eq_ignore_ascii_case(&city);
                            view! {
                                <option value=c.clone() selected=chosen>
                                    {c.clone()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                {locale.t(RefMsg::Kind)} <select name="kind">
                    <option value="">{locale.t(RefMsg::AnyKind)}</option>
                    <KindOptions selected=kind.clone() />
                </select>
            </label>
            <label>
                {locale.t(RefMsg::Serves)} <select name="serves">
                    <option value="">{locale.t(RefMsg::Anyone)}</option>
                    {Served::ALL
                        .iter()
                        .map(|g| {
                            view! {
                                <option value=g.code() selected=group == g.code()>
                                    {served(locale, *g)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                {locale.t(RefMsg::Language)} <select name="language">
                    <option value="">{locale.t(RefMsg::AnyLanguage)}</option>
                    {Spoken::ALL
                        .iter()
                        .map(|s| {
                            view! {
                                <option value=s.code() selected=language == s.code()>
                                    {spoken(locale, *s)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>{locale.t(RefMsg::Search)} <input name="q" type="search" value=q /></label>
            <button type="submit">{locale.t(RefMsg::Find)}</button>
        </form>
        <p role="status">{found(locale, count, d.total)}</p>
        {match (d.total, count) {
            (0, _) => view! { <p>{locale.t(RefMsg::EmptyCountry)}</p> }.into_any(),
            (_, 0) => view! { <p>{locale.t(RefMsg::NoneFound)}</p> }.into_any(),
            _ => {
                view! {
                    <div class="referrals">
                        {d.entries.into_iter().map(|e| view! { <EntryCard e /> }).collect_view()}
                    </div>
                }
                    .into_any()
            }
        }}
        {(!sheets.is_empty())
            .then(|| {
                view! {
                    <section class="no-print" aria-labelledby="sheets-title">
                        <h2 id="sheets-title">{locale.t(RefMsg::Sheets)}</h2>
                        <ul>
                            {sheets
                                .into_iter()
                                .map(|c| {
                                    let href = format!(
                                        "/referrals/sheet?country={code}&city={}",
                                        encode(&c),
                                    );
                                    view! {
                                        <li>
                                            <a href=href>{sheet_link(locale, &c)}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
    }
}

/// The `lang` of a text written in `language`, when it is not the page's.
pub fn lang_if_other(language: Locale, page: Locale) -> Option<&'static str> {
    (language != page).then(|| language.code())
}

/// One service: what it is, the numbers to tap, and how to refer.
#[component]
pub fn EntryCard(e: ReferralEntry) -> impl IntoView {
    let locale = use_locale();
    let title_id = format!("referral-{}", e.id);
    let labelled_by = title_id.clone();
    let serves = listed(
        locale,
        e.serves
            .iter()
            .map(|g| served(locale, *g))
            .chain(Some(e.nationalities.as_str()).filter(|n| !n.is_empty())),
    );
    let speaks = listed(locale, e.languages.iter().map(|s| spoken(locale, *s)));
    let when = verified(locale, e.verified_on.as_deref(), e.verified_by.as_deref());
    view! {
        <article class="card referral" aria-labelledby=labelled_by class:stale=e.stale>
            <h2 id=title_id>
                <bdi lang=lang_if_other(e.name_language, locale)>{e.name}</bdi>
            </h2>
            <p class="referral-kind">{service_kind(locale, e.kind)} " · " <bdi>{e.city}</bdi></p>
            {e.demo.then(|| view! { <p class="demo-badge">{locale.t(RefMsg::DemoBadge)}</p> })}
            <ul class="phones">
                {e
                    .phones
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                <a class="call" href=format!("tel:{}", p.dial)>
                                    <bdi dir="ltr">{p.shown}</bdi>
                                </a>
                                {(!p.label.is_empty())
                                    .then(|| {
                                        view! {
                                            " "
                                            <span>{p.label}</span>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <dl class="facts">
                {(!serves.is_empty())
                    .then(|| {
                        view! {
                            <dt>{locale.t(RefMsg::Serves)}</dt>
                            <dd>{serves}</dd>
                        }
                    })}
                {(!speaks.is_empty())
                    .then(|| {
                        view! {
                            <dt>{locale.t(RefMsg::Language)}</dt>
                            <dd>{speaks}</dd>
                        }
                    })}
                {(!e.hours.is_empty())
                    .then(|| {
                        view! {
                            <dt>{locale.t(RefMsg::Hours)}</dt>
                            <dd>{e.hours}</dd>
                        }
                    })}
                {(!e.address.is_empty())
                    .then(|| {
                        view! {
                            <dt>{locale.t(RefMsg::Address)}</dt>
                            <dd>{e.address}</dd>
                        }
                    })}
                {(!e.email.is_empty())
                    .then(|| {
                        let href = format!("mailto:{}", e.email);
                        view! {
                            <dt>{locale.t(RefMsg::Email)}</dt>
                            <dd>
                                <a href=href>
                                    <bdi dir="ltr">{e.email}</bdi>
                                </a>
                            </dd>
                        }
                    })}
            </dl>
            {(!e.how_to_refer.is_empty() || e.consent_required)
                .then(|| {
                    view! {
                        <details>
                            <summary>{locale.t(RefMsg::HowToRefer)}</summary>
                            <p class="procedure">{e.how_to_refer}</p>
                            {e
                                .consent_required
                                .then(|| view! { <p>{locale.t(RefMsg::ConsentNeeded)}</p> })}
                        </details>
                    }
                })}
            <p class="verified">
                {when}
                {e
                    .stale
                    .then(|| {
                        view! {
                            " "
                            <strong>{locale.t(RefMsg::Stale)}</strong>
                        }
                    })}
            </p>
        </article>
    }
}
