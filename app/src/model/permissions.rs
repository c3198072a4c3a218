//! Who may do what: pure rules, no IO. Server functions call these first.

use crate::model::accounts::{CurrentUser, Role};

/// Capabilities not tied to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Countries, agencies, users, imports, password resets.
    ManageAccounts,
    ReadAuditLog,
    /// Create and edit modules.
    AuthorModules,
    /// Read aggregate results of modules.
    ReadModuleResults,
    /// See the people of an agency and assign them modules (supervisors: their own only).
    SuperviseAgency,
    /// Study modules and take quizzes.
    Learn,
}

pub fn can(role: Role, permission: Permission) -> bool {
    use Permission::*;
    match role {
        Role::Admin => true,
        Role::Trainer => matches!(permission, AuthorModules | ReadModuleResults | Learn),
        // A coordinator's administration is scoped to a country: see `Reach`.
        Role::Coordinator => matches!(permission, Learn),
        Role::Supervisor => matches!(permission, SuperviseAgency | Learn),
        Role::Trainee => matches!(permission, Learn),
    }
}

/// Where a record sits: enough to decide whether someone may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub owner_id: Option<i32>,
    pub agency_id: Option<i32>,
}

/// May `actor` read a person's account or learning record? Themselves; a supervisor within
/// their own agency; an admin anywhere.
pub fn can_read_person(actor: &CurrentUser, person: Scope) -> bool {
    actor.role == Role::Admin
        || person.owner_id == Some(actor.id)
        || (actor.role == Role::Supervisor
            && actor.agency_id.is_some()
            && actor.agency_id == person.agency_id)
}

/// May `actor` assign modules to (or read the dashboard of) an agency?
pub fn can_supervise_agency(actor: &CurrentUser, agency_id: i32) -> bool {
    actor.role == Role::Admin
        || (actor.role == Role::Supervisor && actor.agency_id == Some(agency_id))
}

/// The roles of one country, which its coordinator gives and manages.
pub const COUNTRY_ROLES: [Role; 3] = [Role::Trainee, Role::Supervisor, Role::Coordinator];

/// Where someone administers: everywhere (admins) or one country (its coordinator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    Everywhere,
    Country(String),
}

impl Reach {
    pub fn covers(&self, country_code: &str) -> bool {
        match self {
            Reach::Everywhere => true,
            Reach::Country(code) => code.eq_ignore_ascii_case(country_code.trim()),
        }
    }

    /// Whether this reach may give `role`, or change the account of someone who has it: a
    /// coordinator manages their country's officers, supervisors and fellow coordinators, never
    /// trainers or admins (who are not of one country).
    pub fn may_manage(&self, role: Role) -> bool {
        match self {
            Reach::Everywhere => true,
            Reach::Country(_) => COUNTRY_ROLES.contains(&role),
        }
    }

    /// The one country, for a coordinator.
    pub fn country(&self) -> Option<&str> {
        match self {
            Reach::Everywhere => None,
            Reach::Country(code) => Some(code),
        }
    }
}

/// The reach of `actor`, whose agency is in `home_country`: admins everywhere, a coordinator
/// their agency's country, nobody else anywhere.
pub fn reach(actor: &CurrentUser, home_country: Option<&str>) -> Option<Reach> {
    match (actor.role, home_country) {
        (Role::Admin, _) => Some(Reach::Everywhere),
        (Role::Coordinator, Some(code)) => Some(Reach::Country(code.to_owned())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::locale::Locale;

    fn user(id: i32, role: Role, agency_id: Option<i32>) -> CurrentUser {
        CurrentUser {
            id,
            email: format!("u{id}@example.org"),
            display_name: format!("User {id}"),
            role,
            agency_id,
            locale: Locale::En,
            must_change_password: false,
        }
    }

    #[test]
    fn each_role_has_exactly_its_capabilities() {
        use Permission::*;
        let all = [
            ManageAccounts,
            ReadAuditLog,
            AuthorModules,
            ReadModuleResults,
            SuperviseAgency,
            Learn,
        ];
        let granted = |role| all.iter().copied().filter(|&p| can(role, p)).collect::<Vec<_>>();
        assert_eq!(granted(Role::Trainee), [Learn]);
        assert_eq!(granted(Role::Supervisor), [SuperviseAgency, Learn]);
        assert_eq!(granted(Role::Trainer), [AuthorModules, ReadModuleResults, Learn]);
        assert_eq!(granted(Role::Coordinator), [Learn], "a coordinator's reach is a country");
        assert_eq!(granted(Role::Admin), all);
    }

    #[test]
    fn people_are_visible_to_themselves_their_supervisor_and_admins() {
        let alice = Scope { owner_id: Some(1), agency_id: Some(10) };
        assert!(can_read_person(&user(1, Role::Trainee, Some(10)), alice));
        assert!(!can_read_person(&user(2, Role::Trainee, Some(10)), alice), "a colleague");
        assert!(can_read_person(&user(3, Role::Supervisor, Some(10)), alice));
        assert!(!can_read_person(&user(4, Role::Supervisor, Some(11)), alice), "another agency");
        assert!(
            !can_read_person(&user(5, Role::Trainer, Some(10)), alice),
            "trainers see aggregates only"
        );
        assert!(can_read_person(&user(6, Role::Admin, None), alice));
        // A supervisor without an agency supervises nobody.
        let stray = Scope { owner_id: Some(7), agency_id: None };
        assert!(!can_read_person(&user(8, Role::Supervisor, None), stray));
    }

    #[test]
    fn a_coordinator_reaches_their_own_country_and_its_officers_only() {
        let jordan = reach(&user(1, Role::Coordinator, Some(10)), Some("JO")).unwrap();
        assert!(jordan.covers("JO") && jordan.covers("jo"));
        assert!(!jordan.covers("LB"));
        assert!(jordan.may_manage(Role::Trainee) && jordan.may_manage(Role::Supervisor));
        assert!(!jordan.may_manage(Role::Admin) && !jordan.may_manage(Role::Trainer));
        assert_eq!(reach(&user(2, Role::Coordinator, None), None), None, "no agency, no country");
        assert_eq!(reach(&user(3, Role::Supervisor, Some(10)), Some("JO")), None);
        assert_eq!(reach(&user(4, Role::Admin, None), None), Some(Reach::Everywhere));
        assert!(Reach::Everywhere.covers("LB") && Reach::Everywhere.may_manage(Role::Admin));
    }

    #[test]
    fn supervisors_supervise_only_their_own_agency() {
        assert!(can_supervise_agency(&user(1, Role::Supervisor, Some(10)), 10));
        assert!(!can_supervise_agency(&user(1, Role::Supervisor, Some(10)), 11));
        assert!(!can_supervise_agency(&user(2, Role::Trainee, Some(10)), 10));
        assert!(can_supervise_agency(&user(3, Role::Admin, None), 11));
    }
}
