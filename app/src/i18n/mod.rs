//! Every user-facing string goes through here.
//!
//! Messages are an enum and each language is one exhaustive `match`, so a message missing from a
//! language is a compile error, not a blank on an officer's screen.

pub mod admin;
mod ar;
pub mod authoring;
mod en;
mod labels;
mod learning;
mod problems;
pub mod supervision;

pub use admin::AdminMsg;
pub use authoring::AuthorMsg;
pub use supervision::SupervisionMsg;

/// A set of messages with a text in every language: [`Msg`] for the officer-facing pages, and
/// one enum per staff area, each in its own file with both languages side by side.
pub trait Messages: Copy {
    fn en(self) -> &'static str;
    fn ar(self) -> &'static str;
}

impl Messages for Msg {
    fn en(self) -> &'static str {
        en::text(self)
    }

    fn ar(self) -> &'static str {
        ar::text(self)
    }
}

use serde::{Deserialize, Serialize};

/// The languages Frontline speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ar];

    /// BCP 47 code, as used in `<html lang>` and the `lang` cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Locale::En => "ltr",
            Locale::Ar => "rtl",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best supported language of an `Accept-Language` header, honouring q-values.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        accept_language
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.parse::<f32>().ok())?;
                Some((Self::from_code(tag)?, q))
            })
            .filter(|(_, q)| *q > 0.0)
            // Among equal q-values the first in the header wins.
            .fold(None::<(Locale, f32)>, |best, (l, q)| match best {
                Some((_, bq)) if bq >= q => best,
                _ => Some((l, q)),
            })
            .map(|(l, _)| l)
    }

    /// The language's name in itself, for language pickers.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ar => "العربية",
        }
    }

    pub fn t<M: Messages>(self, msg: M) -> &'static str {
        match self {
            Locale::En => msg.en(),
            Locale::Ar => msg.ar(),
        }
    }
}

/// Every message the interface shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    AppName,
    Tagline,
    SkipToContent,
    NavHome,
    FooterNote,
    HomeTitle,
    HomeIntro,
    HomeAudience,
    HomeOffline,
    CheckConnection,
    Checking,
    ConnectionOk,
    ConnectionDbDown,
    ConnectionFailed,
    NotFoundTitle,
    NotFoundBody,
    ServerErrorTitle,
    BackHome,
    SignInTitle,
    SignedInAs,
    SignedOut,
    SignInFailed,
    SignInBusy,
    Email,
    Password,
    SignIn,
    SignOut,
    DemoSignIns,
    DemoSignInsHint,
    Role,
    MyAccount,
    MyDetails,
    DisplayName,
    Language,
    Save,
    ChangePassword,
    CurrentPassword,
    NewPassword,
    PasswordRules,
    ConfirmPassword,
    NavMyAgency,
    NavMyLearning,
    NavModules,
    NavAdmin,
    MainMenu,
    Welcome,
    HomeTraineeLead,
    HomeSupervisorLead,
    HomeTrainerLead,
    HomeAdminLead,
    AdminPeople,
    AdminCountries,
    AdminImport,
    Reports,
    AdminAudit,
    Loading,
    AssignedToYou,
    StatusCompleted,
    StatusPassed,
    StatusNotStarted,
    StatusInProgress,
    Certificate,
    Start,
    Continue,
    NoModulesYet,
    ModuleCompleted,
    YourCertificate,
    Lessons,
    LessonsNav,
    LessonRead,
    Quiz,
    ContinueQuiz,
    StartQuiz,
    TryAgain,
    AttemptHeader,
    ScoreHeader,
    ResultHeader,
    AttemptPassed,
    AttemptNotPassed,
    AttemptLate,
    SubmittedLate,
    BackToModule,
    TimeLeft,
    SaveAnswers,
    Submit,
    DoneNextLesson,
    DoneBackToModule,
    PreviousLesson,
    NextLesson,
    CertificateTitle,
    CertifiesThat,
    HasCompletedModule,
    VerificationCode,
    PrintHint,
    CertificateCheck,
    Scenario,
    OrderingHint,
    RightChoice,
    NotSavedRetrying,
    YouChoseThis,
    ARightAnswer,
    NotARightAnswer,
    RightAnswerNotChosen,
    OutcomeRight,
    OutcomePartlyRight,
    OutcomeWrong,
    KeyAfterPass,
    KeyNotShown,
    FormUnreadable,
    FormTooLarge,
    ChooseOwnPassword,
}

