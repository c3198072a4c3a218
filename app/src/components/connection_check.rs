use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::system::check_connection;
use crate::i18n::{Locale, Msg};

/// The texts the connection check shows, said on the server in the reader's language: the
/// browser's wasm carries no catalogue.
/// The query word of the home page asked for by the check without JavaScript.
pub const CHECK: &str = "check";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionTexts {
    pub check: String,
    pub checking: String,
    pub ok: String,
    pub db_down: String,
    pub failed: String,
}

impl ConnectionTexts {
    pub fn new(locale: Locale) -> Self {
        let t = |msg| locale.t(msg).to_owned();
        Self {
            check: t(Msg::CheckConnection),
            checking: t(Msg::Checking),
            ok: t(Msg::ConnectionOk),
            db_down: t(Msg::ConnectionDbDown),
            failed: t(Msg::ConnectionFailed),
        }
    }
}

/// A button that asks the server whether it and its database answer, and how long the round trip
/// took — for officers on a weak network who wonder whether to keep going. Without JavaScript
/// it asks for the page again (`?check=1`), which comes back with the server's answer in
/// `served` (or not at all: the browser then says it is offline).
#[island]
pub fn ConnectionCheck(texts: ConnectionTexts, served: Option<String>) -> impl IntoView {
    let ConnectionTexts { check: check_label, checking, ok, db_down, failed } = texts;
    let check = Action::new(|_: &()| async move {
        let started = now_ms();
        let status = check_connection().await;
        (status, now_ms() - started)
    });
    let report = move || {
        check.value().get().map_or_else(
            || served.clone(),
            |(status, elapsed)| {
                Some(match status {
                    Ok(s) if s.database_ok => format!("{ok} ({elapsed:.0} ms)"),
                    Ok(_) => db_down.clone(),
                    Err(_) => failed.clone(),
                })
            },
        )
    };
    view! {
        <form class="connection-check" method="get" action="/">
            <input type="hidden" name=CHECK value="1" />
            <button
                type="submit"
                on:click=move |ev| {
                    ev.prevent_default();
                    check.dispatch(());
                }
                disabled=move || check.pending().get()
            >
                {move || {
                    if check.pending().get() { checking.clone() } else { check_label.clone() }
                }}
            </button>
            <output aria-live="polite">{report}</output>
        </form>
    }
}

fn now_ms() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        if let Some(perf) = window().performance() {
            return perf.now();
        }
    }
    0.0
}
