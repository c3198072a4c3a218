//! The quiz page's one island: saves answers as the trainee goes (and as the page is left), and
//! shows the time left by the server's deadline, submitting when time is up. Without
//! JavaScript the form still works ("Save answers" and "Submit" are plain buttons) and the page
//! says the time left when it was served.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Msg};
use crate::model::quiz::clock;

/// The texts the autosave shows, said on the server in the reader's language: an island has no
/// request to read the language from, and the browser's wasm carries no catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutosaveTexts {
    pub time_left: String,
    pub not_saved: String,
    /// "Answers saved at {time}": the browser puts the time of day in place of `{time}`.
    pub saved_at: String,
    /// "{n} of {total} answered", for every n from 0 to the number of questions.
    pub answered: Vec<String>,
    /// What "Submit…" asks offline (when the server's confirmation page cannot come), for
    /// every n answered.
    pub confirm: Vec<String>,
}

impl AutosaveTexts {
    /// Where [`AutosaveTexts::saved_at`] takes the time.
    pub const TIME: &'static str = "{time}";

    pub fn new(locale: Locale, questions: usize) -> Self {
        let final_word = locale.t(Msg::ReviewFinal);
        Self {
            time_left: locale.t(Msg::TimeLeft).to_owned(),
            not_saved: locale.t(Msg::NotSavedRetrying).to_owned(),
            saved_at: locale.answers_saved_at(Self::TIME),
            answered: (0..=questions).map(|n| locale.answered_count(n, questions)).collect(),
            confirm: (0..=questions)
                .map(|n| format!("{} {final_word}", locale.review_summary(n, questions)))
                .collect(),
        }
    }
}

/// The `id` of the quiz form's hidden button that the countdown presses at time up.
pub const TIME_UP: &str = "quiz-time-up";

