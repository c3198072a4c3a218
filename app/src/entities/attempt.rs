use sea_orm::entity::prelude::*;

/// One go at a module version's quiz. Questions are drawn from `seed` (the version is frozen,
/// so the draw is the same every time).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "attempts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub version_id: i32,
    /// The module of `version_id`: the limit and the one open attempt count per module.
    pub module_id: i32,
    /// 1, 2, 3… per person and module, across its versions; 0 for the pre-test.
    pub number: i32,
    /// The quiz, or the module's pre-test.
    pub purpose: crate::model::evaluation::AttemptPurpose,
    /// The language the attempt was started in: it is shown in it to the end.
    pub language: crate::model::locale::Locale,
    pub seed: i64,
    pub start_key: String,
    pub started_at: DateTimeUtc,
    pub deadline: Option<DateTimeUtc>,
    pub saved_answers: String,
    pub saved_at: Option<DateTimeUtc>,
    /// The highest sequence number of an autosave stored (see `attempts::save`).
    pub saved_seq: Option<i64>,
    pub submitted_at: Option<DateTimeUtc>,
    pub earned: Option<f64>,
    pub possible: Option<f64>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub late: bool,
    pub result_json: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
