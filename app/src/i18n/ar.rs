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
        Msg::NotFoundBody => "هذه الصفحة غير موجودة، أو لا يُسمح لك بعرضها.",
        Msg::BackHome => "العودة إلى الصفحة الرئيسية",
        Msg::SignInTitle => "تسجيل الدخول",
        Msg::SignedInAs => "أنت مسجّل الدخول باسم",
        Msg::SignedOut => "تم تسجيل خروجك.",
        Msg::SignInFailed => {
            "البريد الإلكتروني أو كلمة المرور غير صحيحة، أو كانت هناك محاولات كثيرة. تحقّق منهما أو انتظر قليلاً ثم حاول مجدداً."
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
        Msg::AdminCountries => "الدول والمؤسسات",
        Msg::AdminImport => "استيراد أشخاص من ملف CSV",
        Msg::Reports => "الإنجاز حسب الدولة",
        Msg::AdminAudit => "سجل التدقيق",
    }
}
