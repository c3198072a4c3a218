use leptos::prelude::*;

use crate::components::bidi::Name;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::authoring::module;
use crate::api::authoring::{
    AddLesson, AddQuestion, Archive, Arrange, NewDraft, Publish, UpdateSettings,
};
use crate::api::translations::StartTranslation;
use crate::components::form::{Field, FormMessage, SelectField, flash_for, textarea_text};
use crate::components::gate::{gate, page_error};
use crate::i18n::{
    AuthorMsg, EvalMsg, Locale, Msg, TranslationMsg, authoring, evaluation, use_locale,
};
use crate::model::evaluation::PretestMode;
use crate::model::{
    accounts::AgencyKind,
    authoring::{KeyShown, QuestionKind, VersionStatus, VersionView},
};
use crate::pages::author::is_author;

#[component]
pub fn ModulePage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, module);
    let locale = use_locale();
    gate(is_author, move |_| {
        view! {
            <p>
                <a href="/author">{locale.back_link(locale.t(AuthorMsg::Modules))}</a>
            </p>
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => view! { <Editor v /> }.into_any(),
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
    })
}

#[component]
fn Editor(v: VersionView) -> impl IntoView {
    let locale = use_locale();
    let draft = v.status == VersionStatus::Draft;
    let published_too = v.versions.iter().any(|(_, _, s)| *s == VersionStatus::Published);
    view! {
        <h1>{v.settings.title.clone()}</h1>
        <p class="version-status" data-status=v.status.code()>
            {authoring::version_status_line(locale, v.number, v.status)}
        </p>
        <FormMessage form=Arrange::PATH />
        <nav class="actions">
            <a href=format!(
                "/author/versions/{}/preview",
                v.id,
            )>{locale.t(AuthorMsg::PreviewAsTrainee)}</a>
            <a href=format!("/author/versions/{}/export", v.id) download>
                {locale.t(AuthorMsg::ExportJson)}
            </a>
            {(!draft)
                .then(|| {
                    view! {
                        <a href=format!(
                            "/author/versions/{}/analysis",
                            v.id,
                        )>{locale.t(AuthorMsg::ItemAnalysis)}</a>
                    }
                })}
        </nav>
        {if draft {
            view! { <Settings v=v.clone() /> }.into_any()
        } else {
            view! { <SettingsSummary v=v.clone() /> }.into_any()
        }}
        <Lessons v=v.clone() draft />
        {v
            .key_pattern
            .map(|p| {
                view! {
                    <p class="notice warning key-pattern" role="note">
                        {authoring::key_pattern_warning(locale, p)}
                    </p>
                }
            })}
        <Questions v=v.clone() draft />
        <Translations v=v.clone() />
        <section class="card">
            <h2>{locale.t(AuthorMsg::Publishing)}</h2>
            <FormMessage form=Publish::PATH />
            <FormMessage form=NewDraft::PATH />
            <FormMessage form=Archive::PATH />
            {if draft {
                let ready = v.problems.is_empty();
                view! {
                    {(!ready)
                        .then(|| {
                            view! {
                                <p>{locale.t(AuthorMsg::BeforePublishing)}</p>
                                <ul class="problems">
                                    {v
                                        .problems
                                        .iter()
                                        .map(|p| view! { <li>{locale.problem(&p.problem)}</li> })
                                        .collect_view()}
                                </ul>
                            }
                        })}
                    <form method="post" action=Publish::PATH>
                        <input type="hidden" name="version_id" value=v.id />
                        <button type="submit" disabled=!ready>
                            {locale.t(AuthorMsg::PublishThisVersion)}
                        </button>
                    </form>
                }
                    .into_any()
            } else {
                view! {
                    <form method="post" action=NewDraft::PATH class="inline">
                        <input type="hidden" name="module_id" value=v.module_id />
                        <button type="submit">{locale.t(AuthorMsg::EditNewDraft)}</button>
                    </form>
                    {published_too
                        .then(|| {
                            view! {
                                " "
                                <form method="post" action=Archive::PATH class="inline">
                                    <input type="hidden" name="module_id" value=v.module_id />
                                    <button type="submit" class="danger">
                                        {locale.t(AuthorMsg::Archive)}
                                    </button>
                                </form>
                            }
                        })}
                }
                    .into_any()
            }}
            <p class="hint">
                {locale.t(AuthorMsg::VersionsLabel)}
                {v
                    .versions
                    .iter()
                    .map(|(id, n, s)| {
                        view! {
                            <a href=format!(
                                "/author/versions/{id}/preview",
                            )>{authoring::version_chip(locale, *n, *s)}</a>
                            " "
                        }
                    })
                    .collect_view()}
            </p>
        </section>
    }
}

