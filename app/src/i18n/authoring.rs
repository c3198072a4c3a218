//! The trainers' pages: modules, versions, lessons, questions, preview, item analysis.
//!
//! Fixed texts are [`AuthorMsg`] variants; sentences with values in them are the free functions
//! below, so that each language can order its words its own way.

use super::{Locale, Messages, ar};
use crate::model::authoring::{KeyPattern, KeyShown, QuestionKind, VersionStatus};
use crate::model::reports::ItemFlag;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorMsg {
    // The module list.
    Modules,
    NoModuleYet,
    ColModule,
    ColPublished,
    ColDraft,
    NewModule,
    Title,
    CreateModule,
    ImportModule,
    ImportHint,
    ModuleFile,
    Import,
    // A version's status, as a single word.
    StatusDraft,
    StatusPublished,
    StatusArchived,
    // The module editor.
    PreviewAsTrainee,
    ExportJson,
    ItemAnalysis,
    Publishing,
    BeforePublishing,
    PublishThisVersion,
    EditNewDraft,
    Archive,
    VersionsLabel,
    Settings,
    Summary,
    Language,
    EstimatedMinutes,
    PassMarkPercent,
    AttemptsAllowed,
    EmptyUnlimited,
    TimeLimitMinutes,
    EmptyNone,
    QuestionsPerAttempt,
    EmptyAll,
    IntendedFor,
    ShuffleQuestions,
    ShuffleOptions,
    RetakeWaitMinutes,
    ReviewLegend,
    ReviewScore,
    ReviewCorrectness,
    ReviewFeedback,
    ReviewKey,
    FixedOrder,
    SaveSettings,
    PassMark,
    Attempts,
    Unlimited,
    TimeLimit,
    NoTimeLimit,
    AllQuestions,
    Delete,
    NewLessonTitle,
    AddLesson,
    NewQuestionOfKind,
    AddQuestion,
    // Question kinds.
    KindSingle,
    KindMultiple,
    KindTrueFalse,
    KindOrdering,
    KindMatching,
    // The lesson editor.
    TextMarkdown,
    MarkdownHint,
    SaveAndPreview,
    Preview,
    // The question editor.
    FrozenNotice,
    Kind,
    QuestionLabel,
    ScenarioLabel,
    Points,
    Options,
    HintSingle,
    HintMultiple,
    HintTrueFalse,
    HintOrdering,
    HintMatching,
    ColText,
    ColCorrect,
    ColPlace,
    ColMatch,
    ColFeedback,
    ExplanationLabel,
    SaveQuestion,
    // The preview.
    BackToEditor,
    CheckAnswers,
    // Item analysis.
    DownloadCsv,
    ColQuestion,
    ColAnswered,
    ColCorrectShare,
    ColDiscrimination,
    ColOptionsChosen,
    ColFlags,
    FlagTooEasy,
    FlagTooHard,
    FlagNegative,
}

