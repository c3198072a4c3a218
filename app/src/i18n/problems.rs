//! Errors, problems and notices in each language (`## problems` in the .ftl files). Services
//! name them (`model::problem`); pages and islands say them here in the reader's language.

use std::fmt;

use super::{Key, Locale, Msg};
use crate::model::{
    error::AppError,
    problem::{FieldProblem, Notice, Problem},
};

impl Locale {
    /// An error as its reader sees it: what to fix, or what happened, never internals.
    pub fn error(self, error: &AppError) -> String {
        match error {
            AppError::NotFound => self.t(Key::ErrorNotFound).into(),
            AppError::Unauthenticated => self.t(Key::ErrorUnauthenticated).into(),
            AppError::SignInFailed => self.t(Msg::SignInFailed).into(),
            AppError::Invalid { problem, .. } => self.problem(problem),
            AppError::Internal(reference) => say!(self, ErrorInternal { reference }),
            AppError::Request(_) => self.t(Key::ErrorRequest).into(),
            AppError::Busy { retry_after } => say!(self, ErrorBusy { seconds: *retry_after }),
        }
    }

    /// The page of a request turned away because the server is overloaded: its title and what
    /// to do (`sent_form`: a form's data was not received, so go back and send it again).
    pub fn busy(self, seconds: u32, sent_form: bool) -> (String, String) {
        let text = if sent_form {
            say!(self, BusyForm { seconds })
        } else {
            say!(self, BusyPage { seconds })
        };
        (self.t(Key::BusyTitle).into(), text)
    }

