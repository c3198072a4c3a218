//! People, as admins manage them and supervisors see them.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DbErr, EntityTrait, JoinType, QueryFilter, QueryOrder, QuerySelect,
    RelationTrait, SqlErr,
};

use crate::entities::{agency, user};
use crate::model::locale::Locale;
use crate::model::permissions::{self, Reach};
use crate::model::{
    accounts::{CurrentUser, Role, UserDto, email_key, valid_email},
    audit::AuditAction,
    error::AppError,
    problem::Problem,
    users::{NewUser, UserChanges, UserFilter},
};
use crate::services::{audit, passwords, sessions, transactions::locked};

pub const PAGE_SIZE: u64 = 50;

pub fn check_display_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Problem::PersonNameRequired.at("display_name"));
    }
    if name.chars().count() > 200 {
        return Err(Problem::TooLong { max: 200 }.at("display_name"));
    }
    if looks_like_formula(name) {
        return Err(Problem::NameLooksLikeFormula.at("display_name"));
    }
    Ok(name.to_owned())
}

/// Text a spreadsheet would run as a formula when exported.
pub fn looks_like_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Checks role and agency together: trainees and supervisors belong to an existing agency.
pub async fn check_role_and_agency(
    db: &impl ConnectionTrait,
    role: &str,
    agency_id: Option<i32>,
) -> Result<(Role, Option<agency::Model>), AppError> {
    let role = Role::from_code(role).ok_or_else(|| Problem::ChooseRole.at("role"))?;
    let agency = match agency_id {
        Some(id) => Some(
            agency::Entity::find_by_id(id)
                .one(db)
                .await?
                .ok_or_else(|| Problem::NoSuchAgency.at("agency_id"))?,
        ),
        None => None,
    };
    if role.needs_agency() && agency.is_none() {
        return Err(Problem::AgencyRequired.at("agency_id"));
    }
    Ok((role, agency))
}

/// Whether `reach` may give `role` in `agency`: a coordinator gives their country's roles in
/// their country's agencies; an agency elsewhere is answered as one that does not exist.
pub fn check_within(
    reach: &Reach,
    role: Role,
    agency: Option<&agency::Model>,
) -> Result<(), AppError> {
    if !reach.may_manage(role) {
        return Err(Problem::RoleOutsideReach.at("role"));
    }
    match (reach.country(), agency) {
        (Some(country), Some(a)) if a.country_code != country => {
            Err(Problem::NoSuchAgency.at("agency_id"))
        }
        (Some(_), None) => Err(Problem::AgencyRequired.at("agency_id")),
        _ => Ok(()),
    }
}

/// An account `reach` may change (its role and country are within it); `NotFound` otherwise,
/// as for an account that does not exist.
async fn find_manageable(
    db: &impl ConnectionTrait,
    reach: &Reach,
    query: sea_orm::Select<user::Entity>,
) -> Result<user::Model, AppError> {
    let user = query.one(db).await?.ok_or(AppError::NotFound)?;
    if let Some(country) = reach.country() {
        let home = crate::services::organisations::country_of(db, user.agency_id).await?;
        if !reach.may_manage(user.role) || home.as_deref() != Some(country) {
            return Err(AppError::NotFound);
        }
    }
    Ok(user)
}

