//! CSV downloads of the evaluation reports, scoped exactly as their pages are (trainers and
//! admins). Figures in machine form: a point for decimals, percentages without their sign.

use std::collections::HashMap;

use app::{
    i18n::{CsvMsg as C, Locale},
    model::{
        error::AppError,
        evaluation::{GainFigures, GainRow, Period},
        permissions::Permission,
        problem::Problem,
        reports::country_name,
    },
    services::{csv_export::to_csv, evaluation::reports},
    state::{AppState, Authenticated},
};
use axum::{
    Extension,
    extract::{Path, Query, State},
    response::Response,
};

use crate::csv_routes::{administering, download, holding, supervising};

fn module_of(query: &HashMap<String, String>) -> Option<i32> {
    query.get("module").and_then(|m| m.parse().ok())
}

fn figure(v: Option<f64>, places: usize) -> String {
    v.map(|v| format!("{v:.places$}")).unwrap_or_default()
}

/// The gain columns after the group's own.
fn gain_header(l: Locale) -> Vec<&'static str> {
    [
        C::Paired,
        C::PreMean,
        C::PostMean,
        C::MeanGain,
        C::GainCiLow,
        C::GainCiHigh,
        C::NormalisedGain,
        C::NormalisedCi,
        C::ImprovedPercent,
        C::PreOnly,
        C::PostOnly,
    ]
    .map(|c| l.t(c))
    .into()
}

fn gain_cells(f: &GainFigures) -> Vec<String> {
    let bound = |sign: f64| f.mean_gain.zip(f.gain_ci).map(|(g, ci)| g + sign * ci);
    vec![
        f.paired.to_string(),
        figure(f.mean_pre, 2),
        figure(f.mean_post, 2),
        figure(f.mean_gain, 2),
        figure(bound(-1.0), 2),
        figure(bound(1.0), 2),
        figure(f.normalised_gain, 4),
        figure(f.normalised_ci, 4),
        figure(f.improved_percent, 1),
        f.pre_only.to_string(),
        f.post_only.to_string(),
    ]
}

fn row(level: String, label: String, f: &GainFigures) -> Vec<String> {
    let mut row = vec![level, label];
    row.extend(gain_cells(f));
    row
}

/// `GET /reports/evaluation.csv[?module=3]`: knowledge gain per country, and all together.
pub async fn evaluation_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let l = holding(session, Permission::ReadModuleResults)?.user.locale;
    let r = reports::evaluation(&state.db, module_of(&query), false).await?;
    let mut header = vec![l.t(C::GroupKind), l.t(C::Group)];
    header.extend(gain_header(l));
    let rows = r
        .by_country
        .iter()
        .map(|c| {
            row(l.t(C::Country).into(), country_name(l, &c.label, &c.label_ar).into(), &c.figures)
        })
        .chain([row(String::new(), l.t(C::AllLanguages).into(), &r.whole)]);
    Ok(download("knowledge-gain.csv", to_csv(&header, rows)))
}

/// `GET /reports/evaluation/{code}/gain.csv[?module=3]`: one country's gain per kind of agency,
/// agency and cohort.
pub async fn evaluation_country_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(code): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let l = administering(&state, session, &code).await?.user.locale;
    let d = reports::evaluation_detail(&state.db, &code, module_of(&query), false).await?;
    let mut header = vec![l.t(C::GroupKind), l.t(C::Group)];
    header.extend(gain_header(l));
    let level = |c: C, rows: &[GainRow]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|g| {
                let label = g.kind.map_or_else(|| g.label.clone(), |k| l.agency_kind(k).into());
                row(l.t(c).into(), label, &g.figures)
            })
            .collect()
    };
    let rows = std::iter::once(row(
        l.t(C::Country).into(),
        country_name(l, &d.name, &d.name_ar).into(),
        &d.whole,
    ))
    .chain(level(C::AgencyKind, &d.by_kind))
    .chain(level(C::Agency, &d.by_agency))
    .chain(level(C::Cohort, &d.by_cohort));
    Ok(download(&format!("knowledge-gain-{}.csv", d.code.to_lowercase()), to_csv(&header, rows)))
}

/// `GET /reports/programme/{code}/summary.csv?from=YYYY-MM&to=YYYY-MM`: the programme summary's
/// figures, one per row.
pub async fn programme_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(code): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let l = administering(&state, session, &code).await?.user.locale;
    let get = |k: &str| query.get(k).map(String::as_str).unwrap_or_default();
    let period =
        Period::parse(get("from"), get("to")).ok_or_else(|| Problem::PeriodInvalid.at("from"))?;
    let p = reports::programme(&state.db, &code, period, false).await?;
    let g = &p.gain;
    let cells = gain_cells(g);
    let mut rows: Vec<Vec<String>> = vec![
        vec![l.t(C::Country).into(), country_name(l, &p.name, &p.name_ar).into()],
        vec![l.t(C::PeriodFrom).into(), p.period.from.clone()],
        vec![l.t(C::PeriodTo).into(), p.period.to.clone()],
        vec![l.t(C::Learners).into(), p.learners.to_string()],
        vec![l.t(C::Completions).into(), p.completions.to_string()],
    ];
    rows.extend(gain_header(l).into_iter().zip(cells).map(|(h, v)| vec![h.to_owned(), v]));
    let s = &p.survey;
    let f = &p.followup;
    rows.extend([
        vec![l.t(C::SurveyResponses).into(), s.responses.to_string()],
        vec![l.t(C::RelevanceMean).into(), figure(s.relevance, 2)],
        vec![l.t(C::ConfidenceBefore).into(), figure(s.confidence_before, 2)],
        vec![l.t(C::ConfidenceAfter).into(), figure(s.confidence_after, 2)],
        vec![l.t(C::ReferredNever).into(), f.never.to_string()],
        vec![l.t(C::ReferredOnce).into(), f.once.to_string()],
        vec![l.t(C::ReferredSeveral).into(), f.several.to_string()],
        vec![l.t(C::DirectoryHelpedYes).into(), f.helped_yes.to_string()],
        vec![l.t(C::DirectoryHelpedNo).into(), f.helped_no.to_string()],
    ]);
    for (title, n) in &p.completions_by_module {
        rows.push(vec![format!("{}: {title}", l.t(C::Completions)), n.to_string()]);
    }
    let header = [l.t(C::Figure), l.t(C::Value)];
    Ok(download(
        &format!("programme-{}-{}-{}.csv", p.code.to_lowercase(), p.period.from, p.period.to),
        to_csv(&header, rows),
    ))
}

/// `GET /agencies/{id}/gain.csv`: an agency's knowledge gain per module, for its supervisor,
/// its country's coordinator and admins (anyone else: "not found").
pub async fn agency_gain_csv(
    State(state): State<AppState>,
    session: Option<Extension<Authenticated>>,
    Path(agency_id): Path<i32>,
) -> Result<Response, AppError> {
    let l = supervising(&state, session, agency_id).await?.user.locale;
    let e = reports::agency_evaluation(&state.db, agency_id).await?;
    let mut header = vec![l.t(C::GroupKind), l.t(C::Group)];
    header.extend(gain_header(l));
    let rows = e.by_module.iter().map(|m| row(l.t(C::Module).into(), m.label.clone(), &m.figures));
    Ok(download(&format!("knowledge-gain-agency-{agency_id}.csv"), to_csv(&header, rows)))
}
