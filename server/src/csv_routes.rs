//! CSV downloads of the dashboards and reports, scoped exactly as their pages are.

use std::collections::HashMap;

use app::{
    i18n::{CsvMsg as C, Locale},
    model::{
        error::AppError,
        permissions::{Permission, can},
        reports::{GroupRow, MatrixView, country_name},
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

/// The caller, if they administer `country` (its coordinator, or an admin); anyone else is told
/// "not found".
pub(crate) async fn administering(
    state: &AppState,
    session: Option<Extension<Authenticated>>,
    country: &str,
) -> Result<Authenticated, AppError> {
    let Some(Extension(session)) = session else { return Err(AppError::NotFound) };
    match app::services::organisations::reach(&state.db, &session.user).await? {
        Some(reach) if reach.covers(country) => Ok(session),
        _ => Err(AppError::NotFound),
    }
}

/// The caller, if they may read the agency's dashboard; anyone else is told "not found".
pub(crate) async fn supervising(
    state: &AppState,
    session: Option<Extension<Authenticated>>,
    agency_id: i32,
) -> Result<Authenticated, AppError> {
    let Some(Extension(session)) = session else { return Err(AppError::NotFound) };
    if app::services::organisations::may_supervise(&state.db, &session.user, agency_id).await? {
        Ok(session)
    } else {
        Err(AppError::NotFound)
    }
}

pub(crate) fn download(file_name: &str, bytes: Vec<u8>) -> Response {
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
    let l = supervising(&state, session, agency_id).await?.user.locale;
    let d = reports::agency_dashboard(&state.db, agency_id, reports::today()).await?;
    let mut header = vec![l.t(C::Person).to_owned(), l.t(C::Email).to_owned()];
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
            Some(p) => l.csv_best(l.cell_status(c.status), p),
            None => l.cell_status(c.status).to_owned(),
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
    let l = holding(session, Permission::ManageAccounts)?.user.locale;
    let r = reports::country_report(&state.db).await?;
    let mut header = vec![l.t(C::Module).to_owned()];
    for c in &r.countries {
        let name = country_name(l, &c.name, &c.name_ar);
        header.extend([l.csv_completed_in(name), l.csv_learners_in(name), l.csv_percent_in(name)]);
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
    let l = administering(&state, session, &code).await?.user.locale;
    let d = reports::country_detail(&state.db, &code).await?;
    let mut header: Vec<String> =
        [C::GroupKind, C::Group, C::Learners].map(|c| l.t(c).to_owned()).into();
    for (_, title) in &d.modules {
        header.extend([l.csv_completed_in(title), l.csv_percent_in(title)]);
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let row = |kind: C, g: &GroupRow| {
        let label = match g.kind {
            Some(k) if g.agency_id.is_none() => l.agency_kind(k).to_owned(),
            _ => g.label.clone(),
        };
        let mut row = vec![l.t(kind).to_owned(), label, g.learners.to_string()];
        for (n, p) in g.completed.iter().zip(&g.percent) {
            row.extend([n.to_string(), p.to_string()]);
        }
        row
    };
    let rows = std::iter::once(row(C::Country, &d.whole))
        .chain(d.by_kind.iter().map(|g| row(C::AgencyKind, g)))
        .chain(d.by_agency.iter().map(|g| row(C::Agency, g)));
    Ok(download(&format!("completion-{}.csv", d.code.to_lowercase()), to_csv(&header, rows)))
}

/// A learner's progress, if the caller supervises their agency (or is an admin).
async fn supervised_person(
    state: &AppState,
    session: Option<Extension<Authenticated>>,
    user_id: i32,
) -> Result<(app::model::reports::PersonProgress, Locale), AppError> {
    let Some(Extension(session)) = session else { return Err(AppError::NotFound) };
    let p = reports::person_progress(&state.db, &session.user, user_id, reports::today()).await?;
    Ok((p, session.user.locale))
}

/// Column names in the reader's language.
fn columns(l: Locale, names: &[C]) -> Vec<&'static str> {
    names.iter().map(|c| l.t(*c)).collect()
}

/// `GET /people/{id}/attempts.csv`: one learner's attempts and scores, for their supervisor.
pub async fn person_attempts_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(user_id): Path<i32>,
) -> Result<Response, AppError> {
    let (p, l) = supervised_person(&state, session, user_id).await?;
    use C::*;
    let header =
        columns(l, &[Module, Version, Attempt, Started, Submitted, ScorePercent, Result, Late]);
    let rows = p.attempts.into_iter().map(|a| {
        vec![
            a.module_title,
            a.version.to_string(),
            a.number.to_string(),
            a.started_at,
            a.submitted_at.unwrap_or_default(),
            a.percent.map(|s| s.to_string()).unwrap_or_default(),
            match a.passed {
                Some(true) => l.t(Passed).into(),
                Some(false) => l.t(Failed).into(),
                None => String::new(),
            },
            if a.late { l.t(Late).into() } else { String::new() },
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
    let l = holding(session, Permission::ManageAccounts)?.user.locale;
    let country = query.get("country").map(String::as_str);
    let months = reports::completions_per_month(&state.db, country).await?;
    let name = match country {
        Some(code) => format!("completions-per-month-{}.csv", code.to_lowercase()),
        None => "completions-per-month.csv".to_owned(),
    };
    let rows = months.into_iter().map(|(month, n)| vec![month, n.to_string()]);
    Ok(download(&name, to_csv(&columns(l, &[C::Month, C::Completions]), rows)))
}

/// `GET /people/{id}/modules.csv`: one learner's standing in each module, for their supervisor.
pub async fn person_modules_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(user_id): Path<i32>,
) -> Result<Response, AppError> {
    let (p, l) = supervised_person(&state, session, user_id).await?;
    use C::*;
    let header = columns(
        l,
        &[Module, Assigned, Due, Status, LessonsRead, Attempts, BestPercent, C::Completed],
    );
    let rows = p.modules.into_iter().map(|m| {
        vec![
            m.title,
            l.t(if m.assigned { Yes } else { No }).into(),
            m.due_on.unwrap_or_default(),
            l.cell_status(m.status).to_owned(),
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
    let l = holding(session, Permission::ReadModuleResults)?.user.locale;
    let a = item_analysis(&state.db, version_id).await?;
    use C::*;
    let header = columns(
        l,
        &[Question, Language, Answered, CorrectPercent, Discrimination, OptionsChosen, Flags],
    );
    let flags = |f: &[app::model::reports::ItemFlag]| app::i18n::authoring::item_flags(l, f);
    let discrimination = |d: Option<f64>| d.map(|d| format!("{d:+.2}")).unwrap_or_default();
    // Each question pooled over its languages, then once per language when there are several.
    let rows = a.questions.into_iter().flat_map(|q| {
        let options = q
            .options
            .iter()
            .map(|(text, n, correct)| format!("{}{text}: {n}", if *correct { "✓ " } else { "" }));
        let pooled = vec![
            q.prompt.clone(),
            l.t(AllLanguages).to_owned(),
            q.answered.to_string(),
            format!("{:.0}", q.correct_share * 100.0),
            discrimination(q.discrimination),
            options.collect::<Vec<_>>().join("; "),
            flags(&q.flags),
        ];
        let per_language = q.by_language.iter().map(|s| {
            vec![
                q.prompt.clone(),
                s.language.clone(),
                s.answered.to_string(),
                format!("{:.0}", s.correct_share * 100.0),
                discrimination(s.discrimination),
                String::new(),
                flags(&s.flags),
            ]
        });
        std::iter::once(pooled).chain(per_language).collect::<Vec<_>>()
    });
    Ok(download(&format!("item-analysis-{version_id}.csv"), to_csv(&header, rows)))
}

/// `GET /directory/{code}/export.csv`: a country's referral directory, every language's texts,
/// in the columns its import reads (the country's coordinator and admins).
pub async fn directory_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    administering(&state, session, &code).await?;
    let code = code.trim().to_uppercase();
    let bytes = app::services::referrals::csv::export(&state.db, &code).await?;
    Ok(download(&format!("referral-directory-{}.csv", code.to_lowercase()), bytes))
}