impl Messages for AuthorMsg {
    fn en(self) -> &'static str {
        use AuthorMsg::*;
        match self {
            Modules => "Modules",
            NoModuleYet => "No module yet.",
            ColModule => "Module",
            ColPublished => "Published",
            ColDraft => "Draft",
            NewModule => "New module",
            Title => "Title",
            CreateModule => "Create module",
            ImportModule => "Import a module",
            ImportHint => {
                "A module exported from Frontline (JSON, format frontline.module/2). It arrives as a draft."
            }
            ModuleFile => "Module file",
            Import => "Import",
            StatusDraft => "draft",
            StatusPublished => "published",
            StatusArchived => "archived",
            PreviewAsTrainee => "Preview as a trainee",
            ExportJson => "Export (JSON)",
            ItemAnalysis => "Item analysis",
            Publishing => "Publishing",
            BeforePublishing => "Before publishing:",
            PublishThisVersion => "Publish this version",
            EditNewDraft => "Edit (start a new draft)",
            Archive => "Archive",
            VersionsLabel => "Versions: ",
            Settings => "Settings",
            Summary => "Summary",
            Language => "Language",
            EstimatedMinutes => "Estimated minutes",
            PassMarkPercent => "Pass mark (%)",
            AttemptsAllowed => "Attempts allowed",
            EmptyUnlimited => "empty: unlimited",
            TimeLimitMinutes => "Time limit (minutes)",
            EmptyNone => "empty: none",
            QuestionsPerAttempt => "Questions per attempt",
            EmptyAll => "empty: all",
            IntendedFor => "Intended for (none ticked: everyone)",
            ShuffleQuestions => "Shuffle questions",
            ShuffleOptions => "Shuffle options",
            RetakeWaitMinutes => "Wait between attempts (minutes)",
            ReviewLegend => "After submitting, trainees see",
            ReviewScore => "Their score",
            ReviewCorrectness => "Which questions they got right",
            ReviewFeedback => "The feedback on the options they chose",
            ReviewKey => "The right answers and explanations",
            FixedOrder => "Keep these options in the order written (for “all of the above”)",
            SaveSettings => "Save settings",
            PassMark => "Pass mark",
            Attempts => "Attempts",
            Unlimited => "unlimited",
            TimeLimit => "Time limit",
            NoTimeLimit => "none",
            AllQuestions => "all",
            Delete => "Delete",
            NewLessonTitle => "New lesson title",
            AddLesson => "Add lesson",
            NewQuestionOfKind => "New question of kind",
            AddQuestion => "Add question",
            KindSingle => "Single choice",
            KindMultiple => "Multiple choice",
            KindTrueFalse => "True or false",
            KindOrdering => "Put in order",
            KindMatching => "Match pairs",
            TextMarkdown => "Text (Markdown)",
            MarkdownHint => {
                "## heading, **bold**, *italic*, - list, 1. list, > quote, [link](https://…). HTML is shown as text."
            }
            SaveAndPreview => "Save and preview",
            Preview => "Preview",
            FrozenNotice => "This version is published and frozen; start a new draft to change it.",
            Kind => "Kind",
            QuestionLabel => "Question",
            ScenarioLabel => {
                "Scenario (optional; questions in a row with the same scenario are shown together)"
            }
            Points => "Points",
            Options => "Options",
            HintSingle => "Tick exactly one correct option.",
            HintMultiple => {
                "Tick every correct option (at least one). Partial credit: right ticks minus wrong ticks."
            }
            HintTrueFalse => "Two options, True and False; tick the correct one.",
            HintOrdering => {
                "Give each item its place in the right order (1, 2, 3…). Trainees see them mixed."
            }
            HintMatching => {
                "Give each item the answer it pairs with (all different). Trainees choose from all answers."
            }
            ColText => "Text",
            ColCorrect => "Correct",
            ColPlace => "Place",
            ColMatch => "Match",
            ColFeedback => "Feedback",
            ExplanationLabel => "Explanation (shown after submission)",
            SaveQuestion => "Save question",
            BackToEditor => "Back to the editor",
            CheckAnswers => "Check answers",
            DownloadCsv => "Download CSV",
            ColQuestion => "Question",
            ColAnswered => "Answered",
            ColCorrectShare => "Correct",
            ColDiscrimination => "Discrimination",
            ColOptionsChosen => "Options chosen",
            ColFlags => "Flags",
            FlagTooEasy => "too easy",
            FlagTooHard => "too hard",
            FlagNegative => "discriminates negatively",
        }
    }

    fn ar(self) -> &'static str {
        use AuthorMsg::*;
        match self {
            Modules => "الوحدات التدريبية",
            NoModuleYet => "لا توجد وحدة تدريبية بعد.",
            ColModule => "الوحدة التدريبية",
            ColPublished => "الإصدار المنشور",
            ColDraft => "المسودة",
            NewModule => "وحدة تدريبية جديدة",
            Title => "العنوان",
            CreateModule => "إنشاء الوحدة",
            ImportModule => "استيراد وحدة تدريبية",
            ImportHint => {
                "وحدة تدريبية مُصدَّرة من فرونت لاين (ملف JSON بصيغة frontline.module/2). تُستورد بوصفها مسودة."
            }
            ModuleFile => "ملف الوحدة",
            Import => "استيراد",
            StatusDraft => "مسودة",
            StatusPublished => "منشور",
            StatusArchived => "مؤرشف",
            PreviewAsTrainee => "المعاينة كما يراها المتدرب",
            ExportJson => "تصدير (JSON)",
            ItemAnalysis => "تحليل الأسئلة",
            Publishing => "النشر",
            BeforePublishing => "قبل النشر، عالج ما يلي:",
            PublishThisVersion => "نشر هذا الإصدار",
            EditNewDraft => "تعديل (بدء مسودة جديدة)",
            Archive => "أرشفة",
            VersionsLabel => "الإصدارات: ",
            Settings => "الإعدادات",
            Summary => "الملخّص",
            Language => "لغة الوحدة",
            EstimatedMinutes => "المدة التقديرية (بالدقائق)",
            PassMarkPercent => "درجة النجاح (%)",
            AttemptsAllowed => "عدد المحاولات المسموح بها",
            EmptyUnlimited => "اتركه فارغاً لعدد غير محدود",
            TimeLimitMinutes => "مدة الاختبار (بالدقائق)",
            EmptyNone => "اتركه فارغاً لاختبار غير محدد المدة",
            QuestionsPerAttempt => "عدد الأسئلة في كل محاولة",
            EmptyAll => "اتركه فارغاً لعرض كل الأسئلة",
            IntendedFor => "الفئات المستهدفة (إن لم تحدّد أي فئة فالوحدة موجّهة إلى الجميع)",
            ShuffleQuestions => "ترتيب الأسئلة عشوائياً",
            ShuffleOptions => "ترتيب الخيارات عشوائياً",
            RetakeWaitMinutes => "مدة الانتظار بين المحاولات (بالدقائق)",
            ReviewLegend => "بعد تسليم الإجابات، يرى المتدرّبون",
            ReviewScore => "درجتهم",
            ReviewCorrectness => "الأسئلة التي أجابوا عنها إجابة صحيحة",
            ReviewFeedback => "التعليقات على الخيارات التي اختاروها",
            ReviewKey => "الإجابات الصحيحة والشروح",
            FixedOrder => "إبقاء الخيارات بالترتيب المكتوب (لخيار «كل ما سبق»)",
            SaveSettings => "حفظ الإعدادات",
            PassMark => "درجة النجاح",
            Attempts => "عدد المحاولات",
            Unlimited => "غير محدود",
            TimeLimit => "مدة الاختبار",
            NoTimeLimit => "غير محددة",
            AllQuestions => "كل الأسئلة",
            Delete => "حذف",
            NewLessonTitle => "عنوان الدرس الجديد",
            AddLesson => "إضافة درس",
            NewQuestionOfKind => "نوع السؤال الجديد",
            AddQuestion => "إضافة سؤال",
            KindSingle => "اختيار واحد",
            KindMultiple => "اختيار متعدد",
            KindTrueFalse => "صح/خطأ",
            KindOrdering => "ترتيب",
            KindMatching => "مطابقة",
            TextMarkdown => "نص الدرس (بصيغة Markdown)",
            MarkdownHint => {
                "## عنوان، **غامق**، *مائل*، - قائمة، 1. قائمة مرقّمة، > اقتباس، [رابط](https://…). تُعرض شيفرة HTML نصاً كما هي."
            }
            SaveAndPreview => "حفظ ومعاينة",
            Preview => "معاينة",
            FrozenNotice => "هذا الإصدار منشور ومُجمَّد؛ ابدأ مسودة جديدة لتعديله.",
            Kind => "نوع السؤال",
            QuestionLabel => "السؤال",
            ScenarioLabel => {
                "الحالة العملية (اختيارية؛ تُعرض الأسئلة المتتالية التي تشترك في الحالة نفسها معاً)"
            }
            Points => "النقاط",
            Options => "الخيارات",
            HintSingle => "حدّد خياراً صحيحاً واحداً فقط.",
            HintMultiple => {
                "حدّد كل الخيارات الصحيحة (خياراً واحداً على الأقل). تُحتسب درجة جزئية: عدد الخيارات الصحيحة المحدّدة مطروحاً منه عدد الخاطئة."
            }
            HintTrueFalse => "خياران، صح وخطأ؛ حدّد الصحيح منهما.",
            HintOrdering => {
                "أعطِ كل عنصر موضعه في الترتيب الصحيح (1، 2، 3…). يراها المتدربون بترتيب مختلط."
            }
            HintMatching => {
                "اكتب لكل عنصر الإجابة التي تطابقه (على أن تختلف الإجابات كلها). يختار المتدربون من بين جميع الإجابات."
            }
            ColText => "النص",
            ColCorrect => "صحيح",
            ColPlace => "الموضع",
            ColMatch => "المطابقة",
            ColFeedback => "التغذية الراجعة",
            ExplanationLabel => "الشرح (يُعرض بعد تسليم الإجابات)",
            SaveQuestion => "حفظ السؤال",
            BackToEditor => "العودة إلى المحرّر",
            CheckAnswers => "التحقق من الإجابات",
            DownloadCsv => "تنزيل ملف CSV",
            ColQuestion => "السؤال",
            ColAnswered => "عدد الإجابات",
            ColCorrectShare => "الإجابات الصحيحة",
            ColDiscrimination => "مؤشر التمييز",
            ColOptionsChosen => "الخيارات المختارة",
            ColFlags => "تنبيهات",
            FlagTooEasy => "سهل جداً",
            FlagTooHard => "صعب جداً",
            FlagNegative => "تمييز سلبي",
        }
    }
}

