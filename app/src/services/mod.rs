//! Domain logic over the database (server only). Pure rules are plain functions with unit tests.

pub mod assignments;
pub mod attempts;
pub mod audit;
pub mod auth;
pub mod authoring;
pub mod csv_export;
pub mod demo;
pub mod demo_activity;
pub mod health;
pub mod item_analysis;
pub mod learning;
pub mod markdown;
pub mod organisations;
pub mod passwords;
pub mod positions;
pub mod quiz;
pub mod reports;
pub mod rollups;
pub mod scoring;
pub mod sessions;
pub mod sql;
pub mod throttle;
pub mod transactions;
pub mod translations;
pub mod user_import;
pub mod users;
