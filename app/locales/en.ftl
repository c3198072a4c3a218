### Frontline's interface texts in English: the reference every other language follows.
###
### One message per line: `id = text`. Translate the text, never the id.
### - Variables such as { $date } are filled in by Frontline: keep them, in the place your
###   language puts them. Numbers are shown as Western digits (0-9).
### - Counted nouns choose their form with CLDR plural categories:
###       { $count ->
###           [one] one lesson
###          *[other] { $count } lessons
###       }
###   A language uses the categories it has (Arabic: zero, one, two, few, many, other).
### - {" "} at the start or end of a text is a space that must stay (the text follows or
###   precedes another one).
### - A comment (#) above a message explains where it is shown.
### The build checks that every language has every message, with no variable the English lacks.

## learner: the officer-facing pages (home, sign-in, account, learning, quizzes, certificates).

# The product's name.
app-name = Frontline
# Under the product's name in the header.
tagline = Recognise, protect, refer
skip-to-content = Skip to content
nav-home = Home
footer-note = Training for front-line officers who meet refugees and displaced people.
home-title = Recognise, protect and refer victims of trafficking
home-intro = Short lessons and self-assessment quizzes for police, border and immigration officers, health and social workers, and NGO staff in Egypt, Iraq, Jordan, Lebanon and Turkey.
home-audience = Study on your phone, at your pace. Your supervisor sees your progress; your certificate can be verified by anyone.
home-offline = Frontline works on slow connections and without JavaScript. If the network drops, check it here before you continue.
check-connection = Check connection
checking = Checking…
connection-ok = Connected to Frontline
connection-db-down = Frontline is reachable, but its database is not answering
connection-failed = Frontline cannot be reached right now
not-found-title = Page not found
not-found-body = This page does not exist, or you may not see it.
server-error-title = Something went wrong
back-home = Back to the home page
sign-in-title = Sign in
# Followed by the person's name.
signed-in-as = You are signed in as
signed-out = You are signed out.
sign-in-failed = The email or password is not right, or there were too many attempts. Check them, or wait a while and try again.
sign-in-busy = The server is busy signing many people in and could not check your password. Please try again in a moment.
email = Email
password = Password
sign-in = Sign in
sign-out = Sign out
demo-sign-ins = Demo accounts
demo-sign-ins-hint = This is a demonstration. Sign in with any of these accounts to see Frontline as that person would.
role = Role
my-account = My account
my-details = My details
display-name = Name
language = Language
save = Save
change-password = Change password
current-password = Current password
new-password = New password
password-rules = At least 8 characters; a long phrase is best. Common passwords are refused.
confirm-password = New password again
nav-my-agency = My agency
nav-my-learning = My learning
nav-modules = Modules
nav-admin = Administration
main-menu = Main menu
# Followed by the person's name.
welcome = Welcome,
home-trainee-lead = Your training modules will be listed here, with what you have finished and what is due.
home-supervisor-lead = Follow the people of your agency and the training assigned to them.
home-trainer-lead = Modules you write will be listed here, with how trainees do on them.
home-admin-lead = Manage countries, agencies and people, and read the audit log.
admin-people = People
# The home page's link to the admin's countries page.
admin-countries-and-agencies = Countries and agencies
admin-import = Import people from CSV
reports = Completion by country
admin-audit = Audit log
loading = Loading…
assigned-to-you = Assigned to you
status-completed = completed
status-passed = passed
status-not-started = not started
status-in-progress = in progress
certificate = Certificate
start = Start
continue = Continue
no-modules-yet = No module is published yet.
# Followed by a link to the certificate; ends with a space.
module-completed = Completed.{" "}
your-certificate = Your certificate
lessons = Lessons
# The accessible name of the list of a module's lessons, in lower case.
lessons-nav = lessons
# After a lesson's title in the module's list: starts with a space.
lesson-read = {" "}✓ read
quiz = Quiz
continue-quiz = Continue the quiz
start-quiz = Start the quiz
try-again = Try again
attempt-header = Attempt
score-header = Score
result-header = Result
attempt-passed = passed
attempt-not-passed = not passed
# After an attempt's result: starts with a space.
attempt-late = {" "}(late)
submitted-late = Submitted after the time limit: only the answers saved in time were scored.
back-to-module = Back to the module
# Followed by the time left, as 12:34.
time-left = Time left:{" "}
save-answers = Save answers
submit = Submit
# The quiz's Submit button: it opens a page that asks to confirm.
review-and-submit = Submit…
# In the quiz's bar: how many questions have an answer.
answered-count = { $answered } of { $total } answered
# The list of the quiz's questions, to jump to one.
questions-nav = Questions
# Read after a question's number in the question list (by a screen reader, and shown).
not-answered = not answered
first-unanswered = Go to the first unanswered question
all-answered = Every question has an answer.
review-title = Submit attempt { $number }?
review-summary = You answered { $answered } of { $total } questions.
review-unanswered = Not answered yet:
review-final = Once submitted, your answers can no longer be changed.
submit-now = Submit now
back-to-questions = Back to the questions
previous-question = ← Previous question
next-question = Next question →
question-of = Question { $number } of { $total }
# The header's button that opens the navigation on a phone.
menu = Menu
# The connection check without JavaScript: the page was served again.
connection-page-ok = Connected to Frontline: the server and its database answered.
done-next-lesson = Done — next lesson
done-back-to-module = Done — back to the module
previous-lesson = ← Previous
next-lesson = Next →
certificate-title = Certificate of completion
# On the certificate: "This certifies that" <name> (<agency>) "has completed the module" <title>.
certifies-that = This certifies that
# See certifies-that.
has-completed-module = has completed the module
# Followed by the certificate's code.
verification-code = Verification code:{" "}
print-hint = To keep a PDF, use your browser's Print and choose “Save as PDF”.
certificate-check = Certificate check
# Before a scenario shared by several questions.
scenario = Scenario.{" "}
ordering-hint = Give each step its place: 1 is first.
# After the right option of a true/false or single question: starts with a space.
right-choice = {" "}— right answer: correct
not-saved-retrying = Not saved yet — no connection. Retrying…
# After an option in the result: starts with a space.
you-chose-this = {" "}— you chose this
# After an option in the result: starts with a space.
a-right-answer = {" "}— a right answer
# After an option in the result: starts with a space.
not-a-right-answer = {" "}— not a right answer
# After an option in the result: starts with a space.
right-answer-not-chosen = {" "}— a right answer you did not choose
# After a question in the result: starts with a space.
outcome-right = {" "}— right
# After a question in the result: starts with a space.
outcome-partly-right = {" "}— partly right
# After a question in the result: starts with a space.
outcome-wrong = {" "}— wrong
key-after-pass = The right answers and explanations appear once you pass or have used your last attempt.
key-not-shown = This quiz does not show its right answers.
form-unreadable = The form could not be read; please try again.
form-too-large = What you sent is too large to be received. Shorten it, or choose a smaller file, and try again.
choose-own-password = Choose your own password before you continue: the one you were given is for your first sign-in only.