/// A version's status as a single word ("draft", "published", "archived").
pub fn version_status(l: Locale, status: VersionStatus) -> &'static str {
    l.t(match status {
        VersionStatus::Draft => AuthorMsg::StatusDraft,
        VersionStatus::Published => AuthorMsg::StatusPublished,
        VersionStatus::Archived => AuthorMsg::StatusArchived,
    })
}

/// The name of a question kind (the model's `label()` stays English for files and logs).
pub fn question_kind(l: Locale, kind: QuestionKind) -> &'static str {
    l.t(match kind {
        QuestionKind::Single => AuthorMsg::KindSingle,
        QuestionKind::Multiple => AuthorMsg::KindMultiple,
        QuestionKind::TrueFalse => AuthorMsg::KindTrueFalse,
        QuestionKind::Ordering => AuthorMsg::KindOrdering,
        QuestionKind::Matching => AuthorMsg::KindMatching,
    })
}

/// How the options of a question kind are keyed, above the options table.
pub fn key_hint(l: Locale, kind: QuestionKind) -> &'static str {
    l.t(match kind {
        QuestionKind::Single => AuthorMsg::HintSingle,
        QuestionKind::Multiple => AuthorMsg::HintMultiple,
        QuestionKind::TrueFalse => AuthorMsg::HintTrueFalse,
        QuestionKind::Ordering => AuthorMsg::HintOrdering,
        QuestionKind::Matching => AuthorMsg::HintMatching,
    })
}

