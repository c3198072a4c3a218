//! What every request passes through before the app: the client's address, the session,
//! cross-site request refusal and security headers.

pub mod client_address;
pub mod cross_site;
pub mod security_headers;
pub mod session;
