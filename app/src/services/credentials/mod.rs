//! Open Badges 3.0 credentials for completions: built from the completion as earned
//! ([`badge`]), signed as VC-JOSE compact JWS with RS256 ([`jws`], keys in [`keys`]), revocable
//! through a Bitstring Status List ([`status_list`]); [`issue`] ties them to the database.

pub mod badge;
pub mod issue;
pub mod jws;
pub mod keys;
pub mod status_list;

/// The installation that issues: its public address (`FRONTLINE_PUBLIC_URL`) and name
/// (`FRONTLINE_ISSUER_NAME`). Every id in a credential is an address under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issuer {
    /// Without a trailing slash.
    url: String,
    pub name: String,
}

impl Issuer {
    pub fn new(url: &str, name: &str) -> Self {
        Self { url: url.trim().trim_end_matches('/').to_owned(), name: name.trim().to_owned() }
    }

    /// The issuer's id: its home page.
    pub fn id(&self) -> String {
        format!("{}/", self.url)
    }

    /// The address of `path` (which starts with `/`) on this installation.
    pub fn at(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }

    /// A name-based (v5) UUID of `key` in this installation's namespace: the same key always
    /// gives the same id here, and another installation never gives it.
    pub fn uuid(&self, key: &str) -> uuid::Uuid {
        let namespace = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, self.id().as_bytes());
        uuid::Uuid::new_v5(&namespace, key.as_bytes())
    }

    /// A key's id as credentials name it: a URI into the published key set, ending in the key's
    /// thumbprint (Open Badges 3.0 asks for a `kid` that dereferences to the key).
    pub fn key_id(&self, thumbprint: &str) -> String {
        self.at(&format!("/.well-known/jwks.json#{thumbprint}"))
    }
}

/// The thumbprint a key id ends in (an id of any address this installation had), or the id
/// itself.
pub fn thumbprint_of(kid: &str) -> &str {
    kid.rsplit_once('#').map_or(kid, |(_, thumbprint)| thumbprint)
}
