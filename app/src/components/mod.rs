//! Reusable view pieces.

pub mod connection_check;
pub mod hydration_marker;
pub mod layout;
