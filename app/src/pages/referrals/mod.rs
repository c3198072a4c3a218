//! The referral directory: the officers' pages (`/referrals`, its printable contact sheets) and
//! the coordinators' (`/directory/…`).

pub mod directory;
pub mod entry;
pub mod import;
pub mod manage;
pub mod sheet;