# A link back to a page, by its title: the arrow points the way your script reads back.
back-link = ← { $title }
# A module assigned with a due date that has not passed.
assigned-due-on = Assigned to you — due { $date }
# A module assigned with a due date that has passed.
assigned-overdue-since = Assigned to you — overdue since { $date }
# The facts line of a module card; $status is already translated ("in progress").
module-meta = { $minutes } min · { $lessons } lessons · { $status }
# Added after module-meta once the trainee has a score; $percent has its sign ("87.5 %").
module-meta-best-score = {" "}· best score { $percent }
# The accessible name of a progress bar; $percent has its sign ("40 %").
percent-done = { $percent } done
# What a module's quiz asks, followed by quiz-facts-time-limit (when there is one) and one of
# the two quiz-facts-attempts messages. $pass_mark has its sign ("80 %").
quiz-facts = { $questions } questions · pass mark { $pass_mark }
quiz-facts-time-limit = {" "}· { $minutes } minutes
quiz-facts-attempts-unlimited = {" "}· attempts: unlimited
quiz-facts-attempts-used = {" "}· attempts: { $used } of { $max } used
# Lessons still unread before a module can be complete.
still-to-read = Still to read before the module is complete: { $unread } lesson(s).
# Why no new attempt can start.
all-attempts-used = You have used all { $max } attempts of this quiz.
quiz-attempt-title = Quiz — attempt { $number }
attempt-result-title = Attempt { $number } — result
lesson-of = Lesson { $number } of { $total }
# A question's worth, after its prompt: starts with a space.
question-points = {" "}({ $points } pt)
# The heading of a scored quiz whose score is not shown. $passed is yes or no; $pass_mark has
# its sign ("80 %").
result-heading =
    { $passed ->
        [yes] Passed
       *[no] Not passed yet
    } (pass mark { $pass_mark })
# The heading of a scored quiz with its score: $percent and $pass_mark have their sign;
# $earned and $possible are points.
result-heading-scored =
    { $passed ->
        [yes] Passed
       *[no] Not passed yet
    } — { $percent } ({ $earned } of { $possible } points; pass mark { $pass_mark })
# The points a question earned, after its prompt in the result: starts with a space.
points-earned = {" "}{ $earned } / { $points } pt
# After a question in the result: starts with a space.
your-answer = {" "}— your answer: { $given }
# After a question in the result: starts with a space.
right-answer = {" "}— right answer: { $expected }
# The quiz's autosave report; $time is the time of day, 14:05:09.
answers-saved-at = Answers saved at { $time }
# The offline indicator (quiet, at the top of a signed-in page) and offline reading.
sync-online = Online
sync-offline = Offline — your work is kept on this phone
# Followed by nothing; $n is a count of lesson marks, submissions and unsent answers.
sync-waiting = Waiting to be sent: { $n }
sync-sent-at = Last sent at { $time }
sync-submit-waiting = Your submission is kept on this phone and will be sent when the network returns.
sync-refused = The server refused what was waiting: open the attempt to see why.
sync-sign-in = Sign in again to send what is waiting.
offline-kept = Available offline
offline-keep = Keep for offline reading
offline-remove = Remove the offline copy
offline-saving = Saving for offline reading…
offline-failed = Could not keep it for offline reading. Try again when online.
# $size is written by the browser, as "1.2 MB".
offline-storage = Kept on this phone for offline use: { $size }
timed-needs-network = This quiz is timed, so it needs the network: answers given offline are kept on this phone, but the time limit is the server's and a submission cannot wait.
offline-title = You are offline
offline-body = This page is not kept on this phone. The lessons you opened or kept for offline reading can still be read.
# The certificate's closing line, after the module's title; $percent has its sign.
certificate-completed-on = on { $date } with a score of { $percent }.
# Where anyone can check a certificate: keep the address /verify/… as it is.
check-certificate-at = Check it at /verify/{ $code }
# A certificate found by its code, with what was true when it was earned.
certificate-valid = Valid. { $name } completed “{ $title }”, version { $version }, on { $date }.
# As certificate-valid, for a person in an agency.
certificate-valid-with-agency = Valid. { $name } ({ $agency }) completed “{ $title }”, version { $version }, on { $date }.
no-certificate = No certificate has the code { $code }.

## admin: people, countries and agencies, import, audit log. Ids start with admin-.

# Shared by several pages.

admin-please-sign-in = Please sign in.
admin-agency = Agency
admin-country = Country
admin-status = Status
# A filter choice: any status, any role.
admin-any = any
admin-filter = Filter
admin-active = active
admin-deactivated = deactivated
# The choice of no agency in a list.
admin-agency-none = — none —
admin-first-password = First password
admin-add-person = Add a person

# The administration index.

admin-people-hint = Find, add, change and deactivate accounts; reset passwords.
admin-import-hint = Check a spreadsheet row by row, then create the accounts.
admin-countries-hint = The countries of the programme and the agencies in each.
admin-audit-hint = Sign-ins, role and agency changes, resets and imports.

# The people list and its table.

admin-import-from-csv = Import from CSV
admin-search = Search
admin-name-or-email = name or email
admin-nobody-matches = Nobody matches.
admin-last-sign-in = Last sign-in
# In the column "Last sign-in".
admin-never-signed-in = never
admin-pages = pages

# Adding a person and a person's page.

admin-agency-needed-for = Agency (needed for trainees and supervisors)
admin-first-password-hint = At least 8 characters, not a common password. Give it to the person in private.
admin-create-account = Create account
admin-role-and-agency = Role and agency
admin-save-changes = Save changes
admin-deactivate = Deactivate
admin-reactivate = Reactivate
admin-deactivate-explained = A deactivated person cannot sign in; their sessions end at once. Their records stay.
admin-reactivate-explained = The person can sign in again with their password.
admin-deactivate-account = Deactivate account
admin-reactivate-account = Reactivate account
admin-reset-password = Reset password
admin-reset-password-hint = Give it to the person in private; their sessions end.

# Countries and agencies.

admin-countries = Countries
admin-code = Code
admin-name-header = Name
# The column of the names in Arabic is headed in Arabic in both languages.
# The column of the countries' Arabic names: headed in Arabic in every language.
admin-name-arabic-header = الاسم
admin-agencies = Agencies
admin-add-country = Add a country
admin-iso-code = ISO code (two letters)
admin-name-in-english = Name in English
admin-name-in-arabic = Name in Arabic
admin-add-country-button = Add country
admin-no-agency-yet = No agency yet.
admin-kind = Kind
admin-assign-modules = assign modules
admin-add-agency = Add an agency
admin-add-agency-button = Add agency

# Import.

admin-checking-file = Checking the file…
admin-choose-file = Choose a file
# Followed by the column names, which stay in English, then by admin-import-rules.
admin-import-columns = A CSV file (UTF-8; comma, semicolon or tab separated) whose first line names the columns{" "}
admin-csv-file = CSV file
admin-paste-rows = …or paste the rows (e.g. copied from a spreadsheet)
admin-check-file = Check the file
admin-preview = Preview
admin-line = Line
admin-problems = Problems
admin-fix-or-import-valid = Fix the rows with problems in your file and check it again, or import only the rows that are ready.
admin-first-passwords = First passwords
admin-first-passwords-shown-once = Shown only now and kept nowhere. Print or copy them and give each person theirs in private; at their first sign-in they choose their own.

