use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use crate::api::authoring::UpdateLesson;
use crate::api::authoring::lesson;
use crate::components::form::{Field, FormMessage, flash_for, textarea_text};
use crate::components::gate::{gate, page_error};
use crate::i18n::{AuthorMsg, Msg, use_locale};
use crate::model::authoring::VersionStatus;
use crate::pages::author::is_author;

/// The Markdown editor of a lesson, with the server-rendered preview of what is saved.
#[component]
pub fn LessonPage() -> impl IntoView {
    let locale = use_locale();
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id")).and_then(|v| v.parse().ok()).unwrap_or(0);
    let data = Resource::new(move || id, lesson);
    // After a failed save the typed text comes back, not the stored one.
    let typed_body =
        flash_for(UpdateLesson::PATH).and_then(|f| f.value("body_markdown").map(str::to_owned));
    gate(is_author, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || {
                    let typed_body = typed_body.clone();
                    Suspend::new(async move {
                        let (l, v) = match data.await {
                            Ok(found) => found,
                            Err(e) => return page_error(e),
                        };
                        let draft = v.status == VersionStatus::Draft;
                        view! {
                            <p>
                                <a href=format!(
                                    "/author/modules/{}",
                                    v.module_id,
                                )>{locale.back_link(&v.settings.title)}</a>
                            </p>
                            <h1>{l.title.clone()}</h1>
                            {draft
                                .then(|| {
                                    view! {
                                        <FormMessage form=UpdateLesson::PATH />
                                        <form method="post" action=UpdateLesson::PATH class="stack">
                                            <input type="hidden" name="lesson_id" value=l.id />
                                            <Field
                                                form=UpdateLesson::PATH
                                                name="title"
                                                label=locale.t(AuthorMsg::Title)
                                                value=l.title.clone()
                                                required=true
                                            />
                                            <div class="field">
                                                <label for="lesson-body">
                                                    {locale.t(AuthorMsg::TextMarkdown)}
                                                </label>
                                                <small class="hint">
                                                    {locale.t(AuthorMsg::MarkdownHint)}
                                                </small>
                                                <textarea
                                                    id="lesson-body"
                                                    name="body_markdown"
                                                    rows="18"
                                                    class="markdown"
                                                >
                                                    {textarea_text(
                                                        &typed_body.unwrap_or(l.body_markdown.clone()),
                                                    )}
                                                </textarea>
                                            </div>
                                            <button type="submit">
                                                {locale.t(AuthorMsg::SaveAndPreview)}
                                            </button>
                                        </form>
                                    }
                                })}
                            <section class="card lesson-preview" aria-labelledby="preview-title">
                                <h2 id="preview-title">{locale.t(AuthorMsg::Preview)}</h2>
                                <article class="lesson-body" inner_html=l.html></article>
                            </section>
                        }
                            .into_any()
                    })
                }}
            </Suspense>
        }
    })
}
