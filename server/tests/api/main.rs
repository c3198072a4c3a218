//! Integration tests over the real router on a fresh database (SQLite, or PostgreSQL when
//! `FRONTLINE_TEST_PG_URL` is set): one test binary, one link. `TEST_LOG=1` shows the server's
//! log lines; without it the tests are quiet.

mod helpers;

mod access;
mod admin;
mod assignments;
mod auth;
mod authoring;
mod concurrency;
mod escaping;
mod evaluation;
mod exam_day;
mod hardening_auth;
mod hardening_forms;
mod http;
mod integrity;
mod learning;
mod messages;
mod migrations;
mod offline;
mod pseudo;
mod quiz_flow;
mod races;
mod records;
mod referrals;
mod reports;
mod standard_tools;
mod translations;
mod xapi;