    /// A problem with what was sent, in this language.
    pub fn problem(self, problem: &Problem) -> String {
        use Problem::*;
        let l = self;
        let key = match problem {
            FormUnreadable => Msg::FormUnreadable.key(),
            FormTooLarge => Msg::FormTooLarge.key(),
            ChooseFromList => Key::ProblemChooseFromList,
            WholeNumber => Key::ProblemWholeNumber,
            ChooseModule => Key::ProblemChooseModule,
            ChooseRole => Key::ProblemChooseRole,
            ChooseAgencyKind => Key::ProblemChooseAgencyKind,
            ChooseQuestionKind => Key::ProblemChooseQuestionKind,
            ChooseKeyShown => Key::ProblemChooseKeyShown,
            ChooseLanguage => Key::ProblemChooseLanguage,
            PasswordCommon => Key::ProblemPasswordCommon,
            SignInsBusy => Key::ProblemSignInsBusy,
            TooManyWrongPasswords => Key::ProblemTooManyWrongPasswords,
            CurrentPasswordWrong => Key::ProblemCurrentPasswordWrong,
            SamePasswordAgain => Key::ProblemSamePasswordAgain,
            NewPasswordsDiffer => Key::ProblemNewPasswordsDiffer,
            PersonNameRequired => Key::ProblemPersonNameRequired,
            NameRequired => Key::ProblemNameRequired,
            NameLooksLikeFormula => Key::ProblemNameLooksLikeFormula,
            EmailInvalid => Key::ProblemEmailInvalid,
            EmailTaken => Key::ProblemEmailTaken,
            EmailEarlierInFile => Key::ProblemEmailEarlierInFile,
            AgencyRequired => Key::ProblemAgencyRequired,
            NoSuchAgency => Key::ProblemNoSuchAgency,
            CannotRemoveOwnAdminRole => Key::ProblemCannotRemoveOwnAdminRole,
            CannotDeactivateSelf => Key::ProblemCannotDeactivateSelf,
            CountryCodeInvalid => Key::ProblemCountryCodeInvalid,
            CountryExists => Key::ProblemCountryExists,
            AgencyExists => Key::ProblemAgencyExists,
            ImportFormOutOfDate => Key::ProblemImportFormOutOfDate,
            ImportStillRunning => Key::ProblemImportStillRunning,
            ImportIncomplete => Key::ProblemImportIncomplete,
            UploadIncomplete => Key::ProblemUploadIncomplete,
            FileNotUtf8 => Key::ProblemFileNotUtf8,
            FileMissing => Key::ProblemFileMissing,
            CsvUnreadable => Key::ProblemCsvUnreadable,
            EmailNotValid => Key::ProblemEmailNotValid,
            AgencyMissing => Key::ProblemAgencyMissing,
            AgencyNeedsCountry => Key::ProblemAgencyNeedsCountry,
            DueDateFormat => Key::ProblemDueDateFormat,
            DueDateInPast => Key::ProblemDueDateInPast,
            DateInvalid => Key::ProblemDateInvalid,
            DateRange { days } => return say!(l, ProblemDateRange { days: *days }),
            ChoosePeople => Key::ProblemChoosePeople,
            QuizFormOutOfDate => Key::ProblemQuizFormOutOfDate,
            NoAttemptLeft => Key::ProblemNoAttemptLeft,
            AttemptSubmitted => Key::ProblemAttemptSubmitted,
            TimeUp => Key::ProblemTimeUp,
            PretestFirst => Key::ProblemPretestFirst,
            PretestNotOffered => Key::ProblemPretestNotOffered,
            PretestRequired => Key::ProblemPretestRequired,
            PretestNeedsQuestions => Key::ProblemPretestNeedsQuestions,
            ChooseOneToFive => Key::ProblemChooseOneToFive,
            PeriodInvalid => Key::ProblemPeriodInvalid,
            RoleOutsideReach => Key::ProblemRoleOutsideReach,
            ChooseServiceKind => Key::ProblemChooseServiceKind,
            CityRequired => Key::ProblemCityRequired,
            ServiceNameRequired => Key::ProblemServiceNameRequired,
            ReasonRequired => Key::ProblemReasonRequired,
            PhoneMissing => Key::ProblemPhoneMissing,
            VerifiedOnFormat => Key::ProblemVerifiedOnFormat,
            EntryExists => Key::ProblemEntryExists,
            PhoneNotANumber { line } => return say!(l, ProblemPhoneNotANumber { line }),
            UnknownSpokenLanguage { code } => {
                return say!(l, ProblemUnknownSpokenLanguage { code });
            }
            UnknownServed { value } => return say!(l, ProblemUnknownServed { value }),
            NoSuchEntry { id } => return say!(l, ProblemNoSuchEntry { id }),
            SameAsLine { line } => return say!(l, ProblemSameAsLine { line: *line }),
            EstimatedMinutesRange => Key::ProblemEstimatedMinutesRange,
            PassMarkRange => Key::ProblemPassMarkRange,
            MaxAttemptsRange => Key::ProblemMaxAttemptsRange,
            TimeLimitRange => Key::ProblemTimeLimitRange,
            RetakeWaitRange => Key::ProblemRetakeWaitRange,
            DrawAtLeastOne => Key::ProblemDrawAtLeastOne,
            LessonTitleRequired => Key::ProblemLessonTitleRequired,
            GiveLessonTitle => Key::ProblemGiveLessonTitle,
            LessonRequired => Key::ProblemLessonRequired,
            LessonEmpty => Key::ProblemLessonEmpty,
            QuestionRequired => Key::ProblemQuestionRequired,
            PromptRequired => Key::ProblemPromptRequired,
            PointsRange => Key::ProblemPointsRange,
            OptionTextRequired => Key::ProblemOptionTextRequired,
            SingleNeedsTwoOptions => Key::ProblemSingleNeedsTwoOptions,
            SingleNeedsOneCorrect => Key::ProblemSingleNeedsOneCorrect,
            MultipleNeedsTwoOptions => Key::ProblemMultipleNeedsTwoOptions,
            MarkOneCorrect => Key::ProblemMarkOneCorrect,
            TrueFalseShape => Key::ProblemTrueFalseShape,
            OrderingPlaces => Key::ProblemOrderingPlaces,
            MatchingPairs => Key::ProblemMatchingPairs,
            VersionFrozen => Key::ProblemVersionFrozen,
            DraftStartedElsewhere => Key::ProblemDraftStartedElsewhere,
            OnlyPublishedArchived => Key::ProblemOnlyPublishedArchived,
            SlugInvalid => Key::ProblemSlugInvalid,
            TranslationDoesNotFit => Key::ProblemTranslationDoesNotFit,
            TranslationExists => Key::ProblemTranslationExists,
            NothingToTranslate => Key::ProblemNothingToTranslate,
            TooLong { max } | PasswordTooLong { max } => {
                return say!(l, ProblemTooLong { max: *max });
            }
            PasswordTooShort { min } => return say!(l, ProblemPasswordTooShort { min: *min }),
            ImportRowsHaveProblems { rows } => {
                return say!(l, ProblemImportRowsHaveProblems { rows: *rows });
            }
            FileTooLarge { max_mb } => return say!(l, ProblemFileTooLarge { max_mb: *max_mb }),
            CsvColumnsMissing { expected, missing } => {
                let separator = l.t(Key::ListSeparator);
                return say!(
                    l,
                    ProblemCsvColumnsMissing {
                        expected: expected.join(separator),
                        missing: missing.join(separator),
                    }
                );
            }
            CsvTooManyRows { max } => return say!(l, ProblemCsvTooManyRows { max: *max }),
            CsvLineUnreadable { line } => return say!(l, ProblemCsvLineUnreadable { line: *line }),
            UnknownRole { role } => return say!(l, ProblemUnknownRole { role }),
            CellLooksLikeFormula { column } => {
                return say!(l, ProblemCellLooksLikeFormula { column });
            }
            UnknownCountry { code } => return say!(l, ProblemUnknownCountry { code }),
            NoAgencyInCountry { agency, country } => {
                return say!(l, ProblemNoAgencyInCountry { agency, country });
            }
            RetakeWait { minutes } => return say!(l, ProblemRetakeWait { minutes: *minutes }),
            TitleRequired { max } => return say!(l, ProblemTitleRequired { max: *max }),
            SummaryTooLong { max } => return say!(l, ProblemSummaryTooLong { max: *max }),
            DrawsMoreThanExist { draws, questions } => {
                return say!(l, ProblemDrawsMoreThanExist { draws: *draws, questions: *questions });
            }
            LessonTooLong { max } => return say!(l, ProblemLessonTooLong { max: *max }),
            NotPublishable(list) => {
                return say!(l, ProblemNotPublishable { problems: l.problems(list) });
            }
            NotAModule { detail } => return say!(l, ProblemNotAModule { detail }),
            FormatExpected { format } => return say!(l, ProblemFormatExpected { format }),
            SlugTaken { slug } => return say!(l, ProblemSlugTaken { slug }),
            NotImportable(list) => {
                return list
                    .iter()
                    .map(|p| {
                        say!(l, ProblemAtField { field: &p.field, problem: l.problem(&p.problem) })
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
            }
        };
        l.t(key).to_owned()
    }

    /// A list of problems, each with where it is, as one paragraph.
    fn problems(self, list: &[FieldProblem]) -> String {
        list.iter().map(|p| self.problem(&p.problem)).collect::<Vec<_>>().join(" ")
    }

    /// What a form achieved, in this language.
    pub fn notice(self, notice: &Notice) -> String {
        use Notice::*;
        let key = match notice {
            AccountsCreated { count } => {
                return say!(self, NoticeAccountsCreated { count: *count });
            }
            AssignedToPeople { count } => {
                return say!(self, NoticeAssignedToPeople { count: *count });
            }
            DetailsSaved => Key::NoticeDetailsSaved,
            PasswordChanged => Key::NoticePasswordChanged,
            CountryAdded => Key::NoticeCountryAdded,
            AgencyAdded => Key::NoticeAgencyAdded,
            AccountCreated => Key::NoticeAccountCreated,
            ChangesSaved => Key::NoticeChangesSaved,
            AccountReactivated => Key::NoticeAccountReactivated,
            AccountDeactivated => Key::NoticeAccountDeactivated,
            PasswordReset => Key::NoticePasswordReset,
            ModuleCreated => Key::NoticeModuleCreated,
            SettingsSaved => Key::NoticeSettingsSaved,
            LessonSaved => Key::NoticeLessonSaved,
            QuestionSaved => Key::NoticeQuestionSaved,
            Published => Key::NoticePublished,
            DraftStarted => Key::NoticeDraftStarted,
            Archived => Key::NoticeArchived,
            ModuleImported => Key::NoticeModuleImported,
            TranslationStarted => Key::NoticeTranslationStarted,
            TranslationSaved => Key::NoticeTranslationSaved,
            TranslationPublished => Key::NoticeTranslationPublished,
            AnswersSaved => Key::NoticeAnswersSaved,
            AlreadySubmitted => Key::NoticeAlreadySubmitted,
            AssignedToAgency => Key::NoticeAssignedToAgency,
            PretestSkipped => Key::NoticePretestSkipped,
            SurveyThanks => Key::NoticeSurveyThanks,
            FollowupThanks => Key::NoticeFollowupThanks,
            EntryAdded => Key::NoticeEntryAdded,
            EntrySaved => Key::NoticeEntrySaved,
            EntryVerified => Key::NoticeEntryVerified,
            CertificateRevoked => Key::NoticeCertificateRevoked,
            EntryRemoved => Key::NoticeEntryRemoved,
            EntriesImported { added, changed } => {
                return say!(self, NoticeEntriesImported { added: *added, changed: *changed });
            }
            StatementsRequeued { count } => {
                return say!(self, NoticeStatementsRequeued { count: *count });
            }
        };
        self.t(key).to_owned()
    }
}

/// English, also what logs and `to_string()` say.
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Locale::En.error(self))
    }
}

