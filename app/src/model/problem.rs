//! What can be wrong with what someone sent, and what a form achieved: typed keys with the
//! values their sentence needs. Services and server functions say *which*; each language says
//! it where it is shown (`i18n/problems.rs`), so an Arabic reader reads Arabic.

use serde::{Deserialize, Serialize};

use crate::model::error::AppError;

/// Input the person can correct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// A form post the server could not read at all (see `forms::Unreadable`).
    FormUnreadable,
    FormTooLarge,
    // Choosing from a form's lists and numbers.
    ChooseFromList,
    WholeNumber,
    ChooseModule,
    ChooseRole,
    ChooseAgencyKind,
    ChooseQuestionKind,
    ChooseKeyShown,
    ChooseLanguage,
    /// A text over its limit of characters.
    TooLong {
        max: usize,
    },
    // Passwords and signing in.
    PasswordTooShort {
        min: usize,
    },
    PasswordTooLong {
        max: usize,
    },
    PasswordCommon,
    SignInsBusy,
    TooManyWrongPasswords,
    CurrentPasswordWrong,
    SamePasswordAgain,
    NewPasswordsDiffer,
    // People and organisations.
    PersonNameRequired,
    NameRequired,
    NameLooksLikeFormula,
    EmailInvalid,
    EmailTaken,
    EmailEarlierInFile,
    AgencyRequired,
    NoSuchAgency,
    CannotRemoveOwnAdminRole,
    CannotDeactivateSelf,
    CountryCodeInvalid,
    CountryExists,
    AgencyExists,
    // Importing people from CSV: the file, then its rows.
    ImportFormOutOfDate,
    ImportRowsHaveProblems {
        rows: usize,
    },
    ImportStillRunning,
    ImportIncomplete,
    UploadIncomplete,
    FileTooLarge {
        max_mb: usize,
    },
    FileNotUtf8,
    FileMissing,
    CsvUnreadable,
    CsvColumnsMissing {
        expected: Vec<String>,
        missing: Vec<String>,
    },
    CsvTooManyRows {
        max: usize,
    },
    CsvLineUnreadable {
        line: usize,
    },
    EmailNotValid,
    AgencyMissing,
    UnknownRole {
        role: String,
    },
    CellLooksLikeFormula {
        column: String,
    },
    UnknownCountry {
        code: String,
    },
    NoAgencyInCountry {
        agency: String,
        country: String,
    },
    AgencyNeedsCountry,
    // Assigning.
    DueDateFormat,
    DueDateInPast,
    /// A day of a date range: YYYY-MM-DD.
    DateInvalid,
    /// A range that ends before it starts, or spans more days than allowed.
    DateRange {
        days: i64,
    },
    ChoosePeople,
    // Attempts.
    QuizFormOutOfDate,
    RetakeWait {
        minutes: i64,
    },
    NoAttemptLeft,
    AttemptSubmitted,
    TimeUp,
    // The pre-test and the surveys.
    /// The lessons and the quiz open once the pre-test is taken (or skipped).
    PretestFirst,
    /// The pre-test is not offered (not asked, already taken, or the module was begun).
    PretestNotOffered,
    /// The trainer asks everyone to take the pre-test.
    PretestRequired,
    /// A pre-test is asked but every question is marked for the quiz only.
    PretestNeedsQuestions,
    ChooseOneToFive,
    /// A period of months that is not `YYYY-MM` to `YYYY-MM`, in order.
    PeriodInvalid,
    // Country coordinators and the referral directory.
    /// A coordinator gives only the roles of their country (not trainer or admin).
    RoleOutsideReach,
    ChooseServiceKind,
    CityRequired,
    ServiceNameRequired,
    /// Revoking a certificate: the reason is what the audit log keeps.
    ReasonRequired,
    PhoneMissing,
    PhoneNotANumber {
        line: String,
    },
    UnknownSpokenLanguage {
        code: String,
    },
    UnknownServed {
        value: String,
    },
    /// An import row's `id` is no entry of this country's directory.
    NoSuchEntry {
        id: String,
    },
    VerifiedOnFormat,
    /// A new entry with the city, kind and name of one the directory has.
    EntryExists,
    /// An import row repeats an earlier one (same city, kind and name).
    SameAsLine {
        line: usize,
    },
    // Module settings.
    TitleRequired {
        max: usize,
    },
    SummaryTooLong {
        max: usize,
    },
    EstimatedMinutesRange,
    PassMarkRange,
    MaxAttemptsRange,
    TimeLimitRange,
    RetakeWaitRange,
    DrawAtLeastOne,
    DrawsMoreThanExist {
        draws: i32,
        questions: usize,
    },
    // Lessons and questions.
    LessonTitleRequired,
    GiveLessonTitle,
    LessonTooLong {
        max: usize,
    },
    LessonRequired,
    LessonEmpty,
    QuestionRequired,
    PromptRequired,
    PointsRange,
    OptionTextRequired,
    SingleNeedsTwoOptions,
    SingleNeedsOneCorrect,
    MultipleNeedsTwoOptions,
    MarkOneCorrect,
    TrueFalseShape,
    OrderingPlaces,
    MatchingPairs,
    // A version's life.
    VersionFrozen,
    DraftStartedElsewhere,
    OnlyPublishedArchived,
    NotPublishable(Vec<FieldProblem>),
    // Module documents.
    NotAModule {
        detail: String,
    },
    FormatExpected {
        format: String,
    },
    SlugInvalid,
    SlugTaken {
        slug: String,
    },
    NotImportable(Vec<FieldProblem>),
    /// A translation has not one text per lesson, question and option of its source.
    TranslationDoesNotFit,
    /// The version has a translation into this language already.
    TranslationExists,
    /// Translations are started from a version with content, in another language than it.
    NothingToTranslate,
}

