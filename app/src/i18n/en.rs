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
        Msg::NotFoundBody => "This page does not exist, or you may not see it.",
        Msg::BackHome => "Back to the home page",
    }
}
