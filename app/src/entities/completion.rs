use sea_orm::entity::prelude::*;

/// A module completed: lessons read and quiz passed. Written once; its code verifies the
/// certificate.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "completions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub module_id: i32,
    pub version_id: i32,
    pub attempt_id: i32,
    pub percent: f64,
    pub completed_at: DateTimeUtc,
    pub certificate_code: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
