//! Revocation as W3C Bitstring Status List v1.0 defines it: each credential names a list and an
//! index in it; the list is a signed credential whose bit at that index is 1 once revoked.
//! Pure: positions and the encoded bits.

use std::io::{Read, Write};

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD as B64};
use chrono::{DateTime, Utc};
use flate2::{Compression, read::GzDecoder, write::GzEncoder};
use serde_json::{Value, json};

use super::Issuer;
use super::badge::{VC_CONTEXT, timestamp};

/// Bits per list: the specification's minimum (16 KB), so that one revocation hides among
/// 131,072 credentials ("herd privacy").
pub const LIST_BITS: u32 = 131_072;

/// Where a credential's status bit is: list `list` (from 1), bit `index`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusPosition {
    pub list: u32,
    pub index: u32,
}

impl StatusPosition {
    /// A bit drawn at random for the next credential, `signed` credentials having been signed
    /// before it. Each list is filled to half at most, so a draw rarely meets a taken bit and
    /// the taken bits never stand out from the free.
    pub fn draw(signed: u64) -> Self {
        let list = (signed / (LIST_BITS as u64 / 2)) as u32 + 1;
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).expect("the OS random source works");
        Self { list, index: u32::from_le_bytes(bytes) % LIST_BITS }
    }

    pub fn list_url(&self, issuer: &Issuer) -> String {
        list_url(issuer, self.list)
    }
}

pub fn list_url(issuer: &Issuer, list: u32) -> String {
    issuer.at(&format!("/credentials/status/{list}"))
}

/// The bits with `set` at 1 (the first bit is the most significant of the first byte),
/// gzipped, base64url, with the multibase prefix `u`.
pub fn encode(set: impl IntoIterator<Item = u32>) -> String {
    let mut bits = vec![0u8; (LIST_BITS / 8) as usize];
    for i in set.into_iter().filter(|i| *i < LIST_BITS) {
        bits[(i / 8) as usize] |= 0x80 >> (i % 8);
    }
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&bits).expect("writing to memory");
    format!("u{}", B64.encode(gz.finish().expect("writing to memory")))
}

/// Bit `index` of an encoded list, or `None` if the list cannot be read.
pub fn bit(encoded: &str, index: u32) -> Option<bool> {
    let gz = B64.decode(encoded.strip_prefix('u')?).ok()?;
    let mut bits = Vec::new();
    GzDecoder::new(gz.as_slice()).take(LIST_BITS as u64 / 8 + 1).read_to_end(&mut bits).ok()?;
    let byte = bits.get((index / 8) as usize)?;
    Some(byte & (0x80 >> (index % 8)) != 0)
}

/// The list as an unsigned `BitstringStatusListCredential`, with the registered JWT claims
/// (issuer, id, issued now) that standard JWT tools check.
pub fn credential(issuer: &Issuer, list: u32, encoded: String, now: DateTime<Utc>) -> Value {
    let url = list_url(issuer, list);
    json!({
        "iss": issuer.id(),
        "jti": url,
        "iat": now.timestamp(),
        "nbf": now.timestamp(),
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer.id(),
        "validFrom": timestamp(now),
        "credentialSubject": {
            "id": format!("{url}#list"),
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_are_drawn_at_random_and_lists_fill_to_half() {
        let draws: Vec<StatusPosition> = (0..50).map(|_| StatusPosition::draw(10)).collect();
        assert!(draws.iter().all(|p| p.list == 1 && p.index < LIST_BITS));
        let distinct: std::collections::HashSet<u32> = draws.iter().map(|p| p.index).collect();
        assert!(distinct.len() > 45, "not random: {distinct:?}");
        assert_eq!(StatusPosition::draw(65_535).list, 1);
        assert_eq!(StatusPosition::draw(65_536).list, 2);
    }

    #[test]
    fn set_bits_read_back_and_nothing_else_is_set() {
        let encoded = encode([0, 9, 131_071, 999_999]);
        assert!(encoded.starts_with('u'));
        // 16 KB of mostly zeros compresses to well under a kilobyte.
        assert!(encoded.len() < 400, "{}", encoded.len());
        for i in [0, 9, 131_071] {
            assert_eq!(bit(&encoded, i), Some(true), "{i}");
        }
        for i in [1, 8, 10, 65_536, 131_070] {
            assert_eq!(bit(&encoded, i), Some(false), "{i}");
        }
        assert_eq!(bit("not a list", 0), None);
    }
}
