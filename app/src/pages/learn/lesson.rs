use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::learning::lesson;
use crate::components::gate::{anyone, gate};
use crate::pages::not_found::NotFound;

#[component]
pub fn LessonReaderPage() -> impl IntoView {
    let params = use_params_map();
    let id = |name: &str| {
        params.with_untracked(|p| p.get(name)).and_then(|v| v.parse().ok()).unwrap_or(0)
    };
    let (module_id, lesson_id) = (id("module"), id("lesson"));
    let data = Resource::new(move || (module_id, lesson_id), |(m, l)| lesson(m, l));
    gate(anyone, move |_| {
        view! {
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || Suspend::new(async move {
                    let Ok(l) = data.await else { return view! { <NotFound /> }.into_any() };
                    let module = format!("/learn/{}", l.module_id);
                    view! {
                        <p><a href=module.clone()>{format!("← {}", l.module_title)}</a></p>
                        <p class="meta">{format!("Lesson {} of {}", l.number, l.total)}</p>
                        <article class="lesson">
                            <h1>{l.title.clone()}</h1>
                            <div class="lesson-body" inner_html=l.html.clone()></div>
                        </article>
                        <form method="post" action="/api/learning/mark_read" class="lesson-next">
                            <input type="hidden" name="module_id" value=l.module_id />
                            <input type="hidden" name="lesson_id" value=l.id />
                            <button type="submit">{if l.next.is_some() { "Done — next lesson" } else { "Done — back to the module" }}</button>
                        </form>
                        <nav class="pager" aria-label="lessons">
                            {l.previous.map(|p| view! { <a rel="prev" href=format!("/learn/{}/lessons/{p}", l.module_id)>"← Previous"</a> })}
                            {l.next.map(|n| view! { <a rel="next" href=format!("/learn/{}/lessons/{n}", l.module_id)>"Next →"</a> })}
                        </nav>
                    }
                    .into_any()
                })}
            </Suspense>
        }
    })
}
