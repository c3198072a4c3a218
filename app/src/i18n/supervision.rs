//! Supervisors' and coordinators' pages: agency dashboard, a person's progress, country reports.

use super::{Locale, Messages};

/// The fixed texts of the supervision and report pages. Sentences with values in them are the
/// free functions below, so that each language can order its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SupervisionMsg {
    // Shared by several pages.
    NotFound,
    Module,
    Modules,
    DownloadCsv,
    // The agency page: assigning.
    Agency,
    PeopleUnavailable,
    AssignModule,
    AssignTo,
    AssignWholeAgency,
    AssignOnlyTicked,
    DueDateOptional,
    Assign,
    // The agency dashboard.
    Trainees,
    Assigned,
    CompletedCount,
    CompletionRate,
    AverageBestScore,
    Overdue,
    FilterAndSort,
    Show,
    Everyone,
    SortBy,
    NameOrEmail,
    Apply,
    NoModuleAssigned,
    MatrixCaption,
    Person,
    // A person's progress.
    NoSuchPerson,
    Deactivated,
    DownloadModulesCsv,
    Status,
    Due,
    LessonsRead,
    Attempts,
    BestScore,
    CompletedOn,
    NotAssigned,
    QuizAttempts,
    DownloadAttemptsCsv,
    NoAttemptYet,
    AttemptsCaption,
    Attempt,
    Started,
    Submitted,
    Score,
    Result,
    AttemptInProgress,
    AttemptPassed,
    AttemptFailed,
    AttemptLate,
    // The country reports.
    CompletionByCountry,
    CountryReportIntro,
    Completions,
    CountryTableCaption,
    CountryChartTitle,
    CompletionsPerMonth,
    DownloadMonthsCsv,
    Month,
    AllCountries,
    NoSuchCountry,
    CountryDetailIntro,
    WholeCountry,
    PerKindOfAgency,
    PerAgency,
    Group,
    Learners,
}

