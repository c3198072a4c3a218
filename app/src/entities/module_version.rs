use sea_orm::entity::prelude::*;

/// One version of a module: a draft (editable), published (frozen, offered to trainees) or
/// archived (frozen, offered to nobody new).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "module_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub module_id: i32,
    pub number: i32,
    pub status: crate::model::authoring::VersionStatus,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub estimated_minutes: i32,
    pub agency_kinds: String,
    pub pass_mark_percent: i32,
    pub max_attempts: Option<i32>,
    pub time_limit_minutes: Option<i32>,
    pub questions_per_attempt: Option<i32>,
    pub shuffle_questions: bool,
    pub shuffle_options: bool,
    /// What a trainee sees after submitting: see [`ReviewPolicy`](crate::model::authoring::ReviewPolicy).
    pub review_score: bool,
    pub review_correctness: bool,
    pub review_feedback: bool,
    pub review_key: crate::model::authoring::KeyShown,
    /// Minutes between one submitted attempt and the next start.
    pub retake_wait_minutes: Option<i32>,
    pub one_per_screen: bool,
    /// Whether a pre-test comes before the lessons.
    pub pretest: crate::model::evaluation::PretestMode,
    pub created_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The language it is written in.
    pub fn locale(&self) -> crate::model::locale::Locale {
        crate::model::locale::Locale::from_code(&self.language).unwrap_or_default()
    }
}

impl Entity {
    /// The published version of a module: the one offered to trainees (at most one).
    pub fn published(module_id: i32) -> Select<Entity> {
        use crate::model::authoring::VersionStatus;
        Self::find()
            .filter(Column::ModuleId.eq(module_id))
            .filter(Column::Status.eq(VersionStatus::Published))
    }
}