/// Creates an account. The email must be new (case-insensitively).
pub async fn create(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    reach: &Reach,
    input: &NewUser,
    address: &str,
) -> Result<i32, AppError> {
    let email = input.email.trim();
    if !valid_email(email) {
        return Err(Problem::EmailInvalid.at("email"));
    }
    let display_name = check_display_name(&input.display_name)?;
    let (role, agency) = check_role_and_agency(db, &input.role, input.agency_id).await?;
    check_within(reach, role, agency.as_ref())?;
    passwords::check_new_password(&input.password)?;
    let locale = Locale::from_code(&input.locale).unwrap_or_default();
    let hash = passwords::hash(input.password.clone()).await?;

    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let taken = || Problem::EmailTaken.at("email");
    if email_taken(&txn, email).await? {
        return Err(taken());
    }
    // The unique index settles a race between two admins typing the same email.
    let id = insert(&txn, email, &display_name, role, agency.map(|a| a.id), locale, hash)
        .await
        .map_err(|e| match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => taken(),
            _ => e.into(),
        })?;
    audit::record(
        &txn,
        Some(actor.id),
        AuditAction::UserCreated,
        Some(id),
        role.code(),
        Some(address),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn email_taken(db: &impl ConnectionTrait, email: &str) -> Result<bool, DbErr> {
    Ok(user::Entity::find()
        .filter(user::Column::EmailKey.eq(email_key(email)))
        .one(db)
        .await?
        .is_some())
}

/// Writes an account as given: callers have checked it (forms, imports, demo data, tests).
pub async fn insert(
    db: &impl ConnectionTrait,
    email: &str,
    display_name: &str,
    role: Role,
    agency_id: Option<i32>,
    locale: Locale,
    password_hash: String,
) -> Result<i32, DbErr> {
    let now = Utc::now();
    let user = user::ActiveModel {
        email: Set(email.trim().to_owned()),
        email_key: Set(email_key(email)),
        display_name: Set(display_name.to_owned()),
        password_hash: Set(password_hash),
        role: Set(role),
        agency_id: Set(agency_id),
        locale: Set(locale.code().to_owned()),
        active: Set(true),
        created_at: Set(now),
        last_login_at: Set(None),
        password_changed_at: Set(now),
        // Every column given, none left to the table's default: the row read back by
        // `RETURNING` then never depends on how the default was added (migration 11).
        must_change_password: Set(false),
        ..Default::default()
    }
    .insert(db)
    .await?;
    crate::services::rollups::person_changed(db, None, &user).await?;
    Ok(user.id)
}

/// A user the actor may see, or `NotFound` (the same whether absent or out of scope).
pub async fn find_visible(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: i32,
) -> Result<user::Model, AppError> {
    if actor.role == Role::Coordinator && id != actor.id {
        let reach = crate::services::organisations::reach(db, actor).await?;
        return find_manageable(
            db,
            &reach.ok_or(AppError::NotFound)?,
            user::Entity::find_by_id(id),
        )
        .await;
    }
    let user = user::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound)?;
    let scope = permissions::Scope { owner_id: Some(user.id), agency_id: user.agency_id };
    if permissions::can_read_person(actor, scope) { Ok(user) } else { Err(AppError::NotFound) }
}

/// Records a change of display name (`old → new`); nothing when the name stays.
pub async fn audit_rename(
    db: &impl sea_orm::ConnectionTrait,
    actor_id: i32,
    subject_id: i32,
    old: &str,
    new: &str,
    address: Option<&str>,
) -> Result<(), sea_orm::DbErr> {
    if old == new {
        return Ok(());
    }
    let detail = format!("{old} → {new}");
    audit::record(db, Some(actor_id), AuditAction::Renamed, Some(subject_id), detail, address).await
}