# The audit log.

admin-action = Action
admin-person-email = Person (email)
admin-when-utc = When (UTC)
admin-by = By
admin-about = About
admin-detail = Detail
admin-address = Address

# The pager's "Page 3".
admin-page-number = Page { $page }
# When an account was created, after its email and status.
admin-joined-on = joined { $date }
# The heading of a country's page; $country is its ISO code.
admin-agencies-in = Agencies in { $country }
# After admin-import-columns and the column names: starts with ". ". The roles trainee,
# supervisor, trainer and admin stay in English: the file must use them.
admin-import-rules = . Role is trainee, supervisor, trainer or admin; agency and country (ISO code, e.g. JO) must already exist. At most { $max_rows } rows. Nothing is written until you confirm.
# The import preview's summary line.
admin-import-summary = { $valid } row(s) ready, { $invalid } with problems.
# Before an import: how long it takes (every first password is hashed) and where to follow it.
admin-import-estimate = Importing { $people } people takes about { $seconds } s. If you leave or reload this page meanwhile, it shows how far the import got, then the first passwords.
# An import under way, as far as it got.
admin-import-running = An import is under way: the first passwords of { $hashed } of { $total } people are ready. Reload this page to follow it.
# An import finished earlier, whose first passwords were already shown.
admin-import-shown = This import created { $created } account(s). Their first passwords were shown once and are kept nowhere; an admin can reset a lost one.
# The button that imports a file whose rows are all valid.
admin-import-people = Import { $people } people
# The button that imports only the valid rows of a file.
admin-import-only-valid = Import only the { $rows } valid rows

## authoring: the trainers' pages (modules, versions, lessons, questions, item analysis). Ids start with author-.

# The module list.

author-modules = Modules
author-no-module-yet = No module yet.
author-col-module = Module
author-col-published = Published
author-col-draft = Draft
author-new-module = New module
author-title = Title
author-create-module = Create module
author-import-module = Import a module
author-import-hint = A module exported from Frontline (JSON, format frontline.module/2). It arrives as a draft.
author-module-file = Module file
author-import = Import

# A version's status, as a single word.

author-status-draft = draft
author-status-published = published
author-status-archived = archived

# The module editor.

author-preview-as-trainee = Preview as a trainee
author-export-json = Export (JSON)
author-item-analysis = Item analysis
author-publishing = Publishing
author-before-publishing = Before publishing:
author-publish-this-version = Publish this version
author-edit-new-draft = Edit (start a new draft)
author-archive = Archive
# Followed by links to each version.
author-versions-label = Versions:{" "}
author-settings = Settings
author-summary = Summary
author-language = Language
author-estimated-minutes = Estimated minutes
author-pass-mark-percent = Pass mark (%)
author-attempts-allowed = Attempts allowed
# Hint under a number field.
author-empty-unlimited = empty: unlimited
author-time-limit-minutes = Time limit (minutes)
# Hint under a number field.
author-empty-none = empty: none
author-questions-per-attempt = Questions per attempt
# Hint under a number field.
author-empty-all = empty: all
author-intended-for = Intended for (none ticked: everyone)
author-shuffle-questions = Shuffle questions
author-shuffle-options = Shuffle options
author-one-per-screen = One question per screen
author-retake-wait-minutes = Wait between attempts (minutes)
author-review-legend = After submitting, trainees see
author-review-score = Their score
author-review-correctness = Which questions they got right
author-review-feedback = The feedback on the options they chose
author-review-key = The right answers and explanations
author-fixed-order = Keep these options in the order written (for “all of the above”)
author-save-settings = Save settings
author-pass-mark = Pass mark
author-attempts = Attempts
author-unlimited = unlimited
author-time-limit = Time limit
# The value of "Time limit" when there is none.
author-no-time-limit = none
# The value of "Questions per attempt" when every question is asked.
author-all-questions = all
author-delete = Delete
author-new-lesson-title = New lesson title
author-add-lesson = Add lesson
author-new-question-of-kind = New question of kind
author-add-question = Add question

# Question kinds.

author-kind-single = Single choice
author-kind-multiple = Multiple choice
author-kind-true-false = True or false
author-kind-ordering = Put in order
author-kind-matching = Match pairs

# The lesson editor.

author-text-markdown = Text (Markdown)
# The Markdown marks themselves (##, **, *, -, 1., >, [](…)) stay as they are.
author-markdown-hint = ## heading, **bold**, *italic*, - list, 1. list, > quote, [link](https://…). HTML is shown as text.
author-save-and-preview = Save and preview
author-preview = Preview

# The question editor.

author-frozen-notice = This version is published and frozen; start a new draft to change it.
author-kind = Kind
author-question-label = Question
author-scenario-label = Scenario (optional; questions in a row with the same scenario are shown together)
author-points = Points
author-options = Options
author-hint-single = Tick exactly one correct option.
author-hint-multiple = Tick every correct option (at least one). Partial credit: right ticks minus wrong ticks.
author-hint-true-false = Two options, True and False; tick the correct one.
author-hint-ordering = Give each item its place in the right order (1, 2, 3…). Trainees see them mixed.
author-hint-matching = Give each item the answer it pairs with (all different). Trainees choose from all answers.
author-col-text = Text
author-col-correct = Correct
author-col-place = Place
author-col-match = Match
author-col-feedback = Feedback
author-explanation-label = Explanation (shown after submission)
author-save-question = Save question

# The preview.

author-back-to-editor = Back to the editor
author-check-answers = Check answers

# Item analysis.

author-download-csv = Download CSV
author-col-question = Question
author-col-answered = Answered
author-col-correct-share = Correct
author-col-discrimination = Discrimination
author-col-options-chosen = Options chosen
author-col-flags = Flags
author-flag-too-easy = too easy
author-flag-too-hard = too hard
author-flag-negative = discriminates negatively

# When a module shows its right answers, as the settings form offers it.
author-key-shown-after-pass-or-last-attempt = Once they pass or have no attempt left (recommended)
author-key-shown-always = After every attempt
author-key-shown-never = Never
# Between the flags of a question in the item analysis: ends with a space.
author-flag-separator = ,{" "}
# A version in the module list.
author-version-short = version { $number }
# The status line at the top of the module editor; $status is draft, published or archived.
author-version-status-line =
    Version { $number }: { $status ->
        [published] published — frozen; trainees get this version
        [archived] archived — new trainees do not see it
       *[draft] draft — trainees do not see it yet
    }
