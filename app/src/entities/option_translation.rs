use sea_orm::entity::prelude::*;

/// An option's texts in a translation's language. A matching answer (`match_key`) is text the
/// trainee reads, so it is translated; which option it belongs to stays the source's.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "option_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub translation_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: i32,
    pub text: String,
    pub match_key: Option<String>,
    pub feedback: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
