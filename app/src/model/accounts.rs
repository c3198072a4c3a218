//! Who someone is: roles, agencies, and the account DTOs pages receive.

use serde::{Deserialize, Serialize};

use crate::model::locale::Locale;

/// What someone may do. Order matters nowhere; rules live in `model::permissions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Studies assigned and open modules.
    Trainee,
    /// A trainee who also follows and assigns within their own agency.
    Supervisor,
    /// Authors modules and reads their aggregate results.
    Trainer,
    /// Administers one country (their agency's): its agencies, officers, reports and referral
    /// directory, and nothing outside it.
    Coordinator,
    /// Everything, in every country.
    Admin,
}

impl Role {
    pub const ALL: [Role; 5] =
        [Role::Trainee, Role::Supervisor, Role::Trainer, Role::Coordinator, Role::Admin];

    pub fn code(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Supervisor => "supervisor",
            Role::Trainer => "trainer",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Trainees and supervisors learn inside an agency, and a coordinator's country is their
    /// agency's; trainers and admins may stand outside one.
    pub fn needs_agency(self) -> bool {
        matches!(self, Role::Trainee | Role::Supervisor | Role::Coordinator)
    }
}

/// The kind of organisation an agency is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgencyKind {
    LawEnforcement,
    BorderImmigration,
    Health,
    SocialWork,
    CivilSociety,
    InternationalOrg,
    Other,
}

impl AgencyKind {
    pub const ALL: [AgencyKind; 7] = [
        AgencyKind::LawEnforcement,
        AgencyKind::BorderImmigration,
        AgencyKind::Health,
        AgencyKind::SocialWork,
        AgencyKind::CivilSociety,
        AgencyKind::InternationalOrg,
        AgencyKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AgencyKind::LawEnforcement => "law_enforcement",
            AgencyKind::BorderImmigration => "border_immigration",
            AgencyKind::Health => "health",
            AgencyKind::SocialWork => "social_work",
            AgencyKind::CivilSociety => "civil_society",
            AgencyKind::InternationalOrg => "international_org",
            AgencyKind::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgencyKind::LawEnforcement => "Law enforcement",
            AgencyKind::BorderImmigration => "Border and immigration",
            AgencyKind::Health => "Health",
            AgencyKind::SocialWork => "Social work",
            AgencyKind::CivilSociety => "Civil society",
            AgencyKind::InternationalOrg => "International organisation",
            AgencyKind::Other => "Other",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code.trim())
    }
}

/// The signed-in person, as every page and server function sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub agency_id: Option<i32>,
    pub locale: Locale,
    /// Signed in with a password someone handed over: they choose their own first.
    #[serde(default)]
    pub must_change_password: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryDto {
    pub code: String,
    pub name_en: String,
    pub name_ar: String,
    pub agencies: u64,
    pub users: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyDto {
    pub id: i32,
    pub country_code: String,
    pub name: String,
    pub kind: AgencyKind,
    pub users: u64,
}

/// A user as an admin or supervisor lists them. No password hash, ever.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDto {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub agency_id: Option<i32>,
    pub agency_name: Option<String>,
    pub country_code: Option<String>,
    pub locale: Locale,
    pub active: bool,
    pub created_at: String,
    pub last_login_at: Option<String>,
}

/// The sign-in of a demo account, shown on the sign-in page in demo mode only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DemoSignIn {
    pub role: Role,
    pub email: String,
    pub password: String,
    pub note: String,
}

/// Lower-cases and trims an email: the key accounts are unique by.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible email address: one `@`, something before it, a dot in the domain, no spaces.
/// (Deliverability is the mail server's business; this catches typing slips.)
pub fn valid_email(email: &str) -> bool {
    let email = email.trim();
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && email.len() <= 254
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_kinds_round_trip_their_codes() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        for kind in AgencyKind::ALL {
            assert_eq!(AgencyKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(Role::from_code(" Admin "), Some(Role::Admin));
        assert_eq!(Role::from_code("root"), None);
    }

    #[test]
    fn emails_are_checked_and_keyed_case_insensitively() {
        assert!(valid_email("amal.haddad@psd.gov.jo"));
        assert!(!valid_email("amal"));
        assert!(!valid_email("a@b"));
        assert!(!valid_email("a b@c.org"));
        assert!(!valid_email("@c.org"));
        assert!(!valid_email("a@@c.org"));
        assert_eq!(email_key("  Amal@PSD.gov.JO "), "amal@psd.gov.jo");
    }
}
