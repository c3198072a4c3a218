use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::authoring::module;
use crate::components::form::{Field, FormMessage, SelectField};
use crate::components::gate::gate;
use crate::i18n::Locale;
use crate::model::{
    accounts::AgencyKind,
    authoring::{QuestionKind, VersionStatus, VersionView},
};
use crate::pages::author::is_author;
use crate::pages::not_found::NotFound;

#[component]
pub fn ModulePage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, module);
    gate(is_author, move |_| {
        view! {
            <p><a href="/author">"← Modules"</a></p>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(v) => view! { <Editor v /> }.into_any(),
                        Err(_) => view! { <NotFound /> }.into_any(),
                    }
                })}
            </Suspense>
        }
    })
}

#[component]
fn Editor(v: VersionView) -> impl IntoView {
    let draft = v.status == VersionStatus::Draft;
    let status = match v.status {
        VersionStatus::Draft => "draft — trainees do not see it yet",
        VersionStatus::Published => "published — frozen; trainees get this version",
        VersionStatus::Archived => "archived — new trainees do not see it",
    };
    let published_too = v.versions.iter().any(|(_, _, s)| *s == VersionStatus::Published);
    view! {
        <h1>{v.settings.title.clone()}</h1>
        <p class="version-status" data-status=v.status.code()>{format!("Version {}: {status}", v.number)}</p>
        <FormMessage form="arrange" />
        <nav class="actions">
            <a href=format!("/author/versions/{}/preview", v.id)>"Preview as a trainee"</a>
            <a href=format!("/author/versions/{}/export", v.id) download>"Export (JSON)"</a>
            {(!draft).then(|| view! { <a href=format!("/author/versions/{}/analysis", v.id)>"Item analysis"</a> })}
        </nav>
        {if draft { view! { <Settings v=v.clone() /> }.into_any() } else { view! { <SettingsSummary v=v.clone() /> }.into_any() }}
        <Lessons v=v.clone() draft />
        <Questions v=v.clone() draft />
        <section class="card">
            <h2>"Publishing"</h2>
            <FormMessage form="publish" />
            <FormMessage form="new_draft" />
            <FormMessage form="archive" />
            {if draft {
                let ready = v.problems.is_empty();
                view! {
                    {(!ready).then(|| view! {
                        <p>"Before publishing:"</p>
                        <ul class="problems">{v.problems.iter().map(|p| view! { <li>{p.message.clone()}</li> }).collect_view()}</ul>
                    })}
                    <form method="post" action="/api/authoring/publish">
                        <input type="hidden" name="version_id" value=v.id />
                        <button type="submit" disabled=!ready>"Publish this version"</button>
                    </form>
                }.into_any()
            } else {
                view! {
                    <form method="post" action="/api/authoring/new_draft" class="inline">
                        <input type="hidden" name="module_id" value=v.module_id />
                        <button type="submit">"Edit (start a new draft)"</button>
                    </form>
                    {published_too.then(|| view! {
                        " "
                        <form method="post" action="/api/authoring/archive" class="inline">
                            <input type="hidden" name="module_id" value=v.module_id />
                            <button type="submit" class="danger">"Archive"</button>
                        </form>
                    })}
                }.into_any()
            }}
            <p class="hint">
                "Versions: "
                {v.versions.iter().map(|(id, n, s)| view! { <a href=format!("/author/versions/{id}/preview")>{format!("v{n} ({})", s.code())}</a>" " }).collect_view()}
            </p>
        </section>
    }
}

