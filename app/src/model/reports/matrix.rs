//! An agency's dashboard: where each person stands with each module, sorted and filtered.

use serde::{Deserialize, Serialize};

/// Where a person stands with a module, as a dashboard cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CellStatus {
    NotStarted,
    InProgress,
    Passed,
    Failed,
    Overdue,
}

impl CellStatus {
    pub const ALL: [CellStatus; 5] = [
        CellStatus::NotStarted,
        CellStatus::InProgress,
        CellStatus::Passed,
        CellStatus::Failed,
        CellStatus::Overdue,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CellStatus::NotStarted => "not_started",
            CellStatus::InProgress => "in_progress",
            CellStatus::Passed => "passed",
            CellStatus::Failed => "failed",
            CellStatus::Overdue => "overdue",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CellStatus::NotStarted => "not started",
            CellStatus::InProgress => "in progress",
            CellStatus::Passed => "passed",
            CellStatus::Failed => "failed",
            CellStatus::Overdue => "overdue",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Headline {
    pub trainees: usize,
    /// Person × module pairs assigned.
    pub assignments: usize,
    /// Assigned pairs completed.
    pub completed: usize,
    /// `completed / assignments`, in percent (0 when nothing is assigned).
    pub completion_rate: f64,
    /// Mean of the best scores of every attempted person × module pair, in percent.
    pub average_best_score: Option<f64>,
    pub overdue: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub status: CellStatus,
    pub best_percent: Option<f64>,
    pub attempts: u32,
    pub assigned: bool,
    pub due_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgencyDashboard {
    pub agency_id: i32,
    pub agency_name: String,
    pub headline: Headline,
    /// Columns: (module id, title).
    pub modules: Vec<(i32, String)>,
    pub rows: Vec<MatrixRow>,
}

/// How the matrix is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum MatrixSort {
    #[default]
    Name,
    /// Most overdue assignments first.
    Overdue,
    /// Fewest assignments passed first.
    LeastDone,
    /// Lowest best score first (no attempt counts as lowest).
    LowestScore,
}

impl MatrixSort {
    pub const ALL: [MatrixSort; 4] =
        [MatrixSort::Name, MatrixSort::Overdue, MatrixSort::LeastDone, MatrixSort::LowestScore];

    pub fn code(self) -> &'static str {
        match self {
            MatrixSort::Name => "name",
            MatrixSort::Overdue => "overdue",
            MatrixSort::LeastDone => "least_done",
            MatrixSort::LowestScore => "lowest_score",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MatrixSort::Name => "name",
            MatrixSort::Overdue => "most overdue",
            MatrixSort::LeastDone => "least done",
            MatrixSort::LowestScore => "lowest score",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl MatrixRow {
    fn count(&self, status: CellStatus) -> usize {
        self.cells.iter().filter(|c| c.assigned && c.status == status).count()
    }

    /// The row's lowest best score over assigned modules; an untried module counts as 0.
    fn lowest_score(&self) -> f64 {
        self.cells
            .iter()
            .filter(|c| c.assigned)
            .map(|c| c.best_percent.unwrap_or(0.0))
            .fold(f64::INFINITY, f64::min)
    }

    /// Whether the person's name or email contains `needle` (case-insensitive).
    pub fn matches(&self, needle: &str) -> bool {
        let needle = needle.trim().to_lowercase();
        needle.is_empty()
            || self.name.to_lowercase().contains(&needle)
            || self.email.to_lowercase().contains(&needle)
    }
}

/// Orders the matrix (pure, stable: ties keep alphabetical order).
pub fn sort_matrix(rows: &mut [MatrixRow], by: MatrixSort) {
    rows.sort_by_key(|r| r.name.to_lowercase());
    match by {
        MatrixSort::Name => {}
        MatrixSort::Overdue => {
            rows.sort_by_key(|r| std::cmp::Reverse(r.count(CellStatus::Overdue)))
        }
        MatrixSort::LeastDone => rows.sort_by_key(|r| r.count(CellStatus::Passed)),
        MatrixSort::LowestScore => {
            rows.sort_by(|a, b| a.lowest_score().total_cmp(&b.lowest_score()))
        }
    }
}

/// What the matrix shows: rows with a cell of one status, rows matching a search, in an order.
/// The page and its CSV read the same query (`?status=…&sort=…&q=…`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MatrixView {
    pub status: Option<CellStatus>,
    pub sort: MatrixSort,
    pub search: String,
    /// Zero-based page of [`MatrixView::PAGE_SIZE`] rows (the CSV holds every page).
    pub page: usize,
}

impl MatrixView {
    /// Rows per page: light enough for a phone on a slow network.
    pub const PAGE_SIZE: usize = 50;

    /// From query parameters; unknown values fall back to showing everyone by name, page 1.
    pub fn from_query(status: Option<&str>, sort: Option<&str>, search: Option<&str>) -> Self {
        MatrixView {
            status: status.and_then(CellStatus::from_code),
            sort: sort.and_then(MatrixSort::from_code).unwrap_or_default(),
            search: search.unwrap_or_default().trim().to_owned(),
            page: 0,
        }
    }

    /// The same view on page `page` (one-based in the query, as people count: `?page=2`).
    pub fn on_page(&self, page: Option<&str>) -> Self {
        let page = page.and_then(|p| p.parse::<usize>().ok()).unwrap_or(1).max(1) - 1;
        MatrixView { page, ..self.clone() }
    }

    /// The rows of this view's page, and how many pages there are (at least one).
    pub fn page_of<'a>(&self, rows: &'a [MatrixRow]) -> (&'a [MatrixRow], usize) {
        let pages = rows.len().div_ceil(Self::PAGE_SIZE).max(1);
        let start = (self.page.min(pages - 1) * Self::PAGE_SIZE).min(rows.len());
        (&rows[start..(start + Self::PAGE_SIZE).min(rows.len())], pages)
    }

    /// The query string of page `page` (zero-based) of this view.
    pub fn page_query(&self, page: usize) -> String {
        let base = self.query();
        match (page, base.is_empty()) {
            (0, _) => base,
            (_, true) => format!("?page={}", page + 1),
            (_, false) => format!("{base}&page={}", page + 1),
        }
    }

    /// The query string that gives this view back (empty for the default view).
    pub fn query(&self) -> String {
        let mut parts = vec![];
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.code()));
        }
        if self.sort != MatrixSort::Name {
            parts.push(format!("sort={}", self.sort.code()));
        }
        if !self.search.is_empty() {
            let q: String = form_urlencoded::byte_serialize(self.search.as_bytes()).collect();
            parts.push(format!("q={q}"));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// The rows to show, in order (pure).
    pub fn apply(&self, rows: Vec<MatrixRow>) -> Vec<MatrixRow> {
        let mut rows: Vec<MatrixRow> = rows
            .into_iter()
            .filter(|r| self.status.is_none_or(|s| r.count(s) > 0) && r.matches(&self.search))
            .collect();
        sort_matrix(&mut rows, self.sort);
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, cells: &[(CellStatus, Option<f64>)]) -> MatrixRow {
        MatrixRow {
            user_id: 0,
            name: name.into(),
            email: format!("{}@x.example", name.to_lowercase()),
            cells: cells
                .iter()
                .map(|(status, best_percent)| Cell {
                    status: *status,
                    best_percent: *best_percent,
                    attempts: 0,
                    assigned: true,
                    due_on: None,
                })
                .collect(),
        }
    }

    #[test]
    fn the_matrix_sorts_by_what_a_supervisor_asks() {
        use CellStatus::*;
        let rows = vec![
            row("Carla", &[(Passed, Some(90.0)), (Passed, Some(80.0))]),
            row("alan", &[(Overdue, None), (Passed, Some(70.0))]),
            row("Bea", &[(Overdue, None), (Overdue, None)]),
            row("Dana", &[(Failed, Some(40.0)), (InProgress, Some(60.0))]),
        ];
        let order = |by| {
            let mut r = rows.clone();
            sort_matrix(&mut r, by);
            r.into_iter().map(|r| r.name).collect::<Vec<_>>()
        };
        assert_eq!(order(MatrixSort::Name), ["alan", "Bea", "Carla", "Dana"]);
        assert_eq!(order(MatrixSort::Overdue), ["Bea", "alan", "Carla", "Dana"]);
        assert_eq!(order(MatrixSort::LeastDone), ["Bea", "Dana", "alan", "Carla"]);
        assert_eq!(order(MatrixSort::LowestScore), ["alan", "Bea", "Dana", "Carla"]);
        assert!(rows[0].matches(" carla ") && rows[1].matches("ALAN@") && !rows[2].matches("dan"));

        let view = MatrixView::from_query(Some("overdue"), Some("overdue"), Some(" a "));
        let names: Vec<_> = view.apply(rows.clone()).into_iter().map(|r| r.name).collect();
        assert_eq!(
            names,
            ["Bea", "alan"],
            "overdue people whose name has an a, most overdue first"
        );
        assert_eq!(view.query(), "?status=overdue&sort=overdue&q=a");
        let odd = MatrixView::from_query(Some("nonsense"), Some("bogus"), None);
        assert_eq!((odd.clone(), odd.query()), (MatrixView::default(), String::new()));
        assert_eq!(
            MatrixView::from_query(None, None, Some("أمل ح")).query(),
            "?q=%D8%A3%D9%85%D9%84+%D8%AD"
        );
    }

    #[test]
    fn the_matrix_pages_by_fifty_and_keeps_the_view() {
        let many: Vec<MatrixRow> = (0..120).map(|i| row(&format!("P{i:03}"), &[])).collect();
        let view = MatrixView::from_query(Some("overdue"), None, None);
        let (first, pages) = view.page_of(&many);
        assert_eq!((first.len(), first[0].name.as_str(), pages), (50, "P000", 3));
        let (last, _) = view.on_page(Some("3")).page_of(&many);
        assert_eq!((last.len(), last[0].name.as_str()), (20, "P100"));
        let (beyond, _) = view.on_page(Some("9")).page_of(&many);
        assert_eq!(beyond[0].name, "P100", "past the end shows the last page");
        assert_eq!(view.on_page(Some("zero")).page, 0);
        assert_eq!(view.page_query(0), "?status=overdue");
        assert_eq!(view.page_query(2), "?status=overdue&page=3");
        assert_eq!(MatrixView::default().page_query(1), "?page=2");
        assert_eq!(MatrixView::default().page_of(&[]).1, 1);
    }
}