/// A version in the module list: "version 3".
pub fn version_short(l: Locale, number: i32) -> String {
    match l {
        Locale::En => format!("version {number}"),
        Locale::Ar => format!("الإصدار {number}"),
    }
}

/// The status line at the top of the module editor.
pub fn version_status_line(l: Locale, number: i32, status: VersionStatus) -> String {
    match l {
        Locale::En => {
            let status = match status {
                VersionStatus::Draft => "draft — trainees do not see it yet",
                VersionStatus::Published => "published — frozen; trainees get this version",
                VersionStatus::Archived => "archived — new trainees do not see it",
            };
            format!("Version {number}: {status}")
        }
        Locale::Ar => {
            let status = match status {
                VersionStatus::Draft => "مسودة — لا يراه المتدربون بعد",
                VersionStatus::Published => "منشور — مُجمَّد؛ وهو الإصدار الذي يحصل عليه المتدربون",
                VersionStatus::Archived => "مؤرشف — لا يراه المتدربون الجدد",
            };
            format!("الإصدار {number}: {status}")
        }
    }
}

/// One link of the module's version list: "v2 (draft)".
pub fn version_chip(l: Locale, number: i32, status: VersionStatus) -> String {
    let word = version_status(l, status);
    match l {
        Locale::En => format!("v{number} ({word})"),
        Locale::Ar => format!("الإصدار {number} ({word})"),
    }
}

