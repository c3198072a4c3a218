//! Compact JWS, as VC-JOSE secures a credential: `header.payload.signature`, each part base64url
//! without padding. New keys are RSA (RS256: Open Badges 3.0, section 8.2.3, names it as the
//! algorithm every verifier supports); Ed25519 keys (EdDSA) made before still verify. Pure: keys
//! in, bytes out.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use ring::rand::SystemRandom;
use ring::signature::{
    ED25519, Ed25519KeyPair, KeyPair, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair,
    RsaPublicKeyComponents, UnparsedPublicKey,
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The `typ` of a JWT-secured credential (VC-JOSE-COSE, section 3.1.1): the status lists'.
pub const VC_JWT: &str = "vc+jwt";
/// The `typ` Open Badges 3.0 allows (section 8.2: "if present, MUST be JWT"): the badges'.
pub const JWT: &str = "JWT";
/// The size of new RSA keys: what NIST and Open Badges' RS256 expect at the least.
const RSA_BITS: usize = 2048;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JwsError {
    #[error("not a compact JWS")]
    Malformed,
    #[error("the stored key cannot be read")]
    BadKey,
}

/// A public key, as the members of its JWK that RFC 7638 hashes into its thumbprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// `e` and `n`: unsigned big-endian, base64url.
    Rsa { e: String, n: String },
    /// `x`: the raw key, base64url.
    Ed25519 { x: String },
}

impl PublicKey {
    /// The JWS `alg` this key verifies, and only that one.
    pub fn alg(&self) -> &'static str {
        match self {
            Self::Rsa { .. } => "RS256",
            Self::Ed25519 { .. } => "EdDSA",
        }
    }

    /// The required members in lexicographic order, no whitespace (RFC 7638, section 3.2): what
    /// the key store keeps, and what the thumbprint hashes.
    pub fn canonical(&self) -> String {
        // serde_json's maps keep their keys sorted: the RFC's order, whatever a value holds.
        self.header_jwk().to_string()
    }

    /// A key as [`PublicKey::canonical`] wrote it.
    pub fn parse(canonical: &str) -> Result<Self, JwsError> {
        let jwk: Value = serde_json::from_str(canonical).map_err(|_| JwsError::BadKey)?;
        let member = |name: &str| jwk[name].as_str().map(str::to_owned).ok_or(JwsError::BadKey);
        match (jwk["kty"].as_str(), jwk["crv"].as_str()) {
            (Some("RSA"), None) => Ok(Self::Rsa { e: member("e")?, n: member("n")? }),
            (Some("OKP"), Some("Ed25519")) => Ok(Self::Ed25519 { x: member("x")? }),
            _ => Err(JwsError::BadKey),
        }
    }

    /// The key's id: its RFC 7638 thumbprint, so that anyone can recompute it from the JWK.
    pub fn thumbprint(&self) -> String {
        B64.encode(Sha256::digest(self.canonical().as_bytes()))
    }

    /// The JWK as a JWS header carries it: the public members only.
    fn header_jwk(&self) -> Value {
        match self {
            Self::Rsa { e, n } => json!({ "e": e, "kty": "RSA", "n": n }),
            Self::Ed25519 { x } => json!({ "crv": "Ed25519", "kty": "OKP", "x": x }),
        }
    }

    /// The key as `/.well-known/jwks.json` publishes it.
    pub fn jwk(&self, kid: &str) -> Value {
        let mut jwk = self.header_jwk();
        jwk["kid"] = json!(kid);
        jwk["alg"] = json!(self.alg());
        jwk["use"] = json!("sig");
        jwk
    }

    fn verifies(&self, input: &[u8], signature: &[u8]) -> bool {
        let decoded = |part: &str| B64.decode(part).ok();
        match self {
            Self::Rsa { e, n } => {
                let (Some(e), Some(n)) = (decoded(e), decoded(n)) else { return false };
                RsaPublicKeyComponents { n, e }
                    .verify(&RSA_PKCS1_2048_8192_SHA256, input, signature)
                    .is_ok()
            }
            Self::Ed25519 { x } => decoded(x).is_some_and(|x| {
                UnparsedPublicKey::new(&ED25519, x).verify(input, signature).is_ok()
            }),
        }
    }
}

enum Pair {
    Rsa(RsaKeyPair),
    Ed25519(Ed25519KeyPair),
}

/// A private key with its public half, ready to sign.
pub struct SigningKey {
    pub public: PublicKey,
    pair: Pair,
}

