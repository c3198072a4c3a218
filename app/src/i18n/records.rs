//! Portable records (`## records` in the .ftl files): fixed texts are [`RecordsMsg`] variants;
//! the sentences with values are the functions below.

use super::Locale;
use crate::model::{credentials::CredentialCheck, xapi::OutboxSummary};

pub use super::keys::RecordsMsg;

/// "This certificate was revoked on 3 December 2026…"
pub fn revoked(l: Locale, day: &str) -> String {
    let date = l.date_of(day);
    say!(l, RecordsRevoked { date })
}

/// What checking a credential found, in one sentence (the facts follow for a genuine one).
pub fn check_result(l: Locale, check: &CredentialCheck) -> String {
    match check {
        CredentialCheck::Genuine { key, .. } => say!(l, RecordsGenuine { key }),
        CredentialCheck::Unreadable => l.t(RecordsMsg::Unreadable).to_owned(),
        CredentialCheck::NotSigned => l.t(RecordsMsg::NotSigned).to_owned(),
        CredentialCheck::Unknown => l.t(RecordsMsg::Unknown).to_owned(),
    }
}

pub fn lrs_at(l: Locale, endpoint: &str) -> String {
    say!(l, RecordsLrsAt { endpoint })
}

pub fn counts(l: Locale, s: &OutboxSummary) -> String {
    let (sent, pending, refused) = (s.sent, s.pending, s.rejected);
    say!(l, RecordsCounts { sent, pending, refused })
}

pub fn kept(l: Locale) -> String {
    let days = crate::model::xapi::KEEP_SENT_DAYS;
    say!(l, RecordsKept { days })
}

pub fn oldest(l: Locale, date: &str) -> String {
    say!(l, RecordsOldest { date })
}

pub fn last_error(l: Locale, error: &str) -> String {
    say!(l, RecordsLastError { error })
}
