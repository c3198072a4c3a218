//! `GET /author/versions/{id}/export`: a module version as a JSON download (format
//! `frontline.module/2`), for trainers and admins.

use app::{
    services::{
        authoring,
        permissions::{Permission, can},
    },
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

pub async fn export_version(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(version_id): Path<i32>,
) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "Not found.").into_response();
    let Some(Extension(session)) = session else { return not_found() };
    if !can(session.user.role, Permission::AuthorModules) {
        return not_found();
    }
    let document = async {
        let version = authoring::find_version(&state.db, version_id).await?;
        let doc = authoring::document(&state.db, &version).await?;
        Ok::<_, app::model::error::AppError>((
            format!("{}-v{}.json", doc.slug, version.number),
            doc,
        ))
    }
    .await;
    match document {
        Ok((file_name, doc)) => {
            let body = serde_json::to_string_pretty(&doc).unwrap_or_default();
            (
                [
                    (header::CONTENT_TYPE, "application/json; charset=utf-8".to_owned()),
                    (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
                ],
                body,
            )
                .into_response()
        }
        Err(app::model::error::AppError::NotFound) => not_found(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
