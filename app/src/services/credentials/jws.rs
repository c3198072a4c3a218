//! Compact JWS with EdDSA (Ed25519), as VC-JOSE secures a credential: `header.payload.signature`,
//! each part base64url without padding. Pure: keys in, bytes out.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The `typ` of a JWT-secured credential (VC-JOSE-COSE, section 3.1.1): the status lists'.
pub const VC_JWT: &str = "vc+jwt";
/// The `typ` Open Badges 3.0 allows (section 8.2: "if present, MUST be JWT"): the badges'.
pub const JWT: &str = "JWT";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JwsError {
    #[error("not a compact JWS")]
    Malformed,
    #[error("the stored key cannot be read")]
    BadKey,
}

/// A private key with its thumbprint, ready to sign.
pub struct SigningKey {
    pub thumbprint: String,
    pair: Ed25519KeyPair,
}

impl SigningKey {
    /// A new key pair, as PKCS#8 v2 (what the key store keeps).
    pub fn generate() -> Result<Vec<u8>, JwsError> {
        Ed25519KeyPair::generate_pkcs8(&ring::rand::SystemRandom::new())
            .map(|doc| doc.as_ref().to_vec())
            .map_err(|_| JwsError::BadKey)
    }

    pub fn from_pkcs8(thumbprint: impl Into<String>, pkcs8: &[u8]) -> Result<Self, JwsError> {
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|_| JwsError::BadKey)?;
        Ok(Self { thumbprint: thumbprint.into(), pair })
    }

    /// The public key as a JWK's `x`.
    pub fn public_x(&self) -> String {
        B64.encode(self.pair.public_key().as_ref())
    }

    /// `payload` signed, the header naming the key twice — by `kid` (its id in the published
    /// JWKS) and as `jwk` (Open Badges verifiers may use either) — and the `typ`. No other
    /// header: Open Badges 3.0 allows no other.
    pub fn sign(&self, typ: &str, kid: &str, payload: &Value) -> String {
        let jwk = json!({ "kty": "OKP", "crv": "Ed25519", "x": self.public_x() });
        let header = json!({ "alg": "EdDSA", "typ": typ, "kid": kid, "jwk": jwk });
        let input =
            format!("{}.{}", B64.encode(header.to_string()), B64.encode(payload.to_string()));
        let signature = self.pair.sign(input.as_bytes());
        format!("{input}.{}", B64.encode(signature.as_ref()))
    }
}

/// A key's id: its RFC 7638 thumbprint, so that anyone can recompute it from the JWK.
pub fn thumbprint(x: &str) -> String {
    // The required members in lexicographic order, no whitespace (RFC 8037, section 2).
    let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
    B64.encode(Sha256::digest(canonical.as_bytes()))
}

/// A public key as a JWK, for `/.well-known/jwks.json`.
pub fn jwk(kid: &str, x: &str) -> Value {
    json!({ "kty": "OKP", "crv": "Ed25519", "x": x, "kid": kid, "alg": "EdDSA", "use": "sig" })
}

/// A compact JWS taken apart. Its payload is reachable only through [`Decoded::verified_by`]:
/// nothing in it can be read before its signature is checked.
#[derive(Debug, Clone)]
pub struct Decoded {
    header: Value,
    payload: Value,
    signing_input: String,
    signature: Vec<u8>,
}

impl Decoded {
    /// The key id the header names (unverified: only to find the key to verify with).
    pub fn kid(&self) -> Option<&str> {
        self.header.get("kid").and_then(Value::as_str)
    }

    /// The payload, if the public key `x` (base64url) signed exactly these bytes with EdDSA.
    /// Any other algorithm (`none`, HS256 with the public key as secret…) is refused, and so is
    /// a header with critical extensions this code does not know (RFC 7515, section 4.1.11).
    pub fn verified_by(&self, x: &str) -> Option<&Value> {
        if self.header.get("alg").and_then(Value::as_str) != Some("EdDSA")
            || self.header.get("crit").is_some()
        {
            return None;
        }
        let public = B64.decode(x).ok()?;
        UnparsedPublicKey::new(&ED25519, public)
            .verify(self.signing_input.as_bytes(), &self.signature)
            .ok()
            .map(|()| &self.payload)
    }
}

