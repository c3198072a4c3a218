//! Open Badges 3.0 credentials over the real router, checked as a stranger would: with another
//! JWT library and RSA and Ed25519 implementations (jsonwebtoken over the rsa crate and
//! ed25519-dalek), the key taken from `/.well-known/jwks.json`, and the 1EdTech JSON schema
//! shipped in `tests/schemas/`.

use crate::helpers;

use app::model::accounts::Role;
use axum::http::{StatusCode, header};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use helpers::{Session, TestApp, body_text, call, spawn_app};
use jsonwebtoken::{Algorithm, DecodingKey, Validation, jwk::JwkSet};
use serde_json::Value;

const SCHEMA: &str = include_str!("../schemas/ob_v3p0_achievementcredential_schema.json");

/// An app with a published module and a trainee of a Jordanian agency who completed it.
async fn completed() -> (TestApp, Session, String) {
    let app = spawn_app().await;
    app.user("trainer@x.example", Role::Trainer, None).await;
    let agency = app.agency("JO", "Family Protection Department").await;
    let amal = app.signed_in("amal@fpd.example", Role::Trainee, Some(agency)).await;
    let module = app.publish_curriculum(0, |_| {}).await;
    let code = app.complete_module(&amal, module).await;
    (app, amal, code)
}

async fn download(app: &TestApp, code: &str) -> String {
    let response = app.get(&format!("/certificates/{code}/credential")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/vc+jwt");
    assert!(response.headers()[header::CONTENT_DISPOSITION].to_str().unwrap().contains(".jwt"));
    body_text(response).await
}

async fn jwks(app: &TestApp) -> JwkSet {
    let response = app.get("/.well-known/jwks.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    serde_json::from_str(&body_text(response).await).expect("a JWK Set")
}

/// The token's claims if its signature verifies, with the key its header names, as any
/// verifier would check it; the error otherwise.
fn verified(
    token: &str,
    keys: &JwkSet,
    issuer: &str,
) -> Result<Value, jsonwebtoken::errors::Error> {
    let header = jsonwebtoken::decode_header(token)?;
    // JWT for a badge (Open Badges 3.0 allows no other), vc+jwt for a status list.
    assert!(matches!(header.typ.as_deref(), Some("JWT" | "vc+jwt")), "{:?}", header.typ);
    let jwk = keys.find(header.kid.as_deref().expect("a kid")).expect("the kid is published");
    // The algorithm is the published key's, never the token's: RS256, or EdDSA for a key made
    // before RS256.
    let alg = Algorithm::try_from(jwk.common.key_algorithm.expect("the key names its alg"))?;
    assert!(matches!(alg, Algorithm::RS256 | Algorithm::EdDSA), "{alg:?}");
    assert_eq!(header.alg, alg);
    let mut validation = Validation::new(alg);
    validation.set_required_spec_claims(&["iss", "nbf"]);
    validation.set_issuer(&[issuer]);
    validation.validate_exp = false;
    validation.validate_aud = false;
    Ok(jsonwebtoken::decode::<Value>(token, &DecodingKey::from_jwk(jwk)?, &validation)?.claims)
}

fn schema_errors(credential: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    validator.iter_errors(credential).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// The payload with one field changed and the signature kept.
fn tampered(token: &str, change: impl FnOnce(&mut Value)) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let mut payload: Value = serde_json::from_slice(&B64.decode(parts[1]).unwrap()).unwrap();
    change(&mut payload);
    format!("{}.{}.{}", parts[0], B64.encode(payload.to_string()), parts[2])
}

/// `POST /verify` with the credential pasted, as the page's form sends it (multipart).
async fn check(app: &TestApp, credential: &str) -> String {
    let boundary = "----frontline-test-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"credential\"\r\n\r\n{credential}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n\r\n--{boundary}--\r\n"
    );
    let request = axum::http::Request::post("/verify")
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .header(header::ORIGIN, "http://localhost")
        .header(header::HOST, "localhost")
        .body(axum::body::Body::from(body))
        .unwrap();
    let response = app.send(request).await;
    assert_eq!(response.status(), StatusCode::OK);
    body_text(response).await
}

#[tokio::test]
async fn a_completion_is_an_open_badge_signed_with_a_published_key() {
    let (app, _amal, code) = completed().await;
    let issuer = app.state.settings.issuer.id();
    let token = download(&app, &code).await;
    let keys = jwks(&app).await;
    assert_eq!(keys.keys.len(), 1, "one key signs before any rotation");

    let credential = verified(&token, &keys, &issuer).expect("the signature verifies");
    // The JOSE header Open Badges 3.0 asks for, and nothing else: alg, typ JWT, a kid that
    // dereferences to the key in the published set, and the public key itself.
    let header: Value =
        serde_json::from_slice(&B64.decode(token.split('.').next().unwrap()).unwrap()).unwrap();
    let names: Vec<&str> = header.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(names, ["alg", "jwk", "kid", "typ"]);
    // RS256: the algorithm Open Badges 3.0 asks every verifier to support.
    assert_eq!(header["alg"], "RS256");
    assert_eq!(header["jwk"]["kty"], "RSA");
    assert_eq!(header["typ"], "JWT");
    assert!(
        header["kid"].as_str().unwrap().starts_with(&format!("{issuer}.well-known/jwks.json#"))
    );
    for private in ["d", "p", "q", "dp", "dq", "qi"] {
        assert!(header["jwk"].get(private).is_none(), "never the private key");
    }
    assert_eq!(credential["sub"], credential["credentialSubject"]["id"]);
    assert!(credential["sub"].as_str().unwrap().starts_with("urn:uuid:"));
    let errors = schema_errors(&credential);
    assert!(errors.is_empty(), "the credential fails the Open Badges 3.0 schema: {errors:#?}");
    assert!(credential["type"].as_array().unwrap().contains(&"OpenBadgeCredential".into()));
    assert_eq!(credential["issuer"]["id"], issuer.as_str());
    let achievement = &credential["credentialSubject"]["achievement"];
    assert_eq!(achievement["name"], "What trafficking is");
    assert_eq!(achievement["version"], "1");
    assert_eq!(achievement["inLanguage"], "en");
    assert!(achievement["criteria"]["narrative"].as_str().unwrap().contains('%'));
    assert_eq!(credential["credentialSubject"]["identifier"][0]["identityHash"], "amal");
    assert!(
        credential["evidence"][0]["id"].as_str().unwrap().ends_with(&format!("/verify/{code}"))
    );
    assert!(!token.contains("amal@") && !credential.to_string().contains("amal@"), "no e-mail");

    // The same bytes every time: signed once, kept.
    assert_eq!(download(&app, &code).await, token);

    // Changed after signing: any verifier refuses it, and so does the verify page.
    let renamed = tampered(&token, |c| {
        c["credentialSubject"]["identifier"][0]["identityHash"] = "Eve".into()
    });
    assert!(verified(&renamed, &keys, &issuer).is_err(), "a tampered credential verifies");
    let later = tampered(&token, |c| c["validFrom"] = "2030-01-01T00:00:00Z".into());
    assert!(verified(&later, &keys, &issuer).is_err());
    let page = check(&app, &renamed).await;
    assert!(page.contains("Not genuine"), "{page}");
    assert!(!page.contains("Eve"), "a forged name is never shown as checked");

    // Genuine, pasted wrapped in an e-mail's line breaks.
    let wrapped = token
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n");
    let page = check(&app, &wrapped).await;
    assert!(page.contains("Genuine: signed by this installation"), "{page}");
    assert!(page.contains("amal") && page.contains("What trafficking is"));

    // An unknown code, and a stranger's credential downloaded by code.
    assert_eq!(
        app.get("/certificates/AAAA-BBBB-CCCC-DDDD/credential").await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_verify_page_survives_whatever_is_pasted() {
    let (app, _amal, code) = completed().await;
    let token = download(&app, &code).await;
    let parts: Vec<&str> = token.split('.').collect();
    // The installation's own key id: these reach the algorithm check, not just the key lookup.
    let kid = jsonwebtoken::decode_header(&token).unwrap().kid.unwrap();
    let header = |alg: &str| B64.encode(serde_json::json!({ "alg": alg, "kid": kid }).to_string());
    let none_alg = format!("{}.{}.", header("none"), parts[1]);
    let ed_dsa = format!("{}.{}.{}", header("EdDSA"), parts[1], parts[2]);
    let hs256 = format!("{}.{}.{}", header("HS256"), parts[1], parts[2]);
    let other_kid =
        format!("{}.{}.{}", B64.encode(r#"{"alg":"RS256","kid":"not-ours"}"#), parts[1], parts[2]);
    let long = "A".repeat(40_000);
    let hostile = [
        ("", "This is not a credential"),
        ("<script>alert(1)</script>", "This is not a credential"),
        ("a.b.c", "This is not a credential"),
        (long.as_str(), "This is not a credential"),
        ("{\"@context\": []}", "This is not a credential"),
        (none_alg.as_str(), "Not genuine"),
        (hs256.as_str(), "Not genuine"),
        (ed_dsa.as_str(), "Not genuine"),
        (other_kid.as_str(), "Not genuine"),
    ];
    for (text, expected) in hostile {
        let page = check(&app, text).await;
        assert!(page.contains(expected), "{:.40}: {page}", text);
        assert!(!page.contains("<script>alert(1)"), "pasted text is never written back as markup");
    }
    // A urlencoded post (a script, or an older browser) is read the same way.
    let response = app.post_form("/verify", None, &[("credential", token.as_str())]).await;
    assert!(body_text(response).await.contains("Genuine"));
    // The page itself, before any check.
    let page = body_text(app.get("/verify").await).await;
    assert!(
        page.contains("Check a digital credential")
            && page.contains("enctype=\"multipart/form-data\"")
    );
}

#[tokio::test]
async fn a_revoked_completion_says_so_everywhere_and_is_audited() {
    let (app, amal, code) = completed().await;
    let issuer = app.state.settings.issuer.id();
    let token = download(&app, &code).await;
    let keys = jwks(&app).await;
    let credential = verified(&token, &keys, &issuer).unwrap();
    let status = &credential["credentialStatus"];
    assert_eq!(status["type"], "BitstringStatusListEntry");
    assert_eq!(status["statusPurpose"], "revocation");
    let list_url = status["statusListCredential"].as_str().unwrap().to_owned();
    let index: u32 = status["statusListIndex"].as_str().unwrap().parse().unwrap();
    let list_path = list_url.strip_prefix(issuer.trim_end_matches('/')).unwrap().to_owned();
    let bit = |list: String| {
        let claims = verified(&list, &keys, &issuer).expect("the status list is signed");
        assert_eq!(claims["type"][1], "BitstringStatusListCredential");
        let encoded = claims["credentialSubject"]["encodedList"].as_str().unwrap().to_owned();
        app::services::credentials::status_list::bit(&encoded, index).expect("a readable list")
    };
    assert!(!bit(body_text(app.get(&list_path).await).await), "not revoked yet");

    // Only an admin may revoke, with a reason.
    let trainer = app.signed_in("author@fpd.example", Role::Trainer, None).await;
    for who in [&amal, &trainer] {
        let (status, _) =
            call(&app, who, "/api/records/revoke_certificate", &[("code", &code), ("reason", "x")])
                .await;
        assert!(!status.is_success(), "{status}");
    }
    let admin = app.signed_in("admin@example.org", Role::Admin, None).await;
    let (status, body) =
        call(&app, &admin, "/api/records/revoke_certificate", &[("code", &code), ("reason", " ")])
            .await;
    assert!(!status.is_success() && body.contains("reason"), "{status} {body}");
    assert!(
        !bit(body_text(app.get(&list_path).await).await),
        "a refused revocation changes nothing"
    );
    let (status, body) = call(
        &app,
        &admin,
        "/api/records/revoke_certificate",
        &[("code", &code), ("reason", "Answers shared in a <b>group</b> chat")],
    )
    .await;
    assert!(status.is_success(), "{status} {body}");
    let (status, _) = call(
        &app,
        &admin,
        "/api/records/revoke_certificate",
        &[("code", "NOPE-NOPE-NOPE-NOPE"), ("reason", "x")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The status list, the code's page, the certificate page and the checker all say so.
    assert!(bit(body_text(app.get(&list_path).await).await), "the status bit is set");
    let verify = body_text(app.get(&format!("/verify/{code}")).await).await;
    assert!(verify.contains("was revoked on"), "{verify}");
    assert!(!verify.contains("notice verified") && !verify.contains("Valid."), "{verify}");
    let certificate =
        body_text(app.get_as(&format!("/certificates/{code}"), &amal.cookie).await).await;
    assert!(certificate.contains("was revoked on"));
    let page = check(&app, &token).await;
    assert!(page.contains("Genuine") && page.contains("was revoked on"), "{page}");
    assert!(
        !page.contains("notice verified") && !page.contains("Valid."),
        "a revoked credential is not shown as valid"
    );

    // Audited, with the reason escaped where the log shows it.
    let audit =
        body_text(app.get_as("/admin/audit?action=certificate_revoked", &admin.cookie).await).await;
    assert!(audit.contains(&code) && audit.contains("group"), "{audit}");
    assert!(!audit.contains("<b>group</b>"));
    // A list past the last completion does not exist.
    assert_eq!(app.get("/credentials/status/2").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get("/credentials/status/0").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.get("/credentials/status/x").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn credentials_signed_before_a_key_rotation_still_verify() {
    let (app, _amal, first_code) = completed().await;
    let issuer = app.state.settings.issuer.id();
    let first = download(&app, &first_code).await;
    let old_kid = jsonwebtoken::decode_header(&first).unwrap().kid.unwrap();

    let new_kid = app::services::credentials::keys::rotate(&app.db).await.unwrap();
    assert_ne!(new_kid, old_kid);
    let keys = jwks(&app).await;
    assert_eq!(keys.keys.len(), 2, "the retired key stays published");

    // Downloaded again after the rotation: the same bytes, still verifying.
    assert_eq!(download(&app, &first_code).await, first);
    assert!(verified(&first, &keys, &issuer).is_ok());
    assert!(check(&app, &first).await.contains("Genuine"));

    // A completion after the rotation is signed with the new key.
    let agency = app.agency("LB", "ISF").await;
    let rami = app.signed_in("rami@isf.example", Role::Trainee, Some(agency)).await;
    let module = app.publish_curriculum(1, |_| {}).await;
    let second = download(&app, &app.complete_module(&rami, module).await).await;
    let second_kid = jsonwebtoken::decode_header(&second).unwrap().kid.unwrap();
    assert_eq!(second_kid, app.state.settings.issuer.key_id(&new_kid));
    let (a, b) =
        (verified(&first, &keys, &issuer).unwrap(), verified(&second, &keys, &issuer).unwrap());
    // Each its own status bit, drawn at random within the list.
    let bit = |c: &Value| {
        c["credentialStatus"]["statusListIndex"].as_str().unwrap().parse::<u32>().unwrap()
    };
    assert_ne!(bit(&a), bit(&b));
    assert!(bit(&a) < 131_072 && bit(&b) < 131_072);
}

#[tokio::test]
async fn a_credential_an_ed25519_key_signed_before_rs256_still_verifies() {
    use app::entities::{completion, signing_key};
    use app::services::credentials::jws::{JWT, PublicKey, SigningKey};
    use migrations::MigratorTrait;
    use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    let (app, _amal, code) = completed().await;
    let issuer = &app.state.settings.issuer;
    // The installation as it was before RS256: an Ed25519 key signing, and a credential it
    // signed (the claims today's code writes, signed by that key instead).
    let rs256 = download(&app, &code).await;
    let pkcs8 = SigningKey::generate_ed25519().unwrap();
    let old_key = SigningKey::from_pkcs8(&pkcs8).unwrap();
    let thumbprint = old_key.public.thumbprint();
    let claims: Value =
        serde_json::from_slice(&B64.decode(rs256.split('.').nth(1).unwrap()).unwrap()).unwrap();
    let ed25519 = old_key.sign(JWT, &issuer.key_id(&thumbprint), &claims).unwrap();
    // The keys as migration 20 keeps them (the RSA key that signed above, and the Ed25519 key
    // as its JWK); down, the RSA key goes and the Ed25519 key is its raw `x` again, as
    // migration 19 kept it; then the upgrade.
    signing_key::Entity::insert(signing_key::ActiveModel {
        kid: Set(thumbprint.clone()),
        private_key: Set(base64::engine::general_purpose::STANDARD.encode(&pkcs8)),
        public_key: Set(old_key.public.canonical()),
        created_at: Set(chrono::Utc::now()),
        retired_at: Set(None),
        ..Default::default()
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    helpers::migrate_down_to_before(&app.db, "m20261206_000020").await;
    let PublicKey::Ed25519 { x } = &old_key.public else { panic!("not Ed25519") };
    let before: Vec<(String, String)> = signing_key::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|k| (k.kid, k.public_key))
        .collect();
    assert_eq!(before, [(thumbprint.clone(), x.clone())], "{}", helpers::backend());
    migrations::Migrator::up(&app.db, None).await.expect("up");
    let kept = signing_key::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!(kept.public_key, old_key.public.canonical(), "kept as its JWK");
    completion::Entity::update_many()
        .col_expr(completion::Column::CredentialJwt, Expr::value(ed25519.clone()))
        .filter(completion::Column::CertificateCode.eq(code.as_str()))
        .exec(&app.db)
        .await
        .unwrap();

    // After the upgrade: the old credential is the same bytes and verifies with the published
    // Ed25519 key; the next one is RS256, by a new key, and both keys are published.
    assert_eq!(download(&app, &code).await, ed25519);
    let agency = app.agency("IQ", "Ministry of Interior").await;
    let zainab = app.signed_in("zainab@moi.example", Role::Trainee, Some(agency)).await;
    let module = app.publish_curriculum(1, |_| {}).await;
    let next = download(&app, &app.complete_module(&zainab, module).await).await;
    let keys = jwks(&app).await;
    assert_eq!(keys.keys.len(), 2, "the Ed25519 key stays published");
    assert_eq!(jsonwebtoken::decode_header(&ed25519).unwrap().alg, Algorithm::EdDSA);
    assert_eq!(jsonwebtoken::decode_header(&next).unwrap().alg, Algorithm::RS256);
    assert!(verified(&ed25519, &keys, &issuer.id()).is_ok());
    assert!(verified(&next, &keys, &issuer.id()).is_ok());
    assert!(check(&app, &ed25519).await.contains("Genuine"));
    assert!(check(&app, &next).await.contains("Genuine"));
}

#[tokio::test]
async fn concurrent_first_downloads_get_one_signed_credential() {
    let (app, _amal, code) = completed().await;
    let path = format!("/certificates/{code}/credential");
    let answers = futures_util::future::join_all((0..40).map(|_| async {
        let response = app.get(&path).await;
        (response.status(), body_text(response).await)
    }))
    .await;
    assert!(
        answers.iter().all(|(s, _)| *s == StatusCode::OK),
        "{:?}",
        answers.iter().map(|a| a.0).collect::<Vec<_>>()
    );
    let first = &answers[0].1;
    assert!(answers.iter().all(|(_, body)| body == first), "every download is the same credential");
    // The key was made by these first downloads (keys are made at first use): one, not forty.
    assert_eq!(jwks(&app).await.keys.len(), 1, "one signing key for forty first downloads");
}
