use sea_orm::entity::prelude::*;

/// One bulk import of people, under its form's one-time key: the same key twice gives this
/// outcome again, never a second import. No password is kept: each person's first password
/// follows from the key (held only by the admin's browser) and `secret`, which is dropped when
/// the passwords have been shown once.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "user_imports")]
pub struct Model {
    /// SHA-256 (hex) of the form's key.
    #[sea_orm(primary_key, auto_increment = false)]
    pub key_hash: String,
    /// The admin who imported.
    pub actor_id: i32,
    pub started_at: DateTimeUtc,
    /// People to create, and how many of their first passwords are hashed so far (progress).
    pub total: i32,
    pub hashed: i32,
    pub finished_at: Option<DateTimeUtc>,
    /// JSON `[[email, name], …]` of the accounts created, once finished.
    pub people: Option<String>,
    pub secret: Option<String>,
    /// When the first passwords were shown.
    pub shown_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
