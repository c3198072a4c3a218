//! Assigning modules: supervisors to their own agency or its people, admins anywhere.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    QueryFilter,
};

use crate::entities::{assignment, module_version as version, user};
use crate::model::assignments::earliest;
use crate::model::{accounts::CurrentUser, error::AppError, problem::Problem};
use crate::services::transactions;

/// Whom a module is assigned to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Agency,
    People(Vec<i32>),
}

/// Assigns a published module within `agency_id`. A due date in the past is refused.
pub async fn assign(
    db: &DatabaseConnection,
    actor: &CurrentUser,
    agency_id: i32,
    module_id: i32,
    target: Target,
    due_on: Option<NaiveDate>,
) -> Result<usize, AppError> {
    if !crate::services::organisations::may_supervise(db, actor, agency_id).await? {
        return Err(AppError::NotFound);
    }
    if due_on.is_some_and(|d| d < Utc::now().date_naive()) {
        return Err(Problem::DueDateInPast.at("due_on"));
    }
    let (txn, _turn) = transactions::write(db).await?;
    version::Entity::published(module_id).one(&txn).await?.ok_or(AppError::NotFound)?;
    let people = match &target {
        Target::Agency => vec![None],
        Target::People(ids) if ids.is_empty() => {
            return Err(Problem::ChoosePeople.at("people"));
        }
        Target::People(ids) => {
            // Only people of this agency: anyone else is "not found".
            let found = user::Entity::find()
                .filter(user::Column::Id.is_in(ids.clone()))
                .filter(user::Column::AgencyId.eq(agency_id))
                .all(&txn)
                .await?;
            if found.len() != ids.len() {
                return Err(AppError::NotFound);
            }
            found.into_iter().map(|u| Some(u.id)).collect()
        }
    };
    let now = Utc::now();
    let rows = people.iter().map(|person| assignment::ActiveModel {
        module_id: Set(module_id),
        agency_id: Set(person.is_none().then_some(agency_id)),
        user_id: Set(*person),
        due_on: Set(due_on),
        assigned_by: Set(Some(actor.id)),
        created_at: Set(now),
        ..Default::default()
    });
    assignment::Entity::insert_many(rows).exec_without_returning(&txn).await?;
    txn.commit().await?;
    Ok(people.len())
}

/// The modules assigned to a person (directly or through their agency), each with its earliest
/// due date.
pub async fn of_person(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
) -> Result<HashMap<i32, Option<NaiveDate>>, AppError> {
    let mut whom = Condition::any().add(assignment::Column::UserId.eq(me.id));
    if let Some(agency) = me.agency_id {
        whom = whom.add(assignment::Column::AgencyId.eq(agency));
    }
    let mut due: HashMap<i32, Option<NaiveDate>> = HashMap::new();
    for a in assignment::Entity::find().filter(whom).all(db).await? {
        let entry = due.entry(a.module_id).or_insert(a.due_on);
        *entry = earliest(*entry, a.due_on);
    }
    Ok(due)
}
