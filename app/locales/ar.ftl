### نصوص واجهة فرونت لاين بالعربية (Arabic). The reference is en.ftl: same ids, same variables.
### Arabic counted nouns use the CLDR categories zero, one, two, few (3-10), many (11-99) and
### other (100, 101, 102…). Digits stay Western (0-9), as in the curriculum and the data.

## learner: the officer-facing pages (home, sign-in, account, learning, quizzes, certificates).

app-name = فرونت لاين
tagline = التعرّف، الحماية، الإحالة
skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
footer-note = تدريب للعاملين في الخطوط الأمامية الذين يلتقون باللاجئين والنازحين.
home-title = التعرّف على ضحايا الاتجار بالبشر وحمايتهم وإحالتهم
home-intro = دروس قصيرة واختبارات للتقييم الذاتي لأفراد الشرطة وموظفي الحدود والهجرة والعاملين في الصحة والخدمة الاجتماعية وموظفي المنظمات غير الحكومية في مصر والعراق والأردن ولبنان وتركيا.
home-audience = ادرس على هاتفك وبالسرعة التي تناسبك. يتابع مشرفك تقدّمك، ويمكن لأي شخص التحقق من شهادتك.
home-offline = يعمل فرونت لاين على الاتصالات البطيئة ومن دون جافاسكربت. إذا انقطعت الشبكة، تحقّق منها هنا قبل المتابعة.
check-connection = تحقّق من الاتصال
checking = جارٍ التحقق…
connection-ok = متصل بفرونت لاين
connection-db-down = يمكن الوصول إلى فرونت لاين، لكن قاعدة بياناته لا تستجيب
connection-failed = تعذّر الوصول إلى فرونت لاين الآن
not-found-title = الصفحة غير موجودة
not-found-body = هذه الصفحة غير موجودة، أو لا يُسمح لك بعرضها.
server-error-title = حدث خطأ
back-home = العودة إلى الصفحة الرئيسية
sign-in-title = تسجيل الدخول
signed-in-as = أنت مسجّل الدخول باسم
signed-out = تم تسجيل خروجك.
sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة، أو كانت هناك محاولات كثيرة. تحقّق منهما أو انتظر قليلاً ثم حاول مجدداً.
sign-in-busy = الخادم مشغول بتسجيل دخول عدد كبير من الأشخاص ولم يتمكّن من التحقق من كلمة المرور. يُرجى المحاولة مجدداً بعد قليل.
email = البريد الإلكتروني
password = كلمة المرور
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
demo-sign-ins = حسابات تجريبية
demo-sign-ins-hint = هذه نسخة تجريبية. سجّل الدخول بأي من هذه الحسابات لترى فرونت لاين كما يراه صاحبه.
role = الدور
my-account = حسابي
my-details = بياناتي
display-name = الاسم
language = اللغة
save = حفظ
change-password = تغيير كلمة المرور
current-password = كلمة المرور الحالية
new-password = كلمة المرور الجديدة
password-rules = 8 أحرف على الأقل، والعبارة الطويلة أفضل. تُرفض كلمات المرور الشائعة.
confirm-password = كلمة المرور الجديدة مرة أخرى
nav-my-agency = مؤسستي
nav-my-learning = تعلّمي
nav-modules = الوحدات
nav-admin = الإدارة
main-menu = القائمة الرئيسية
welcome = مرحباً،
home-trainee-lead = ستظهر هنا وحدات التدريب الخاصة بك، مع ما أنهيته وما هو مطلوب منك.
home-supervisor-lead = تابع العاملين في مؤسستك والتدريب المطلوب منهم.
home-trainer-lead = ستظهر هنا الوحدات التي تكتبها ونتائج المتدربين فيها.
home-admin-lead = أدِر الدول والمؤسسات والأشخاص واطّلع على سجل التدقيق.
admin-people = الأشخاص
# The home page's link to the admin's countries page.
admin-countries-and-agencies = الدول والجهات
admin-import = استيراد أشخاص من ملف CSV
reports = الإنجاز حسب الدولة
admin-audit = سجل التدقيق
loading = جارٍ التحميل…
assigned-to-you = مُسندة إليك
status-completed = مكتملة
status-passed = تم اجتياز الاختبار
status-not-started = لم تبدأ بعد
status-in-progress = قيد الإنجاز
certificate = الشهادة
start = ابدأ
continue = تابِع
no-modules-yet = لم تُنشر أي وحدة بعد.
module-completed = أتممت هذه الوحدة.{" "}
your-certificate = شهادتك
lessons = الدروس
lessons-nav = الدروس
lesson-read = {" "}✓ مقروء
quiz = الاختبار
continue-quiz = تابِع الاختبار
start-quiz = ابدأ الاختبار
try-again = حاول مرة أخرى
attempt-header = المحاولة
score-header = الدرجة
result-header = النتيجة
attempt-passed = ناجحة
attempt-not-passed = غير ناجحة
attempt-late = {" "}(متأخرة)
submitted-late = سُلّمت الإجابات بعد انتهاء الوقت المحدد: لم تُحتسب إلا الإجابات المحفوظة في الوقت.
back-to-module = العودة إلى الوحدة
time-left = الوقت المتبقي:{" "}
save-answers = احفظ الإجابات
submit = سلّم الإجابات
review-and-submit = سلّم الإجابات…
answered-count = أُجيب عن { $answered } من { $total }
questions-nav = الأسئلة
not-answered = بلا إجابة
first-unanswered = انتقل إلى أول سؤال بلا إجابة
all-answered = أُجيب عن كل الأسئلة.
review-title = هل تسلّم المحاولة { $number }؟
review-summary = أجبت عن { $answered } من { $total } من الأسئلة.
review-unanswered = لم تُجب بعد عن:
review-final = بعد التسليم لا يمكن تغيير إجاباتك.
submit-now = سلّم الآن
back-to-questions = العودة إلى الأسئلة
previous-question = → السؤال السابق
next-question = السؤال التالي ←
question-of = السؤال { $number } من { $total }
menu = القائمة
connection-page-ok = متصل بفرونتلاين: أجاب الخادم وقاعدة بياناته.
done-next-lesson = أنهيت القراءة — الدرس التالي
done-back-to-module = أنهيت القراءة — العودة إلى الوحدة
# Right-to-left: "back" points right, "forward" points left.
previous-lesson = → السابق
next-lesson = التالي ←
certificate-title = شهادة إتمام
# With the name, agency and module between them: "تشهد هذه الوثيقة بإتمام <name> الوحدة
# التدريبية <module>" — a verbal noun, so it reads right for women and men alike.
certifies-that = تشهد هذه الوثيقة بإتمام
has-completed-module = الوحدة التدريبية
verification-code = رمز التحقق:{" "}
print-hint = للاحتفاظ بنسخة PDF، استخدم أمر «طباعة» في متصفحك واختر «حفظ بتنسيق PDF».
certificate-check = التحقق من شهادة
scenario = حالة عملية:{" "}
ordering-hint = رتّب الخطوات: ضع 1 للخطوة الأولى.
right-choice = {" "}— هذا هو الخيار الصحيح
not-saved-retrying = لم تُحفظ الإجابات بعد — لا يوجد اتصال. جارٍ إعادة المحاولة…
you-chose-this = {" "}— اخترت هذا الخيار
a-right-answer = {" "}— إجابة صحيحة
not-a-right-answer = {" "}— ليست إجابة صحيحة
right-answer-not-chosen = {" "}— إجابة صحيحة لم تخترها
outcome-right = {" "}— صحيحة
outcome-partly-right = {" "}— صحيحة جزئياً
outcome-wrong = {" "}— خاطئة
key-after-pass = تظهر الإجابات الصحيحة والشروح بعد أن تجتاز الاختبار أو تستنفد محاولتك الأخيرة.
key-not-shown = لا يعرض هذا الاختبار إجاباته الصحيحة.
form-unreadable = تعذّرت قراءة النموذج؛ يُرجى المحاولة مرة أخرى.
form-too-large = ما أرسلته أكبر من أن يُستقبل. اختصره أو اختر ملفاً أصغر، ثم حاول مرة أخرى.
choose-own-password = اختر كلمة مرور خاصة بك قبل المتابعة: كلمة المرور التي أُعطيت لك مخصّصة لتسجيل الدخول الأول فقط.

back-link = → { $title }
assigned-due-on = مُسندة إليك — موعد الإنجاز { $date }
assigned-overdue-since = مُسندة إليك — متأخرة منذ { $date }
module-meta =
    { $minutes ->
        [zero] { $minutes } دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } · { $lessons ->
        [zero] { $lessons } دروس
        [one] درس واحد
        [two] درسان
        [few] { $lessons } دروس
        [many] { $lessons } درساً
       *[other] { $lessons } درس
    } · { $status }
module-meta-best-score = {" "}· أفضل درجة { $percent }
percent-done = نسبة الإنجاز { $percent }
quiz-facts =
    { $questions ->
        [zero] { $questions } أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالاً
       *[other] { $questions } سؤال
    } · درجة النجاح { $pass_mark }
quiz-facts-time-limit =
    {" "}· المدة { $minutes ->
        [zero] { $minutes } دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
quiz-facts-attempts-unlimited = {" "}· المحاولات: غير محدودة
quiz-facts-attempts-used = {" "}· المحاولات المستخدمة: { $used } من { $max }
still-to-read = دروس متبقية للقراءة قبل إكمال الوحدة: { $unread }.
all-attempts-used = استنفدت كل محاولاتك المتاحة لهذا الاختبار، وعددها { $max }.
quiz-attempt-title = الاختبار — المحاولة { $number }
attempt-result-title = نتيجة المحاولة { $number }
lesson-of = الدرس { $number } من { $total }
question-points =
    {" "}({ $points ->
        [zero] { $points } نقاط
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $points } نقاط
        [many] { $points } نقطة
       *[other] { $points } نقطة
    })
