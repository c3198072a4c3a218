//! SeaORM entities, one file per table. The migrations crate owns the schema; these mirror it.

pub mod agency;
pub mod audit_log;
pub mod country;
pub mod demo_credential;
pub mod login_failure;
pub mod session;
pub mod user;
