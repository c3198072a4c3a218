use sea_orm::{QueryOrder, entity::prelude::*};

use super::question_option as option;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub version_id: i32,
    pub position: i32,
    pub kind: crate::model::authoring::QuestionKind,
    pub prompt: String,
    pub scenario: Option<String>,
    pub explanation: String,
    pub points: i32,
    /// Options shown in the authored order (e.g. "all of the above"), never shuffled.
    pub fixed_order: bool,
    /// Which test it is asked in (a parallel form), or both.
    pub test_form: crate::model::evaluation::TestForm,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Entity {
    /// The questions of a version in authored order (`position`, then `id`: total and the same
    /// on every database).
    pub fn of_version(version_id: i32) -> Select<Entity> {
        Self::find()
            .filter(Column::VersionId.eq(version_id))
            .order_by_asc(Column::Position)
            .order_by_asc(Column::Id)
    }

    /// The questions of a version with their options, both in authored order: two queries,
    /// whatever their number.
    pub async fn with_options(
        db: &impl ConnectionTrait,
        version_id: i32,
    ) -> Result<Vec<(Model, Vec<option::Model>)>, DbErr> {
        let questions = Self::of_version(version_id).all(db).await?;
        let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
        let mut options = option::Entity::find()
            .filter(option::Column::QuestionId.is_in(ids))
            .order_by_asc(option::Column::Position)
            .order_by_asc(option::Column::Id)
            .all(db)
            .await?;
        Ok(questions
            .into_iter()
            .map(|q| {
                let (mine, rest): (Vec<_>, Vec<_>) =
                    options.drain(..).partition(|o| o.question_id == q.id);
                options = rest;
                (q, mine)
            })
            .collect())
    }
}
