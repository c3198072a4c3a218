### Frontline arayüz metinleri, Türkçe: the Turkish catalogue. The reference is en.ftl: same ids,
### same variables.
### - Turkish CLDR plural categories are one and other, and a noun stays singular after a number
###   ("3 ders", "5 kişi"), so counted messages need no selector.
### - Suffixes are never attached to a variable (its value, and so its vowel harmony, is unknown):
###   "Ders { $number } / { $total }", "{ $date } tarihinde", "Kurumlar: { $country }".
### - Percentages arrive formatted by Frontline ("%87,5"); decimals take a comma; digits are 0-9.
### - The officer is addressed as "siz".

## learner: the officer-facing pages (home, sign-in, account, learning, quizzes, certificates).

# The product's name.
app-name = Frontline
# Under the product's name in the header.
tagline = Tanıma, koruma, sevk
skip-to-content = İçeriğe geç
nav-home = Ana sayfa
footer-note = Mültecilerle ve yerinden edilmiş kişilerle karşılaşan saha personeli için eğitim.
home-title = İnsan ticareti mağdurlarını tanıyın, koruyun ve sevk edin
home-intro = Mısır, Irak, Ürdün, Lübnan ve Türkiye'deki polis, sınır ve göç görevlileri, sağlık ve sosyal hizmet çalışanları ile STK personeli için kısa dersler ve öz değerlendirme testleri.
home-audience = Telefonunuzdan, kendi hızınızda çalışın. Amiriniz ilerlemenizi görür; sertifikanızı ise herkes doğrulayabilir.
home-offline = Frontline yavaş bağlantılarda ve JavaScript olmadan da çalışır. Bağlantınız kesilirse devam etmeden önce buradan kontrol edin.
check-connection = Bağlantıyı kontrol et
checking = Kontrol ediliyor…
connection-ok = Frontline bağlantısı kuruldu
connection-db-down = Frontline sunucusuna ulaşıldı, ancak veritabanı yanıt vermiyor
connection-failed = Frontline sunucusuna şu anda ulaşılamıyor
not-found-title = Sayfa bulunamadı
not-found-body = Bu sayfa yok ya da bu sayfayı görüntüleme yetkiniz bulunmuyor.
server-error-title = Bir sorun oluştu
back-home = Ana sayfaya dön
sign-in-title = Giriş yap
# Followed by the person's name (and a full stop).
signed-in-as = Giriş yaptığınız hesap:
signed-out = Oturumunuz kapatıldı.
sign-in-failed = E-posta adresi veya parola yanlış ya da çok fazla deneme yapıldı. Bilgilerinizi kontrol edin veya bir süre bekleyip yeniden deneyin.
sign-in-busy = Sunucu şu anda çok sayıda kişinin girişini işliyor ve parolanızı kontrol edemedi. Lütfen biraz sonra yeniden deneyin.
email = E-posta
password = Parola
sign-in = Giriş yap
sign-out = Çıkış yap
demo-sign-ins = Demo hesaplar
demo-sign-ins-hint = Bu bir tanıtım sürümüdür. Uygulamayı o kişinin gözünden görmek için bu hesaplardan biriyle giriş yapın.
role = Rol
my-account = Hesabım
my-details = Bilgilerim
display-name = Ad
language = Dil
save = Kaydet
change-password = Parolayı değiştir
current-password = Mevcut parola
new-password = Yeni parola
password-rules = En az 8 karakter; uzun bir ifade en iyisidir. Yaygın parolalar kabul edilmez.
confirm-password = Yeni parola (tekrar)
nav-my-agency = Kurumum
nav-my-learning = Eğitimlerim
nav-modules = Modüller
nav-admin = Yönetim
main-menu = Ana menü
# Followed by the person's name.
welcome = Hoş geldiniz,
home-trainee-lead = Eğitim modülleriniz, tamamladıklarınız ve yapmanız gerekenlerle birlikte burada listelenecek.
home-supervisor-lead = Kurumunuzdaki kişileri ve onlara atanan eğitimleri takip edin.
home-trainer-lead = Yazdığınız modüller, kursiyerlerin bu modüllerdeki başarısıyla birlikte burada listelenecek.
home-admin-lead = Ülkeleri, kurumları ve kişileri yönetin; denetim kaydını inceleyin.
admin-people = Kişiler
# The home page's link to the admin's countries page.
admin-countries-and-agencies = Ülkeler ve kurumlar
admin-import = CSV dosyasından kişileri içe aktar
reports = Ülkelere göre tamamlama
admin-audit = Denetim kaydı
loading = Yükleniyor…
assigned-to-you = Size atananlar
status-completed = tamamlandı
status-passed = geçildi
status-not-started = başlanmadı
status-in-progress = devam ediyor
certificate = Sertifika
start = Başla
continue = Devam et
no-modules-yet = Henüz yayımlanmış bir modül yok.
# Followed by a link to the certificate; ends with a space.
module-completed = Tamamlandı.{" "}
your-certificate = Sertifikanız
lessons = Dersler
# The accessible name of the list of a module's lessons, in lower case.
lessons-nav = dersler
# After a lesson's title in the module's list: starts with a space.
lesson-read = {" "}✓ okundu
quiz = Test
continue-quiz = Teste devam et
start-quiz = Teste başla
try-again = Yeniden dene
attempt-header = Deneme
score-header = Puan
result-header = Sonuç
attempt-passed = başarılı
attempt-not-passed = geçilemedi
# After an attempt's result: starts with a space.
attempt-late = {" "}(gecikmeli)
submitted-late = Süre sınırı dolduktan sonra gönderildi: yalnızca zamanında kaydedilen yanıtlar puanlandı.
back-to-module = Modüle dön
# Followed by the time left, as 12:34.
time-left = Kalan süre:{" "}
save-answers = Yanıtları kaydet
submit = Gönder
review-and-submit = Gönder…
answered-count = { $total } sorudan { $answered } yanıtlandı
questions-nav = Sorular
not-answered = yanıtlanmadı
first-unanswered = İlk yanıtlanmamış soruya git
all-answered = Her soru yanıtlandı.
review-title = { $number }. deneme gönderilsin mi?
review-summary = { $total } sorudan { $answered } tanesini yanıtladınız.
review-unanswered = Henüz yanıtlanmayanlar:
review-final = Gönderdikten sonra yanıtlarınız değiştirilemez.
submit-now = Şimdi gönder
back-to-questions = Sorulara dön
previous-question = ← Önceki soru
next-question = Sonraki soru →
question-of = Soru { $number } / { $total }
menu = Menü
connection-page-ok = Frontline'a bağlısınız: sunucu ve veritabanı yanıt verdi.
done-next-lesson = Tamam — sonraki ders
done-back-to-module = Tamam — modüle dön
previous-lesson = ← Önceki
next-lesson = Sonraki →
certificate-title = Tamamlama Sertifikası
# On the certificate, one line each: certifies-that / <name> / <agency> / has-completed-module /
# <title> / certificate-completed-on. Turkish puts the verb last, so the sentence reads
# "Bu sertifika, aşağıda adı yazılı kişinin / NAME / AGENCY / şu modülü tamamladığını belgeler: / TITLE".
certifies-that = Bu sertifika, aşağıda adı yazılı kişinin
# See certifies-that.
has-completed-module = şu modülü tamamladığını belgeler:
# Followed by the certificate's code.
verification-code = Doğrulama kodu:{" "}
print-hint = PDF olarak saklamak için tarayıcınızın Yazdır komutunu kullanın ve “PDF olarak kaydet” seçeneğini seçin.
certificate-check = Sertifika doğrulama
# Before a scenario shared by several questions.
scenario = Senaryo:{" "}
ordering-hint = Her adıma sırasını verin: 1 ilk adımdır.
# After the right option of a true/false or single question: starts with a space.
right-choice = {" "}— doğru yanıt bu
not-saved-retrying = Henüz kaydedilmedi — bağlantı yok. Yeniden deneniyor…
# After an option in the result: starts with a space.
you-chose-this = {" "}— sizin seçiminiz
# After an option in the result: starts with a space.
a-right-answer = {" "}— doğru bir yanıt
# After an option in the result: starts with a space.
not-a-right-answer = {" "}— doğru bir yanıt değil
# After an option in the result: starts with a space.
right-answer-not-chosen = {" "}— seçmediğiniz doğru bir yanıt
# After a question in the result: starts with a space.
outcome-right = {" "}— doğru
# After a question in the result: starts with a space.
outcome-partly-right = {" "}— kısmen doğru
# After a question in the result: starts with a space.
outcome-wrong = {" "}— yanlış
key-after-pass = Doğru yanıtlar ve açıklamalar, testi geçtiğinizde ya da son deneme hakkınızı kullandığınızda gösterilir.
key-not-shown = Bu test doğru yanıtları göstermez.
form-unreadable = Form okunamadı; lütfen yeniden deneyin.
form-too-large = Gönderdiğiniz içerik alınamayacak kadar büyük. İçeriği kısaltın ya da daha küçük bir dosya seçip yeniden deneyin.
choose-own-password = Devam etmeden önce kendi parolanızı belirleyin: size verilen parola yalnızca ilk girişiniz içindir.

