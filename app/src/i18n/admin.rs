//! The admin pages: people, countries and agencies, import, audit.

use super::{Locale, Messages, ar};
use crate::model::{accounts::Role, audit::AuditAction, import::import_seconds};

/// The fixed texts of the admin pages. Sentences with values in them are the free functions
/// below, so that each language can order its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminMsg {
    // Shared by several pages.
    PleaseSignIn,
    Agency,
    Country,
    Status,
    Any,
    Filter,
    Active,
    Deactivated,
    AgencyNone,
    FirstPassword,
    AddPerson,
    // The administration index.
    PeopleHint,
    ImportHint,
    CountriesHint,
    AuditHint,
    // The people list and its table.
    ImportFromCsv,
    Search,
    NameOrEmail,
    NobodyMatches,
    LastSignIn,
    NeverSignedIn,
    Pages,
    // Adding a person and a person's page.
    AgencyNeededFor,
    FirstPasswordHint,
    CreateAccount,
    RoleAndAgency,
    SaveChanges,
    Deactivate,
    Reactivate,
    DeactivateExplained,
    ReactivateExplained,
    DeactivateAccount,
    ReactivateAccount,
    ResetPassword,
    ResetPasswordHint,
    // Countries and agencies.
    Countries,
    Code,
    NameHeader,
    NameArabicHeader,
    Agencies,
    AddCountry,
    IsoCode,
    NameInEnglish,
    NameInArabic,
    AddCountryButton,
    NoAgencyYet,
    Kind,
    AssignModules,
    AddAgency,
    AddAgencyButton,
    // Import.
    CheckingFile,
    ChooseFile,
    ImportColumns,
    CsvFile,
    PasteRows,
    CheckFile,
    Preview,
    Line,
    Problems,
    FixOrImportValid,
    FirstPasswords,
    FirstPasswordsShownOnce,
    // The audit log.
    Action,
    PersonEmail,
    WhenUtc,
    By,
    About,
    Detail,
    Address,
}

