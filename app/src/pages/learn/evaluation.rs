//! What a trainee sees of the evaluation: the pre-test before the lessons, the short survey
//! after completion and, on the home page, the follow-up question three months on.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::evaluation::{AnswerFollowup, AnswerSurvey, SkipPretest};
use crate::api::learning::Start;
use crate::components::form::FormMessage;
use crate::i18n::{EvalMsg, use_locale};
use crate::model::evaluation::{PretestStanding, Referred};

/// The pre-test, while it stands between the trainee and the lessons.
#[component]
pub fn PretestCard(
    module_id: i32,
    standing: PretestStanding,
    key: String,
    lang: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let action = match standing {
        PretestStanding::Open { attempt_id } => view! {
            <p>
                <a class="button" href=format!("/attempts/{attempt_id}")>
                    {locale.t(EvalMsg::ContinuePretest)}
                </a>
            </p>
        }
        .into_any(),
        PretestStanding::Due { may_skip } => view! {
            <div class="actions">
                <form method="post" action=Start::PATH>
                    <input type="hidden" name="module_id" value=module_id />
                    <input type="hidden" name="key" value=key />
                    <input type="hidden" name="lang" value=lang />
                    <input type="hidden" name="purpose" value="pretest" />
                    <button type="submit">{locale.t(EvalMsg::StartPretest)}</button>
                </form>
                {may_skip
                    .then(|| {
                        view! {
                            <form method="post" action=SkipPretest::PATH>
                                <input type="hidden" name="module_id" value=module_id />
                                <button type="submit" class="secondary">
                                    {locale.t(EvalMsg::SkipPretest)}
                                </button>
                            </form>
                        }
                    })}
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        <section class="card" id="pretest">
            <h2>{locale.t(EvalMsg::PretestTitle)}</h2>
            <p>{locale.t(EvalMsg::PretestWhy)}</p>
            <FormMessage form=Start::PATH />
            <FormMessage form=SkipPretest::PATH />
            {action}
        </section>
    }
}

/// One 1–5 scale of the survey, as radio buttons (blank: not answered).
#[component]
fn Scale(
    name: &'static str,
    legend: &'static str,
    low: &'static str,
    high: &'static str,
) -> impl IntoView {
    view! {
        <fieldset class="scale">
            <legend>{legend}</legend>
            <div class="scale-row">
                <span class="scale-end" aria-hidden="true">
                    {low}
                </span>
                {(1..=5)
                    .map(|n| {
                        let label = match n {
                            1 => format!("1 — {low}"),
                            5 => format!("5 — {high}"),
                            n => n.to_string(),
                        };
                        view! {
                            <label class="scale-point">
                                <input type="radio" name=name value=n.to_string() />
                                <span aria-hidden="true">{n}</span>
                                <span class="visually-hidden">{label}</span>
                            </label>
                        }
                    })
                    .collect_view()}
                <span class="scale-end" aria-hidden="true">
                    {high}
                </span>
            </div>
        </fieldset>
    }
}

/// The reaction survey, once the module is complete: optional, a minute, without a name.
#[component]
pub fn SurveyCard(module_id: i32) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card" id="survey">
            <h2>{locale.t(EvalMsg::SurveyTitle)}</h2>
            <p>{locale.t(EvalMsg::SurveyIntro)}</p>
            <FormMessage form=AnswerSurvey::PATH />
            <form method="post" action=AnswerSurvey::PATH class="stack">
                <input type="hidden" name="module_id" value=module_id />
                <Scale
                    name="relevance"
                    legend=locale.t(EvalMsg::SurveyRelevance)
                    low=locale.t(EvalMsg::ScaleNotAtAll)
                    high=locale.t(EvalMsg::ScaleVeryMuch)
                />
                <Scale
                    name="confidence_before"
                    legend=locale.t(EvalMsg::SurveyConfidenceBefore)
                    low=locale.t(EvalMsg::ScaleNotAtAll)
                    high=locale.t(EvalMsg::ScaleVeryMuch)
                />
                <Scale
                    name="confidence_after"
                    legend=locale.t(EvalMsg::SurveyConfidenceAfter)
                    low=locale.t(EvalMsg::ScaleNotAtAll)
                    high=locale.t(EvalMsg::ScaleVeryMuch)
                />
                <label>
                    {locale.t(EvalMsg::SurveyMissing)}
                    <textarea name="missing" rows="3" maxlength="2000"></textarea>
                </label>
                <button type="submit">{locale.t(EvalMsg::SendSurvey)}</button>
            </form>
        </section>
    }
}

/// The follow-up question, three months after the first completion.
#[component]
pub fn FollowupCard() -> impl IntoView {
    let locale = use_locale();
    let referred = |r: Referred| match r {
        Referred::Never => locale.t(EvalMsg::ReferredNever),
        Referred::Once => locale.t(EvalMsg::ReferredOnce),
        Referred::Several => locale.t(EvalMsg::ReferredSeveral),
    };
    view! {
        <section class="card" id="followup">
            <h2>{locale.t(EvalMsg::FollowupTitle)}</h2>
            <p class="hint">{locale.t(EvalMsg::FollowupNoCase)}</p>
            <FormMessage form=AnswerFollowup::PATH />
            <form method="post" action=AnswerFollowup::PATH class="stack">
                <fieldset>
                    <legend>{locale.t(EvalMsg::FollowupQuestion)}</legend>
                    {Referred::ALL
                        .into_iter()
                        .map(|r| {
                            view! {
                                <label class="check">
                                    <input type="radio" name="referred" value=r.code() />
                                    {referred(r)}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <fieldset>
                    <legend>{locale.t(EvalMsg::FollowupDirectory)}</legend>
                    <label class="check">
                        <input type="radio" name="helped" value="yes" />
                        {locale.t(EvalMsg::Yes)}
                    </label>
                    <label class="check">
                        <input type="radio" name="helped" value="no" />
                        {locale.t(EvalMsg::No)}
                    </label>
                </fieldset>
                <div class="actions">
                    <button type="submit" name="action" value="answer">
                        {locale.t(EvalMsg::SendFollowup)}
                    </button>
                    <button type="submit" name="action" value="decline" class="secondary">
                        {locale.t(EvalMsg::DeclineFollowup)}
                    </button>
                </div>
            </form>
        </section>
    }
}
