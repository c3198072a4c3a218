//! Portable records over plain HTTP: the public keys, a completion's credential, the status
//! lists, checking a pasted or uploaded credential, and the admins' xAPI export.

use std::collections::HashMap;

use app::{
    model::{
        credentials::{CredentialCheck, MAX_CREDENTIAL_BYTES},
        error::AppError,
        permissions::Permission,
    },
    services::{
        credentials::{issue, keys},
        xapi,
    },
    shell,
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    body::Body,
    extract::{Path, Query, Request, State},
    http::{HeaderMap, Method, header},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use leptos::prelude::provide_context;

use crate::csv_routes::holding;

const VC_JWT: &str = "application/vc+jwt";

/// `GET /.well-known/jwks.json`: every public key that signed or signs credentials.
pub async fn jwks(State(state): State<AppState>) -> Result<Response, AppError> {
    let keys = keys::jwks(&state.db, &state.settings.issuer).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/jwk-set+json"),
            // Verifiers may keep it a while; a rotation adds a key, it never removes one.
            (header::CACHE_CONTROL, "public, max-age=300"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        keys.to_string(),
    )
        .into_response())
}

/// `GET /certificates/{code}/credential`: the completion's Open Badges credential (a compact
/// JWS), as a file. Public, as `/verify/{code}` is: the code is what the holder hands over.
pub async fn credential(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let jwt = issue::signed(&state.db, &state.settings.issuer, &code).await?;
    let file = format!("frontline-certificate-{}.jwt", code.trim().to_uppercase());
    Ok((
        [
            (header::CONTENT_TYPE, VC_JWT.to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file}\"")),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*".to_owned()),
        ],
        jwt,
    )
        .into_response())
}

/// `GET /credentials/status/{list}`: a revocation status list, signed now.
pub async fn status_list(
    State(state): State<AppState>,
    Path(list): Path<String>,
) -> Result<Response, AppError> {
    let list: u32 = list.parse().map_err(|_| AppError::NotFound)?;
    let jwt = issue::status_list(&state.db, &state.settings.issuer, list).await?;
    Ok((
        [
            (header::CONTENT_TYPE, VC_JWT),
            // A revocation shows within a minute to a verifier that keeps the list.
            (header::CACHE_CONTROL, "public, max-age=60"),
            (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
        ],
        jwt,
    )
        .into_response())
}

/// `GET /reports/xapi.json?from=2026-11-01&to=2026-11-30`: every xAPI statement of those days
/// (both included), for admins.
pub async fn xapi_export(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    holding(session, Permission::ManageAccounts)?;
    let day = |name: &str| {
        let text = query.get(name).map(|s| s.trim()).unwrap_or_default();
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| app::model::problem::Problem::DateInvalid.at(name))
    };
    let (from, to) = (day("from")?, day("to")?);
    if to < from || (to - from).num_days() >= xapi::EXPORT_DAYS_AT_MOST {
        return Err(
            app::model::problem::Problem::DateRange { days: xapi::EXPORT_DAYS_AT_MOST }.at("to")
        );
    }
    let start = Utc.from_utc_datetime(&from.and_hms_opt(0, 0, 0).unwrap_or_default());
    let end = start + chrono::Duration::days((to - from).num_days() + 1);
    let file = format!("attachment; filename=\"frontline-xapi-{from}-to-{to}.json\"");
    let body = Body::from_stream(export_stream(state, start, end));
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (header::CONTENT_DISPOSITION, file),
        ],
        body,
    )
        .into_response())
}

/// `[`, each day's statements as they are read, `]`. A failure midway ends the body early (the
/// file is then not valid JSON, and the error is logged with its reference).
fn export_stream(
    state: AppState,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, AppError>> + Send {
    enum Part {
        Open,
        Day(DateTime<Utc>, bool),
        Done,
    }
    futures_util::stream::unfold(Part::Open, move |part| {
        let state = state.clone();
        async move {
            match part {
                Part::Open => Some((Ok(b"[".to_vec()), Part::Day(start, true))),
                Part::Day(day, _) if day >= end => Some((Ok(b"\n]\n".to_vec()), Part::Done)),
                Part::Day(day, mut first) => {
                    let next = (day + chrono::Duration::days(1)).min(end);
                    let issuer = &state.settings.issuer;
                    match xapi::export_part(&state.db, issuer, day, next, &mut first).await {
                        Ok(bytes) => Some((Ok(bytes), Part::Day(next, first))),
                        Err(e) => Some((Err(e), Part::Done)),
                    }
                }
                Part::Done => None,
            }
        }
    })
}

/// `POST /verify`: checks the credential pasted into the verify page's form or uploaded with
/// it, and answers with the page and what was found. A plain form: no JavaScript needed.
pub async fn check_credential(State(state): State<AppState>, request: Request) -> Response {
    let (mut parts, body) = request.into_parts();
    let check = match credential_text(&parts.headers, body).await {
        Some(text) => match issue::check(&state.db, &text).await {
            Ok(check) => check,
            Err(e) => return e.into_response(),
        },
        None => CredentialCheck::Unreadable,
    };
    // The page itself, rendered as for `GET /verify`, with what the check found.
    parts.method = Method::GET;
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(state.clone());
            provide_context(check.clone());
        },
        move || shell(options.clone()),
    );
    render(Request::from_parts(parts, Body::empty())).await
}

/// The credential of the form: the uploaded file if one was chosen, else the pasted text.
/// `None` for a body that cannot be read or a credential far larger than any real one.
async fn credential_text(headers: &HeaderMap, body: Body) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let mut fields: HashMap<String, String> = HashMap::new();
    if let Ok(boundary) = multer::parse_boundary(content_type) {
        let constraints = multer::Constraints::new()
            .size_limit(multer::SizeLimit::new().per_field(MAX_CREDENTIAL_BYTES as u64));
        let mut form =
            multer::Multipart::with_constraints(body.into_data_stream(), boundary, constraints);
        while let Ok(Some(field)) = form.next_field().await {
            let name = field.name().unwrap_or_default().to_owned();
            let text = field.text().await.ok()?;
            fields.insert(name, text);
        }
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let bytes = axum::body::to_bytes(body, 4 * MAX_CREDENTIAL_BYTES).await.ok()?;
        fields.extend(form_urlencoded::parse(&bytes).into_owned());
    } else {
        return None;
    }
    let file = fields.remove("file").unwrap_or_default();
    let text =
        if file.trim().is_empty() { fields.remove("credential").unwrap_or_default() } else { file };
    (!text.trim().is_empty() && text.len() <= MAX_CREDENTIAL_BYTES).then_some(text)
}