# A link back to a page, by its title: the arrow points the way your script reads back.
back-link = ← { $title }
# A module assigned with a due date that has not passed.
assigned-due-on = Size atandı — son tarih: { $date }
# A module assigned with a due date that has passed.
assigned-overdue-since = Size atandı — { $date } tarihinden beri gecikmede
# The facts line of a module card; $status is already translated ("devam ediyor").
module-meta = { $minutes } dk · { $lessons } ders · { $status }
# Added after module-meta once the trainee has a score; $percent has its sign ("%87,5").
module-meta-best-score = {" "}· en yüksek puan { $percent }
# The accessible name of a progress bar; $percent has its sign ("%40").
percent-done = { $percent } tamamlandı
# What a module's quiz asks, followed by quiz-facts-time-limit (when there is one) and one of
# the two quiz-facts-attempts messages. $pass_mark has its sign ("%80").
quiz-facts = { $questions } soru · geçme notu { $pass_mark }
quiz-facts-time-limit = {" "}· { $minutes } dakika
quiz-facts-attempts-unlimited = {" "}· deneme hakkı: sınırsız
quiz-facts-attempts-used = {" "}· kullanılan deneme: { $used } / { $max }
# Lessons still unread before a module can be complete.
still-to-read = Modülün tamamlanması için okumanız gereken ders sayısı: { $unread }.
# Why no new attempt can start.
all-attempts-used = Bu testteki { $max } deneme hakkınızın tümünü kullandınız.
quiz-attempt-title = Test — { $number }. deneme
attempt-result-title = { $number }. deneme — sonuç
lesson-of = Ders { $number } / { $total }
# A question's worth, after its prompt: starts with a space.
question-points = {" "}({ $points } puan)
# The heading of a scored quiz whose score is not shown. $passed is yes or no; $pass_mark has
# its sign ("%80").
result-heading =
    { $passed ->
        [yes] Geçtiniz
       *[no] Henüz geçemediniz
    } (geçme notu { $pass_mark })
# The heading of a scored quiz with its score: $percent and $pass_mark have their sign;
# $earned and $possible are points.
result-heading-scored =
    { $passed ->
        [yes] Geçtiniz
       *[no] Henüz geçemediniz
    } — { $percent } ({ $possible } puan üzerinden { $earned } puan; geçme notu { $pass_mark })
# The points a question earned, after its prompt in the result: starts with a space.
points-earned = {" "}{ $earned } / { $points } puan
# After a question in the result: starts with a space.
your-answer = {" "}— yanıtınız: { $given }
# After a question in the result: starts with a space.
right-answer = {" "}— doğru yanıt: { $expected }
# The quiz's autosave report; $time is the time of day, 14:05:09.
answers-saved-at = Yanıtlar kaydedildi (saat { $time })
sync-online = Çevrimiçi
sync-offline = Çevrimdışı — çalışmanız bu telefonda saklanıyor
sync-waiting = Gönderilmeyi bekleyen: { $n }
sync-sent-at = Son gönderim saati: { $time }
sync-submit-waiting = Gönderiminiz bu telefonda saklandı; bağlantı gelince gönderilecek.
sync-refused = Sunucu bekleyen gönderimi reddetti: nedenini görmek için denemeyi açın.
sync-sign-in = Bekleyenleri göndermek için yeniden oturum açın.
offline-kept = Çevrimdışı kullanılabilir
offline-keep = Çevrimdışı okumak için sakla
offline-remove = Çevrimdışı kopyayı sil
offline-saving = Çevrimdışı okuma için kaydediliyor…
offline-failed = Çevrimdışı okuma için saklanamadı. Çevrimiçi olunca yeniden deneyin.
offline-storage = Bu telefonda çevrimdışı kullanım için saklanan: { $size }
timed-needs-network = Bu sınav süreli olduğu için bağlantı gerektirir: çevrimdışı verilen yanıtlar bu telefonda saklanır, ancak süre sınırı sunucununkidir ve gönderim bekletilemez.
offline-title = Çevrimdışısınız
offline-body = Bu sayfa bu telefonda saklı değil. Açtığınız veya çevrimdışı okumak için sakladığınız dersler yine de okunabilir.
# The certificate's closing line, after the module's title; $percent has its sign.
certificate-completed-on = Tamamlanma tarihi: { $date } · Puan: { $percent }
# Where anyone can check a certificate: keep the address /verify/… as it is.
check-certificate-at = Doğrulama adresi: /verify/{ $code }
# A certificate found by its code, with what was true when it was earned.
certificate-valid = Geçerli. { $name }, “{ $title }” modülünü (sürüm { $version }) { $date } tarihinde tamamladı.
# As certificate-valid, for a person in an agency.
certificate-valid-with-agency = Geçerli. { $name } ({ $agency }), “{ $title }” modülünü (sürüm { $version }) { $date } tarihinde tamamladı.
no-certificate = { $code } kodlu bir sertifika bulunmuyor.

## admin: people, countries and agencies, import, audit log. Ids start with admin-.

# Shared by several pages.

admin-please-sign-in = Lütfen giriş yapın.
admin-agency = Kurum
admin-country = Ülke
admin-status = Durum
# A filter choice: any status, any role.
admin-any = tümü
admin-filter = Filtrele
admin-active = etkin
admin-deactivated = devre dışı
# The choice of no agency in a list.
admin-agency-none = — yok —
admin-first-password = İlk parola
admin-add-person = Kişi ekle

# The administration index.

admin-people-hint = Hesapları bulun, ekleyin, değiştirin ve devre dışı bırakın; parolaları sıfırlayın.
admin-import-hint = Bir elektronik tabloyu satır satır kontrol edin, ardından hesapları oluşturun.
admin-countries-hint = Programdaki ülkeler ve her ülkedeki kurumlar.
admin-audit-hint = Girişler, rol ve kurum değişiklikleri, parola sıfırlamaları ve içe aktarmalar.

# The people list and its table.

admin-import-from-csv = CSV dosyasından içe aktar
admin-search = Ara
admin-name-or-email = ad veya e-posta
admin-nobody-matches = Eşleşen kimse yok.
admin-last-sign-in = Son giriş
# In the column "Last sign-in".
admin-never-signed-in = hiç giriş yapmadı
admin-pages = sayfalar

# Adding a person and a person's page.

admin-agency-needed-for = Kurum (kursiyerler ve amirler için zorunlu)
admin-first-password-hint = En az 8 karakter; yaygın bir parola olmamalıdır. Parolayı kişiye başkalarıyla paylaşmadan, doğrudan iletin.
admin-create-account = Hesap oluştur
admin-role-and-agency = Rol ve kurum
admin-save-changes = Değişiklikleri kaydet
admin-deactivate = Devre dışı bırak
admin-reactivate = Yeniden etkinleştir
admin-deactivate-explained = Devre dışı bırakılan kişi giriş yapamaz; açık oturumları hemen sonlandırılır. Kayıtları korunur.
admin-reactivate-explained = Kişi kendi parolasıyla yeniden giriş yapabilir.
admin-deactivate-account = Hesabı devre dışı bırak
admin-reactivate-account = Hesabı yeniden etkinleştir
admin-reset-password = Parolayı sıfırla
admin-reset-password-hint = Yeni parolayı kişiye başkalarıyla paylaşmadan, doğrudan iletin; kişinin açık oturumları sonlandırılır.

# Countries and agencies.

admin-countries = Ülkeler
admin-code = Kod
admin-name-header = Ad
# The column of the countries' Arabic names: headed in Arabic in every language.
admin-name-arabic-header = الاسم
admin-agencies = Kurumlar
admin-add-country = Ülke ekle
admin-iso-code = ISO kodu (iki harf)
admin-name-in-english = İngilizce adı
admin-name-in-arabic = Arapça adı
admin-add-country-button = Ülkeyi ekle
admin-no-agency-yet = Henüz kurum yok.
admin-kind = Tür
admin-assign-modules = modül ata
admin-add-agency = Kurum ekle
admin-add-agency-button = Kurumu ekle

# Import.

admin-checking-file = Dosya kontrol ediliyor…
admin-choose-file = Dosya seçin
# Followed by the column names, which stay in English, then by admin-import-rules.
admin-import-columns = Bir CSV dosyası (UTF-8; virgül, noktalı virgül veya sekmeyle ayrılmış). Dosyanın ilk satırında şu sütun adları bulunmalıdır:{" "}
admin-csv-file = CSV dosyası
admin-paste-rows = …ya da satırları yapıştırın (ör. bir elektronik tablodan kopyalayarak)
admin-check-file = Dosyayı kontrol et
admin-preview = Önizleme
admin-line = Satır
admin-problems = Sorunlar
admin-fix-or-import-valid = Sorunlu satırları dosyanızda düzeltip dosyayı yeniden kontrol edin ya da yalnızca hazır olan satırları içe aktarın.
admin-first-passwords = İlk parolalar
admin-first-passwords-shown-once = Yalnızca şimdi gösterilir ve hiçbir yerde saklanmaz. Yazdırın veya kopyalayın ve her kişiye kendi parolasını başkalarıyla paylaşmadan, doğrudan iletin; kişiler ilk girişlerinde kendi parolalarını belirler.

# The audit log.

admin-action = İşlem
admin-person-email = Kişi (e-posta)
admin-when-utc = Zaman (UTC)
admin-by = Yapan
# The column of whom or what the action concerns.
admin-about = İlgili
admin-detail = Ayrıntı
# The column of the client's IP address.
admin-address = IP adresi