impl SigningKey {
    /// A new RSA key (PKCS#8, what the key store keeps). Takes a while (a search for primes):
    /// call it off the async threads.
    pub fn generate() -> Result<Vec<u8>, JwsError> {
        use rsa::pkcs8::EncodePrivateKey;
        let key =
            rsa::PrivateKey::new(&mut getrandom::SysRng, RSA_BITS).map_err(|_| JwsError::BadKey)?;
        key.to_pkcs8_der().map(|doc| doc.as_bytes().to_vec()).map_err(|_| JwsError::BadKey)
    }

    /// A new Ed25519 key (PKCS#8 v2), as keys were made before RS256.
    pub fn generate_ed25519() -> Result<Vec<u8>, JwsError> {
        Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
            .map(|doc| doc.as_ref().to_vec())
            .map_err(|_| JwsError::BadKey)
    }

    /// A stored key, RSA or Ed25519.
    pub fn from_pkcs8(pkcs8: &[u8]) -> Result<Self, JwsError> {
        let unsigned =
            |bytes: &[u8]| B64.encode(&bytes[bytes.iter().take_while(|b| **b == 0).count()..]);
        if let Ok(pair) = RsaKeyPair::from_pkcs8(pkcs8) {
            let public: RsaPublicKeyComponents<Vec<u8>> = pair.public().into();
            let public = PublicKey::Rsa { e: unsigned(&public.e), n: unsigned(&public.n) };
            return Ok(Self { public, pair: Pair::Rsa(pair) });
        }
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8).map_err(|_| JwsError::BadKey)?;
        let public = PublicKey::Ed25519 { x: B64.encode(pair.public_key().as_ref()) };
        Ok(Self { public, pair: Pair::Ed25519(pair) })
    }

    /// `payload` signed, the header naming the key twice — by `kid` (its id in the published
    /// JWKS) and as `jwk` (Open Badges verifiers may use either) — and the `typ`. No other
    /// header: Open Badges 3.0 allows no other.
    pub fn sign(&self, typ: &str, kid: &str, payload: &Value) -> Result<String, JwsError> {
        let header = json!({
            "alg": self.public.alg(), "typ": typ, "kid": kid, "jwk": self.public.header_jwk(),
        });
        self.sign_under(&header, payload)
    }

    /// `payload` signed under `header`, whatever it says (the tests forge headers with it).
    fn sign_under(&self, header: &Value, payload: &Value) -> Result<String, JwsError> {
        let input =
            format!("{}.{}", B64.encode(header.to_string()), B64.encode(payload.to_string()));
        let signature = match &self.pair {
            Pair::Rsa(pair) => {
                let mut signature = vec![0; pair.public().modulus_len()];
                pair.sign(
                    &RSA_PKCS1_SHA256,
                    &SystemRandom::new(),
                    input.as_bytes(),
                    &mut signature,
                )
                .map_err(|_| JwsError::BadKey)?;
                signature
            }
            Pair::Ed25519(pair) => pair.sign(input.as_bytes()).as_ref().to_vec(),
        };
        Ok(format!("{input}.{}", B64.encode(signature)))
    }
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

    /// The payload, if `key` signed exactly these bytes with the one algorithm it has. Any
    /// other algorithm (`none`, HS256 with the public key as secret…) is refused, and so is a
    /// header with critical extensions this code does not know (RFC 7515, section 4.1.11).
    pub fn verified_by(&self, key: &PublicKey) -> Option<&Value> {
        let alg = self.header.get("alg").and_then(Value::as_str);
        (alg == Some(key.alg())
            && self.header.get("crit").is_none()
            && key.verifies(self.signing_input.as_bytes(), &self.signature))
        .then_some(&self.payload)
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
    use std::sync::LazyLock;

    /// Two RSA keys for the tests (each a search for primes); Ed25519 keys are made at once.
    static RSA: LazyLock<[Vec<u8>; 2]> =
        LazyLock::new(|| [SigningKey::generate().unwrap(), SigningKey::generate().unwrap()]);

    fn rsa() -> SigningKey {
        SigningKey::from_pkcs8(&RSA[0]).unwrap()
    }

    fn other_rsa() -> SigningKey {
        SigningKey::from_pkcs8(&RSA[1]).unwrap()
    }

    fn ed25519() -> SigningKey {
        SigningKey::from_pkcs8(&SigningKey::generate_ed25519().unwrap()).unwrap()
    }

    #[test]
    fn a_signature_verifies_with_its_key_only() {
        let pairs =
            [(rsa(), other_rsa()), (rsa(), ed25519()), (ed25519(), rsa()), (ed25519(), ed25519())];
        for (k, other) in pairs {
            let kid = k.public.thumbprint();
            let token = k.sign(VC_JWT, &kid, &json!({ "name": "مكافحة الاتجار بالبشر" })).unwrap();
            let decoded = decode(&token).unwrap();
            assert_eq!(decoded.kid(), Some(kid.as_str()));
            assert_eq!(decoded.header["typ"], "vc+jwt");
            assert_eq!(decoded.header["alg"], k.public.alg());
            assert_eq!(PublicKey::parse(&decoded.header["jwk"].to_string()).unwrap(), k.public);
            let payload = decoded.verified_by(&k.public).expect("verifies");
            assert_eq!(payload["name"], "مكافحة الاتجار بالبشر");
            assert!(decoded.verified_by(&other.public).is_none());
            // Wrapped at 20 columns: still the same credential.
            let wrapped: String = token
                .as_bytes()
                .chunks(20)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect::<Vec<_>>()
                .join("\n");
            assert!(decode(&wrapped).unwrap().verified_by(&k.public).is_some());
        }
    }

    #[test]
    fn new_keys_are_rsa_2048_and_sign_rs256() {
        let k = rsa();
        let PublicKey::Rsa { e, n } = &k.public else { panic!("not RSA: {:?}", k.public) };
        assert_eq!(e, "AQAB");
        assert_eq!(B64.decode(n).unwrap().len(), 256);
        let token = k.sign(JWT, "k", &json!({})).unwrap();
        assert_eq!(B64.decode(token.rsplit('.').next().unwrap()).unwrap().len(), 256);
        assert_eq!(decode(&token).unwrap().header["alg"], "RS256");
    }

    #[test]
    fn an_altered_payload_or_algorithm_fails() {
        for k in [rsa(), ed25519()] {
            let kid = k.public.thumbprint();
            let payload = json!({ "name": "Ali" });
            let token = k.sign(JWT, &kid, &payload).unwrap();
            let parts: Vec<&str> = token.split('.').collect();
            let forged = B64.encode(json!({ "name": "Eve" }).to_string());
            let altered = format!("{}.{forged}.{}", parts[0], parts[2]);
            assert!(decode(&altered).unwrap().verified_by(&k.public).is_none());
            // Headers that the key's own signature covers: only the header checks refuse them.
            let other_alg = if k.public.alg() == "RS256" { "EdDSA" } else { "RS256" };
            for header in [
                json!({ "alg": "none", "kid": kid }),
                json!({ "alg": other_alg, "kid": kid }),
                json!({ "alg": k.public.alg(), "kid": kid, "crit": ["exp"] }),
            ] {
                let forged = k.sign_under(&header, &payload).unwrap();
                assert!(decode(&forged).unwrap().verified_by(&k.public).is_none(), "{header}");
            }
            let good = k.sign_under(&json!({ "alg": k.public.alg() }), &payload).unwrap();
            assert!(decode(&good).unwrap().verified_by(&k.public).is_some(), "the control");
            // HS256 with the public key as the HMAC secret: the classic confusion.
            let header = B64.encode(json!({ "alg": "HS256", "kid": kid }).to_string());
            let input = format!("{header}.{}", B64.encode(payload.to_string()));
            let secret =
                ring::hmac::Key::new(ring::hmac::HMAC_SHA256, k.public.canonical().as_bytes());
            let mac = ring::hmac::sign(&secret, input.as_bytes());
            let forged = format!("{input}.{}", B64.encode(mac.as_ref()));
            assert!(decode(&forged).unwrap().verified_by(&k.public).is_none());
        }
    }

    #[test]
    fn what_is_not_a_jws_is_malformed() {
        for text in ["", "abc", "a.b", "a.b.c.d", "!!.??.**", "e30.e30", "W10.W10.AA"] {
            assert_eq!(decode(text).unwrap_err(), JwsError::Malformed, "{text:?}");
        }
    }

    #[test]
    fn what_is_not_a_stored_key_is_refused() {
        for text in
            ["", "{}", r#"{"kty":"RSA","n":"AQAB"}"#, r#"{"kty":"OKP","crv":"X25519","x":"AA"}"#]
        {
            assert_eq!(PublicKey::parse(text).unwrap_err(), JwsError::BadKey, "{text:?}");
        }
        assert_eq!(SigningKey::from_pkcs8(b"not a key").err(), Some(JwsError::BadKey));
    }

    #[test]
    fn the_key_id_is_the_rfc_7638_thumbprint() {
        // RFC 8037, appendix A.3.
        let x = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo".to_owned();
        assert_eq!(
            PublicKey::Ed25519 { x }.thumbprint(),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
        // RFC 7638, section 3.1.
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw".to_owned();
        assert_eq!(
            PublicKey::Rsa { e: "AQAB".to_owned(), n }.thumbprint(),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }
}
