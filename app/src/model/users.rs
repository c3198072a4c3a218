//! Admin forms and filters for people.

use serde::{Deserialize, Serialize};

/// The filters of the users page (query string).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserFilter {
    pub q: Option<String>,
    pub country: Option<String>,
    pub agency: Option<i32>,
    pub role: Option<String>,
    /// "active", "inactive" or anything else for both.
    pub status: Option<String>,
    pub page: Option<u64>,
}

/// A new account, as an admin types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewUser {
    pub email: String,
    pub display_name: String,
    pub role: String,
    #[serde(default, deserialize_with = "crate::model::forms::blank_as_none")]
    pub agency_id: Option<i32>,
    pub locale: String,
    pub password: String,
}

/// Role and agency changes of an existing account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserChanges {
    pub display_name: String,
    pub role: String,
    #[serde(default, deserialize_with = "crate::model::forms::blank_as_none")]
    pub agency_id: Option<i32>,
}
