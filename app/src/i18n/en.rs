use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        Msg::AppName => "Frontline",
        Msg::Tagline => "Recognise, protect, refer",
        Msg::SkipToContent => "Skip to content",
        Msg::NavHome => "Home",
        Msg::FooterNote => {
            "Training for front-line officers who meet refugees and displaced people."
        }
        Msg::HomeTitle => "Recognise, protect and refer victims of trafficking",
        Msg::HomeIntro => {
            "Short lessons and self-assessment quizzes for police, border and immigration officers, health and social workers, and NGO staff in Egypt, Iraq, Jordan, Lebanon and Turkey."
        }
        Msg::HomeAudience => {
            "Study on your phone, at your pace. Your supervisor sees your progress; your certificate can be verified by anyone."
        }
        Msg::HomeOffline => {
            "Frontline works on slow connections and without JavaScript. If the network drops, check it here before you continue."
        }
        Msg::CheckConnection => "Check connection",
        Msg::Checking => "Checking…",
        Msg::ConnectionOk => "Connected to Frontline",
        Msg::ConnectionDbDown => "Frontline is reachable, but its database is not answering",
        Msg::ConnectionFailed => "Frontline cannot be reached right now",
        Msg::NotFoundTitle => "Page not found",
        Msg::ServerErrorTitle => "Something went wrong",
        Msg::NotFoundBody => "This page does not exist, or you may not see it.",
        Msg::BackHome => "Back to the home page",
        Msg::SignInTitle => "Sign in",
        Msg::SignedInAs => "You are signed in as",
        Msg::SignedOut => "You are signed out.",
        Msg::SignInFailed => {
            "The email or password is not right, or there were too many attempts. Check them, or wait a while and try again."
        }
        Msg::SignInBusy => {
            "The server is busy signing many people in and could not check your password. Please try again in a moment."
        }
        Msg::Email => "Email",
        Msg::Password => "Password",
        Msg::SignIn => "Sign in",
        Msg::SignOut => "Sign out",
        Msg::DemoSignIns => "Demo accounts",
        Msg::DemoSignInsHint => {
            "This is a demonstration. Sign in with any of these accounts to see Frontline as that person would."
        }
        Msg::Role => "Role",
        Msg::MyAccount => "My account",
        Msg::MyDetails => "My details",
        Msg::DisplayName => "Name",
        Msg::Language => "Language",
        Msg::Save => "Save",
        Msg::ChangePassword => "Change password",
        Msg::CurrentPassword => "Current password",
        Msg::NewPassword => "New password",
        Msg::PasswordRules => {
            "At least 8 characters; a long phrase is best. Common passwords are refused."
        }
        Msg::ConfirmPassword => "New password again",
        Msg::NavMyAgency => "My agency",
        Msg::NavMyLearning => "My learning",
        Msg::NavModules => "Modules",
        Msg::NavAdmin => "Administration",
        Msg::MainMenu => "Main menu",
        Msg::Welcome => "Welcome,",
        Msg::HomeTraineeLead => {
            "Your training modules will be listed here, with what you have finished and what is due."
        }
        Msg::HomeSupervisorLead => {
            "Follow the people of your agency and the training assigned to them."
        }
        Msg::HomeTrainerLead => {
            "Modules you write will be listed here, with how trainees do on them."
        }
        Msg::HomeAdminLead => "Manage countries, agencies and people, and read the audit log.",
        Msg::AdminPeople => "People",
        Msg::AdminCountries => "Countries and agencies",
        Msg::AdminImport => "Import people from CSV",
        Msg::Reports => "Completion by country",
        Msg::AdminAudit => "Audit log",
        Msg::Loading => "Loading…",
        Msg::AssignedToYou => "Assigned to you",
        Msg::StatusCompleted => "completed",
        Msg::StatusPassed => "passed",
        Msg::StatusNotStarted => "not started",
        Msg::StatusInProgress => "in progress",
        Msg::Certificate => "Certificate",
        Msg::Start => "Start",
        Msg::Continue => "Continue",
        Msg::NoModulesYet => "No module is published yet.",
        Msg::ModuleCompleted => "Completed. ",
        Msg::YourCertificate => "Your certificate",
        Msg::Lessons => "Lessons",
        Msg::LessonsNav => "lessons",
        Msg::LessonRead => " ✓ read",
        Msg::Quiz => "Quiz",
        Msg::ContinueQuiz => "Continue the quiz",
        Msg::StartQuiz => "Start the quiz",
        Msg::TryAgain => "Try again",
        Msg::AttemptHeader => "Attempt",
        Msg::ScoreHeader => "Score",
        Msg::ResultHeader => "Result",
        Msg::AttemptPassed => "passed",
        Msg::AttemptNotPassed => "not passed",
        Msg::AttemptLate => " (late)",
        Msg::SubmittedLate => {
            "Submitted after the time limit: only the answers saved in time were scored."
        }
        Msg::BackToModule => "Back to the module",
        Msg::TimeLeft => "Time left: ",
        Msg::SaveAnswers => "Save answers",
        Msg::Submit => "Submit",
        Msg::DoneNextLesson => "Done — next lesson",
        Msg::DoneBackToModule => "Done — back to the module",
        Msg::PreviousLesson => "← Previous",
        Msg::NextLesson => "Next →",
        Msg::CertificateTitle => "Certificate of completion",
        Msg::CertifiesThat => "This certifies that",
        Msg::HasCompletedModule => "has completed the module",
        Msg::VerificationCode => "Verification code: ",
        Msg::PrintHint => "To keep a PDF, use your browser's Print and choose “Save as PDF”.",
        Msg::CertificateCheck => "Certificate check",
        Msg::Scenario => "Scenario. ",
        Msg::OrderingHint => "Give each step its place: 1 is first.",
        Msg::RightChoice => " — right answer: correct",
        Msg::NotSavedRetrying => "Not saved yet — no connection. Retrying…",
        Msg::YouChoseThis => " — you chose this",
        Msg::ARightAnswer => " — a right answer",
        Msg::NotARightAnswer => " — not a right answer",
        Msg::RightAnswerNotChosen => " — a right answer you did not choose",
        Msg::OutcomeRight => " — right",
        Msg::OutcomePartlyRight => " — partly right",
        Msg::OutcomeWrong => " — wrong",
        Msg::KeyAfterPass => {
            "The right answers and explanations appear once you pass or have used your last attempt."
        }
        Msg::KeyNotShown => "This quiz does not show its right answers.",
        Msg::FormUnreadable => "The form could not be read; please try again.",
        Msg::FormTooLarge => {
            "What you sent is too large to be received. Shorten it, or choose a smaller file, and try again."
        }
        Msg::ChooseOwnPassword => {
            "Choose your own password before you continue: the one you were given is for your first sign-in only."
        }
    }
}