# One link of the module's version list; $status is already translated (author-status-draft).
author-version-chip = v{ $number } ({ $status })
# A time limit in the settings summary.
author-minutes = { $minutes } min
# The accessible name of a row's button. $action is up, down or delete; $what is lesson or
# question. The arrows are what the buttons show.
author-row-action =
    { $action ->
        [up] ↑
        [down] ↓
       *[delete] Delete
    } { $what ->
        [lesson] lesson
       *[question] question
    }
author-lessons-heading = Lessons ({ $count })
author-questions-heading = Questions ({ $count })
# A question's kind (already translated) and worth, after its prompt in the outline.
author-question-facts = { $kind } · { $points } pt
# The heading of the question editor; $kind is already translated.
author-question-title = Question: { $kind }
# The accessible name of one cell of the options table. $number counts from 1; $field is text,
# correct, place, match or feedback.
author-option-field =
    Option { $number } { $field ->
        [correct] correct
        [place] place
        [match] match
        [feedback] feedback
       *[text] text
    }
# The notice above a preview; $status is already translated.
author-preview-notice = Preview of version { $number } ({ $status }). Nothing you do here is recorded.
author-analysis-title = Item analysis — version { $number }
# What the item analysis table shows, with the number of attempts it is based on.
author-analysis-intro = { $attempts } submitted attempts. Correct: share answering fully right. Discrimination: how closely getting it right goes with a high score overall (point-biserial, −1 to +1, from 4 answers); 0.3 or more is good, below 0 means strong trainees miss it more than weak ones.
# The editor's warning when right answers sit in the same place question after question.
author-key-pattern-warning = In { $questions } of the { $of } questions shown in the order written, the right answer is option { $place }. A trainee who notices can pass without reading: mix the options, or let them be shuffled.

## supervision: agency dashboards, a person's progress, country reports. Ids start with supervision-.

# Shared by several pages.

supervision-not-found = Not found
supervision-module = Module
supervision-modules = Modules
supervision-download-csv = Download CSV

# The agency page: assigning.

supervision-agency = Agency
supervision-people-unavailable = This agency's people cannot be shown.
supervision-assign-module = Assign a module
supervision-assign-to = To
supervision-assign-whole-agency = Everyone in the agency (and whoever joins later)
supervision-assign-only-ticked = Only the people ticked:
supervision-due-date-optional = Due date (optional)
supervision-assign = Assign

# The agency dashboard.

supervision-trainees = Trainees
supervision-assigned = Assigned
supervision-completed-count = Completed
supervision-completion-rate = Completion rate
supervision-average-best-score = Average best score
supervision-overdue = Overdue
supervision-filter-and-sort = Filter and sort
# A filter label followed by a list: ends with a space.
supervision-show = Show{" "}
supervision-everyone = everyone
# A filter label followed by a list: ends with a space.
supervision-sort-by = Sort by{" "}
# A filter label followed by a text field: ends with a space.
supervision-name-or-email = Name or email{" "}
supervision-apply = Apply
supervision-no-module-assigned = No module is assigned in this agency yet.
supervision-matrix-caption = Assigned modules per person
supervision-person = Person

# A person's progress.

supervision-no-such-person = There is no such person in your agency.
# After a person's name: starts with a space.
supervision-deactivated = {" "}— deactivated
supervision-download-modules-csv = Download the modules as CSV
supervision-status = Status
supervision-due = Due
supervision-lessons-read = Lessons read
supervision-attempts = Attempts
supervision-best-score = Best score
supervision-completed-on = Completed
# After a module's title: starts with a space.
supervision-not-assigned = {" "}(not assigned)
supervision-quiz-attempts = Quiz attempts
supervision-download-attempts-csv = Download the attempts as CSV
supervision-no-attempt-yet = No attempt yet.
supervision-attempts-caption = Every attempt, newest first
supervision-attempt = Attempt
supervision-started = Started
supervision-submitted = Submitted
supervision-score = Score
supervision-result = Result
supervision-attempt-in-progress = in progress
supervision-attempt-passed = passed
supervision-attempt-failed = failed
# After an attempt's result: starts with a space.
supervision-attempt-late = {" "}(late)

# The country reports.

supervision-completion-by-country = Completion by country
# Followed by a link to the CSV file: ends with a space.
supervision-country-report-intro = Share of each country's active trainees and supervisors who completed each module (lessons read and quiz passed). Open a country for its agencies and kinds of agency.{" "}
supervision-completions = Completions
supervision-country-table-caption = Completion per module and country, % of learners (completed / learners)
supervision-country-chart-title = Completion by module and country (% of learners)
supervision-completions-per-month = Completions per month
supervision-download-months-csv = Download the months as CSV
supervision-month = Month
supervision-all-countries = All countries
supervision-no-such-country = There is no such country.
# Followed by a link to the CSV file: ends with a space.
supervision-country-detail-intro = Share of active trainees and supervisors who completed each module.{" "}
supervision-whole-country = The whole country
supervision-per-kind-of-agency = Per kind of agency
supervision-per-agency = Per agency
supervision-group = Group
supervision-learners = Learners

# The summary of the agency's assign form: everyone in it, counted.
supervision-everyone-in-agency = Everyone in the agency ({ $people })
# A filter choice of the matrix; $status is already translated (cell-status-…).
supervision-with-module-status = with a module { $status }
# How many rows of the matrix the filter leaves, out of the agency's trainees.
supervision-people-shown = { $shown } of { $total } people shown
# A matrix cell's best score; $percent has its sign.
supervision-best-score-of = best { $percent }
# A matrix cell's due date.
supervision-due-on = due { $date }
# An attempt's module, with the version it was taken on.
supervision-module-version = { $title } (v{ $version })
# A country's column heading, after its name: starts with a space.
supervision-learners-after-name = {" "}({ $learners } learners)
# The heading of one country's report; $country is its name, as stored.
supervision-completion-in = Completion in { $country }
# The title of one country's chart per kind of agency.
supervision-completion-per-kind-in = Completion per kind of agency in { $country } (% of learners)

## translations: module translations, for trainers and readers. Ids start with translation-.

translation-module-languages = This module in other languages
translation-translations = Translations
translation-translations-hint = A translation follows this version item for item and is scored by the same key: completions and reports count the module whatever the language.
translation-no-translation-yet = No translation yet.
translation-translate-into = Translate into
translation-start-translation = Start translation
translation-translate = Translate
translation-translation-draft = not offered yet
translation-translation-offered = offered to trainees
translation-out-of-date = out of date
translation-out-of-date-hint = The source changed since this translation was last published: check each text against the source, then publish it again.
translation-source = Source
translation-your-translation = Translation
translation-title-and-summary = Title and summary
translation-publish-translation = Publish translation
translation-translation-frozen = This translation is published with its version and no longer changes. Start the module's next draft to revise it.
translation-not-translated-yet = Not translated yet: trainees see the source's text here.

# Said on a module shown in another language than the reader's; $language is that language's
# name in itself ("English", "العربية").
translation-not-in-your-language = This module is not available in your language yet; it is shown in { $language }.

## csv: column names and words of the CSV downloads, in the reader's language. Ids start with csv-.
# Numbers in the files stay plain (no % sign, a dot for decimals) so spreadsheets compute with them.

