//! Reusable view pieces.

pub mod bidi;
pub mod chart;
pub mod connection_check;
pub mod form;
pub mod gate;
pub mod hydration_marker;
pub mod import_preview;
pub mod islands;
pub mod layout;
pub mod offline;
pub mod quiz;
pub mod quiz_autosave;
pub mod table_frame;
pub mod users_table;
pub mod viewer;
