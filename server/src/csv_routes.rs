//! CSV downloads of the dashboards and reports, scoped exactly as their pages are.

use std::collections::HashMap;

use app::{
    model::{
        error::AppError,
        permissions::{Permission, can, can_supervise_agency},
        reports::{GroupRow, MatrixView},
    },
    services::{csv_export::to_csv, item_analysis::item_analysis, reports},
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    extract::{Path, Query, State},
    http::header,
    response::{IntoResponse, Response},
};

/// The caller, if signed in and their role has `permission`; anyone else is told "not found".
pub(crate) fn holding(
    session: Option<Extension<Authenticated>>,
    permission: Permission,
) -> Result<Authenticated, AppError> {
    match session {
        Some(Extension(s)) if can(s.user.role, permission) => Ok(s),
        _ => Err(AppError::NotFound),
    }
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

/// `GET /agencies/{id}/dashboard.csv?status=…&sort=…&q=…`: the people × modules matrix of one
/// agency, filtered and sorted as on the page.
pub async fn agency_dashboard_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(agency_id): Path<i32>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let Some(Extension(session)) = session else { return Err(AppError::NotFound) };
    if !can_supervise_agency(&session.user, agency_id) {
        return Err(AppError::NotFound);
    }
    let d = reports::agency_dashboard(&state.db, agency_id, reports::today()).await?;
    let mut header = vec!["person".to_owned(), "email".to_owned()];
    header.extend(d.modules.iter().map(|(_, t)| t.clone()));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let view = MatrixView::from_query(
        query.get("status").map(String::as_str),
        query.get("sort").map(String::as_str),
        query.get("q").map(String::as_str),
    );
    let rows = view.apply(d.rows).into_iter().map(|r| {
        let mut row = vec![r.name, r.email];
        row.extend(r.cells.into_iter().map(|c| match c.best_percent {
            Some(p) => format!("{} (best {p} %)", c.status.label()),
            None => c.status.label().to_owned(),
        }));
        row
    });
    Ok(download(&format!("agency-{agency_id}.csv"), to_csv(&header, rows)))
}

/// `GET /reports/countries.csv`: completion per module and country (admins).
pub async fn countries_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
) -> Result<Response, AppError> {
    holding(session, Permission::ManageAccounts)?;
    let r = reports::country_report(&state.db).await?;
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
    Ok(download("completion-by-country.csv", to_csv(&header, rows)))
}

/// `GET /reports/countries/{code}/groups.csv`: one country's completion per module for the
/// whole country, each kind of agency and each agency (admins).
pub async fn country_groups_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    holding(session, Permission::ManageAccounts)?;
    let d = reports::country_detail(&state.db, &code).await?;
    let mut header = vec!["group kind".to_owned(), "group".to_owned(), "learners".to_owned()];
    for (_, title) in &d.modules {
        header.push(format!("{title} completed"));
        header.push(format!("{title} %"));
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let row = |kind: &str, g: &GroupRow| {
        let mut row = vec![kind.to_owned(), g.label.clone(), g.learners.to_string()];
        for (n, p) in g.completed.iter().zip(&g.percent) {
            row.extend([n.to_string(), p.to_string()]);
        }
        row
    };
    let rows = std::iter::once(row("country", &d.whole))
        .chain(d.by_kind.iter().map(|g| row("agency kind", g)))
        .chain(d.by_agency.iter().map(|g| row("agency", g)));
    Ok(download(&format!("completion-{}.csv", d.code.to_lowercase()), to_csv(&header, rows)))
}

/// A learner's progress, if the caller supervises their agency (or is an admin).
async fn supervised_person(
    state: &AppState,
    session: Option<Extension<Authenticated>>,
    user_id: i32,
) -> Result<app::model::reports::PersonProgress, AppError> {
    let Some(Extension(session)) = session else { return Err(AppError::NotFound) };
    reports::person_progress(&state.db, &session.user, user_id, reports::today()).await
}

/// `GET /people/{id}/attempts.csv`: one learner's attempts and scores, for their supervisor.
pub async fn person_attempts_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(user_id): Path<i32>,
) -> Result<Response, AppError> {
    let p = supervised_person(&state, session, user_id).await?;
    let header =
        ["module", "version", "attempt", "started", "submitted", "score %", "result", "late"];
    let rows = p.attempts.into_iter().map(|a| {
        vec![
            a.module_title,
            a.version.to_string(),
            a.number.to_string(),
            a.started_at,
            a.submitted_at.unwrap_or_default(),
            a.percent.map(|s| s.to_string()).unwrap_or_default(),
            match a.passed {
                Some(true) => "passed".into(),
                Some(false) => "failed".into(),
                None => String::new(),
            },
            if a.late { "late".into() } else { String::new() },
        ]
    });
    Ok(download(&format!("attempts-{user_id}.csv"), to_csv(&header, rows)))
}

/// `GET /reports/countries/months.csv[?country=JO]`: completions per month, of every country
/// or of one (admins).
pub async fn months_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    holding(session, Permission::ManageAccounts)?;
    let country = query.get("country").map(String::as_str);
    let months = reports::completions_per_month(&state.db, country).await?;
    let name = match country {
        Some(code) => format!("completions-per-month-{}.csv", code.to_lowercase()),
        None => "completions-per-month.csv".to_owned(),
    };
    let rows = months.into_iter().map(|(month, n)| vec![month, n.to_string()]);
    Ok(download(&name, to_csv(&["month", "completions"], rows)))
}

/// `GET /people/{id}/modules.csv`: one learner's standing in each module, for their supervisor.
pub async fn person_modules_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(user_id): Path<i32>,
) -> Result<Response, AppError> {
    let p = supervised_person(&state, session, user_id).await?;
    let header =
        ["module", "assigned", "due", "status", "lessons read", "attempts", "best %", "completed"];
    let rows = p.modules.into_iter().map(|m| {
        vec![
            m.title,
            if m.assigned { "yes".into() } else { "no".into() },
            m.due_on.unwrap_or_default(),
            m.status.label().to_owned(),
            m.lessons_read.to_string(),
            m.attempts.to_string(),
            m.best_percent.map(|b| b.to_string()).unwrap_or_default(),
            m.completed_on.unwrap_or_default(),
        ]
    });
    Ok(download(&format!("modules-{user_id}.csv"), to_csv(&header, rows)))
}

/// `GET /author/versions/{id}/analysis.csv`: item analysis of a version (trainers and admins).
pub async fn item_analysis_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(version_id): Path<i32>,
) -> Result<Response, AppError> {
    holding(session, Permission::ReadModuleResults)?;
    let a = item_analysis(&state.db, version_id).await?;
    let header = ["question", "answered", "correct %", "discrimination", "options chosen", "flags"];
    let rows = a.questions.into_iter().map(|q| {
        let options = q
            .options
            .iter()
            .map(|(text, n, correct)| format!("{}{text}: {n}", if *correct { "✓ " } else { "" }));
        vec![
            q.prompt,
            q.answered.to_string(),
            format!("{:.0}", q.correct_share * 100.0),
            q.discrimination.map(|d| format!("{d:+.2}")).unwrap_or_default(),
            options.collect::<Vec<_>>().join("; "),
            q.flags.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "),
        ]
    });
    Ok(download(&format!("item-analysis-{version_id}.csv"), to_csv(&header, rows)))
}
