//! What every request passes through before the app: the client's address, admission under
//! load, the session,
//! cross-site request refusal, security headers, a handed-over password, unreadable forms and
//! request size.

pub mod admission;
pub mod body_limit;
pub mod client_address;
pub mod cross_site;
pub mod first_password;
pub mod form_errors;
pub mod multipart_guard;
pub mod security_headers;
pub mod session;