# The pager's "Page 3".
admin-page-number = Sayfa { $page }
# When an account was created, after its email and status.
admin-joined-on = kayıt tarihi: { $date }
# The heading of a country's page; $country is its ISO code.
admin-agencies-in = Kurumlar: { $country }
# After admin-import-columns and the column names: starts with ". ". The roles trainee,
# supervisor, trainer and admin stay in English: the file must use them.
admin-import-rules = . Rol sütunu trainee, supervisor, trainer veya admin olmalıdır; kurum ve ülke (ISO kodu, ör. JO) önceden kayıtlı olmalıdır. En fazla { $max_rows } satır. Siz onaylayana kadar hiçbir şey kaydedilmez.
# The import preview's summary line.
admin-import-summary = { $valid } satır hazır, { $invalid } satırda sorun var.
# Before an import: how long it takes (every first password is hashed) and where to follow it.
admin-import-estimate = { $people } kişinin içe aktarılması yaklaşık { $seconds } sn sürer. Bu sırada sayfadan ayrılır veya sayfayı yeniden yüklerseniz, sayfa içe aktarmanın ne kadar ilerlediğini, ardından da ilk parolaları gösterir.
# An import under way, as far as it got.
admin-import-running = İçe aktarma sürüyor: { $total } kişiden { $hashed } kişinin ilk parolası hazır. İlerlemeyi izlemek için bu sayfayı yeniden yükleyin.
# An import finished earlier, whose first passwords were already shown.
admin-import-shown = Bu içe aktarmayla { $created } hesap oluşturuldu. İlk parolaları yalnızca bir kez gösterildi ve hiçbir yerde saklanmıyor; kaybolan bir parolayı bir yönetici sıfırlayabilir.
# The button that imports a file whose rows are all valid.
admin-import-people = { $people } kişiyi içe aktar
# The button that imports only the valid rows of a file.
admin-import-only-valid = Yalnızca geçerli { $rows } satırı içe aktar

## authoring: the trainers' pages (modules, versions, lessons, questions, item analysis). Ids start with author-.

# The module list.

author-modules = Modüller
author-no-module-yet = Henüz modül yok.
author-col-module = Modül
author-col-published = Yayımlanan
author-col-draft = Taslak
author-new-module = Yeni modül
author-title = Başlık
author-create-module = Modül oluştur
author-import-module = Modül içe aktar
author-import-hint = Frontline ile dışa aktarılmış bir modül (JSON, frontline.module/2 biçimi). Taslak olarak eklenir.
author-module-file = Modül dosyası
author-import = İçe aktar

# A version's status, as a single word.

author-status-draft = taslak
author-status-published = yayımlandı
author-status-archived = arşivlendi

# The module editor.

author-preview-as-trainee = Kursiyer olarak önizle
author-export-json = Dışa aktar (JSON)
author-item-analysis = Madde analizi
author-publishing = Yayımlama
author-before-publishing = Yayımlamadan önce:
author-publish-this-version = Bu sürümü yayımla
author-edit-new-draft = Düzenle (yeni taslak başlat)
author-archive = Arşivle
# Followed by links to each version.
author-versions-label = Sürümler:{" "}
author-settings = Ayarlar
author-summary = Özet
author-language = Dil
author-estimated-minutes = Tahmini süre (dakika)
author-pass-mark-percent = Geçme notu (%)
author-attempts-allowed = İzin verilen deneme sayısı
# Hint under a number field.
author-empty-unlimited = boş: sınırsız
author-time-limit-minutes = Süre sınırı (dakika)
# Hint under a number field.
author-empty-none = boş: yok
author-questions-per-attempt = Deneme başına soru sayısı
# Hint under a number field.
author-empty-all = boş: tümü
author-intended-for = Hedef kitle (hiçbiri işaretlenmezse: herkes)
author-shuffle-questions = Soruları karıştır
author-shuffle-options = Seçenekleri karıştır
author-one-per-screen = Her ekranda bir soru
author-retake-wait-minutes = Denemeler arası bekleme (dakika)
# Followed by the four choices below, in the accusative ("… şunları görür: Puanlarını").
author-review-legend = Kursiyerler gönderimden sonra şunları görür
author-review-score = Puanlarını
author-review-correctness = Hangi soruları doğru yanıtladıklarını
author-review-feedback = Seçtikleri seçeneklere ilişkin geri bildirimi
author-review-key = Doğru yanıtları ve açıklamaları
author-fixed-order = Bu seçenekleri yazıldıkları sırada tut (“yukarıdakilerin tümü” için)
author-save-settings = Ayarları kaydet
author-pass-mark = Geçme notu
author-attempts = Deneme hakkı
author-unlimited = sınırsız
author-time-limit = Süre sınırı
# The value of "Time limit" when there is none.
author-no-time-limit = yok
# The value of "Questions per attempt" when every question is asked.
author-all-questions = tümü
author-delete = Sil
author-new-lesson-title = Yeni dersin başlığı
author-add-lesson = Ders ekle
author-new-question-of-kind = Yeni sorunun türü
author-add-question = Soru ekle

# Question kinds.

author-kind-single = Tek seçimli
author-kind-multiple = Çok seçimli
author-kind-true-false = Doğru / yanlış
author-kind-ordering = Sıralama
author-kind-matching = Eşleştirme

# The lesson editor.

author-text-markdown = Metin (Markdown)
# The Markdown marks themselves (##, **, *, -, 1., >, [](…)) stay as they are.
author-markdown-hint = ## başlık, **kalın**, *italik*, - liste, 1. liste, > alıntı, [bağlantı](https://…). HTML kodu metin olarak gösterilir.
author-save-and-preview = Kaydet ve önizle
author-preview = Önizleme

# The question editor.

author-frozen-notice = Bu sürüm yayımlandı ve donduruldu; değiştirmek için yeni bir taslak başlatın.
author-kind = Tür
author-question-label = Soru
author-scenario-label = Senaryo (isteğe bağlı; aynı senaryoyu paylaşan ardışık sorular birlikte gösterilir)
author-points = Puan
author-options = Seçenekler
author-hint-single = Tam olarak bir doğru seçeneği işaretleyin.
author-hint-multiple = Tüm doğru seçenekleri işaretleyin (en az bir tane). Kısmi puan: doğru işaretler eksi yanlış işaretler.
author-hint-true-false = İki seçenek, Doğru ve Yanlış; doğru olanı işaretleyin.
author-hint-ordering = Her öğeye doğru sıralamadaki yerini verin (1, 2, 3…). Kursiyerler öğeleri karışık sırada görür.
author-hint-matching = Her öğeye eşleştiği yanıtı verin (hepsi farklı olmalıdır). Kursiyerler tüm yanıtlar arasından seçer.
author-col-text = Metin
author-col-correct = Doğru
author-col-place = Sıra
author-col-match = Eşi
author-col-feedback = Geri bildirim
author-explanation-label = Açıklama (gönderimden sonra gösterilir)
author-save-question = Soruyu kaydet

# The preview.

author-back-to-editor = Düzenleyiciye dön
author-check-answers = Yanıtları kontrol et

# Item analysis.

author-download-csv = CSV indir
author-col-question = Soru
author-col-answered = Yanıtlayan
author-col-correct-share = Doğru
author-col-discrimination = Ayırt edicilik
author-col-options-chosen = Seçilen seçenekler
author-col-flags = Uyarılar
author-flag-too-easy = çok kolay
author-flag-too-hard = çok zor
author-flag-negative = negatif ayırt edicilik

# When a module shows its right answers, as the settings form offers it.
author-key-shown-after-pass-or-last-attempt = Testi geçtiklerinde ya da deneme hakları bittiğinde (önerilir)
author-key-shown-always = Her denemeden sonra
author-key-shown-never = Hiçbir zaman
# Between the flags of a question in the item analysis: ends with a space.
author-flag-separator = ,{" "}
# A version in the module list.
author-version-short = sürüm { $number }
# The status line at the top of the module editor; $status is draft, published or archived.
author-version-status-line =
    Sürüm { $number }: { $status ->
        [published] yayımlandı — donduruldu; kursiyerler bu sürümü alır
        [archived] arşivlendi — yeni kursiyerler bu sürümü görmez
       *[draft] taslak — kursiyerler henüz görmez
    }
# One link of the module's version list; $status is already translated (author-status-draft).
# "v" for "sürüm" (version) is understood in Turkish interfaces too.
author-version-chip = v{ $number } ({ $status })
# A time limit in the settings summary.
author-minutes = { $minutes } dk
# The accessible name of a row's button. $action is up, down or delete; $what is lesson or
# question. The arrows are what the buttons show. Turkish puts the object before the verb:
# "↑ Dersi yukarı taşı", "Soruyu sil".
author-row-action =
    { $action ->
        [up]
            ↑ { $what ->
                [lesson] Dersi
               *[question] Soruyu
            } yukarı taşı
        [down]
            ↓ { $what ->
                [lesson] Dersi
               *[question] Soruyu
            } aşağı taşı
       *[delete]
            { $what ->
                [lesson] Dersi
               *[question] Soruyu
            } sil
    }
author-lessons-heading = Dersler ({ $count })
author-questions-heading = Sorular ({ $count })
# A question's kind (already translated) and worth, after its prompt in the outline.
author-question-facts = { $kind } · { $points } puan
# The heading of the question editor; $kind is already translated.
author-question-title = Soru: { $kind }
# The accessible name of one cell of the options table. $number counts from 1; $field is text,
# correct, place, match or feedback.
author-option-field =
    Seçenek { $number }: { $field ->
        [correct] doğru
        [place] sıra
        [match] eşi
        [feedback] geri bildirim
       *[text] metin
    }
