use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "فرونت لاين",
        Msg::Tagline => "التعرّف، الحماية، الإحالة",
        Msg::SkipToContent => "انتقل إلى المحتوى",
        Msg::NavHome => "الرئيسية",
        Msg::FooterNote => "تدريب للعاملين في الخطوط الأمامية الذين يلتقون باللاجئين والنازحين.",
        Msg::HomeTitle => "التعرّف على ضحايا الاتجار بالبشر وحمايتهم وإحالتهم",
        Msg::HomeIntro => {
            "دروس قصيرة واختبارات للتقييم الذاتي لأفراد الشرطة وموظفي الحدود والهجرة والعاملين في الصحة والخدمة الاجتماعية وموظفي المنظمات غير الحكومية في مصر والعراق والأردن ولبنان وتركيا."
        }
        Msg::HomeAudience => {
            "ادرس على هاتفك وبالسرعة التي تناسبك. يتابع مشرفك تقدّمك، ويمكن لأي شخص التحقق من شهادتك."
        }
        Msg::HomeOffline => {
            "يعمل فرونت لاين على الاتصالات البطيئة ومن دون جافاسكربت. إذا انقطعت الشبكة، تحقّق منها هنا قبل المتابعة."
        }
        Msg::CheckConnection => "تحقّق من الاتصال",
        Msg::Checking => "جارٍ التحقق…",
        Msg::ConnectionOk => "متصل بفرونت لاين",
        Msg::ConnectionDbDown => "يمكن الوصول إلى فرونت لاين، لكن قاعدة بياناته لا تستجيب",
        Msg::ConnectionFailed => "تعذّر الوصول إلى فرونت لاين الآن",
        Msg::NotFoundTitle => "الصفحة غير موجودة",
        Msg::ServerErrorTitle => "حدث خطأ",
        Msg::NotFoundBody => "هذه الصفحة غير موجودة، أو لا يُسمح لك بعرضها.",
        Msg::BackHome => "العودة إلى الصفحة الرئيسية",
        Msg::SignInTitle => "تسجيل الدخول",
        Msg::SignedInAs => "أنت مسجّل الدخول باسم",
        Msg::SignedOut => "تم تسجيل خروجك.",
        Msg::SignInFailed => {
            "البريد الإلكتروني أو كلمة المرور غير صحيحة، أو كانت هناك محاولات كثيرة. تحقّق منهما أو انتظر قليلاً ثم حاول مجدداً."
        }
        Msg::SignInBusy => {
            "الخادم مشغول بتسجيل دخول عدد كبير من الأشخاص ولم يتمكّن من التحقق من كلمة المرور. يُرجى المحاولة مجدداً بعد قليل."
        }
        Msg::Email => "البريد الإلكتروني",
        Msg::Password => "كلمة المرور",
        Msg::SignIn => "تسجيل الدخول",
        Msg::SignOut => "تسجيل الخروج",
        Msg::DemoSignIns => "حسابات تجريبية",
        Msg::DemoSignInsHint => {
            "هذه نسخة تجريبية. سجّل الدخول بأي من هذه الحسابات لترى فرونت لاين كما يراه صاحبه."
        }
        Msg::Role => "الدور",
        Msg::MyAccount => "حسابي",
        Msg::MyDetails => "بياناتي",
        Msg::DisplayName => "الاسم",
        Msg::Language => "اللغة",
        Msg::Save => "حفظ",
        Msg::ChangePassword => "تغيير كلمة المرور",
        Msg::CurrentPassword => "كلمة المرور الحالية",
        Msg::NewPassword => "كلمة المرور الجديدة",
        Msg::PasswordRules => "8 أحرف على الأقل، والعبارة الطويلة أفضل. تُرفض كلمات المرور الشائعة.",
        Msg::ConfirmPassword => "كلمة المرور الجديدة مرة أخرى",
        Msg::NavMyAgency => "مؤسستي",
        Msg::NavMyLearning => "تعلّمي",
        Msg::NavModules => "الوحدات",
        Msg::NavAdmin => "الإدارة",
        Msg::MainMenu => "القائمة الرئيسية",
        Msg::Welcome => "مرحباً،",
        Msg::HomeTraineeLead => "ستظهر هنا وحدات التدريب الخاصة بك، مع ما أنهيته وما هو مطلوب منك.",
        Msg::HomeSupervisorLead => "تابع العاملين في مؤسستك والتدريب المطلوب منهم.",
        Msg::HomeTrainerLead => "ستظهر هنا الوحدات التي تكتبها ونتائج المتدربين فيها.",
        Msg::HomeAdminLead => "أدِر الدول والمؤسسات والأشخاص واطّلع على سجل التدقيق.",
        Msg::AdminPeople => "الأشخاص",
        Msg::AdminCountries => "الدول والجهات",
        Msg::AdminImport => "استيراد أشخاص من ملف CSV",
        Msg::Reports => "الإنجاز حسب الدولة",
        Msg::AdminAudit => "سجل التدقيق",
        Msg::Loading => "جارٍ التحميل…",
        Msg::AssignedToYou => "مُسندة إليك",
        Msg::StatusCompleted => "مكتملة",
        Msg::StatusPassed => "تم اجتياز الاختبار",
        Msg::StatusNotStarted => "لم تبدأ بعد",
        Msg::StatusInProgress => "قيد الإنجاز",
        Msg::Certificate => "الشهادة",
        Msg::Start => "ابدأ",
        Msg::Continue => "تابِع",
        Msg::NoModulesYet => "لم تُنشر أي وحدة بعد.",
        Msg::ModuleCompleted => "أتممت هذه الوحدة. ",
        Msg::YourCertificate => "شهادتك",
        Msg::Lessons => "الدروس",
        Msg::LessonsNav => "الدروس",
        Msg::LessonRead => " ✓ مقروء",
        Msg::Quiz => "الاختبار",
        Msg::ContinueQuiz => "تابِع الاختبار",
        Msg::StartQuiz => "ابدأ الاختبار",
        Msg::TryAgain => "حاول مرة أخرى",
        Msg::AttemptHeader => "المحاولة",
        Msg::ScoreHeader => "الدرجة",
        Msg::ResultHeader => "النتيجة",
        Msg::AttemptPassed => "ناجحة",
        Msg::AttemptNotPassed => "غير ناجحة",
        Msg::AttemptLate => " (متأخرة)",
        Msg::SubmittedLate => {
            "سُلّمت الإجابات بعد انتهاء الوقت المحدد: لم تُحتسب إلا الإجابات المحفوظة في الوقت."
        }
        Msg::BackToModule => "العودة إلى الوحدة",
        Msg::TimeLeft => "الوقت المتبقي: ",
        Msg::SaveAnswers => "احفظ الإجابات",
        Msg::Submit => "سلّم الإجابات",
        Msg::DoneNextLesson => "أنهيت القراءة — الدرس التالي",
        Msg::DoneBackToModule => "أنهيت القراءة — العودة إلى الوحدة",
        // Right-to-left: "back" points right, "forward" points left.
        Msg::PreviousLesson => "→ السابق",
        Msg::NextLesson => "التالي ←",
        Msg::CertificateTitle => "شهادة إتمام",
        // With the name, agency and module between them: "تشهد هذه الوثيقة بإتمام <name> الوحدة
        // التدريبية <module>" — a verbal noun, so it reads right for women and men alike.
        Msg::CertifiesThat => "تشهد هذه الوثيقة بإتمام",
        Msg::HasCompletedModule => "الوحدة التدريبية",
        Msg::VerificationCode => "رمز التحقق: ",
        Msg::PrintHint => "للاحتفاظ بنسخة PDF، استخدم أمر «طباعة» في متصفحك واختر «حفظ بتنسيق PDF».",
        Msg::CertificateCheck => "التحقق من شهادة",
        Msg::Scenario => "حالة عملية: ",
        Msg::OrderingHint => "رتّب الخطوات: ضع 1 للخطوة الأولى.",
        Msg::RightChoice => " — هذا هو الخيار الصحيح",
        Msg::YouChoseThis => " — اخترت هذا الخيار",
        Msg::ARightAnswer => " — إجابة صحيحة",
        Msg::NotARightAnswer => " — ليست إجابة صحيحة",
        Msg::RightAnswerNotChosen => " — إجابة صحيحة لم تخترها",
        Msg::OutcomeRight => " — صحيحة",
        Msg::OutcomePartlyRight => " — صحيحة جزئياً",
        Msg::OutcomeWrong => " — خاطئة",
        Msg::KeyAfterPass => {
            "تظهر الإجابات الصحيحة والشروح بعد أن تجتاز الاختبار أو تستنفد محاولتك الأخيرة."
        }
        Msg::KeyNotShown => "لا يعرض هذا الاختبار إجاباته الصحيحة.",
        Msg::NotSavedRetrying => "لم تُحفظ الإجابات بعد — لا يوجد اتصال. جارٍ إعادة المحاولة…",
        Msg::FormUnreadable => "تعذّرت قراءة النموذج؛ يُرجى المحاولة مرة أخرى.",
        Msg::FormTooLarge => {
            "ما أرسلته أكبر من أن يُستقبل. اختصره أو اختر ملفاً أصغر، ثم حاول مرة أخرى."
        }
        Msg::ChooseOwnPassword => {
            "اختر كلمة مرور خاصة بك قبل المتابعة: كلمة المرور التي أُعطيت لك مخصّصة لتسجيل الدخول الأول فقط."
        }
    }
}