csv-person = person
csv-email = email
csv-module = module
csv-group-kind = group kind
csv-group = group
csv-learners = learners
csv-country = country
csv-agency-kind = agency kind
csv-agency = agency
csv-version = version
csv-attempt = attempt
csv-started = started
csv-submitted = submitted
csv-score-percent = score %
csv-result = result
csv-late = late
csv-passed = passed
csv-failed = failed
csv-month = month
csv-completions = completions
csv-assigned = assigned
csv-due = due
csv-status = status
csv-lessons-read = lessons read
csv-attempts = attempts
csv-best-percent = best %
csv-completed = completed
csv-yes = yes
csv-no = no
csv-question = question
csv-language = language
csv-all-languages = all
csv-answered = answered
csv-correct-percent = correct %
csv-discrimination = discrimination
csv-options-chosen = options chosen
csv-flags = flags
csv-cohort = cohort
csv-paired = both tests
csv-pre-mean = pre-test mean %
csv-post-mean = post-test mean %
csv-mean-gain = mean gain (points)
csv-gain-ci-low = gain 95 % CI low
csv-gain-ci-high = gain 95 % CI high
csv-normalised-gain = normalised gain
csv-normalised-ci = normalised gain 95 % CI ±
csv-improved-percent = improved %
csv-pre-only = pre-test only
csv-post-only = post-test only
csv-figure = figure
csv-value = value
csv-period-from = period from
csv-period-to = period to
csv-survey-responses = survey responses
csv-relevance-mean = relevance mean (1–5)
csv-confidence-before = confidence before (1–5)
csv-confidence-after = confidence after (1–5)
csv-referred-never = never referred
csv-referred-once = referred once
csv-referred-several = referred several times
csv-directory-helped-yes = directory helped: yes
csv-directory-helped-no = directory helped: no
# $name: a country or a module; $status: a status word; $percent: a percentage written as the pages write it.
csv-best = { $status } (best { $percent })
csv-completed-in = { $name } completed
csv-learners-in = { $name } learners
csv-percent-in = { $name } %

## problems: errors, problems with what was sent (at a form field), and notices of what a form achieved.

# Between the items of a list (column names): ends with a space.
list-separator = ,{" "}

# Errors: what happened, never internals.
error-not-found = Not found.
error-unauthenticated = Please sign in.
# $reference is a short code the person can give to support.
error-internal = Something went wrong on our side (reference { $reference }). Please try again.
error-request = The request could not be completed. Check the connection and try again.
error-busy = Many officers are using Frontline right now. Please try again in { $seconds } seconds.
busy-title = Frontline is busy
busy-page = Many officers are using Frontline right now. This page will load again by itself in { $seconds } seconds.
busy-form = Many officers are using Frontline right now, and what you sent was not received. Go back: your answers are still in the form. Send it again in { $seconds } seconds.

# Problems with what was sent, shown at the form field (or at the top of the page).
problem-choose-from-list = Choose from the list.
problem-whole-number = Enter a whole number.
problem-choose-module = Choose a module.
problem-choose-role = Choose a role.
problem-choose-agency-kind = Choose the kind of agency.
problem-choose-question-kind = Choose a kind of question.
problem-choose-key-shown = Choose when to show the right answers.
problem-choose-language = Choose a language from the list.
problem-password-common = This password is one of the most common ones and easy to guess. Choose another.
problem-sign-ins-busy = The server is busy signing many people in. Please try again in a moment.
problem-too-many-wrong-passwords = Too many wrong passwords. Wait a few minutes and try again.
problem-current-password-wrong = The current password is not right.
problem-same-password-again = Choose a new password, not the one you have now.
problem-new-passwords-differ = The two new passwords differ.
problem-person-name-required = Enter the person's name.
problem-name-required = Enter a name.
problem-name-looks-like-formula = A name cannot begin with = + - or @ (spreadsheet formulas).
problem-email-invalid = Enter a valid email address.
problem-email-taken = This email is already registered.
problem-email-earlier-in-file = This email appears earlier in the file.
problem-agency-required = Trainees and supervisors belong to an agency.
problem-no-such-agency = This agency does not exist.
problem-cannot-remove-own-admin-role = You cannot remove your own admin role.
problem-cannot-deactivate-self = You cannot deactivate your own account.
problem-country-code-invalid = Use the two-letter ISO 3166 code, e.g. SY.
problem-country-exists = This country is already there.
problem-agency-exists = This country already has an agency of that name.
problem-import-form-out-of-date = The form is out of date; check the file again.
problem-import-still-running = This import is still running. Open the import page again in a minute to see it.
problem-import-incomplete = The import did not complete. Check the file and try again.
problem-upload-incomplete = The upload did not arrive whole. Try again.
problem-file-not-utf8 = The file is not UTF-8 text. In Excel, save it as "CSV UTF-8".
problem-file-missing = Choose a CSV file, or paste its contents.
problem-csv-unreadable = The file cannot be read as CSV.
problem-email-not-valid = The email is not valid.
problem-agency-missing = Trainees and supervisors need an agency.
problem-agency-needs-country = Give the agency's country.
problem-due-date-format = Give the due date as YYYY-MM-DD.
problem-date-invalid = Give the day as YYYY-MM-DD.
problem-date-range = The range must end on or after its first day, and span at most { $days } days.
problem-due-date-in-past = The due date is in the past.
problem-choose-people = Choose at least one person, or the whole agency.
problem-quiz-form-out-of-date = The form is out of date; open the module page again.
problem-no-attempt-left = No attempt left: the attempt limit of this quiz is reached, or another attempt is already under way.
problem-attempt-submitted = This attempt is already submitted.
problem-time-up = Time is up: answers can no longer change.
problem-pretest-first = The lessons and the quiz open once you have taken the pre-test.
problem-pretest-not-offered = This module's pre-test is not offered to you now.
problem-pretest-required = The trainer asks everyone to take this pre-test before the lessons.
problem-pretest-needs-questions = The module asks a pre-test, but every question is marked for the quiz only: mark some for both tests or for the pre-test.
problem-choose-one-to-five = Choose a number from 1 to 5, or leave it blank.
problem-period-invalid = Give the period as two months, YYYY-MM, the first not after the second.
problem-role-outside-reach = A country coordinator gives the roles trainee, supervisor and coordinator only.
problem-choose-service-kind = Choose what kind of service it is.
problem-city-required = Give the city or governorate.
problem-service-name-required = Give the service's name in at least one language.
problem-reason-required = Give the reason: the audit log keeps it.
problem-phone-missing = Give at least one phone number: an officer must be able to call.
problem-phone-not-a-number = “{ $line }” does not start with a phone number of 3 to 15 digits. Write one number per line, then what it is for.
problem-unknown-spoken-language = “{ $code }” is not a language code Frontline knows (for example ar, en, am, tl).
problem-unknown-served = “{ $value }” is not women, men or children.
problem-no-such-entry = There is no entry { $id } in this country's directory; leave the id empty to add one.
problem-verified-on-format = Give the date it was last verified as YYYY-MM-DD, or leave it empty.
problem-entry-exists = The directory has this service already (same city, kind and name): change that entry instead.
problem-same-as-line = The same service (city, kind and name) as line { $line }.
problem-estimated-minutes-range = Estimated time is between 1 and 600 minutes.
problem-pass-mark-range = The pass mark is between 1 and 100 %.
problem-max-attempts-range = Allow between 1 and 100 attempts, or leave empty for no limit.
problem-time-limit-range = The time limit is between 1 and 600 minutes, or empty.
problem-retake-wait-range = The wait between attempts is between 1 and 10,080 minutes (a week), or empty.
problem-draw-at-least-one = Draw at least one question, or leave empty for all.
problem-lesson-title-required = Every lesson needs a title.
problem-give-lesson-title = Give the lesson a title.
problem-lesson-required = Add at least one lesson.
problem-lesson-empty = A lesson cannot be empty.
problem-question-required = Add at least one question.
problem-prompt-required = Write the question.
problem-points-range = Points are between 1 and 100.
problem-option-text-required = Every option needs a text.
problem-single-needs-two-options = A single-choice question needs at least two options.
problem-single-needs-one-correct = A single-choice question has exactly one correct option.
problem-multiple-needs-two-options = A multiple-choice question needs at least two options.
problem-mark-one-correct = Mark at least one option correct.
problem-true-false-shape = A true/false question has two options, one of them correct.
problem-ordering-places = Give every item its place in the right order: 1, 2, 3… each once.
problem-matching-pairs = Give every item a different match (the answer it pairs with).
problem-version-frozen = This version is published and frozen. Choose “Edit” on the module to make a new draft.
problem-draft-started-elsewhere = Someone else just started a draft; open the module again.
problem-only-published-archived = Only a published module can be archived.
problem-slug-invalid = Use 3–80 lowercase letters, digits and hyphens.
problem-translation-does-not-fit = A translation has one text for each lesson, question and option of its module, in the same order.
problem-translation-exists = This version has a translation into that language already.
problem-nothing-to-translate = Add lessons or questions before starting a translation.

