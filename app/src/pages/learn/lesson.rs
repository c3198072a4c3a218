use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::learning::MarkRead;
use crate::api::learning::lesson;
use crate::components::gate::{anyone, gate, page_error};
use crate::i18n::{Locale, Msg, use_locale};
use crate::pages::learn::module::lang_query;

#[component]
pub fn LessonReaderPage() -> impl IntoView {
    let params = use_params_map();
    let id = |name: &str| {
        params.with_untracked(|p| p.get(name)).and_then(|v| v.parse().ok()).unwrap_or(0)
    };
    let (module_id, lesson_id) = (id("module"), id("lesson"));
    let lang = use_query_map().with_untracked(|q| q.get("lang"));
    let data = Resource::new(
        move || (module_id, lesson_id, lang.clone()),
        |(m, l, lang)| lesson(m, l, lang),
    );
    let locale = use_locale();
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=move || {
                view! { <p>{locale.t(Msg::Loading)}</p> }
            }>
                {move || Suspend::new(async move {
                    let l = match data.await {
                        Ok(found) => found,
                        Err(e) => return page_error(e),
                    };
                    let shown = Locale::from_code(&l.language).unwrap_or_default();
                    let asked = lang_query(&l.language, locale);
                    let module = format!("/learn/{}{asked}", l.module_id);
                    let next = match l.next {
                        Some(n) => format!("/learn/{}/lessons/{n}{asked}", l.module_id),
                        None => module.clone(),
                    };
                    let mark_read = format!(
                        "{}?then={}",
                        MarkRead::PATH,
                        form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>(),
                    );
                    // Where the service worker goes on when the mark waits offline.
                    view! {
                        <p>
                            <a href=module.clone()>{locale.back_link(&l.module_title)}</a>
                        </p>
                        <p class="meta">{locale.lesson_of(l.number, l.total)}</p>
                        <article class="lesson" lang=shown.code() dir=shown.dir()>
                            <h1>{l.title.clone()}</h1>
                            <div class="lesson-body" inner_html=l.html.clone()></div>
                        </article>
                        <form method="post" action=mark_read class="lesson-next">
                            <input type="hidden" name="module_id" value=l.module_id />
                            <input type="hidden" name="lesson_id" value=l.id />
                            {(!asked.is_empty())
                                .then(|| {
                                    view! {
                                        <input type="hidden" name="lang" value=l.language.clone() />
                                    }
                                })}
                            <button type="submit">
                                {locale
                                    .t(
                                        if l.next.is_some() {
                                            Msg::DoneNextLesson
                                        } else {
                                            Msg::DoneBackToModule
                                        },
                                    )}
                            </button>
                        </form>
                        <nav class="pager" aria-label=locale.t(Msg::LessonsNav)>
                            {l
                                .previous
                                .map(|p| {
                                    view! {
                                        <a
                                            rel="prev"
                                            href=format!("/learn/{}/lessons/{p}{asked}", l.module_id)
                                        >
                                            {locale.t(Msg::PreviousLesson)}
                                        </a>
                                    }
                                })}
                            {l
                                .next
                                .map(|n| {
                                    view! {
                                        <a
                                            rel="next"
                                            href=format!("/learn/{}/lessons/{n}{asked}", l.module_id)
                                        >
                                            {locale.t(Msg::NextLesson)}
                                        </a>
                                    }
                                })}
                        </nav>
                    }
                        .into_any()
                })}
            </Suspense>
        }
    })
}
