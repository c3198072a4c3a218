#![recursion_limit = "512"]
//! Frontline: the Leptos application, compiled twice — `ssr` for the server, `hydrate` for the
//! browser's islands. Pages are server-rendered HTML; only `#[island]`s ship to the browser.

pub mod api;
pub mod components;
pub mod i18n;
pub mod model;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(feature = "ssr")]
pub mod services;
#[cfg(feature = "ssr")]
pub mod state;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::components::{islands::NotHydrating, layout::Layout, viewer::viewer_of_request};
use crate::i18n::{Msg, use_locale};
use crate::pages::{
    account::AccountPage,
    admin::{
        AdminPage, audit::AuditPage, countries::CountriesPage, country::CountryPage,
        import::ImportPage, new_user::NewUserPage, user::UserPage, users::UsersPage,
    },
    agency::AgencyPage,
    author::{
        analysis::ItemAnalysisPage, lesson::LessonPage, module::ModulePage, modules::ModulesPage,
        preview::PreviewPage, question::QuestionPage, translation::TranslationPage,
    },
    country_report::CountryDetailPage,
    evaluation::{
        country::EvaluationCountryPage, programme::ProgrammePage, report::EvaluationPage,
    },
    home::HomePage,
    learn::{
        attempt::AttemptPage,
        certificate::{CertificatePage, VerifyPage},
        lesson::LessonReaderPage,
        module::LearnModulePage,
        my_learning::MyLearningPage,
    },
    not_found::NotFound,
    offline::OfflinePage,
    person::PersonPage,
    records::{check::CheckCredentialPage, learning_records::LearningRecordsPage},
    referrals::{
        directory::ReferralsPage, entry::EntryPage, import::ImportDirectoryPage,
        manage::ManageDirectoryPage, sheet::ContactSheetPage,
    },
    reports::CountryReportPage,
    sign_in::SignInPage,
};

/// The language asked for by the request being rendered (the browser never renders the shell).
fn request_locale() -> i18n::Locale {
    #[cfg(feature = "ssr")]
    return request::current_locale();
    #[cfg(not(feature = "ssr"))]
    i18n::Locale::default()
}

/// The HTML document around every page. `lang` and `dir` follow the reader's language so that
/// Arabic pages lay out right-to-left.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let viewer = viewer_of_request();
    // A signed-in person reads their own language, unless a test asks for the pseudo-locale.
    let locale = match request_locale() {
        i18n::Locale::Pseudo => i18n::Locale::Pseudo,
        asked => viewer.user.as_ref().map_or(asked, |u| u.locale),
    };
    provide_context(locale);
    provide_context(viewer);
    #[cfg(feature = "ssr")]
    set_page_security_policy();
    #[cfg(feature = "ssr")]
    let assets = state::assets().map(|(_, digest)| digest).unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    let assets = String::new();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <meta name="theme-color" content=components::layout::THEME_COLOUR />
                <link
                    rel="stylesheet"
                    href=format!("/{}/{assets}/{}.css", options.site_pkg_dir, options.output_name)
                />
                <AutoReload options=options.clone() />
                // The wasm only where there is an island (components::islands::IslandScripts).
                <NotHydrating />
                // Offline reading and the outbox: an enhancement, from this site only.
                <script
                    src=format!("/offline.js?v={assets}")
                    defer
                    nonce=leptos::nonce::use_nonce()
                ></script>
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Scripts only from this site, plus Leptos' one inline loader carrying this response's nonce.
#[cfg(feature = "ssr")]
fn set_page_security_policy() {
    let nonce = leptos::nonce::use_nonce().map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    let policy = format!(
        "default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
         base-uri 'none'; object-src 'none'"
    );
    if let (Some(response), Ok(value)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&policy))
    {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = use_locale();
    // Pages render whole before they are sent: they must work without JavaScript.
    view! {
        <Title text=locale.t(Msg::AppName) />
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/sign-in") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/offline") view=OfflinePage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/agency") view=AgencyPage ssr=SsrMode::Async />
                    <Route path=path!("/agencies/:id") view=AgencyPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/countries") view=CountriesPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/admin/countries/:code")
                        view=CountryPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/admin/users") view=UsersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/users/new") view=NewUserPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/users/:id") view=UserPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/import") view=ImportPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/reports/countries")
                        view=CountryReportPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/reports/countries/:code")
                        view=CountryDetailPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/reports/evaluation")
                        view=EvaluationPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/reports/evaluation/:code")
                        view=EvaluationCountryPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/reports/programme/:code")
                        view=ProgrammePage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/people/:id") view=PersonPage ssr=SsrMode::Async />
                    <Route path=path!("/learning") view=MyLearningPage ssr=SsrMode::Async />
                    <Route path=path!("/learn/:id") view=LearnModulePage ssr=SsrMode::Async />
                    <Route
                        path=path!("/learn/:module/lessons/:lesson")
                        view=LessonReaderPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/attempts/:id") view=AttemptPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/certificates/:code")
                        view=CertificatePage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/verify/:code") view=VerifyPage ssr=SsrMode::Async />
                    <Route path=path!("/verify") view=CheckCredentialPage />
                    <Route
                        path=path!("/admin/records")
                        view=LearningRecordsPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/author") view=ModulesPage ssr=SsrMode::Async />
                    <Route path=path!("/author/modules/:id") view=ModulePage ssr=SsrMode::Async />
                    <Route path=path!("/author/lessons/:id") view=LessonPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/author/questions/:id")
                        view=QuestionPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/author/versions/:id/preview")
                        view=PreviewPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/author/versions/:id/translations/:language")
                        view=TranslationPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/author/versions/:id/analysis")
                        view=ItemAnalysisPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/referrals") view=ReferralsPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/referrals/sheet")
                        view=ContactSheetPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/directory") view=ManageDirectoryPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/directory/:code")
                        view=ManageDirectoryPage
                        ssr=SsrMode::Async
                    />
                    <Route path=path!("/directory/:code/new") view=EntryPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/directory/:code/entries/:id")
                        view=EntryPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/directory/:code/import")
                        view=ImportDirectoryPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod layers {
    use std::path::Path;

    /// `model/` is the bottom layer and `services/` sits on it: neither may reach up into the
    /// presentation (`i18n`, `components`, `pages`) or the server functions (`api`).
    #[test]
    fn model_and_services_never_import_the_layers_above() {
        let above = ["crate::i18n", "crate::components", "crate::pages", "crate::api"];
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut offences = vec![];
        for layer in ["model", "services"] {
            let files = rust_files(&src.join(layer));
            assert!(files.len() > 5, "{layer}/ holds its files");
            for file in files {
                let text = std::fs::read_to_string(&file).unwrap();
                for (n, line) in text.lines().enumerate() {
                    if above.iter().any(|a| line.contains(a)) {
                        offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(offences.is_empty(), "imports against the layering:\n{}", offences.join("\n"));
    }

    /// Forms name their server function by type (`action=UpdateSettings::PATH`), never by a
    /// string that a rename would leave pointing nowhere.
    #[test]
    fn forms_post_to_their_server_functions_by_type() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut literal = vec![];
        for layer in ["pages", "components"] {
            for file in rust_files(&src.join(layer)) {
                let text = std::fs::read_to_string(&file).unwrap();
                if text.contains("action=\"/api") || text.contains("flash_for(\"") {
                    literal.push(file.display().to_string());
                }
            }
        }
        assert!(literal.is_empty(), "forms keyed by a string: {literal:?}");
    }

    fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
        let mut files = vec![];
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files.extend(rust_files(&path));
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
        files
    }
}