# Problems with values in them.
# A text over its limit of characters (also a password).
problem-too-long = Use at most { $max } characters.
problem-password-too-short = Use at least { $min } characters.
problem-import-rows-have-problems = { $rows } row(s) have problems. Fix them, or import only the valid rows.
problem-file-too-large = The file is larger than { $max_mb } MB.
# $expected and $missing are lists of column names, which stay in English.
problem-csv-columns-missing = The first line must name the columns { $expected }; missing: { $missing }.
problem-csv-too-many-rows = At most { $max } people per file; split it into several files.
problem-csv-line-unreadable = Line { $line } cannot be read.
# The roles trainee, supervisor, trainer and admin stay in English: the file must use them.
problem-unknown-role = Unknown role "{ $role }": use trainee, supervisor, trainer or admin.
# $column is the column's name in the file, in English.
problem-cell-looks-like-formula = The { $column } cannot begin with = + - or @.
problem-unknown-country = Unknown country "{ $code }".
problem-no-agency-in-country = No agency "{ $agency }" in { $country }.
problem-retake-wait = You can start the next attempt in { $minutes } min.
problem-title-required = Give the module a title (up to { $max } characters).
problem-summary-too-long = Keep the summary under { $max } characters.
problem-draws-more-than-exist = Each attempt draws { $draws } questions but there are only { $questions }.
problem-lesson-too-long = Keep a lesson under { $max } characters; split it.
# $problems are the problems found, one sentence after the other.
problem-not-publishable = Not ready to publish: { $problems }
# $detail is the reader's own explanation, in English.
problem-not-a-module = The document is not a module ({ $detail }).
problem-format-expected = Expected "{ $format }".
# "slug" is the name of the field in the module file: keep it.
problem-slug-taken = slug: a module "{ $slug }" exists already; change the slug to import a copy.
# One problem of an imported document after where it is ($field is a path such as
# questions[2].options, in English).
problem-at-field = { $field }: { $problem }

# Notices: what a form achieved, at the top of the page that follows it.
notice-details-saved = Your details are saved.
notice-password-changed = Your password is changed. Other devices were signed out.
notice-country-added = Country added.
notice-agency-added = Agency added.
notice-account-created = Account created.
notice-changes-saved = Changes saved.
notice-account-reactivated = Account reactivated.
notice-account-deactivated = Account deactivated; its sessions ended.
notice-password-reset = Password reset; the person's sessions ended.
notice-module-created = Module created. Add lessons and questions, then publish.
notice-settings-saved = Settings saved.
notice-lesson-saved = Lesson saved. The preview below shows it as trainees will see it.
notice-question-saved = Question saved.
notice-published = Published. Trainees now get this version.
notice-draft-started = A new draft, copied from the published version. Trainees keep the published one until you publish this.
notice-archived = Archived: new trainees no longer see this module.
notice-module-imported = Module imported as a draft.
notice-translation-started = Translation started: each text is the source's until you replace it.
notice-translation-saved = Translation saved.
notice-translation-published = Translation published: trainees who read this language get it.
notice-answers-saved = Your answers are saved.
notice-already-submitted = This attempt had already been submitted, perhaps from another device: here is its result. The answers sent now were not counted.
notice-assigned-to-agency = Assigned to the whole agency.
notice-pretest-skipped = Pre-test skipped: the lessons are open.
notice-survey-thanks = Thank you: your answers are kept without your name.
notice-followup-thanks = Thank you: your answer is counted without your name.
notice-entry-added = The entry is in the directory, verified today.
notice-entry-saved = The entry is saved and marked as verified today.
notice-entry-verified = Marked as verified today.
notice-entry-removed = The entry is out of the directory; its history stays in the audit log.
notice-entries-imported = Imported: { $added } added, { $changed } changed.
notice-certificate-revoked = The certificate is revoked.
notice-statements-requeued = { $count } statement(s) will be sent again at the next push.
notice-accounts-created = { $count } account(s) created.
notice-assigned-to-people = Assigned to { $count } people.

## labels: names of shared codes (agency kinds, report cells and orders, roles, audit actions, months).

# Kinds of agency.
agency-kind-law-enforcement = Law enforcement
agency-kind-border-immigration = Border and immigration
agency-kind-health = Health
agency-kind-social-work = Social work
agency-kind-civil-society = Civil society
agency-kind-international-org = International organisation
agency-kind-other = Other
service-kind-police-unit = Anti-trafficking police unit
service-kind-shelter = Shelter
service-kind-hotline = Hotline
service-kind-health = Health care
service-kind-psychosocial = Psychosocial support
service-kind-legal-aid = Legal aid
service-kind-child-protection = Child protection
service-kind-un-agency = UN agency
service-kind-ngo = NGO
served-women = Women
served-men = Men
served-children = Children
spoken-ar = Arabic
spoken-en = English
spoken-fr = French
spoken-tr = Turkish
spoken-ku = Kurdish
spoken-fa = Persian
spoken-ur = Urdu
spoken-am = Amharic
spoken-ti = Tigrinya
spoken-so = Somali
spoken-bn = Bengali
spoken-tl = Filipino
spoken-si = Sinhala
spoken-ne = Nepali

