//! Who is looking at the page, provided by the shell for every component.

use leptos::prelude::*;

use crate::model::{accounts::CurrentUser, forms::Flash};

#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub user: Option<CurrentUser>,
    /// This session's last form outcome, shown once.
    pub flash: Option<Flash>,
    /// The path and query of the page, for `?next=` after signing in.
    pub path: String,
}

pub fn use_viewer() -> Viewer {
    use_context::<Viewer>().unwrap_or_default()
}

/// Reads the request (server side) into a `Viewer`.
pub fn viewer_of_request() -> Viewer {
    #[cfg(feature = "ssr")]
    {
        let path = use_context::<http::request::Parts>()
            .and_then(|p| p.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
            .unwrap_or_else(|| "/".into());
        let session = crate::state::authenticated();
        return Viewer {
            user: session.as_ref().map(|s| s.user.clone()),
            flash: session.and_then(|s| s.flash),
            path,
        };
    }
    #[allow(unreachable_code)]
    Viewer::default()
}
