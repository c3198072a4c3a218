//! The Open Badges 3.0 `OpenBadgeCredential` of a completion, as JSON (VC Data Model 2.0). Pure:
//! the facts in, the unsigned credential out; `issue` signs it.

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::Issuer;
use super::status_list::StatusPosition;

pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
pub const OB_SCHEMA: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

/// What a completion's credential states, as it was when earned.
#[derive(Debug, Clone)]
pub struct Earned {
    pub code: String,
    pub holder_name: String,
    /// The holder's account: only a UUID derived from it leaves Frontline.
    pub holder_id: i32,
    pub module_id: i32,
    pub title: String,
    pub summary: String,
    /// The language the quiz was passed in, and the title is in (BCP 47: `ar`, `tr`…).
    pub language: String,
    pub version: i32,
    pub pass_mark_percent: i32,
    pub completed_at: DateTime<Utc>,
    pub status: StatusPosition,
}

pub fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The credential's id: the address it can be downloaded from.
pub fn credential_id(issuer: &Issuer, code: &str) -> String {
    issuer.at(&format!("/certificates/{code}/credential"))
}

/// The certificate code a credential id names: `…/certificates/{code}/credential`. Read only
/// from a credential whose signature verified, whatever address the installation had then.
pub fn code_of(id: &str) -> Option<String> {
    let (_, rest) = id.rsplit_once("/certificates/")?;
    let code = rest.strip_suffix("/credential")?;
    (!code.is_empty() && !code.contains('/')).then(|| code.to_owned())
}

pub fn credential(issuer: &Issuer, e: &Earned) -> Value {
    let verify_at = issuer.at(&format!("/verify/{}", e.code));
    json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id(issuer, &e.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": e.title,
        "issuer": {
            "id": issuer.id(),
            "type": ["Profile"],
            "name": issuer.name,
            "url": issuer.id(),
        },
        "validFrom": timestamp(e.completed_at),
        "awardedDate": timestamp(e.completed_at),
        "credentialSubject": {
            "id": holder_uri(issuer, e.holder_id),
            "type": ["AchievementSubject"],
            // No account id leaves Frontline: the holder is named as the certificate names them.
            "identifier": [{
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": false,
                "identityHash": e.holder_name,
            }],
            "achievement": {
                "id": issuer.at(&format!("/achievements/{}/{}", e.module_id, e.version)),
                "type": ["Achievement"],
                "achievementType": "CertificateOfCompletion",
                "name": e.title,
                "description": if e.summary.trim().is_empty() { e.title.clone() } else { e.summary.clone() },
                "criteria": {
                    "narrative": format!(
                        "Read every lesson of version {} of the module and pass its quiz, scored \
                         by the server, with at least {}%.",
                        e.version, e.pass_mark_percent
                    ),
                },
                "inLanguage": e.language,
                "version": e.version.to_string(),
            },
        },
        "evidence": [{
            "id": verify_at,
            "type": ["Evidence"],
            "name": format!("Verification code {}", e.code),
            "narrative": format!("The certificate can be checked with its code at {verify_at}."),
        }],
        "credentialStatus": {
            "id": format!("{}#{}", e.status.list_url(issuer), e.status.index),
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": e.status.index.to_string(),
            "statusListCredential": e.status.list_url(issuer),
        },
        "credentialSchema": [{ "id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019" }],
    })
}

/// The holder as a URI: the same for all their credentials from this installation, and nothing
/// about their account can be read from it.
pub fn holder_uri(issuer: &Issuer, user_id: i32) -> String {
    format!("urn:uuid:{}", issuer.uuid(&format!("person/{user_id}")))
}

/// The credential with the JWT claims Open Badges 3.0 requires (section 8.2): issuer, id,
/// subject, not valid before the completion; and when it was issued.
pub fn with_jwt_claims(issuer: &Issuer, e: &Earned, mut credential: Value) -> Value {
    if let Some(fields) = credential.as_object_mut() {
        fields.insert("iss".into(), issuer.id().into());
        fields.insert("jti".into(), credential_id(issuer, &e.code).into());
        fields.insert("sub".into(), holder_uri(issuer, e.holder_id).into());
        fields.insert("nbf".into(), e.completed_at.timestamp().into());
        fields.insert("iat".into(), e.completed_at.timestamp().into());
    }
    credential
}

#[cfg(test)]
mod tests {
    use super::*;

    fn earned() -> Earned {
        Earned {
            code: "ABCD-EFGH-JKLM-NPQR".into(),
            holder_name: "Leyla Yılmaz".into(),
            holder_id: 12,
            module_id: 4,
            title: "İnsan ticaretini tanımak".into(),
            summary: "".into(),
            language: "tr".into(),
            version: 2,
            pass_mark_percent: 80,
            completed_at: DateTime::parse_from_rfc3339("2026-12-01T09:30:00Z").unwrap().into(),
            status: StatusPosition { list: 1, index: 7 },
        }
    }

    #[test]
    fn the_credential_states_the_completion() {
        let issuer = Issuer::new("https://training.example.org/", "Frontline Jordan");
        let c = credential(&issuer, &earned());
        assert_eq!(c["type"][1], "OpenBadgeCredential");
        assert_eq!(c["issuer"]["id"], "https://training.example.org/");
        assert_eq!(c["validFrom"], "2026-12-01T09:30:00Z");
        let achievement = &c["credentialSubject"]["achievement"];
        assert_eq!(achievement["inLanguage"], "tr");
        assert_eq!(achievement["version"], "2");
        // An empty summary: the description (required) falls back to the title.
        assert_eq!(achievement["description"], "İnsan ticaretini tanımak");
        assert_eq!(c["credentialSubject"]["identifier"][0]["identityHash"], "Leyla Yılmaz");
        let holder = c["credentialSubject"]["id"].as_str().unwrap();
        assert!(holder.starts_with("urn:uuid:") && holder.len() == 45, "{holder}");
        assert_eq!(c["credentialStatus"]["statusListIndex"], "7");
        assert_eq!(
            c["credentialStatus"]["statusListCredential"],
            "https://training.example.org/credentials/status/1"
        );
        let id = c["id"].as_str().unwrap();
        assert_eq!(code_of(id).as_deref(), Some("ABCD-EFGH-JKLM-NPQR"));
        assert_eq!(
            code_of("http://127.0.0.1:3000/certificates/X/credential").as_deref(),
            Some("X")
        );
        assert_eq!(code_of("https://training.example.org/certificates/a/b/credential"), None);
        assert_eq!(code_of("https://training.example.org/certificates//credential"), None);
    }
}