#[island]
pub fn QuizAutosave(
    attempt_id: i32,
    /// The sequence number of the answers the server holds: a newer copy on the phone wins.
    saved_seq: Option<i64>,
    deadline_ms: Option<i64>,
    seconds_left: Option<i64>,
    /// How many questions are answered as the page is served; counted again at each change.
    answered: usize,
    texts: AutosaveTexts,
) -> impl IntoView {
    let (status, set_status) = signal(String::new());
    let (left, set_left) = signal(seconds_left);
    let (count, set_count) = signal(answered);
    let time_left = texts.time_left.clone();
    let counts = texts.answered.clone();
    #[cfg(feature = "hydrate")]
    Effect::new({
        let texts = texts.clone();
        move |_| {
            browser::wire(attempt_id, saved_seq, deadline_ms, texts.clone(), set_status, set_left);
            browser::count_answers(set_count, texts.confirm.clone());
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (attempt_id, saved_seq, deadline_ms, set_status, set_left, set_count, &texts);
    let timer = move || {
        let s = left.get()?;
        Some(view! {
            <p class="timer" role="timer">
                {time_left.clone()}
                <bdi>{clock(s)}</bdi>
            </p>
        })
    };
    view! {
        <p class="answered-count">{move || counts.get(count.get()).cloned().unwrap_or_default()}</p>
        {timer}
        <p class="autosave" aria-live="polite">
            {status}
        </p>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::{cell::Cell, collections::HashMap, rc::Rc, time::Duration};

    use leptos::{ev, prelude::*, task::spawn_local};
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, BlobPropertyBag, FormData, HtmlElement, HtmlFormElement};

    use leptos::server_fn::ServerFn;

    use super::AutosaveTexts;
    use crate::api::learning::{SaveAnswers, save_answers};
    use crate::components::quiz::question_anchor;
    use crate::model::authoring::QuestionKind;
    use crate::model::error::AppError;
    use crate::model::quiz::{ANSWERS_PREFIX, QUIZ_FORM, QuizAction, is_answered};
    use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

    /// The answers in the quiz form, keyed as the server expects (`q12`, `q12_34`).
    fn answers() -> Option<HashMap<String, String>> {
        let form: HtmlFormElement = document().get_element_by_id(QUIZ_FORM)?.dyn_into().ok()?;
        let data = FormData::new_with_form(&form).ok()?;
        let mut map = HashMap::new();
        for entry in js_sys::try_iter(&data).ok()??.flatten() {
            let pair: js_sys::Array = entry.unchecked_into();
            let (key, value) =
                (pair.get(0).as_string()?, pair.get(1).as_string().unwrap_or_default());
            if let Some(name) = key.strip_prefix(ANSWERS_PREFIX).and_then(|k| k.strip_suffix(']')) {
                map.insert(name.to_owned(), value);
            }
        }
        Some(map)
    }

    fn now_text() -> String {
        let d = js_sys::Date::new_0();
        format!("{:02}:{:02}:{:02}", d.get_hours(), d.get_minutes(), d.get_seconds())
    }

    pub fn wire(
        attempt_id: i32,
        saved_seq: Option<i64>,
        deadline_ms: Option<i64>,
        texts: AutosaveTexts,
        set_status: WriteSignal<String>,
        set_left: WriteSignal<Option<i64>>,
    ) {
        let dirty = Rc::new(Cell::new(false));
        // A busy server says when to come back (`Retry-After`): no save is sent before then.
        let hold_until = Rc::new(Cell::new(0.0_f64));
        // Answers given offline, kept on the phone when the page (or the phone) was closed,
        // and newer than the server's: back into the form, and sent.
        if let Some(kept) = phone::read(attempt_id)
            && !kept.sent
            && saved_seq.is_none_or(|s| kept.seq > s)
        {
            phone::fill(&kept.answers);
            dirty.set(true);
        }
        let save = {
            let (dirty, hold_until) = (dirty.clone(), hold_until.clone());
            move || {
                let Some(map) = answers() else { return };
                if js_sys::Date::now() < hold_until.get() {
                    // Kept on the phone meanwhile; sent when the wait is over.
                    let seq = js_sys::Date::now() as i64;
                    phone::write(attempt_id, &phone::Kept { seq, sent: false, answers: map });
                    dirty.set(true);
                    return;
                }
                // When the answers were read: the server keeps the newest of the saves it gets.
                let seq = js_sys::Date::now() as i64;
                phone::write(attempt_id, &phone::Kept { seq, sent: false, answers: map.clone() });
                let (dirty, hold_until) = (dirty.clone(), hold_until.clone());
                let texts = texts.clone();
                dirty.set(false);
                spawn_local(async move {
                    match save_answers(attempt_id, Some(map.clone()), Some(seq)).await {
                        Ok(()) => {
                            phone::sent(attempt_id, seq);
                            set_status.set(texts.saved_at.replace(AutosaveTexts::TIME, &now_text()))
                        }
                        // Submitted (here or on another device), past its time, not theirs:
                        // these answers can never be saved, so the phone stops keeping them.
                        Err(AppError::Invalid { .. } | AppError::NotFound) => {
                            phone::forget(attempt_id);
                        }
                        Err(AppError::Busy { retry_after }) => {
                            hold_until.set(js_sys::Date::now() + f64::from(retry_after) * 1000.0);
                            dirty.set(true);
                            set_status.set(texts.not_saved.clone());
                        }
                        Err(_) => {
                            // Offline or the server is away: try again shortly.
                            dirty.set(true);
                            set_status.set(texts.not_saved.clone());
                        }
                    }
                });
            }
        };
        let on_change = save.clone();
        let _ = window_event_listener(ev::change, move |_| on_change());
        let back_online = {
            let (dirty, save) = (dirty.clone(), save.clone());
            move || {
                if dirty.get() {
                    save()
                }
            }
        };
        back_online();
        let _ = window_event_listener(ev::online, move |_| back_online());
        let retry = save.clone();
        let _ = set_interval_with_handle(
            move || {
                if dirty.get() {
                    retry();
                }
            },
            Duration::from_secs(10),
        );
        // Leaving the page (reload, back, closing the tab): one last save that survives the unload.
        let _ = window_event_listener(ev::pagehide, move |_| beacon(attempt_id));
        if let Some(deadline) = deadline_ms {
            countdown(deadline, set_left);
        }
    }

    /// The phone's copy of an attempt's answers (`localStorage`, which outlives the tab and a
    /// restart): `seq=…&sent=0|1&answers…`, form-encoded, read by `/offline.js` too.
    mod phone {
        use std::collections::HashMap;

        use leptos::prelude::*;
        use wasm_bindgen::JsCast;
        use web_sys::{Element, HtmlInputElement, HtmlSelectElement, Storage};

        use crate::model::quiz::{ANSWERS_PREFIX, QUIZ_FORM};

        pub struct Kept {
            pub seq: i64,
            pub sent: bool,
            pub answers: HashMap<String, String>,
        }

        fn storage() -> Option<Storage> {
            window().local_storage().ok().flatten()
        }

        fn key(attempt_id: i32) -> String {
            format!("frontline:answers:{attempt_id}")
        }

        pub fn read(attempt_id: i32) -> Option<Kept> {
            let text = storage()?.get_item(&key(attempt_id)).ok()??;
            let mut kept = Kept { seq: 0, sent: false, answers: HashMap::new() };
            for (name, value) in form_urlencoded::parse(text.as_bytes()) {
                match &*name {
                    "seq" => kept.seq = value.parse().ok()?,
                    "sent" => kept.sent = value == "1",
                    _ => {
                        kept.answers.insert(name.into_owned(), value.into_owned());
                    }
                }
            }
            Some(kept)
        }

        pub fn write(attempt_id: i32, kept: &Kept) {
            let mut text = form_urlencoded::Serializer::new(String::new());
            text.append_pair("seq", &kept.seq.to_string());
            text.append_pair("sent", if kept.sent { "1" } else { "0" });
            text.extend_pairs(&kept.answers);
            if let Some(storage) = storage() {
                // Full storage: the server still gets the answers while the network holds.
                let _ = storage.set_item(&key(attempt_id), &text.finish());
            }
        }

        /// The server has the answers numbered `seq` (unless newer ones were kept meanwhile).
        pub fn sent(attempt_id: i32, seq: i64) {
            if let Some(mut kept) = read(attempt_id).filter(|k| k.seq == seq) {
                kept.sent = true;
                write(attempt_id, &kept);
            }
            if let Some(storage) = storage() {
                let _ = storage.set_item("frontline:sent-at", &js_sys::Date::now().to_string());
            }
        }

        pub fn forget(attempt_id: i32) {
            if let Some(storage) = storage() {
                let _ = storage.remove_item(&key(attempt_id));
            }
        }

        /// Puts `answers` into the quiz form, clearing what is not in them.
        pub fn fill(answers: &HashMap<String, String>) {
            let selector = format!("#{QUIZ_FORM} [name^='{ANSWERS_PREFIX}']");
            let Ok(fields) = document().query_selector_all(&selector) else { return };
            for i in 0..fields.length() {
                let Some(field) = fields.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                    continue;
                };
                let name = field.get_attribute("name").unwrap_or_default();
                let Some(answer) =
                    name.strip_prefix(ANSWERS_PREFIX).and_then(|k| k.strip_suffix(']'))
                else {
                    continue;
                };
                let given = answers.get(answer);
                if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
                    input.set_checked(given.is_some_and(|v| *v == input.value()));
                } else if let Some(select) = field.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(given.map_or("", String::as_str));
                }
            }
        }
    }

    /// Counts the answered questions (by [`is_answered`], the server's rule) at each change,
    /// marks them in the question list and points its link at the first unanswered one.
    ///
    /// Offline, "Submit…" cannot bring the server's confirmation page: the browser asks instead,
    /// and the submission waits on the phone as any offline submission does.
    pub fn count_answers(set_count: WriteSignal<usize>, confirm: Vec<String>) {
        recount(set_count);
        let _ = window_event_listener(ev::change, move |_| {
            recount(set_count);
        });
        let _ = window_event_listener(ev::click, move |ev| {
            let review = format!("#{QUIZ_FORM} button[value={}]", QuizAction::Review.code());
            let on_review = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest(&review).ok().flatten())
                .is_some();
            if !on_review || window().navigator().on_line() {
                return;
            }
            ev.prevent_default();
            let asked = confirm.get(recount(set_count)).cloned().unwrap_or_default();
            if window().confirm_with_message(&asked).unwrap_or(false)
                && let Some(button) = document()
                    .get_element_by_id(super::TIME_UP)
                    .and_then(|b| b.dyn_into::<HtmlElement>().ok())
            {
                button.click();
            }
        });
    }

    /// Counts and marks the answered questions; returns the count.
    fn recount(set_count: WriteSignal<usize>) -> usize {
        let all = |selector: &str, within: &Element| -> Vec<Element> {
            within.query_selector_all(selector).ok().map_or(vec![], |list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                    .collect()
            })
        };
        let Some(root) = document().document_element() else { return 0 };
        let items = all(".question-nav li", &root);
        let (mut count, mut first) = (0, None);
        for (i, set) in all(&format!("#{QUIZ_FORM} fieldset.question"), &root).iter().enumerate() {
            let kind = set.get_attribute("data-kind").and_then(|k| QuestionKind::from_code(&k));
            let options =
                set.get_attribute("data-options").and_then(|o| o.parse().ok()).unwrap_or(0);
            let given: Vec<String> = all("input, select", set)
                .into_iter()
                .filter_map(|field| match field.dyn_into::<HtmlInputElement>() {
                    Ok(input) => input.checked().then(|| input.value()),
                    Err(field) => field.dyn_into::<HtmlSelectElement>().ok().map(|s| s.value()),
                })
                .collect();
            let given: Vec<&str> = given.iter().map(String::as_str).collect();
            let done = kind.is_some_and(|k| is_answered(k, options, &given));
            if done {
                count += 1;
            } else {
                first.get_or_insert(i + 1);
            }
            if let Some(item) = items.get(i) {
                let _ = item.class_list().toggle_with_force("answered", done);
                if let Some(note) = all(".visually-hidden", item).first() {
                    let _ = note.toggle_attribute_with_force("hidden", done);
                }
            }
        }
        set_count.set(count);
        for (selector, hide) in
            [(".first-unanswered", first.is_none()), (".all-answered", first.is_some())]
        {
            for p in all(selector, &root) {
                let _ = p.toggle_attribute_with_force("hidden", hide);
            }
        }
        if let Some(n) = first
            && let Some(link) = all(".first-unanswered a", &root).first()
        {
            let _ = link.set_attribute("href", &format!("#{}", question_anchor(n)));
        }
        if let Some(n) = first
            && let Some(button) = all(".first-unanswered button", &root).first()
        {
            let _ = button.set_attribute("value", &QuizAction::Show(n).code());
        }
        count
    }

    fn beacon(attempt_id: i32) {
        let Some(map) = answers() else { return };
        let mut body = format!("attempt_id={attempt_id}&seq={}", js_sys::Date::now() as i64);
        for (k, v) in map {
            body.push_str(&format!(
                "&{}={}",
                js_sys::encode_uri_component(&format!("{ANSWERS_PREFIX}{k}]")),
                js_sys::encode_uri_component(&v)
            ));
        }
        let options = BlobPropertyBag::new();
        options.set_type("application/x-www-form-urlencoded");
        let parts = js_sys::Array::of1(&body.into());
        if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
            let _ = window().navigator().send_beacon_with_opt_blob(SaveAnswers::PATH, Some(&blob));
        }
    }

    /// Shows the time left by the server's deadline; submits the form when it runs out.
    fn countdown(deadline_ms: i64, set_left: WriteSignal<Option<i64>>) {
        let submitted = Rc::new(Cell::new(false));
        let _ = set_interval_with_handle(
            move || {
                let left = ((deadline_ms as f64 - js_sys::Date::now()) / 1000.0).max(0.0) as i64;
                set_left.set(Some(left));
                if left == 0 && !submitted.get() {
                    submitted.set(true);
                    if let Some(button) = document()
                        .get_element_by_id(super::TIME_UP)
                        .and_then(|b| b.dyn_into::<HtmlElement>().ok())
                    {
                        button.click();
                    }
                }
            },
            Duration::from_secs(1),
        );
    }
}
