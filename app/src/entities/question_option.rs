use sea_orm::entity::prelude::*;

/// An option of a question, with its part of the answer key. The key (`correct`,
/// `correct_position`, `match_key`) never leaves the services layer before submission.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "question_options")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub question_id: i32,
    pub position: i32,
    pub text: String,
    pub correct: bool,
    pub correct_position: Option<i32>,
    pub match_key: Option<String>,
    pub feedback: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
