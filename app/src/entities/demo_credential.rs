use sea_orm::entity::prelude::*;

/// Demo mode only: a generated sign-in of a demo account, printed at start-up and shown on the
/// sign-in page so a newcomer can look around. Never written outside demo mode.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "demo_credentials")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub email: String,
    pub role: String,
    pub password: String,
    pub note: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
