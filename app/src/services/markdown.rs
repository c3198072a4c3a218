//! Authored Markdown → safe HTML, on the server. Raw HTML in the Markdown is shown as text, and
//! the result passes ammonia with a short list of tags: no script, no event handlers, no svg or
//! math, no `javascript:` links.

use std::{collections::HashSet, sync::LazyLock};

use pulldown_cmark::{Event, Options, Parser, html};

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "br",
        "hr",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "strong",
        "em",
        "del",
        "code",
        "pre",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .generic_attributes(HashSet::new())
        .tag_attributes(
            [("a", ["href"].into_iter().collect()), ("ol", ["start"].into_iter().collect())]
                .into_iter()
                .collect(),
        );
    builder
});

/// Renders authored Markdown to HTML that is safe to put into a page.
pub fn render(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // Raw HTML is not a feature: it becomes visible text.
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, events);
    sanitise(&unsafe_html)
}

/// HTML reduced to the tags and links a lesson may hold.
pub fn sanitise(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn renders_the_markdown_a_lesson_uses() {
        let html = render(
            "## Signs\n\n- **documents** held\n- *debt*\n\n> In practice: ask.\n\n1. one\n2. two",
        );
        assert!(html.contains("<h2>Signs</h2>"));
        assert!(html.contains("<strong>documents</strong>"));
        assert!(html.contains("<blockquote>"));
        assert!(html.contains("<ol>"));
    }

    #[test]
    fn links_are_safe_and_do_not_leak_the_page() {
        let html = render("[UNODC](https://www.unodc.org) and [x](javascript:alert(1))");
        assert!(
            html.contains(r#"<a href="https://www.unodc.org" rel="noopener noreferrer">UNODC</a>"#),
            "{html}"
        );
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn raw_html_is_shown_as_text_never_run() {
        let html = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <svg onload=alert(1)>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<svg"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }
}
