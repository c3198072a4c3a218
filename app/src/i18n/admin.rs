//! The admin pages: people, countries and agencies, import, audit (`## admin` in the .ftl
//! files). Fixed texts are [`AdminMsg`] variants; sentences with values in them are the free
//! functions below, so that each language can order its words.

use super::{Key, Locale};
use crate::model::{accounts::Role, audit::AuditAction, import::import_seconds};

pub use super::keys::AdminMsg;

/// A role's name. English shows the code, as the CSV files and the tests do.
pub fn role_name(l: Locale, role: Role) -> &'static str {
    l.t(match role {
        Role::Trainee => Key::RoleTrainee,
        Role::Supervisor => Key::RoleSupervisor,
        Role::Trainer => Key::RoleTrainer,
        Role::Coordinator => Key::RoleCoordinator,
        Role::Admin => Key::RoleAdmin,
    })
}

/// An audit action's name. English shows the code, as stored in the log.
pub fn audit_action(l: Locale, action: AuditAction) -> &'static str {
    l.t(match action {
        AuditAction::SignIn => Key::AuditActionSignIn,
        AuditAction::SignInFailed => Key::AuditActionSignInFailed,
        AuditAction::SignOut => Key::AuditActionSignOut,
        AuditAction::PasswordChanged => Key::AuditActionPasswordChanged,
        AuditAction::PasswordChangeFailed => Key::AuditActionPasswordChangeFailed,
        AuditAction::PasswordReset => Key::AuditActionPasswordReset,
        AuditAction::UserCreated => Key::AuditActionUserCreated,
        AuditAction::RoleChanged => Key::AuditActionRoleChanged,
        AuditAction::AgencyChanged => Key::AuditActionAgencyChanged,
        AuditAction::Deactivated => Key::AuditActionDeactivated,
        AuditAction::Reactivated => Key::AuditActionReactivated,
        AuditAction::UsersImported => Key::AuditActionUsersImported,
        AuditAction::CountryCreated => Key::AuditActionCountryCreated,
        AuditAction::AgencyCreated => Key::AuditActionAgencyCreated,
        AuditAction::Renamed => Key::AuditActionRenamed,
        AuditAction::ReferralAdded => Key::AuditActionReferralAdded,
        AuditAction::ReferralChanged => Key::AuditActionReferralChanged,
        AuditAction::ReferralVerified => Key::AuditActionReferralVerified,
        AuditAction::ReferralRemoved => Key::AuditActionReferralRemoved,
        AuditAction::CertificateRevoked => Key::AuditActionCertificateRevoked,
    })
}

/// The pager's "Page 3" (`page` counts from 1).
pub fn page_number(l: Locale, page: u64) -> String {
    say!(l, AdminPageNumber { page })
}

/// When an account was created (`YYYY-MM-DD…`), after its email and status.
pub fn joined_on(l: Locale, date: &str) -> String {
    let date = &l.date_of(date);
    say!(l, AdminJoinedOn { date })
}

/// The heading of a country's page, by its ISO code.
pub fn agencies_in(l: Locale, country: &str) -> String {
    say!(l, AdminAgenciesIn { country })
}

/// The import rules after the column names (which stay in English: the file must use them).
pub fn import_rules(l: Locale, max_rows: usize) -> String {
    say!(l, AdminImportRules { max_rows })
}

/// The preview's summary line.
pub fn import_summary(l: Locale, valid: usize, invalid: usize) -> String {
    say!(l, AdminImportSummary { valid, invalid })
}

/// Before an import: how long it takes (every first password is hashed) and where to follow it.
pub fn import_estimate(l: Locale, people: usize) -> String {
    say!(l, AdminImportEstimate { people, seconds: import_seconds(people) })
}

/// An import under way, as far as it got.
pub fn import_running(l: Locale, hashed: usize, total: usize) -> String {
    say!(l, AdminImportRunning { hashed, total })
}

/// An import finished earlier, whose first passwords were already shown.
pub fn import_shown(l: Locale, created: usize) -> String {
    say!(l, AdminImportShown { created })
}

/// The button that imports a file whose rows are all valid.
pub fn import_people(l: Locale, n: usize) -> String {
    say!(l, AdminImportPeople { people: n })
}

/// The button that imports only the valid rows of a file.
pub fn import_only_valid(l: Locale, n: usize) -> String {
    say!(l, AdminImportOnlyValid { rows: n })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn import_sentences_read_in_each_language() {
        assert_eq!(import_people(Locale::Ar, 2), "استيراد شخصين");
        assert_eq!(import_people(Locale::Ar, 12), "استيراد 12 شخصاً");
        assert_eq!(import_people(Locale::Ar, 5), "استيراد 5 أشخاص");
        assert!(import_rules(Locale::Ar, 2000).contains("الحد الأقصى 2000 صف."));
        // The English stays exactly what the end-to-end tests read.
        assert_eq!(import_summary(Locale::En, 2, 1), "2 row(s) ready, 1 with problems.");
        assert_eq!(import_only_valid(Locale::En, 2), "Import only the 2 valid rows");
        assert_eq!(import_people(Locale::En, 3), "Import 3 people");
        assert_eq!(role_name(Locale::En, Role::Admin), "admin");
        // 300 hashes at about 50 ms each.
        assert!(
            import_estimate(Locale::En, 300).starts_with("Importing 300 people takes about 15 s.")
        );
        assert!(import_estimate(Locale::Ar, 2).contains("استيراد شخصين نحو ثانية واحدة"));
    }

    #[test]
    fn english_names_are_the_codes() {
        for role in Role::ALL {
            assert_eq!(role_name(Locale::En, role), role.code());
        }
        for action in AuditAction::ALL {
            assert_eq!(audit_action(Locale::En, action), action.code());
        }
    }
}