# A module's status for a person, in the agency's matrix.
cell-status-not-started = not started
cell-status-in-progress = in progress
cell-status-passed = passed
cell-status-failed = failed
cell-status-overdue = overdue

# How the agency's matrix is sorted.
matrix-sort-name = name
matrix-sort-overdue = most overdue
matrix-sort-least-done = least done
matrix-sort-lowest-score = lowest score

# Roles. English shows the codes, as the CSV files do.
role-trainee = trainee
role-supervisor = supervisor
role-trainer = trainer
role-admin = admin
role-coordinator = coordinator

# Audit log actions. English shows the codes, as stored in the log.
audit-action-sign-in = sign_in
audit-action-sign-in-failed = sign_in_failed
audit-action-sign-out = sign_out
audit-action-password-changed = password_changed
audit-action-password-change-failed = password_change_failed
audit-action-password-reset = password_reset
audit-action-user-created = user_created
audit-action-role-changed = role_changed
audit-action-agency-changed = agency_changed
audit-action-deactivated = deactivated
audit-action-reactivated = reactivated
audit-action-users-imported = users_imported
audit-action-country-created = country_created
audit-action-agency-created = agency_created
audit-action-renamed = renamed
audit-action-referral-added = referral_added
audit-action-referral-changed = referral_changed
audit-action-referral-verified = referral_verified
audit-action-referral-removed = referral_removed
audit-action-certificate-revoked = certificate_revoked

# A date: $day and $year are numbers, $month is 1 to 12. Write the month names and the
# order your language uses ("2 December 2026").
date =
    { $day } { $month ->
         [1] January
         [2] February
         [3] March
         [4] April
         [5] May
         [6] June
         [7] July
         [8] August
         [9] September
         [10] October
         [11] November
        *[12] December
    } { $year }

# A moment: $date is a date written as above, $time is hours and minutes (14:05), in UTC.
timestamp = { $date }, { $time } UTC

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
evaluation-nav-evaluation = Knowledge gain
evaluation-pretest = Pre-test before the lessons
evaluation-pretest-none = No pre-test
evaluation-pretest-optional = Optional (trainees may skip it)
evaluation-pretest-required = Required before the lessons
evaluation-test-form = Asked in
evaluation-test-form-both = Both the pre-test and the quiz
evaluation-test-form-pretest = The pre-test only (a parallel form)
evaluation-test-form-quiz = The quiz only (a parallel form)
evaluation-pretest-title = Pre-test
evaluation-pretest-intro = This pre-test shows what you know before the lessons. It does not count towards completion, and no answers are shown afterwards.
evaluation-pretest-why = Before the lessons: a short test of what you already know. It does not count for completion and shows no answers, so that the quiz at the end can show what you learned.
evaluation-pretest-no-key = The answers are not shown, so that the quiz at the end measures what the lessons taught.
evaluation-start-pretest = Start the pre-test
evaluation-continue-pretest = Continue the pre-test
evaluation-skip-pretest = Skip the pre-test
evaluation-lessons-after-pretest = The lessons and the quiz open after the pre-test.
evaluation-survey-title = Tell us about this module
evaluation-survey-intro = Three short questions and one free answer, all optional. Your answers are kept without your name.
evaluation-survey-relevance = How relevant was this module to your work?
evaluation-survey-confidence-before = Before the module, how confident were you to recognise the indicators of trafficking?
evaluation-survey-confidence-after = And now, after the module?
evaluation-survey-missing = What was missing, or what would you change? (optional)
evaluation-scale-not-at-all = not at all
evaluation-scale-very-much = very much
evaluation-send-survey = Send answers
evaluation-followup-title = Three months on
evaluation-followup-no-case = Do not write anything about any person or case: only this count is asked, and it is kept without your name.
evaluation-followup-question = Since the training, have you referred a person you suspected might be a victim of trafficking?
evaluation-referred-never = Never
evaluation-referred-once = Once
evaluation-referred-several = Several times
evaluation-followup-directory = Did the referral directory help?
evaluation-yes = Yes
evaluation-no = No
evaluation-send-followup = Send
evaluation-decline-followup = Do not ask me again
evaluation-report-title = Knowledge gain
evaluation-report-intro = Scores of the same officers before the lessons (pre-test) and on their first quiz attempt (post-test), paired person by person. People with only one of the two tests are counted apart; deactivated accounts are left out.
evaluation-all-modules = All modules
evaluation-module-label = Module
evaluation-show = Show
evaluation-download-csv = Download CSV
evaluation-by-country = Knowledge gain per country
evaluation-by-kind = Knowledge gain per kind of agency
evaluation-by-agency = Knowledge gain per agency
evaluation-by-cohort = Knowledge gain per cohort (the month training began)
evaluation-gain-by-module = Knowledge gain per module
evaluation-whole = All
evaluation-col-group = Group
evaluation-col-paired = Took both tests
evaluation-col-pre = Pre-test mean
evaluation-col-post = Post-test mean
evaluation-col-gain = Mean gain, points (95 % CI)
evaluation-col-normalised = Normalised gain (95 % CI)
evaluation-col-improved = Improved
evaluation-col-pre-only = Pre-test only
evaluation-col-post-only = Post-test only
evaluation-pre-series = Pre-test
evaluation-post-series = Post-test
evaluation-chart-title = Mean score before and after the training
evaluation-survey-summary-title = Reaction survey
evaluation-col-responses = Survey responses
evaluation-col-relevance = Relevance to the job (1–5)
evaluation-col-confidence = Confidence to recognise indicators (1–5), before → after
evaluation-free-text-title = What was missing (without names)
evaluation-no-free-text = No free-text answers yet.
evaluation-followup-summary-title = Follow-up three months after the training
evaluation-followup-summary-intro = Answers to “Since the training, have you referred a person you suspected might be a victim?”, counted without names. Nothing about any victim or case is asked or stored.
evaluation-followup-withheld = Fewer than five officers here have answered the follow-up: their answers are counted in the country's figures, not shown here, so that no one's answer can be told.
evaluation-col-referred-never = Never referred
evaluation-col-referred-once = Referred once
evaluation-col-referred-several = Referred several times
evaluation-col-referred-share = Have referred
evaluation-col-helped = Directory helped (yes / no)
evaluation-no-data = No officer has taken both tests here yet.
evaluation-programme-link = Programme summary
evaluation-programme-intro = For a donor report: print this page, or save it as PDF from the browser’s print menu.
evaluation-period-from = From (YYYY-MM)
evaluation-period-to = To (YYYY-MM)
evaluation-fig-learners = Officers registered (active)
evaluation-fig-completions = Module completions in the period
evaluation-fig-confidence-change = Confidence change (1–5 scale)
evaluation-fig-referred = Have referred someone since (answers)
evaluation-section-title = Knowledge gain and feedback
evaluation-open-evaluation = Open the knowledge gain report
evaluation-pretest-recorded = Pre-test recorded: you scored { $percent }. The lessons are open now.
evaluation-your-pretest-score = Your pre-test score: { $percent }. The quiz at the end shows how far you have come.
evaluation-headline = { $paired ->
        [one] { $paired } officer took both tests
       *[other] { $paired } officers took both tests
    }: scores rose from { $pre } to { $post } (normalised gain { $gain }, ± { $ci }).
