use sea_orm::{QueryOrder, entity::prelude::*};

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
}
