//! The evaluation reports: knowledge gain per country (`/reports/evaluation`), one country's
//! drill-down (`/reports/evaluation/{code}`) and the printable programme summary
//! (`/reports/programme/{code}`). Each figure is drawn as SVG on the server and given in a
//! table beside it, and downloads as CSV.

pub mod country;
pub mod programme;
pub mod report;

use leptos::prelude::*;

use crate::components::chart::{Bar, BarChart};
use crate::components::table_frame::TableFrame;
use crate::i18n::{EvalMsg as E, Locale, evaluation as say, use_locale};
use crate::model::evaluation::{FollowupCounts, GainFigures, GainRow, SurveySummary};

/// A row's link: a country to its drill-down, an agency to its dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowLink {
    None,
    Country,
    Agency,
}

/// The gain table: one row per group, every figure of [`GainFigures`].
#[component]
pub fn GainTable(
    id: &'static str,
    caption: String,
    rows: Vec<GainRow>,
    #[prop(default = RowLink::None)] link: RowLink,
    /// Appended to a country's link (`?module=3`).
    #[prop(optional, into)]
    query: String,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <TableFrame>
            <table class="data report gain" id=id>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{locale.t(E::ColGroup)}</th>
                        <th scope="col">{locale.t(E::ColPaired)}</th>
                        <th scope="col">{locale.t(E::ColPre)}</th>
                        <th scope="col">{locale.t(E::ColPost)}</th>
                        <th scope="col">{locale.t(E::ColGain)}</th>
                        <th scope="col">{locale.t(E::ColNormalised)}</th>
                        <th scope="col">{locale.t(E::ColImproved)}</th>
                        <th scope="col">{locale.t(E::ColPreOnly)}</th>
                        <th scope="col">{locale.t(E::ColPostOnly)}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let name = match link {
                                RowLink::Country => {
                                    view! {
                                        <a href=format!(
                                            "/reports/evaluation/{}{query}",
                                            r.key,
                                        )>{r.label}</a>
                                    }
                                        .into_any()
                                }
                                RowLink::Agency => {
                                    view! { <a href=format!("/agencies/{}", r.key)>{r.label}</a> }
                                        .into_any()
                                }
                                RowLink::None => r.label.into_any(),
                            };
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <GainCells f=r.figures />
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableFrame>
    }
}

#[component]
fn GainCells(f: GainFigures) -> impl IntoView {
    let l = use_locale();
    view! {
        <td>{f.paired}</td>
        <td>{say::maybe_percent(l, f.mean_pre)}</td>
        <td>{say::maybe_percent(l, f.mean_post)}</td>
        <td>{say::with_interval(l, f.mean_gain, f.gain_ci, 1)}</td>
        <td>{say::with_interval(l, f.normalised_gain, f.normalised_ci, 2)}</td>
        <td>{say::maybe_percent(l, f.improved_percent)}</td>
        <td>{f.pre_only}</td>
        <td>{f.post_only}</td>
    }
}

/// Pre- and post-test means of each group with both, as bars.
#[component]
pub fn GainChart(id: &'static str, title: String, rows: Vec<GainRow>) -> impl IntoView {
    let l = use_locale();
    let groups: Vec<(String, Vec<Bar>)> = rows
        .into_iter()
        .filter_map(|r| {
            let (pre, post) = (r.figures.mean_pre?, r.figures.mean_post?);
            let bar = |label: &str, v: f64| Bar {
                label: label.to_owned(),
                percent: v,
                text: say::percent(l, v),
            };
            Some((
                format!("{} (n = {})", r.label, r.figures.paired),
                vec![bar(l.t(E::PreSeries), pre), bar(l.t(E::PostSeries), post)],
            ))
        })
        .collect();
    (!groups.is_empty()).then(|| view! { <BarChart id title groups /> })
}

/// The headline sentence of a group, or "nobody yet".
#[component]
pub fn Headline(
    f: GainFigures,
    #[prop(optional)] followup: Option<FollowupCounts>,
) -> impl IntoView {
    let l = use_locale();
    let referred = followup.as_ref().and_then(|c| say::referred_since(l, c));
    view! {
        <p class="lead headline">
            {say::headline(l, &f).unwrap_or_else(|| l.t(E::NoData).to_owned())}
            {referred.map(|r| format!(" {r}"))}
        </p>
    }
}