fn optional(n: Option<i32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

#[component]
fn Settings(v: VersionView) -> impl IntoView {
    let s = v.settings.clone();
    let languages =
        Locale::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
    view! {
        <section class="card">
            <h2>"Settings"</h2>
            <FormMessage form="settings" />
            <form method="post" action="/api/authoring/update_settings" class="stack">
                <input type="hidden" name="version_id" value=v.id />
                <Field form="settings" name="title" label="Title" value=s.title.clone() required=true />
                <div class="field">
                    <label for="settings-summary">"Summary"</label>
                    <textarea id="settings-summary" name="summary" rows="3">{s.summary.clone()}</textarea>
                </div>
                <SelectField form="settings" name="language" label="Language" options=languages selected=s.language.clone() />
                <div class="grid-2">
                    <Field form="settings" name="estimated_minutes" label="Estimated minutes" kind="number" value=s.estimated_minutes.to_string() />
                    <Field form="settings" name="pass_mark_percent" label="Pass mark (%)" kind="number" value=s.pass_mark_percent.to_string() hint="1–100" />
                    <Field form="settings" name="max_attempts" label="Attempts allowed" kind="number" value=optional(s.max_attempts) hint="empty: unlimited" />
                    <Field form="settings" name="time_limit_minutes" label="Time limit (minutes)" kind="number" value=optional(s.time_limit_minutes) hint="empty: none" />
                    <Field form="settings" name="questions_per_attempt" label="Questions per attempt" kind="number" value=optional(s.questions_per_attempt) hint="empty: all" />
                </div>
                <fieldset>
                    <legend>"Intended for (none ticked: everyone)"</legend>
                    {AgencyKind::ALL.iter().map(|k| {
                        let checked = s.agency_kinds.contains(k);
                        view! { <label class="check"><input type="checkbox" name=format!("kinds[{}]", k.code()) checked=checked />{k.label()}</label> }
                    }).collect_view()}
                </fieldset>
                <label class="check"><input type="checkbox" name="shuffle_questions" checked=s.shuffle_questions />"Shuffle questions"</label>
                <label class="check"><input type="checkbox" name="shuffle_options" checked=s.shuffle_options />"Shuffle options"</label>
                <button type="submit">"Save settings"</button>
            </form>
        </section>
    }
}

#[component]
fn SettingsSummary(v: VersionView) -> impl IntoView {
    let s = v.settings;
    view! {
        <section class="card">
            <h2>"Settings"</h2>
            <p>{s.summary.clone()}</p>
            <dl class="facts">
                <dt>"Pass mark"</dt><dd>{format!("{} %", s.pass_mark_percent)}</dd>
                <dt>"Attempts"</dt><dd>{s.max_attempts.map_or("unlimited".into(), |n| n.to_string())}</dd>
                <dt>"Time limit"</dt><dd>{s.time_limit_minutes.map_or("none".into(), |n| format!("{n} min"))}</dd>
                <dt>"Questions per attempt"</dt><dd>{s.questions_per_attempt.map_or("all".into(), |n| n.to_string())}</dd>
            </dl>
        </section>
    }
}

/// Up, down and delete buttons for one row (plain forms).
#[component]
fn RowActions(what: &'static str, id: i32, first: bool, last: bool) -> impl IntoView {
    let button = move |action: &'static str, label: &'static str, disabled: bool| {
        view! {
            <form method="post" action="/api/authoring/arrange" class="inline">
                <input type="hidden" name="what" value=what />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="action" value=action />
                <button type="submit" class="small" disabled=disabled aria-label=format!("{label} {what}")>{label}</button>
            </form>
        }
    };
    view! {
        <span class="row-actions">
            {button("up", "↑", first)}
            {button("down", "↓", last)}
            {button("delete", "Delete", false)}
        </span>
    }
}

#[component]
fn Lessons(v: VersionView, draft: bool) -> impl IntoView {
    let n = v.lessons.len();
    view! {
        <section class="card">
            <h2>{format!("Lessons ({n})")}</h2>
            <ol class="outline">
                {v.lessons.iter().enumerate().map(|(i, l)| view! {
                    <li>
                        <a href=format!("/author/lessons/{}", l.id)>{l.title.clone()}</a>
                        {draft.then(|| view! { <RowActions what="lesson" id=l.id first=i == 0 last=i + 1 == n /> })}
                    </li>
                }).collect_view()}
            </ol>
            {draft.then(|| view! {
                <FormMessage form="add_lesson" />
                <form method="post" action="/api/authoring/add_lesson" class="stack">
                    <input type="hidden" name="version_id" value=v.id />
                    <Field form="add_lesson" name="title" label="New lesson title" />
                    <button type="submit">"Add lesson"</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn Questions(v: VersionView, draft: bool) -> impl IntoView {
    let n = v.questions.len();
    let kinds =
        QuestionKind::ALL.iter().map(|k| (k.code().to_owned(), k.label().to_owned())).collect();
    view! {
        <section class="card">
            <h2>{format!("Questions ({n})")}</h2>
            <ol class="outline">
                {v.questions.iter().enumerate().map(|(i, q)| view! {
                    <li>
                        <a href=format!("/author/questions/{}", q.id)>{q.question.prompt.clone()}</a>
                        " "<small class="hint">{format!("{} · {} pt", q.question.kind.label(), q.question.points)}</small>
                        {draft.then(|| view! { <RowActions what="question" id=q.id first=i == 0 last=i + 1 == n /> })}
                    </li>
                }).collect_view()}
            </ol>
            {draft.then(|| view! {
                <form method="post" action="/api/authoring/add_question" class="stack">
                    <input type="hidden" name="version_id" value=v.id />
                    <SelectField form="add_question" name="kind" label="New question of kind" options=kinds />
                    <button type="submit">"Add question"</button>
                </form>
            })}
        </section>
    }
}