impl std::error::Error for AppError {}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn every_problem_reads_in_both_languages_with_its_values() {
        let p = Problem::RetakeWait { minutes: 11 };
        assert_eq!(Locale::En.problem(&p), "You can start the next attempt in 11 min.");
        assert_eq!(Locale::Ar.problem(&p), "يمكنك بدء المحاولة التالية بعد 11 دقيقة.");
        let list = vec![Problem::LessonRequired.of("lessons"), Problem::PromptRequired.of("q")];
        let p = Problem::NotPublishable(list);
        assert_eq!(
            Locale::En.problem(&p),
            "Not ready to publish: Add at least one lesson. Write the question."
        );
        assert!(Locale::Ar.problem(&p).contains("أضف درساً واحداً على الأقل."));
        assert_eq!(Locale::Ar.notice(&Notice::AssignedToPeople { count: 2 }), "أُسندت إلى شخصين.");
        let p = Problem::CsvColumnsMissing {
            expected: vec!["email".into(), "name".into()],
            missing: vec!["name".into()],
        };
        assert_eq!(
            Locale::En.problem(&p),
            "The first line must name the columns email, name; missing: name."
        );
        assert!(Locale::Ar.problem(&p).contains("email، name"));
        let p = Problem::NotImportable(vec![Problem::SlugInvalid.of("slug")]);
        assert_eq!(Locale::En.problem(&p), "slug: Use 3–80 lowercase letters, digits and hyphens.");
    }

    #[test]
    fn errors_never_show_internals_and_display_in_english() {
        let e = AppError::Internal("0badc0de".into());
        assert!(Locale::Ar.error(&e).contains("0badc0de"));
        assert_eq!(e.to_string(), Locale::En.error(&e));
        let e = AppError::Request("Deserialization: missing field `x`".into());
        assert!(!Locale::En.error(&e).contains("missing field"));
        assert_eq!(
            Problem::EmailTaken.at("email").to_string(),
            "This email is already registered."
        );
    }
}