impl Messages for AdminMsg {
    fn en(self) -> &'static str {
        use AdminMsg::*;
        match self {
            PleaseSignIn => "Please sign in.",
            Agency => "Agency",
            Country => "Country",
            Status => "Status",
            Any => "any",
            Filter => "Filter",
            Active => "active",
            Deactivated => "deactivated",
            AgencyNone => "— none —",
            FirstPassword => "First password",
            AddPerson => "Add a person",
            PeopleHint => "Find, add, change and deactivate accounts; reset passwords.",
            ImportHint => "Check a spreadsheet row by row, then create the accounts.",
            CountriesHint => "The countries of the programme and the agencies in each.",
            AuditHint => "Sign-ins, role and agency changes, resets and imports.",
            ImportFromCsv => "Import from CSV",
            Search => "Search",
            NameOrEmail => "name or email",
            NobodyMatches => "Nobody matches.",
            LastSignIn => "Last sign-in",
            NeverSignedIn => "never",
            Pages => "pages",
            AgencyNeededFor => "Agency (needed for trainees and supervisors)",
            FirstPasswordHint => {
                "At least 8 characters, not a common password. Give it to the person in private."
            }
            CreateAccount => "Create account",
            RoleAndAgency => "Role and agency",
            SaveChanges => "Save changes",
            Deactivate => "Deactivate",
            Reactivate => "Reactivate",
            DeactivateExplained => {
                "A deactivated person cannot sign in; their sessions end at once. Their records stay."
            }
            ReactivateExplained => "The person can sign in again with their password.",
            DeactivateAccount => "Deactivate account",
            ReactivateAccount => "Reactivate account",
            ResetPassword => "Reset password",
            ResetPasswordHint => "Give it to the person in private; their sessions end.",
            Countries => "Countries",
            Code => "Code",
            NameHeader => "Name",
            // The column of the names in Arabic is headed in Arabic in both languages.
            NameArabicHeader => "الاسم",
            Agencies => "Agencies",
            AddCountry => "Add a country",
            IsoCode => "ISO code (two letters)",
            NameInEnglish => "Name in English",
            NameInArabic => "Name in Arabic",
            AddCountryButton => "Add country",
            NoAgencyYet => "No agency yet.",
            Kind => "Kind",
            AssignModules => "assign modules",
            AddAgency => "Add an agency",
            AddAgencyButton => "Add agency",
            CheckingFile => "Checking the file…",
            ChooseFile => "Choose a file",
            ImportColumns => {
                "A CSV file (UTF-8; comma, semicolon or tab separated) whose first line names the columns "
            }
            CsvFile => "CSV file",
            PasteRows => "…or paste the rows (e.g. copied from a spreadsheet)",
            CheckFile => "Check the file",
            Preview => "Preview",
            Line => "Line",
            Problems => "Problems",
            FixOrImportValid => {
                "Fix the rows with problems in your file and check it again, or import only the rows that are ready."
            }
            FirstPasswords => "First passwords",
            FirstPasswordsShownOnce => {
                "Shown only now and kept nowhere. Print or copy them and give each person theirs in private; at their first sign-in they choose their own."
            }
            Action => "Action",
            PersonEmail => "Person (email)",
            WhenUtc => "When (UTC)",
            By => "By",
            About => "About",
            Detail => "Detail",
            Address => "Address",
        }
    }

    fn ar(self) -> &'static str {
        use AdminMsg::*;
        match self {
            PleaseSignIn => "يُرجى تسجيل الدخول.",
            Agency => "الجهة",
            Country => "الدولة",
            Status => "الحالة",
            Any => "الكل",
            Filter => "تصفية",
            Active => "نشط",
            Deactivated => "معطّل",
            AgencyNone => "— بلا جهة —",
            FirstPassword => "كلمة المرور الأولى",
            AddPerson => "إضافة شخص",
            PeopleHint => {
                "البحث عن الحسابات وإضافتها وتعديلها وتعطيلها، وإعادة تعيين كلمات المرور."
            }
            ImportHint => "تدقيق جدول البيانات صفاً صفاً، ثم إنشاء الحسابات.",
            CountriesHint => "دول البرنامج والجهات في كل منها.",
            AuditHint => {
                "عمليات تسجيل الدخول، وتغييرات الدور والجهة، وإعادة تعيين كلمات المرور، وعمليات الاستيراد."
            }
            ImportFromCsv => "استيراد من ملف CSV",
            Search => "بحث",
            NameOrEmail => "الاسم أو البريد الإلكتروني",
            NobodyMatches => "لا يوجد أشخاص مطابقون.",
            LastSignIn => "آخر تسجيل دخول",
            NeverSignedIn => "لم يحدث بعد",
            Pages => "الصفحات",
            AgencyNeededFor => "الجهة (مطلوبة للمتدرّبين والمشرفين)",
            FirstPasswordHint => {
                "8 أحرف على الأقل، وألّا تكون من كلمات المرور الشائعة. سلّمها إلى صاحب الحساب على انفراد."
            }
            CreateAccount => "إنشاء الحساب",
            RoleAndAgency => "الدور والجهة",
            SaveChanges => "حفظ التغييرات",
            Deactivate => "تعطيل الحساب",
            Reactivate => "إعادة تفعيل الحساب",
            DeactivateExplained => {
                "لا يمكن تسجيل الدخول بحساب معطّل، وتُنهى جميع جلساته فوراً. وتبقى سجلاته محفوظة."
            }
            ReactivateExplained => "يمكن تسجيل الدخول بهذا الحساب مجدداً بكلمة المرور نفسها.",
            DeactivateAccount => "تعطيل الحساب",
            ReactivateAccount => "إعادة تفعيل الحساب",
            ResetPassword => "إعادة تعيين كلمة المرور",
            ResetPasswordHint => "سلّمها إلى صاحب الحساب على انفراد؛ وستُنهى جلسات الحساب المفتوحة.",
            Countries => "الدول",
            Code => "الرمز",
            NameHeader => "الاسم بالإنجليزية",
            NameArabicHeader => "الاسم بالعربية",
            Agencies => "الجهات",
            AddCountry => "إضافة دولة",
            IsoCode => "رمز ISO (حرفان)",
            NameInEnglish => "الاسم بالإنجليزية",
            NameInArabic => "الاسم بالعربية",
            AddCountryButton => "إضافة الدولة",
            NoAgencyYet => "لا توجد جهات بعد.",
            Kind => "النوع",
            AssignModules => "إسناد الوحدات",
            AddAgency => "إضافة جهة",
            AddAgencyButton => "إضافة الجهة",
            CheckingFile => "جارٍ فحص الملف…",
            ChooseFile => "اختيار ملف",
            // The column names follow, in English: they are what the file must contain.
            ImportColumns => {
                "ملف CSV (بترميز UTF-8، تفصل بين قيمه فواصل أو فواصل منقوطة أو مسافات جدولة) يحمل سطره الأول أسماء الأعمدة: "
            }
            CsvFile => "ملف CSV",
            PasteRows => "…أو الصق الصفوف (منسوخة من جدول بيانات مثلاً)",
            CheckFile => "افحص الملف",
            Preview => "معاينة",
            Line => "السطر",
            Problems => "المشكلات",
            FixOrImportValid => {
                "صحّح الصفوف التي فيها مشكلات في ملفك ثم افحصه مجدداً، أو استورد الصفوف الجاهزة فقط."
            }
            FirstPasswords => "كلمات المرور الأولى",
            FirstPasswordsShownOnce => {
                "تُعرض الآن فقط ولا تُحفظ في أي مكان. اطبعها أو انسخها، وسلّم كل شخص كلمة مروره على انفراد؛ وعند تسجيل دخوله الأول يختار كلمة مرور خاصة به."
            }
            Action => "الإجراء",
            PersonEmail => "الشخص (البريد الإلكتروني)",
            WhenUtc => "الوقت (UTC)",
            By => "المنفِّذ",
            About => "الشخص المعني",
            Detail => "التفاصيل",
            Address => "عنوان IP",
        }
    }
}