/// A time limit in the settings summary.
pub fn minutes(l: Locale, n: i32) -> String {
    match l {
        Locale::En => format!("{n} min"),
        Locale::Ar => ar::count(n.into(), ar::MINUTES),
    }
}

/// The accessible name of a row's up, down or delete button. `action` is the form's value
/// (`up`, `down`, `delete`) and `what` the row's kind (`lesson`, `question`).
pub fn row_action_label(l: Locale, action: &str, what: &str) -> String {
    match l {
        Locale::En => {
            let label = match action {
                "up" => "↑",
                "down" => "↓",
                _ => "Delete",
            };
            format!("{label} {what}")
        }
        Locale::Ar => {
            let noun = if what == "lesson" { "الدرس" } else { "السؤال" };
            match action {
                "up" => format!("نقل {noun} إلى الأعلى"),
                "down" => format!("نقل {noun} إلى الأسفل"),
                _ => format!("حذف {noun}"),
            }
        }
    }
}

pub fn lessons_heading(l: Locale, n: usize) -> String {
    match l {
        Locale::En => format!("Lessons ({n})"),
        Locale::Ar => format!("الدروس ({n})"),
    }
}

pub fn questions_heading(l: Locale, n: usize) -> String {
    match l {
        Locale::En => format!("Questions ({n})"),
        Locale::Ar => format!("الأسئلة ({n})"),
    }
}

/// A question's kind and worth, after its prompt in the outline.
pub fn question_facts(l: Locale, kind: QuestionKind, points: i32) -> String {
    let kind = question_kind(l, kind);
    match l {
        Locale::En => format!("{kind} · {points} pt"),
        Locale::Ar => format!("{kind} · {}", ar::count(points.into(), ar::POINTS)),
    }
}

/// The heading of the question editor.
pub fn question_title(l: Locale, kind: QuestionKind) -> String {
    let kind = question_kind(l, kind);
    match l {
        Locale::En => format!("Question: {kind}"),
        Locale::Ar => format!("السؤال: {kind}"),
    }
}

/// A cell of the options table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionField {
    Text,
    Correct,
    Place,
    Match,
    Feedback,
}

/// The accessible name of one cell of the options table; `n` counts from 1.
pub fn option_field(l: Locale, n: usize, field: OptionField) -> String {
    match l {
        Locale::En => {
            let field = match field {
                OptionField::Text => "text",
                OptionField::Correct => "correct",
                OptionField::Place => "place",
                OptionField::Match => "match",
                OptionField::Feedback => "feedback",
            };
            format!("Option {n} {field}")
        }
        Locale::Ar => match field {
            OptionField::Text => format!("نص الخيار {n}"),
            OptionField::Correct => format!("الخيار {n} صحيح"),
            OptionField::Place => format!("موضع الخيار {n}"),
            OptionField::Match => format!("مطابقة الخيار {n}"),
            OptionField::Feedback => format!("التغذية الراجعة للخيار {n}"),
        },
    }
}

/// The notice above a preview.
pub fn preview_notice(l: Locale, number: i32, status: VersionStatus) -> String {
    let word = version_status(l, status);
    match l {
        Locale::En => {
            format!("Preview of version {number} ({word}). Nothing you do here is recorded.")
        }
        Locale::Ar => format!("معاينة الإصدار {number} ({word}). لا يُسجَّل شيء مما تفعله هنا."),
    }
}

pub fn analysis_title(l: Locale, number: i32) -> String {
    match l {
        Locale::En => format!("Item analysis — version {number}"),
        Locale::Ar => format!("تحليل الأسئلة — الإصدار {number}"),
    }
}

/// What the item analysis table shows, with the number of attempts it is based on.
pub fn analysis_intro(l: Locale, attempts: u64) -> String {
    match l {
        Locale::En => format!(
            "{attempts} submitted attempts. Correct: share answering fully right. Discrimination: how closely getting it right goes with a high score overall (point-biserial, −1 to +1, from 4 answers); 0.3 or more is good, below 0 means strong trainees miss it more than weak ones."
        ),
        Locale::Ar => format!(
            "عدد المحاولات المُسلَّمة: {attempts}. الإجابات الصحيحة: نسبة من أجابوا إجابة صحيحة كاملة. مؤشر التمييز: مدى ارتباط الإجابة الصحيحة بارتفاع الدرجة الكلية (معامل الارتباط الثنائي النقطي، من −1 إلى +1، ابتداءً من 4 إجابات)؛ القيمة 0.3 فأكثر جيدة، وما دون 0 يعني أن المتدربين الأقوى يخطئون فيه أكثر من الأضعف."
        ),
    }
}

