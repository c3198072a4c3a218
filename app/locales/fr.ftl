### Textes de l'interface de Frontline en français (the French catalogue). The reference is
### en.ftl: same ids, same variables; translator comments stay in English.
### - Counted nouns use the CLDR categories of French: one (0 and 1: « 0 leçon », « 1 leçon ») and
###   other. CLDR 38+ adds many for millions (« 1 000 000 de »), but the plural rules Fluent uses
###   here (CLDR 37) never select it, so no message has a [many] variant.
### - Vouvoiement. Typography: a no-break space (U+00A0) before : ; ? ! and inside « »; a narrow
###   no-break space (U+202F) before % and between thousands. Percentages arrive formatted
###   ("87,5 %") from Frontline; decimals are written with a comma.
### - Terms: trainee = stagiaire, learner = apprenant, supervisor = superviseur, trainer =
###   formateur, agency = organisme, pass mark = seuil de réussite, attempt = tentative,
###   refer = orienter, trafficking in persons = traite des personnes.

## learner: the officer-facing pages (home, sign-in, account, learning, quizzes, certificates).

# The product's name.
app-name = Frontline
# Under the product's name in the header.
tagline = Repérer, protéger, orienter
skip-to-content = Aller au contenu
nav-home = Accueil
footer-note = Formation destinée aux agents de première ligne qui rencontrent des réfugiés et des personnes déplacées.
home-title = Repérer, protéger et orienter les victimes de la traite des personnes
home-intro = Des leçons courtes et des quiz d’auto-évaluation pour les policiers, les agents des frontières et de l’immigration, les professionnels de la santé et du travail social, et le personnel des ONG en Égypte, en Iraq, en Jordanie, au Liban et en Turquie.
home-audience = Étudiez sur votre téléphone, à votre rythme. Votre superviseur suit votre progression ; votre certificat peut être vérifié par tous.
home-offline = Frontline fonctionne avec une connexion lente et sans JavaScript. Si le réseau est coupé, vérifiez-le ici avant de continuer.
check-connection = Vérifier la connexion
checking = Vérification…
connection-ok = Connecté à Frontline
connection-db-down = Frontline est joignable, mais sa base de données ne répond pas
connection-failed = Frontline est injoignable pour le moment
not-found-title = Page introuvable
not-found-body = Cette page n’existe pas, ou vous n’êtes pas autorisé à la consulter.
server-error-title = Une erreur s’est produite
back-home = Retour à la page d’accueil
sign-in-title = Connexion
# Followed by the person's name.
signed-in-as = Session ouverte au nom de
signed-out = Votre session est fermée.
sign-in-failed = L’adresse électronique ou le mot de passe est incorrect, ou il y a eu trop de tentatives. Vérifiez-les, ou patientez un moment avant de réessayer.
sign-in-busy = Le serveur traite de nombreuses connexions et n’a pas pu vérifier votre mot de passe. Veuillez réessayer dans un instant.
email = Adresse électronique
password = Mot de passe
sign-in = Se connecter
sign-out = Se déconnecter
demo-sign-ins = Comptes de démonstration
demo-sign-ins-hint = Ceci est une démonstration. Connectez-vous avec l’un de ces comptes pour voir Frontline comme le verrait cette personne.
role = Rôle
my-account = Mon compte
my-details = Mes informations
display-name = Nom
language = Langue
save = Enregistrer
change-password = Changer le mot de passe
current-password = Mot de passe actuel
new-password = Nouveau mot de passe
password-rules = Au moins 8 caractères ; une longue phrase est idéale. Les mots de passe trop courants sont refusés.
confirm-password = Confirmer le nouveau mot de passe
nav-my-agency = Mon organisme
nav-my-learning = Ma formation
nav-modules = Modules
nav-admin = Administration
main-menu = Menu principal
# Followed by the person's name.
welcome = Bienvenue,
home-trainee-lead = Vos modules de formation s’afficheront ici, avec ce que vous avez terminé et ce qui reste à faire.
home-supervisor-lead = Suivez les membres de votre organisme et les formations qui leur sont attribuées.
home-trainer-lead = Les modules que vous rédigez s’afficheront ici, avec les résultats des stagiaires.
home-admin-lead = Gérez les pays, les organismes et les personnes, et consultez le journal d’audit.
admin-people = Personnes
# The home page's link to the admin's countries page.
admin-countries-and-agencies = Pays et organismes
admin-import = Importer des personnes depuis un fichier CSV
reports = Taux d’achèvement par pays
admin-audit = Journal d’audit
loading = Chargement…
assigned-to-you = Module qui vous est attribué
status-completed = terminé
status-passed = réussi
status-not-started = non commencé
status-in-progress = en cours
certificate = Certificat
start = Commencer
continue = Continuer
no-modules-yet = Aucun module n’est encore publié.
# Followed by a link to the certificate; ends with a space.
module-completed = Terminé.{" "}
your-certificate = Votre certificat
lessons = Leçons
# The accessible name of the list of a module's lessons, in lower case.
lessons-nav = leçons
# After a lesson's title in the module's list: starts with a space.
lesson-read = {" "}✓ lue
quiz = Quiz
continue-quiz = Reprendre le quiz
start-quiz = Commencer le quiz
try-again = Réessayer
attempt-header = Tentative
score-header = Score
result-header = Résultat
attempt-passed = réussie
attempt-not-passed = non réussie
# After an attempt's result: starts with a space.
attempt-late = {" "}(hors délai)
submitted-late = Remise après le temps imparti : seules les réponses enregistrées à temps ont été notées.
back-to-module = Retour au module
# Followed by the time left, as 12:34.
time-left = Temps restant :{" "}
save-answers = Enregistrer les réponses
submit = Envoyer
review-and-submit = Envoyer…
answered-count = { $answered } sur { $total } avec réponse
questions-nav = Questions
not-answered = sans réponse
first-unanswered = Aller à la première question sans réponse
all-answered = Toutes les questions ont une réponse.
review-title = Envoyer la tentative { $number } ?
review-summary = Vous avez répondu à { $answered } questions sur { $total }.
review-unanswered = Sans réponse pour l’instant :
review-final = Une fois envoyées, vos réponses ne peuvent plus être modifiées.
submit-now = Envoyer maintenant
back-to-questions = Revenir aux questions
previous-question = ← Question précédente
next-question = Question suivante →
question-of = Question { $number } sur { $total }
menu = Menu
connection-page-ok = Connecté à Frontline : le serveur et sa base de données ont répondu.
done-next-lesson = Terminé — leçon suivante
done-back-to-module = Terminé — retour au module
previous-lesson = ← Précédente
next-lesson = Suivante →
certificate-title = Certificat de réussite
# On the certificate: "This certifies that" <name> (<agency>) "has completed the module" <title>.
certifies-that = Le présent certificat atteste que
# See certifies-that.
has-completed-module = a suivi avec succès le module
# Followed by the certificate's code.
verification-code = Code de vérification :{" "}
print-hint = Pour conserver un PDF, utilisez la fonction Imprimer de votre navigateur et choisissez « Enregistrer au format PDF ».
certificate-check = Vérification d’un certificat
# Before a scenario shared by several questions.
scenario = Mise en situation :{" "}
ordering-hint = Donnez à chaque étape sa place : 1 est la première.
# After the right option of a true/false or single question: starts with a space.
right-choice = {" "}— c’est la bonne réponse
not-saved-retrying = Pas encore enregistré — pas de connexion. Nouvel essai…
# After an option in the result: starts with a space.
you-chose-this = {" "}— votre choix
# After an option in the result: starts with a space.
a-right-answer = {" "}— une bonne réponse
# After an option in the result: starts with a space.
not-a-right-answer = {" "}— pas une bonne réponse
# After an option in the result: starts with a space.
right-answer-not-chosen = {" "}— une bonne réponse que vous n’avez pas choisie
# After a question in the result: starts with a space.
outcome-right = {" "}— réponse juste
# After a question in the result: starts with a space.
outcome-partly-right = {" "}— réponse partiellement juste
# After a question in the result: starts with a space.
outcome-wrong = {" "}— réponse fausse
key-after-pass = Les bonnes réponses et les explications s’affichent une fois le quiz réussi ou votre dernière tentative utilisée.
key-not-shown = Ce quiz n’affiche pas ses bonnes réponses.
form-unreadable = Le formulaire n’a pas pu être lu ; veuillez réessayer.
form-too-large = Votre envoi est trop volumineux pour être reçu. Raccourcissez-le, ou choisissez un fichier plus petit, puis réessayez.
choose-own-password = Choisissez votre propre mot de passe avant de continuer : celui qui vous a été remis ne sert qu’à votre première connexion.

