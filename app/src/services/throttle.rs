//! Sign-in throttling, stored in the database so that it holds across server processes.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter,
};

use crate::entities::login_failure;

/// Failures counted over a sliding window of this length…
pub const WINDOW: Duration = Duration::hours(1);
/// …at most this many per account (the email tried, known or not)…
pub const MAX_PER_ACCOUNT: u64 = 100;
/// …and this many per client address (an office behind one NAT gets room for honest typos).
pub const MAX_PER_ADDRESS: u64 = 300;

/// Whether another attempt may even be checked, given the failures in the window (pure).
pub fn allows_attempt(account_failures: u64, address_failures: u64) -> bool {
    account_failures < MAX_PER_ACCOUNT && address_failures < MAX_PER_ADDRESS
}

pub async fn attempt_allowed(
    db: &impl ConnectionTrait,
    account_key: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let since = now - WINDOW;
    let recent = || login_failure::Entity::find().filter(login_failure::Column::At.gt(since));
    let by_account =
        recent().filter(login_failure::Column::AccountKey.eq(account_key)).count(db).await?;
    if by_account >= MAX_PER_ACCOUNT {
        return Ok(false);
    }
    let by_address = recent().filter(login_failure::Column::Address.eq(address)).count(db).await?;
    Ok(allows_attempt(by_account, by_address))
}

pub async fn record_failure(
    db: &impl ConnectionTrait,
    account_key: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    login_failure::Entity::insert(login_failure::ActiveModel {
        account_key: Set(account_key.to_owned()),
        address: Set(address.chars().take(64).collect()),
        at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    // Rows older than the window count for nothing: drop this account's and address's.
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::At.lte(now - WINDOW))
        .filter(
            Condition::any()
                .add(login_failure::Column::AccountKey.eq(account_key))
                .add(login_failure::Column::Address.eq(address)),
        )
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hundred_and_first_attempt_is_refused() {
        assert!(allows_attempt(MAX_PER_ACCOUNT - 1, 0));
        assert!(!allows_attempt(MAX_PER_ACCOUNT, 0));
        assert!(!allows_attempt(0, MAX_PER_ADDRESS));
        assert!(allows_attempt(0, MAX_PER_ADDRESS - 1));
    }
}
