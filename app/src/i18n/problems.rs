//! Errors, problems and notices in each language, side by side. Services name them
//! (`model::problem`); pages and islands say them here in the reader's language.

use std::fmt;

use super::{Locale, Msg, ar};
use crate::model::{
    error::AppError,
    problem::{FieldProblem, Notice, Problem},
};

/// Counted nouns as objects of a verb or a preposition ("استخدم 8 أحرف", "إلى شخصين").
const CHARACTERS: ar::Counted = ["حرف واحد", "حرفين", "أحرف", "حرفاً", "حرف"];
const ROWS: ar::Counted = ["صف واحد", "صفان", "صفوف", "صفاً", "صف"];
const PEOPLE: ar::Counted = ["شخص واحد", "شخصين", "أشخاص", "شخصاً", "شخص"];
const ACCOUNTS: ar::Counted = ["حساب واحد", "حسابان", "حسابات", "حساباً", "حساب"];

impl Locale {
    /// An error as its reader sees it: what to fix, or what happened, never internals.
    pub fn error(self, error: &AppError) -> String {
        let ar = self == Locale::Ar;
        match error {
            AppError::NotFound => (if ar { "غير موجود." } else { "Not found." }).into(),
            AppError::Unauthenticated => {
                (if ar { "يُرجى تسجيل الدخول." } else { "Please sign in." }).into()
            }
            AppError::SignInFailed => self.t(Msg::SignInFailed).into(),
            AppError::Invalid { problem, .. } => self.problem(problem),
            AppError::Internal(reference) if ar => {
                format!("حدث خطأ من جهتنا (المرجع {reference}). يُرجى المحاولة مرة أخرى.")
            }
            AppError::Internal(reference) => {
                format!(
                    "Something went wrong on our side (reference {reference}). Please try again."
                )
            }
            AppError::Request(_) if ar => {
                "تعذّر إتمام الطلب. تحقّق من الاتصال ثم حاول مرة أخرى.".into()
            }
            AppError::Request(_) => {
                "The request could not be completed. Check the connection and try again.".into()
            }
        }
    }

    /// A problem with what was sent, in this language.
    pub fn problem(self, problem: &Problem) -> String {
        match self {
            Locale::En => en(problem),
            Locale::Ar => arabic(problem),
        }
    }

    /// A list of problems, each with where it is, as one paragraph.
    fn problems(self, list: &[FieldProblem]) -> String {
        list.iter().map(|p| self.problem(&p.problem)).collect::<Vec<_>>().join(" ")
    }

