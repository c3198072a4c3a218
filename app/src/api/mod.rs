//! Server functions, one file per area. Each is thin: who is calling → may they? → a service →
//! a DTO. Forms post to them directly, so every one works without JavaScript.

pub mod account;
pub mod admin;
pub mod auth;
pub mod authoring;
pub mod evaluation;
pub mod learning;
pub mod records;
pub mod referrals;
pub mod reports;
pub mod system;
pub mod translations;

#[cfg(feature = "ssr")]
pub(crate) mod guard;
#[cfg(feature = "ssr")]
pub(crate) mod respond;