/// The reader's language, provided by the shell for the whole page.
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

/// The language of the current request: the `lang` cookie, then `Accept-Language`, then English.
pub fn request_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use http::header::ACCEPT_LANGUAGE;
        if let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() {
            let from_cookie =
                crate::state::cookie(&parts.headers, "lang").as_deref().and_then(Locale::from_code);
            let from_header = || {
                parts
                    .headers
                    .get(ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(Locale::negotiate)
            };
            return from_cookie.or_else(from_header).unwrap_or_default();
        }
    }
    Locale::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(Locale::negotiate("ar-JO,en;q=0.8"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("fr, en;q=0.5, ar;q=0.9"), Some(Locale::Ar));
        assert_eq!(Locale::negotiate("en-GB, ar"), Some(Locale::En));
        assert_eq!(Locale::negotiate("ar;q=0, tr"), None);
        assert_eq!(Locale::negotiate(""), None);
        assert_eq!(Locale::negotiate("ar;q=abc"), None);
    }

    #[test]
    fn direction_follows_the_script() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::En.dir(), "ltr");
        assert_eq!(Locale::from_code("AR_eg"), Some(Locale::Ar));
    }

    #[test]
    fn arabic_sentences_put_words_in_arabic_order() {
        let due = Locale::Ar.assigned_due_on("2099-12-31");
        assert_eq!(due, "مُسندة إليك — موعد الإنجاز 2099-12-31");
        // Logical order: the Arabic words first (read from the right), the date last.
        assert!(due.find("مُسندة").unwrap() < due.find("2099-12-31").unwrap());
        assert!(due.contains("موعد الإنجاز"));
        // The English sentences stay exactly what the end-to-end tests read.
        assert_eq!(Locale::En.assigned_due_on("2099-12-31"), "Assigned to you — due 2099-12-31");
        assert_eq!(
            Locale::En.result_heading(
                true,
                Some(crate::model::quiz::Score { earned: 2.0, possible: 2.0, percent: 100.0 }),
                100
            ),
            "Passed — 100 % (2 of 2 points; pass mark 100 %)"
        );
        assert_eq!(
            Locale::En.quiz_facts(2, 80, None, 1, Some(3)),
            "2 questions · pass mark 80 % · attempts: 1 of 3 used"
        );
        assert_eq!(
            Locale::En.module_meta(15, 3, "in progress", Some(50.0)),
            "15 min · 3 lessons · in progress · best score 50 %"
        );
    }

    #[test]
    fn arabic_counts_agree_with_their_number() {
        assert_eq!(Locale::Ar.question_points(1), " (نقطة واحدة)");
        assert_eq!(Locale::Ar.question_points(2), " (نقطتان)");
        assert_eq!(Locale::Ar.question_points(3), " (3 نقاط)");
        assert_eq!(
            Locale::Ar.module_meta(15, 4, "قيد الإنجاز", None),
            "15 دقيقة · 4 دروس · قيد الإنجاز"
        );
        assert_eq!(
            Locale::Ar.quiz_facts(12, 80, Some(20), 0, None),
            "12 سؤالاً · درجة النجاح 80 % · المدة 20 دقيقة · المحاولات: غير محدودة"
        );
        assert_eq!(ar::count(100, ar::LESSONS), "100 درس");
        assert_eq!(ar::count(0, ar::LESSONS), "0 دروس");
    }
}