result-heading =
    { $passed ->
        [yes] اجتزت الاختبار
       *[no] لم تجتز الاختبار بعد
    } (درجة النجاح { $pass_mark })
result-heading-scored =
    { $passed ->
        [yes] اجتزت الاختبار
       *[no] لم تجتز الاختبار بعد
    } — { $percent } (النقاط: { $earned } من { $possible }؛ درجة النجاح { $pass_mark })
points-earned = {" "}(النقاط: { $earned } من { $points })
your-answer = {" "}— إجابتك: { $given }
right-answer = {" "}— الإجابة الصحيحة: { $expected }
answers-saved-at = حُفظت الإجابات الساعة { $time }
sync-online = متصل
sync-offline = غير متصل — يُحفظ عملك على هذا الهاتف
sync-waiting = بانتظار الإرسال: { $n }
sync-sent-at = آخر إرسال الساعة { $time }
sync-submit-waiting = حُفظ تسليمك على هذا الهاتف وسيُرسل عند عودة الاتصال.
sync-refused = رفض الخادم ما كان بانتظار الإرسال: افتح المحاولة لمعرفة السبب.
sync-sign-in = سجّل الدخول مجددًا لإرسال ما ينتظر.
offline-kept = متاح دون اتصال
offline-keep = احفظه للقراءة دون اتصال
offline-remove = احذف النسخة المحفوظة
offline-saving = جارٍ الحفظ للقراءة دون اتصال…
offline-failed = تعذّر حفظه للقراءة دون اتصال. حاول مجددًا عند توفر الاتصال.
offline-storage = المحفوظ على هذا الهاتف للاستخدام دون اتصال: { $size }
timed-needs-network = هذا الاختبار محدد بوقت، لذا يحتاج إلى الاتصال: تُحفظ الإجابات المقدَّمة دون اتصال على هذا الهاتف، لكن الوقت المحدد هو وقت الخادم ولا يمكن تأجيل التسليم.
offline-title = أنت غير متصل
offline-body = هذه الصفحة غير محفوظة على هذا الهاتف. لا يزال بإمكانك قراءة الدروس التي فتحتها أو حفظتها للقراءة دون اتصال.
certificate-completed-on = بتاريخ { $date } بدرجة { $percent }.
# The address is isolated left-to-right (U+2066 … U+2069), or its leading slash would jump to its end.
check-certificate-at = يمكن التحقق منها على العنوان {"\u2066"}/verify/{ $code }{"\u2069"}
certificate-valid = شهادة صحيحة: صادرة إلى { $name } لإتمام الوحدة «{ $title }»، الإصدار { $version }، بتاريخ { $date }.
certificate-valid-with-agency = شهادة صحيحة: صادرة إلى { $name } ({ $agency }) لإتمام الوحدة «{ $title }»، الإصدار { $version }، بتاريخ { $date }.
no-certificate = لا توجد شهادة بالرمز { $code }.

## admin: people, countries and agencies, import, audit log. Ids start with admin-.

# Shared by several pages.

admin-please-sign-in = يُرجى تسجيل الدخول.
admin-agency = الجهة
admin-country = الدولة
admin-status = الحالة
admin-any = الكل
admin-filter = تصفية
admin-active = نشط
admin-deactivated = معطّل
admin-agency-none = — بلا جهة —
admin-first-password = كلمة المرور الأولى
admin-add-person = إضافة شخص

# The administration index.

admin-people-hint = البحث عن الحسابات وإضافتها وتعديلها وتعطيلها، وإعادة تعيين كلمات المرور.
admin-import-hint = تدقيق جدول البيانات صفاً صفاً، ثم إنشاء الحسابات.
admin-countries-hint = دول البرنامج والجهات في كل منها.
admin-audit-hint = عمليات تسجيل الدخول، وتغييرات الدور والجهة، وإعادة تعيين كلمات المرور، وعمليات الاستيراد.

# The people list and its table.

admin-import-from-csv = استيراد من ملف CSV
admin-search = بحث
admin-name-or-email = الاسم أو البريد الإلكتروني
admin-nobody-matches = لا يوجد أشخاص مطابقون.
admin-last-sign-in = آخر تسجيل دخول
admin-never-signed-in = لم يحدث بعد
admin-pages = الصفحات

# Adding a person and a person's page.

admin-agency-needed-for = الجهة (مطلوبة للمتدرّبين والمشرفين)
admin-first-password-hint = 8 أحرف على الأقل، وألّا تكون من كلمات المرور الشائعة. سلّمها إلى صاحب الحساب على انفراد.
admin-create-account = إنشاء الحساب
admin-role-and-agency = الدور والجهة
admin-save-changes = حفظ التغييرات
admin-deactivate = تعطيل الحساب
admin-reactivate = إعادة تفعيل الحساب
admin-deactivate-explained = لا يمكن تسجيل الدخول بحساب معطّل، وتُنهى جميع جلساته فوراً. وتبقى سجلاته محفوظة.
admin-reactivate-explained = يمكن تسجيل الدخول بهذا الحساب مجدداً بكلمة المرور نفسها.
admin-deactivate-account = تعطيل الحساب
admin-reactivate-account = إعادة تفعيل الحساب
admin-reset-password = إعادة تعيين كلمة المرور
admin-reset-password-hint = سلّمها إلى صاحب الحساب على انفراد؛ وستُنهى جلسات الحساب المفتوحة.

# Countries and agencies.

admin-countries = الدول
admin-code = الرمز
admin-name-header = الاسم بالإنجليزية
admin-name-arabic-header = الاسم بالعربية
admin-agencies = الجهات
admin-add-country = إضافة دولة
admin-iso-code = رمز ISO (حرفان)
admin-name-in-english = الاسم بالإنجليزية
admin-name-in-arabic = الاسم بالعربية
admin-add-country-button = إضافة الدولة
admin-no-agency-yet = لا توجد جهات بعد.
admin-kind = النوع
admin-assign-modules = إسناد الوحدات
admin-add-agency = إضافة جهة
admin-add-agency-button = إضافة الجهة

# Import.

admin-checking-file = جارٍ فحص الملف…
admin-choose-file = اختيار ملف
# The column names follow, in English: they are what the file must contain.
admin-import-columns = ملف CSV (بترميز UTF-8، تفصل بين قيمه فواصل أو فواصل منقوطة أو مسافات جدولة) يحمل سطره الأول أسماء الأعمدة:{" "}
admin-csv-file = ملف CSV
admin-paste-rows = …أو الصق الصفوف (منسوخة من جدول بيانات مثلاً)
admin-check-file = افحص الملف
admin-preview = معاينة
admin-line = السطر
admin-problems = المشكلات
admin-fix-or-import-valid = صحّح الصفوف التي فيها مشكلات في ملفك ثم افحصه مجدداً، أو استورد الصفوف الجاهزة فقط.
admin-first-passwords = كلمات المرور الأولى
admin-first-passwords-shown-once = تُعرض الآن فقط ولا تُحفظ في أي مكان. اطبعها أو انسخها، وسلّم كل شخص كلمة مروره على انفراد؛ وعند تسجيل دخوله الأول يختار كلمة مرور خاصة به.

# The audit log.

admin-action = الإجراء
admin-person-email = الشخص (البريد الإلكتروني)
admin-when-utc = الوقت (UTC)
admin-by = المنفِّذ
admin-about = الشخص المعني
admin-detail = التفاصيل
admin-address = عنوان IP

admin-page-number = الصفحة { $page }
admin-joined-on = تاريخ الانضمام { $date }
admin-agencies-in = الجهات في { $country }
admin-import-rules = . يُكتب الدور بإحدى القيم trainee أو supervisor أو trainer أو admin، ويجب أن تكون الجهة والدولة (رمز ISO، مثل JO) موجودتين مسبقاً. الحد الأقصى { $max_rows ->
        [zero] { $max_rows } صفوف
        [one] صف واحد
        [two] صفان
        [few] { $max_rows } صفوف
        [many] { $max_rows } صفاً
       *[other] { $max_rows } صف
    }. لا يُحفظ شيء قبل أن تؤكّد.
admin-import-summary = صفوف جاهزة: { $valid }، وصفوف فيها مشكلات: { $invalid }.
# People after a verb or verbal noun ("استيراد 2 …"): the dual in the genitive.
admin-import-estimate = يستغرق استيراد { $people ->
        [zero] { $people } أشخاص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصاً
       *[other] { $people } شخص
    } نحو { $seconds ->
        [zero] { $seconds } ثوانٍ
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }. إذا غادرت هذه الصفحة أو أعدت تحميلها في أثناء ذلك، فستعرض مدى تقدّم الاستيراد، ثم كلمات المرور الأولى.
admin-import-running = الاستيراد جارٍ: كلمات المرور الأولى جاهزة لـ { $hashed } من { $total }. أعد تحميل هذه الصفحة لمتابعته.
admin-import-shown = أنشأ هذا الاستيراد { $created } من الحسابات. عُرضت كلمات المرور الأولى مرة واحدة ولا تُحفظ في أي مكان؛ ويمكن للمشرف إعادة تعيين أي كلمة مرور ضائعة.
admin-import-people =
    استيراد { $people ->
        [zero] { $people } أشخاص
        [one] شخص واحد
        [two] شخصين
        [few] { $people } أشخاص
        [many] { $people } شخصاً
       *[other] { $people } شخص
    }
