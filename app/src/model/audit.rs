//! What the audit log records.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AuditAction {
    SignIn,
    SignInFailed,
    SignOut,
    PasswordChanged,
    /// A wrong current password on the change-password form, or a try while throttled.
    PasswordChangeFailed,
    PasswordReset,
    UserCreated,
    RoleChanged,
    AgencyChanged,
    Deactivated,
    Reactivated,
    UsersImported,
    CountryCreated,
    AgencyCreated,
    /// A person's display name changed (by themselves or an admin); certificates keep the old.
    Renamed,
    // The referral directory: the entry is the line's `referral_id`.
    ReferralAdded,
    ReferralChanged,
    ReferralVerified,
    ReferralRemoved,
    /// A completion revoked: its certificate and credential say so from then on.
    CertificateRevoked,
}

impl AuditAction {
    pub const ALL: [AuditAction; 20] = [
        AuditAction::SignIn,
        AuditAction::SignInFailed,
        AuditAction::SignOut,
        AuditAction::PasswordChanged,
        AuditAction::PasswordChangeFailed,
        AuditAction::PasswordReset,
        AuditAction::UserCreated,
        AuditAction::RoleChanged,
        AuditAction::AgencyChanged,
        AuditAction::Deactivated,
        AuditAction::Reactivated,
        AuditAction::UsersImported,
        AuditAction::CountryCreated,
        AuditAction::AgencyCreated,
        AuditAction::Renamed,
        AuditAction::ReferralAdded,
        AuditAction::ReferralChanged,
        AuditAction::ReferralVerified,
        AuditAction::ReferralRemoved,
        AuditAction::CertificateRevoked,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::SignOut => "sign_out",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::PasswordChangeFailed => "password_change_failed",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::UserCreated => "user_created",
            AuditAction::RoleChanged => "role_changed",
            AuditAction::AgencyChanged => "agency_changed",
            AuditAction::Deactivated => "deactivated",
            AuditAction::Reactivated => "reactivated",
            AuditAction::UsersImported => "users_imported",
            AuditAction::CountryCreated => "country_created",
            AuditAction::AgencyCreated => "agency_created",
            AuditAction::Renamed => "renamed",
            AuditAction::ReferralAdded => "referral_added",
            AuditAction::ReferralChanged => "referral_changed",
            AuditAction::ReferralVerified => "referral_verified",
            AuditAction::ReferralRemoved => "referral_removed",
            AuditAction::CertificateRevoked => "certificate_revoked",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// One line of the audit log as the admin page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub action: String,
    pub actor: Option<String>,
    pub subject: Option<String>,
    pub detail: String,
    pub address: Option<String>,
}

/// The filters of the audit page (query string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    pub action: Option<String>,
    /// Part of the actor's or subject's email.
    pub who: Option<String>,
    /// The lines about one referral directory entry (its page's history).
    #[serde(default)]
    pub referral: Option<i32>,
    pub page: Option<u64>,
}
