//! Serializable types shared by the server and the browser: DTOs, enums, input validation.

pub mod error;
pub mod system;