admin-import-only-valid = استيراد الصفوف الصالحة فقط ({ $rows })

## authoring: the trainers' pages (modules, versions, lessons, questions, item analysis). Ids start with author-.

# The module list.

author-modules = الوحدات التدريبية
author-no-module-yet = لا توجد وحدة تدريبية بعد.
author-col-module = الوحدة التدريبية
author-col-published = الإصدار المنشور
author-col-draft = المسودة
author-new-module = وحدة تدريبية جديدة
author-title = العنوان
author-create-module = إنشاء الوحدة
author-import-module = استيراد وحدة تدريبية
author-import-hint = وحدة تدريبية مُصدَّرة من فرونت لاين (ملف JSON بصيغة frontline.module/2). تُستورد بوصفها مسودة.
author-module-file = ملف الوحدة
author-import = استيراد

# A version's status, as a single word.

author-status-draft = مسودة
author-status-published = منشور
author-status-archived = مؤرشف

# The module editor.

author-preview-as-trainee = المعاينة كما يراها المتدرب
author-export-json = تصدير (JSON)
author-item-analysis = تحليل الأسئلة
author-publishing = النشر
author-before-publishing = قبل النشر، عالج ما يلي:
author-publish-this-version = نشر هذا الإصدار
author-edit-new-draft = تعديل (بدء مسودة جديدة)
author-archive = أرشفة
author-versions-label = الإصدارات:{" "}
author-settings = الإعدادات
author-summary = الملخّص
author-language = لغة الوحدة
author-estimated-minutes = المدة التقديرية (بالدقائق)
author-pass-mark-percent = درجة النجاح (%)
author-attempts-allowed = عدد المحاولات المسموح بها
author-empty-unlimited = اتركه فارغاً لعدد غير محدود
author-time-limit-minutes = مدة الاختبار (بالدقائق)
author-empty-none = اتركه فارغاً لاختبار غير محدد المدة
author-questions-per-attempt = عدد الأسئلة في كل محاولة
author-empty-all = اتركه فارغاً لعرض كل الأسئلة
author-intended-for = الفئات المستهدفة (إن لم تحدّد أي فئة فالوحدة موجّهة إلى الجميع)
author-shuffle-questions = ترتيب الأسئلة عشوائياً
author-shuffle-options = ترتيب الخيارات عشوائياً
author-one-per-screen = سؤال واحد في كل شاشة
author-retake-wait-minutes = مدة الانتظار بين المحاولات (بالدقائق)
author-review-legend = بعد تسليم الإجابات، يرى المتدرّبون
author-review-score = درجتهم
author-review-correctness = الأسئلة التي أجابوا عنها إجابة صحيحة
author-review-feedback = التعليقات على الخيارات التي اختاروها
author-review-key = الإجابات الصحيحة والشروح
author-fixed-order = إبقاء الخيارات بالترتيب المكتوب (لخيار «كل ما سبق»)
author-save-settings = حفظ الإعدادات
author-pass-mark = درجة النجاح
author-attempts = عدد المحاولات
author-unlimited = غير محدود
author-time-limit = مدة الاختبار
author-no-time-limit = غير محددة
author-all-questions = كل الأسئلة
author-delete = حذف
author-new-lesson-title = عنوان الدرس الجديد
author-add-lesson = إضافة درس
author-new-question-of-kind = نوع السؤال الجديد
author-add-question = إضافة سؤال

# Question kinds.

author-kind-single = اختيار واحد
author-kind-multiple = اختيار متعدد
author-kind-true-false = صح/خطأ
author-kind-ordering = ترتيب
author-kind-matching = مطابقة

# The lesson editor.

author-text-markdown = نص الدرس (بصيغة Markdown)
author-markdown-hint = ## عنوان، **غامق**، *مائل*، - قائمة، 1. قائمة مرقّمة، > اقتباس، [رابط](https://…). تُعرض شيفرة HTML نصاً كما هي.
author-save-and-preview = حفظ ومعاينة
author-preview = معاينة

# The question editor.

author-frozen-notice = هذا الإصدار منشور ومُجمَّد؛ ابدأ مسودة جديدة لتعديله.
author-kind = نوع السؤال
author-question-label = السؤال
author-scenario-label = الحالة العملية (اختيارية؛ تُعرض الأسئلة المتتالية التي تشترك في الحالة نفسها معاً)
author-points = النقاط
author-options = الخيارات
author-hint-single = حدّد خياراً صحيحاً واحداً فقط.
author-hint-multiple = حدّد كل الخيارات الصحيحة (خياراً واحداً على الأقل). تُحتسب درجة جزئية: عدد الخيارات الصحيحة المحدّدة مطروحاً منه عدد الخاطئة.
author-hint-true-false = خياران، صح وخطأ؛ حدّد الصحيح منهما.
author-hint-ordering = أعطِ كل عنصر موضعه في الترتيب الصحيح (1، 2، 3…). يراها المتدربون بترتيب مختلط.
author-hint-matching = اكتب لكل عنصر الإجابة التي تطابقه (على أن تختلف الإجابات كلها). يختار المتدربون من بين جميع الإجابات.
author-col-text = النص
author-col-correct = صحيح
author-col-place = الموضع
author-col-match = المطابقة
author-col-feedback = التغذية الراجعة
author-explanation-label = الشرح (يُعرض بعد تسليم الإجابات)
author-save-question = حفظ السؤال

# The preview.

author-back-to-editor = العودة إلى المحرّر
author-check-answers = التحقق من الإجابات

# Item analysis.

author-download-csv = تنزيل ملف CSV
author-col-question = السؤال
author-col-answered = عدد الإجابات
author-col-correct-share = الإجابات الصحيحة
author-col-discrimination = مؤشر التمييز
author-col-options-chosen = الخيارات المختارة
author-col-flags = تنبيهات
author-flag-too-easy = سهل جداً
author-flag-too-hard = صعب جداً
author-flag-negative = تمييز سلبي

author-key-shown-after-pass-or-last-attempt = بعد النجاح أو استنفاد المحاولات (مستحسن)
author-key-shown-always = بعد كل محاولة
author-key-shown-never = أبداً
author-flag-separator = ،{" "}
author-version-short = الإصدار { $number }
author-version-status-line =
    الإصدار { $number }: { $status ->
        [published] منشور — مُجمَّد؛ وهو الإصدار الذي يحصل عليه المتدربون
        [archived] مؤرشف — لا يراه المتدربون الجدد
       *[draft] مسودة — لا يراه المتدربون بعد
    }
author-version-chip = الإصدار { $number } ({ $status })
author-minutes =
    { $minutes ->
        [zero] { $minutes } دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
author-row-action =
    { $action ->
        [up]
            نقل { $what ->
                [lesson] الدرس
               *[question] السؤال
            } إلى الأعلى
        [down]
            نقل { $what ->
                [lesson] الدرس
               *[question] السؤال
            } إلى الأسفل
       *[delete]
            حذف { $what ->
                [lesson] الدرس
               *[question] السؤال
            }
    }
author-lessons-heading = الدروس ({ $count })
author-questions-heading = الأسئلة ({ $count })
author-question-facts =
    { $kind } · { $points ->
        [zero] { $points } نقاط
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $points } نقاط
        [many] { $points } نقطة
       *[other] { $points } نقطة
    }
author-question-title = السؤال: { $kind }
author-option-field =
    { $field ->
        [correct] الخيار { $number } صحيح
        [place] موضع الخيار { $number }
        [match] مطابقة الخيار { $number }
        [feedback] التغذية الراجعة للخيار { $number }
       *[text] نص الخيار { $number }
    }
author-preview-notice = معاينة الإصدار { $number } ({ $status }). لا يُسجَّل شيء مما تفعله هنا.
author-analysis-title = تحليل الأسئلة — الإصدار { $number }
author-analysis-intro = عدد المحاولات المُسلَّمة: { $attempts }. الإجابات الصحيحة: نسبة من أجابوا إجابة صحيحة كاملة. مؤشر التمييز: مدى ارتباط الإجابة الصحيحة بارتفاع الدرجة الكلية (معامل الارتباط الثنائي النقطي، من −1 إلى +1، ابتداءً من 4 إجابات)؛ القيمة 0.3 فأكثر جيدة، وما دون 0 يعني أن المتدربين الأقوى يخطئون فيه أكثر من الأضعف.
author-key-pattern-warning = في { $questions } من أصل { $of } أسئلة تُعرض بالترتيب المكتوب، الإجابة الصحيحة هي الخيار رقم { $place }. قد ينجح المتدرّب الذي يلاحظ ذلك دون أن يقرأ: غيّر ترتيب الخيارات أو اسمح بترتيبها عشوائياً.

## supervision: agency dashboards, a person's progress, country reports. Ids start with supervision-.

# Shared by several pages.

supervision-not-found = غير موجود
supervision-module = الوحدة
supervision-modules = الوحدات
supervision-download-csv = تنزيل CSV

# The agency page: assigning.

supervision-agency = الجهة
supervision-people-unavailable = تعذّر عرض أفراد هذه الجهة.
supervision-assign-module = إسناد وحدة
supervision-assign-to = الإسناد إلى
supervision-assign-whole-agency = جميع أفراد الجهة (ومن ينضم إليها لاحقاً)
supervision-assign-only-ticked = الأشخاص المحدَّدون أدناه فقط:
supervision-due-date-optional = موعد الإنجاز (اختياري)
supervision-assign = أسنِد

# The agency dashboard.