/// The forms of a counted noun: one, two, 3–10, 11–99 (accusative), and 100, 101, 102… (also
/// used for the hundreds' remainders 0–2, as Arabic grammar asks).
pub(super) type Counted = [&'static str; 5];

pub(super) const MINUTES: Counted = ["دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة", "دقيقة"];
pub(super) const LESSONS: Counted = ["درس واحد", "درسان", "دروس", "درساً", "درس"];
pub(super) const QUESTIONS: Counted = ["سؤال واحد", "سؤالان", "أسئلة", "سؤالاً", "سؤال"];
pub(super) const POINTS: Counted = ["نقطة واحدة", "نقطتان", "نقاط", "نقطة", "نقطة"];

/// A number with its noun in the form Arabic grammar gives that number ("3 دروس", "11 درساً").
/// Digits stay Western, as in the data.
pub(super) fn count(n: i64, [one, two, few, many, other]: Counted) -> String {
    match (n, n.rem_euclid(100)) {
        (1, _) => one.to_owned(),
        (2, _) => two.to_owned(),
        // Zero reads most naturally with the plural: "0 دروس".
        (0, _) | (_, 3..=10) => format!("{n} {few}"),
        (_, 11..=99) => format!("{n} {many}"),
        _ => format!("{n} {other}"),
    }
}