    /// What a form achieved, in this language.
    pub fn notice(self, notice: &Notice) -> String {
        use Notice::*;
        let ar = self == Locale::Ar;
        let text = |en: &str, arabic: &str| if ar { arabic.to_owned() } else { en.to_owned() };
        match notice {
            DetailsSaved => text("Your details are saved.", "حُفظت بياناتك."),
            PasswordChanged => text(
                "Your password is changed. Other devices were signed out.",
                "تغيّرت كلمة مرورك، وسُجّل الخروج من الأجهزة الأخرى.",
            ),
            CountryAdded => text("Country added.", "أُضيف البلد."),
            AgencyAdded => text("Agency added.", "أُضيفت الجهة."),
            AccountCreated => text("Account created.", "أُنشئ الحساب."),
            ChangesSaved => text("Changes saved.", "حُفظت التغييرات."),
            AccountReactivated => text("Account reactivated.", "أُعيد تفعيل الحساب."),
            AccountDeactivated => {
                text("Account deactivated; its sessions ended.", "عُطّل الحساب وأُنهيت جلساته.")
            }
            PasswordReset => text(
                "Password reset; the person's sessions ended.",
                "أُعيد تعيين كلمة المرور وأُنهيت جلسات الشخص.",
            ),
            AccountsCreated { count } if ar => {
                format!("أُنشئ {}.", ar::count(*count as i64, ACCOUNTS))
            }
            AccountsCreated { count } => format!("{count} account(s) created."),
            ModuleCreated => text(
                "Module created. Add lessons and questions, then publish.",
                "أُنشئت الوحدة. أضف الدروس والأسئلة، ثم انشرها.",
            ),
            SettingsSaved => text("Settings saved.", "حُفظت الإعدادات."),
            LessonSaved => text(
                "Lesson saved. The preview below shows it as trainees will see it.",
                "حُفظ الدرس. تعرضه المعاينة أدناه كما سيراه المتدرّبون.",
            ),
            QuestionSaved => text("Question saved.", "حُفظ السؤال."),
            Published => text(
                "Published. Trainees now get this version.",
                "نُشرت الوحدة. يحصل المتدرّبون الآن على هذا الإصدار.",
            ),
            DraftStarted => text(
                "A new draft, copied from the published version. Trainees keep the published one until you publish this.",
                "مسودة جديدة منسوخة من الإصدار المنشور. يبقى المتدرّبون على الإصدار المنشور حتى تنشر هذه المسودة.",
            ),
            Archived => text(
                "Archived: new trainees no longer see this module.",
                "أُرشفت الوحدة: لم يعد المتدرّبون الجدد يرونها.",
            ),
            ModuleImported => text("Module imported as a draft.", "استُوردت الوحدة كمسودة."),
            AnswersSaved => text("Your answers are saved.", "حُفظت إجاباتك."),
            AssignedToAgency => text("Assigned to the whole agency.", "أُسندت إلى الجهة كلها."),
            AssignedToPeople { count } if ar => {
                format!("أُسندت إلى {}.", ar::count(*count as i64, PEOPLE))
            }
            AssignedToPeople { count } => format!("Assigned to {count} people."),
        }
    }
}

/// English, also what logs and `to_string()` say.
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Locale::En.error(self))
    }
}

impl std::error::Error for AppError {}