# The notice above a preview; $status is already translated.
author-preview-notice = Önizleme: sürüm { $number } ({ $status }). Burada yaptığınız hiçbir şey kaydedilmez.
author-analysis-title = Madde analizi — sürüm { $number }
# What the item analysis table shows, with the number of attempts it is based on.
author-analysis-intro = Gönderilmiş deneme sayısı: { $attempts }. Doğru: soruyu tamamen doğru yanıtlayanların oranı. Ayırt edicilik: soruyu doğru yanıtlamanın testin genelinde yüksek puan almayla ne kadar yakından ilişkili olduğu (nokta çift serili korelasyon, −1 ile +1 arası, en az 4 yanıt olduğunda hesaplanır); 0,3 ve üzeri iyidir, 0'ın altındaki bir değer güçlü kursiyerlerin bu soruyu zayıf kursiyerlerden daha sık kaçırdığı anlamına gelir.
# The editor's warning when right answers sit in the same place question after question.
author-key-pattern-warning = Yazıldığı sırayla gösterilen { $of } sorunun { $questions } tanesinde doğru yanıt { $place }. seçenek. Bunu fark eden bir kursiyer soruları okumadan geçebilir: seçeneklerin sırasını değiştirin ya da karıştırılmalarına izin verin.

## supervision: agency dashboards, a person's progress, country reports. Ids start with supervision-.

# Shared by several pages.

supervision-not-found = Bulunamadı
supervision-module = Modül
supervision-modules = Modüller
supervision-download-csv = CSV indir

# The agency page: assigning.

supervision-agency = Kurum
supervision-people-unavailable = Bu kurumun personeli gösterilemiyor.
supervision-assign-module = Modül ata
supervision-assign-to = Kime
supervision-assign-whole-agency = Kurumdaki herkes (ve sonradan katılacak olanlar)
supervision-assign-only-ticked = Yalnızca işaretlenen kişiler:
supervision-due-date-optional = Son tarih (isteğe bağlı)
supervision-assign = Ata

# The agency dashboard.

supervision-trainees = Kursiyerler
supervision-assigned = Atanan
supervision-completed-count = Tamamlanan
supervision-completion-rate = Tamamlama oranı
supervision-average-best-score = Ortalama en yüksek puan
supervision-overdue = Gecikmiş
supervision-filter-and-sort = Filtrele ve sırala
# A filter label followed by a list: ends with a space.
supervision-show = Göster:{" "}
supervision-everyone = herkes
# A filter label followed by a list: ends with a space.
supervision-sort-by = Sıralama:{" "}
# A filter label followed by a text field: ends with a space.
supervision-name-or-email = Ad veya e-posta:{" "}
supervision-apply = Uygula
supervision-no-module-assigned = Bu kurumda henüz hiçbir modül atanmadı.
supervision-matrix-caption = Kişi başına atanan modüller
supervision-person = Kişi

# A person's progress.

supervision-no-such-person = Kurumunuzda böyle bir kişi yok.
# After a person's name: starts with a space.
supervision-deactivated = {" "}— devre dışı
supervision-download-modules-csv = Modülleri CSV olarak indir
supervision-status = Durum
supervision-due = Son tarih
supervision-lessons-read = Okunan dersler
supervision-attempts = Denemeler
supervision-best-score = En yüksek puan
supervision-completed-on = Tamamlanma
# After a module's title: starts with a space.
supervision-not-assigned = {" "}(atanmamış)
supervision-quiz-attempts = Test denemeleri
supervision-download-attempts-csv = Denemeleri CSV olarak indir
supervision-no-attempt-yet = Henüz deneme yok.
supervision-attempts-caption = Tüm denemeler, en yeniden en eskiye
supervision-attempt = Deneme
supervision-started = Başlangıç
supervision-submitted = Gönderim
supervision-score = Puan
supervision-result = Sonuç
supervision-attempt-in-progress = devam ediyor
supervision-attempt-passed = başarılı
supervision-attempt-failed = başarısız
# After an attempt's result: starts with a space.
supervision-attempt-late = {" "}(gecikmeli)

# The country reports.

supervision-completion-by-country = Ülkelere göre tamamlama
# Followed by a link to the CSV file: ends with a space.
supervision-country-report-intro = Her ülkenin etkin kursiyer ve amirlerinden her modülü tamamlayanların oranı (dersler okunmuş ve test geçilmiş). Kurumlarını ve kurum türlerini görmek için bir ülkeyi açın.{" "}
supervision-completions = Tamamlamalar
supervision-country-table-caption = Modül ve ülkeye göre tamamlama, öğrenenlerin yüzdesi (tamamlayan / öğrenen)
supervision-country-chart-title = Modül ve ülkeye göre tamamlama (öğrenenlerin yüzdesi)
supervision-completions-per-month = Aylara göre tamamlamalar
supervision-download-months-csv = Ayları CSV olarak indir
supervision-month = Ay
supervision-all-countries = Tüm ülkeler
supervision-no-such-country = Böyle bir ülke yok.
# Followed by a link to the CSV file: ends with a space.
supervision-country-detail-intro = Etkin kursiyer ve amirlerden her modülü tamamlayanların oranı.{" "}
supervision-whole-country = Ülkenin tamamı
supervision-per-kind-of-agency = Kurum türüne göre
supervision-per-agency = Kuruma göre
supervision-group = Grup
supervision-learners = Öğrenenler

# The summary of the agency's assign form: everyone in it, counted.
supervision-everyone-in-agency = Kurumdaki herkes ({ $people })
# A filter choice of the matrix; $status is already translated (cell-status-…), hence the quotes.
supervision-with-module-status = bir modülü “{ $status }” durumunda olanlar
# How many rows of the matrix the filter leaves, out of the agency's trainees.
supervision-people-shown = { $total } kişiden { $shown } kişi gösteriliyor
# A matrix cell's best score; $percent has its sign.
supervision-best-score-of = en yüksek { $percent }
# A matrix cell's due date.
supervision-due-on = son tarih: { $date }
# An attempt's module, with the version it was taken on.
supervision-module-version = { $title } (v{ $version })
# A country's column heading, after its name: starts with a space.
supervision-learners-after-name = {" "}({ $learners } öğrenen)
# The heading of one country's report; $country is its name, as stored.
supervision-completion-in = Tamamlama durumu: { $country }
# The title of one country's chart per kind of agency.
supervision-completion-per-kind-in = Kurum türüne göre tamamlama: { $country } (öğrenenlerin yüzdesi)

## translations: module translations, for trainers and readers. Ids start with translation-.

translation-module-languages = Bu modül diğer dillerde
translation-translations = Çeviriler
translation-translations-hint = Bir çeviri bu sürümü öğe öğe izler ve aynı yanıt anahtarıyla puanlanır: tamamlamalar ve raporlar, dil ne olursa olsun modülü sayar.
translation-no-translation-yet = Henüz çeviri yok.
translation-translate-into = Çevrilecek dil
translation-start-translation = Çeviriye başla
translation-translate = Çevir
translation-translation-draft = henüz sunulmuyor
translation-translation-offered = kursiyerlere sunuluyor
translation-out-of-date = güncel değil
translation-out-of-date-hint = Bu çeviri en son yayımlandığından beri kaynak değişti: her metni kaynakla karşılaştırın, ardından çeviriyi yeniden yayımlayın.
translation-source = Kaynak
translation-your-translation = Çeviri
translation-title-and-summary = Başlık ve özet
translation-publish-translation = Çeviriyi yayımla
translation-translation-frozen = Bu çeviri, sürümüyle birlikte yayımlandı ve artık değişmez. Çeviriyi düzeltmek için modülün bir sonraki taslağını başlatın.
translation-not-translated-yet = Henüz çevrilmedi: kursiyerler burada kaynak metni görür.

# Said on a module shown in another language than the reader's; $language is that language's
# name in itself ("English", "العربية").
translation-not-in-your-language = Bu modül henüz sizin dilinizde mevcut değil; şu dilde gösteriliyor: { $language }.

## csv: column names and words of the CSV downloads, in the reader's language. Ids start with csv-.
# Numbers in the files stay plain (no % sign, a dot for decimals) so spreadsheets compute with them.