/// People after a verb or verbal noun ("استيراد 2 …"): the dual in the genitive.
const PEOPLE_AFTER_VERB: ar::Counted = ["شخص واحد", "شخصين", "أشخاص", "شخصاً", "شخص"];
const ROWS: ar::Counted = ["صف واحد", "صفان", "صفوف", "صفاً", "صف"];
const SECONDS: ar::Counted = ["ثانية واحدة", "ثانيتين", "ثوانٍ", "ثانية", "ثانية"];

/// A role's name. English shows the code, as the CSV files and the tests do.
pub fn role_name(l: Locale, role: Role) -> &'static str {
    match l {
        Locale::En => role.code(),
        Locale::Ar => match role {
            Role::Trainee => "متدرّب",
            Role::Supervisor => "مشرف",
            Role::Trainer => "مدرّب",
            Role::Admin => "مسؤول النظام",
        },
    }
}

/// An audit action's name. English shows the code, as stored in the log.
pub fn audit_action(l: Locale, action: AuditAction) -> &'static str {
    match l {
        Locale::En => action.code(),
        Locale::Ar => match action {
            AuditAction::SignIn => "تسجيل دخول",
            AuditAction::SignInFailed => "محاولة دخول فاشلة",
            AuditAction::SignOut => "تسجيل خروج",
            AuditAction::PasswordChanged => "تغيير كلمة المرور",
            AuditAction::PasswordChangeFailed => "محاولة فاشلة لتغيير كلمة المرور",
            AuditAction::PasswordReset => "إعادة تعيين كلمة المرور",
            AuditAction::UserCreated => "إنشاء حساب",
            AuditAction::RoleChanged => "تغيير الدور",
            AuditAction::AgencyChanged => "تغيير الجهة",
            AuditAction::Deactivated => "تعطيل الحساب",
            AuditAction::Reactivated => "إعادة تفعيل الحساب",
            AuditAction::UsersImported => "استيراد أشخاص",
            AuditAction::CountryCreated => "إضافة دولة",
            AuditAction::AgencyCreated => "إضافة جهة",
            AuditAction::Renamed => "تغيير الاسم",
        },
    }
}

/// The pager's "Page 3" (`page` counts from 1).
pub fn page_number(l: Locale, page: u64) -> String {
    match l {
        Locale::En => format!("Page {page}"),
        Locale::Ar => format!("الصفحة {page}"),
    }
}

/// When an account was created (`YYYY-MM-DD…`), after its email and status.
pub fn joined_on(l: Locale, date: &str) -> String {
    match l {
        Locale::En => format!("joined {date}"),
        Locale::Ar => format!("تاريخ الانضمام {date}"),
    }
}

/// The heading of a country's page, by its ISO code.
pub fn agencies_in(l: Locale, country: &str) -> String {
    match l {
        Locale::En => format!("Agencies in {country}"),
        Locale::Ar => format!("الجهات في {country}"),
    }
}

