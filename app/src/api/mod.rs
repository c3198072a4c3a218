//! Server functions, one file per area. Each is thin: who is calling → may they? → a service →
//! a DTO. Forms post to them directly, so every one works without JavaScript.

pub mod account;
pub mod admin;
pub mod auth;
pub mod authoring;
pub mod learning;
pub mod reports;
pub mod system;

#[cfg(feature = "ssr")]
pub(crate) mod guard;
#[cfg(feature = "ssr")]
pub(crate) mod respond;

/// An optional id from a form field: empty means none.
pub fn parse_optional_id(
    field: &str,
    value: &str,
) -> Result<Option<i32>, crate::model::error::AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value.parse().map(Some).map_err(|_| crate::model::problem::Problem::ChooseFromList.at(field))
}