csv-person = kişi
csv-email = e-posta
csv-module = modül
csv-group-kind = grup türü
csv-group = grup
csv-learners = kursiyer sayısı
csv-country = ülke
csv-agency-kind = kurum türü
csv-agency = kurum
csv-version = sürüm
csv-attempt = deneme
csv-started = başlangıç
csv-submitted = teslim
csv-score-percent = puan %
csv-result = sonuç
csv-late = geç
csv-passed = geçti
csv-failed = kaldı
csv-month = ay
csv-completions = tamamlamalar
csv-assigned = atanmış
csv-due = son tarih
csv-status = durum
csv-lessons-read = okunan dersler
csv-attempts = denemeler
csv-best-percent = en iyi puan %
csv-completed = tamamlanma tarihi
csv-yes = evet
csv-no = hayır
csv-question = soru
csv-language = dil
csv-all-languages = tümü
csv-answered = yanıt sayısı
csv-correct-percent = doğru %
csv-discrimination = ayırt edicilik
csv-options-chosen = seçilen seçenekler
csv-flags = uyarılar
csv-cohort = dönem
csv-paired = iki test
csv-pre-mean = ön test ortalaması %
csv-post-mean = son test ortalaması %
csv-mean-gain = ortalama kazanım (puan)
csv-gain-ci-low = kazanım %95 GA alt
csv-gain-ci-high = kazanım %95 GA üst
csv-normalised-gain = normalleştirilmiş kazanım
csv-normalised-ci = normalleştirilmiş kazanım %95 GA ±
csv-improved-percent = gelişen %
csv-pre-only = yalnız ön test
csv-post-only = yalnız son test
csv-figure = gösterge
csv-value = değer
csv-period-from = dönem başı
csv-period-to = dönem sonu
csv-survey-responses = anket yanıtları
csv-relevance-mean = ilgi ortalaması (1–5)
csv-confidence-before = önceki güven (1–5)
csv-confidence-after = sonraki güven (1–5)
csv-referred-never = hiç yönlendirmemiş
csv-referred-once = bir kez yönlendirmiş
csv-referred-several = birkaç kez yönlendirmiş
csv-directory-helped-yes = rehber yardımcı: evet
csv-directory-helped-no = rehber yardımcı: hayır
# $name: a country or a module; $status: a status word; $percent: a percentage written as the pages write it.
csv-best = { $status } (en iyi puan: { $percent })
csv-completed-in = { $name }: tamamlayan
csv-learners-in = { $name }: kursiyer
csv-percent-in = { $name }: %

## problems: errors, problems with what was sent (at a form field), and notices of what a form achieved.

# Between the items of a list (column names): ends with a space.
list-separator = ,{" "}

# Errors: what happened, never internals.
error-not-found = Bulunamadı.
error-unauthenticated = Lütfen giriş yapın.
# $reference is a short code the person can give to support.
error-internal = Bizim tarafımızda bir sorun oluştu (referans kodu: { $reference }). Lütfen yeniden deneyin.
error-request = İstek tamamlanamadı. Bağlantınızı kontrol edip yeniden deneyin.
error-busy = Şu anda çok sayıda görevli Frontline'ı kullanıyor. Lütfen { $seconds } saniye sonra yeniden deneyin.
busy-title = Frontline şu anda yoğun
busy-page = Şu anda çok sayıda görevli Frontline'ı kullanıyor. Bu sayfa { $seconds } saniye sonra kendiliğinden yeniden yüklenecek.
busy-form = Şu anda çok sayıda görevli Frontline'ı kullanıyor ve gönderdiğiniz ulaşmadı. Geri dönün: yanıtlarınız hâlâ formda. { $seconds } saniye sonra yeniden gönderin.

# Problems with what was sent, shown at the form field (or at the top of the page).
problem-choose-from-list = Listeden seçin.
problem-whole-number = Bir tam sayı girin.
problem-choose-module = Bir modül seçin.
problem-choose-role = Bir rol seçin.
problem-choose-agency-kind = Kurum türünü seçin.
problem-choose-question-kind = Bir soru türü seçin.
problem-choose-key-shown = Doğru yanıtların ne zaman gösterileceğini seçin.
problem-choose-language = Listeden bir dil seçin.
problem-password-common = Bu parola en yaygın parolalardan biri ve kolayca tahmin edilebilir. Başka bir parola seçin.
problem-sign-ins-busy = Sunucu şu anda çok sayıda kişinin girişini işliyor. Lütfen biraz sonra yeniden deneyin.
problem-too-many-wrong-passwords = Çok fazla yanlış parola girildi. Birkaç dakika bekleyip yeniden deneyin.
problem-current-password-wrong = Mevcut parola yanlış.
problem-same-password-again = Şu anki parolanızı değil, yeni bir parola seçin.
problem-new-passwords-differ = Girilen iki yeni parola birbirinden farklı.
problem-person-name-required = Kişinin adını girin.
problem-name-required = Bir ad girin.
problem-name-looks-like-formula = Ad = + - veya @ ile başlayamaz (elektronik tablo formülleri).
problem-email-invalid = Geçerli bir e-posta adresi girin.
problem-email-taken = Bu e-posta adresi zaten kayıtlı.
problem-email-earlier-in-file = Bu e-posta adresi dosyada daha önce geçiyor.
problem-agency-required = Kursiyerler ve amirler bir kuruma bağlı olmalıdır.
problem-no-such-agency = Bu kurum mevcut değil.
problem-cannot-remove-own-admin-role = Kendi yönetici rolünüzü kaldıramazsınız.
problem-cannot-deactivate-self = Kendi hesabınızı devre dışı bırakamazsınız.
problem-country-code-invalid = İki harfli ISO 3166 kodunu kullanın, ör. SY.
problem-country-exists = Bu ülke zaten kayıtlı.
problem-agency-exists = Bu ülkede bu ada sahip bir kurum zaten var.
problem-import-form-out-of-date = Form güncel değil; dosyayı yeniden kontrol edin.
problem-import-still-running = Bu içe aktarma hâlâ sürüyor. Sonucu görmek için içe aktarma sayfasını bir dakika sonra yeniden açın.
problem-import-incomplete = İçe aktarma tamamlanamadı. Dosyayı kontrol edip yeniden deneyin.
problem-upload-incomplete = Yüklenen dosya eksik ulaştı. Yeniden deneyin.
problem-file-not-utf8 = Dosya UTF-8 biçiminde metin değil. Excel'de dosyayı "CSV UTF-8" olarak kaydedin.
problem-file-missing = Bir CSV dosyası seçin ya da içeriğini yapıştırın.
problem-csv-unreadable = Dosya CSV olarak okunamıyor.
problem-email-not-valid = E-posta adresi geçerli değil.
problem-agency-missing = Kursiyerler ve amirler için kurum belirtilmelidir.
problem-agency-needs-country = Kurumun ülkesini belirtin.
problem-due-date-format = Son tarihi YYYY-AA-GG biçiminde girin.
problem-date-invalid = Tarihi YYYY-MM-DD biçiminde girin.
problem-date-range = Tarih aralığı başlangıç gününden önce bitemez ve en fazla { $days } gün olabilir.
problem-due-date-in-past = Son tarih geçmişte kalıyor.
problem-choose-people = En az bir kişi ya da kurumun tamamını seçin.
problem-quiz-form-out-of-date = Form güncel değil; modül sayfasını yeniden açın.
problem-no-attempt-left = Deneme hakkı kalmadı: bu testin deneme sınırına ulaşıldı ya da başka bir deneme zaten sürüyor.
problem-attempt-submitted = Bu deneme zaten gönderildi.
problem-time-up = Süre doldu: yanıtlar artık değiştirilemez.
problem-pretest-first = Dersler ve sınav, ön testi tamamladığınızda açılır.
problem-pretest-not-offered = Bu modülün ön testi şu anda size sunulmuyor.
problem-pretest-required = Eğitmen herkesin derslerden önce bu ön testi yapmasını istiyor.
problem-pretest-needs-questions = Modül bir ön test istiyor ama tüm sorular yalnızca sınav için işaretli: bazılarını iki test için ya da ön test için işaretleyin.
problem-choose-one-to-five = 1 ile 5 arasında bir sayı seçin ya da boş bırakın.
problem-period-invalid = Dönemi iki ay olarak, YYYY-AA biçiminde ve ilki ikincisinden sonra olmayacak şekilde girin.
problem-role-outside-reach = Ülke koordinatörü yalnızca kursiyer, sorumlu ve koordinatör rollerini verebilir.
problem-choose-service-kind = Hizmetin türünü seçin.
problem-city-required = Şehri veya ili yazın.
problem-service-name-required = Hizmetin adını en az bir dilde yazın.
problem-reason-required = Gerekçeyi yazın: denetim kaydında saklanır.
problem-phone-missing = En az bir telefon numarası yazın: görevli arayabilmeli.
problem-phone-not-a-number = “{ $line }” 3 ile 15 haneli bir telefon numarasıyla başlamıyor. Her satıra bir numara, ardından ne için olduğunu yazın.
problem-unknown-spoken-language = “{ $code }” Frontline'ın bildiği bir dil kodu değil (örneğin ar, en, am, tl).
problem-unknown-served = “{ $value }” women, men veya children değil.
problem-no-such-entry = Bu ülkenin rehberinde { $id } numaralı kayıt yok; yeni kayıt eklemek için kimliği boş bırakın.
problem-verified-on-format = Son doğrulama tarihini YYYY-AA-GG biçiminde yazın veya boş bırakın.
problem-entry-exists = Rehberde bu hizmet zaten var (aynı şehir, tür ve ad): bunun yerine o kaydı değiştirin.
problem-same-as-line = { $line }. satırdakiyle aynı hizmet (şehir, tür ve ad).
problem-estimated-minutes-range = Tahmini süre 1 ile 600 dakika arasında olmalıdır.
problem-pass-mark-range = Geçme notu %1 ile %100 arasında olmalıdır.
problem-max-attempts-range = 1 ile 100 arasında deneme hakkı tanıyın ya da sınırsız için boş bırakın.
problem-time-limit-range = Süre sınırı 1 ile 600 dakika arasında olmalı ya da boş bırakılmalıdır.
problem-retake-wait-range = Denemeler arası bekleme süresi 1 ile 10.080 dakika (bir hafta) arasında olmalı ya da boş bırakılmalıdır.
problem-draw-at-least-one = Deneme başına en az bir soru belirleyin ya da tüm sorular için boş bırakın.
problem-lesson-title-required = Her dersin bir başlığı olmalıdır.
problem-give-lesson-title = Derse bir başlık verin.
problem-lesson-required = En az bir ders ekleyin.
problem-lesson-empty = Bir ders boş olamaz.
problem-question-required = En az bir soru ekleyin.
problem-prompt-required = Soruyu yazın.
problem-points-range = Puan 1 ile 100 arasında olmalıdır.
problem-option-text-required = Her seçeneğin bir metni olmalıdır.
problem-single-needs-two-options = Tek seçimli bir soruda en az iki seçenek olmalıdır.
problem-single-needs-one-correct = Tek seçimli bir soruda tam olarak bir doğru seçenek bulunur.
problem-multiple-needs-two-options = Çok seçimli bir soruda en az iki seçenek olmalıdır.
problem-mark-one-correct = En az bir seçeneği doğru olarak işaretleyin.
problem-true-false-shape = Doğru/yanlış sorusunda, biri doğru olmak üzere iki seçenek bulunur.
problem-ordering-places = Her öğeye doğru sıralamadaki yerini verin: 1, 2, 3… her biri bir kez.
problem-matching-pairs = Her öğeye farklı bir eş (eşleştiği yanıt) verin.
problem-version-frozen = Bu sürüm yayımlandı ve donduruldu. Yeni bir taslak oluşturmak için modülde “Düzenle” düğmesini seçin.
problem-draft-started-elsewhere = Başka biri az önce bir taslak başlattı; modülü yeniden açın.
problem-only-published-archived = Yalnızca yayımlanmış bir modül arşivlenebilir.
problem-slug-invalid = 3–80 karakter uzunluğunda küçük harf, rakam ve tire kullanın.
problem-translation-does-not-fit = Bir çeviride, modülün her dersi, sorusu ve seçeneği için aynı sırayla birer metin bulunur.
problem-translation-exists = Bu sürümün bu dile çevirisi zaten var.
problem-nothing-to-translate = Çeviriye başlamadan önce ders veya soru ekleyin.