/// Changes name, role and agency; records name, role and agency changes.
pub async fn update(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    reach: &Reach,
    id: i32,
    changes: &UserChanges,
    address: &str,
) -> Result<(), AppError> {
    let display_name = check_display_name(&changes.display_name)?;
    let (role, agency) = check_role_and_agency(db, &changes.role, changes.agency_id).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    // Locked: the running sums move with the row, and a completion may be moving them too.
    let user = find_manageable(&txn, reach, locked(user::Entity::find_by_id(id), &txn)).await?;
    check_within(reach, role, agency.as_ref())?;
    if user.id == actor.id && role != Role::Admin {
        return Err(Problem::CannotRemoveOwnAdminRole.at("role"));
    }
    let before = user.clone();
    let old_role = user.role;
    let old_agency = user.agency_id;
    let new_agency = agency.map(|a| a.id);
    audit_rename(&txn, actor.id, id, &user.display_name, &display_name, Some(address)).await?;
    let mut active: user::ActiveModel = user.into();
    active.display_name = Set(display_name);
    active.role = Set(role);
    active.agency_id = Set(new_agency);
    let after = active.update(&txn).await?;
    crate::services::rollups::person_changed(&txn, Some(&before), &after).await?;
    crate::services::evaluation::scores::person_changed(&txn, Some(&before), &after).await?;
    if old_role != role {
        let detail = format!("{} → {}", old_role.code(), role.code());
        audit::record(
            &txn,
            Some(actor.id),
            AuditAction::RoleChanged,
            Some(id),
            detail,
            Some(address),
        )
        .await?;
    }
    if old_agency != new_agency {
        let show = |a: Option<i32>| a.map_or("none".to_owned(), |a| a.to_string());
        let detail = format!("agency {} → {}", show(old_agency), show(new_agency));
        audit::record(
            &txn,
            Some(actor.id),
            AuditAction::AgencyChanged,
            Some(id),
            detail,
            Some(address),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Deactivates (ending every session at once) or reactivates an account.
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    reach: &Reach,
    id: i32,
    active_now: bool,
    address: &str,
) -> Result<(), AppError> {
    if id == actor.id && !active_now {
        return Err(Problem::CannotDeactivateSelf.at("active"));
    }
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    // Locked: the running sums move with the row, and a completion may be moving them too.
    let user = find_manageable(&txn, reach, locked(user::Entity::find_by_id(id), &txn)).await?;
    if user.active != active_now {
        let before = user.clone();
        let mut active: user::ActiveModel = user.into();
        active.active = Set(active_now);
        let after = active.update(&txn).await?;
        crate::services::rollups::person_changed(&txn, Some(&before), &after).await?;
        crate::services::evaluation::scores::person_changed(&txn, Some(&before), &after).await?;
        let action = if active_now {
            AuditAction::Reactivated
        } else {
            sessions::revoke_all(&txn, id, None).await?;
            AuditAction::Deactivated
        };
        audit::record(&txn, Some(actor.id), action, Some(id), "", Some(address)).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Sets a new password for someone else; their sessions end.
pub async fn reset_password(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    reach: &Reach,
    id: i32,
    new_password: &str,
    address: &str,
) -> Result<(), AppError> {
    // Checked before the hash too, so that someone out of reach learns nothing from the time.
    find_manageable(db, reach, user::Entity::find_by_id(id)).await?;
    passwords::check_new_password(new_password)?;
    let hash = passwords::hash(new_password.to_owned()).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let user = find_manageable(&txn, reach, user::Entity::find_by_id(id)).await?;
    let mut active: user::ActiveModel = user.into();
    active.password_hash = Set(hash);
    active.password_changed_at = Set(Utc::now());
    // A password someone handed over: the person chooses their own at their next sign-in.
    active.must_change_password = Set(true);
    active.update(&txn).await?;
    sessions::revoke_all(&txn, id, None).await?;
    audit::record(&txn, Some(actor.id), AuditAction::PasswordReset, Some(id), "", Some(address))
        .await?;
    txn.commit().await?;
    Ok(())
}

/// A page of the people the actor may see (admins: everyone; supervisors: their agency), and
/// whether there are more.
pub async fn list(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    filter: &UserFilter,
) -> Result<(Vec<UserDto>, bool), AppError> {
    let mut query = user::Entity::find()
        .join(JoinType::LeftJoin, user::Relation::Agency.def())
        .select_only()
        .columns([
            user::Column::Id,
            user::Column::Email,
            user::Column::DisplayName,
            user::Column::Role,
            user::Column::AgencyId,
            user::Column::Locale,
            user::Column::Active,
            user::Column::CreatedAt,
            user::Column::LastLoginAt,
        ])
        .column_as(agency::Column::Name, "agency_name")
        .column_as(agency::Column::CountryCode, "country_code")
        .order_by_asc(user::Column::EmailKey);
    match actor.role {
        Role::Admin => {}
        Role::Supervisor if actor.agency_id.is_some() => {
            query = query.filter(user::Column::AgencyId.eq(actor.agency_id));
        }
        Role::Coordinator => {
            let reach = crate::services::organisations::reach(db, actor).await?;
            let country = reach.as_ref().and_then(Reach::country).ok_or(AppError::NotFound)?;
            query = query
                .filter(agency::Column::CountryCode.eq(country))
                .filter(user::Column::Role.is_in(permissions::COUNTRY_ROLES.map(Role::code)));
        }
        _ => return Err(AppError::NotFound),
    }
    if let Some(q) = filter.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        query = query.filter(
            Condition::any()
                .add(user::Column::EmailKey.contains(q.to_lowercase()))
                .add(user::Column::DisplayName.contains(q)),
        );
    }
    if let Some(country) = filter.country.as_deref().filter(|c| !c.is_empty()) {
        query = query.filter(agency::Column::CountryCode.eq(country.to_uppercase()));
    }
    if let Some(agency_id) = filter.agency {
        query = query.filter(user::Column::AgencyId.eq(agency_id));
    }
    if let Some(role) = filter.role.as_deref().and_then(Role::from_code) {
        query = query.filter(user::Column::Role.eq(role.code()));
    }
    match filter.status.as_deref() {
        Some("active") => query = query.filter(user::Column::Active.eq(true)),
        Some("inactive") => query = query.filter(user::Column::Active.eq(false)),
        _ => {}
    }
    let page = filter.page.unwrap_or(0);
    let rows =
        query.offset(page * PAGE_SIZE).limit(PAGE_SIZE + 1).into_model::<UserRow>().all(db).await?;
    let more = rows.len() as u64 > PAGE_SIZE;
    Ok((rows.into_iter().take(PAGE_SIZE as usize).map(UserRow::into_dto).collect(), more))
}

#[derive(Debug, sea_orm::FromQueryResult)]
struct UserRow {
    id: i32,
    email: String,
    display_name: String,
    role: Role,
    agency_id: Option<i32>,
    locale: String,
    active: bool,
    created_at: chrono::DateTime<Utc>,
    last_login_at: Option<chrono::DateTime<Utc>>,
    agency_name: Option<String>,
    country_code: Option<String>,
}

impl UserRow {
    fn into_dto(self) -> UserDto {
        UserDto {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            role: self.role,
            agency_id: self.agency_id,
            agency_name: self.agency_name,
            country_code: self.country_code,
            locale: Locale::from_code(&self.locale).unwrap_or_default(),
            active: self.active,
            created_at: self.created_at.format("%Y-%m-%d").to_string(),
            last_login_at: self.last_login_at.map(|t| t.format("%Y-%m-%d %H:%M").to_string()),
        }
    }
}

/// One user as a DTO, if the actor may see them.
pub async fn get(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    id: i32,
) -> Result<UserDto, AppError> {
    let user = find_visible(db, actor, id).await?;
    let agency = match user.agency_id {
        Some(a) => agency::Entity::find_by_id(a).one(db).await?,
        None => None,
    };
    Ok(UserRow {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        role: user.role,
        agency_id: user.agency_id,
        locale: user.locale,
        active: user.active,
        created_at: user.created_at,
        last_login_at: user.last_login_at,
        agency_name: agency.as_ref().map(|a| a.name.clone()),
        country_code: agency.map(|a| a.country_code),
    }
    .into_dto())
}

/// The first admin, from the command line (`frontline create-admin`).
pub async fn create_admin(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: &str,
) -> Result<i32, AppError> {
    if !valid_email(email) {
        return Err(Problem::EmailInvalid.at("email"));
    }
    let display_name = check_display_name(display_name)?;
    passwords::check_new_password(password)?;
    if email_taken(db, email).await? {
        return Err(Problem::EmailTaken.at("email"));
    }
    let hash = passwords::hash(password.to_owned()).await?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    let id = insert(&txn, email, &display_name, Role::Admin, None, Locale::En, hash).await?;
    audit::record(
        &txn,
        None,
        AuditAction::UserCreated,
        Some(id),
        "admin, from the command line",
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}
