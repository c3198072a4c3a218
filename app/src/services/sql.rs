//! Raw SQL for reports and running sums, written once with `?` placeholders for both databases.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Statement, Value};

/// The statement for this connection's database: `?` becomes `$1, $2, …` on PostgreSQL.
fn statement(db: &impl ConnectionTrait, sql: &str, values: Vec<Value>) -> Statement {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            let mut n = 0;
            let mut out = String::with_capacity(sql.len() + 16);
            for c in sql.chars() {
                if c == '?' {
                    n += 1;
                    out.push_str(&format!("${n}"));
                } else {
                    out.push(c);
                }
            }
            out
        }
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Runs a query and reads each row into `T`, column by name.
pub async fn all<T: FromQueryResult>(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<Vec<T>, DbErr> {
    T::find_by_statement(statement(db, sql, values)).all(db).await
}

/// Runs a statement that returns no rows.
pub async fn execute(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<(), DbErr> {
    db.execute_raw(statement(db, sql, values)).await.map(drop)
}

/// Runs a statement and says how many rows it changed.
pub async fn affected(
    db: &impl ConnectionTrait,
    sql: &str,
    values: Vec<Value>,
) -> Result<u64, DbErr> {
    Ok(db.execute_raw(statement(db, sql, values)).await?.rows_affected())
}

/// `(?, ?, …), (?, ?, …)` for `rows` rows of `width` values.
pub fn placeholders(rows: usize, width: usize) -> String {
    let row = format!("({})", vec!["?"; width].join(", "));
    vec![row; rows].join(", ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_make_value_rows() {
        assert_eq!(super::placeholders(2, 3), "(?, ?, ?), (?, ?, ?)");
    }
}
