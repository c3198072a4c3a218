//! Dashboards and reports: what supervisors and coordinators read.

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

/// One country's column of the country report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryColumn {
    pub code: String,
    pub name: String,
    pub name_ar: String,
    /// Active trainees and supervisors.
    pub learners: u64,
}

/// Completion of one module per country: completed learners / learners, in percent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleRow {
    pub module_id: i32,
    pub title: String,
    pub completed: Vec<u64>,
    pub percent: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryReport {
    pub countries: Vec<CountryColumn>,
    pub modules: Vec<ModuleRow>,
    /// (month `YYYY-MM`, completions).
    pub per_month: Vec<(String, u64)>,
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

/// One person's standing in one module, on their progress page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonModule {
    pub module_id: i32,
    pub title: String,
    pub assigned: bool,
    pub due_on: Option<String>,
    pub status: CellStatus,
    pub lessons_read: u32,
    pub attempts: u32,
    pub best_percent: Option<f64>,
    pub completed_on: Option<String>,
}

/// One quiz attempt, as a supervisor reads it (scores only, never answers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonAttempt {
    pub module_title: String,
    pub version: i32,
    pub number: i32,
    pub started_at: String,
    pub submitted_at: Option<String>,
    pub percent: Option<f64>,
    pub passed: Option<bool>,
    pub late: bool,
}

/// A trainee's progress, attempts and scores, for their supervisor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonProgress {
    pub user_id: i32,
    pub name: String,
    pub email: String,
    pub active: bool,
    pub agency_id: i32,
    pub agency_name: String,
    pub modules: Vec<PersonModule>,
    pub attempts: Vec<PersonAttempt>,
}

/// One group of learners in a country (the whole country, an agency kind or an agency):
/// completions per module and the share of the group's learners they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupRow {
    pub label: String,
    /// The agency, for rows that are one.
    pub agency_id: Option<i32>,
    /// The kind of agency, for rows that are one (so pages can name it in their language).
    pub kind: Option<crate::model::accounts::AgencyKind>,
    pub learners: u64,
    pub completed: Vec<u64>,
    pub percent: Vec<f64>,
}

impl GroupRow {
    /// A row from per-module completion counts (pure).
    pub fn new(label: String, agency_id: Option<i32>, learners: u64, completed: Vec<u64>) -> Self {
        let percent = completed.iter().map(|n| share(*n, learners)).collect();
        GroupRow { label, agency_id, kind: None, learners, completed, percent }
    }

    /// The sum of several rows, under a new label (pure).
    pub fn total<'a>(
        label: String,
        rows: impl IntoIterator<Item = &'a GroupRow>,
        modules: usize,
    ) -> Self {
        let (learners, completed) =
            rows.into_iter().fold((0, vec![0; modules]), |(l, mut c), r| {
                c.iter_mut().zip(&r.completed).for_each(|(a, b)| *a += b);
                (l + r.learners, c)
            });
        GroupRow::new(label, None, learners, completed)
    }
}

/// One country's completion per module: whole country, per agency kind and per agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryDetail {
    pub code: String,
    pub name: String,
    pub name_ar: String,
    /// Columns: published modules (id, title).
    pub modules: Vec<(i32, String)>,
    pub whole: GroupRow,
    pub by_kind: Vec<GroupRow>,
    pub by_agency: Vec<GroupRow>,
    /// (month `YYYY-MM`, completions) in this country.
    pub per_month: Vec<(String, u64)>,
}

/// A country's name in the reader's language.
pub fn country_name<'a>(locale: crate::model::locale::Locale, en: &'a str, ar: &'a str) -> &'a str {
    match locale {
        crate::model::locale::Locale::Ar if !ar.is_empty() => ar,
        _ => en,
    }
}

/// A share in percent, rounded to one decimal; 0 of 0 is 0.
pub fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { (part as f64 * 1000.0 / whole as f64).round() / 10.0 }
}

/// How each question of a published version performs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemAnalysis {
    pub version_id: i32,
    pub module_id: i32,
    pub title: String,
    pub number: i32,
    /// Submitted attempts analysed.
    pub attempts: u64,
    pub questions: Vec<ItemStat>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemStat {
    pub question_id: i32,
    pub prompt: String,
    /// Attempts that were asked this question.
    pub answered: u64,
    /// Share answering fully correctly, 0–1.
    pub correct_share: f64,
    /// Point-biserial correlation of answering correctly with the attempt's score, −1…1
    /// (needs at least 4 answers, some right and some wrong).
    pub discrimination: Option<f64>,
    /// (option text, times chosen, correct) — choice questions only.
    pub options: Vec<(String, u64, bool)>,
    pub flags: Vec<ItemFlag>,
}

/// Running sums over the submitted attempts that were asked one question.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ItemSums {
    pub answered: u64,
    pub correct: u64,
    /// Sum of the attempts' scores (percent), and of their squares.
    pub score_sum: f64,
    pub score_sq_sum: f64,
    /// Sum of the scores of the attempts that answered it correctly.
    pub correct_score_sum: f64,
}

impl ItemSums {
    /// Adds one attempt that was asked the question: its score, and whether it got it right.
    pub fn record(&mut self, score: f64, right: bool) {
        self.answered += 1;
        self.score_sum += score;
        self.score_sq_sum += score * score;
        if right {
            self.correct += 1;
            self.correct_score_sum += score;
        }
    }

