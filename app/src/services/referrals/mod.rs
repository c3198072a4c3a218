//! The referral directory: reading it (`directory`), writing it (`entries`), as a spreadsheet
//! (`csv`), in lessons (`shortcut`), and its demonstration entries (`demo`).

pub mod csv;
pub mod demo;
pub mod directory;
pub mod entries;
pub mod shortcut;
