//! Bar charts drawn as SVG on the server: readable without JavaScript, with a title, and always
//! shown beside a table of the same figures for screen readers.

use leptos::prelude::*;

/// One bar: its label, its length as a percentage of the axis, and the text at its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub percent: f64,
    pub text: String,
}

const WIDTH: f64 = 640.0;
const LABEL: f64 = 190.0;
const ROW: f64 = 22.0;
const GAP: f64 = 14.0;

/// Horizontal bars in labelled groups (e.g. a module, then one bar per country).
#[component]
pub fn BarChart(id: &'static str, title: String, groups: Vec<(String, Vec<Bar>)>) -> impl IntoView {
    let bars: usize = groups.iter().map(|(_, b)| b.len()).sum();
    let height = groups.len() as f64 * (ROW + GAP) + bars as f64 * ROW + 10.0;
    let plot = WIDTH - LABEL - 60.0;
    let mut y = 0.0;
    let mut shapes = vec![];
    for (group, group_bars) in groups {
        shapes.push(
            view! {
                <text x="0" y=y + 16.0 class="chart-group">
                    {group}
                </text>
            }
            .into_any(),
        );
        y += ROW;
        for (i, bar) in group_bars.into_iter().enumerate() {
            let width = (bar.percent.clamp(0.0, 100.0) / 100.0 * plot).max(1.0);
            shapes.push(
                view! {
                    <g>
                        <text x=LABEL - 8.0 y=y + 15.0 text-anchor="end" class="chart-label">
                            {bar.label}
                        </text>
                        <rect
                            x=LABEL
                            y=y + 3.0
                            width=width
                            height=ROW - 6.0
                            class=format!("chart-bar series-{}", i % 6)
                        />
                        <text x=LABEL + width + 6.0 y=y + 15.0 class="chart-value">
                            {bar.text}
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
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby=labelled_by
                width="100%"
            >
                <title id=title_id>{title.clone()}</title>
                {shapes}
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}
