use sea_orm::entity::prelude::*;

/// A submitted answer to one question, with the points it earned (for item analysis).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "attempt_answers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub attempt_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    pub position: i32,
    /// The [`Answer`](crate::model::quiz::Answer) as JSON.
    pub answer: String,
    pub earned: f64,
    pub points: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
