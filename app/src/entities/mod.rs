//! SeaORM entities, one file per table. The migrations crate owns the schema; these mirror it.

pub mod agency;
pub mod assignment;
pub mod attempt;
pub mod attempt_answer;
pub mod attempt_choice;
pub mod audit_log;
pub mod completion;
pub mod country;
pub mod demo_credential;
pub mod lesson;
pub mod lesson_progress;
pub mod lesson_translation;
pub mod login_failure;
pub mod module;
pub mod module_version;
pub mod option_translation;
pub mod question;
pub mod question_option;
pub mod question_translation;
pub mod referral_service;
pub mod referral_service_text;
pub mod session;
pub mod translation;
pub mod user;
pub mod user_import;
