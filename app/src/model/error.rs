//! The one error type of every server function.
//!
//! Users read what they can fix; database and internal failures become an opaque reference that
//! points to the server log, never SQL or stack text.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::model::problem::Problem;

/// Each kind is said in the reader's language where it is shown (`i18n/problems.rs`, which
/// also gives the English `Display`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// The record does not exist *or* the caller may not see it: deliberately the same answer.
    NotFound,
    Unauthenticated,
    /// Every failed sign-in, whatever the reason: nothing to learn about which accounts exist.
    SignInFailed,
    /// Input the user can correct; `field` names the form field when there is one.
    Invalid {
        field: Option<String>,
        problem: Problem,
    },
    /// Something failed on the server; the reference is logged with the details.
    Internal(String),
    /// The request could not be made or read (network, malformed form); the detail is the
    /// framework's, for logs.
    Request(String),
    /// The server is overloaded or its database did not answer in time: nothing was done, and
    /// the same request may be sent again after `retry_after` seconds (`Retry-After`).
    Busy {
        retry_after: u32,
    },
}

impl AppError {
    /// Logs `detail` under a fresh reference and returns an error that shows only the reference.
    #[cfg(feature = "ssr")]
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        let reference = error_reference();
        tracing::error!(reference = %reference, "{detail}");
        Self::Internal(reference)
    }

    /// [`AppError::Busy`] with a wait of two to five seconds, spread so that the phones told to
    /// wait do not all come back in the same second.
    #[cfg(feature = "ssr")]
    pub fn busy() -> Self {
        Self::Busy { retry_after: spread_wait() }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // A request the server could not read (malformed or tampered form) is the caller's
        // mistake: 400, not the framework's 500.
        #[cfg(feature = "ssr")]
        if matches!(
            value,
            ServerFnErrorErr::Args(_)
                | ServerFnErrorErr::MissingArg(_)
                | ServerFnErrorErr::Deserialization(_)
        ) && let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
        {
            // A body that did not say its length, read past the router's limit: too large.
            let too_large = value.to_string().contains("length limit exceeded");
            response.set_status(if too_large {
                http::StatusCode::PAYLOAD_TOO_LARGE
            } else {
                http::StatusCode::BAD_REQUEST
            });
        }
        Self::Request(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        // No connection came free in time: the database is overloaded, not broken, and the
        // reader should try again rather than read "not found" or "something went wrong".
        // SQLite's "database is locked": another process held the write lock past the timeout.
        let locked = err.to_string().contains("database is locked");
        if matches!(err, sea_orm::DbErr::ConnectionAcquire(_)) || locked {
            tracing::warn!("database busy: {err}");
            return Self::busy();
        }
        Self::internal(format_args!("database: {err}"))
    }
}

/// Two to five seconds, by the clock's microseconds.
#[cfg(feature = "ssr")]
pub fn spread_wait() -> u32 {
    let spread = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_micros());
    2 + spread % 4
}

/// A short reference a user can read out to support, to find the log line.
#[cfg(feature = "ssr")]
fn error_reference() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{:08x}", nanos ^ n.rotate_left(16))
}
