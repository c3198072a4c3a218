//! Which pages a trainee's phone keeps for offline reading: each module's page and its lessons,
//! as the trainee reads them (their language when the module has it).

use std::collections::BTreeSet;

use sea_orm::ConnectionTrait;

use crate::model::{accounts::CurrentUser, error::AppError, learning::OfflineCopy};
use crate::services::learning::{catalogue, overview};

/// At most this many modules in one request: a phone keeps a course, not the whole catalogue.
pub const MOST_MODULES: usize = 30;

/// The pages of `modules`, or, when none are named, of the modules assigned to `me` or begun.
/// A module `me` may not read is left out, as if it did not exist.
pub async fn copies(
    db: &impl ConnectionTrait,
    me: &CurrentUser,
    modules: &[i32],
) -> Result<Vec<OfflineCopy>, AppError> {
    let wanted: BTreeSet<i32> = if modules.is_empty() {
        catalogue(db, me)
            .await?
            .into_iter()
            .filter(|c| c.assigned || c.lessons_read > 0 || c.attempts_used > 0)
            .map(|c| c.module_id)
            .collect()
    } else {
        modules.iter().copied().collect()
    };
    let mut copies = Vec::new();
    for module_id in wanted.into_iter().take(MOST_MODULES) {
        let module = match overview(db, me, module_id, None).await {
            Ok(found) => found,
            Err(AppError::NotFound) => continue,
            Err(e) => return Err(e),
        };
        let page = format!("/learn/{module_id}");
        // Lessons behind a pre-test not yet taken do not open: only the module's page is kept.
        let open = !module.pretest.blocks_lessons();
        let lessons =
            module.lessons.iter().filter(|_| open).map(|l| format!("{page}/lessons/{}", l.id));
        copies.push(OfflineCopy {
            module_id,
            urls: std::iter::once(page.clone()).chain(lessons).collect(),
        });
    }
    Ok(copies)
}
