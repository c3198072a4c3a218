use sea_orm::{QueryOrder, entity::prelude::*};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lessons")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub version_id: i32,
    pub position: i32,
    pub title: String,
    /// Markdown as the trainer wrote it; rendered and sanitised on the server when shown.
    pub body_markdown: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Entity {
    /// The lessons of a version, in reading order.
    pub fn of_version(version_id: i32) -> Select<Entity> {
        Self::find().filter(Column::VersionId.eq(version_id)).order_by_asc(Column::Position)
    }
}
