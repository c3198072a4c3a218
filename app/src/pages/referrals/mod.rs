//! The referral directory: the officers' pages (`/referrals`, its printable contact sheets) and
//! the coordinators' (`/directory/…`).

pub mod directory;
pub mod entry;
pub mod import;
pub mod manage;
pub mod sheet;

use leptos::prelude::*;

use crate::i18n::{referrals::service_kind, use_locale};
use crate::model::referrals::ServiceKind;

/// The kinds of service as a select's options, `selected` (a kind's code) chosen.
#[component]
pub fn KindOptions(selected: String) -> impl IntoView {
    let locale = use_locale();
    ServiceKind::ALL
        .iter()
        .map(|k| {
            view! {
                <option value=k.code() selected=selected == k.code()>
                    {service_kind(locale, *k)}
                </option>
            }
        })
        .collect_view()
}
