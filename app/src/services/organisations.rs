//! Countries and the agencies in them.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr,
};

use crate::entities::{agency, country, user};
use crate::model::{
    accounts::{AgencyDto, AgencyKind, CountryDto, CurrentUser, Role},
    audit::AuditAction,
    error::AppError,
    permissions::{self, Reach},
    problem::Problem,
};
use crate::services::audit;

/// The country an agency is in.
pub async fn country_of(
    db: &impl ConnectionTrait,
    agency_id: Option<i32>,
) -> Result<Option<String>, DbErr> {
    let Some(id) = agency_id else { return Ok(None) };
    Ok(agency::Entity::find_by_id(id).one(db).await?.map(|a| a.country_code))
}

/// Where `actor` administers: everywhere for an admin, their agency's country for a
/// coordinator, nowhere (`None`) for anyone else.
pub async fn reach(db: &impl ConnectionTrait, actor: &CurrentUser) -> Result<Option<Reach>, DbErr> {
    let home = match actor.role {
        Role::Coordinator => country_of(db, actor.agency_id).await?,
        _ => None,
    };
    Ok(permissions::reach(actor, home.as_deref()))
}

/// May `actor` read the dashboard of (and assign modules to) an agency? Its supervisor, an
/// admin, and its country's coordinator.
pub async fn may_supervise(
    db: &impl ConnectionTrait,
    actor: &CurrentUser,
    agency_id: i32,
) -> Result<bool, DbErr> {
    if permissions::can_supervise_agency(actor, agency_id) {
        return Ok(true);
    }
    let Some(reach) = reach(db, actor).await? else { return Ok(false) };
    Ok(country_of(db, Some(agency_id)).await?.is_some_and(|c| reach.covers(&c)))
}

/// Every country with how many agencies and people it has.
pub async fn countries(db: &impl ConnectionTrait) -> Result<Vec<CountryDto>, DbErr> {
    let agencies: HashMap<String, i64> = agency::Entity::find()
        .select_only()
        .column(agency::Column::CountryCode)
        .column_as(agency::Column::Id.count(), "n")
        .group_by(agency::Column::CountryCode)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let users: HashMap<String, i64> = user::Entity::find()
        .inner_join(agency::Entity)
        .select_only()
        .column(agency::Column::CountryCode)
        .column_as(user::Column::Id.count(), "n")
        .group_by(agency::Column::CountryCode)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let rows = country::Entity::find().order_by_asc(country::Column::NameEn).all(db).await?;
    Ok(rows
        .into_iter()
        .map(|c| CountryDto {
            agencies: agencies.get(&c.code).copied().unwrap_or(0) as u64,
            users: users.get(&c.code).copied().unwrap_or(0) as u64,
            code: c.code,
            name_en: c.name_en,
            name_ar: c.name_ar,
        })
        .collect())
}

/// Adds a country by its ISO 3166-1 alpha-2 code.
pub async fn create_country(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    code: &str,
    name_en: &str,
    name_ar: &str,
    address: &str,
) -> Result<String, AppError> {
    let code = code.trim().to_uppercase();
    if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(Problem::CountryCodeInvalid.at("code"));
    }
    let name_en = required_name("name_en", name_en)?;
    let name_ar = required_name("name_ar", name_ar)?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    country::ActiveModel { code: Set(code.clone()), name_en: Set(name_en), name_ar: Set(name_ar) }
        .insert(&txn)
        .await
        .map_err(|e| duplicate_or(e, "code", Problem::CountryExists))?;
    audit::record(&txn, Some(actor.id), AuditAction::CountryCreated, None, &code, Some(address))
        .await?;
    txn.commit().await?;
    Ok(code)
}

/// The agencies of one country (or all), with their number of people.
pub async fn agencies(
    db: &impl ConnectionTrait,
    country_code: Option<&str>,
) -> Result<Vec<AgencyDto>, DbErr> {
    let counts: HashMap<i32, i64> = user::Entity::find()
        .select_only()
        .column(user::Column::AgencyId)
        .column_as(user::Column::Id.count(), "n")
        .filter(user::Column::AgencyId.is_not_null())
        .group_by(user::Column::AgencyId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut query = agency::Entity::find()
        .order_by_asc(agency::Column::CountryCode)
        .order_by_asc(agency::Column::Name);
    if let Some(code) = country_code {
        query = query.filter(agency::Column::CountryCode.eq(code.to_uppercase()));
    }
    Ok(query
        .all(db)
        .await?
        .into_iter()
        .map(|a| AgencyDto {
            users: counts.get(&a.id).copied().unwrap_or(0) as u64,
            kind: a.kind,
            id: a.id,
            country_code: a.country_code,
            name: a.name,
        })
        .collect())
}

pub async fn create_agency(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    country_code: &str,
    name: &str,
    kind: &str,
    address: &str,
) -> Result<i32, AppError> {
    let country_code = country_code.trim().to_uppercase();
    let name = required_name("name", name)?;
    let kind = AgencyKind::from_code(kind).ok_or_else(|| Problem::ChooseAgencyKind.at("kind"))?;
    let (txn, _turn) = crate::services::transactions::write(db).await?;
    if country::Entity::find_by_id(country_code.clone()).one(&txn).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let created = agency::ActiveModel {
        country_code: Set(country_code.clone()),
        name: Set(name.clone()),
        kind: Set(kind),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .map_err(|e| duplicate_or(e, "name", Problem::AgencyExists))?;
    let detail = format!("{country_code}: {name}");
    audit::record(&txn, Some(actor.id), AuditAction::AgencyCreated, None, detail, Some(address))
        .await?;
    txn.commit().await?;
    Ok(created.id)
}

fn required_name(field: &str, value: &str) -> Result<String, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::NameRequired.at(field));
    }
    if value.chars().count() > 200 {
        return Err(Problem::TooLong { max: 200 }.at(field));
    }
    Ok(value.to_owned())
}

fn duplicate_or(err: DbErr, field: &str, problem: Problem) -> AppError {
    match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => problem.at(field),
        _ => err.into(),
    }
}
