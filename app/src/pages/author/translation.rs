//! The translation editor: each text of a version beside its translation, one form per item (a
//! save never risks the rest of the page), and the button that offers it to trainees.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::translations::{
    PublishTranslation, TranslateLesson, TranslateQuestion, UpdateTranslation, translation,
};
use crate::components::form::{FormMessage, flash_for, textarea_text};
use crate::components::gate::{gate, page_error};
use crate::i18n::{AuthorMsg, Locale, Msg, TranslationMsg, use_locale};
use crate::model::authoring::QuestionKind;
use crate::model::forms::Flash;
use crate::model::translation::{LessonPair, QuestionPair, TranslationEditor};
use crate::pages::author::is_author;

#[component]
pub fn TranslationPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let version_id: i32 =
        params.with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let language = params.with_untracked(|p| p.get("language")).unwrap_or_default();
    let data = Resource::new(move || (version_id, language.clone()), |(v, l)| translation(v, l));
    gate(is_author, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(t) => editor(t).into_any(),
                        Err(e) => page_error(e),
                    }
                })}
            </Suspense>
        }
    })
}

fn editor(t: TranslationEditor) -> impl IntoView {
    let locale = use_locale();
    let source = Locale::from_code(&t.source_language).unwrap_or_default();
    let status = if t.published {
        locale.t(TranslationMsg::TranslationOffered)
    } else {
        locale.t(TranslationMsg::TranslationDraft)
    };
    let ctx = Ctx { version_id: t.version_id, language: t.language, source, editable: t.editable };
    view! {
        <p>
            <a href=format!(
                "/author/modules/{}",
                t.module_id,
            )>{locale.back_link(&t.source_title)}</a>
        </p>
        <h1>{locale.t(TranslationMsg::TranslateInto)} " " {t.language.native_name()}</h1>
        <p class="meta">
            {status} {t.out_of_date.then(|| format!(" · {}", locale.t(TranslationMsg::OutOfDate)))}
        </p>
        {t
            .out_of_date
            .then(|| view! { <p class="notice">{locale.t(TranslationMsg::OutOfDateHint)}</p> })}
        {(!t.editable)
            .then(|| view! { <p class="notice">{locale.t(TranslationMsg::TranslationFrozen)}</p> })}
        {t
            .editable
            .then(|| {
                view! {
                    <FormMessage form=PublishTranslation::PATH />
                    <form method="post" action=PublishTranslation::PATH>
                        <input type="hidden" name="version_id" value=t.version_id />
                        <input type="hidden" name="language" value=t.language.code() />
                        <button type="submit">
                            {locale.t(TranslationMsg::PublishTranslation)}
                        </button>
                    </form>
                }
            })}
        <section class="card pair" id="details">
            <h2>{locale.t(TranslationMsg::TitleAndSummary)}</h2>
            <div class="side-by-side">
                <div class="source" lang=source.code() dir=source.dir()>
                    <h3>{locale.t(TranslationMsg::Source)}</h3>
                    <p>
                        <strong>{t.source_title.clone()}</strong>
                    </p>
                    <p>{t.source_summary.clone()}</p>
                </div>
                <form method="post" action=UpdateTranslation::PATH class="stack">
                    <FormMessage form=UpdateTranslation::PATH />
                    {ctx.hidden()}
                    {text_input(
                        &ctx,
                        "details",
                        "title",
                        locale.t(AuthorMsg::Title),
                        &t.title,
                        UpdateTranslation::PATH,
                        None,
                    )}
                    {text_area(
                        &ctx,
                        "details",
                        "summary",
                        locale.t(AuthorMsg::Summary),
                        &t.summary,
                        UpdateTranslation::PATH,
                        None,
                        3,
                    )}
                    {ctx.save()}
                </form>
            </div>
        </section>
        {t.lessons.into_iter().map(|l| lesson(&ctx, l)).collect_view()}
        {t.questions.into_iter().map(|q| question(&ctx, q)).collect_view()}
    }
}

