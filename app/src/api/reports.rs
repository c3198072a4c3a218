//! Dashboards and reports. Supervisors: their own agency; a country coordinator: their country's
//! agencies and country report; admins: everything. Trainees and trainers reach none of it.

use leptos::prelude::*;

use crate::model::{
    error::AppError,
    reports::{AgencyDashboard, CountryReport},
};

#[cfg(feature = "ssr")]
use crate::api::respond::query;

#[server(endpoint = "reports/agency_dashboard")]
pub async fn dashboard(agency_id: i32) -> Result<AgencyDashboard, AppError> {
    use crate::services::{organisations::may_supervise, reports};
    query(async {
        let me = crate::api::guard::signed_in()?;
        let db = crate::state::db()?;
        if !may_supervise(&db, &me.user, agency_id).await? {
            return Err(AppError::NotFound);
        }
        reports::agency_dashboard(&db, agency_id, reports::today()).await
    })
    .await
}

#[server(endpoint = "reports/countries")]
pub async fn countries() -> Result<CountryReport, AppError> {
    use crate::model::permissions::Permission;
    query(async {
        crate::api::guard::require(Permission::ManageAccounts)?;
        crate::services::reports::country_report(&crate::state::db()?).await
    })
    .await
}

/// Item analysis of a module version, for trainers and admins.
#[server(endpoint = "reports/item_analysis")]
pub async fn item_analysis(
    version_id: i32,
) -> Result<crate::model::reports::ItemAnalysis, AppError> {
    use crate::model::permissions::Permission;
    query(async {
        crate::api::guard::require(Permission::ReadModuleResults)?;
        crate::services::item_analysis::item_analysis(&crate::state::db()?, version_id).await
    })
    .await
}

/// One learner's progress, attempts and scores: for their agency's supervisor and for admins.
/// Anyone else, and anyone who is not a learner, gets "not found".
#[server(endpoint = "reports/person")]
pub async fn person(user_id: i32) -> Result<crate::model::reports::PersonProgress, AppError> {
    use crate::services::reports;
    query(async {
        let me = crate::api::guard::signed_in()?;
        reports::person_progress(&crate::state::db()?, &me.user, user_id, reports::today()).await
    })
    .await
}

/// One country's completion per agency kind, agency and module (admins, and the country's
/// coordinator).
#[server(endpoint = "reports/country")]
pub async fn country(code: String) -> Result<crate::model::reports::CountryDetail, AppError> {
    query(async {
        crate::api::guard::administrator_of(&code).await?;
        crate::services::reports::country_detail(&crate::state::db()?, &code).await
    })
    .await
}