/// The import rules after the column names (which stay in English: the file must use them).
pub fn import_rules(l: Locale, max_rows: usize) -> String {
    match l {
        Locale::En => format!(
            ". Role is trainee, supervisor, trainer or admin; agency and country (ISO code, e.g. JO) must already exist. At most {max_rows} rows. Nothing is written until you confirm."
        ),
        Locale::Ar => format!(
            ". يُكتب الدور بإحدى القيم trainee أو supervisor أو trainer أو admin، ويجب أن تكون الجهة والدولة (رمز ISO، مثل JO) موجودتين مسبقاً. الحد الأقصى {}. لا يُحفظ شيء قبل أن تؤكّد.",
            ar::count(max_rows as i64, ROWS)
        ),
    }
}

/// The preview's summary line.
pub fn import_summary(l: Locale, valid: usize, invalid: usize) -> String {
    match l {
        Locale::En => format!("{valid} row(s) ready, {invalid} with problems."),
        Locale::Ar => format!("صفوف جاهزة: {valid}، وصفوف فيها مشكلات: {invalid}."),
    }
}

/// Before an import: how long it takes (every first password is hashed) and where to follow it.
pub fn import_estimate(l: Locale, people: usize) -> String {
    let seconds = import_seconds(people);
    match l {
        Locale::En => format!(
            "Importing {people} people takes about {seconds} s. If you leave or reload this page meanwhile, it shows how far the import got, then the first passwords."
        ),
        Locale::Ar => format!(
            "يستغرق استيراد {} نحو {}. إذا غادرت هذه الصفحة أو أعدت تحميلها في أثناء ذلك، فستعرض مدى تقدّم الاستيراد، ثم كلمات المرور الأولى.",
            ar::count(people as i64, PEOPLE_AFTER_VERB),
            ar::count(seconds as i64, SECONDS)
        ),
    }
}

/// An import under way, as far as it got.
pub fn import_running(l: Locale, hashed: usize, total: usize) -> String {
    match l {
        Locale::En => format!(
            "An import is under way: the first passwords of {hashed} of {total} people are ready. Reload this page to follow it."
        ),
        Locale::Ar => format!(
            "الاستيراد جارٍ: كلمات المرور الأولى جاهزة لـ {hashed} من {total}. أعد تحميل هذه الصفحة لمتابعته."
        ),
    }
}

/// An import finished earlier, whose first passwords were already shown.
pub fn import_shown(l: Locale, created: usize) -> String {
    match l {
        Locale::En => format!(
            "This import created {created} account(s). Their first passwords were shown once and are kept nowhere; an admin can reset a lost one."
        ),
        Locale::Ar => format!(
            "أنشأ هذا الاستيراد {created} من الحسابات. عُرضت كلمات المرور الأولى مرة واحدة ولا تُحفظ في أي مكان؛ ويمكن للمشرف إعادة تعيين أي كلمة مرور ضائعة."
        ),
    }
}

/// The button that imports a file whose rows are all valid.
pub fn import_people(l: Locale, n: usize) -> String {
    match l {
        Locale::En => format!("Import {n} people"),
        Locale::Ar => format!("استيراد {}", ar::count(n as i64, PEOPLE_AFTER_VERB)),
    }
}

/// The button that imports only the valid rows of a file.
pub fn import_only_valid(l: Locale, n: usize) -> String {
    match l {
        Locale::En => format!("Import only the {n} valid rows"),
        Locale::Ar => format!("استيراد الصفوف الصالحة فقط ({n})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_sentences_read_in_each_language() {
        assert_eq!(import_people(Locale::Ar, 2), "استيراد شخصين");
        assert_eq!(import_people(Locale::Ar, 12), "استيراد 12 شخصاً");
        assert_eq!(import_people(Locale::Ar, 5), "استيراد 5 أشخاص");
        assert!(import_rules(Locale::Ar, 2000).contains("الحد الأقصى 2000 صف."));
        // The English stays exactly what the end-to-end tests read.
        assert_eq!(import_summary(Locale::En, 2, 1), "2 row(s) ready, 1 with problems.");
        assert_eq!(import_only_valid(Locale::En, 2), "Import only the 2 valid rows");
        assert_eq!(import_people(Locale::En, 3), "Import 3 people");
        assert_eq!(role_name(Locale::En, Role::Admin), "admin");
        // 300 hashes at about 50 ms each.
        assert!(
            import_estimate(Locale::En, 300).starts_with("Importing 300 people takes about 15 s.")
        );
        assert!(import_estimate(Locale::Ar, 2).contains("استيراد شخصين نحو ثانية واحدة"));
    }
}
