use sea_orm::entity::prelude::*;

use crate::model::xapi::OutboxState;

/// An xAPI statement bound for the configured LRS. Kept once sent or refused: the record of
/// what left, and a refused statement for an admin to read.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "xapi_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The statement's own id: the same event always has the same one.
    pub statement_id: String,
    pub statement: String,
    pub occurred_at: DateTimeUtc,
    pub state: OutboxState,
    pub tries: i32,
    pub next_try_at: DateTimeUtc,
    /// Why the last try failed, or what the LRS said when it refused the statement.
    pub last_error: Option<String>,
    /// The push that took it, while it is out.
    pub claim: Option<String>,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