# A link back to a page, by its title: the arrow points the way your script reads back.
back-link = ← { $title }
# A module assigned with a due date that has not passed.
assigned-due-on = Module qui vous est attribué — échéance le { $date }
# A module assigned with a due date that has passed.
assigned-overdue-since = Module qui vous est attribué — en retard depuis le { $date }
# The facts line of a module card; $status is already translated ("in progress").
module-meta =
    { $minutes } min · { $lessons ->
        [one] { $lessons } leçon
       *[other] { $lessons } leçons
    } · { $status }
# Added after module-meta once the trainee has a score; $percent has its sign ("87.5 %").
module-meta-best-score = {" "}· meilleur score { $percent }
# The accessible name of a progress bar; $percent has its sign ("40 %").
percent-done = Avancement : { $percent }
# What a module's quiz asks, followed by quiz-facts-time-limit (when there is one) and one of
# the two quiz-facts-attempts messages. $pass_mark has its sign ("80 %").
quiz-facts =
    { $questions ->
        [one] { $questions } question
       *[other] { $questions } questions
    } · seuil de réussite { $pass_mark }
quiz-facts-time-limit =
    {" "}· { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
quiz-facts-attempts-unlimited = {" "}· tentatives : illimitées
quiz-facts-attempts-used = {" "}· tentatives utilisées : { $used } sur { $max }
# Lessons still unread before a module can be complete.
still-to-read =
    Encore à lire avant que le module soit terminé : { $unread ->
        [one] { $unread } leçon
       *[other] { $unread } leçons
    }.
# Why no new attempt can start.
all-attempts-used =
    Vous avez utilisé { $max ->
        [one] l’unique tentative
       *[other] les { $max } tentatives
    } de ce quiz.
quiz-attempt-title = Quiz — tentative { $number }
attempt-result-title = Tentative { $number } — résultat
lesson-of = Leçon { $number } sur { $total }
# A question's worth, after its prompt: starts with a space.
question-points =
    {" "}({ $points ->
        [one] { $points } point
       *[other] { $points } points
    })
# The heading of a scored quiz whose score is not shown. $passed is yes or no; $pass_mark has
# its sign ("80 %").
result-heading =
    { $passed ->
        [yes] Réussi
       *[no] Pas encore réussi
    } (seuil de réussite { $pass_mark })
# The heading of a scored quiz with its score: $percent and $pass_mark have their sign;
# $earned and $possible are points.
result-heading-scored =
    { $passed ->
        [yes] Réussi
       *[no] Pas encore réussi
    } — { $percent } ({ $earned } sur { $possible ->
        [one] { $possible } point
       *[other] { $possible } points
    } ; seuil de réussite { $pass_mark })
# The points a question earned, after its prompt in the result: starts with a space.
points-earned =
    {" "}{ $earned } / { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
# After a question in the result: starts with a space.
your-answer = {" "}— votre réponse : { $given }
# After a question in the result: starts with a space.
right-answer = {" "}— bonne réponse : { $expected }
# The quiz's autosave report; $time is the time of day, 14:05:09.
answers-saved-at = Réponses enregistrées à { $time }
sync-online = En ligne
sync-offline = Hors ligne — votre travail est conservé sur ce téléphone
sync-waiting = En attente d’envoi : { $n }
sync-sent-at = Dernier envoi à { $time }
sync-submit-waiting = Votre envoi est conservé sur ce téléphone et partira au retour du réseau.
sync-refused = Le serveur a refusé ce qui attendait : ouvrez la tentative pour savoir pourquoi.
sync-sign-in = Reconnectez-vous pour envoyer ce qui attend.
offline-kept = Disponible hors ligne
offline-keep = Garder pour lire hors ligne
offline-remove = Supprimer la copie hors ligne
offline-saving = Enregistrement pour la lecture hors ligne…
offline-failed = Impossible de le garder pour la lecture hors ligne. Réessayez une fois en ligne.
offline-storage = Conservé sur ce téléphone pour l’usage hors ligne : { $size }
timed-needs-network = Ce quiz est chronométré et demande donc le réseau : les réponses données hors ligne sont conservées sur ce téléphone, mais le temps limite est celui du serveur et un envoi ne peut pas attendre.
offline-title = Vous êtes hors ligne
offline-body = Cette page n’est pas conservée sur ce téléphone. Les leçons ouvertes ou gardées pour la lecture hors ligne restent lisibles.
# The certificate's closing line, after the module's title; $percent has its sign.
certificate-completed-on = le { $date } avec un score de { $percent }.
# Where anyone can check a certificate: keep the address /verify/… as it is.
check-certificate-at = Vérifiable à l’adresse /verify/{ $code }
# A certificate found by its code, with what was true when it was earned.
certificate-valid = Certificat valide. { $name } a suivi avec succès le module « { $title } », version { $version }, le { $date }.
# As certificate-valid, for a person in an agency.
certificate-valid-with-agency = Certificat valide. { $name } ({ $agency }) a suivi avec succès le module « { $title } », version { $version }, le { $date }.
no-certificate = Aucun certificat ne porte le code { $code }.

## admin: people, countries and agencies, import, audit log. Ids start with admin-.

# Shared by several pages.

admin-please-sign-in = Veuillez vous connecter.
admin-agency = Organisme
admin-country = Pays
admin-status = Statut
# A filter choice: any status, any role.
admin-any = tous
admin-filter = Filtrer
admin-active = actif
admin-deactivated = désactivé
# The choice of no agency in a list.
admin-agency-none = — aucun —
admin-first-password = Mot de passe initial
admin-add-person = Ajouter une personne

# The administration index.

admin-people-hint = Rechercher, ajouter, modifier et désactiver des comptes ; réinitialiser des mots de passe.
admin-import-hint = Vérifier un tableur ligne par ligne, puis créer les comptes.
admin-countries-hint = Les pays du programme et les organismes de chacun d’eux.
admin-audit-hint = Connexions, changements de rôle et d’organisme, réinitialisations et importations.

# The people list and its table.

admin-import-from-csv = Importer depuis un fichier CSV
admin-search = Rechercher
admin-name-or-email = nom ou adresse électronique
admin-nobody-matches = Aucune personne ne correspond.
admin-last-sign-in = Dernière connexion
# In the column "Last sign-in".
admin-never-signed-in = jamais
admin-pages = pagination

# Adding a person and a person's page.

admin-agency-needed-for = Organisme (obligatoire pour les stagiaires et les superviseurs)
admin-first-password-hint = Au moins 8 caractères, et pas un mot de passe courant. Remettez-le à la personne en privé.
admin-create-account = Créer le compte
admin-role-and-agency = Rôle et organisme
admin-save-changes = Enregistrer les modifications
admin-deactivate = Désactiver
admin-reactivate = Réactiver
admin-deactivate-explained = Une personne désactivée ne peut plus se connecter ; ses sessions prennent fin immédiatement. Ses données sont conservées.
admin-reactivate-explained = La personne peut de nouveau se connecter avec son mot de passe.
admin-deactivate-account = Désactiver le compte
admin-reactivate-account = Réactiver le compte
admin-reset-password = Réinitialiser le mot de passe
admin-reset-password-hint = Remettez-le à la personne en privé ; ses sessions prennent fin.

# Countries and agencies.

admin-countries = Pays
admin-code = Code
admin-name-header = Nom
# The column of the names in Arabic is headed in Arabic in both languages.
# The column of the countries' Arabic names: headed in Arabic in every language.
admin-name-arabic-header = الاسم
admin-agencies = Organismes
admin-add-country = Ajouter un pays
admin-iso-code = Code ISO (deux lettres)
admin-name-in-english = Nom en anglais
admin-name-in-arabic = Nom en arabe
admin-add-country-button = Ajouter le pays
admin-no-agency-yet = Aucun organisme pour l’instant.
admin-kind = Type
admin-assign-modules = attribuer des modules
admin-add-agency = Ajouter un organisme
admin-add-agency-button = Ajouter l’organisme

# Import.

admin-checking-file = Vérification du fichier…
admin-choose-file = Choisir un fichier
# Followed by the column names, which stay in English, then by admin-import-rules.
admin-import-columns = Un fichier CSV (UTF-8 ; séparateur virgule, point-virgule ou tabulation) dont la première ligne nomme les colonnes{" "}
admin-csv-file = Fichier CSV
admin-paste-rows = …ou collez les lignes (copiées par exemple depuis un tableur)
admin-check-file = Vérifier le fichier
admin-preview = Aperçu
admin-line = Ligne
admin-problems = Problèmes
admin-fix-or-import-valid = Corrigez dans votre fichier les lignes qui posent problème et vérifiez-le à nouveau, ou importez uniquement les lignes prêtes.
admin-first-passwords = Mots de passe initiaux
admin-first-passwords-shown-once = Ils ne sont affichés qu’une seule fois et ne sont conservés nulle part. Imprimez-les ou copiez-les, et remettez à chaque personne le sien en privé ; à sa première connexion, elle choisira son propre mot de passe.

# The audit log.

admin-action = Opération
admin-person-email = Personne (adresse électronique)
admin-when-utc = Date et heure (UTC)
admin-by = Par
admin-about = Personne concernée
admin-detail = Détail
admin-address = Adresse IP

# The pager's "Page 3".
admin-page-number = Page { $page }
# When an account was created, after its email and status.
admin-joined-on = compte créé le { $date }
# The heading of a country's page; $country is its ISO code.
admin-agencies-in = Organismes — { $country }
# After admin-import-columns and the column names: starts with ". ". The roles trainee,
# supervisor, trainer and admin stay in English: the file must use them.
admin-import-rules = . Le rôle est trainee, supervisor, trainer ou admin ; l’organisme et le pays (code ISO, par exemple JO) doivent déjà exister. { $max_rows ->
        [one] { $max_rows } ligne
       *[other] { $max_rows } lignes
    } au maximum. Rien n’est enregistré avant votre confirmation.
# The import preview's summary line.
admin-import-summary =
    { $valid ->
        [one] { $valid } ligne prête
       *[other] { $valid } lignes prêtes
    }, { $invalid ->
        [one] { $invalid } qui pose problème
       *[other] { $invalid } qui posent problème
    }.
# Before an import: how long it takes (every first password is hashed) and where to follow it.
admin-import-estimate =
    L’importation de { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    } prend environ { $seconds } s. Si vous quittez ou rechargez cette page entre-temps, elle indiquera où en est l’importation, puis les mots de passe initiaux.
# An import under way, as far as it got.
admin-import-running =
    Importation en cours : les mots de passe initiaux sont prêts pour { $hashed ->
        [one] { $hashed } personne
       *[other] { $hashed } personnes
    } sur { $total }. Rechargez cette page pour suivre l’avancement.
# An import finished earlier, whose first passwords were already shown.
admin-import-shown =
    Cette importation a créé { $created ->
        [one] { $created } compte
       *[other] { $created } comptes
    }. Les mots de passe initiaux ont été affichés une seule fois et ne sont conservés nulle part ; un administrateur peut réinitialiser un mot de passe perdu.
# The button that imports a file whose rows are all valid.
admin-import-people =
    Importer { $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    }
# The button that imports only the valid rows of a file.
admin-import-only-valid = Importer uniquement les lignes valides ({ $rows })

## authoring: the trainers' pages (modules, versions, lessons, questions, item analysis). Ids start with author-.

# The module list.

author-modules = Modules
author-no-module-yet = Aucun module pour l’instant.
author-col-module = Module
author-col-published = Version publiée
author-col-draft = Brouillon
author-new-module = Nouveau module
author-title = Titre
author-create-module = Créer le module
author-import-module = Importer un module
author-import-hint = Un module exporté depuis Frontline (JSON, format frontline.module/2). Il est importé comme brouillon.
author-module-file = Fichier du module
author-import = Importer

# A version's status, as a single word.

author-status-draft = brouillon
author-status-published = publiée
author-status-archived = archivée

# The module editor.

author-preview-as-trainee = Aperçu côté stagiaire
author-export-json = Exporter (JSON)
author-item-analysis = Analyse des items
author-publishing = Publication
author-before-publishing = Avant la publication :
author-publish-this-version = Publier cette version
author-edit-new-draft = Modifier (nouveau brouillon)
author-archive = Archiver
# Followed by links to each version.
author-versions-label = Versions :{" "}
author-settings = Paramètres
author-summary = Résumé
author-language = Langue
author-estimated-minutes = Durée estimée (minutes)
author-pass-mark-percent = Seuil de réussite (%)
author-attempts-allowed = Tentatives autorisées
# Hint under a number field.
author-empty-unlimited = vide : illimité
author-time-limit-minutes = Durée limite (minutes)
# Hint under a number field.
author-empty-none = vide : aucune
author-questions-per-attempt = Questions par tentative
# Hint under a number field.
author-empty-all = vide : toutes
author-intended-for = Public visé (aucune case cochée : tout le monde)
author-shuffle-questions = Mélanger les questions
author-shuffle-options = Mélanger les options
author-one-per-screen = Une question par écran
author-retake-wait-minutes = Délai entre deux tentatives (minutes)
author-review-legend = Après l’envoi, les stagiaires voient
author-review-score = Leur score
author-review-correctness = Les questions auxquelles ils ont bien répondu
author-review-feedback = Les commentaires sur les options qu’ils ont choisies
author-review-key = Les bonnes réponses et les explications
author-fixed-order = Garder ces options dans l’ordre où elles sont écrites (pour « toutes les réponses ci-dessus »)
author-save-settings = Enregistrer les paramètres
author-pass-mark = Seuil de réussite
author-attempts = Tentatives
author-unlimited = illimitées
author-time-limit = Durée limite
# The value of "Time limit" when there is none.
author-no-time-limit = aucune
# The value of "Questions per attempt" when every question is asked.
author-all-questions = toutes
author-delete = Supprimer
author-new-lesson-title = Titre de la nouvelle leçon
author-add-lesson = Ajouter la leçon
author-new-question-of-kind = Nouvelle question de type
author-add-question = Ajouter la question

# Question kinds.

author-kind-single = Choix unique
author-kind-multiple = Choix multiple
author-kind-true-false = Vrai ou faux
author-kind-ordering = Remise en ordre
author-kind-matching = Association par paires

# The lesson editor.

author-text-markdown = Texte (Markdown)
# The Markdown marks themselves (##, **, *, -, 1., >, [](…)) stay as they are.
author-markdown-hint = ## titre, **gras**, *italique*, - liste, 1. liste, > citation, [lien](https://…). Le HTML est affiché comme du texte.
author-save-and-preview = Enregistrer et prévisualiser
author-preview = Aperçu

# The question editor.

author-frozen-notice = Cette version est publiée et figée ; créez un nouveau brouillon pour la modifier.
author-kind = Type
author-question-label = Énoncé de la question
author-scenario-label = Mise en situation (facultative ; les questions consécutives ayant la même mise en situation sont affichées ensemble)
author-points = Points
author-options = Options de réponse
author-hint-single = Cochez exactement une option correcte.
author-hint-multiple = Cochez toutes les options correctes (au moins une). Points partiels : nombre de bonnes cases cochées moins nombre de mauvaises cases cochées.
author-hint-true-false = Deux options, Vrai et Faux ; cochez celle qui est correcte.
author-hint-ordering = Donnez à chaque élément sa place dans le bon ordre (1, 2, 3…). Les stagiaires les voient dans le désordre.
author-hint-matching = Donnez à chaque élément la réponse qui lui est associée (toutes différentes). Les stagiaires choisissent parmi toutes les réponses.
author-col-text = Texte
author-col-correct = Correcte
author-col-place = Position
author-col-match = Correspondance
author-col-feedback = Commentaire
author-explanation-label = Explication (affichée après l’envoi)
author-save-question = Enregistrer la question

# The preview.

author-back-to-editor = Retour à l’éditeur
author-check-answers = Vérifier les réponses

# Item analysis.

author-download-csv = Télécharger le CSV
author-col-question = Question
author-col-answered = Réponses
author-col-correct-share = Réponses justes
author-col-discrimination = Indice de discrimination
author-col-options-chosen = Options choisies
author-col-flags = Alertes
author-flag-too-easy = trop facile
author-flag-too-hard = trop difficile
author-flag-negative = discrimination négative

# When a module shows its right answers, as the settings form offers it.
author-key-shown-after-pass-or-last-attempt = Une fois le quiz réussi ou les tentatives épuisées (recommandé)
author-key-shown-always = Après chaque tentative
author-key-shown-never = Jamais
# Between the flags of a question in the item analysis: ends with a space.
author-flag-separator = ,{" "}
# A version in the module list.
author-version-short = version { $number }
# The status line at the top of the module editor; $status is draft, published or archived.
author-version-status-line =
    Version { $number } : { $status ->
        [published] publiée — figée ; les stagiaires reçoivent cette version
        [archived] archivée — les nouveaux stagiaires ne la voient pas
       *[draft] brouillon — les stagiaires ne la voient pas encore
    }
# One link of the module's version list; $status is already translated (author-status-draft).
author-version-chip = v{ $number } ({ $status })
# A time limit in the settings summary.
author-minutes = { $minutes } min
# The accessible name of a row's button. $action is up, down or delete; $what is lesson or
# question. The arrows are what the buttons show.
author-row-action =
    { $action ->
        [up] ↑ Monter
        [down] ↓ Descendre
       *[delete] Supprimer
    } { $what ->
        [lesson] la leçon
       *[question] la question
    }
author-lessons-heading = Leçons ({ $count })
author-questions-heading = Questions ({ $count })
# A question's kind (already translated) and worth, after its prompt in the outline.
author-question-facts =
    { $kind } · { $points ->
        [one] { $points } point
       *[other] { $points } points
    }
# The heading of the question editor; $kind is already translated.
author-question-title = Question : { $kind }
# The accessible name of one cell of the options table. $number counts from 1; $field is text,
# correct, place, match or feedback.
author-option-field =
    { $field ->
        [correct] Option { $number } correcte
        [place] Position de l’option { $number }
        [match] Correspondance de l’option { $number }
        [feedback] Commentaire de l’option { $number }
       *[text] Texte de l’option { $number }
    }
# The notice above a preview; $status is already translated.
author-preview-notice = Aperçu de la version { $number } ({ $status }). Rien de ce que vous faites ici n’est enregistré.
author-analysis-title = Analyse des items — version { $number }
# What the item analysis table shows, with the number of attempts it is based on.
author-analysis-intro =
    { $attempts ->
        [one] { $attempts } tentative remise
       *[other] { $attempts } tentatives remises
    }. Réponses justes : part des réponses entièrement justes. Indice de discrimination : degré d’association entre la réussite à la question et un score global élevé (corrélation bisériale de point, de −1 à +1, à partir de 4 réponses) ; 0,3 ou plus est bon ; en dessous de 0, les stagiaires les plus forts y échouent plus souvent que les plus faibles.
# The editor's warning when right answers sit in the same place question after question.
author-key-pattern-warning = Dans { $questions } des { $of } questions affichées dans l’ordre où elles sont écrites, la bonne réponse est l’option { $place }. Un stagiaire qui le remarque peut réussir sans lire : modifiez l’ordre des options, ou activez leur mélange.

## supervision: agency dashboards, a person's progress, country reports. Ids start with supervision-.

# Shared by several pages.

supervision-not-found = Introuvable
supervision-module = Module
supervision-modules = Modules
supervision-download-csv = Télécharger le CSV

# The agency page: assigning.

supervision-agency = Organisme
supervision-people-unavailable = Les membres de cet organisme ne peuvent pas être affichés.
supervision-assign-module = Attribuer un module
supervision-assign-to = Destinataires
supervision-assign-whole-agency = Tout l’organisme (y compris les personnes qui le rejoindront plus tard)
supervision-assign-only-ticked = Uniquement les personnes cochées :
supervision-due-date-optional = Date d’échéance (facultative)
supervision-assign = Attribuer

# The agency dashboard.

supervision-trainees = Stagiaires
supervision-assigned = Attribués
supervision-completed-count = Terminés
supervision-completion-rate = Taux d’achèvement
supervision-average-best-score = Moyenne des meilleurs scores
supervision-overdue = En retard
supervision-filter-and-sort = Filtrer et trier
# A filter label followed by a list: ends with a space.
supervision-show = Afficher{" "}
supervision-everyone = tout le monde
# A filter label followed by a list: ends with a space.
supervision-sort-by = Trier par{" "}
# A filter label followed by a text field: ends with a space.
supervision-name-or-email = Nom ou adresse électronique{" "}
supervision-apply = Appliquer
supervision-no-module-assigned = Aucun module n’est encore attribué dans cet organisme.
supervision-matrix-caption = Modules attribués par personne
supervision-person = Personne

# A person's progress.

supervision-no-such-person = Cette personne ne fait pas partie de votre organisme.
# After a person's name: starts with a space.
supervision-deactivated = {" "}— compte désactivé
supervision-download-modules-csv = Télécharger les modules au format CSV
supervision-status = Statut
supervision-due = Échéance
supervision-lessons-read = Leçons lues
supervision-attempts = Tentatives
supervision-best-score = Meilleur score
supervision-completed-on = Terminé le
# After a module's title: starts with a space.
supervision-not-assigned = {" "}(non attribué)
supervision-quiz-attempts = Tentatives au quiz
supervision-download-attempts-csv = Télécharger les tentatives au format CSV
supervision-no-attempt-yet = Aucune tentative pour l’instant.
supervision-attempts-caption = Toutes les tentatives, de la plus récente à la plus ancienne
supervision-attempt = Tentative
supervision-started = Commencée
supervision-submitted = Remise
supervision-score = Score
supervision-result = Résultat
supervision-attempt-in-progress = en cours
supervision-attempt-passed = réussie
supervision-attempt-failed = échouée
# After an attempt's result: starts with a space.
supervision-attempt-late = {" "}(hors délai)

# The country reports.

supervision-completion-by-country = Taux d’achèvement par pays
# Followed by a link to the CSV file: ends with a space.
supervision-country-report-intro = Part des stagiaires et superviseurs actifs de chaque pays qui ont terminé chaque module (leçons lues et quiz réussi). Ouvrez un pays pour voir ses organismes et ses types d’organisme.{" "}
supervision-completions = Modules terminés
supervision-country-table-caption = Taux d’achèvement par module et par pays, en % des apprenants (ayant terminé / apprenants)
supervision-country-chart-title = Taux d’achèvement par module et par pays (% des apprenants)
supervision-completions-per-month = Modules terminés par mois
supervision-download-months-csv = Télécharger les mois au format CSV
supervision-month = Mois
supervision-all-countries = Tous les pays
supervision-no-such-country = Ce pays n’existe pas.
# Followed by a link to the CSV file: ends with a space.
supervision-country-detail-intro = Part des stagiaires et superviseurs actifs qui ont terminé chaque module.{" "}
supervision-whole-country = L’ensemble du pays
supervision-per-kind-of-agency = Par type d’organisme
supervision-per-agency = Par organisme
supervision-group = Groupe
supervision-learners = Apprenants

# The summary of the agency's assign form: everyone in it, counted.
supervision-everyone-in-agency =
    Tout l’organisme ({ $people ->
        [one] { $people } personne
       *[other] { $people } personnes
    })
# A filter choice of the matrix; $status is already translated (cell-status-…).
supervision-with-module-status = avec un module { $status }
# How many rows of the matrix the filter leaves, out of the agency's trainees.
supervision-people-shown =
    { $shown ->
        [one] { $shown } personne affichée
       *[other] { $shown } personnes affichées
    } sur { $total }
# A matrix cell's best score; $percent has its sign.
supervision-best-score-of = meilleur score { $percent }
# A matrix cell's due date.
supervision-due-on = échéance le { $date }
# An attempt's module, with the version it was taken on.
supervision-module-version = { $title } (v{ $version })
# A country's column heading, after its name: starts with a space.
supervision-learners-after-name =
    {" "}({ $learners ->
        [one] { $learners } apprenant
       *[other] { $learners } apprenants
    })
# The heading of one country's report; $country is its name, as stored.
supervision-completion-in = Taux d’achèvement — { $country }
# The title of one country's chart per kind of agency.
supervision-completion-per-kind-in = Taux d’achèvement par type d’organisme — { $country } (% des apprenants)

## translations: module translations, for trainers and readers. Ids start with translation-.

translation-module-languages = Ce module dans d’autres langues
translation-translations = Traductions
translation-translations-hint = Une traduction suit cette version élément par élément et est corrigée avec les mêmes bonnes réponses : les achèvements et les rapports comptent le module quelle que soit la langue.
translation-no-translation-yet = Aucune traduction pour l’instant.
translation-translate-into = Traduire en
translation-start-translation = Commencer la traduction
translation-translate = Traduire
translation-translation-draft = pas encore proposée
translation-translation-offered = proposée aux stagiaires
translation-out-of-date = à mettre à jour
translation-out-of-date-hint = La source a changé depuis la dernière publication de cette traduction : comparez chaque texte à la source, puis publiez-la à nouveau.
translation-source = Texte source
translation-your-translation = Traduction
translation-title-and-summary = Titre et résumé
translation-publish-translation = Publier la traduction
translation-translation-frozen = Cette traduction est publiée avec sa version et ne change plus. Créez le prochain brouillon du module pour la réviser.
translation-not-translated-yet = Pas encore traduit : les stagiaires voient ici le texte source.

# Said on a module shown in another language than the reader's; $language is that language's
# name in itself ("English", "العربية").
translation-not-in-your-language = Ce module n’est pas encore disponible dans votre langue ; langue d’affichage : { $language }.

## csv: column names and words of the CSV downloads, in the reader's language. Ids start with csv-.
# Numbers in the files stay plain (no % sign, a dot for decimals) so spreadsheets compute with them.

csv-person = personne
csv-email = e-mail
csv-module = module
csv-group-kind = type de groupe
csv-group = groupe
csv-learners = apprenants
csv-country = pays
csv-agency-kind = type d’organisme
csv-agency = organisme
csv-version = version
csv-attempt = tentative
csv-started = début
csv-submitted = remise
csv-score-percent = score %
csv-result = résultat
csv-late = en retard
csv-passed = réussie
csv-failed = non réussie
csv-month = mois
csv-completions = achèvements
csv-assigned = attribué
csv-due = échéance
csv-status = statut
csv-lessons-read = leçons lues
csv-attempts = tentatives
csv-best-percent = meilleur score %
csv-completed = terminé le
csv-yes = oui
csv-no = non
csv-question = question
csv-language = langue
csv-all-languages = toutes
csv-answered = réponses
csv-correct-percent = correctes %
csv-discrimination = discrimination
csv-options-chosen = options choisies
csv-flags = signalements
csv-cohort = cohorte
csv-paired = deux tests
csv-pre-mean = moyenne pré-test %
csv-post-mean = moyenne post-test %
csv-mean-gain = gain moyen (points)
csv-gain-ci-low = gain IC 95 % bas
csv-gain-ci-high = gain IC 95 % haut
csv-normalised-gain = gain normalisé
csv-normalised-ci = gain normalisé IC 95 % ±
csv-improved-percent = en progrès %
csv-pre-only = pré-test seul
csv-post-only = post-test seul
csv-figure = indicateur
csv-value = valeur
csv-period-from = période du
csv-period-to = période au
csv-survey-responses = réponses au questionnaire
csv-relevance-mean = utilité moyenne (1–5)
csv-confidence-before = confiance avant (1–5)
csv-confidence-after = confiance après (1–5)
csv-referred-never = jamais orienté
csv-referred-once = orienté une fois
csv-referred-several = orienté plusieurs fois
csv-directory-helped-yes = annuaire utile : oui
csv-directory-helped-no = annuaire utile : non
# $name: a country or a module; $status: a status word; $percent: a percentage written as the pages write it.
csv-best = { $status } (meilleur score : { $percent })
csv-completed-in = { $name } : terminé
csv-learners-in = { $name } : apprenants
csv-percent-in = { $name } : %

## problems: errors, problems with what was sent (at a form field), and notices of what a form achieved.

# Between the items of a list (column names): ends with a space.
list-separator = ,{" "}

# Errors: what happened, never internals.
error-not-found = Introuvable.
error-unauthenticated = Veuillez vous connecter.
# $reference is a short code the person can give to support.
error-internal = Une erreur s’est produite de notre côté (référence { $reference }). Veuillez réessayer.
error-request = La requête n’a pas pu aboutir. Vérifiez la connexion et réessayez.
error-busy = De nombreux agents utilisent Frontline en ce moment. Veuillez réessayer dans { $seconds } secondes.
busy-title = Frontline est très sollicité
busy-page = De nombreux agents utilisent Frontline en ce moment. Cette page se rechargera d’elle-même dans { $seconds } secondes.
busy-form = De nombreux agents utilisent Frontline en ce moment, et votre envoi n’a pas été reçu. Revenez en arrière : vos réponses sont toujours dans le formulaire. Renvoyez-le dans { $seconds } secondes.

# Problems with what was sent, shown at the form field (or at the top of the page).
problem-choose-from-list = Choisissez dans la liste.
problem-whole-number = Saisissez un nombre entier.
problem-choose-module = Choisissez un module.
problem-choose-role = Choisissez un rôle.
problem-choose-agency-kind = Choisissez le type d’organisme.
problem-choose-question-kind = Choisissez un type de question.
problem-choose-key-shown = Choisissez quand afficher les bonnes réponses.
problem-choose-language = Choisissez une langue dans la liste.
problem-password-common = Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez-en un autre.
problem-sign-ins-busy = Le serveur traite de nombreuses connexions. Veuillez réessayer dans un instant.
problem-too-many-wrong-passwords = Trop de mots de passe erronés. Patientez quelques minutes et réessayez.
problem-current-password-wrong = Le mot de passe actuel est incorrect.
problem-same-password-again = Choisissez un nouveau mot de passe, différent de l’actuel.
problem-new-passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques.
problem-person-name-required = Saisissez le nom de la personne.
problem-name-required = Saisissez un nom.
problem-name-looks-like-formula = Un nom ne peut pas commencer par = + - ou @ (formules de tableur).
problem-email-invalid = Saisissez une adresse électronique valide.
problem-email-taken = Cette adresse électronique est déjà enregistrée.
problem-email-earlier-in-file = Cette adresse électronique figure déjà plus haut dans le fichier.
problem-agency-required = Les stagiaires et les superviseurs sont rattachés à un organisme.
problem-no-such-agency = Cet organisme n’existe pas.
problem-cannot-remove-own-admin-role = Vous ne pouvez pas retirer votre propre rôle d’administrateur.
problem-cannot-deactivate-self = Vous ne pouvez pas désactiver votre propre compte.
problem-country-code-invalid = Utilisez le code ISO 3166 à deux lettres, par exemple SY.
problem-country-exists = Ce pays existe déjà.
problem-agency-exists = Ce pays a déjà un organisme portant ce nom.
problem-import-form-out-of-date = Le formulaire n’est plus à jour ; vérifiez à nouveau le fichier.
problem-import-still-running = Cette importation est toujours en cours. Rouvrez la page d’importation dans une minute pour la voir.
problem-import-incomplete = L’importation n’a pas abouti. Vérifiez le fichier et réessayez.
problem-upload-incomplete = Le fichier n’est pas arrivé en entier. Réessayez.
problem-file-not-utf8 = Le fichier n’est pas du texte UTF-8. Dans Excel, enregistrez-le au format « CSV UTF-8 ».
problem-file-missing = Choisissez un fichier CSV, ou collez son contenu.
problem-csv-unreadable = Le fichier ne peut pas être lu comme un fichier CSV.
problem-email-not-valid = L’adresse électronique n’est pas valide.
problem-agency-missing = Les stagiaires et les superviseurs doivent avoir un organisme.
problem-agency-needs-country = Indiquez le pays de l’organisme.
problem-due-date-format = Indiquez la date d’échéance au format AAAA-MM-JJ.
problem-date-invalid = Indiquez le jour au format YYYY-MM-DD.
problem-date-range = La période doit se terminer le jour de son début ou après, et couvrir au plus { $days } jours.
problem-due-date-in-past = La date d’échéance est déjà passée.
problem-choose-people = Choisissez au moins une personne, ou tout l’organisme.
problem-quiz-form-out-of-date = Le formulaire n’est plus à jour ; rouvrez la page du module.
problem-no-attempt-left = Plus aucune tentative possible : la limite de tentatives de ce quiz est atteinte, ou une autre tentative est déjà en cours.
problem-attempt-submitted = Cette tentative a déjà été remise.
problem-time-up = Le temps est écoulé : les réponses ne peuvent plus être modifiées.
problem-pretest-first = Les leçons et le quiz s’ouvrent une fois le pré-test passé.
problem-pretest-not-offered = Le pré-test de ce module ne vous est plus proposé.
problem-pretest-required = Le formateur demande à chacun de passer ce pré-test avant les leçons.
problem-pretest-needs-questions = Le module demande un pré-test, mais toutes les questions sont réservées au quiz : réservez-en certaines aux deux tests ou au pré-test.
problem-choose-one-to-five = Choisissez un nombre de 1 à 5, ou laissez vide.
problem-period-invalid = Indiquez la période par deux mois, AAAA-MM, le premier pas après le second.
problem-role-outside-reach = Un coordinateur national ne donne que les rôles stagiaire, superviseur et coordinateur.
problem-choose-service-kind = Choisissez le type de service.
problem-city-required = Indiquez la ville ou le gouvernorat.
problem-service-name-required = Donnez le nom du service dans au moins une langue.
problem-reason-required = Indiquez le motif : le journal d’audit le conserve.
problem-phone-missing = Donnez au moins un numéro de téléphone : l'agent doit pouvoir appeler.
problem-phone-not-a-number = « { $line } » ne commence pas par un numéro de 3 à 15 chiffres. Écrivez un numéro par ligne, puis son usage.
problem-unknown-spoken-language = « { $code } » n'est pas un code de langue connu de Frontline (par exemple ar, en, am, tl).
problem-unknown-served = « { $value } » n'est ni women, ni men, ni children.
problem-no-such-entry = L'annuaire de ce pays n'a pas d'entrée { $id } ; laissez l'identifiant vide pour en ajouter une.
problem-verified-on-format = Donnez la date de dernière vérification au format AAAA-MM-JJ, ou laissez vide.
problem-entry-exists = L'annuaire contient déjà ce service (même ville, type et nom) : modifiez plutôt cette entrée.
problem-same-as-line = Le même service (ville, type et nom) qu'à la ligne { $line }.
problem-estimated-minutes-range = La durée estimée est comprise entre 1 et 600 minutes.
problem-pass-mark-range = Le seuil de réussite est compris entre 1 et 100 %.
problem-max-attempts-range = Autorisez entre 1 et 100 tentatives, ou laissez vide pour ne fixer aucune limite.
problem-time-limit-range = La durée limite est comprise entre 1 et 600 minutes, ou laissée vide.
problem-retake-wait-range = Le délai entre deux tentatives est compris entre 1 et 10 080 minutes (une semaine), ou laissé vide.
problem-draw-at-least-one = Tirez au moins une question, ou laissez vide pour les poser toutes.
problem-lesson-title-required = Chaque leçon doit avoir un titre.
problem-give-lesson-title = Donnez un titre à la leçon.
problem-lesson-required = Ajoutez au moins une leçon.
problem-lesson-empty = Une leçon ne peut pas être vide.
problem-question-required = Ajoutez au moins une question.
problem-prompt-required = Rédigez l’énoncé de la question.
problem-points-range = Le nombre de points est compris entre 1 et 100.
problem-option-text-required = Chaque option doit avoir un texte.
problem-single-needs-two-options = Une question à choix unique doit avoir au moins deux options.
problem-single-needs-one-correct = Une question à choix unique a exactement une option correcte.
problem-multiple-needs-two-options = Une question à choix multiple doit avoir au moins deux options.
problem-mark-one-correct = Cochez au moins une option correcte.
problem-true-false-shape = Une question vrai ou faux a deux options, dont une seule est correcte.
problem-ordering-places = Donnez à chaque élément sa place dans le bon ordre : 1, 2, 3… chacune une seule fois.
problem-matching-pairs = Donnez à chaque élément une correspondance différente (la réponse qui lui est associée).
problem-version-frozen = Cette version est publiée et figée. Choisissez « Modifier » sur le module pour créer un nouveau brouillon.
problem-draft-started-elsewhere = Quelqu’un d’autre vient de créer un brouillon ; rouvrez le module.
problem-only-published-archived = Seul un module publié peut être archivé.
problem-slug-invalid = Utilisez de 3 à 80 caractères : lettres minuscules, chiffres et traits d’union.
problem-translation-does-not-fit = Une traduction comporte un texte pour chaque leçon, question et option de son module, dans le même ordre.
problem-translation-exists = Cette version a déjà une traduction dans cette langue.
problem-nothing-to-translate = Ajoutez des leçons ou des questions avant de commencer une traduction.

# Problems with values in them.
# A text over its limit of characters (also a password).
problem-too-long =
    Utilisez { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } au maximum.
problem-password-too-short =
    Utilisez au moins { $min ->
        [one] { $min } caractère
       *[other] { $min } caractères
    }.
problem-import-rows-have-problems =
    { $rows ->
        [one] { $rows } ligne pose problème. Corrigez-la, ou importez uniquement les lignes valides.
       *[other] { $rows } lignes posent problème. Corrigez-les, ou importez uniquement les lignes valides.
    }
problem-file-too-large = Le fichier dépasse { $max_mb } Mo.
# $expected and $missing are lists of column names, which stay in English.
problem-csv-columns-missing = La première ligne doit nommer les colonnes { $expected } ; colonnes manquantes : { $missing }.
problem-csv-too-many-rows =
    { $max ->
        [one] { $max } personne
       *[other] { $max } personnes
    } au maximum par fichier ; répartissez-les dans plusieurs fichiers.
problem-csv-line-unreadable = La ligne { $line } est illisible.
# The roles trainee, supervisor, trainer and admin stay in English: the file must use them.
problem-unknown-role = Rôle inconnu « { $role } » : utilisez trainee, supervisor, trainer ou admin.
# $column is the column's name in the file, in English.
problem-cell-looks-like-formula = La valeur de la colonne { $column } ne peut pas commencer par = + - ou @.
problem-unknown-country = Pays inconnu « { $code } ».
problem-no-agency-in-country = Aucun organisme « { $agency } » dans le pays { $country }.
problem-retake-wait = Vous pourrez commencer la tentative suivante dans { $minutes } min.
problem-title-required =
    Donnez un titre au module ({ $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } au maximum).
problem-summary-too-long =
    Le résumé doit compter moins de { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
problem-draws-more-than-exist =
    Chaque tentative tire { $draws ->
        [one] { $draws } question
       *[other] { $draws } questions
    }, mais il n’y en a que { $questions }.
problem-lesson-too-long =
    Une leçon doit compter moins de { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    } ; scindez-la.
# $problems are the problems found, one sentence after the other.
problem-not-publishable = Publication impossible : { $problems }
# $detail is the reader's own explanation, in English.
problem-not-a-module = Le document n’est pas un module ({ $detail }).
problem-format-expected = Format attendu : « { $format } ».
# "slug" is the name of the field in the module file: keep it.
problem-slug-taken = slug : un module « { $slug } » existe déjà ; modifiez le slug pour en importer une copie.
# One problem of an imported document after where it is ($field is a path such as
# questions[2].options, in English).
problem-at-field = { $field } : { $problem }

# Notices: what a form achieved, at the top of the page that follows it.
notice-details-saved = Vos informations sont enregistrées.
notice-password-changed = Votre mot de passe a été modifié. Vos autres appareils ont été déconnectés.
notice-country-added = Pays ajouté.
notice-agency-added = Organisme ajouté.
notice-account-created = Compte créé.
notice-changes-saved = Modifications enregistrées.
notice-account-reactivated = Compte réactivé.
notice-account-deactivated = Compte désactivé ; ses sessions ont pris fin.
notice-password-reset = Mot de passe réinitialisé ; les sessions de la personne ont pris fin.
notice-module-created = Module créé. Ajoutez des leçons et des questions, puis publiez-le.
notice-settings-saved = Paramètres enregistrés.
notice-lesson-saved = Leçon enregistrée. L’aperçu ci-dessous la montre telle que les stagiaires la verront.
notice-question-saved = Question enregistrée.
notice-published = Version publiée. Les stagiaires reçoivent désormais cette version.
notice-draft-started = Nouveau brouillon, copié de la version publiée. Les stagiaires conservent la version publiée jusqu’à ce que vous publiiez celle-ci.
notice-archived = Module archivé : les nouveaux stagiaires ne le voient plus.
notice-module-imported = Module importé comme brouillon.
notice-translation-started = Traduction commencée : chaque texte reste celui de la source tant que vous ne l’avez pas remplacé.
notice-translation-saved = Traduction enregistrée.
notice-translation-published = Traduction publiée : les stagiaires qui lisent cette langue la reçoivent.
notice-answers-saved = Vos réponses sont enregistrées.
notice-already-submitted = Cette tentative avait déjà été envoyée, peut-être depuis un autre appareil : en voici le résultat. Les réponses envoyées maintenant n’ont pas été comptées.
notice-assigned-to-agency = Attribué à tout l’organisme.
notice-pretest-skipped = Pré-test passé outre : les leçons sont ouvertes.
notice-survey-thanks = Merci : vos réponses sont conservées sans votre nom.
notice-followup-thanks = Merci : votre réponse est comptée sans votre nom.
notice-entry-added = L'entrée est dans l'annuaire, vérifiée aujourd'hui.
notice-entry-saved = L'entrée est enregistrée et marquée vérifiée aujourd'hui.
notice-entry-verified = Marquée vérifiée aujourd'hui.
notice-entry-removed = L'entrée est retirée de l'annuaire ; son historique reste dans le journal d'audit.
notice-entries-imported = Importé : { $added } ajoutée(s), { $changed } modifiée(s).
notice-certificate-revoked = Le certificat est révoqué.
notice-statements-requeued =
    { $count ->
    [one] { $count } déclaration sera renvoyée lors du prochain envoi.
    *[other] { $count } déclarations seront renvoyées lors du prochain envoi.
    }
notice-accounts-created =
    { $count ->
        [one] { $count } compte créé.
       *[other] { $count } comptes créés.
    }
notice-assigned-to-people =
    Attribué à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }.

## labels: names of shared codes (agency kinds, report cells and orders, roles, audit actions, months).

# Kinds of agency.
agency-kind-law-enforcement = Forces de l’ordre
agency-kind-border-immigration = Frontières et immigration
agency-kind-health = Santé
agency-kind-social-work = Travail social
agency-kind-civil-society = Société civile
agency-kind-international-org = Organisation internationale
agency-kind-other = Autre
service-kind-police-unit = Unité de police de lutte contre la traite
service-kind-shelter = Foyer d'hébergement
service-kind-hotline = Ligne d'assistance
service-kind-health = Soins de santé
service-kind-psychosocial = Soutien psychosocial
service-kind-legal-aid = Aide juridique
service-kind-child-protection = Protection de l'enfance
service-kind-un-agency = Agence des Nations unies
service-kind-ngo = ONG
served-women = Femmes
served-men = Hommes
served-children = Enfants
spoken-ar = arabe
spoken-en = anglais
spoken-fr = français
spoken-tr = turc
spoken-ku = kurde
spoken-fa = persan
spoken-ur = ourdou
spoken-am = amharique
spoken-ti = tigrigna
spoken-so = somali
spoken-bn = bengali
spoken-tl = filipino
spoken-si = cingalais
spoken-ne = népalais

# A module's status for a person, in the agency's matrix.
cell-status-not-started = non commencé
cell-status-in-progress = en cours
cell-status-passed = réussi
cell-status-failed = échoué
cell-status-overdue = en retard

# How the agency's matrix is sorted.
matrix-sort-name = nom
matrix-sort-overdue = retard le plus important
matrix-sort-least-done = avancement le plus faible
matrix-sort-lowest-score = score le plus bas

# Roles. English shows the codes, as the CSV files do.
role-trainee = stagiaire
role-supervisor = superviseur
role-trainer = formateur
role-admin = administrateur
role-coordinator = coordinateur national

# Audit log actions. English shows the codes, as stored in the log.
audit-action-sign-in = connexion
audit-action-sign-in-failed = échec de connexion
audit-action-sign-out = déconnexion
audit-action-password-changed = mot de passe modifié
audit-action-password-change-failed = échec de modification du mot de passe
audit-action-password-reset = mot de passe réinitialisé
audit-action-user-created = compte créé
audit-action-role-changed = rôle modifié
audit-action-agency-changed = organisme modifié
audit-action-deactivated = compte désactivé
audit-action-reactivated = compte réactivé
audit-action-users-imported = personnes importées
audit-action-country-created = pays ajouté
audit-action-agency-created = organisme ajouté
audit-action-renamed = nom modifié
audit-action-referral-added = service d'orientation ajouté
audit-action-referral-changed = service d'orientation modifié
audit-action-referral-verified = service d'orientation vérifié
audit-action-referral-removed = service d'orientation retiré
audit-action-certificate-revoked = certificat révoqué

# A date: $day and $year are numbers, $month is 1 to 12. Write the month names and the
# order your language uses ("2 December 2026").
date =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
         [1] janvier
         [2] février
         [3] mars
         [4] avril
         [5] mai
         [6] juin
         [7] juillet
         [8] août
         [9] septembre
         [10] octobre
         [11] novembre
        *[12] décembre
    } { $year }

# A moment: $date is a date written as above, $time is hours and minutes (14:05), in UTC.
timestamp = { $date } à { $time } UTC

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
evaluation-nav-evaluation = Progression des connaissances
evaluation-pretest = Pré-test avant les leçons
evaluation-pretest-none = Pas de pré-test
evaluation-pretest-optional = Facultatif (les stagiaires peuvent le passer outre)
evaluation-pretest-required = Obligatoire avant les leçons
evaluation-test-form = Posée dans
evaluation-test-form-both = Le pré-test et le quiz
evaluation-test-form-pretest = Le pré-test seulement (forme parallèle)
evaluation-test-form-quiz = Le quiz seulement (forme parallèle)
evaluation-pretest-title = Pré-test
evaluation-pretest-intro = Ce pré-test montre ce que vous savez avant les leçons. Il ne compte pas pour la validation, et aucune réponse n’est montrée ensuite.
evaluation-pretest-why = Avant les leçons : un court test de ce que vous savez déjà. Il ne compte pas pour la validation et ne montre aucune réponse, pour que le quiz final montre ce que vous avez appris.
evaluation-pretest-no-key = Les réponses ne sont pas montrées, pour que le quiz final mesure ce que les leçons ont appris.
evaluation-start-pretest = Commencer le pré-test
evaluation-continue-pretest = Reprendre le pré-test
evaluation-skip-pretest = Passer le pré-test
evaluation-lessons-after-pretest = Les leçons et le quiz s’ouvrent après le pré-test.
evaluation-survey-title = Parlez-nous de ce module
evaluation-survey-intro = Trois questions courtes et une réponse libre, toutes facultatives. Vos réponses sont conservées sans votre nom.
evaluation-survey-relevance = Ce module était-il utile pour votre travail ?
evaluation-survey-confidence-before = Avant le module, à quel point vous sentiez-vous capable de reconnaître les indicateurs de la traite ?
evaluation-survey-confidence-after = Et maintenant, après le module ?
evaluation-survey-missing = Qu’est-ce qui manquait, ou que changeriez-vous ? (facultatif)
evaluation-scale-not-at-all = pas du tout
evaluation-scale-very-much = tout à fait
evaluation-send-survey = Envoyer les réponses
evaluation-followup-title = Trois mois plus tard
evaluation-followup-no-case = N’écrivez rien sur une personne ou un cas : seul ce décompte est demandé, et il est conservé sans votre nom.
evaluation-followup-question = Depuis la formation, avez-vous orienté une personne que vous soupçonniez d’être victime de la traite ?
evaluation-referred-never = Jamais
evaluation-referred-once = Une fois
evaluation-referred-several = Plusieurs fois
evaluation-followup-directory = L’annuaire d’orientation vous a-t-il aidé ?
evaluation-yes = Oui
evaluation-no = Non
evaluation-send-followup = Envoyer
evaluation-decline-followup = Ne plus me demander
evaluation-report-title = Progression des connaissances
evaluation-report-intro = Scores des mêmes agents avant les leçons (pré-test) et à leur premier essai du quiz (post-test), appariés personne par personne. Les personnes n’ayant passé qu’un des deux tests sont comptées à part ; les comptes désactivés sont exclus.
evaluation-all-modules = Tous les modules
evaluation-module-label = Module
evaluation-show = Afficher
evaluation-download-csv = Télécharger le CSV
evaluation-by-country = Progression par pays
evaluation-by-kind = Progression par type d’organisme
evaluation-by-agency = Progression par organisme
evaluation-by-cohort = Progression par cohorte (mois de début de la formation)
evaluation-gain-by-module = Progression par module
evaluation-whole = Ensemble
evaluation-col-group = Groupe
evaluation-col-paired = Ont passé les deux tests
evaluation-col-pre = Moyenne au pré-test
evaluation-col-post = Moyenne au post-test
evaluation-col-gain = Gain moyen, points (IC 95 %)
evaluation-col-normalised = Gain normalisé (IC 95 %)
evaluation-col-improved = En progrès
evaluation-col-pre-only = Pré-test seul
evaluation-col-post-only = Post-test seul
evaluation-pre-series = Pré-test
evaluation-post-series = Post-test
evaluation-chart-title = Score moyen avant et après la formation
evaluation-survey-summary-title = Questionnaire de satisfaction
evaluation-col-responses = Réponses au questionnaire
evaluation-col-relevance = Utilité pour le travail (1–5)
evaluation-col-confidence = Confiance pour reconnaître les indicateurs (1–5), avant → après
evaluation-free-text-title = Ce qui manquait (sans noms)
evaluation-no-free-text = Pas encore de réponse libre.
evaluation-followup-summary-title = Suivi trois mois après la formation
evaluation-followup-summary-intro = Réponses à « Depuis la formation, avez-vous orienté une personne que vous soupçonniez d’être victime ? », comptées sans noms. Rien sur une victime ou un cas n’est demandé ni conservé.
evaluation-followup-withheld = Moins de cinq agents ont répondu ici au suivi : leurs réponses comptent dans les chiffres du pays mais ne sont pas montrées ici, pour que personne ne puisse être reconnu.
evaluation-col-referred-never = Jamais orienté
evaluation-col-referred-once = Orienté une fois
evaluation-col-referred-several = Orienté plusieurs fois
evaluation-col-referred-share = Ont orienté
evaluation-col-helped = L’annuaire a aidé (oui / non)
evaluation-no-data = Aucun agent n’a encore passé les deux tests ici.
evaluation-programme-link = Synthèse du programme
evaluation-programme-intro = Pour un rapport aux bailleurs : imprimez cette page, ou enregistrez-la en PDF depuis le menu d’impression du navigateur.
evaluation-period-from = Du (AAAA-MM)
evaluation-period-to = Au (AAAA-MM)
evaluation-fig-learners = Agents inscrits (actifs)
evaluation-fig-completions = Modules validés sur la période
evaluation-fig-confidence-change = Évolution de la confiance (échelle 1–5)
evaluation-fig-referred = Ont orienté quelqu’un depuis (réponses)
evaluation-section-title = Progression et retours
evaluation-open-evaluation = Ouvrir le rapport de progression
evaluation-pretest-recorded = Pré-test enregistré : vous avez obtenu { $percent }. Les leçons sont ouvertes.
evaluation-your-pretest-score = Votre score au pré-test : { $percent }. Le quiz final montrera vos progrès.
evaluation-headline = { $paired ->
        [one] { $paired } agent a passé les deux tests
       *[other] { $paired } agents ont passé les deux tests
    } : les scores sont passés de { $pre } à { $post } (gain normalisé { $gain }, ± { $ci }).
evaluation-headline-referred = { $percent } des personnes interrogées trois mois après ont orienté quelqu’un depuis ({ $answers } réponses).
evaluation-country-title = Progression des connaissances : { $country }
evaluation-programme-title = Synthèse du programme : { $country }, de { $from } à { $to }

## referrals: the referral directory, for officers (/referrals) and its coordinators (/directory). Ids start with referral-.
referral-nav = Orientation
referral-nav-directory = Annuaire
referral-title = Services d’orientation
referral-lead = Services qui acceptent l’orientation d’une victime présumée de la traite. En cas de danger immédiat, appelez d’abord le numéro d’urgence de la police.
referral-country = Pays
referral-city = Ville
referral-any-city = Toutes les villes
referral-kind = Type de service
referral-any-kind = Tous les types
referral-serves = Public accueilli
referral-anyone = Tout public
referral-language = Langues parlées
referral-any-language = Toutes les langues
referral-search = Mots à rechercher
referral-find = Rechercher
referral-found = { $total ->
        [one] { $count } sur { $total } service
       *[other] { $count } sur { $total } services
    }
referral-none-found = Aucun service ne correspond. Essayez avec moins de filtres.
referral-empty-country = L’annuaire de ce pays ne contient encore aucune entrée.
referral-demo-badge = Entrée de démonstration : ce service n’existe pas, ce numéro n’est pas réel.
referral-hours = Horaires
referral-address = Adresse
referral-who = Autres publics
referral-how-to-refer = Comment orienter
referral-consent-needed = Nécessite le consentement éclairé de la personne.
referral-email = E-mail
referral-verified = Dernière vérification le { $date } par { $name }.
referral-verified-on = Dernière vérification le { $date }.
referral-never-verified = Jamais vérifiée.
referral-stale = Non vérifiée depuis plus de six mois : confirmez le numéro lors de votre appel.
referral-sheet-link = Fiche de contacts à imprimer pour { $city }
referral-sheet-title = Contacts pour l’orientation : { $city }, { $country }
referral-sheet-printed = Imprimée le { $date }. Les numéros changent : la liste à jour se trouve sur /referrals.
referral-print = Imprimer
referral-sheets = Fiches de contacts à imprimer
referral-shortcut-heading = Services d’orientation — { $country }
referral-shortcut-heading-kind = { $kind } : { $country }
referral-shortcut-all = Tous les services d’orientation — { $country }
referral-shortcut-none = Aucun service de ce type n’est encore répertorié pour votre pays.
referral-shortcut-your-country = Les services d’orientation de votre pays
referral-directory-title = Annuaire d’orientation : { $country }
referral-choose-country = Choisissez le pays dont vous tenez l’annuaire.
referral-add = Ajouter une entrée
referral-import = Importer depuis un tableur
referral-export = Télécharger au format CSV
referral-stale-count = { $count ->
        [one] { $count } entrée n’a pas été vérifiée depuis six mois : appelez le service pour la confirmer, ou corrigez-la.
       *[other] { $count } entrées n’ont pas été vérifiées depuis six mois : appelez les services pour les confirmer, ou corrigez-les.
    }
referral-all-current = Toutes les entrées ont été vérifiées au cours des six derniers mois.
referral-edit = Modifier
referral-verify = Toujours exact : marquer comme vérifiée aujourd’hui
referral-remove = Retirer de l’annuaire
referral-remove-hint = Le retrait est définitif ; l’historique de l’entrée reste dans le journal d’audit.
referral-save = Enregistrer
referral-save-hint = L’enregistrement marque l’entrée comme vérifiée aujourd’hui, par vous.
referral-new-title = Nouvelle entrée : { $country }
referral-edit-title = Modifier l’entrée : { $country }
referral-phones = Numéros de téléphone
referral-phones-hint = Un numéro par ligne, suivi de son usage : +962 6 000 0000 ligne 24 h/24
referral-languages = Langues parlées
referral-consent = L’orientation nécessite le consentement éclairé de la personne
referral-texts-in = Nom et informations : { $language }
referral-texts-hint = Remplissez les langues dont vous disposez. Les agents lisent leur propre langue quand elle est renseignée, sinon une autre.
referral-name = Nom
referral-nationalities = Autres publics : nationalités, âges, situations
referral-history = Historique
referral-import-title = Importer des entrées de l’annuaire : { $country }
referral-import-rules = Obligatoires : city, kind, phones, et un nom dans au moins une langue (name_en, name_ar, name_fr ou name_tr). Une ligne avec un id modifie cette entrée ; une ligne sans id ajoute une entrée, ou modifie celle qui a la même ville, le même type et le même nom. Plusieurs numéros de téléphone dans une même cellule sont séparés par des points-virgules.
referral-import-rows = { $count ->
        [one] Importer { $count } ligne
       *[other] Importer { $count } lignes
    }
referral-import-only-valid = { $count ->
        [one] Importer uniquement la ligne sans problème
       *[other] Importer uniquement les { $count } lignes sans problème
    }
referral-coordinator-lead = Coordination nationale — { $country } : vous gérez ses organismes, ses agents, ses rapports et son annuaire d’orientation.
referral-agencies = Organismes et personnes
referral-country-report = Rapport du pays
referral-verified-column = Vérification
referral-entries = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }

