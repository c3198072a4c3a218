//! `[[referrals]]` and `[[referrals:KIND]]` in a lesson: the referral services of the reader's
//! country (of one kind), resolved on the server when the lesson is shown. The block is built
//! from escaped text, put where the shortcut's paragraph was, and the whole lesson passes the
//! sanitiser once more, so an entry's text can no more become markup than a lesson's can.

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;

use crate::model::{
    error::AppError,
    locale::Locale,
    referrals::{ReferralEntry, ReferralWords, SHORTCUT, ServiceKind},
};
use crate::services::{markdown, referrals::directory};

/// At most this many services in a lesson; the link leads to the rest.
const SHOWN: usize = 8;

/// The shortcuts of `markdown`, in order, each with its kind (`None` for every kind). A
/// shortcut with a kind Frontline does not know stays as the author wrote it.
pub fn shortcuts(markdown: &str) -> Vec<(String, Option<ServiceKind>)> {
    let mut found = vec![];
    let mut rest = markdown;
    while let Some(start) = rest.find(SHORTCUT) {
        let after = &rest[start + SHORTCUT.len()..];
        let Some(end) = after.find("]]") else { break };
        let inner = &after[..end];
        let kind = match inner.strip_prefix(':') {
            None if inner.is_empty() => Some(None),
            Some(code) => ServiceKind::from_code(code).map(Some),
            None => None,
        };
        if let Some(kind) = kind {
            found.push((format!("{SHORTCUT}{inner}]]"), kind));
        }
        rest = &after[end + 2..];
    }
    found
}

/// A placeholder that Markdown and the sanitiser leave as it is: private-use characters.
fn token(n: usize) -> String {
    format!("\u{E000}{n}\u{E001}")
}

/// Text made safe for HTML, in an element or an attribute.
fn escape(text: &str) -> String {
    ammonia::clean_text(text)
}

/// Renders a lesson for a reader of agency `agency_id` (its country's services; `None` for
/// someone outside one, who gets a link to choose a country), with its shortcuts resolved.
pub async fn render_lesson(
    db: &impl ConnectionTrait,
    markdown_text: &str,
    agency_id: Option<i32>,
    reader: Locale,
    today: NaiveDate,
) -> Result<String, AppError> {
    let found = shortcuts(markdown_text);
    if found.is_empty() {
        return Ok(markdown::render(markdown_text));
    }
    let mut text = markdown_text.to_owned();
    for (n, (written, _)) in found.iter().enumerate() {
        text = text.replacen(written.as_str(), &token(n), 1);
    }
    let mut html = markdown::render(&text);
    let country = crate::services::organisations::country_of(db, agency_id).await?;
    let place = match country.as_deref() {
        Some(code) => Some((
            directory::country_named(db, code, reader).await?,
            directory::entries(db, code, reader, today).await?,
        )),
        None => None,
    };
    for (n, (_, kind)) in found.iter().enumerate() {
        let (block, inline) = match &place {
            Some(((code, name), entries)) => {
                (block(reader, code, name, *kind, entries), link(Some(code), *kind, name))
            }
            None => {
                let text = &reader.referral_your_country();
                let link = link(None, *kind, text);
                (format!("<p>{link}</p>"), link)
            }
        };
        let paragraph = format!("<p>{}</p>", token(n));
        html = if html.contains(&paragraph) {
            html.replacen(&paragraph, &block, 1)
        } else {
            html.replacen(&token(n), &inline, 1)
        };
    }
    Ok(markdown::sanitise(&html))
}

fn link(country: Option<&str>, kind: Option<ServiceKind>, text: &str) -> String {
    let mut query = vec![];
    if let Some(code) = country {
        query.push(format!("country={code}"));
    }
    if let Some(kind) = kind {
        query.push(format!("kind={}", kind.code()));
    }
    let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&amp;")) };
    format!("<a href=\"/referrals{query}\">{}</a>", escape(text))
}

/// The services of one kind (or all) as a short list: name and city, then tap-to-call numbers.
fn block(
    reader: Locale,
    code: &str,
    country: &str,
    kind: Option<ServiceKind>,
    entries: &[ReferralEntry],
) -> String {
    let chosen: Vec<&ReferralEntry> =
        entries.iter().filter(|e| kind.is_none_or(|k| e.kind == k)).take(SHOWN).collect();
    let mut html =
        format!("<p><strong>{}</strong></p>", escape(&reader.referral_heading(kind, country)));
    if chosen.is_empty() {
        html.push_str(&format!("<p>{}</p>", escape(&reader.referral_none())));
    } else {
        html.push_str("<ul>");
        for e in chosen {
            let phones: Vec<String> = e
                .phones
                .iter()
                .map(|p| format!("<a href=\"tel:{}\">{}</a>", escape(&p.dial), escape(&p.shown)))
                .collect();
            html.push_str(&format!(
                "<li><strong>{}</strong> ({}): {}</li>",
                escape(&e.name),
                escape(&e.city),
                phones.join(" · ")
            ));
        }
        html.push_str("</ul>");
    }
    let all = link(Some(code), kind, &reader.referral_all(country));
    html.push_str(&format!("<p>{all}</p>"));
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_are_found_with_their_kinds_and_unknown_ones_left() {
        let found =
            shortcuts("a [[referrals]] b [[referrals:shelter]] c [[referrals:spa]] d [[referrals");
        assert_eq!(
            found,
            [
                ("[[referrals]]".to_owned(), None),
                ("[[referrals:shelter]]".to_owned(), Some(ServiceKind::Shelter)),
            ]
        );
    }
}
