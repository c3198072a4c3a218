//! Serializable types shared by the server and the browser: DTOs, enums, input validation.

pub mod accounts;
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