/// What every form of the page shares.
#[derive(Clone, Copy)]
struct Ctx {
    version_id: i32,
    language: Locale,
    source: Locale,
    editable: bool,
}

impl Ctx {
    fn hidden(&self) -> impl IntoView + use<> {
        view! {
            <input type="hidden" name="version_id" value=self.version_id />
            <input type="hidden" name="language" value=self.language.code() />
        }
    }

    fn save(&self) -> impl IntoView + use<> {
        let locale = use_locale();
        self.editable.then(|| view! { <button type="submit">{locale.t(Msg::Save)}</button> })
    }
}

/// The flash of `form` when it was posted for `item` (every item of a kind shares one form).
fn flash_of(form: &'static str, item: &str) -> Option<Flash> {
    flash_for(form).filter(|f| f.value("item").is_none_or(|i| i == item))
}

/// A one-line text in the translation's language.
fn text_input(
    ctx: &Ctx,
    item: &str,
    name: &str,
    label: &'static str,
    value: &str,
    form: &'static str,
    field: Option<&str>,
) -> impl IntoView + use<> {
    text_field(ctx, item, name, label, value, form, field, None)
}

/// A box of `rows` lines in the translation's language.
#[allow(clippy::too_many_arguments)]
fn text_area(
    ctx: &Ctx,
    item: &str,
    name: &str,
    label: &'static str,
    value: &str,
    form: &'static str,
    field: Option<&str>,
    rows: u32,
) -> impl IntoView + use<> {
    text_field(ctx, item, name, label, value, form, field, Some(rows))
}

/// A labelled text (a line, or a box of `rows`) refilled after a refused save of its item, with
/// its error; `field` is its key in the flash when that is not its `name`.
#[allow(clippy::too_many_arguments)]
fn text_field(
    ctx: &Ctx,
    item: &str,
    name: &str,
    label: &'static str,
    value: &str,
    form: &'static str,
    field: Option<&str>,
    rows: Option<u32>,
) -> impl IntoView + use<> {
    let flash = flash_of(form, item);
    let key = field.unwrap_or(name).to_owned();
    let value =
        flash.as_ref().and_then(|f| f.value(&key).map(str::to_owned)).unwrap_or(value.into());
    let error = flash.as_ref().and_then(|f| f.error_for(&key)).map(|e| use_locale().error(e));
    let id = format!("{item}-{}", name.replace(['[', ']'], "-"));
    let has_error = error.is_some();
    let (code, dir, readonly) = (ctx.language.code(), ctx.language.dir(), !ctx.editable);
    let input = match rows {
        None => view! {
            <input
                id=id.clone()
                name=name.to_owned()
                value=value
                lang=code
                dir=dir
                readonly=readonly
            />
        }
        .into_any(),
        Some(rows) => view! {
            <textarea
                id=id.clone()
                name=name.to_owned()
                rows=rows
                lang=code
                dir=dir
                readonly=readonly
            >
                {textarea_text(&value)}
            </textarea>
        }
        .into_any(),
    };
    view! {
        <div class="field" class:has-error=has_error>
            <label for=id>{label}</label>
            {input}
            {error.map(|e| view! { <p class="field-error">{e}</p> })}
        </div>
    }
}

fn lesson(ctx: &Ctx, l: LessonPair) -> impl IntoView + use<> {
    let locale = use_locale();
    let item = format!("lesson-{}", l.lesson_id);
    let form = TranslateLesson::PATH;
    let untranslated = l.translated.title.is_empty();
    view! {
        <section class="card pair" id=item.clone()>
            <h2 lang=ctx.source.code() dir=ctx.source.dir()>
                {l.source.title.clone()}
            </h2>
            {untranslated
                .then(|| {
                    view! { <p class="hint">{locale.t(TranslationMsg::NotTranslatedYet)}</p> }
                })}
            <div class="side-by-side">
                <div class="source" lang=ctx.source.code() dir=ctx.source.dir()>
                    <h3>{locale.t(TranslationMsg::Source)}</h3>
                    <pre class="markdown-source">{l.source.body_markdown.clone()}</pre>
                </div>
                <form method="post" action=form class="stack">
                    {flash_of(form, &item).map(|_| view! { <FormMessage form=form /> })}
                    {ctx.hidden()}
                    <input type="hidden" name="lesson_id" value=l.lesson_id />
                    {text_input(
                        ctx,
                        &item,
                        "title",
                        locale.t(AuthorMsg::Title),
                        &l.translated.title,
                        form,
                        None,
                    )}
                    {text_area(
                        ctx,
                        &item,
                        "body_markdown",
                        locale.t(AuthorMsg::TextMarkdown),
                        &l.translated.body_markdown,
                        form,
                        None,
                        16,
                    )}
                    {ctx.save()}
                </form>
            </div>
        </section>
    }
}