impl Messages for SupervisionMsg {
    fn en(self) -> &'static str {
        use SupervisionMsg::*;
        match self {
            NotFound => "Not found",
            Module => "Module",
            Modules => "Modules",
            DownloadCsv => "Download CSV",
            Agency => "Agency",
            PeopleUnavailable => "This agency's people cannot be shown.",
            AssignModule => "Assign a module",
            AssignTo => "To",
            AssignWholeAgency => "Everyone in the agency (and whoever joins later)",
            AssignOnlyTicked => "Only the people ticked:",
            DueDateOptional => "Due date (optional)",
            Assign => "Assign",
            Trainees => "Trainees",
            Assigned => "Assigned",
            CompletedCount => "Completed",
            CompletionRate => "Completion rate",
            AverageBestScore => "Average best score",
            Overdue => "Overdue",
            FilterAndSort => "Filter and sort",
            Show => "Show ",
            Everyone => "everyone",
            SortBy => "Sort by ",
            NameOrEmail => "Name or email ",
            Apply => "Apply",
            NoModuleAssigned => "No module is assigned in this agency yet.",
            MatrixCaption => "Assigned modules per person",
            Person => "Person",
            NoSuchPerson => "There is no such person in your agency.",
            Deactivated => " — deactivated",
            DownloadModulesCsv => "Download the modules as CSV",
            Status => "Status",
            Due => "Due",
            LessonsRead => "Lessons read",
            Attempts => "Attempts",
            BestScore => "Best score",
            CompletedOn => "Completed",
            NotAssigned => " (not assigned)",
            QuizAttempts => "Quiz attempts",
            DownloadAttemptsCsv => "Download the attempts as CSV",
            NoAttemptYet => "No attempt yet.",
            AttemptsCaption => "Every attempt, newest first",
            Attempt => "Attempt",
            Started => "Started",
            Submitted => "Submitted",
            Score => "Score",
            Result => "Result",
            AttemptInProgress => "in progress",
            AttemptPassed => "passed",
            AttemptFailed => "failed",
            AttemptLate => " (late)",
            CompletionByCountry => "Completion by country",
            CountryReportIntro => {
                "Share of each country's active trainees and supervisors who completed each module (lessons read and quiz passed). Open a country for its agencies and kinds of agency. "
            }
            Completions => "Completions",
            CountryTableCaption => {
                "Completion per module and country, % of learners (completed / learners)"
            }
            CountryChartTitle => "Completion by module and country (% of learners)",
            CompletionsPerMonth => "Completions per month",
            DownloadMonthsCsv => "Download the months as CSV",
            Month => "Month",
            AllCountries => "All countries",
            NoSuchCountry => "There is no such country.",
            CountryDetailIntro => {
                "Share of active trainees and supervisors who completed each module. "
            }
            WholeCountry => "The whole country",
            PerKindOfAgency => "Per kind of agency",
            PerAgency => "Per agency",
            Group => "Group",
            Learners => "Learners",
        }
    }

    fn ar(self) -> &'static str {
        use SupervisionMsg::*;
        match self {
            NotFound => "غير موجود",
            Module => "الوحدة",
            Modules => "الوحدات",
            DownloadCsv => "تنزيل CSV",
            Agency => "الجهة",
            PeopleUnavailable => "تعذّر عرض أفراد هذه الجهة.",
            AssignModule => "إسناد وحدة",
            AssignTo => "الإسناد إلى",
            AssignWholeAgency => "جميع أفراد الجهة (ومن ينضم إليها لاحقاً)",
            AssignOnlyTicked => "الأشخاص المحدَّدون أدناه فقط:",
            DueDateOptional => "موعد الإنجاز (اختياري)",
            Assign => "أسنِد",
            Trainees => "المتدرّبون",
            Assigned => "الإسنادات",
            CompletedCount => "المكتملة",
            CompletionRate => "نسبة الإتمام",
            AverageBestScore => "متوسط أفضل درجة",
            Overdue => "المتأخرة",
            FilterAndSort => "التصفية والترتيب",
            Show => "عرض ",
            Everyone => "الجميع",
            SortBy => "الترتيب حسب ",
            NameOrEmail => "الاسم أو البريد الإلكتروني ",
            Apply => "تطبيق",
            NoModuleAssigned => "لم تُسنَد أي وحدة في هذه الجهة بعد.",
            MatrixCaption => "الوحدات المُسندة لكل شخص",
            Person => "الشخص",
            NoSuchPerson => "لا يوجد هذا الشخص ضمن جهتك.",
            Deactivated => " — الحساب معطَّل",
            DownloadModulesCsv => "تنزيل الوحدات بصيغة CSV",
            Status => "الحالة",
            Due => "موعد الإنجاز",
            LessonsRead => "الدروس المقروءة",
            Attempts => "المحاولات",
            BestScore => "أفضل درجة",
            CompletedOn => "تاريخ الإتمام",
            NotAssigned => " (غير مُسندة)",
            QuizAttempts => "محاولات الاختبار",
            DownloadAttemptsCsv => "تنزيل المحاولات بصيغة CSV",
            NoAttemptYet => "لا توجد محاولات بعد.",
            AttemptsCaption => "جميع المحاولات، الأحدث أولاً",
            Attempt => "المحاولة",
            Started => "البدء",
            Submitted => "التسليم",
            Score => "الدرجة",
            Result => "النتيجة",
            AttemptInProgress => "جارية",
            AttemptPassed => "ناجحة",
            AttemptFailed => "غير ناجحة",
            AttemptLate => " (متأخرة)",
            CompletionByCountry => "الإتمام حسب البلد",
            CountryReportIntro => {
                "نسبة المتدرّبين والمشرفين النشطين في كل بلد ممّن أتمّوا كل وحدة (قرأوا دروسها واجتازوا اختبارها). افتح بلداً لعرض جهاته وأنواع الجهات فيه. "
            }
            Completions => "حالات الإتمام",
            CountryTableCaption => {
                "الإتمام لكل وحدة وبلد، نسبةً مئوية من المتعلّمين (من أتمّوا / عدد المتعلّمين)"
            }
            CountryChartTitle => "الإتمام حسب الوحدة والبلد (النسبة المئوية من المتعلّمين)",
            CompletionsPerMonth => "حالات الإتمام شهرياً",
            DownloadMonthsCsv => "تنزيل الأشهر بصيغة CSV",
            Month => "الشهر",
            AllCountries => "جميع البلدان",
            NoSuchCountry => "هذا البلد غير موجود.",
            CountryDetailIntro => "نسبة المتدرّبين والمشرفين النشطين ممّن أتمّوا كل وحدة. ",
            WholeCountry => "البلد بأكمله",
            PerKindOfAgency => "حسب نوع الجهة",
            PerAgency => "حسب الجهة",
            Group => "الفئة",
            Learners => "المتعلّمون",
        }
    }
}

