use leptos::prelude::*;

use crate::api::system::check_connection;
use crate::i18n::{Locale, Msg};

/// A button that asks the server whether it and its database answer, and how long the round trip
/// took — for officers on a weak network who wonder whether to keep going.
#[island]
pub fn ConnectionCheck(locale: Locale) -> impl IntoView {
    let check = Action::new(|_: &()| async move {
        let started = now_ms();
        let status = check_connection().await;
        (status, now_ms() - started)
    });
    let report = move || {
        check.value().get().map(|(status, elapsed)| match status {
            Ok(s) if s.database_ok => format!("{} ({elapsed:.0} ms)", locale.t(Msg::ConnectionOk)),
            Ok(_) => locale.t(Msg::ConnectionDbDown).to_string(),
            Err(_) => locale.t(Msg::ConnectionFailed).to_string(),
        })
    };
    view! {
        <div class="connection-check">
            <button
                type="button"
                on:click=move |_| {
                    check.dispatch(());
                }
                disabled=move || check.pending().get()
            >
                {move || {
                    if check.pending().get() {
                        locale.t(Msg::Checking)
                    } else {
                        locale.t(Msg::CheckConnection)
                    }
                }}
            </button>
            <output aria-live="polite">{report}</output>
        </div>
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
