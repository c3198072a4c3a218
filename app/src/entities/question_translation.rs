use sea_orm::entity::prelude::*;

/// A question's texts in a translation's language.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "question_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub translation_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub question_id: i32,
    pub prompt: String,
    pub scenario: Option<String>,
    pub explanation: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
