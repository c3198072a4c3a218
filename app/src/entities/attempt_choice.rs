use sea_orm::entity::prelude::*;

/// An option ticked in a submitted attempt (choice questions), for item analysis.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attempt_choices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub attempt_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
