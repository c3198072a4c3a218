//! Serializable types shared by the server and the browser: DTOs, enums, input validation.

/// A stored code that is not one of the enum's: a database written by something else.
#[derive(Debug, thiserror::Error)]
#[error("unknown code {0:?}")]
pub struct UnknownCode(pub String);

/// Makes an enum with `code(self)` and `from_code(&str)` a column type: stored as its code
/// (the codes already in the database, so no migration), read back or refused with
/// [`UnknownCode`]. Pair with
/// `#[cfg_attr(feature = "ssr", derive(sea_orm::DeriveValueType), sea_orm(value_type = "String",
/// from_str = "T::parse", to_str = "T::as_code"))]`.
macro_rules! stored_as_code {
    ($($t:ty),*) => {$(
        impl $t {
            /// [`Self::code`] by reference, as SeaORM writes a column.
            pub fn as_code(&self) -> &'static str {
                self.code()
            }

            /// [`Self::from_code`], as SeaORM reads a column.
            pub fn parse(code: &str) -> Result<Self, $crate::model::UnknownCode> {
                Self::from_code(code).ok_or_else(|| $crate::model::UnknownCode(code.to_owned()))
            }
        }
    )*};
}

stored_as_code!(
    accounts::Role,
    accounts::AgencyKind,
    audit::AuditAction,
    authoring::VersionStatus,
    authoring::QuestionKind,
    authoring::KeyShown
);

pub mod accounts;
#[cfg(feature = "ssr")]
pub mod assignments;
pub mod audit;
pub mod authoring;
pub mod error;
pub mod forms;
pub mod import;
pub mod learning;
pub mod locale;
pub mod permissions;
pub mod problem;
pub mod quiz;
pub mod reports;
pub mod system;
pub mod users;