## records: Open Badges credentials, checking them, and the xAPI learning records. Ids start with records-.
records-download-credential = Télécharger le justificatif numérique (Open Badges 3.0)
records-credential-hint = Un fichier signé par cette installation de Frontline : d’autres plateformes, des employeurs et des portefeuilles numériques peuvent le vérifier avec des outils standard, même sans accéder à Frontline.
# On the certificate and check pages; $date is a date.
records-revoked = Ce certificat a été révoqué le { $date }. Il ne constitue plus une preuve de la formation suivie.
records-revoke-heading = Révoquer ce certificat
records-revoke-explain = Par exemple pour un certificat obtenu en trichant. Dès la révocation, sa page, son code et son justificatif numérique indiquent qu’il est révoqué ; le journal d’audit conserve le motif que vous donnez.
records-reason = Motif
records-revoke = Révoquer le certificat
records-check-credential = Vérifier un justificatif numérique
records-check-explain = Collez un justificatif Frontline (le texte de son fichier .jwt) ou choisissez le fichier. Frontline vérifie sa signature au moyen des clés qu’il publie et indique ce que dit aujourd’hui l’enregistrement correspondant.
records-paste = Texte du justificatif
records-file = Ou le fichier du justificatif
records-check = Vérifier le justificatif
# $key is a key's id, a code of 43 letters and digits.
records-genuine = Authentique : signé par cette installation avec la clé { $key }.
records-unreadable = Ce n’est pas un justificatif. Collez le texte complet du fichier : trois parties séparées par des points.
records-not-signed = Non authentique : aucune clé de cette installation ne l’a signé tel qu’il est maintenant. Il a été modifié après sa signature, ou signé par quelqu’un d’autre.
records-unknown = Signé par cette installation, mais plus aucun certificat ne porte son code.
records-check-a-file = Vous avez le fichier du justificatif ? Vérifiez-le ici.
records-title = Traces d’apprentissage (xAPI)
records-explain = Chaque quiz commencé, chaque réponse à une question, chaque résultat et chaque achèvement, sous forme de déclarations xAPI 1.0.3 : téléchargez-les pour une période donnée, ou laissez Frontline les envoyer à l’entrepôt de traces d’apprentissage d’un partenaire. Un même événement a toujours le même identifiant de déclaration : envoyé deux fois, il n’est enregistré qu’une fois.
records-export = Télécharger les déclarations
records-from = Du
records-to = Au (inclus)
records-download = Télécharger le JSON
records-lrs = Entrepôt de traces d’apprentissage (LRS)
records-lrs-none = Aucun LRS n’est configuré (FRONTLINE_LRS_URL) : les déclarations ne sont disponibles qu’en téléchargement.
# $endpoint is a web address.
records-lrs-at = Les déclarations sont envoyées à { $endpoint }.
records-counts = Envoyées : { $sent } ; en attente : { $pending } ; refusées : { $refused }.
# $days is a number of days.
records-kept = Les déclarations envoyées restent ici { $days } jours, puis sont supprimées : le LRS les conserve, et « Télécharger les déclarations » reconstruit n’importe quel jour à partir des données.
# $date is a date and time.
records-oldest = La plus ancienne déclaration en attente date du { $date }.
# $error is what the LRS or the network said, often in English.
records-last-error = Dernière tentative d’envoi : { $error }
records-refused = Déclarations refusées par le LRS
records-refused-none = Le LRS n’a refusé aucune déclaration.
records-requeue = Renvoyer les déclarations refusées
records-statement = Déclaration
records-error = Réponse du LRS
records-verb = Verbe
records-when = Date et heure
records-hint = Les déclarations xAPI pour les entrepôts d'apprentissage des partenaires, et celles qu'ils ont refusées.
