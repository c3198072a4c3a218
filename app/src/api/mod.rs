//! Server functions, one file per area. Each is thin: who is calling → may they? → a service →
//! a DTO.

pub mod system;
