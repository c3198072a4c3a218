use sea_orm::entity::prelude::*;

/// A lesson's title and body in a translation's language.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lesson_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub translation_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub lesson_id: i32,
    pub title: String,
    pub body_markdown: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