/// The version's translations, each with its state, and a form to start one in a language it
/// lacks.
#[component]
fn Translations(v: VersionView) -> impl IntoView {
    let locale = use_locale();
    let missing: Vec<Locale> = Locale::ALL
        .into_iter()
        .filter(|l| l.code() != v.settings.language)
        .filter(|l| !v.translations.iter().any(|t| t.language == *l))
        .collect();
    let rows = v
        .translations
        .iter()
        .map(|t| {
            let state = if t.published {
                locale.t(TranslationMsg::TranslationOffered)
            } else {
                locale.t(TranslationMsg::TranslationDraft)
            };
            let out_of_date = t.out_of_date.then(|| {
                view! { <strong class="out-of-date">{locale.t(TranslationMsg::OutOfDate)}</strong> }
            });
            view! {
                <li data-language=t.language.code()>
                    <a
                        href=format!("/author/versions/{}/translations/{}", v.id, t.language.code())
                        lang=t.language.code()
                    >
                        {t.language.native_name()}
                    </a>
                    " · "
                    {state}
                    {out_of_date
                        .map(|o| {
                            view! {
                                " · "
                                {o}
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" id="translations">
            <h2>{locale.t(TranslationMsg::Translations)}</h2>
            <p class="hint">{locale.t(TranslationMsg::TranslationsHint)}</p>
            {if v.translations.is_empty() {
                view! { <p>{locale.t(TranslationMsg::NoTranslationYet)}</p> }.into_any()
            } else {
                view! { <ul class="translations">{rows}</ul> }.into_any()
            }}
            <FormMessage form=StartTranslation::PATH />
            {(!missing.is_empty())
                .then(|| {
                    view! {
                        <form method="post" action=StartTranslation::PATH class="inline">
                            <input type="hidden" name="version_id" value=v.id />
                            <label for="start_translation-language">
                                {locale.t(TranslationMsg::TranslateInto)}
                            </label>
                            " "
                            <select id="start_translation-language" name="language">
                                {missing
                                    .iter()
                                    .map(|l| {
                                        view! { <option value=l.code()>{l.native_name()}</option> }
                                    })
                                    .collect_view()}
                            </select>
                            " "
                            <button type="submit">
                                {locale.t(TranslationMsg::StartTranslation)}
                            </button>
                        </form>
                    }
                })}
        </section>
    }
}

fn optional(n: Option<i32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

#[component]
fn Settings(v: VersionView) -> impl IntoView {
    let locale = use_locale();
    let s = v.settings.clone();
    // After a failed save, the summary as typed (the other fields refill themselves).
    let summary = flash_for(UpdateSettings::PATH)
        .and_then(|f| f.value("summary").map(str::to_owned))
        .unwrap_or_else(|| s.summary.clone());
    let languages =
        Locale::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
    let pretest_options = PretestMode::ALL
        .iter()
        .map(|m| (m.code().to_owned(), evaluation::pretest_mode(locale, *m).to_owned()))
        .collect();
    let key_options = KeyShown::ALL
        .iter()
        .map(|k| (k.code().to_owned(), authoring::key_shown(locale, *k).to_owned()))
        .collect();
    view! {
        <section class="card">
            <h2>{locale.t(AuthorMsg::Settings)}</h2>
            <FormMessage form=UpdateSettings::PATH />
            <form method="post" action=UpdateSettings::PATH class="stack">
                <input type="hidden" name="version_id" value=v.id />
                <Field
                    form=UpdateSettings::PATH
                    name="settings[title]"
                    label=locale.t(AuthorMsg::Title)
                    value=s.title.clone()
                    required=true
                />
                <div class="field">
                    <label for="update_settings-summary">{locale.t(AuthorMsg::Summary)}</label>
                    <textarea id="update_settings-summary" name="settings[summary]" rows="3">
                        {textarea_text(&summary)}
                    </textarea>
                </div>
                <SelectField
                    form=UpdateSettings::PATH
                    name="settings[language]"
                    label=locale.t(AuthorMsg::Language)
                    options=languages
                    selected=s.language.clone()
                />
                <div class="grid-2">
                    <Field
                        form=UpdateSettings::PATH
                        name="settings[estimated_minutes]"
                        label=locale.t(AuthorMsg::EstimatedMinutes)
                        kind="number"
                        value=s.estimated_minutes.to_string()
                    />
                    <Field
                        form=UpdateSettings::PATH
                        name="settings[pass_mark_percent]"
                        label=locale.t(AuthorMsg::PassMarkPercent)
                        kind="number"
                        value=s.pass_mark_percent.to_string()
                        hint="1–100"
                    />
                    <Field
                        form=UpdateSettings::PATH
                        name="settings[max_attempts]"
                        label=locale.t(AuthorMsg::AttemptsAllowed)
                        kind="number"
                        value=optional(s.max_attempts)
                        hint=locale.t(AuthorMsg::EmptyUnlimited)
                    />
                    <Field
                        form=UpdateSettings::PATH
                        name="settings[time_limit_minutes]"
                        label=locale.t(AuthorMsg::TimeLimitMinutes)
                        kind="number"
                        value=optional(s.time_limit_minutes)
                        hint=locale.t(AuthorMsg::EmptyNone)
                    />
                    <Field
                        form=UpdateSettings::PATH
                        name="settings[questions_per_attempt]"
                        label=locale.t(AuthorMsg::QuestionsPerAttempt)
                        kind="number"
                        value=optional(s.questions_per_attempt)
                        hint=locale.t(AuthorMsg::EmptyAll)
                    />
                </div>
                <fieldset>
                    <legend>{locale.t(AuthorMsg::IntendedFor)}</legend>
                    {AgencyKind::ALL
                        .iter()
                        .map(|k| {
                            let checked = s.agency_kinds.contains(k);
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        name=format!("settings[kinds][{}]", k.code())
                                        checked=checked
                                    />
                                    {locale.agency_kind(*k)}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <label class="check">
                    <input
                        type="checkbox"
                        name="settings[shuffle_questions]"
                        checked=s.shuffle_questions
                    />
                    {locale.t(AuthorMsg::ShuffleQuestions)}
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        name="settings[shuffle_options]"
                        checked=s.shuffle_options
                    />
                    {locale.t(AuthorMsg::ShuffleOptions)}
                </label>
                <label class="check">
                    <input
                        type="checkbox"
                        name="settings[one_per_screen]"
                        checked=s.one_per_screen
                    />
                    {locale.t(AuthorMsg::OnePerScreen)}
                </label>
                <SelectField
                    form=UpdateSettings::PATH
                    name="settings[pretest]"
                    label=locale.t(EvalMsg::Pretest)
                    options=pretest_options
                    selected=s.pretest.code().to_owned()
                />
                <Field
                    form=UpdateSettings::PATH
                    name="settings[retake_wait_minutes]"
                    label=locale.t(AuthorMsg::RetakeWaitMinutes)
                    kind="number"
                    value=optional(s.retake_wait_minutes)
                    hint=locale.t(AuthorMsg::EmptyNone)
                />
                <fieldset>
                    <legend>{locale.t(AuthorMsg::ReviewLegend)}</legend>
                    <label class="check">
                        <input
                            type="checkbox"
                            name="settings[review_score]"
                            checked=s.review.score
                        />
                        {locale.t(AuthorMsg::ReviewScore)}
                    </label>
                    <label class="check">
                        <input
                            type="checkbox"
                            name="settings[review_correctness]"
                            checked=s.review.correctness
                        />
                        {locale.t(AuthorMsg::ReviewCorrectness)}
                    </label>
                    <label class="check">
                        <input
                            type="checkbox"
                            name="settings[review_feedback]"
                            checked=s.review.feedback
                        />
                        {locale.t(AuthorMsg::ReviewFeedback)}
                    </label>
                    <SelectField
                        form=UpdateSettings::PATH
                        name="settings[review_key]"
                        label=locale.t(AuthorMsg::ReviewKey)
                        options=key_options
                        selected=s.review.key.code().to_owned()
                    />
                </fieldset>
                <button type="submit">{locale.t(AuthorMsg::SaveSettings)}</button>
            </form>
        </section>
    }
}

#[component]
fn SettingsSummary(v: VersionView) -> impl IntoView {
    let locale = use_locale();
    let s = v.settings;
    view! {
        <section class="card">
            <h2>{locale.t(AuthorMsg::Settings)}</h2>
            <p>{s.summary.clone()}</p>
            <dl class="facts">
                <dt>{locale.t(AuthorMsg::PassMark)}</dt>
                <dd>{locale.percent(s.pass_mark_percent.into())}</dd>
                <dt>{locale.t(AuthorMsg::Attempts)}</dt>
                <dd>
                    {s
                        .max_attempts
                        .map_or(locale.t(AuthorMsg::Unlimited).into(), |n| n.to_string())}
                </dd>
                <dt>{locale.t(AuthorMsg::TimeLimit)}</dt>
                <dd>
                    {s
                        .time_limit_minutes
                        .map_or(
                            locale.t(AuthorMsg::NoTimeLimit).into(),
                            |n| authoring::minutes(locale, n),
                        )}
                </dd>
                <dt>{locale.t(AuthorMsg::QuestionsPerAttempt)}</dt>
                <dd>
                    {s
                        .questions_per_attempt
                        .map_or(locale.t(AuthorMsg::AllQuestions).into(), |n| n.to_string())}
                </dd>
            </dl>
        </section>
    }
}

/// Up, down and delete buttons for one row (plain forms).
#[component]
fn RowActions(what: &'static str, id: i32, first: bool, last: bool) -> impl IntoView {
    let locale = use_locale();
    let button = move |action: &'static str, label: &'static str, disabled: bool| {
        view! {
            <form method="post" action=Arrange::PATH class="inline">
                <input type="hidden" name="what" value=what />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="action" value=action />
                <button
                    type="submit"
                    class="small"
                    disabled=disabled
                    aria-label=authoring::row_action_label(locale, action, what)
                >
                    {label}
                </button>
            </form>
        }
    };
    view! {
        <span class="row-actions">
            {button("up", "↑", first)} {button("down", "↓", last)}
            {button("delete", locale.t(AuthorMsg::Delete), false)}
        </span>
    }
}

#[component]
fn Lessons(v: VersionView, draft: bool) -> impl IntoView {
    let locale = use_locale();
    let n = v.lessons.len();
    view! {
        <section class="card">
            <h2>{authoring::lessons_heading(locale, n)}</h2>
            <ol class="outline">
                {v
                    .lessons
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        view! {
                            <li>
                                <a href=format!("/author/lessons/{}", l.id)>
                                    <Name text=l.title.clone() />
                                </a>
                                {draft
                                    .then(|| {
                                        view! {
                                            <RowActions
                                                what="lesson"
                                                id=l.id
                                                first=i == 0
                                                last=i + 1 == n
                                            />
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {draft
                .then(|| {
                    view! {
                        <FormMessage form=AddLesson::PATH />
                        <form method="post" action=AddLesson::PATH class="stack">
                            <input type="hidden" name="version_id" value=v.id />
                            <Field
                                form=AddLesson::PATH
                                name="title"
                                label=locale.t(AuthorMsg::NewLessonTitle)
                            />
                            <button type="submit">{locale.t(AuthorMsg::AddLesson)}</button>
                        </form>
                    }
                })}
        </section>
    }
}

#[component]
fn Questions(v: VersionView, draft: bool) -> impl IntoView {
    let locale = use_locale();
    let n = v.questions.len();
    let kinds = QuestionKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), authoring::question_kind(locale, *k).to_owned()))
        .collect();
    view! {
        <section class="card">
            <h2>{authoring::questions_heading(locale, n)}</h2>
            <ol class="outline">
                {v
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        view! {
                            <li>
                                <a href=format!(
                                    "/author/questions/{}",
                                    q.id,
                                )>{q.question.prompt.clone()}</a>
                                " "
                                <small class="hint">
                                    {authoring::question_facts(
                                        locale,
                                        q.question.kind,
                                        q.question.points,
                                    )}
                                </small>
                                {draft
                                    .then(|| {
                                        view! {
                                            <RowActions
                                                what="question"
                                                id=q.id
                                                first=i == 0
                                                last=i + 1 == n
                                            />
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {draft
                .then(|| {
                    view! {
                        <form method="post" action=AddQuestion::PATH class="stack">
                            <input type="hidden" name="version_id" value=v.id />
                            <SelectField
                                form=AddQuestion::PATH
                                name="kind"
                                label=locale.t(AuthorMsg::NewQuestionOfKind)
                                options=kinds
                            />
                            <button type="submit">{locale.t(AuthorMsg::AddQuestion)}</button>
                        </form>
                    }
                })}
        </section>
    }
}
