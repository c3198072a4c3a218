//! Places of lessons and questions within their version. `(version_id, position)` is unique, and
//! both databases check uniqueness row by row as an UPDATE goes, so places are moved without ever
//! holding the same place twice, even for a moment.

use sea_orm::{ConnectionTrait, DbErr};

use crate::services::sql;

/// A table of ordered rows: `lessons` or `questions`, each with `version_id` and `position`.
#[derive(Debug, Clone, Copy)]
pub enum Ordered {
    Lessons,
    Questions,
}

impl Ordered {
    fn table(self) -> &'static str {
        match self {
            Ordered::Lessons => "lessons",
            Ordered::Questions => "questions",
        }
    }
}

/// Swaps the places of rows `a` and `b` (id, position), through place 0, which no row holds.
pub async fn swap(
    db: &impl ConnectionTrait,
    table: Ordered,
    a: (i32, i32),
    b: (i32, i32),
) -> Result<(), DbErr> {
    let set = format!("UPDATE {} SET position = ? WHERE id = ?", table.table());
    for (id, position) in [(a.0, 0), (b.0, a.1), (a.0, b.1)] {
        sql::execute(db, &set, vec![position.into(), id.into()]).await?;
    }
    Ok(())
}

/// Moves every row after `position` one place up, after the row there was deleted: first to
/// negative places (none of which are held), then back, one lower.
pub async fn close_gap(
    db: &impl ConnectionTrait,
    table: Ordered,
    version_id: i32,
    position: i32,
) -> Result<(), DbErr> {
    let t = table.table();
    sql::execute(
        db,
        &format!("UPDATE {t} SET position = -position WHERE version_id = ? AND position > ?"),
        vec![version_id.into(), position.into()],
    )
    .await?;
    sql::execute(
        db,
        &format!("UPDATE {t} SET position = -position - 1 WHERE version_id = ? AND position < 0"),
        vec![version_id.into()],
    )
    .await
}