supervision-trainees = المتدرّبون
supervision-assigned = الإسنادات
supervision-completed-count = المكتملة
supervision-completion-rate = نسبة الإتمام
supervision-average-best-score = متوسط أفضل درجة
supervision-overdue = المتأخرة
supervision-filter-and-sort = التصفية والترتيب
supervision-show = عرض{" "}
supervision-everyone = الجميع
supervision-sort-by = الترتيب حسب{" "}
supervision-name-or-email = الاسم أو البريد الإلكتروني{" "}
supervision-apply = تطبيق
supervision-no-module-assigned = لم تُسنَد أي وحدة في هذه الجهة بعد.
supervision-matrix-caption = الوحدات المُسندة لكل شخص
supervision-person = الشخص

# A person's progress.

supervision-no-such-person = لا يوجد هذا الشخص ضمن جهتك.
supervision-deactivated = {" "}— الحساب معطَّل
supervision-download-modules-csv = تنزيل الوحدات بصيغة CSV
supervision-status = الحالة
supervision-due = موعد الإنجاز
supervision-lessons-read = الدروس المقروءة
supervision-attempts = المحاولات
supervision-best-score = أفضل درجة
supervision-completed-on = تاريخ الإتمام
supervision-not-assigned = {" "}(غير مُسندة)
supervision-quiz-attempts = محاولات الاختبار
supervision-download-attempts-csv = تنزيل المحاولات بصيغة CSV
supervision-no-attempt-yet = لا توجد محاولات بعد.
supervision-attempts-caption = جميع المحاولات، الأحدث أولاً
supervision-attempt = المحاولة
supervision-started = البدء
supervision-submitted = التسليم
supervision-score = الدرجة
supervision-result = النتيجة
supervision-attempt-in-progress = جارية
supervision-attempt-passed = ناجحة
supervision-attempt-failed = غير ناجحة
supervision-attempt-late = {" "}(متأخرة)

# The country reports.

supervision-completion-by-country = الإتمام حسب البلد
supervision-country-report-intro = نسبة المتدرّبين والمشرفين النشطين في كل بلد ممّن أتمّوا كل وحدة (قرأوا دروسها واجتازوا اختبارها). افتح بلداً لعرض جهاته وأنواع الجهات فيه.{" "}
supervision-completions = حالات الإتمام
supervision-country-table-caption = الإتمام لكل وحدة وبلد، نسبةً مئوية من المتعلّمين (من أتمّوا / عدد المتعلّمين)
supervision-country-chart-title = الإتمام حسب الوحدة والبلد (النسبة المئوية من المتعلّمين)
supervision-completions-per-month = حالات الإتمام شهرياً
supervision-download-months-csv = تنزيل الأشهر بصيغة CSV
supervision-month = الشهر
supervision-all-countries = جميع البلدان
supervision-no-such-country = هذا البلد غير موجود.
supervision-country-detail-intro = نسبة المتدرّبين والمشرفين النشطين ممّن أتمّوا كل وحدة.{" "}
supervision-whole-country = البلد بأكمله
supervision-per-kind-of-agency = حسب نوع الجهة
supervision-per-agency = حسب الجهة
supervision-group = الفئة
supervision-learners = المتعلّمون

supervision-everyone-in-agency = جميع أفراد الجهة ({ $people })
supervision-with-module-status = من لديهم وحدة بحالة «{ $status }»
# "Shown: 3 of 12" — no counted noun, so no number agreement to get wrong.
supervision-people-shown = الأشخاص المعروضون: { $shown } من { $total }
supervision-best-score-of = أفضل درجة { $percent }
supervision-due-on = موعد الإنجاز { $date }
supervision-module-version = { $title } (الإصدار { $version })
supervision-learners-after-name = {" "}(المتعلّمون: { $learners })
supervision-completion-in = الإتمام في { $country }
supervision-completion-per-kind-in = الإتمام حسب نوع الجهة في { $country } (النسبة المئوية من المتعلّمين)

## translations: module translations, for trainers and readers. Ids start with translation-.

translation-module-languages = هذه الوحدة بلغات أخرى
translation-translations = الترجمات
translation-translations-hint = تتبع الترجمة هذا الإصدار بنداً بنداً وتُصحَّح بمفتاح الإجابات نفسه: تُحتسب الإنجازات والتقارير للوحدة أياً كانت اللغة.
translation-no-translation-yet = لا توجد ترجمة بعد.
translation-translate-into = ترجمة إلى
translation-start-translation = بدء الترجمة
translation-translate = ترجمة
translation-translation-draft = غير معروضة بعد
translation-translation-offered = معروضة على المتدرّبين
translation-out-of-date = غير محدَّثة
translation-out-of-date-hint = تغيّر المصدر منذ آخر نشر لهذه الترجمة: راجع كل نصّ مقابل المصدر، ثم انشرها من جديد.
translation-source = المصدر
translation-your-translation = الترجمة
translation-title-and-summary = العنوان والملخّص
translation-publish-translation = نشر الترجمة
translation-translation-frozen = نُشرت هذه الترجمة مع إصدارها ولم تعد تتغيّر. ابدأ المسودة التالية للوحدة لمراجعتها.
translation-not-translated-yet = لم تُترجَم بعد: يرى المتدرّبون نصّ المصدر هنا.

translation-not-in-your-language = هذه الوحدة غير متاحة بلغتك بعد، فهي معروضة بلغة المصدر: { $language }.

## csv: column names and words of the CSV downloads, in the reader's language. Ids start with csv-.
# Numbers in the files stay plain (no % sign, a dot for decimals) so spreadsheets compute with them.

csv-person = الشخص
csv-email = البريد الإلكتروني
csv-module = الوحدة
csv-group-kind = نوع المجموعة
csv-group = المجموعة
csv-learners = المتعلّمون
csv-country = البلد
csv-agency-kind = نوع الجهة
csv-agency = الجهة
csv-version = الإصدار
csv-attempt = المحاولة
csv-started = وقت البدء
csv-submitted = وقت التسليم
csv-score-percent = الدرجة %
csv-result = النتيجة
csv-late = متأخرة
csv-passed = ناجحة
csv-failed = غير ناجحة
csv-month = الشهر
csv-completions = الإنجازات
csv-assigned = مُسندة
csv-due = موعد الإنجاز
csv-status = الحالة
csv-lessons-read = الدروس المقروءة
csv-attempts = المحاولات
csv-best-percent = أفضل درجة %
csv-completed = تاريخ الإنجاز
csv-yes = نعم
csv-no = لا
csv-question = السؤال
csv-language = اللغة
csv-all-languages = كل اللغات
csv-answered = عدد الإجابات
csv-correct-percent = الإجابات الصحيحة %
csv-discrimination = معامل التمييز
csv-options-chosen = الخيارات المختارة
csv-flags = التنبيهات
csv-cohort = الدفعة
csv-paired = الاختباران
csv-pre-mean = متوسط القبلي %
csv-post-mean = متوسط البعدي %
csv-mean-gain = متوسط الزيادة (نقاط)
csv-gain-ci-low = الحد الأدنى لفاصل الثقة 95 % للزيادة
csv-gain-ci-high = الحد الأعلى لفاصل الثقة 95 % للزيادة
csv-normalised-gain = الزيادة المعيارية
csv-normalised-ci = فاصل الثقة 95 % للزيادة المعيارية ±
csv-improved-percent = تحسّنوا %
csv-pre-only = القبلي فقط
csv-post-only = البعدي فقط
csv-figure = المؤشر
csv-value = القيمة
csv-period-from = بداية الفترة
csv-period-to = نهاية الفترة
csv-survey-responses = ردود الاستبيان
csv-relevance-mean = متوسط الصلة (1–5)
csv-confidence-before = الثقة قبل (1–5)
csv-confidence-after = الثقة بعد (1–5)
csv-referred-never = لم يُحيلوا
csv-referred-once = أحالوا مرة
csv-referred-several = أحالوا عدة مرات
csv-directory-helped-yes = ساعد الدليل: نعم
csv-directory-helped-no = ساعد الدليل: لا
# $name: a country or a module; $status: a status word; $percent: a percentage written as the pages write it.
csv-best = { $status } (أفضل درجة { $percent })
csv-completed-in = { $name }: المنجزون
csv-learners-in = { $name }: المتعلّمون
csv-percent-in = { $name }: %

## problems: errors, problems with what was sent (at a form field), and notices of what a form achieved.

# Between the items of a list (column names): ends with a space.
list-separator = ،{" "}