/// A problem and where: `field` names a form field or a path in a document
/// (`questions[2].options`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub problem: Problem,
}

impl Problem {
    /// This problem as the error of the form field `field`.
    pub fn at(self, field: impl Into<String>) -> AppError {
        AppError::Invalid { field: Some(field.into()), problem: self }
    }

    /// This problem, found at `field`.
    pub fn of(self, field: impl Into<String>) -> FieldProblem {
        FieldProblem { field: field.into(), problem: self }
    }
}

/// The first of `problems` as the error of its field; `Ok` when there is none.
pub fn first_problem(problems: Vec<FieldProblem>) -> Result<(), AppError> {
    match problems.into_iter().next() {
        Some(FieldProblem { field, problem }) => Err(problem.at(field)),
        None => Ok(()),
    }
}

impl From<Problem> for AppError {
    fn from(problem: Problem) -> Self {
        AppError::Invalid { field: None, problem }
    }
}

/// What a form achieved, said at the top of the page that follows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    DetailsSaved,
    PasswordChanged,
    CountryAdded,
    AgencyAdded,
    AccountCreated,
    ChangesSaved,
    AccountReactivated,
    AccountDeactivated,
    PasswordReset,
    AccountsCreated {
        count: usize,
    },
    ModuleCreated,
    SettingsSaved,
    LessonSaved,
    QuestionSaved,
    Published,
    DraftStarted,
    Archived,
    ModuleImported,
    TranslationStarted,
    TranslationSaved,
    TranslationPublished,
    AnswersSaved,
    /// A submit for an attempt already scored: its result stands, the new answers do not count.
    AlreadySubmitted,
    AssignedToAgency,
    AssignedToPeople {
        count: usize,
    },
    PretestSkipped,
    SurveyThanks,
    FollowupThanks,
    EntryAdded,
    EntrySaved,
    EntryVerified,
    EntryRemoved,
    EntriesImported {
        added: usize,
        changed: usize,
    },
    CertificateRevoked,
    /// Refused xAPI statements put back in the outbox for the next push.
    StatementsRequeued {
        count: usize,
    },
}