    /// The point-biserial correlation between answering correctly (0/1) and the score (pure):
    /// `(n·Σxy − Σx·Σy) / √((n·Σx − (Σx)²)(n·Σy² − (Σy)²))`, from sums that can be kept up to
    /// date one attempt at a time. None when it is undefined or too thin to mean anything.
    pub fn point_biserial(&self) -> Option<f64> {
        let n = self.answered as f64;
        let c = self.correct as f64;
        let x_spread = n * c - c * c;
        let y_spread = n * self.score_sq_sum - self.score_sum * self.score_sum;
        // Sums of squares of percents are exact in f64; a spread under rounding noise is none.
        if self.answered < 4 || x_spread <= 0.0 || y_spread <= 1e-6 {
            return None;
        }
        let r = (n * self.correct_score_sum - c * self.score_sum) / (x_spread * y_spread).sqrt();
        Some(r.clamp(-1.0, 1.0))
    }
}

/// Something about a question a trainer should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemFlag {
    TooEasy,
    TooHard,
    DiscriminatesNegatively,
}

impl ItemFlag {
    /// English, for CSV files; pages name it in the reader's language.
    pub fn label(self) -> &'static str {
        match self {
            ItemFlag::TooEasy => "too easy",
            ItemFlag::TooHard => "too hard",
            ItemFlag::DiscriminatesNegatively => "discriminates negatively",
        }
    }
}

/// What a question's figures suggest a trainer should look at (pure).
pub fn item_flags(correct_share: f64, discrimination: Option<f64>, answered: u64) -> Vec<ItemFlag> {
    let mut flags = vec![];
    if answered == 0 {
        return flags;
    }
    if correct_share > 0.9 {
        flags.push(ItemFlag::TooEasy);
    }
    if correct_share < 0.2 {
        flags.push(ItemFlag::TooHard);
    }
    if discrimination.is_some_and(|d| d < 0.0) {
        flags.push(ItemFlag::DiscriminatesNegatively);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_easy_hard_and_misleading_questions() {
        assert_eq!(item_flags(0.95, Some(0.1), 40), [ItemFlag::TooEasy]);
        assert_eq!(item_flags(0.1, Some(0.3), 40), [ItemFlag::TooHard]);
        assert_eq!(item_flags(0.5, Some(-0.2), 40), [ItemFlag::DiscriminatesNegatively]);
        assert_eq!(ItemFlag::DiscriminatesNegatively.label(), "discriminates negatively");
        assert!(item_flags(0.5, Some(0.4), 40).is_empty());
        assert!(item_flags(0.0, None, 0).is_empty(), "nothing to say without answers");
    }

    fn sums(scores_and_right: &[(f64, bool)]) -> ItemSums {
        let mut s = ItemSums::default();
        scores_and_right.iter().for_each(|(score, right)| s.record(*score, *right));
        s
    }

    #[test]
    fn point_biserial_matches_a_hand_computation() {
        // Scores 90, 80, 40, 30; the two strong attempts right. Mean 60, population sd √650,
        // p = q = ½, M1 = 85, M0 = 35: r = (85 − 35)/√650 · ½ ≈ 0.9806.
        let s = sums(&[(90.0, true), (80.0, true), (40.0, false), (30.0, false)]);
        assert!((s.point_biserial().unwrap() - 0.9806).abs() < 1e-4, "{:?}", s.point_biserial());
        let reversed = sums(&[(90.0, false), (80.0, false), (40.0, true), (30.0, true)]);
        assert!(reversed.point_biserial().unwrap() < -0.98, "the weak get it right");
        let unrelated = sums(&[(90.0, true), (80.0, false), (40.0, false), (30.0, true)]);
        assert!(unrelated.point_biserial().unwrap().abs() < 0.2);
    }

    #[test]
    fn point_biserial_is_undefined_without_spread_or_answers() {
        assert_eq!(
            sums(&[(50.0, true), (70.0, true), (20.0, true), (90.0, true)]).point_biserial(),
            None
        );
        assert_eq!(
            sums(&[(50.0, true), (50.0, false), (50.0, true), (50.0, false)]).point_biserial(),
            None
        );
        assert_eq!(sums(&[(90.0, true), (10.0, false)]).point_biserial(), None, "too few");
        assert_eq!(ItemSums::default().point_biserial(), None);
    }

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

    #[test]
    fn group_rows_add_up() {
        let a = GroupRow::new("A".into(), Some(1), 4, vec![1, 4]);
        let b = GroupRow::new("B".into(), Some(2), 2, vec![1, 0]);
        assert_eq!(a.percent, [25.0, 100.0]);
        let t = GroupRow::total("All".into(), [&a, &b], 2);
        assert_eq!(
            (t.learners, t.completed.clone(), t.percent.clone()),
            (6, vec![2, 4], vec![33.3, 66.7])
        );
        assert_eq!(GroupRow::total("None".into(), [], 2).percent, [0.0, 0.0]);
    }

    #[test]
    fn shares_round_and_survive_zero() {
        assert_eq!(share(1, 3), 33.3);
        assert_eq!(share(0, 0), 0.0);
    }
}
