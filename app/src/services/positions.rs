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
    /// `lesson` or `question`, as the editor's forms name them.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "lesson" => Some(Self::Lessons),
            "question" => Some(Self::Questions),
            _ => None,
        }
    }

    fn table(self) -> &'static str {
        match self {
            Ordered::Lessons => "lessons",
            Ordered::Questions => "questions",
        }
    }
}

/// Where a row sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sea_orm::FromQueryResult)]
pub struct Place {
    pub id: i32,
    pub version_id: i32,
    pub position: i32,
}

/// The place of row `id`, if there is one.
pub async fn place(
    db: &impl ConnectionTrait,
    table: Ordered,
    id: i32,
) -> Result<Option<Place>, DbErr> {
    let sql = format!("SELECT id, version_id, position FROM {} WHERE id = ?", table.table());
    Ok(sql::all::<Place>(db, &sql, vec![id.into()]).await?.into_iter().next())
}

/// Swaps a row with its neighbour (`up`: towards the start); at either end, nothing moves.
pub async fn move_within(
    db: &impl ConnectionTrait,
    table: Ordered,
    row: Place,
    up: bool,
) -> Result<(), DbErr> {
    let target = if up { row.position - 1 } else { row.position + 1 };
    let sql = format!(
        "SELECT id, version_id, position FROM {} WHERE version_id = ? AND position = ?",
        table.table()
    );
    let values = vec![row.version_id.into(), target.into()];
    match sql::all::<Place>(db, &sql, values).await?.into_iter().next() {
        Some(other) => swap(db, table, (row.id, row.position), (other.id, other.position)).await,
        None => Ok(()),
    }
}

/// Deletes a row (a question's options go with it) and closes the gap it leaves.
pub async fn remove(db: &impl ConnectionTrait, table: Ordered, row: Place) -> Result<(), DbErr> {
    if let Ordered::Questions = table {
        let sql = "DELETE FROM question_options WHERE question_id = ?";
        sql::execute(db, sql, vec![row.id.into()]).await?;
    }
    let sql = format!("DELETE FROM {} WHERE id = ?", table.table());
    sql::execute(db, &sql, vec![row.id.into()]).await?;
    close_gap(db, table, row.version_id, row.position).await
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
async fn close_gap(
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
