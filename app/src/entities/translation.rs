use sea_orm::entity::prelude::*;

/// A module version's texts in another language. Its items are in `lesson_translations`,
/// `question_translations` and `option_translations`; the answer key stays on the version's own
/// options, so every language is scored alike.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "translations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The source version translated.
    pub version_id: i32,
    pub language: crate::model::locale::Locale,
    pub title: String,
    pub summary: String,
    /// Offered to trainees whenever its version is published.
    pub published: bool,
    /// The source changed since the translation was last published (a new version was drafted
    /// from it, or its texts were edited): the translator should review it.
    pub out_of_date: bool,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