/// The summary of the agency's assign form: everyone in it, counted.
pub fn everyone_in_agency(l: Locale, people: usize) -> String {
    match l {
        Locale::En => format!("Everyone in the agency ({people})"),
        Locale::Ar => format!("جميع أفراد الجهة ({people})"),
    }
}

/// A filter choice of the matrix; `status` is already translated (`Locale::cell_status`).
pub fn with_module_status(l: Locale, status: &str) -> String {
    match l {
        Locale::En => format!("with a module {status}"),
        Locale::Ar => format!("من لديهم وحدة بحالة «{status}»"),
    }
}

/// How many rows of the matrix the filter leaves, out of the agency's trainees.
pub fn people_shown(l: Locale, shown: usize, total: usize) -> String {
    match l {
        Locale::En => format!("{shown} of {total} people shown"),
        // "Shown: 3 of 12" — no counted noun, so no number agreement to get wrong.
        Locale::Ar => format!("الأشخاص المعروضون: {shown} من {total}"),
    }
}

/// A matrix cell's best score.
pub fn best_score(l: Locale, percent: f64) -> String {
    match l {
        Locale::En => format!("best {percent} %"),
        Locale::Ar => format!("أفضل درجة {percent} %"),
    }
}

/// A matrix cell's due date (`YYYY-MM-DD`).
pub fn due_on(l: Locale, date: &str) -> String {
    match l {
        Locale::En => format!("due {date}"),
        Locale::Ar => format!("موعد الإنجاز {date}"),
    }
}

/// An attempt's module, with the version it was taken on.
pub fn module_version(l: Locale, title: &str, version: i32) -> String {
    match l {
        Locale::En => format!("{title} (v{version})"),
        Locale::Ar => format!("{title} (الإصدار {version})"),
    }
}

/// A country's column heading, after its name.
pub fn learners_after_name(l: Locale, learners: u64) -> String {
    match l {
        Locale::En => format!(" ({learners} learners)"),
        Locale::Ar => format!(" (المتعلّمون: {learners})"),
    }
}

/// The heading of one country's report; the name is data, as stored.
pub fn completion_in(l: Locale, country: &str) -> String {
    match l {
        Locale::En => format!("Completion in {country}"),
        Locale::Ar => format!("الإتمام في {country}"),
    }
}

/// The title of one country's chart per kind of agency.
pub fn completion_per_kind_in(l: Locale, country: &str) -> String {
    match l {
        Locale::En => format!("Completion per kind of agency in {country} (% of learners)"),
        Locale::Ar => {
            format!("الإتمام حسب نوع الجهة في {country} (النسبة المئوية من المتعلّمين)")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_sentences_read_in_arabic_and_english_stays_as_tested() {
        let ar = people_shown(Locale::Ar, 3, 12);
        assert_eq!(ar, "الأشخاص المعروضون: 3 من 12");
        assert!(ar.find("المعروضون").unwrap() < ar.find('3').unwrap());
        // The end-to-end tests read these English texts.
        assert_eq!(people_shown(Locale::En, 3, 12), "3 of 12 people shown");
        assert_eq!(completion_in(Locale::En, "Jordan"), "Completion in Jordan");
        assert_eq!(with_module_status(Locale::En, "passed"), "with a module passed");
        assert_eq!(Locale::En.t(SupervisionMsg::PerKindOfAgency), "Per kind of agency");
        assert_eq!(Locale::Ar.t(SupervisionMsg::DownloadCsv), "تنزيل CSV");
    }
}
