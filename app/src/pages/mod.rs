//! One file per route (a folder per area).

pub mod account;
pub mod admin;
pub mod agency;
pub mod author;
pub mod country_report;
pub mod evaluation;
pub mod home;
pub mod learn;
pub mod not_found;
pub mod offline;
pub mod person;
pub mod records;
pub mod referrals;
pub mod reports;
pub mod sign_in;
