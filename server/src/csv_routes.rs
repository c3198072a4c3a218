//! CSV downloads of the dashboards and reports, scoped exactly as their pages are.

use app::{
    services::{
        csv_export::to_csv,
        permissions::{Permission, can, can_supervise_agency},
        reports,
    },
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    extract::{Path, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "Not found.").into_response()
}

fn download(file_name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /agencies/{id}/dashboard.csv`: the people × modules matrix of one agency.
pub async fn agency_dashboard_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(agency_id): Path<i32>,
) -> Response {
    let Some(Extension(session)) = session else { return not_found() };
    if !can_supervise_agency(&session.user, agency_id) {
        return not_found();
    }
    let Ok(d) = reports::agency_dashboard(&state.db, agency_id, reports::today()).await else {
        return not_found();
    };
    let mut header = vec!["person".to_owned(), "email".to_owned()];
    header.extend(d.modules.iter().map(|(_, t)| t.clone()));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows = d.rows.into_iter().map(|r| {
        let mut row = vec![r.name, r.email];
        row.extend(r.cells.into_iter().map(|c| match c.best_percent {
            Some(p) => format!("{} (best {p} %)", c.status.label()),
            None => c.status.label().to_owned(),
        }));
        row
    });
    download(&format!("agency-{agency_id}.csv"), to_csv(&header, rows))
}

/// `GET /reports/countries.csv`: completion per module and country (admins).
pub async fn countries_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
) -> Response {
    let Some(Extension(session)) = session else { return not_found() };
    if !can(session.user.role, Permission::ManageAccounts) {
        return not_found();
    }
    let Ok(r) = reports::country_report(&state.db).await else { return not_found() };
    let mut header = vec!["module".to_owned()];
    for c in &r.countries {
        header.push(format!("{} completed", c.name));
        header.push(format!("{} learners", c.name));
        header.push(format!("{} %", c.name));
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let rows = r.modules.iter().map(|m| {
        let mut row = vec![m.title.clone()];
        for ((c, done), percent) in r.countries.iter().zip(&m.completed).zip(&m.percent) {
            row.extend([done.to_string(), c.learners.to_string(), percent.to_string()]);
        }
        row
    });
    download("completion-by-country.csv", to_csv(&header, rows))
}