/// One flag of the item analysis, in the reader's language.
pub fn item_flag(l: Locale, flag: ItemFlag) -> &'static str {
    l.t(match flag {
        ItemFlag::TooEasy => AuthorMsg::FlagTooEasy,
        ItemFlag::TooHard => AuthorMsg::FlagTooHard,
        ItemFlag::DiscriminatesNegatively => AuthorMsg::FlagNegative,
    })
}

/// A question's flags, translated and joined.
pub fn item_flags(l: Locale, flags: &[ItemFlag]) -> String {
    let separator = match l {
        Locale::En => ", ",
        Locale::Ar => "، ",
    };
    flags.iter().map(|f| item_flag(l, *f)).collect::<Vec<_>>().join(separator)
}

/// When a module shows its key, as the settings form offers it.
pub fn key_shown(l: Locale, k: KeyShown) -> &'static str {
    match (l, k) {
        (Locale::En, KeyShown::AfterPassOrLastAttempt) => {
            "Once they pass or have no attempt left (recommended)"
        }
        (Locale::En, KeyShown::Always) => "After every attempt",
        (Locale::En, KeyShown::Never) => "Never",
        (Locale::Ar, KeyShown::AfterPassOrLastAttempt) => "بعد النجاح أو استنفاد المحاولات (مستحسن)",
        (Locale::Ar, KeyShown::Always) => "بعد كل محاولة",
        (Locale::Ar, KeyShown::Never) => "أبداً",
    }
}

/// The editor's warning when right answers sit in the same place question after question.
pub fn key_pattern_warning(l: Locale, p: KeyPattern) -> String {
    let KeyPattern { place, questions, of } = p;
    match l {
        Locale::En => format!(
            "In {questions} of the {of} questions shown in the order written, the right answer is option {place}. \
             A trainee who notices can pass without reading: mix the options, or let them be shuffled."
        ),
        Locale::Ar => format!(
            "في {questions} من أصل {of} أسئلة تُعرض بالترتيب المكتوب، الإجابة الصحيحة هي الخيار رقم {place}. \
             قد ينجح المتدرّب الذي يلاحظ ذلك دون أن يقرأ: غيّر ترتيب الخيارات أو اسمح بترتيبها عشوائياً."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_sentences_and_unchanged_english() {
        assert_eq!(
            version_status_line(Locale::Ar, 2, VersionStatus::Draft),
            "الإصدار 2: مسودة — لا يراه المتدربون بعد"
        );
        assert_eq!(question_facts(Locale::Ar, QuestionKind::Single, 2), "اختيار واحد · نقطتان");
        assert_eq!(
            item_flags(Locale::Ar, &[ItemFlag::TooHard, ItemFlag::DiscriminatesNegatively]),
            "صعب جداً، تمييز سلبي"
        );
        // The English stays what the end-to-end tests read.
        assert_eq!(
            version_status_line(Locale::En, 2, VersionStatus::Published),
            "Version 2: published — frozen; trainees get this version"
        );
        assert_eq!(question_facts(Locale::En, QuestionKind::Single, 2), "Single choice · 2 pt");
        assert_eq!(version_chip(Locale::En, 1, VersionStatus::Draft), "v1 (draft)");
        assert_eq!(row_action_label(Locale::En, "delete", "lesson"), "Delete lesson");
        assert_eq!(option_field(Locale::En, 1, OptionField::Text), "Option 1 text");
        for kind in QuestionKind::ALL {
            assert_eq!(question_kind(Locale::En, kind), kind.label());
        }
        for status in [VersionStatus::Draft, VersionStatus::Published, VersionStatus::Archived] {
            assert_eq!(version_status(Locale::En, status), status.code());
        }
    }
}