/// Splits and decodes a compact JWS. Whitespace anywhere (a credential pasted from an e-mail,
/// wrapped at 76 columns) is ignored.
pub fn decode(token: &str) -> Result<Decoded, JwsError> {
    let token: String = token.chars().filter(|c| !c.is_whitespace()).collect();
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwsError::Malformed);
    };
    let json = |part: &str| -> Result<Value, JwsError> {
        let bytes = B64.decode(part).map_err(|_| JwsError::Malformed)?;
        serde_json::from_slice::<Value>(&bytes)
            .ok()
            .filter(Value::is_object)
            .ok_or(JwsError::Malformed)
    };
    Ok(Decoded {
        header: json(header)?,
        payload: json(payload)?,
        signing_input: format!("{header}.{payload}"),
        signature: B64.decode(signature).map_err(|_| JwsError::Malformed)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SigningKey {
        let pkcs8 = SigningKey::generate().unwrap();
        let x = SigningKey::from_pkcs8("", &pkcs8).unwrap().public_x();
        SigningKey::from_pkcs8(thumbprint(&x), &pkcs8).unwrap()
    }

    #[test]
    fn a_signature_verifies_with_its_key_only() {
        let (k, other) = (key(), key());
        let token = k.sign(VC_JWT, &k.thumbprint, &json!({ "name": "مكافحة الاتجار بالبشر" }));
        let decoded = decode(&token).unwrap();
        assert_eq!(decoded.kid(), Some(k.thumbprint.as_str()));
        assert_eq!(decoded.header["typ"], "vc+jwt");
        assert_eq!(decoded.header["jwk"]["x"], k.public_x());
        let payload = decoded.verified_by(&k.public_x()).expect("verifies");
        assert_eq!(payload["name"], "مكافحة الاتجار بالبشر");
        assert!(decoded.verified_by(&other.public_x()).is_none());
        // Wrapped at 20 columns: still the same credential.
        let wrapped: String = token
            .as_bytes()
            .chunks(20)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(decode(&wrapped).unwrap().verified_by(&k.public_x()).is_some());
    }

    #[test]
    fn an_altered_payload_or_algorithm_fails() {
        let k = key();
        let token = k.sign(JWT, &k.thumbprint, &json!({ "name": "Ali" }));
        let parts: Vec<&str> = token.split('.').collect();
        let forged = B64.encode(json!({ "name": "Eve" }).to_string());
        let altered = format!("{}.{forged}.{}", parts[0], parts[2]);
        assert!(decode(&altered).unwrap().verified_by(&k.public_x()).is_none());
        for header in [
            json!({ "alg": "none", "kid": k.thumbprint }),
            json!({ "alg": "HS256", "kid": k.thumbprint }),
            json!({ "alg": "EdDSA", "kid": k.thumbprint, "crit": ["exp"] }),
        ] {
            let forged = format!("{}.{}.{}", B64.encode(header.to_string()), parts[1], parts[2]);
            assert!(decode(&forged).unwrap().verified_by(&k.public_x()).is_none(), "{header}");
        }
    }

    #[test]
    fn what_is_not_a_jws_is_malformed() {
        for text in ["", "abc", "a.b", "a.b.c.d", "!!.??.**", "e30.e30", "W10.W10.AA"] {
            assert_eq!(decode(text).unwrap_err(), JwsError::Malformed, "{text:?}");
        }
    }

    #[test]
    fn the_key_id_is_the_rfc_7638_thumbprint() {
        // RFC 8037, appendix A.3.
        assert_eq!(
            thumbprint("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
    }
}
