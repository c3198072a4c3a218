//! Supervisors' and coordinators' pages: agency dashboard, a person's progress, country reports
//! (`## supervision` in the .ftl files). Fixed texts are [`SupervisionMsg`] variants; sentences
//! with values in them are the free functions below, so that each language can order its words.

use super::Locale;

pub use super::keys::SupervisionMsg;

/// The summary of the agency's assign form: everyone in it, counted.
pub fn everyone_in_agency(l: Locale, people: usize) -> String {
    say!(l, SupervisionEveryoneInAgency { people })
}

/// A filter choice of the matrix; `status` is already translated (`Locale::cell_status`).
pub fn with_module_status(l: Locale, status: &str) -> String {
    say!(l, SupervisionWithModuleStatus { status })
}

/// How many rows of the matrix the filter leaves, out of the agency's trainees.
pub fn people_shown(l: Locale, shown: usize, total: usize) -> String {
    say!(l, SupervisionPeopleShown { shown, total })
}

/// A matrix cell's best score.
pub fn best_score(l: Locale, percent: f64) -> String {
    say!(l, SupervisionBestScoreOf { percent: l.percent(percent) })
}

/// A matrix cell's due date (`YYYY-MM-DD`).
pub fn due_on(l: Locale, date: &str) -> String {
    let date = &l.date_of(date);
    say!(l, SupervisionDueOn { date })
}

/// An attempt's module, with the version it was taken on.
pub fn module_version(l: Locale, title: &str, version: i32) -> String {
    say!(l, SupervisionModuleVersion { title, version })
}

/// A country's column heading, after its name.
pub fn learners_after_name(l: Locale, learners: u64) -> String {
    say!(l, SupervisionLearnersAfterName { learners })
}

/// The heading of one country's report; the name is data, as stored.
pub fn completion_in(l: Locale, country: &str) -> String {
    say!(l, SupervisionCompletionIn { country })
}

/// The title of one country's chart per kind of agency.
pub fn completion_per_kind_in(l: Locale, country: &str) -> String {
    say!(l, SupervisionCompletionPerKindIn { country })
}

#[cfg(all(test, feature = "ssr"))]
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
        assert_eq!(best_score(Locale::En, 87.5), "best 87.5 %");
    }
}
