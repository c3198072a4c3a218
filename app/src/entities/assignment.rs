use sea_orm::entity::prelude::*;

/// A module assigned to a whole agency (`agency_id`) or to one person (`user_id`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub module_id: i32,
    pub agency_id: Option<i32>,
    pub user_id: Option<i32>,
    pub due_on: Option<Date>,
    pub assigned_by: Option<i32>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
