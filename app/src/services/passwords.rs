//! Password rules and hashing: argon2id at OWASP's minimum (19 MiB, t=2, p=1), always off the
//! async threads.

use std::{collections::HashSet, sync::LazyLock};

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};

use crate::model::error::AppError;

pub const MIN_LENGTH: usize = 8;
/// Long passphrases are welcome; the cap only stops a megabyte "password" from costing CPU.
pub const MAX_LENGTH: usize = 256;

/// The 10,000 most common passwords (app/data/README.md says where they come from).
static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("../../data/common-passwords.txt").lines().collect());

/// Why a new password is refused: a message the person can act on.
pub fn check_new_password(password: &str) -> Result<(), AppError> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(AppError::invalid(
            "password",
            format!("Use at least {MIN_LENGTH} characters."),
        ));
    }
    if length > MAX_LENGTH {
        return Err(AppError::invalid("password", format!("Use at most {MAX_LENGTH} characters.")));
    }
    if COMMON.contains(password.to_lowercase().as_str()) {
        return Err(AppError::invalid(
            "password",
            "This password is one of the most common ones and easy to guess. Choose another.",
        ));
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes on a blocking thread: ~20 MiB and tens of milliseconds per call.
pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2().hash_password(password.as_bytes(), &salt).map(|h| h.to_string())
    })
    .await
    .map_err(AppError::internal)?
    .map_err(AppError::internal)
}

/// Verifies on a blocking thread. A malformed stored hash counts as a mismatch.
pub async fn verify(password: String, stored_hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored_hash)
            .map(|parsed| argon2().verify_password(password.as_bytes(), &parsed).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A hash nobody's password matches, verified against when the email is unknown so that an
/// unknown email costs the same time as a wrong password.
pub async fn dummy_hash() -> String {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_init(|| async {
            let random = format!("{:x}", rand_u128());
            hash(random).await.unwrap_or_default()
        })
        .await
        .clone()
}

fn rand_u128() -> u128 {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    u128::from_le_bytes(bytes)
}

/// A first password for an account an admin creates in bulk: 15 characters in three groups,
/// without look-alike letters, easy to read out or print (about 70 bits).
pub fn temporary_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 15];
    getrandom::fill(&mut bytes).expect("the OS random source works");
    let chars: Vec<char> =
        bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    chars.chunks(5).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_and_common_passwords_are_refused() {
        assert!(check_new_password("short1!").is_err());
        assert!(check_new_password(&"x".repeat(MAX_LENGTH + 1)).is_err());
        assert!(check_new_password("password").is_err());
        assert!(check_new_password("PassWord1").is_err(), "compared case-insensitively");
        assert!(check_new_password("qwertyuiop").is_err());
        assert!(check_new_password("olive tree by the Jordan river").is_ok());
        // Counted in characters, not bytes: eight Arabic letters are enough.
        assert!(check_new_password("كلمةسرقوي").is_ok());
        assert!(check_new_password(&"x".repeat(MAX_LENGTH)).is_ok());
    }

    #[test]
    fn temporary_passwords_pass_the_rules_and_differ() {
        let (a, b) = (temporary_password(), temporary_password());
        assert_ne!(a, b);
        assert_eq!(a.len(), 17);
        assert!(check_new_password(&a).is_ok());
    }

    #[tokio::test]
    async fn hashes_are_argon2id_at_owasp_minimum_and_verify() {
        let h = hash("olive tree by the Jordan river".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("olive tree by the Jordan river".into(), h.clone()).await);
        assert!(!verify("olive tree by the jordan river".into(), h.clone()).await);
        // No truncation: a change after the 72nd byte still matters.
        let long = "a".repeat(100);
        let h = hash(long.clone()).await.unwrap();
        assert!(!verify(format!("{}b", &long[..99]), h).await);
        assert!(!verify("anything".into(), "not a hash".into()).await);
    }
}
