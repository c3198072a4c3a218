use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{GainTable, Headline};
use crate::api::evaluation::programme;
use crate::components::gate::{gate, is_administrator, page_error};
use crate::components::table_frame::TableFrame;
use crate::i18n::{EvalMsg as E, Msg, evaluation as say, use_locale};
use crate::model::reports::country_name;

/// The last twelve months, `YYYY-MM` to `YYYY-MM`, when the address names no period.
fn default_period() -> (String, String) {
    #[cfg(feature = "ssr")]
    {
        let p = crate::services::evaluation::reports::last_months(12);
        return (p.from, p.to);
    }
    #[allow(unreachable_code)]
    (String::new(), String::new())
}

/// One printable page per country and period for a donor report
/// (`/reports/programme/{code}?from=YYYY-MM&to=YYYY-MM`), and its CSV.
#[component]
pub fn ProgrammePage() -> impl IntoView {
    let locale = use_locale();
    let code = use_params_map().with_untracked(|p| p.get("code")).unwrap_or_default();
    let (from, to) = use_query_map().with_untracked(|q| {
        let (df, dt) = default_period();
        (q.get("from").unwrap_or(df), q.get("to").unwrap_or(dt))
    });
    let asked = (code.clone(), from.clone(), to.clone());
    let data = Resource::new(move || asked.clone(), |(c, f, t)| programme(c, f, t));
    gate(is_administrator, move |_| {
        let (code, from, to) = (code.clone(), from.clone(), to.clone());
        view! {
            <p class="no-print">
                <a href=format!(
                    "/reports/evaluation/{code}",
                )>{locale.back_link(locale.t(E::ReportTitle))}</a>
            </p>
            <form method="get" class="filters no-print">
                <label>
                    {locale.t(E::PeriodFrom)} <input name="from" value=from.clone() size="8" />
                </label>
                <label>{locale.t(E::PeriodTo)} <input name="to" value=to.clone() size="8" /></label>
                <button type="submit" class="secondary">
                    {locale.t(E::Show)}
                </button>
            </form>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let p = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let name = country_name(locale, &p.name, &p.name_ar).to_owned();
                    let csv = format!(
                        "/reports/programme/{}/summary.csv?from={}&to={}",
                        p.code,
                        p.period.from,
                        p.period.to,
                    );
                    let facts = [
                        (locale.t(E::FigLearners), p.learners.to_string()),
                        (locale.t(E::FigCompletions), p.completions.to_string()),
                        (locale.t(E::ColPaired), p.gain.paired.to_string()),
                        (locale.t(E::ColPre), say::maybe_percent(locale, p.gain.mean_pre)),
                        (locale.t(E::ColPost), say::maybe_percent(locale, p.gain.mean_post)),
                        (
                            locale.t(E::ColNormalised),
                            say::with_interval(
                                locale,
                                p.gain.normalised_gain,
                                p.gain.normalised_ci,
                                2,
                            ),
                        ),
                        (
                            locale.t(E::FigConfidenceChange),
                            p
                                .survey
                                .confidence_change()
                                .map_or_else(|| "—".into(), |c| say::signed(locale, c, 1)),
                        ),
                        (locale.t(E::ColResponses), p.survey.responses.to_string()),
                        (
                            locale.t(E::FigReferred),
                            format!(
                                "{} ({})",
                                say::maybe_percent(locale, p.followup.referred_percent()),
                                p.followup.answers(),
                            ),
                        ),
                    ];
                    view! {
                        <article class="programme">
                            <h1>
                                {say::programme_title(locale, &name, &p.period.from, &p.period.to)}
                            </h1>
                            <p class="no-print">
                                {locale.t(E::ProgrammeIntro)} <a href=csv download>
                                    {locale.t(E::DownloadCsv)}
                                </a>
                            </p>
                            <Headline f=p.gain followup=p.followup />
                            <dl class="facts programme-facts">
                                {facts
                                    .into_iter()
                                    .map(|(k, v)| {
                                        view! {
                                            <dt>{k}</dt>
                                            <dd>{v}</dd>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                            <TableFrame>
                                <table class="data report" id="programme-completions">
                                    <caption>{locale.t(E::FigCompletions)}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{locale.t(E::ModuleLabel)}</th>
                                            <th scope="col">{locale.t(E::FigCompletions)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {p
                                            .completions_by_module
                                            .into_iter()
                                            .map(|(t, n)| {
                                                view! {
                                                    <tr>
                                                        <th scope="row">{t}</th>
                                                        <td>{n}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </TableFrame>
                            <GainTable
                                id="programme-gain"
                                caption=locale.t(E::GainByModule).to_owned()
                                rows=p.gain_by_module
                            />
                        </article>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}