# Problems with values in them.
# A text over its limit of characters (also a password).
problem-too-long = En fazla { $max } karakter kullanın.
problem-password-too-short = En az { $min } karakter kullanın.
problem-import-rows-have-problems = { $rows } satırda sorun var. Bunları düzeltin ya da yalnızca geçerli satırları içe aktarın.
problem-file-too-large = Dosya boyutu { $max_mb } MB sınırını aşıyor.
# $expected and $missing are lists of column names, which stay in English.
problem-csv-columns-missing = İlk satırda şu sütun adları bulunmalıdır: { $expected }; eksik olanlar: { $missing }.
problem-csv-too-many-rows = Bir dosyada en fazla { $max } kişi olabilir; dosyayı birkaç dosyaya bölün.
problem-csv-line-unreadable = Satır { $line } okunamıyor.
# The roles trainee, supervisor, trainer and admin stay in English: the file must use them.
problem-unknown-role = Bilinmeyen rol: "{ $role }". trainee, supervisor, trainer veya admin kullanın.
# $column is the column's name in the file, in English.
problem-cell-looks-like-formula = { $column } sütunundaki değer = + - veya @ ile başlayamaz.
problem-unknown-country = Bilinmeyen ülke: "{ $code }".
problem-no-agency-in-country = { $country } ülkesinde "{ $agency }" adlı bir kurum yok.
problem-retake-wait = Bir sonraki denemeye { $minutes } dk sonra başlayabilirsiniz.
problem-title-required = Modüle bir başlık verin (en fazla { $max } karakter).
problem-summary-too-long = Özet en fazla { $max } karakter olmalıdır.
problem-draws-more-than-exist = Her denemede { $draws } soru seçiliyor, ancak yalnızca { $questions } soru var.
problem-lesson-too-long = Bir ders en fazla { $max } karakter olmalıdır; dersi bölün.
# $problems are the problems found, one sentence after the other.
problem-not-publishable = Yayımlanmaya hazır değil: { $problems }
# $detail is the reader's own explanation, in English.
problem-not-a-module = Belge bir modül değil ({ $detail }).
problem-format-expected = Beklenen biçim: "{ $format }".
# "slug" is the name of the field in the module file: keep it.
problem-slug-taken = slug: "{ $slug }" adlı bir modül zaten var; bir kopyasını içe aktarmak için slug değerini değiştirin.
# One problem of an imported document after where it is ($field is a path such as
# questions[2].options, in English).
problem-at-field = { $field }: { $problem }

# Notices: what a form achieved, at the top of the page that follows it.
notice-details-saved = Bilgileriniz kaydedildi.
notice-password-changed = Parolanız değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.
notice-country-added = Ülke eklendi.
notice-agency-added = Kurum eklendi.
notice-account-created = Hesap oluşturuldu.
notice-changes-saved = Değişiklikler kaydedildi.
notice-account-reactivated = Hesap yeniden etkinleştirildi.
notice-account-deactivated = Hesap devre dışı bırakıldı; açık oturumları sonlandırıldı.
notice-password-reset = Parola sıfırlandı; kişinin açık oturumları sonlandırıldı.
notice-module-created = Modül oluşturuldu. Ders ve soru ekleyin, ardından yayımlayın.
notice-settings-saved = Ayarlar kaydedildi.
notice-lesson-saved = Ders kaydedildi. Aşağıdaki önizleme, dersi kursiyerlerin göreceği biçimde gösterir.
notice-question-saved = Soru kaydedildi.
notice-published = Yayımlandı. Kursiyerler artık bu sürümü alıyor.
notice-draft-started = Yayımlanmış sürümden kopyalanan yeni bir taslak. Siz bu taslağı yayımlayana kadar kursiyerler yayımlanmış sürümü kullanmaya devam eder.
notice-archived = Arşivlendi: yeni kursiyerler artık bu modülü görmez.
notice-module-imported = Modül taslak olarak içe aktarıldı.
notice-translation-started = Çeviri başlatıldı: siz değiştirene kadar her metin kaynaktaki metin olarak kalır.
notice-translation-saved = Çeviri kaydedildi.
notice-translation-published = Çeviri yayımlandı: bu dili kullanan kursiyerler artık çeviriyi görür.
notice-answers-saved = Yanıtlarınız kaydedildi.
notice-already-submitted = Bu deneme, belki başka bir cihazdan, zaten gönderilmişti: sonucu aşağıda. Şimdi gönderilen yanıtlar sayılmadı.
notice-assigned-to-agency = Kurumun tamamına atandı.
notice-pretest-skipped = Ön test atlandı: dersler açık.
notice-survey-thanks = Teşekkürler: yanıtlarınız adınız olmadan saklandı.
notice-followup-thanks = Teşekkürler: yanıtınız adınız olmadan sayıldı.
notice-entry-added = Kayıt rehbere eklendi, bugün doğrulandı olarak işaretlendi.
notice-entry-saved = Kayıt kaydedildi ve bugün doğrulandı olarak işaretlendi.
notice-entry-verified = Bugün doğrulandı olarak işaretlendi.
notice-entry-removed = Kayıt rehberden kaldırıldı; geçmişi denetim kaydında kalır.
notice-entries-imported = İçe aktarıldı: { $added } eklendi, { $changed } değiştirildi.
notice-certificate-revoked = Sertifika iptal edildi.
notice-statements-requeued = { $count } ifade bir sonraki aktarımda yeniden gönderilecek.
notice-accounts-created = { $count } hesap oluşturuldu.
notice-assigned-to-people = { $count } kişiye atandı.

## labels: names of shared codes (agency kinds, report cells and orders, roles, audit actions, months).

# Kinds of agency.
agency-kind-law-enforcement = Kolluk
agency-kind-border-immigration = Sınır ve göç
agency-kind-health = Sağlık
agency-kind-social-work = Sosyal hizmet
agency-kind-civil-society = Sivil toplum
agency-kind-international-org = Uluslararası kuruluş
agency-kind-other = Diğer
service-kind-police-unit = İnsan ticaretiyle mücadele polis birimi
service-kind-shelter = Sığınma evi
service-kind-hotline = Yardım hattı
service-kind-health = Sağlık hizmeti
service-kind-psychosocial = Psikososyal destek
service-kind-legal-aid = Hukuki yardım
service-kind-child-protection = Çocuk koruma
service-kind-un-agency = BM kuruluşu
service-kind-ngo = Sivil toplum kuruluşu
served-women = Kadınlar
served-men = Erkekler
served-children = Çocuklar
spoken-ar = Arapça
spoken-en = İngilizce
spoken-fr = Fransızca
spoken-tr = Türkçe
spoken-ku = Kürtçe
spoken-fa = Farsça
spoken-ur = Urduca
spoken-am = Amharca
spoken-ti = Tigrinyaca
spoken-so = Somalice
spoken-bn = Bengalce
spoken-tl = Filipince
spoken-si = Seylanca
spoken-ne = Nepalce

# A module's status for a person, in the agency's matrix (also quoted in
# supervision-with-module-status).
cell-status-not-started = başlanmadı
cell-status-in-progress = devam ediyor
cell-status-passed = başarılı
cell-status-failed = başarısız
cell-status-overdue = gecikmiş

# How the agency's matrix is sorted (after "Sıralama:").
matrix-sort-name = ad
matrix-sort-overdue = en çok geciken
matrix-sort-least-done = en az ilerleyen
matrix-sort-lowest-score = en düşük puan

