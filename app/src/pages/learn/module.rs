use leptos::prelude::*;

use crate::components::table_frame::TableFrame;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::learning::Start;
use crate::api::learning::module;
use crate::components::form::FormMessage;
use crate::components::gate::{anyone, gate, page_error};
use crate::components::offline::OfflineCopy;
use crate::i18n::{EvalMsg, Locale, Msg, TranslationMsg, evaluation, use_locale};
use crate::model::problem::Problem;
use crate::pages::learn::evaluation::{PretestCard, SurveyCard};

#[component]
pub fn LearnModulePage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    // `?lang=` asks for one of the module's languages; links on the page keep asking for it.
    let lang = use_query_map().with_untracked(|q| q.get("lang"));
    let data = Resource::new(move || (id, lang.clone()), |(id, lang)| module(id, lang));
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let m = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let unread = m.lessons.iter().filter(|l| !l.read).count();
                    let key = one_time_key();
                    let shown = Locale::from_code(&m.card.language).unwrap_or_default();
                    let asked = lang_query(&m.card.language, locale);
                    view! {
                        <p>
                            <a href="/learning">{locale.back_link(locale.t(Msg::NavMyLearning))}</a>
                        </p>
                        <ModuleLanguages
                            module_id=m.card.module_id
                            languages=m.languages.clone()
                            shown
                        />
                        {(shown != locale)
                            .then(|| {
                                view! { <p class="notice">{locale.not_in_your_language(shown)}</p> }
                            })}
                        <div lang=shown.code() dir=shown.dir()>
                            <h1>{m.card.title.clone()}</h1>
                            <p class="lead">{m.card.summary.clone()}</p>
                        </div>
                        {m
                            .card
                            .certificate_code
                            .clone()
                            .map(|code| {
                                view! {
                                    <p class="notice">
                                        {locale.t(Msg::ModuleCompleted)}
                                        <a href=format!(
                                            "/certificates/{code}",
                                        )>{locale.t(Msg::YourCertificate)}</a>
                                    </p>
                                }
                            })}
                        {m.survey_due.then(|| view! { <SurveyCard module_id=m.card.module_id /> })}
                        {if m.pretest.blocks_lessons() {
                            view! {
                                <PretestCard
                                    module_id=m.card.module_id
                                    standing=m.pretest
                                    key=key.clone()
                                    lang=shown.code()
                                />
                                <p class="hint">{locale.t(EvalMsg::LessonsAfterPretest)}</p>
                            }
                                .into_any()
                        } else {
                            view! {
                                <section class="card">
                                    <h2>{locale.t(Msg::Lessons)}</h2>
                                    <OfflineCopy module_id=m.card.module_id />
                                    <ol class="lesson-list" lang=shown.code() dir=shown.dir()>
                                        {m
                                            .lessons
                                            .iter()
                                            .map(|l| {
                                                view! {
                                                    <li class:read=l.read>
                                                        <a href=format!(
                                                            "/learn/{}/lessons/{}{asked}",
                                                            m.card.module_id,
                                                            l.id,
                                                        )>{l.title.clone()}</a>
                                                        {l
                                                            .read
                                                            .then(|| {
                                                                view! {
                                                                    <span class="done">{locale.t(Msg::LessonRead)}</span>
                                                                }
                                                            })}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ol>
                                </section>
                                <section class="card">
                                    <h2>{locale.t(Msg::Quiz)}</h2>
                                    <p>
                                        {locale
                                            .quiz_facts(
                                                m.questions,
                                                m.pass_mark_percent,
                                                m.time_limit_minutes,
                                                m.attempts.len(),
                                                m.max_attempts,
                                            )}
                                    </p>
                                    {m
                                        .pretest_percent
                                        .map(|p| {
                                            view! {
                                                <p class="hint">
                                                    {evaluation::your_pretest_score(locale, p)}
                                                </p>
                                            }
                                        })}
                                    {(unread > 0)
                                        .then(|| {
                                            view! { <p class="hint">{locale.still_to_read(unread)}</p> }
                                        })}
                                    <FormMessage form=Start::PATH />
                                    {match (m.open_attempt, m.cannot_start.clone()) {
                                        (Some(open), _) => {
                                            view! {
                                                <p>
                                                    <a class="button" href=format!("/attempts/{open}")>
                                                        {locale.t(Msg::ContinueQuiz)}
                                                    </a>
                                                </p>
                                            }
                                                .into_any()
                                        }
                                        (None, Some(reason)) => {
                                            let said = match (&reason, m.max_attempts) {
                                                (Problem::NoAttemptLeft, Some(max)) => {
                                                    locale.all_attempts_used(max)
                                                }
                                                _ => locale.problem(&reason),
                                            };
                                            view! { <p class="error">{said}</p> }.into_any()
                                        }
                                        (None, None) => {
                                            view! {
                                                <form method="post" action=Start::PATH>
                                                    <input
                                                        type="hidden"
                                                        name="module_id"
                                                        value=m.card.module_id
                                                    />
                                                    <input type="hidden" name="key" value=key />
                                                    <input type="hidden" name="lang" value=shown.code() />
                                                    <button type="submit">
                                                        {locale
                                                            .t(
                                                                if m.attempts.is_empty() {
                                                                    Msg::StartQuiz
                                                                } else {
                                                                    Msg::TryAgain
                                                                },
                                                            )}
                                                    </button>
                                                </form>
                                            }
                                                .into_any()
                                        }
                                    }}
                                    {(!m.attempts.is_empty())
                                        .then(|| {
                                            view! {
                                                <TableFrame>
                                                    <table class="data attempts">
                                                        <thead>
                                                            <tr>
                                                                <th>{locale.t(Msg::AttemptHeader)}</th>
                                                                <th>{locale.t(Msg::ScoreHeader)}</th>
                                                                <th>{locale.t(Msg::ResultHeader)}</th>
                                                            </tr>
                                                        </thead>
                                                        <tbody>
                                                            {m
                                                                .attempts
                                                                .iter()
                                                                .map(|a| {
                                                                    view! {
                                                                        <tr>
                                                                            <td>
                                                                                <a href=format!(
                                                                                    "/attempts/{}",
                                                                                    a.id,
                                                                                )>{format!("#{}", a.number)}</a>
                                                                            </td>
                                                                            <td>
                                                                                {a
                                                                                    .percent
                                                                                    .map(|p| locale.percent(p))
                                                                                    .unwrap_or_else(|| locale.t(Msg::StatusInProgress).into())}
                                                                            </td>
                                                                            <td>
                                                                                {match a.passed {
                                                                                    Some(true) => locale.t(Msg::AttemptPassed),
                                                                                    Some(false) => locale.t(Msg::AttemptNotPassed),
                                                                                    None => "—",
                                                                                }}{a.late.then_some(locale.t(Msg::AttemptLate))}
                                                                            </td>
                                                                        </tr>
                                                                    }
                                                                })
                                                                .collect_view()}
                                                        </tbody>
                                                    </table>
                                                </TableFrame>
                                            }
                                        })}
                                </section>
                            }
                                .into_any()
                        }}
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}

/// `?lang=…` for links within a module shown in `shown`, when that is not the reader's language
/// (otherwise the reader's language is the default and the address stays short).
pub fn lang_query(shown: &str, reader: Locale) -> String {
    if shown == reader.code() { String::new() } else { format!("?lang={shown}") }
}

/// The languages a module can be read in, as links; the one shown is marked.
#[component]
fn ModuleLanguages(module_id: i32, languages: Vec<Locale>, shown: Locale) -> impl IntoView {
    let locale = use_locale();
    (languages.len() > 1).then(|| {
        view! {
            <nav class="languages" aria-label=locale.t(TranslationMsg::ModuleLanguages)>
                <ul>
                    {languages
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    <a
                                        href=format!("/learn/{module_id}?lang={}", l.code())
                                        lang=l.code()
                                        hreflang=l.code()
                                        aria-current=(l == shown).then_some("page")
                                    >
                                        {l.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    })
}

/// A random key for a form that must not act twice.
pub fn one_time_key() -> String {
    #[cfg(feature = "ssr")]
    {
        return crate::services::sessions::new_token();
    }
    #[allow(unreachable_code)]
    String::new()
}
