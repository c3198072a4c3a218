//! `/referrals/sheet?country=LB&city=Beirut`: one printable page of a city's contacts, for a
//! notice board or a pocket.

use leptos::prelude::*;

use super::directory::{filter_of_address, lang_if_other};
use crate::api::referrals::directory;
use crate::components::gate::{anyone, gate, page_error};
use crate::components::table_frame::TableFrame;
use crate::i18n::referrals::{listed, served, service_kind, sheet_printed, sheet_title, spoken};
use crate::i18n::{RefMsg, use_locale};
use crate::model::referrals::ReferralDirectory;

#[component]
pub fn ContactSheetPage() -> impl IntoView {
    let filter = filter_of_address();
    let city = filter.city.clone().unwrap_or_default();
    let data = Resource::new(move || Some(filter.clone()), directory);
    gate(anyone, move |_| {
        view! {
            <Suspense>
                {move || {
                    let city = city.clone();
                    Suspend::new(async move {
                        match data.await {
                            Ok(d) => view! { <Sheet d city /> }.into_any(),
                            Err(e) => page_error(e),
                        }
                    })
                }}
            </Suspense>
        }
    })
}

#[component]
fn Sheet(d: ReferralDirectory, city: String) -> impl IntoView {
    let locale = use_locale();
    let today = d.today.clone();
    let back = format!("/referrals?country={}", d.country_code);
    view! {
        <div class="contact-sheet">
            <p class="no-print">
                <a href=back>{locale.back_link(locale.t(RefMsg::Title))}</a>
            </p>
            <h1>{sheet_title(locale, &city, &d.country_name)}</h1>
            <TableFrame>
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{locale.t(RefMsg::Name)}</th>
                            <th scope="col">{locale.t(RefMsg::Phones)}</th>
                            <th scope="col">{locale.t(RefMsg::Hours)}</th>
                            <th scope="col">{locale.t(RefMsg::Serves)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {d
                            .entries
                            .into_iter()
                            .map(|e| {
                                let who = listed(
                                    locale,
                                    e.serves.iter().map(|g| served(locale, *g)),
                                );
                                let speaks = listed(
                                    locale,
                                    e.languages.iter().map(|s| spoken(locale, *s)),
                                );
                                view! {
                                    <tr>
                                        <td>
                                            <strong>
                                                <bdi lang=lang_if_other(
                                                    e.name_language,
                                                    locale,
                                                )>{e.name}</bdi>
                                            </strong>
                                            <br />
                                            {service_kind(locale, e.kind)}
                                            {e
                                                .demo
                                                .then(|| {
                                                    view! {
                                                        " · "
                                                        {locale.t(RefMsg::DemoBadge)}
                                                    }
                                                })}
                                        </td>
                                        <td>
                                            {e
                                                .phones
                                                .into_iter()
                                                .map(|p| {
                                                    view! {
                                                        <a href=format!("tel:{}", p.dial)>
                                                            <bdi dir="ltr">{p.shown}</bdi>
                                                        </a>
                                                        " "
                                                        {p.label}
                                                        <br />
                                                    }
                                                })
                                                .collect_view()}
                                        </td>
                                        <td>{e.hours}</td>
                                        <td>{who} <br /> {speaks}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableFrame>
            <p class="sheet-printed">{sheet_printed(locale, &today)}</p>
        </div>
    }
}