# Roles. The CSV files keep the English codes (trainee, supervisor, trainer, admin).
role-trainee = kursiyer
role-supervisor = amir
role-trainer = eğitmen
role-admin = yönetici
role-coordinator = ülke koordinatörü

# Audit log actions, as the log's Action column shows them.
audit-action-sign-in = giriş
audit-action-sign-in-failed = başarısız giriş denemesi
audit-action-sign-out = çıkış
audit-action-password-changed = parola değişikliği
audit-action-password-change-failed = başarısız parola değişikliği
audit-action-password-reset = parola sıfırlama
audit-action-user-created = hesap oluşturma
audit-action-role-changed = rol değişikliği
audit-action-agency-changed = kurum değişikliği
audit-action-deactivated = hesabı devre dışı bırakma
audit-action-reactivated = hesabı yeniden etkinleştirme
audit-action-users-imported = kişileri içe aktarma
audit-action-country-created = ülke ekleme
audit-action-agency-created = kurum ekleme
audit-action-renamed = yeniden adlandırma
audit-action-referral-added = yönlendirme kaydı eklendi
audit-action-referral-changed = yönlendirme kaydı değiştirildi
audit-action-referral-verified = yönlendirme kaydı doğrulandı
audit-action-referral-removed = yönlendirme kaydı kaldırıldı
audit-action-certificate-revoked = sertifika iptal edildi

# A date: $day and $year are numbers, $month is 1 to 12 ("2 Aralık 2026").
date =
    { $day } { $month ->
         [1] Ocak
         [2] Şubat
         [3] Mart
         [4] Nisan
         [5] Mayıs
         [6] Haziran
         [7] Temmuz
         [8] Ağustos
         [9] Eylül
         [10] Ekim
         [11] Kasım
        *[12] Aralık
    } { $year }

# A moment: $date is a date written as above, $time is hours and minutes (14:05), in UTC.
timestamp = { $date }, saat { $time } (UTC)

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
evaluation-nav-evaluation = Bilgi kazanımı
evaluation-pretest = Derslerden önce ön test
evaluation-pretest-none = Ön test yok
evaluation-pretest-optional = İsteğe bağlı (kursiyerler atlayabilir)
evaluation-pretest-required = Derslerden önce zorunlu
evaluation-test-form = Sorulduğu test
evaluation-test-form-both = Hem ön testte hem sınavda
evaluation-test-form-pretest = Yalnızca ön testte (paralel form)
evaluation-test-form-quiz = Yalnızca sınavda (paralel form)
evaluation-pretest-title = Ön test
evaluation-pretest-intro = Bu ön test, derslerden önce ne bildiğinizi gösterir. Tamamlamaya sayılmaz ve sonrasında hiçbir yanıt gösterilmez.
evaluation-pretest-why = Derslerden önce: zaten bildiklerinizi ölçen kısa bir test. Tamamlamaya sayılmaz ve yanıtları göstermez; böylece sondaki sınav ne öğrendiğinizi gösterebilir.
evaluation-pretest-no-key = Yanıtlar gösterilmez; böylece sondaki sınav derslerin öğrettiklerini ölçer.
evaluation-start-pretest = Ön teste başla
evaluation-continue-pretest = Ön teste devam et
evaluation-skip-pretest = Ön testi atla
evaluation-lessons-after-pretest = Dersler ve sınav ön testten sonra açılır.
evaluation-survey-title = Bu modül hakkında görüşünüz
evaluation-survey-intro = Üç kısa soru ve bir serbest yanıt; hepsi isteğe bağlı. Yanıtlarınız adınız olmadan saklanır.
evaluation-survey-relevance = Bu modül işinizle ne kadar ilgiliydi?
evaluation-survey-confidence-before = Modülden önce insan ticaretinin göstergelerini tanıma konusunda kendinize ne kadar güveniyordunuz?
evaluation-survey-confidence-after = Peki şimdi, modülden sonra?
evaluation-survey-missing = Eksik olan neydi ya da neyi değiştirirdiniz? (isteğe bağlı)
evaluation-scale-not-at-all = hiç
evaluation-scale-very-much = çok
evaluation-send-survey = Yanıtları gönder
evaluation-followup-title = Üç ay sonra
evaluation-followup-no-case = Hiçbir kişi veya vaka hakkında bir şey yazmayın: yalnızca bu sayı sorulur ve adınız olmadan saklanır.
evaluation-followup-question = Eğitimden bu yana, insan ticareti mağduru olabileceğinden şüphelendiğiniz birini yönlendirdiniz mi?
evaluation-referred-never = Hiç
evaluation-referred-once = Bir kez
evaluation-referred-several = Birkaç kez
evaluation-followup-directory = Yönlendirme rehberi yardımcı oldu mu?
evaluation-yes = Evet
evaluation-no = Hayır
evaluation-send-followup = Gönder
evaluation-decline-followup = Bir daha sorma
evaluation-report-title = Bilgi kazanımı
evaluation-report-intro = Aynı görevlilerin derslerden önceki (ön test) ve sınavdaki ilk denemelerindeki (son test) puanları, kişi kişi eşleştirilmiş olarak. Yalnızca bir testi olanlar ayrı sayılır; devre dışı hesaplar hariç tutulur.
evaluation-all-modules = Tüm modüller
evaluation-module-label = Modül
evaluation-show = Göster
evaluation-download-csv = CSV indir
evaluation-by-country = Ülkelere göre bilgi kazanımı
evaluation-by-kind = Kurum türüne göre bilgi kazanımı
evaluation-by-agency = Kuruma göre bilgi kazanımı
evaluation-by-cohort = Döneme göre bilgi kazanımı (eğitimin başladığı ay)
evaluation-gain-by-module = Modüle göre bilgi kazanımı
evaluation-whole = Tümü
evaluation-col-group = Grup
evaluation-col-paired = İki testi de yapan
evaluation-col-pre = Ön test ortalaması
evaluation-col-post = Son test ortalaması
evaluation-col-gain = Ortalama kazanım, puan (%95 GA)
evaluation-col-normalised = Normalleştirilmiş kazanım (%95 GA)
evaluation-col-improved = Gelişen
evaluation-col-pre-only = Yalnız ön test
evaluation-col-post-only = Yalnız son test
evaluation-pre-series = Ön test
evaluation-post-series = Son test
evaluation-chart-title = Eğitimden önce ve sonra ortalama puan
evaluation-survey-summary-title = Tepki anketi
evaluation-col-responses = Anket yanıtları
evaluation-col-relevance = İşle ilgisi (1–5)
evaluation-col-confidence = Göstergeleri tanıma güveni (1–5), önce → sonra
evaluation-free-text-title = Eksik olanlar (isimsiz)
evaluation-no-free-text = Henüz serbest yanıt yok.
evaluation-followup-summary-title = Eğitimden üç ay sonra izleme
evaluation-followup-summary-intro = “Eğitimden bu yana mağdur olabileceğinden şüphelendiğiniz birini yönlendirdiniz mi?” sorusunun yanıtları, isimsiz sayılır. Hiçbir mağdur veya vaka hakkında bilgi sorulmaz ya da saklanmaz.
evaluation-followup-withheld = Burada izleme sorusunu beşten az görevli yanıtladı: yanıtları ülke rakamlarında sayılır ama burada gösterilmez, böylece kimsenin yanıtı anlaşılamaz.
evaluation-col-referred-never = Hiç yönlendirmemiş
evaluation-col-referred-once = Bir kez yönlendirmiş
evaluation-col-referred-several = Birkaç kez yönlendirmiş
evaluation-col-referred-share = Yönlendirmiş olanlar
evaluation-col-helped = Rehber yardımcı oldu (evet / hayır)
evaluation-no-data = Burada henüz iki testi de yapan görevli yok.
evaluation-programme-link = Program özeti
evaluation-programme-intro = Bağışçı raporu için: bu sayfayı yazdırın ya da tarayıcının yazdırma menüsünden PDF olarak kaydedin.
evaluation-period-from = Başlangıç (YYYY-AA)
evaluation-period-to = Bitiş (YYYY-AA)
evaluation-fig-learners = Kayıtlı görevliler (etkin)
evaluation-fig-completions = Dönemde tamamlanan modüller
evaluation-fig-confidence-change = Güven değişimi (1–5 ölçeği)
evaluation-fig-referred = O zamandan beri birini yönlendirmiş (yanıt)
evaluation-section-title = Bilgi kazanımı ve geri bildirim
evaluation-open-evaluation = Bilgi kazanımı raporunu aç
evaluation-pretest-recorded = Ön test kaydedildi: { $percent } aldınız. Dersler artık açık.
evaluation-your-pretest-score = Ön test puanınız: { $percent }. Sondaki sınav ne kadar ilerlediğinizi gösterir.
evaluation-headline = { $paired } görevli iki testi de yaptı: puanlar { $pre } düzeyinden { $post } düzeyine çıktı (normalleştirilmiş kazanım { $gain }, ± { $ci }).
evaluation-headline-referred = Üç ay sonra sorulanların { $percent } kadarı o zamandan beri birini yönlendirdi ({ $answers } yanıt).
evaluation-country-title = { $country } için bilgi kazanımı
evaluation-programme-title = Program özeti: { $country }, { $from } – { $to }

