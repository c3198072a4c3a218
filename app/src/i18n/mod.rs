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

pub use crate::model::locale::Locale;

/// Locale is a model value; saying messages in it is this layer's job.
impl Locale {
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

#[cfg(test)]
mod tests {
    use super::*;

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