/// The survey's counts and means, and its free text when given (never with names).
#[component]
pub fn SurveySection(s: SurveySummary, #[prop(optional)] with_text: bool) -> impl IntoView {
    let l = use_locale();
    let scale = move |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| say::number(l, v, 1));
    let change = s.confidence_change();
    view! {
        <section class="card" id="survey-summary">
            <h2>{l.t(E::SurveySummaryTitle)}</h2>
            <dl class="facts">
                <dt>{l.t(E::ColResponses)}</dt>
                <dd>{s.responses}</dd>
                <dt>{l.t(E::ColRelevance)}</dt>
                <dd>{scale(s.relevance)}</dd>
                <dt>{l.t(E::ColConfidence)}</dt>
                <dd>
                    {format!(
                        "{} → {} ({})",
                        scale(s.confidence_before),
                        scale(s.confidence_after),
                        change.map_or_else(|| "—".into(), |c| say::signed(l, c, 1)),
                    )}
                </dd>
            </dl>
            {with_text
                .then(|| {
                    view! {
                        <h3>{l.t(E::FreeTextTitle)}</h3>
                        {if s.missing.is_empty() {
                            view! { <p class="hint">{l.t(E::NoFreeText)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="free-text">
                                    {s
                                        .missing
                                        .into_iter()
                                        .map(|t| view! { <li dir="auto">{t}</li> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    }
                })}
        </section>
    }
}

/// Follow-up answers per group (an agency, or one row for the whole).
#[component]
pub fn FollowupTable(id: &'static str, rows: Vec<(String, FollowupCounts)>) -> impl IntoView {
    let l = use_locale();
    view! {
        <section class="card" id=format!("{id}-section")>
            <h2>{l.t(E::FollowupSummaryTitle)}</h2>
            <p class="hint">{l.t(E::FollowupSummaryIntro)}</p>
            <TableFrame>
                <table class="data report" id=id>
                    <caption>{l.t(E::FollowupSummaryTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{l.t(E::ColGroup)}</th>
                            <th scope="col">{l.t(E::ColReferredNever)}</th>
                            <th scope="col">{l.t(E::ColReferredOnce)}</th>
                            <th scope="col">{l.t(E::ColReferredSeveral)}</th>
                            <th scope="col">{l.t(E::ColReferredShare)}</th>
                            <th scope="col">{l.t(E::ColHelped)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|(label, c)| {
                                view! {
                                    <tr>
                                        <th scope="row">{label}</th>
                                        <td>{c.never}</td>
                                        <td>{c.once}</td>
                                        <td>{c.several}</td>
                                        <td>{say::maybe_percent(l, c.referred_percent())}</td>
                                        <td>{format!("{} / {}", c.helped_yes, c.helped_no)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableFrame>
        </section>
    }
}

/// The module filter (a plain GET form): every module, or one.
#[component]
pub fn ModuleFilter(
    action: String,
    modules: Vec<(i32, String)>,
    selected: Option<i32>,
) -> impl IntoView {
    let l = use_locale();
    view! {
        <form method="get" action=action class="filters">
            <label>
                {l.t(E::ModuleLabel)} <select name="module">
                    <option value="" selected=selected.is_none()>
                        {l.t(E::AllModules)}
                    </option>
                    {modules
                        .into_iter()
                        .map(|(id, title)| {
                            view! {
                                <option value=id.to_string() selected=selected == Some(id)>
                                    {title}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button type="submit" class="secondary">
                {l.t(E::Show)}
            </button>
        </form>
    }
}

/// `?module=3`, or nothing for every module.
pub fn module_query(module: Option<i32>) -> String {
    module.map(|m| format!("?module={m}")).unwrap_or_default()
}

/// A kind of agency's row, named in the reader's language.
pub fn kind_rows(l: Locale, rows: Vec<GainRow>) -> Vec<GainRow> {
    rows.into_iter()
        .map(|mut r| {
            if let Some(kind) = r.kind {
                r.label = l.agency_kind(kind).to_owned();
            }
            r
        })
        .collect()
}