evaluation-headline-referred = { $percent } of those asked three months on have referred someone since ({ $answers } answers).
evaluation-country-title = Knowledge gain in { $country }
evaluation-programme-title = Programme summary: { $country }, { $from } to { $to }

## referrals: the referral directory, for officers (/referrals) and its coordinators (/directory). Ids start with referral-.
referral-nav = Referrals
referral-nav-directory = Directory
referral-title = Referral services
referral-lead = Services that take a referral of a suspected victim of trafficking. In immediate danger, call the police emergency number first.
referral-country = Country
referral-city = City
referral-any-city = Any city
referral-kind = Kind of service
referral-any-kind = Any kind
referral-serves = Serves
referral-anyone = Anyone
referral-language = Speaks
referral-any-language = Any language
referral-search = Words to look for
referral-find = Find
referral-found = { $count } of { $total } services
referral-none-found = No service matches. Try fewer filters.
referral-empty-country = This country's directory has no entries yet.
referral-demo-badge = Demonstration entry: not a real service, not a real number.
referral-hours = Hours
referral-address = Address
referral-who = Who else
referral-how-to-refer = How to refer
referral-consent-needed = Needs the person's informed consent.
referral-email = Email
referral-verified = Last verified on { $date } by { $name }.
referral-verified-on = Last verified on { $date }.
referral-never-verified = Never verified.
referral-stale = Not verified for more than six months: confirm the number when you call.
referral-sheet-link = Printable contact sheet for { $city }
referral-sheet-title = Referral contacts: { $city }, { $country }
referral-sheet-printed = Printed on { $date }. Numbers change: the current list is at /referrals.
referral-print = Print
referral-sheets = Printable contact sheets
referral-shortcut-heading = Referral services in { $country }
referral-shortcut-heading-kind = { $kind }: { $country }
referral-shortcut-all = All referral services in { $country }
referral-shortcut-none = None of this kind is listed for your country yet.
referral-shortcut-your-country = The referral services of your country
referral-directory-title = Referral directory: { $country }
referral-choose-country = Choose the country whose directory you keep.
referral-add = Add an entry
referral-import = Import from a spreadsheet
referral-export = Download as CSV
referral-stale-count = { $count ->
        [one] One entry has not been verified for six months: call it and confirm it, or correct it.
       *[other] { $count } entries have not been verified for six months: call them and confirm them, or correct them.
    }
referral-all-current = Every entry has been verified in the last six months.
referral-edit = Edit
referral-verify = Still correct: mark verified today
referral-remove = Remove from the directory
referral-remove-hint = Removing cannot be undone; the entry's history stays in the audit log.
referral-save = Save
referral-save-hint = Saving marks the entry as verified today, by you.
referral-new-title = New entry: { $country }
referral-edit-title = Edit entry: { $country }
referral-phones = Phone numbers
referral-phones-hint = One number per line, then what it is for: +962 6 000 0000 24-hour line
referral-languages = Languages spoken
referral-consent = Referral needs the person's informed consent
referral-texts-in = Name and details in { $language }
referral-texts-hint = Fill in the languages you have. Officers read their own language where it is given, else another.
referral-name = Name
referral-nationalities = Who else: nationalities, ages, situations
referral-history = History
referral-import-title = Import directory entries: { $country }
referral-import-rules = Needed: city, kind, phones, and a name in one language (name_en, name_ar, name_fr or name_tr). A row with an id changes that entry; a row without one adds an entry, or changes the one with the same city, kind and name. Several phone numbers in one cell are separated by semicolons.
referral-import-rows = { $count ->
        [one] Import 1 row
       *[other] Import { $count } rows
    }
referral-import-only-valid = { $count ->
        [one] Import only the 1 row without problems
       *[other] Import only the { $count } rows without problems
    }
referral-coordinator-lead = You coordinate { $country }: its agencies, officers, reports and referral directory.
referral-agencies = Agencies and people
referral-country-report = Country report
referral-verified-column = Verified
referral-entries = { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }

## records: Open Badges credentials, checking them, and the xAPI learning records. Ids start with records-.
records-download-credential = Download the digital credential (Open Badges 3.0)
records-credential-hint = A file signed by this installation: other platforms, employers and digital wallets can check it with standard tools, even without reaching Frontline.
# On the certificate and check pages; $date is a date.
records-revoked = This certificate was revoked on { $date }. It no longer counts as proof of the training.
records-revoke-heading = Revoke this certificate
records-revoke-explain = For a certificate obtained by cheating, for example. From now on its page, its code and its credential say it is revoked; the audit log keeps your reason.
records-reason = Reason
records-revoke = Revoke the certificate
records-check-credential = Check a digital credential
records-check-explain = Paste a Frontline credential (the text of its .jwt file) or choose the file. Frontline checks its signature against the keys it publishes and says what its record says today.
records-paste = Credential text
records-file = Or the credential file
records-check = Check the credential
# $key is a key's id, a code of 43 letters and digits.
records-genuine = Genuine: signed by this installation with key { $key }.
records-unreadable = This is not a credential. Paste the whole text of the file: three parts separated by dots.
records-not-signed = Not genuine: no key of this installation signed it as it is now. It was changed after signing, or signed by someone else.
records-unknown = Signed by this installation, but no certificate has its code any more.
records-check-a-file = Have the credential file? Check it here.
records-title = Learning records (xAPI)
records-explain = Every quiz started, question answered, result and completion, as xAPI 1.0.3 statements: download them for a date range, or let Frontline send them to a partner's Learning Record Store. The same event always has the same statement id, so sending twice stores it once.
records-export = Download statements
records-from = From
records-to = To (included)
records-download = Download JSON
records-lrs = Learning Record Store
records-lrs-none = No LRS is configured (FRONTLINE_LRS_URL): statements are only downloaded.
# $endpoint is a web address.
records-lrs-at = Statements are sent to { $endpoint }.
records-counts = { $sent } sent, { $pending } waiting, { $refused } refused.
# $days is a number of days.
records-kept = Sent statements are kept here for { $days } days, then removed: the LRS holds them, and “Download statements” rebuilds any day from the records.
# $date is a date and time.
records-oldest = The oldest statement waiting is from { $date }.
# $error is what the LRS or the network said, often in English.
records-last-error = Its last try: { $error }
records-refused = Statements the LRS refused
records-refused-none = The LRS has refused no statement.
records-requeue = Send the refused statements again
records-statement = Statement
records-error = What the LRS said
records-verb = Verb
records-when = When
records-hint = Statements for partners' learning record stores, and what they refused.
