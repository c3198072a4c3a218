//! Authoring pages: trainers and admins build, preview, publish and revise modules.

pub mod analysis;
pub mod lesson;
pub mod module;
pub mod modules;
pub mod preview;
pub mod question;
pub mod translation;

use crate::model::accounts::CurrentUser;
use crate::model::permissions::{Permission, can};

/// Trainers and admins (the server functions check `AuthorModules` again).
pub fn is_author(user: &CurrentUser) -> bool {
    can(user.role, Permission::AuthorModules)
}