fn question(ctx: &Ctx, q: QuestionPair) -> impl IntoView + use<> {
    let locale = use_locale();
    let item = format!("question-{}", q.question_id);
    let form = TranslateQuestion::PATH;
    let matching = q.kind == QuestionKind::Matching;
    let untranslated = q.translated.prompt.is_empty();
    let options = q
        .source
        .options
        .iter()
        .zip(q.translated.options.iter())
        .enumerate()
        .map(|(i, (s, t))| {
            let name = |f: &str| format!("texts[options][{i}][{f}]");
            let key = |f: &str| format!("options[{i}][{f}]");
            view! {
                <fieldset class="option-pair">
                    <legend lang=ctx.source.code() dir=ctx.source.dir()>
                        {s.text.clone()}
                        {s.match_key.clone().map(|m| format!(" → {m}"))}
                    </legend>
                    {text_input(
                        ctx,
                        &item,
                        &name("text"),
                        locale.t(AuthorMsg::ColText),
                        &t.text,
                        form,
                        Some(&key("text")),
                    )}
                    {matching
                        .then(|| {
                            text_input(
                                ctx,
                                &item,
                                &name("match"),
                                locale.t(AuthorMsg::ColMatch),
                                t.match_key.as_deref().unwrap_or_default(),
                                form,
                                Some(&key("match")),
                            )
                        })}
                    <p class="hint" lang=ctx.source.code() dir=ctx.source.dir()>
                        {s.feedback.clone()}
                    </p>
                    {text_input(
                        ctx,
                        &item,
                        &name("feedback"),
                        locale.t(AuthorMsg::ColFeedback),
                        &t.feedback,
                        form,
                        Some(&key("feedback")),
                    )}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="card pair" id=item.clone()>
            <h2 lang=ctx.source.code() dir=ctx.source.dir()>
                {q.source.prompt.clone()}
            </h2>
            {untranslated
                .then(|| {
                    view! { <p class="hint">{locale.t(TranslationMsg::NotTranslatedYet)}</p> }
                })}
            <div class="source" lang=ctx.source.code() dir=ctx.source.dir()>
                <h3>{locale.t(TranslationMsg::Source)}</h3>
                {q.source.scenario.clone().map(|s| view! { <p class="scenario">{s}</p> })}
                <p>{q.source.explanation.clone()}</p>
            </div>
            <form method="post" action=form class="stack">
                {flash_of(form, &item).map(|_| view! { <FormMessage form=form /> })}
                {ctx.hidden()}
                <input type="hidden" name="question_id" value=q.question_id />
                {text_area(
                    ctx,
                    &item,
                    "texts[prompt]",
                    locale.t(AuthorMsg::QuestionLabel),
                    &q.translated.prompt,
                    form,
                    Some("prompt"),
                    2,
                )}
                {text_area(
                    ctx,
                    &item,
                    "texts[scenario]",
                    locale.t(AuthorMsg::ScenarioLabel),
                    q.translated.scenario.as_deref().unwrap_or_default(),
                    form,
                    Some("scenario"),
                    3,
                )}
                {text_area(
                    ctx,
                    &item,
                    "texts[explanation]",
                    locale.t(AuthorMsg::ExplanationLabel),
                    &q.translated.explanation,
                    form,
                    Some("explanation"),
                    3,
                )}
                {options}
                {ctx.save()}
            </form>
        </section>
    }
}
