use serde::{Deserialize, Serialize};

/// What the connection check tells a user about the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionStatus {
    pub database_ok: bool,
}
