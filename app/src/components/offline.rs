//! The parts of a page that `/offline.js` fills in when the browser runs the service worker.
//! Server-rendered and hidden: without JavaScript (or a service worker) nothing shows.

use leptos::prelude::*;

use crate::i18n::{Msg, use_locale};

/// On a module's page: "Available offline", and a button to keep or remove the phone's copy.
#[component]
pub fn OfflineCopy(module_id: i32) -> impl IntoView {
    let locale = use_locale();
    let t = |msg| locale.t(msg);
    view! {
        <p
            id="offline-copy"
            class="offline-copy"
            hidden
            data-module=module_id
            data-kept=t(Msg::OfflineKept)
            data-keep=t(Msg::OfflineKeep)
            data-remove=t(Msg::OfflineRemove)
            data-saving=t(Msg::OfflineSaving)
            data-failed=t(Msg::OfflineFailed)
        >
            <span aria-live="polite"></span>
            <button type="button" class="secondary"></button>
        </p>
    }
}

/// On the account page: how much this phone keeps for offline use.
#[component]
pub fn OfflineStorage() -> impl IntoView {
    let locale = use_locale();
    view! { <p id="offline-storage" hidden data-used=locale.offline_storage("{size}")></p> }
}

/// The offline indicator, filled in by `/offline.js` when the browser runs the service worker
/// (hidden otherwise): online or not, what waits to be sent, when something was last sent. It
/// carries its texts in the reader's language. Only for people who learn: `person` is whose
/// phone keeps their assigned and begun modules for offline reading.
#[component]
pub fn SyncStatus(person: i32) -> impl IntoView {
    let locale = use_locale();
    let t = |msg| locale.t(msg);
    view! {
        <p
            id="sync-status"
            class="sync-status"
            hidden
            aria-live="polite"
            data-person=person
            data-online=t(Msg::SyncOnline)
            data-offline=t(Msg::SyncOffline)
            data-waiting=locale.sync_waiting("{n}")
            data-sent-at=locale.sync_sent_at("{time}")
            data-submit-waiting=t(Msg::SyncSubmitWaiting)
            data-refused=t(Msg::SyncRefused)
            data-sign-in=t(Msg::SyncSignIn)
        ></p>
    }
}
