//! Sign-in throttling, stored in the database so that it holds across server processes.
//!
//! Built so that nobody can turn it into a lockout of someone else:
//! - each (account, address) pair has [`PAIR_FREE`] failures free, then waits after its last
//!   failure: [`PAIR_FIRST_WAIT`], doubling up to [`PAIR_MAX_WAIT`]; a success clears the pair.
//!   An attacker's address slows itself down, not the owner signing in from elsewhere.
//! - an account past [`ACCOUNT_SOFT_LIMIT`] failures an hour, from all addresses together, gets
//!   one checked attempt per [`ACCOUNT_SPACING`]: guessing from many addresses slows, the owner
//!   waits a minute at most.
//! - an address past [`ADDRESS_SOFT_LIMIT`] failures an hour, over all accounts, gets one
//!   checked attempt per [`ADDRESS_SPACING`]: an office behind one NAT slows, never stops.
//!
//! A refused attempt is never recorded as a failure, so refusals cannot extend a wait; rows
//! older than [`KEEP`] count for nothing and are deleted.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};

use crate::entities::login_failure;

/// Failures of one (account, address) pair before it has to wait…
pub const PAIR_FREE: u64 = 5;
/// …this long after its last failure, doubling with each further failure…
pub const PAIR_FIRST_WAIT: Duration = Duration::seconds(30);
/// …up to this.
pub const PAIR_MAX_WAIT: Duration = Duration::minutes(15);
/// The window the account and address limits count over.
pub const WINDOW: Duration = Duration::hours(1);
/// Failures of an account in the window (all addresses) before its attempts are spaced…
pub const ACCOUNT_SOFT_LIMIT: u64 = 50;
/// …this far apart.
pub const ACCOUNT_SPACING: Duration = Duration::minutes(1);
/// Failures from an address in the window (all accounts) before its attempts are spaced…
pub const ADDRESS_SOFT_LIMIT: u64 = 300;
/// …this far apart.
pub const ADDRESS_SPACING: Duration = Duration::seconds(5);
/// The longest window: a pair's failures count this long, and older rows are deleted.
pub const KEEP: Duration = Duration::hours(24);

/// The failures one limit counts: how many, and the latest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Failures {
    pub count: u64,
    pub last: Option<DateTime<Utc>>,
}

/// Why an attempt is not checked: the failure that started the wait, and when it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refusal {
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

/// The wait a pair owes after `count` failures (pure).
pub fn pair_wait(count: u64) -> Duration {
    if count < PAIR_FREE {
        return Duration::zero();
    }
    // 30 s · 2^10 is past the cap already; the bound keeps the shift small.
    let doublings = (count - PAIR_FREE).min(10) as u32;
    (PAIR_FIRST_WAIT * (1i32 << doublings)).min(PAIR_MAX_WAIT)
}

/// Whether an attempt at `now` is refused, given each limit's failures (pure).
pub fn refusal(
    pair: Failures,
    account: Failures,
    address: Failures,
    now: DateTime<Utc>,
) -> Option<Refusal> {
    let spaced = |f: Failures, limit: u64, spacing: Duration| {
        if f.count >= limit { spacing } else { Duration::zero() }
    };
    [
        (pair.last, pair_wait(pair.count)),
        (account.last, spaced(account, ACCOUNT_SOFT_LIMIT, ACCOUNT_SPACING)),
        (address.last, spaced(address, ADDRESS_SOFT_LIMIT, ADDRESS_SPACING)),
    ]
    .into_iter()
    .filter_map(|(last, wait)| {
        let since = last?;
        Some(Refusal { since, until: since + wait })
    })
    .filter(|r| r.until > now)
    .max_by_key(|r| r.until)
}

/// Addresses are stored cut to the column's width; look them up the same way.
fn stored_address(address: &str) -> String {
    address.chars().take(64).collect()
}

/// Where an attempt comes from, as far as the throttle trusts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// An address nothing is known of: every limit applies.
    Unknown,
    /// The owner's own: an address they signed in from lately, or their own session (changing
    /// a password). Only the pair's backoff applies, so guesses from elsewhere against the
    /// account, however many, never keep the owner out.
    Owner,
}

