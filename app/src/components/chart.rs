//! Bar charts drawn as SVG on the server: readable without JavaScript, with a title, and always
//! shown beside a table of the same figures for screen readers. Drawn twice: labels beside the
//! bars for a wide screen, labels above them for a phone (where a wide drawing shrinks its
//! text to a few pixels); the page's CSS shows one.

use leptos::prelude::*;

/// One bar: its label, its length as a percentage of the axis, and the text at its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub percent: f64,
    pub text: String,
}

/// Where a drawing puts its labels, and how wide it is in its own units (which the CSS scales
/// to the screen: a phone's drawing is about as wide as a phone, so its text stays readable).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Layout {
    /// Label, then bar, on one row.
    Wide,
    /// Label on a row of its own, the bar under it.
    Narrow,
}

impl Layout {
    fn width(self) -> f64 {
        match self {
            Layout::Wide => 640.0,
            Layout::Narrow => 340.0,
        }
    }
    fn label(self) -> f64 {
        match self {
            Layout::Wide => 190.0,
            Layout::Narrow => 0.0,
        }
    }
    fn class(self) -> &'static str {
        match self {
            Layout::Wide => "chart-wide",
            Layout::Narrow => "chart-narrow",
        }
    }
}

const ROW: f64 = 22.0;
const GAP: f64 = 14.0;

/// Horizontal bars in labelled groups (e.g. a module, then one bar per country).
#[component]
pub fn BarChart(id: &'static str, title: String, groups: Vec<(String, Vec<Bar>)>) -> impl IntoView {
    let drawings = [Layout::Wide, Layout::Narrow]
        .map(|layout| draw(format!("{id}-{}", layout.class()), &title, &groups, layout));
    view! { <figure class="chart">{drawings} <figcaption>{title}</figcaption></figure> }
}

fn draw(id: String, title: &str, groups: &[(String, Vec<Bar>)], layout: Layout) -> AnyView {
    let (width, label) = (layout.width(), layout.label());
    let plot = width - label - 60.0;
    let mut y = 0.0;
    let mut shapes = vec![];
    for (group, group_bars) in groups {
        shapes.push(
            view! {
                <text x="0" y=y + 16.0 class="chart-group">
                    {group.clone()}
                </text>
            }
            .into_any(),
        );
        y += ROW;
        for (i, bar) in group_bars.iter().enumerate() {
            let length = (bar.percent.clamp(0.0, 100.0) / 100.0 * plot).max(1.0);
            let name = match layout {
                Layout::Wide => view! {
                    <text x=label - 8.0 y=y + 15.0 text-anchor="end" class="chart-label">
                        {bar.label.clone()}
                    </text>
                }
                .into_any(),
                Layout::Narrow => {
                    let name = view! {
                        <text x="0" y=y + 15.0 class="chart-label">
                            {bar.label.clone()}
                        </text>
                    };
                    y += ROW;
                    name.into_any()
                }
            };
            shapes.push(
                view! {
                    <g>
                        {name}
                        <rect
                            x=label
                            y=y + 3.0
                            width=length
                            height=ROW - 6.0
                            class=format!("chart-bar series-{}", i % 6)
                        /> <text x=label + length + 6.0 y=y + 15.0 class="chart-value">
                            {bar.text.clone()}
                        </text>
                    </g>
                }
                .into_any(),
            );
            y += ROW;
        }
        y += GAP;
    }
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <svg
            class=layout.class()
            viewBox=format!("0 0 {width} {}", y + 10.0)
            role="img"
            aria-labelledby=labelled_by
            width="100%"
        >
            <title id=title_id>{title.to_owned()}</title>
            {shapes}
        </svg>
    }
    .into_any()
}
