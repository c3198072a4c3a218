//! Forms that work without JavaScript: post → redirect → get. When a post fails, its error and
//! the values typed (never passwords) wait in the session for the next page, so nothing typed
//! is lost and the message appears at the field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{
    error::AppError,
    problem::{Notice, Problem},
};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// Which form the outcome belongs to (a page may hold several).
    pub form: String,
    /// What the form achieved, or its error: said in the reader's language where shown.
    pub notice: Option<Notice>,
    pub error: Option<AppError>,
    pub values: BTreeMap<String, String>,
}

impl Flash {
    pub fn failed(form: &str, error: &AppError, values: BTreeMap<String, String>) -> Self {
        Self { form: form.into(), error: Some(error.clone()), values, notice: None }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// The value typed into `name`, to refill the field.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// The field the error is about, when there is one.
    pub fn field(&self) -> Option<&str> {
        match &self.error {
            Some(AppError::Invalid { field, .. }) => field.as_deref(),
            _ => None,
        }
    }

    /// The error to show next to `name`.
    pub fn error_for(&self, name: &str) -> Option<&AppError> {
        (self.field() == Some(name)).then_some(self.error.as_ref()).flatten()
    }
}

/// The text and number fields of a form struct, by name, to refill the form after a failure
/// (booleans, maps and absent values are left out: the page redraws those from the record).
pub fn text_fields<T: Serialize>(form: &T) -> BTreeMap<String, String> {
    let text = |value: serde_json::Value| match value {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match serde_json::to_value(form) {
        Ok(serde_json::Value::Object(fields)) => {
            fields.into_iter().filter_map(|(name, value)| Some((name, text(value)?))).collect()
        }
        _ => BTreeMap::new(),
    }
}

/// An optional id from a form's select list: empty (the "none" choice) is `None`. A number
/// is read as one too, for callers that send JSON.
pub fn blank_as_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IdOrText {
        Id(i32),
        Text(String),
    }
    match Option::<IdOrText>::deserialize(d)? {
        Some(IdOrText::Id(id)) => Ok(Some(id)),
        Some(IdOrText::Text(text)) if !text.trim().is_empty() => {
            text.trim().parse().map(Some).map_err(serde::de::Error::custom)
        }
        _ => Ok(None),
    }
}

/// A whole number typed into `field`; empty is `None`, anything else a message at the field.
pub fn whole_number(field: &str, value: &str) -> Result<Option<i32>, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value.parse().map(Some).map_err(|_| Problem::WholeNumber.at(field))
}

/// The key a field's value and error go by: `title` of `settings[title]`, `options[0][text]`
/// of `question[options][0][text]` (the first bracket names the form's struct).
pub fn field_key(name: &str) -> std::borrow::Cow<'_, str> {
    match name.split_once('[') {
        Some((_, rest)) => rest.replacen(']', "", 1).into(),
        None => name.into(),
    }
}

/// A form post that failed before its server function could read it: a tampered, duplicated or
/// missing field, or a body over the size limit. The server's `form_errors` middleware sends the
/// browser back to its page with it — in the session's flash (as the error of form
/// [`Unreadable::FORM`]) or, without a session, in the address (`?form_error=…`) — and the page
/// says it in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    Malformed,
    TooLarge,
}

impl Unreadable {
    pub const FORM: &'static str = "request";
    pub const PARAM: &'static str = "form_error";

    pub fn code(self) -> &'static str {
        match self {
            Unreadable::Malformed => "unreadable",
            Unreadable::TooLarge => "too_large",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Unreadable::Malformed, Unreadable::TooLarge].into_iter().find(|u| u.code() == code)
    }

    pub fn problem(self) -> Problem {
        match self {
            Unreadable::Malformed => Problem::FormUnreadable,
            Unreadable::TooLarge => Problem::FormTooLarge,
        }
    }

    pub fn flash(self) -> Flash {
        Flash::failed(Self::FORM, &self.problem().into(), BTreeMap::new())
    }

    /// The one a flash holds, if it holds one.
    pub fn of_flash(flash: &Flash) -> Option<Self> {
        let Some(AppError::Invalid { problem, .. }) = flash.error.as_ref() else { return None };
        [Unreadable::Malformed, Unreadable::TooLarge]
            .into_iter()
            .find(|u| flash.form == Self::FORM && u.problem() == *problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_field_names_go_by_their_key() {
        assert_eq!(field_key("title"), "title");
        assert_eq!(field_key("settings[title]"), "title");
        assert_eq!(field_key("question[options][0][text]"), "options[0][text]");
    }

    #[test]
    fn a_blank_choice_is_no_id() {
        #[derive(Deserialize)]
        struct Form {
            #[serde(default, deserialize_with = "blank_as_none")]
            agency_id: Option<i32>,
        }
        let read = |json: &str| serde_json::from_str::<Form>(json).map(|f| f.agency_id).ok();
        assert_eq!(read(r#"{"agency_id": ""}"#), Some(None));
        assert_eq!(read(r#"{"agency_id": " 7 "}"#), Some(Some(7)));
        assert_eq!(read(r#"{"agency_id": 7}"#), Some(Some(7)));
        assert_eq!(read(r#"{}"#), Some(None));
        assert_eq!(read(r#"{"agency_id": "seven"}"#), None, "refused, not taken as none");
    }

    #[test]
    fn whole_numbers_or_a_message_at_the_field() {
        assert_eq!(whole_number("n", " 12 "), Ok(Some(12)));
        assert_eq!(whole_number("n", ""), Ok(None));
        assert_eq!(whole_number("n", "12a"), Err(Problem::WholeNumber.at("n")));
    }
}