/// Whether an attempt on `account_key` from `address` may be checked now (`None`), or why not.
pub async fn check(
    db: &impl ConnectionTrait,
    account_key: &str,
    address: &str,
    origin: Origin,
    now: DateTime<Utc>,
) -> Result<Option<Refusal>, DbErr> {
    use login_failure::Column;
    let address = stored_address(address);
    let of_account = || Condition::all().add(Column::AccountKey.eq(account_key));
    let from_address = || Condition::all().add(Column::Address.eq(&address));
    let pair = failures(db, of_account().add(from_address()), now - KEEP).await?;
    if origin == Origin::Owner {
        return Ok(refusal(pair, Failures::default(), Failures::default(), now));
    }
    let account = failures(db, of_account(), now - WINDOW).await?;
    let by_address = failures(db, from_address(), now - WINDOW).await?;
    Ok(refusal(pair, account, by_address, now))
}

async fn failures(
    db: &impl ConnectionTrait,
    which: Condition,
    since: DateTime<Utc>,
) -> Result<Failures, DbErr> {
    let recent =
        login_failure::Entity::find().filter(which).filter(login_failure::Column::At.gt(since));
    let count = recent.clone().count(db).await?;
    if count == 0 {
        return Ok(Failures::default());
    }
    let last = recent.order_by_desc(login_failure::Column::At).one(db).await?.map(|f| f.at);
    Ok(Failures { count, last })
}

/// Records a checked attempt that failed, and deletes the rows that count for nothing any more
/// (the `at` index makes that cheap), so the table stays bounded.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    account_key: &str,
    address: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    login_failure::Entity::insert(login_failure::ActiveModel {
        account_key: Set(account_key.to_owned()),
        address: Set(stored_address(address)),
        at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::At.lte(now - KEEP))
        .exec(db)
        .await?;
    Ok(())
}

/// After a success: the pair's failures were the owner's own typing slips.
pub async fn clear_pair(
    db: &impl ConnectionTrait,
    account_key: &str,
    address: &str,
) -> Result<(), DbErr> {
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::AccountKey.eq(account_key))
        .filter(login_failure::Column::Address.eq(stored_address(address)))
        .exec(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(now: DateTime<Utc>, count: u64, ago: Duration) -> Failures {
        Failures { count, last: Some(now - ago) }
    }

    #[test]
    fn a_pair_waits_longer_after_each_failure_up_to_fifteen_minutes() {
        assert_eq!(pair_wait(PAIR_FREE - 1), Duration::zero());
        assert_eq!(pair_wait(PAIR_FREE), Duration::seconds(30));
        assert_eq!(pair_wait(PAIR_FREE + 1), Duration::seconds(60));
        assert_eq!(pair_wait(PAIR_FREE + 4), Duration::seconds(480));
        assert_eq!(pair_wait(PAIR_FREE + 5), PAIR_MAX_WAIT);
        assert_eq!(pair_wait(10_000), PAIR_MAX_WAIT);
    }

    #[test]
    fn only_a_wait_still_running_refuses() {
        let now = Utc::now();
        let none = Failures::default();
        assert_eq!(refusal(none, none, none, now), None);
        assert_eq!(refusal(at(now, PAIR_FREE - 1, Duration::zero()), none, none, now), None);
        let refused = refusal(at(now, PAIR_FREE, Duration::seconds(10)), none, none, now).unwrap();
        assert_eq!(refused.since, now - Duration::seconds(10));
        assert_eq!(refused.until, now + Duration::seconds(20));
        assert_eq!(refusal(at(now, PAIR_FREE, Duration::seconds(31)), none, none, now), None);
        // The account and address limits only space attempts, and only once reached.
        let account = |count, ago| refusal(none, at(now, count, ago), none, now);
        assert!(account(ACCOUNT_SOFT_LIMIT, Duration::seconds(30)).is_some());
        assert_eq!(account(ACCOUNT_SOFT_LIMIT, Duration::seconds(61)), None);
        assert_eq!(account(ACCOUNT_SOFT_LIMIT - 1, Duration::zero()), None);
        let address = |count, ago| refusal(none, none, at(now, count, ago), now);
        assert!(address(ADDRESS_SOFT_LIMIT, Duration::seconds(1)).is_some());
        assert_eq!(address(ADDRESS_SOFT_LIMIT, Duration::seconds(6)), None);
        assert_eq!(address(ADDRESS_SOFT_LIMIT - 1, Duration::zero()), None);
    }
}
