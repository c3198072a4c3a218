//! The referral directory (`## referrals` in the .ftl files): fixed texts are [`RefMsg`]
//! variants; the names of kinds, groups and languages (`## labels`) and the sentences with
//! values are the functions below.

use super::{Key, Locale};
use crate::model::referrals::{ReferralWords, Served, ServiceKind, Spoken};

pub use super::keys::RefMsg;

pub fn service_kind(l: Locale, kind: ServiceKind) -> &'static str {
    l.t(match kind {
        ServiceKind::PoliceUnit => Key::ServiceKindPoliceUnit,
        ServiceKind::Shelter => Key::ServiceKindShelter,
        ServiceKind::Hotline => Key::ServiceKindHotline,
        ServiceKind::Health => Key::ServiceKindHealth,
        ServiceKind::Psychosocial => Key::ServiceKindPsychosocial,
        ServiceKind::LegalAid => Key::ServiceKindLegalAid,
        ServiceKind::ChildProtection => Key::ServiceKindChildProtection,
        ServiceKind::UnAgency => Key::ServiceKindUnAgency,
        ServiceKind::Ngo => Key::ServiceKindNgo,
    })
}

pub fn served(l: Locale, group: Served) -> &'static str {
    l.t(match group {
        Served::Women => Key::ServedWomen,
        Served::Men => Key::ServedMen,
        Served::Children => Key::ServedChildren,
    })
}

pub fn spoken(l: Locale, language: Spoken) -> &'static str {
    l.t(match language {
        Spoken::Ar => Key::SpokenAr,
        Spoken::En => Key::SpokenEn,
        Spoken::Fr => Key::SpokenFr,
        Spoken::Tr => Key::SpokenTr,
        Spoken::Ku => Key::SpokenKu,
        Spoken::Fa => Key::SpokenFa,
        Spoken::Ur => Key::SpokenUr,
        Spoken::Am => Key::SpokenAm,
        Spoken::Ti => Key::SpokenTi,
        Spoken::So => Key::SpokenSo,
        Spoken::Bn => Key::SpokenBn,
        Spoken::Tl => Key::SpokenTl,
        Spoken::Si => Key::SpokenSi,
        Spoken::Ne => Key::SpokenNe,
    })
}

/// A list of names joined as the language lists them ("Arabic, English").
pub fn listed<'a>(l: Locale, names: impl IntoIterator<Item = &'a str>) -> String {
    let comma = if l == Locale::Ar { "، " } else { ", " };
    names.into_iter().collect::<Vec<_>>().join(comma)
}

pub fn found(l: Locale, count: usize, total: usize) -> String {
    say!(l, ReferralFound { count, total })
}

/// "Last verified on 3 November 2026 by Hala Mansour." (`date` as stored, `YYYY-MM-DD`).
pub fn verified(l: Locale, date: Option<&str>, name: Option<&str>) -> String {
    match (date, name) {
        (Some(date), Some(name)) => say!(l, ReferralVerified { date: l.date_of(date), name }),
        (Some(date), None) => say!(l, ReferralVerifiedOn { date: l.date_of(date) }),
        (None, _) => l.t(RefMsg::NeverVerified).to_owned(),
    }
}

pub fn sheet_link(l: Locale, city: &str) -> String {
    say!(l, ReferralSheetLink { city })
}

pub fn sheet_title(l: Locale, city: &str, country: &str) -> String {
    say!(l, ReferralSheetTitle { city, country })
}

pub fn sheet_printed(l: Locale, date: &str) -> String {
    say!(l, ReferralSheetPrinted { date: l.date_of(date) })
}

pub fn shortcut_heading(l: Locale, kind: Option<ServiceKind>, country: &str) -> String {
    match kind {
        Some(kind) => say!(l, ReferralShortcutHeadingKind { kind: service_kind(l, kind), country }),
        None => say!(l, ReferralShortcutHeading { country }),
    }
}

pub fn shortcut_all(l: Locale, country: &str) -> String {
    say!(l, ReferralShortcutAll { country })
}

pub fn directory_title(l: Locale, country: &str) -> String {
    say!(l, ReferralDirectoryTitle { country })
}

pub fn stale_count(l: Locale, count: usize) -> String {
    say!(l, ReferralStaleCount { count })
}

pub fn new_title(l: Locale, country: &str) -> String {
    say!(l, ReferralNewTitle { country })
}

pub fn edit_title(l: Locale, country: &str) -> String {
    say!(l, ReferralEditTitle { country })
}

pub fn texts_in(l: Locale, language: Locale) -> String {
    say!(l, ReferralTextsIn { language: language.native_name() })
}

pub fn import_title(l: Locale, country: &str) -> String {
    say!(l, ReferralImportTitle { country })
}

pub fn import_rows(l: Locale, count: usize) -> String {
    say!(l, ReferralImportRows { count })
}

pub fn import_only_valid(l: Locale, count: usize) -> String {
    say!(l, ReferralImportOnlyValid { count })
}

pub fn coordinator_lead(l: Locale, country: &str) -> String {
    say!(l, ReferralCoordinatorLead { country })
}

pub fn entries(l: Locale, count: usize) -> String {
    say!(l, ReferralEntries { count })
}

impl ReferralWords for Locale {
    fn referral_heading(&self, kind: Option<ServiceKind>, country: &str) -> String {
        shortcut_heading(*self, kind, country)
    }

    fn referral_all(&self, country: &str) -> String {
        shortcut_all(*self, country)
    }

    fn referral_none(&self) -> String {
        self.t(RefMsg::ShortcutNone).to_owned()
    }

    fn referral_your_country(&self) -> String {
        self.t(RefMsg::ShortcutYourCountry).to_owned()
    }
}
