//! Serializable types shared by the server and the browser: DTOs, enums, input validation.

/// A stored code that is not one of the enum's: a database written by something else.
#[derive(Debug, thiserror::Error)]
#[error("unknown code {0:?}")]
pub struct UnknownCode(pub String);

/// Makes an enum with `code(self)` and `from_code(&str)` a column type: stored as its code (the
/// codes already in the database, so no migration), read back or refused with [`UnknownCode`].
/// What SeaORM's `DeriveValueType` would write for a string type, once for every such enum.
macro_rules! stored_as_code {
    ($($t:ty),*) => {$(
        impl $t {
            /// [`Self::from_code`], or why not.
            pub fn parse(code: &str) -> Result<Self, $crate::model::UnknownCode> {
                Self::from_code(code).ok_or_else(|| $crate::model::UnknownCode(code.to_owned()))
            }
        }

        #[cfg(feature = "ssr")]
        impl From<$t> for sea_orm::Value {
            fn from(value: $t) -> Self {
                value.code().into()
            }
        }

        #[cfg(feature = "ssr")]
        impl sea_orm::TryGetable for $t {
            fn try_get_by<I: sea_orm::ColIdx>(
                row: &sea_orm::QueryResult,
                index: I,
            ) -> Result<Self, sea_orm::TryGetError> {
                let code = String::try_get_by(row, index)?;
                Self::parse(&code).map_err(|e| {
                    sea_orm::TryGetError::DbErr(sea_orm::DbErr::TryIntoErr {
                        from: "String",
                        into: stringify!($t),
                        source: std::sync::Arc::new(e),
                    })
                })
            }
        }

        #[cfg(feature = "ssr")]
        impl sea_orm::sea_query::ValueType for $t {
            fn try_from(value: sea_orm::Value) -> Result<Self, sea_orm::sea_query::ValueTypeErr> {
                let code = <String as sea_orm::sea_query::ValueType>::try_from(value)?;
                Self::parse(&code).map_err(|_| sea_orm::sea_query::ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($t).to_owned()
            }

            fn array_type() -> sea_orm::sea_query::ArrayType {
                sea_orm::sea_query::ArrayType::String
            }

            fn column_type() -> sea_orm::sea_query::ColumnType {
                sea_orm::sea_query::ColumnType::String(sea_orm::sea_query::StringLen::None)
            }
        }

        #[cfg(feature = "ssr")]
        impl sea_orm::sea_query::Nullable for $t {
            fn null() -> sea_orm::Value {
                sea_orm::Value::String(None)
            }
        }

        #[cfg(feature = "ssr")]
        impl sea_orm::IntoActiveValue<$t> for $t {
            fn into_active_value(self) -> sea_orm::ActiveValue<$t> {
                sea_orm::ActiveValue::Set(self)
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
    authoring::KeyShown,
    evaluation::PretestMode,
    evaluation::AttemptPurpose,
    evaluation::TestForm,
    referrals::ServiceKind,
    xapi::OutboxState,
    locale::Locale
);

pub mod accounts;
#[cfg(feature = "ssr")]
pub mod assignments;
pub mod audit;
pub mod authoring;
pub mod credentials;
pub mod error;
pub mod evaluation;
pub mod forms;
pub mod import;
pub mod learning;
pub mod locale;
pub mod permissions;
pub mod problem;
pub mod quiz;
pub mod referrals;
pub mod reports;
pub mod system;
pub mod translation;
pub mod users;
pub mod xapi;