## referrals: the referral directory, for officers (/referrals) and its coordinators (/directory). Ids start with referral-.
referral-nav = Yönlendirme
referral-nav-directory = Rehber
referral-title = Yönlendirme hizmetleri
referral-lead = İnsan ticareti mağduru olduğundan şüphelenilen kişilerin yönlendirilebileceği hizmetler. Acil tehlike varsa önce polisin acil durum numarasını arayın.
referral-country = Ülke
referral-city = Şehir
referral-any-city = Tüm şehirler
referral-kind = Hizmet türü
referral-any-kind = Tüm türler
referral-serves = Hizmet verdiği kişiler
referral-anyone = Herkes
referral-language = Konuşulan diller
referral-any-language = Tüm diller
referral-search = Aranacak kelimeler
referral-find = Bul
referral-found = { $count } / { $total } hizmet
referral-none-found = Eşleşen hizmet yok. Daha az filtre deneyin.
referral-empty-country = Bu ülkenin rehberinde henüz kayıt yok.
referral-demo-badge = Tanıtım amaçlı örnek kayıt: gerçek bir hizmet değildir, numara da gerçek değildir.
referral-hours = Çalışma saatleri
referral-address = Adres
referral-who = Diğer hizmet verilenler
referral-how-to-refer = Nasıl yönlendirilir
referral-consent-needed = Kişinin bilgilendirilmiş onayı gerekir.
referral-email = E-posta
referral-verified = Son doğrulama: { $date }, { $name } tarafından.
referral-verified-on = Son doğrulama: { $date }.
referral-never-verified = Hiç doğrulanmadı.
referral-stale = Altı aydan uzun süredir doğrulanmadı: ararken numarayı teyit edin.
referral-sheet-link = Yazdırılabilir iletişim listesi: { $city }
referral-sheet-title = Yönlendirme için iletişim bilgileri: { $city }, { $country }
referral-sheet-printed = Yazdırma tarihi: { $date }. Numaralar değişebilir: güncel liste /referrals adresindedir.
referral-print = Yazdır
referral-sheets = Yazdırılabilir iletişim listeleri
referral-shortcut-heading = Yönlendirme hizmetleri: { $country }
referral-shortcut-heading-kind = { $kind }: { $country }
referral-shortcut-all = Tüm yönlendirme hizmetleri: { $country }
referral-shortcut-none = Ülkeniz için bu türde kayıtlı bir hizmet henüz yok.
referral-shortcut-your-country = Ülkenizdeki yönlendirme hizmetleri
referral-directory-title = Yönlendirme rehberi: { $country }
referral-choose-country = Rehberini tuttuğunuz ülkeyi seçin.
referral-add = Kayıt ekle
referral-import = Elektronik tablodan içe aktar
referral-export = CSV olarak indir
referral-stale-count = { $count ->
        [one] Bir kayıt altı aydır doğrulanmadı: hizmeti arayıp kaydı teyit edin ya da düzeltin.
       *[other] { $count } kayıt altı aydır doğrulanmadı: hizmetleri arayıp kayıtları teyit edin ya da düzeltin.
    }
referral-all-current = Tüm kayıtlar son altı ay içinde doğrulandı.
referral-edit = Düzenle
referral-verify = Hâlâ doğru: bugün doğrulandı olarak işaretle
referral-remove = Rehberden kaldır
referral-remove-hint = Kaldırma işlemi geri alınamaz; kaydın geçmişi denetim kaydında kalır.
referral-save = Kaydet
referral-save-hint = Kaydettiğinizde kayıt, bugün sizin tarafınızdan doğrulandı olarak işaretlenir.
referral-new-title = Yeni kayıt: { $country }
referral-edit-title = Kaydı düzenle: { $country }
referral-phones = Telefon numaraları
referral-phones-hint = Her satıra bir numara, ardından ne için olduğu: +962 6 000 0000 24 saat açık hat
referral-languages = Konuşulan diller
referral-consent = Yönlendirme için kişinin bilgilendirilmiş onayı gerekir
referral-texts-in = Ad ve ayrıntılar: { $language }
referral-texts-hint = Elinizdeki dilleri doldurun. Görevliler, varsa kendi dillerindeki metni, yoksa başka bir dildekini okur.
referral-name = Ad
referral-nationalities = Diğer hizmet verilenler: uyruklar, yaşlar, durumlar
referral-history = Geçmiş
referral-import-title = Rehber kayıtlarını içe aktar: { $country }
referral-import-rules = Gerekli olanlar: city, kind, phones ve en az bir dilde ad (name_en, name_ar, name_fr veya name_tr). id içeren bir satır o kaydı değiştirir; id içermeyen bir satır yeni bir kayıt ekler ya da aynı şehir, tür ve ada sahip kaydı değiştirir. Bir hücredeki birden fazla telefon numarası noktalı virgülle ayrılır.
referral-import-rows = { $count ->
        [one] { $count } satırı içe aktar
       *[other] { $count } satırı içe aktar
    }
referral-import-only-valid = { $count ->
        [one] Yalnızca sorunsuz { $count } satırı içe aktar
       *[other] Yalnızca sorunsuz { $count } satırı içe aktar
    }
referral-coordinator-lead = { $country } için ülke koordinatörüsünüz: kurumları, görevlileri, raporları ve yönlendirme rehberini siz yönetirsiniz.
referral-agencies = Kurumlar ve kişiler
referral-country-report = Ülke raporu
referral-verified-column = Son doğrulama
referral-entries = { $count ->
        [one] { $count } kayıt
       *[other] { $count } kayıt
    }

## records: Open Badges credentials, checking them, and the xAPI learning records. Ids start with records-.
records-download-credential = Dijital belgeyi indir (Open Badges 3.0)
records-credential-hint = Bu Frontline kurulumu tarafından imzalanmış bir dosyadır: diğer platformlar, işverenler ve dijital cüzdanlar, Frontline'a erişemeseler bile dosyayı standart araçlarla doğrulayabilir.
# On the certificate and check pages; $date is a date.
records-revoked = Bu sertifika { $date } tarihinde iptal edildi. Artık eğitimin kanıtı olarak geçerli değildir.
records-revoke-heading = Bu sertifikayı iptal et
records-revoke-explain = Örneğin hileyle elde edilmiş bir sertifika için. Bundan sonra sertifikanın sayfası, kodu ve dijital belgesi iptal edildiğini gösterir; belirttiğiniz gerekçe denetim kaydında saklanır.
records-reason = Gerekçe
records-revoke = Sertifikayı iptal et
records-check-credential = Dijital belge doğrulama
records-check-explain = Bir Frontline dijital belgesini (.jwt dosyasının metnini) yapıştırın ya da dosyayı seçin. Frontline imzayı yayımladığı anahtarlarla doğrular ve belgenin kaydında bugün ne yazdığını bildirir.
records-paste = Belge metni
records-file = Ya da belge dosyası
records-check = Belgeyi doğrula
# $key is a key's id, a code of 43 letters and digits.
records-genuine = Gerçek: bu kurulum tarafından { $key } anahtarıyla imzalanmış.
records-unreadable = Bu bir dijital belge değil. Dosya metninin tamamını yapıştırın: noktalarla ayrılmış üç bölüm.
records-not-signed = Gerçek değil: bu kurulumun hiçbir anahtarı belgeyi şu anki hâliyle imzalamamış. Belge imzalandıktan sonra değiştirilmiş ya da başka biri tarafından imzalanmış.
records-unknown = Bu kurulum tarafından imzalanmış, ancak artık bu koda sahip bir sertifika bulunmuyor.
records-check-a-file = Dijital belge dosyası elinizde mi? Buradan doğrulayın.
records-title = Öğrenme kayıtları (xAPI)
records-explain = Başlatılan her test, yanıtlanan her soru, her sonuç ve her tamamlama, xAPI 1.0.3 ifadeleri olarak: bunları bir tarih aralığı için indirin ya da Frontline'ın bunları bir ortak kurumun Öğrenme Kayıt Deposuna göndermesini sağlayın. Aynı olay her zaman aynı ifade kimliğini taşır; bu nedenle iki kez gönderilse de yalnızca bir kez saklanır.
records-export = İfadeleri indir
records-from = Başlangıç
records-to = Bitiş (dahil)
records-download = JSON indir
records-lrs = Öğrenme Kayıt Deposu (LRS)
records-lrs-none = Yapılandırılmış bir LRS yok (FRONTLINE_LRS_URL): ifadeler yalnızca indirilebilir.
# $endpoint is a web address.
records-lrs-at = İfadeler { $endpoint } adresine gönderilir.
records-counts = { $sent } gönderildi, { $pending } bekliyor, { $refused } reddedildi.
# $days is a number of days.
records-kept = Gönderilen ifadeler burada { $days } gün tutulur, sonra silinir: LRS onları saklar ve “İfadeleri indir” herhangi bir günü kayıtlardan yeniden oluşturur.
# $date is a date and time.
records-oldest = Bekleyen en eski ifadenin tarihi: { $date }.
# $error is what the LRS or the network said, often in English.
records-last-error = Son gönderme denemesi: { $error }
records-refused = LRS tarafından reddedilen ifadeler
records-refused-none = LRS hiçbir ifadeyi reddetmedi.
records-requeue = Reddedilen ifadeleri yeniden gönder
records-statement = İfade
records-error = LRS yanıtı
records-verb = Fiil
records-when = Zaman
records-hint = Ortakların öğrenme kaydı depoları için xAPI ifadeleri ve reddedilenler.
