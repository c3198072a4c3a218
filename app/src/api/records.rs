//! Portable records for admins: revoking a completion, and the xAPI outbox (what waits, what
//! the LRS refused, sending the refused again).

use leptos::prelude::*;

use crate::model::{error::AppError, xapi::OutboxSummary};

#[cfg(feature = "ssr")]
use crate::{
    api::{
        guard::require,
        respond::{Done, form, query},
    },
    model::{permissions::Permission, problem::Notice},
    services::{credentials::issue, xapi::outbox},
    state::{client_address, db, settings},
};

/// Revokes the completion with `code` (cheating found, say): from now on its page, its code and
/// its credential's status say revoked.
#[server(endpoint = "records/revoke_certificate")]
pub async fn revoke_certificate(code: String, reason: String) -> Result<(), AppError> {
    let values = [("reason".to_owned(), reason.clone())].into_iter().collect();
    form::<RevokeCertificate>(values, async {
        let me = require(Permission::ManageAccounts)?;
        issue::revoke(&db()?, &me.user, &code, &reason, &client_address()).await?;
        let code = code.trim().to_uppercase();
        Ok(Done::to(format!("/verify/{code}")).notice(Notice::CertificateRevoked))
    })
    .await
}

/// The outbox: counts, the oldest statement waiting and why, the refused statements.
#[server(endpoint = "records/outbox")]
pub async fn learning_records() -> Result<OutboxSummary, AppError> {
    query(async {
        require(Permission::ManageAccounts)?;
        Ok(outbox::summary(&db()?, settings()?.lrs_endpoint.clone()).await?)
    })
    .await
}

/// Puts the refused statements back in line for the next push.
#[server(endpoint = "records/requeue_refused")]
pub async fn requeue_refused() -> Result<(), AppError> {
    form::<RequeueRefused>(Default::default(), async {
        require(Permission::ManageAccounts)?;
        let count = outbox::requeue_refused(&db()?, chrono::Utc::now()).await? as usize;
        Ok(Done::to("/admin/records").notice(Notice::StatementsRequeued { count }))
    })
    .await
}
