//! Secrets: the API token, session ids and password hashes. Random bytes come from the OS
//! (a CSPRNG); passwords are kept only as argon2 PHC strings.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use rand::TryRngCore;

/// `bytes` random bytes from the OS, as lowercase hex.
pub fn random_hex(bytes: usize) -> Result<String, String> {
    let mut buf = vec![0u8; bytes];
    rand::rngs::OsRng
        .try_fill_bytes(&mut buf)
        .map_err(|e| format!("the system's random source failed: {e}"))?;
    Ok(hex::encode(buf))
}

/// A new API token: 32 random bytes, 64 hex digits.
pub fn new_token() -> Result<String, String> {
    random_hex(32)
}

/// The argon2id hash (PHC string, random salt) of a password.
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("the password could not be hashed: {e}"))
}

/// Whether `password` matches the PHC string `hash` (false for an empty or broken hash).
pub fn verify_password(password: &str, hash: &str) -> bool {
    !hash.is_empty()
        && Argon2::default()
            .verify_password(password.as_bytes(), hash)
            .is_ok()
}

/// Compares in time that depends only on the lengths (the token is not guessed byte by byte).
/// An empty expected value never matches.
pub fn same_secret(given: &str, expected: &str) -> bool {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    if b.is_empty() || a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Replaces a password typed in the settings by its hash, and (with `make_token`) an empty
/// token by a new one. The app makes the first token at start; the engine then replaces an
/// emptied one (*Rotate*) before it validates and saves new settings.
pub fn prepare(web: &mut crate::settings::WebUiSettings, make_token: bool) -> Result<(), String> {
    if !web.password.is_empty() {
        web.password_hash = hash_password(&web.password)?;
        web.password.clear();
    }
    if make_token && web.token.trim().is_empty() {
        web.token = new_token()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn a_password_hash_verifies_only_its_password() {
        let hash = hash_password("hunter2").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(!hash.contains("hunter2"));
        assert!(verify_password("hunter2", &hash));
        assert!(!verify_password("hunter3", &hash));
        assert!(!verify_password("", ""));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abd", "abc"));
        assert!(!same_secret("ab", "abc"));
        assert!(!same_secret("", ""), "an empty token never matches");
    }

    #[test]
    fn prepare_hashes_the_typed_password_and_fills_the_token() {
        let mut w = crate::settings::Settings::default().webui;
        w.password = "pw".into();
        prepare(&mut w, false).unwrap();
        assert!(w.token.is_empty(), "no token unless asked");
        prepare(&mut w, true).unwrap();
        assert!(w.password.is_empty());
        assert!(verify_password("pw", &w.password_hash));
        let token = w.token.clone();
        assert_eq!(token.len(), 64);
        prepare(&mut w, true).unwrap();
        assert_eq!(w.token, token, "a token is kept");
    }
}
