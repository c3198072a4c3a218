//! `GET /author/versions/{id}/export`: a module version as a JSON download (format
//! `frontline.module/2`), for trainers and admins.

use app::{
    model::error::AppError,
    model::permissions::Permission,
    services::authoring,
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};

use crate::csv_routes::holding;

pub async fn export_version(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(version_id): Path<i32>,
) -> Result<Response, AppError> {
    holding(session, Permission::AuthorModules)?;
    let version = authoring::find_version(&state.db, version_id).await?;
    let doc = authoring::document(&state.db, &version).await?;
    let file_name = format!("{}-v{}.json", doc.slug, version.number);
    let body = serde_json::to_string_pretty(&doc).map_err(AppError::internal)?;
    let headers = [
        (header::CONTENT_TYPE, "application/json; charset=utf-8".to_owned()),
        (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
    ];
    Ok((headers, body).into_response())
}
