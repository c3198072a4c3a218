//! Open Badges 3.0 credentials: what checking one found, and the revocation form.

use serde::{Deserialize, Serialize};

use crate::model::learning::Verification;

/// What checking a pasted or uploaded credential found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CredentialCheck {
    /// Signed by this installation and its completion found: what the credential says (which is
    /// what the record says), under which key, and whether the completion was revoked since.
    Genuine { code: String, key: String, facts: Verification },
    /// Not a credential at all: empty, not a compact JWS, or its parts are not JSON.
    Unreadable,
    /// Readable, but no key of this installation signed these bytes: altered after signing, or
    /// signed by someone else.
    NotSigned,
    /// Signed by this installation, but no completion has its code (removed since).
    Unknown,
}

/// The most a pasted or uploaded credential may be: a real one is 2–4 KB, and a file and a
/// pasted text together stay under the router's 64 KiB for a stranger's form.
pub const MAX_CREDENTIAL_BYTES: usize = 16 * 1024;

/// Why an admin revoked a completion: required, so that the audit log says.
pub const MAX_REASON_CHARS: usize = 500;