fn en(problem: &Problem) -> String {
    use Problem::*;
    let s = |text: &str| text.to_owned();
    match problem {
        FormUnreadable => Locale::En.t(Msg::FormUnreadable).into(),
        FormTooLarge => Locale::En.t(Msg::FormTooLarge).into(),
        ChooseFromList => s("Choose from the list."),
        WholeNumber => s("Enter a whole number."),
        ChooseModule => s("Choose a module."),
        ChooseRole => s("Choose a role."),
        ChooseAgencyKind => s("Choose the kind of agency."),
        ChooseQuestionKind => s("Choose a kind of question."),
        ChooseKeyShown => s("Choose when to show the right answers."),
        ChooseLanguage => s("Choose English or Arabic."),
        TooLong { max } => format!("Use at most {max} characters."),
        PasswordTooShort { min } => format!("Use at least {min} characters."),
        PasswordTooLong { max } => format!("Use at most {max} characters."),
        PasswordCommon => {
            s("This password is one of the most common ones and easy to guess. Choose another.")
        }
        SignInsBusy => {
            s("The server is busy signing many people in. Please try again in a moment.")
        }
        TooManyWrongPasswords => s("Too many wrong passwords. Wait a few minutes and try again."),
        CurrentPasswordWrong => s("The current password is not right."),
        SamePasswordAgain => s("Choose a new password, not the one you have now."),
        NewPasswordsDiffer => s("The two new passwords differ."),
        PersonNameRequired => s("Enter the person's name."),
        NameRequired => s("Enter a name."),
        NameLooksLikeFormula => s("A name cannot begin with = + - or @ (spreadsheet formulas)."),
        EmailInvalid => s("Enter a valid email address."),
        EmailTaken => s("This email is already registered."),
        EmailEarlierInFile => s("This email appears earlier in the file."),
        AgencyRequired => s("Trainees and supervisors belong to an agency."),
        NoSuchAgency => s("This agency does not exist."),
        CannotRemoveOwnAdminRole => s("You cannot remove your own admin role."),
        CannotDeactivateSelf => s("You cannot deactivate your own account."),
        CountryCodeInvalid => s("Use the two-letter ISO 3166 code, e.g. SY."),
        CountryExists => s("This country is already there."),
        AgencyExists => s("This country already has an agency of that name."),
        ImportFormOutOfDate => s("The form is out of date; check the file again."),
        ImportRowsHaveProblems { rows } => {
            format!("{rows} row(s) have problems. Fix them, or import only the valid rows.")
        }
        ImportStillRunning => {
            s("This import is still running. Open the import page again in a minute to see it.")
        }
        ImportIncomplete => s("The import did not complete. Check the file and try again."),
        UploadIncomplete => s("The upload did not arrive whole. Try again."),
        FileTooLarge { max_mb } => format!("The file is larger than {max_mb} MB."),
        FileNotUtf8 => s("The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8\"."),
        FileMissing => s("Choose a CSV file, or paste its contents."),
        CsvUnreadable => s("The file cannot be read as CSV."),
        CsvColumnsMissing { expected, missing } => format!(
            "The first line must name the columns {}; missing: {}.",
            expected.join(", "),
            missing.join(", ")
        ),
        CsvTooManyRows { max } => {
            format!("At most {max} people per file; split it into several files.")
        }
        CsvLineUnreadable { line } => format!("Line {line} cannot be read."),
        EmailNotValid => s("The email is not valid."),
        AgencyMissing => s("Trainees and supervisors need an agency."),
        UnknownRole { role } => {
            format!("Unknown role \"{role}\": use trainee, supervisor, trainer or admin.")
        }
        CellLooksLikeFormula { column } => format!("The {column} cannot begin with = + - or @."),
        UnknownCountry { code } => format!("Unknown country \"{code}\"."),
        NoAgencyInCountry { agency, country } => format!("No agency \"{agency}\" in {country}."),
        AgencyNeedsCountry => s("Give the agency's country."),
        DueDateFormat => s("Give the due date as YYYY-MM-DD."),
        DueDateInPast => s("The due date is in the past."),
        ChoosePeople => s("Choose at least one person, or the whole agency."),
        QuizFormOutOfDate => s("The form is out of date; open the module page again."),
        RetakeWait { minutes } => format!("You can start the next attempt in {minutes} min."),
        NoAttemptLeft => s(
            "No attempt left: the attempt limit of this quiz is reached, or another attempt is already under way.",
        ),
        AttemptSubmitted => s("This attempt is already submitted."),
        TimeUp => s("Time is up: answers can no longer change."),
        TitleRequired { max } => format!("Give the module a title (up to {max} characters)."),
        SummaryTooLong { max } => format!("Keep the summary under {max} characters."),
        EstimatedMinutesRange => s("Estimated time is between 1 and 600 minutes."),
        PassMarkRange => s("The pass mark is between 1 and 100 %."),
        MaxAttemptsRange => s("Allow between 1 and 100 attempts, or leave empty for no limit."),
        TimeLimitRange => s("The time limit is between 1 and 600 minutes, or empty."),
        RetakeWaitRange => {
            s("The wait between attempts is between 1 and 10,080 minutes (a week), or empty.")
        }
        DrawAtLeastOne => s("Draw at least one question, or leave empty for all."),
        DrawsMoreThanExist { draws, questions } => {
            format!("Each attempt draws {draws} questions but there are only {questions}.")
        }
        LessonTitleRequired => s("Every lesson needs a title."),
        GiveLessonTitle => s("Give the lesson a title."),
        LessonTooLong { max } => format!("Keep a lesson under {max} characters; split it."),
        LessonRequired => s("Add at least one lesson."),
        LessonEmpty => s("A lesson cannot be empty."),
        QuestionRequired => s("Add at least one question."),
        PromptRequired => s("Write the question."),
        PointsRange => s("Points are between 1 and 100."),
        OptionTextRequired => s("Every option needs a text."),
        SingleNeedsTwoOptions => s("A single-choice question needs at least two options."),
        SingleNeedsOneCorrect => s("A single-choice question has exactly one correct option."),
        MultipleNeedsTwoOptions => s("A multiple-choice question needs at least two options."),
        MarkOneCorrect => s("Mark at least one option correct."),
        TrueFalseShape => s("A true/false question has two options, one of them correct."),
        OrderingPlaces => s("Give every item its place in the right order: 1, 2, 3… each once."),
        MatchingPairs => s("Give every item a different match (the answer it pairs with)."),
        VersionFrozen => s(
            "This version is published and frozen. Choose “Edit” on the module to make a new draft.",
        ),
        DraftStartedElsewhere => s("Someone else just started a draft; open the module again."),
        OnlyPublishedArchived => s("Only a published module can be archived."),
        NotPublishable(list) => format!("Not ready to publish: {}", Locale::En.problems(list)),
        NotAModule { detail } => format!("The document is not a module ({detail})."),
        FormatExpected { format } => format!("Expected \"{format}\"."),
        SlugInvalid => s("Use 3–80 lowercase letters, digits and hyphens."),
        SlugTaken { slug } => {
            format!("slug: a module \"{slug}\" exists already; change the slug to import a copy.")
        }
        NotImportable(list) => list
            .iter()
            .map(|p| format!("{}: {}", p.field, en(&p.problem)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn arabic(problem: &Problem) -> String {
    use Problem::*;
    let s = |text: &str| text.to_owned();
    match problem {
        FormUnreadable => Locale::Ar.t(Msg::FormUnreadable).into(),
        FormTooLarge => Locale::Ar.t(Msg::FormTooLarge).into(),
        ChooseFromList => s("اختر من القائمة."),
        WholeNumber => s("أدخل عدداً صحيحاً."),
        ChooseModule => s("اختر وحدة."),
        ChooseRole => s("اختر دوراً."),
        ChooseAgencyKind => s("اختر نوع الجهة."),
        ChooseQuestionKind => s("اختر نوع السؤال."),
        ChooseKeyShown => s("اختر متى تظهر الإجابات الصحيحة."),
        ChooseLanguage => s("اختر الإنجليزية أو العربية."),
        TooLong { max } | PasswordTooLong { max } => {
            format!("استخدم {} على الأكثر.", ar::count(*max as i64, CHARACTERS))
        }
        PasswordTooShort { min } => {
            format!("استخدم {} على الأقل.", ar::count(*min as i64, CHARACTERS))
        }
        PasswordCommon => {
            s("كلمة المرور هذه من أكثر كلمات المرور شيوعاً ويسهل تخمينها. اختر غيرها.")
        }
        SignInsBusy => s("الخادم مشغول بتسجيل دخول كثيرين. يُرجى المحاولة مرة أخرى بعد قليل."),
        TooManyWrongPasswords => {
            s("أُدخلت كلمة مرور خاطئة مرات كثيرة. انتظر بضع دقائق ثم حاول مرة أخرى.")
        }
        CurrentPasswordWrong => s("كلمة المرور الحالية غير صحيحة."),
        SamePasswordAgain => s("اختر كلمة مرور جديدة، لا كلمة المرور التي لديك الآن."),
        NewPasswordsDiffer => s("كلمتا المرور الجديدتان مختلفتان."),
        PersonNameRequired => s("أدخل اسم الشخص."),
        NameRequired => s("أدخل اسماً."),
        NameLooksLikeFormula => s("لا يمكن أن يبدأ الاسم بـ = أو + أو - أو @ (صيغ جداول البيانات)."),
        EmailInvalid => s("أدخل عنوان بريد إلكتروني صحيحاً."),
        EmailTaken => s("هذا البريد الإلكتروني مسجّل من قبل."),
        EmailEarlierInFile => s("يرد هذا البريد الإلكتروني في سطر سابق من الملف."),
        AgencyRequired => s("ينتمي المتدرّبون والمشرفون إلى جهة."),
        NoSuchAgency => s("هذه الجهة غير موجودة."),
        CannotRemoveOwnAdminRole => s("لا يمكنك إزالة دور المسؤول عن نفسك."),
        CannotDeactivateSelf => s("لا يمكنك تعطيل حسابك أنت."),
        CountryCodeInvalid => s("استخدم رمز ISO 3166 المكوّن من حرفين، مثل SY."),
        CountryExists => s("هذا البلد موجود من قبل."),
        AgencyExists => s("في هذا البلد جهة بهذا الاسم من قبل."),
        ImportFormOutOfDate => s("النموذج قديم؛ افحص الملف مرة أخرى."),
        ImportRowsHaveProblems { rows } => format!(
            "في الملف {} فيها مشكلات. أصلحها، أو استورد الصفوف الصالحة فقط.",
            ar::count(*rows as i64, ROWS)
        ),
        ImportStillRunning => {
            s("ما زال هذا الاستيراد جارياً. افتح صفحة الاستيراد مرة أخرى بعد دقيقة لتراه.")
        }
        ImportIncomplete => s("لم يكتمل الاستيراد. افحص الملف وحاول مرة أخرى."),
        UploadIncomplete => s("لم يصل الملف المرفوع كاملاً. حاول مرة أخرى."),
        FileTooLarge { max_mb } => format!("حجم الملف أكبر من {max_mb} ميغابايت."),
        FileNotUtf8 => s("الملف ليس نصاً بترميز UTF-8. في Excel احفظه بصيغة \"CSV UTF-8\"."),
        FileMissing => s("اختر ملف CSV، أو الصق محتواه."),
        CsvUnreadable => s("تتعذّر قراءة الملف بصيغة CSV."),
        CsvColumnsMissing { expected, missing } => format!(
            "يجب أن يسمّي السطر الأول الأعمدة {}؛ الناقص منها: {}.",
            expected.join("، "),
            missing.join("، ")
        ),
        CsvTooManyRows { max } => {
            format!("{max} شخص على الأكثر في كل ملف؛ قسّمه إلى عدة ملفات.")
        }
        CsvLineUnreadable { line } => format!("تتعذّر قراءة السطر {line}."),
        EmailNotValid => s("البريد الإلكتروني غير صحيح."),
        AgencyMissing => s("يحتاج المتدرّبون والمشرفون إلى جهة."),
        UnknownRole { role } => {
            format!("الدور \"{role}\" غير معروف: استخدم trainee أو supervisor أو trainer أو admin.")
        }
        CellLooksLikeFormula { column } => {
            format!("لا يمكن أن تبدأ قيمة العمود {column} بـ = أو + أو - أو @.")
        }
        UnknownCountry { code } => format!("البلد \"{code}\" غير معروف."),
        NoAgencyInCountry { agency, country } => {
            format!("لا توجد جهة باسم \"{agency}\" في {country}.")
        }
        AgencyNeedsCountry => s("اذكر بلد الجهة."),
        DueDateFormat => s("اكتب موعد الإنجاز بالصيغة YYYY-MM-DD."),
        DueDateInPast => s("موعد الإنجاز في الماضي."),
        ChoosePeople => s("اختر شخصاً واحداً على الأقل، أو الجهة كلها."),
        QuizFormOutOfDate => s("النموذج قديم؛ افتح صفحة الوحدة مرة أخرى."),
        RetakeWait { minutes } => {
            format!("يمكنك بدء المحاولة التالية بعد {}.", ar::count(*minutes, ar::MINUTES))
        }
        NoAttemptLeft => {
            s("لم تبقَ لك محاولة: بلغت الحد الأقصى لمحاولات هذا الاختبار، أو أن محاولة أخرى جارية.")
        }
        AttemptSubmitted => s("سُلّمت هذه المحاولة من قبل."),
        TimeUp => s("انتهى الوقت: لم يعد بالإمكان تغيير الإجابات."),
        TitleRequired { max } => {
            format!("أعطِ الوحدة عنواناً (حتى {}).", ar::count(*max as i64, CHARACTERS))
        }
        SummaryTooLong { max } => {
            format!("اجعل الملخّص أقصر من {}.", ar::count(*max as i64, CHARACTERS))
        }
        EstimatedMinutesRange => s("الوقت المقدّر بين 1 و600 دقيقة."),
        PassMarkRange => s("درجة النجاح بين 1 و100 %."),
        MaxAttemptsRange => s("اسمح بعدد محاولات بين 1 و100، أو اترك الحقل فارغاً بلا حد."),
        TimeLimitRange => s("المدة بين 1 و600 دقيقة، أو فارغة."),
        RetakeWaitRange => s("الانتظار بين المحاولات بين 1 و10080 دقيقة (أسبوع)، أو فارغ."),
        DrawAtLeastOne => s("اسحب سؤالاً واحداً على الأقل، أو اترك الحقل فارغاً لكل الأسئلة."),
        DrawsMoreThanExist { draws, questions } => format!(
            "تسحب كل محاولة {} والموجود {} فقط.",
            ar::count(*draws as i64, ar::QUESTIONS),
            ar::count(*questions as i64, ar::QUESTIONS)
        ),
        LessonTitleRequired => s("يحتاج كل درس إلى عنوان."),
        GiveLessonTitle => s("أعطِ الدرس عنواناً."),
        LessonTooLong { max } => {
            format!("اجعل الدرس أقصر من {}؛ قسّمه.", ar::count(*max as i64, CHARACTERS))
        }
        LessonRequired => s("أضف درساً واحداً على الأقل."),
        LessonEmpty => s("لا يمكن أن يكون الدرس فارغاً."),
        QuestionRequired => s("أضف سؤالاً واحداً على الأقل."),
        PromptRequired => s("اكتب السؤال."),
        PointsRange => s("النقاط بين 1 و100."),
        OptionTextRequired => s("يحتاج كل خيار إلى نص."),
        SingleNeedsTwoOptions => s("يحتاج سؤال الاختيار الواحد إلى خيارين على الأقل."),
        SingleNeedsOneCorrect => s("لسؤال الاختيار الواحد خيار صحيح واحد بالضبط."),
        MultipleNeedsTwoOptions => s("يحتاج سؤال الاختيار المتعدد إلى خيارين على الأقل."),
        MarkOneCorrect => s("حدّد خياراً صحيحاً واحداً على الأقل."),
        TrueFalseShape => s("لسؤال صح أو خطأ خياران، أحدهما صحيح."),
        OrderingPlaces => s("أعطِ كل عنصر مكانه في الترتيب الصحيح: 1، 2، 3… كلٌّ مرة واحدة."),
        MatchingPairs => s("أعطِ كل عنصر مقابلاً مختلفاً (الإجابة التي يقترن بها)."),
        VersionFrozen => s("هذا الإصدار منشور ومجمّد. اختر «تعديل» في الوحدة لإنشاء مسودة جديدة."),
        DraftStartedElsewhere => s("بدأ شخص آخر مسودة للتو؛ افتح الوحدة مرة أخرى."),
        OnlyPublishedArchived => s("لا تُؤرشف إلا الوحدة المنشورة."),
        NotPublishable(list) => format!("غير جاهزة للنشر: {}", Locale::Ar.problems(list)),
        NotAModule { detail } => format!("المستند ليس وحدة ({detail})."),
        FormatExpected { format } => format!("المتوقع \"{format}\"."),
        SlugInvalid => s("استخدم من 3 إلى 80 من الأحرف اللاتينية الصغيرة والأرقام والشرطات."),
        SlugTaken { slug } => {
            format!("slug: توجد وحدة \"{slug}\" من قبل؛ غيّر الـ slug لاستيراد نسخة منها.")
        }
        NotImportable(list) => list
            .iter()
            .map(|p| format!("{}: {}", p.field, arabic(&p.problem)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

#[cfg(test)]
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