# Errors: what happened, never internals.
error-not-found = غير موجود.
error-unauthenticated = يُرجى تسجيل الدخول.
error-internal = حدث خطأ من جهتنا (المرجع { $reference }). يُرجى المحاولة مرة أخرى.
error-request = تعذّر إتمام الطلب. تحقّق من الاتصال ثم حاول مرة أخرى.
error-busy = يستخدم كثير من الموظفين فرونتلاين الآن. يُرجى المحاولة مرة أخرى بعد { $seconds ->
        [zero] { $seconds } ثوانٍ
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
busy-title = فرونتلاين مشغول
busy-page = يستخدم كثير من الموظفين فرونتلاين الآن. ستُحمَّل هذه الصفحة من جديد تلقائيًا بعد { $seconds ->
        [zero] { $seconds } ثوانٍ
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
busy-form = يستخدم كثير من الموظفين فرونتلاين الآن، ولم يصل ما أرسلته. ارجع إلى الصفحة السابقة: إجاباتك ما زالت في النموذج. أرسله مرة أخرى بعد { $seconds ->
        [zero] { $seconds } ثوانٍ
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.

# Problems with what was sent, shown at the form field (or at the top of the page).
problem-choose-from-list = اختر من القائمة.
problem-whole-number = أدخل عدداً صحيحاً.
problem-choose-module = اختر وحدة.
problem-choose-role = اختر دوراً.
problem-choose-agency-kind = اختر نوع الجهة.
problem-choose-question-kind = اختر نوع السؤال.
problem-choose-key-shown = اختر متى تظهر الإجابات الصحيحة.
problem-choose-language = اختر لغة من القائمة.
problem-password-common = كلمة المرور هذه من أكثر كلمات المرور شيوعاً ويسهل تخمينها. اختر غيرها.
problem-sign-ins-busy = الخادم مشغول بتسجيل دخول كثيرين. يُرجى المحاولة مرة أخرى بعد قليل.
problem-too-many-wrong-passwords = أُدخلت كلمة مرور خاطئة مرات كثيرة. انتظر بضع دقائق ثم حاول مرة أخرى.
problem-current-password-wrong = كلمة المرور الحالية غير صحيحة.
problem-same-password-again = اختر كلمة مرور جديدة، لا كلمة المرور التي لديك الآن.
problem-new-passwords-differ = كلمتا المرور الجديدتان مختلفتان.
problem-person-name-required = أدخل اسم الشخص.
problem-name-required = أدخل اسماً.
problem-name-looks-like-formula = لا يمكن أن يبدأ الاسم بـ = أو + أو - أو @ (صيغ جداول البيانات).
problem-email-invalid = أدخل عنوان بريد إلكتروني صحيحاً.
problem-email-taken = هذا البريد الإلكتروني مسجّل من قبل.
problem-email-earlier-in-file = يرد هذا البريد الإلكتروني في سطر سابق من الملف.
problem-agency-required = ينتمي المتدرّبون والمشرفون إلى جهة.
problem-no-such-agency = هذه الجهة غير موجودة.
problem-cannot-remove-own-admin-role = لا يمكنك إزالة دور المسؤول عن نفسك.
problem-cannot-deactivate-self = لا يمكنك تعطيل حسابك أنت.
problem-country-code-invalid = استخدم رمز ISO 3166 المكوّن من حرفين، مثل SY.
problem-country-exists = هذا البلد موجود من قبل.
problem-agency-exists = في هذا البلد جهة بهذا الاسم من قبل.
problem-import-form-out-of-date = النموذج قديم؛ افحص الملف مرة أخرى.
problem-import-still-running = ما زال هذا الاستيراد جارياً. افتح صفحة الاستيراد مرة أخرى بعد دقيقة لتراه.
problem-import-incomplete = لم يكتمل الاستيراد. افحص الملف وحاول مرة أخرى.
problem-upload-incomplete = لم يصل الملف المرفوع كاملاً. حاول مرة أخرى.
problem-file-not-utf8 = الملف ليس نصاً بترميز UTF-8. في Excel احفظه بصيغة "CSV UTF-8".
problem-file-missing = اختر ملف CSV، أو الصق محتواه.
problem-csv-unreadable = تتعذّر قراءة الملف بصيغة CSV.
problem-email-not-valid = البريد الإلكتروني غير صحيح.
problem-agency-missing = يحتاج المتدرّبون والمشرفون إلى جهة.
problem-agency-needs-country = اذكر بلد الجهة.
problem-due-date-format = اكتب موعد الإنجاز بالصيغة YYYY-MM-DD.
problem-date-invalid = اكتب التاريخ بالصيغة YYYY-MM-DD.
problem-date-range = يجب ألّا يسبق آخر يوم في الفترة أولَ يوم فيها، وألّا يزيد عدد أيامها على { $days }.
problem-due-date-in-past = موعد الإنجاز في الماضي.
problem-choose-people = اختر شخصاً واحداً على الأقل، أو الجهة كلها.
problem-quiz-form-out-of-date = النموذج قديم؛ افتح صفحة الوحدة مرة أخرى.
problem-no-attempt-left = لم تبقَ لك محاولة: بلغت الحد الأقصى لمحاولات هذا الاختبار، أو أن محاولة أخرى جارية.
problem-attempt-submitted = سُلّمت هذه المحاولة من قبل.
problem-time-up = انتهى الوقت: لم يعد بالإمكان تغيير الإجابات.
problem-pretest-first = تُفتح الدروس والاختبار بعد أن تجري الاختبار القبلي.
problem-pretest-not-offered = الاختبار القبلي لهذه الوحدة غير متاح لك الآن.
problem-pretest-required = يطلب المدرّب من الجميع إجراء هذا الاختبار القبلي قبل الدروس.
problem-pretest-needs-questions = تطلب الوحدة اختباراً قبلياً، لكن كل الأسئلة مخصّصة للاختبار فقط: خصّص بعضها للاختبارين أو للاختبار القبلي.
problem-choose-one-to-five = اختر رقماً من 1 إلى 5، أو اتركه فارغاً.
problem-period-invalid = أدخل الفترة بشهرين بالصيغة YYYY-MM، على ألا يكون الأول بعد الثاني.
problem-role-outside-reach = يمنح المنسّق القُطري أدوار المتدرّب والمشرف والمنسّق فقط.
problem-choose-service-kind = اختر نوع الخدمة.
problem-city-required = اذكر المدينة أو المحافظة.
problem-service-name-required = اكتب اسم الخدمة بلغة واحدة على الأقل.
problem-reason-required = اذكر السبب: يُحفظ في سجل التدقيق.
problem-phone-missing = اكتب رقم هاتف واحداً على الأقل: يجب أن يتمكّن الموظف من الاتصال.
problem-phone-not-a-number = «{ $line }» لا يبدأ برقم هاتف من 3 إلى 15 رقماً. اكتب رقماً واحداً في كل سطر، ثم الغرض منه.
problem-unknown-spoken-language = «{ $code }» ليس رمز لغة يعرفه Frontline (مثلاً ar أو en أو am أو tl).
problem-unknown-served = «{ $value }» ليست النساء أو الرجال أو الأطفال.
problem-no-such-entry = لا يوجد في دليل هذا البلد إدخال رقمه { $id }؛ اترك المعرّف فارغاً لإضافة إدخال.
problem-verified-on-format = اكتب تاريخ آخر تحقّق بصيغة YYYY-MM-DD، أو اتركه فارغاً.
problem-entry-exists = الدليل يضمّ هذه الخدمة من قبل (المدينة والنوع والاسم نفسها): عدّل ذلك الإدخال بدلاً من ذلك.
problem-same-as-line = الخدمة نفسها (المدينة والنوع والاسم) الموجودة في السطر { $line }.
problem-estimated-minutes-range = الوقت المقدّر بين 1 و600 دقيقة.
problem-pass-mark-range = درجة النجاح بين 1 و100 %.
problem-max-attempts-range = اسمح بعدد محاولات بين 1 و100، أو اترك الحقل فارغاً بلا حد.
problem-time-limit-range = المدة بين 1 و600 دقيقة، أو فارغة.
problem-retake-wait-range = الانتظار بين المحاولات بين 1 و10080 دقيقة (أسبوع)، أو فارغ.
problem-draw-at-least-one = اسحب سؤالاً واحداً على الأقل، أو اترك الحقل فارغاً لكل الأسئلة.
problem-lesson-title-required = يحتاج كل درس إلى عنوان.
problem-give-lesson-title = أعطِ الدرس عنواناً.
problem-lesson-required = أضف درساً واحداً على الأقل.
problem-lesson-empty = لا يمكن أن يكون الدرس فارغاً.
problem-question-required = أضف سؤالاً واحداً على الأقل.
problem-prompt-required = اكتب السؤال.
problem-points-range = النقاط بين 1 و100.
problem-option-text-required = يحتاج كل خيار إلى نص.
problem-single-needs-two-options = يحتاج سؤال الاختيار الواحد إلى خيارين على الأقل.
problem-single-needs-one-correct = لسؤال الاختيار الواحد خيار صحيح واحد بالضبط.
problem-multiple-needs-two-options = يحتاج سؤال الاختيار المتعدد إلى خيارين على الأقل.
problem-mark-one-correct = حدّد خياراً صحيحاً واحداً على الأقل.
problem-true-false-shape = لسؤال صح أو خطأ خياران، أحدهما صحيح.
problem-ordering-places = أعطِ كل عنصر مكانه في الترتيب الصحيح: 1، 2، 3… كلٌّ مرة واحدة.
problem-matching-pairs = أعطِ كل عنصر مقابلاً مختلفاً (الإجابة التي يقترن بها).
problem-version-frozen = هذا الإصدار منشور ومجمّد. اختر «تعديل» في الوحدة لإنشاء مسودة جديدة.
problem-draft-started-elsewhere = بدأ شخص آخر مسودة للتو؛ افتح الوحدة مرة أخرى.
problem-only-published-archived = لا تُؤرشف إلا الوحدة المنشورة.
problem-slug-invalid = استخدم من 3 إلى 80 من الأحرف اللاتينية الصغيرة والأرقام والشرطات.
problem-translation-does-not-fit = للترجمة نصّ واحد لكل درس وسؤال وخيار في وحدتها، وبالترتيب نفسه.
problem-translation-exists = لهذا الإصدار ترجمة إلى هذه اللغة من قبل.
problem-nothing-to-translate = أضف دروساً أو أسئلة قبل بدء الترجمة.

# Problems with values in them.
problem-too-long =
    استخدم { $max ->
        [zero] { $max } أحرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفاً
       *[other] { $max } حرف
    } على الأكثر.
problem-password-too-short =
    استخدم { $min ->
        [zero] { $min } أحرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفاً
       *[other] { $min } حرف
    } على الأقل.
problem-import-rows-have-problems =
    في الملف { $rows ->
        [zero] { $rows } صفوف
        [one] صف واحد
        [two] صفان
        [few] { $rows } صفوف
        [many] { $rows } صفاً
       *[other] { $rows } صف
    } فيها مشكلات. أصلحها، أو استورد الصفوف الصالحة فقط.
problem-file-too-large = حجم الملف أكبر من { $max_mb } ميغابايت.
problem-csv-columns-missing = يجب أن يسمّي السطر الأول الأعمدة { $expected }؛ الناقص منها: { $missing }.
problem-csv-too-many-rows = { $max } شخص على الأكثر في كل ملف؛ قسّمه إلى عدة ملفات.
problem-csv-line-unreadable = تتعذّر قراءة السطر { $line }.
problem-unknown-role = الدور "{ $role }" غير معروف: استخدم trainee أو supervisor أو trainer أو admin.
problem-cell-looks-like-formula = لا يمكن أن تبدأ قيمة العمود { $column } بـ = أو + أو - أو @.
problem-unknown-country = البلد "{ $code }" غير معروف.
problem-no-agency-in-country = لا توجد جهة باسم "{ $agency }" في { $country }.
problem-retake-wait =
    يمكنك بدء المحاولة التالية بعد { $minutes ->
        [zero] { $minutes } دقائق
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
problem-title-required =
    أعطِ الوحدة عنواناً (حتى { $max ->
        [zero] { $max } أحرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفاً
       *[other] { $max } حرف
    }).
problem-summary-too-long =
    اجعل الملخّص أقصر من { $max ->
        [zero] { $max } أحرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفاً
       *[other] { $max } حرف
    }.
problem-draws-more-than-exist =
    تسحب كل محاولة { $draws ->
        [zero] { $draws } أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $draws } أسئلة
        [many] { $draws } سؤالاً
       *[other] { $draws } سؤال
    } والموجود { $questions ->
        [zero] { $questions } أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالاً
       *[other] { $questions } سؤال
    } فقط.
problem-lesson-too-long =
    اجعل الدرس أقصر من { $max ->
        [zero] { $max } أحرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفاً
       *[other] { $max } حرف
    }؛ قسّمه.
problem-not-publishable = غير جاهزة للنشر: { $problems }
problem-not-a-module = المستند ليس وحدة ({ $detail }).
problem-format-expected = المتوقع "{ $format }".
problem-slug-taken = slug: توجد وحدة "{ $slug }" من قبل؛ غيّر الـ slug لاستيراد نسخة منها.
problem-at-field = { $field }: { $problem }

# Notices: what a form achieved, at the top of the page that follows it.
notice-details-saved = حُفظت بياناتك.
notice-password-changed = تغيّرت كلمة مرورك، وسُجّل الخروج من الأجهزة الأخرى.
notice-country-added = أُضيف البلد.
notice-agency-added = أُضيفت الجهة.
notice-account-created = أُنشئ الحساب.
notice-changes-saved = حُفظت التغييرات.
notice-account-reactivated = أُعيد تفعيل الحساب.
notice-account-deactivated = عُطّل الحساب وأُنهيت جلساته.
notice-password-reset = أُعيد تعيين كلمة المرور وأُنهيت جلسات الشخص.
notice-module-created = أُنشئت الوحدة. أضف الدروس والأسئلة، ثم انشرها.
notice-settings-saved = حُفظت الإعدادات.
notice-lesson-saved = حُفظ الدرس. تعرضه المعاينة أدناه كما سيراه المتدرّبون.
notice-question-saved = حُفظ السؤال.
notice-published = نُشرت الوحدة. يحصل المتدرّبون الآن على هذا الإصدار.
notice-draft-started = مسودة جديدة منسوخة من الإصدار المنشور. يبقى المتدرّبون على الإصدار المنشور حتى تنشر هذه المسودة.
notice-archived = أُرشفت الوحدة: لم يعد المتدرّبون الجدد يرونها.
notice-module-imported = استُوردت الوحدة كمسودة.
notice-translation-started = بدأت الترجمة: كل نصّ هو نصّ المصدر إلى أن تستبدله.
notice-translation-saved = حُفظت الترجمة.
notice-translation-published = نُشرت الترجمة: يحصل عليها المتدرّبون الذين يقرؤون هذه اللغة.
notice-answers-saved = حُفظت إجاباتك.
notice-already-submitted = سبق تسليم هذه المحاولة، ربما من جهاز آخر: هذه نتيجتها. لم تُحتسب الإجابات المرسلة الآن.
notice-assigned-to-agency = أُسندت إلى الجهة كلها.
notice-pretest-skipped = تم تخطي الاختبار القبلي: الدروس مفتوحة.
notice-survey-thanks = شكراً لك: حُفظت إجاباتك دون اسمك.
notice-followup-thanks = شكراً لك: احتُسبت إجابتك دون اسمك.
notice-entry-added = أُضيف الإدخال إلى الدليل، وسُجّل التحقق منه اليوم.
notice-entry-saved = حُفظ الإدخال وسُجّل التحقق منه اليوم.
notice-entry-verified = سُجّل التحقق منه اليوم.
notice-entry-removed = حُذف الإدخال من الدليل، ويبقى سجلّه في سجل التدقيق.
notice-entries-imported = تمّ الاستيراد: أُضيف { $added }، وعُدّل { $changed }.
notice-certificate-revoked = أُلغيت الشهادة.
notice-statements-requeued =
    { $count ->
    [zero] لا توجد عبارة لإعادة إرسالها.
    [one] ستُرسَل عبارة واحدة مجدداً في عملية الإرسال التالية.
    [two] ستُرسَل عبارتان مجدداً في عملية الإرسال التالية.
    [few] ستُرسَل { $count } عبارات مجدداً في عملية الإرسال التالية.
    [many] ستُرسَل { $count } عبارةً مجدداً في عملية الإرسال التالية.
    *[other] ستُرسَل { $count } عبارة مجدداً في عملية الإرسال التالية.
    }
notice-accounts-created =
    أُنشئ { $count ->
        [zero] { $count } حسابات
        [one] حساب واحد
        [two] حسابان
        [few] { $count } حسابات
        [many] { $count } حساباً
       *[other] { $count } حساب
    }.
notice-assigned-to-people =
    أُسندت إلى { $count ->
        [zero] { $count } أشخاص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصاً
       *[other] { $count } شخص
    }.

## labels: names of shared codes (agency kinds, report cells and orders, roles, audit actions, months).

# Kinds of agency.
agency-kind-law-enforcement = إنفاذ القانون
agency-kind-border-immigration = الحدود والهجرة
agency-kind-health = الصحة
agency-kind-social-work = العمل الاجتماعي
agency-kind-civil-society = المجتمع المدني
agency-kind-international-org = منظمة دولية
agency-kind-other = أخرى
service-kind-police-unit = وحدة شرطة مكافحة الاتجار بالبشر
service-kind-shelter = دار إيواء
service-kind-hotline = خط ساخن
service-kind-health = رعاية صحية
service-kind-psychosocial = دعم نفسي اجتماعي
service-kind-legal-aid = مساعدة قانونية
service-kind-child-protection = حماية الطفل
service-kind-un-agency = وكالة أممية
service-kind-ngo = منظمة غير حكومية
served-women = النساء
served-men = الرجال
served-children = الأطفال
spoken-ar = العربية
spoken-en = الإنجليزية
spoken-fr = الفرنسية
spoken-tr = التركية
spoken-ku = الكردية
spoken-fa = الفارسية
spoken-ur = الأردية
spoken-am = الأمهرية
spoken-ti = التغرينية
spoken-so = الصومالية
spoken-bn = البنغالية
spoken-tl = الفلبينية
spoken-si = السنهالية
spoken-ne = النيبالية

# A module's status for a person, in the agency's matrix.
cell-status-not-started = لم يبدأ
cell-status-in-progress = قيد الإنجاز
cell-status-passed = اجتاز
cell-status-failed = لم يجتز
cell-status-overdue = متأخر

# How the agency's matrix is sorted.
matrix-sort-name = الاسم
matrix-sort-overdue = الأكثر تأخراً
matrix-sort-least-done = الأقل إنجازاً
matrix-sort-lowest-score = الأدنى درجة

role-trainee = متدرّب
role-supervisor = مشرف
role-trainer = مدرّب
role-admin = مسؤول النظام
role-coordinator = منسّق قُطري

audit-action-sign-in = تسجيل دخول
audit-action-sign-in-failed = محاولة دخول فاشلة
audit-action-sign-out = تسجيل خروج
audit-action-password-changed = تغيير كلمة المرور
audit-action-password-change-failed = محاولة فاشلة لتغيير كلمة المرور
audit-action-password-reset = إعادة تعيين كلمة المرور
audit-action-user-created = إنشاء حساب
audit-action-role-changed = تغيير الدور
audit-action-agency-changed = تغيير الجهة
audit-action-deactivated = تعطيل الحساب
audit-action-reactivated = إعادة تفعيل الحساب
audit-action-users-imported = استيراد أشخاص
audit-action-country-created = إضافة دولة
audit-action-agency-created = إضافة جهة
audit-action-renamed = تغيير الاسم
audit-action-referral-added = إضافة جهة إحالة
audit-action-referral-changed = تعديل جهة إحالة
audit-action-referral-verified = تأكيد جهة إحالة
audit-action-referral-removed = حذف جهة إحالة
audit-action-certificate-revoked = إلغاء شهادة

# Month names as in Egypt and the Gulf (CLDR's Arabic); the Levant and Iraq also say كانون الأول…
date =
    { $day } { $month ->
         [1] يناير
         [2] فبراير
         [3] مارس
         [4] أبريل
         [5] مايو
         [6] يونيو
         [7] يوليو
         [8] أغسطس
         [9] سبتمبر
         [10] أكتوبر
         [11] نوفمبر
        *[12] ديسمبر
    } { $year }

# A moment: $date is a date written as above, $time is hours and minutes (14:05), in UTC.
timestamp = { $date }، الساعة { $time } بالتوقيت العالمي

# Do not translate; used by tests: says which CLDR plural category this language gives $n.
plural-probe =
    { $n ->
        [zero] zero
        [one] one
        [two] two
        [few] few
        [many] many
       *[other] other
    }

## evaluation: pre- and post-tests, the survey and follow-up, the knowledge gain reports. Ids start with evaluation-.
evaluation-nav-evaluation = اكتساب المعرفة
evaluation-pretest = اختبار قبلي قبل الدروس
evaluation-pretest-none = بلا اختبار قبلي
evaluation-pretest-optional = اختياري (يمكن للمتدربين تخطيه)
evaluation-pretest-required = إلزامي قبل الدروس
evaluation-test-form = يُطرح في
evaluation-test-form-both = الاختبار القبلي والاختبار كليهما
evaluation-test-form-pretest = الاختبار القبلي فقط (نموذج موازٍ)
evaluation-test-form-quiz = الاختبار فقط (نموذج موازٍ)
evaluation-pretest-title = الاختبار القبلي
evaluation-pretest-intro = يُظهر هذا الاختبار القبلي ما تعرفه قبل الدروس. لا يُحتسب لإتمام الوحدة، ولا تُعرض أي إجابات بعده.
evaluation-pretest-why = قبل الدروس: اختبار قصير لما تعرفه مسبقاً. لا يُحتسب لإتمام الوحدة ولا يعرض الإجابات، حتى يُظهر الاختبار في النهاية ما تعلّمته.
evaluation-pretest-no-key = لا تُعرض الإجابات، حتى يقيس الاختبار في النهاية ما علّمته الدروس.
evaluation-start-pretest = ابدأ الاختبار القبلي
evaluation-continue-pretest = تابع الاختبار القبلي
evaluation-skip-pretest = تخطَّ الاختبار القبلي
evaluation-lessons-after-pretest = تُفتح الدروس والاختبار بعد الاختبار القبلي.
evaluation-survey-title = أخبرنا عن هذه الوحدة
evaluation-survey-intro = ثلاثة أسئلة قصيرة وإجابة حرة واحدة، وكلها اختيارية. تُحفظ إجاباتك دون اسمك.
evaluation-survey-relevance = ما مدى صلة هذه الوحدة بعملك؟
evaluation-survey-confidence-before = قبل الوحدة، ما مدى ثقتك في التعرّف على مؤشرات الاتجار بالبشر؟
evaluation-survey-confidence-after = والآن، بعد الوحدة؟
evaluation-survey-missing = ما الذي كان ناقصاً، أو ما الذي قد تغيّره؟ (اختياري)
evaluation-scale-not-at-all = إطلاقاً
evaluation-scale-very-much = كثيراً جداً
evaluation-send-survey = أرسل الإجابات
evaluation-followup-title = بعد ثلاثة أشهر
evaluation-followup-no-case = لا تكتب أي شيء عن أي شخص أو حالة: يُطلب هذا العدد فقط، ويُحفظ دون اسمك.
evaluation-followup-question = منذ التدريب، هل أحلت شخصاً اشتبهت في أنه قد يكون ضحية للاتجار بالبشر؟
evaluation-referred-never = أبداً
evaluation-referred-once = مرة واحدة
evaluation-referred-several = عدة مرات
evaluation-followup-directory = هل ساعد دليل الإحالة؟
evaluation-yes = نعم
evaluation-no = لا
evaluation-send-followup = أرسل
evaluation-decline-followup = لا تسألني مرة أخرى
evaluation-report-title = اكتساب المعرفة
evaluation-report-intro = درجات الضباط أنفسهم قبل الدروس (الاختبار القبلي) وفي محاولتهم الأولى للاختبار (الاختبار البعدي)، مقترنة شخصاً بشخص. يُحتسب من أجرى اختباراً واحداً فقط على حدة، وتُستبعد الحسابات المعطّلة.
evaluation-all-modules = كل الوحدات
evaluation-module-label = الوحدة
evaluation-show = اعرض
evaluation-download-csv = نزّل ملف CSV
evaluation-by-country = اكتساب المعرفة حسب البلد
evaluation-by-kind = اكتساب المعرفة حسب نوع الجهة
evaluation-by-agency = اكتساب المعرفة حسب الجهة
evaluation-by-cohort = اكتساب المعرفة حسب الدفعة (شهر بدء التدريب)
evaluation-gain-by-module = اكتساب المعرفة حسب الوحدة
evaluation-whole = الكل
evaluation-col-group = المجموعة
evaluation-col-paired = أجروا الاختبارين
evaluation-col-pre = متوسط الاختبار القبلي
evaluation-col-post = متوسط الاختبار البعدي
evaluation-col-gain = متوسط الزيادة بالنقاط (فاصل ثقة 95 %)
evaluation-col-normalised = الزيادة المعيارية (فاصل ثقة 95 %)
evaluation-col-improved = تحسّنوا
evaluation-col-pre-only = الاختبار القبلي فقط
evaluation-col-post-only = الاختبار البعدي فقط
evaluation-pre-series = القبلي
evaluation-post-series = البعدي
evaluation-chart-title = متوسط الدرجات قبل التدريب وبعده
evaluation-survey-summary-title = استبيان الانطباعات
evaluation-col-responses = ردود الاستبيان
evaluation-col-relevance = الصلة بالعمل (1–5)
evaluation-col-confidence = الثقة في التعرّف على المؤشرات (1–5)، قبل ← بعد
evaluation-free-text-title = ما الذي كان ناقصاً (دون أسماء)
evaluation-no-free-text = لا توجد إجابات حرة بعد.
evaluation-followup-summary-title = المتابعة بعد ثلاثة أشهر من التدريب
evaluation-followup-summary-intro = إجابات سؤال «منذ التدريب، هل أحلت شخصاً اشتبهت في أنه قد يكون ضحية؟»، محسوبة دون أسماء. لا يُطلب ولا يُحفظ أي شيء عن أي ضحية أو حالة.
evaluation-followup-withheld = أجاب أقل من خمسة ضباط هنا عن سؤال المتابعة: تُحتسب إجاباتهم في أرقام البلد ولا تُعرض هنا، حتى لا يُعرف جواب أحد.
evaluation-col-referred-never = لم يُحيلوا أبداً
evaluation-col-referred-once = أحالوا مرة
evaluation-col-referred-several = أحالوا عدة مرات
evaluation-col-referred-share = نسبة من أحالوا
evaluation-col-helped = ساعد الدليل (نعم / لا)
evaluation-no-data = لم يُجرِ أي ضابط الاختبارين هنا بعد.
evaluation-programme-link = ملخّص البرنامج
evaluation-programme-intro = لتقرير الجهة المانحة: اطبع هذه الصفحة، أو احفظها بصيغة PDF من قائمة الطباعة في المتصفح.
evaluation-period-from = من (YYYY-MM)
evaluation-period-to = إلى (YYYY-MM)
evaluation-fig-learners = الضباط المسجّلون (النشطون)
evaluation-fig-completions = إتمام الوحدات خلال الفترة
evaluation-fig-confidence-change = تغيّر الثقة (مقياس 1–5)
evaluation-fig-referred = أحالوا شخصاً منذ التدريب (عدد الإجابات)
evaluation-section-title = اكتساب المعرفة والانطباعات
evaluation-open-evaluation = افتح تقرير اكتساب المعرفة
evaluation-pretest-recorded = سُجّل الاختبار القبلي: حصلت على { $percent }. الدروس مفتوحة الآن.
evaluation-your-pretest-score = درجتك في الاختبار القبلي: { $percent }. يُظهر الاختبار في النهاية مدى تقدّمك.
evaluation-headline = أجرى { $paired } من الضباط الاختبارين: ارتفعت الدرجات من { $pre } إلى { $post } (الزيادة المعيارية { $gain }، ± { $ci }).
evaluation-headline-referred = { $percent } ممن سُئلوا بعد ثلاثة أشهر أحالوا شخصاً منذ التدريب ({ $answers } إجابة).
evaluation-country-title = اكتساب المعرفة في { $country }
evaluation-programme-title = ملخّص البرنامج: { $country }، من { $from } إلى { $to }

## referrals: the referral directory, for officers (/referrals) and its coordinators (/directory). Ids start with referral-.
referral-nav = جهات الإحالة
referral-nav-directory = الدليل
referral-title = خدمات الإحالة
referral-lead = خدمات تستقبل إحالة من يُشتبه في أنه ضحية للاتجار بالبشر. في حالات الخطر الداهم، اتصل أولاً برقم طوارئ الشرطة.
referral-country = الدولة
referral-city = المدينة
referral-any-city = أي مدينة
referral-kind = نوع الخدمة
referral-any-kind = أي نوع
referral-serves = الفئات المستفيدة
referral-anyone = الجميع
referral-language = لغات التواصل
referral-any-language = أي لغة
referral-search = كلمات للبحث
referral-find = بحث
referral-found = الخدمات المعروضة: { $count } من { $total }
referral-none-found = لا توجد خدمة مطابقة. جرّب عدداً أقل من عوامل التصفية.
referral-empty-country = لا يضمّ دليل هذه الدولة أي إدخال بعد.
referral-demo-badge = إدخال تجريبي للعرض فقط: الخدمة ليست حقيقية، والرقم ليس حقيقياً.
referral-hours = ساعات العمل
referral-address = العنوان
referral-who = فئات أخرى تخدمها
referral-how-to-refer = طريقة الإحالة
referral-consent-needed = تتطلّب الإحالة الموافقة المستنيرة من الشخص المعني.
referral-email = البريد الإلكتروني
referral-verified = تحقّق منه آخر مرة { $name } في { $date }.
referral-verified-on = جرى التحقق منه آخر مرة في { $date }.
referral-never-verified = لم يُتحقّق منه قط.
referral-stale = لم يُتحقّق منه منذ أكثر من ستة أشهر: تأكّد من الرقم عند الاتصال.
referral-sheet-link = ورقة أرقام الاتصال للطباعة: { $city }
referral-sheet-title = أرقام الاتصال للإحالة: { $city }، { $country }
referral-sheet-printed = طُبعت في { $date }. الأرقام تتغيّر: القائمة المحدّثة على /referrals.
referral-print = طباعة
referral-sheets = أوراق أرقام الاتصال للطباعة
referral-shortcut-heading = خدمات الإحالة في { $country }
referral-shortcut-heading-kind = { $kind }: { $country }
referral-shortcut-all = كل خدمات الإحالة في { $country }
referral-shortcut-none = لا توجد بعد خدمة من هذا النوع مُدرجة لدولتك.
referral-shortcut-your-country = خدمات الإحالة في دولتك
referral-directory-title = دليل الإحالة: { $country }
referral-choose-country = اختر الدولة التي تتولّى دليلها.
referral-add = إضافة إدخال
referral-import = استيراد من جدول بيانات
referral-export = تنزيل ملف CSV
referral-stale-count = { $count ->
        [zero] لا يوجد إدخال مضى على آخر تحقّق منه ستة أشهر.
        [one] إدخال واحد لم يُتحقّق منه منذ ستة أشهر: اتصل بالخدمة وأكّد صحة بياناتها، أو صحّحها.
        [two] إدخالان لم يُتحقّق منهما منذ ستة أشهر: اتصل بالخدمتين وأكّد صحة بياناتهما، أو صحّحها.
        [few] { $count } إدخالات لم يُتحقّق منها منذ ستة أشهر: اتصل بالخدمات وأكّد صحة بياناتها، أو صحّحها.
        [many] { $count } إدخالاً لم يُتحقّق منها منذ ستة أشهر: اتصل بالخدمات وأكّد صحة بياناتها، أو صحّحها.
       *[other] { $count } إدخال لم يُتحقّق منها منذ ستة أشهر: اتصل بالخدمات وأكّد صحة بياناتها، أو صحّحها.
    }
referral-all-current = جرى التحقق من كل الإدخالات خلال الأشهر الستة الماضية.
referral-edit = تعديل
referral-verify = ما زال صحيحاً: سجّل التحقق اليوم
referral-remove = حذف من الدليل
referral-remove-hint = لا يمكن التراجع عن الحذف؛ ويبقى سجلّ الإدخال في سجل التدقيق.
referral-save = حفظ
referral-save-hint = عند الحفظ يُسجَّل أنك تحقّقت من الإدخال اليوم.
referral-new-title = إدخال جديد: { $country }
referral-edit-title = تعديل الإدخال: { $country }
referral-phones = أرقام الهاتف
referral-phones-hint = رقم واحد في كل سطر، يليه الغرض منه: +962 6 000 0000 خط يعمل على مدار 24 ساعة
referral-languages = لغات التواصل
referral-consent = تتطلّب الإحالة الموافقة المستنيرة من الشخص المعني
referral-texts-in = الاسم والتفاصيل: { $language }
referral-texts-hint = املأ اللغات المتوفرة لديك. يقرأ الضباط النص بلغتهم إن وُجد، وإلا فبلغة أخرى.
referral-name = الاسم
referral-nationalities = فئات أخرى تخدمها: الجنسيات والأعمار والأوضاع
referral-history = السجلّ
referral-import-title = استيراد إدخالات الدليل: { $country }
referral-import-rules = الأعمدة المطلوبة: city، kind، phones، واسم بلغة واحدة على الأقل (name_en أو name_ar أو name_fr أو name_tr). الصف الذي يحمل id يعدّل ذلك الإدخال؛ والصف الذي لا يحمله يضيف إدخالاً جديداً، أو يعدّل الإدخال الذي له المدينة والنوع والاسم نفسها. تُفصل أرقام الهاتف المتعددة في الخلية الواحدة بفواصل منقوطة.
referral-import-rows = { $count ->
        [zero] استيراد { $count } صفوف
        [one] استيراد صف واحد
        [two] استيراد صفّين
        [few] استيراد { $count } صفوف
        [many] استيراد { $count } صفاً
       *[other] استيراد { $count } صف
    }
referral-import-only-valid = { $count ->
        [one] استيراد الصف الخالي من المشكلات فقط
        [two] استيراد الصفّين الخاليين من المشكلات فقط
       *[other] استيراد الصفوف الخالية من المشكلات فقط ({ $count })
    }
referral-coordinator-lead = تتولّى التنسيق القُطري في { $country }: الجهات والضباط والتقارير ودليل الإحالة.
referral-agencies = الجهات والأشخاص
referral-country-report = تقرير الدولة
referral-verified-column = آخر تحقّق
referral-entries = { $count ->
        [zero] { $count } إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] { $count } إدخالات
        [many] { $count } إدخالاً
       *[other] { $count } إدخال
    }

## records: Open Badges credentials, checking them, and the xAPI learning records. Ids start with records-.
records-download-credential = تنزيل وثيقة الاعتماد الرقمية (Open Badges 3.0)
records-credential-hint = ملف تُوقّعه هذه النسخة من فرونت لاين: يمكن للمنصات الأخرى وأصحاب العمل والمحافظ الرقمية التحقق منه بالأدوات المعيارية، حتى دون الاتصال بفرونت لاين.
# On the certificate and check pages; $date is a date.
records-revoked = أُلغيت هذه الشهادة بتاريخ { $date }، ولم تعد تُعدّ إثباتاً لإتمام التدريب.
records-revoke-heading = إلغاء هذه الشهادة
records-revoke-explain = مثلاً، لشهادة تمّ الحصول عليها بالغش. وبعد الإلغاء، تُبيّن صفحتها ورمزها ووثيقة اعتمادها أنها ملغاة، ويحتفظ سجل التدقيق بالسبب الذي تذكره.
records-reason = السبب
records-revoke = إلغاء الشهادة
records-check-credential = التحقق من وثيقة اعتماد رقمية
records-check-explain = الصق وثيقة اعتماد صادرة عن فرونت لاين (نص ملف {"\u2066"}.jwt{"\u2069"} الخاص بها) أو اختر الملف. يتحقق فرونت لاين من توقيعها بالمفاتيح التي ينشرها، ويبيّن ما هو مسجّل بشأنها اليوم.
records-paste = نص وثيقة الاعتماد
records-file = أو ملف وثيقة الاعتماد
records-check = التحقق من وثيقة الاعتماد
# $key is a key's id, a code of 43 letters and digits.
records-genuine = وثيقة أصلية: وقّعتها هذه النسخة من فرونت لاين بالمفتاح { $key }.
records-unreadable = هذه ليست وثيقة اعتماد. الصق نص الملف كاملاً: ثلاثة أجزاء تفصل بينها نقاط.
records-not-signed = وثيقة غير أصلية: لم يوقّعها أي مفتاح من مفاتيح هذه النسخة من فرونت لاين بصيغتها الحالية. فإما أنها عُدّلت بعد توقيعها، وإما أن جهة أخرى وقّعتها.
records-unknown = وقّعتها هذه النسخة من فرونت لاين، لكن لم تعد هناك أي شهادة تحمل رمزها.
records-check-a-file = هل لديك ملف وثيقة الاعتماد؟ تحقّق منه هنا.
records-title = سجلات التعلّم (xAPI)
records-explain = كل اختبار بُدئ، وكل سؤال أُجيب عنه، وكل نتيجة وإتمام، في صورة عبارات xAPI 1.0.3: نزّلها عن فترة تحددها، أو دع فرونت لاين يرسلها إلى مخزن سجلات التعلّم لدى جهة شريكة. يحمل الحدث الواحد دائماً معرّف العبارة نفسه، فإذا أُرسل مرتين لا يُخزَّن إلا مرة واحدة.
records-export = تنزيل العبارات
records-from = من
records-to = إلى (ضمناً)
records-download = تنزيل ملف JSON
records-lrs = مخزن سجلات التعلّم (LRS)
records-lrs-none = لم يُضبط أي مخزن LRS (FRONTLINE_LRS_URL): لا يمكن إلا تنزيل العبارات.
# $endpoint is a web address.
records-lrs-at = تُرسَل العبارات إلى { $endpoint }.
records-counts = مُرسَلة: { $sent }، بانتظار الإرسال: { $pending }، مرفوضة: { $refused }.
# $days is a number of days.
records-kept = تُحفَظ العبارات المُرسَلة هنا { $days } يومًا ثم تُحذَف: فهي محفوظة في مخزن LRS، ويُعيد «تنزيل العبارات» بناء أي يوم من السجلات.
# $date is a date and time.
records-oldest = تعود أقدم عبارة تنتظر الإرسال إلى { $date }.
# $error is what the LRS or the network said, often in English.
records-last-error = آخر محاولة لإرسالها: { $error }
records-refused = العبارات التي رفضها مخزن LRS
records-refused-none = لم يرفض مخزن LRS أي عبارة.
records-requeue = إعادة إرسال العبارات المرفوضة
records-statement = العبارة
records-error = ردّ مخزن LRS
records-verb = الفعل
records-when = الوقت
records-hint = بيانات xAPI لمستودعات سجلات التعلّم لدى الشركاء، وما رفضته منها.
