#!/usr/bin/env python3
"""Checks a Frontline credential offline, with PyJWT only: no Frontline code, no network.

    python3 verify-credential.py CREDENTIAL.jwt JWKS.json [STATUS-LIST.jwt]

CREDENTIAL.jwt is the file downloaded from a certificate page; JWKS.json is a copy of the
installation's /.well-known/jwks.json; STATUS-LIST.jwt, if given, a copy of the list the
credential names in credentialStatus.statusListCredential. Exit status: 0 genuine (and not
revoked), 1 not genuine, 2 revoked. Needs `pip install "pyjwt[crypto]"`.
"""
import base64, gzip, json, sys

import jwt


def verified(token, jwks):
    header = jwt.get_unverified_header(token)
    keys = {k["kid"]: k for k in jwks["keys"]}
    if header.get("kid") not in keys:
        raise jwt.InvalidTokenError(f"key {header.get('kid')!r} is not in the JWKS")
    jwk = keys[header["kid"]]
    # The algorithm is the published key's (RS256; EdDSA for keys made before), never the
    # token's own choice.
    if jwk.get("alg") not in ("RS256", "EdDSA"):
        raise jwt.InvalidTokenError(f"the key's algorithm {jwk.get('alg')!r} is not RS256 or EdDSA")
    key = jwt.PyJWK(jwk)
    return jwt.decode(token, key, algorithms=[jwk["alg"]], options={"require": ["iss", "nbf"]})


def revoked(status_list, jwks, index):
    claims = verified(status_list, jwks)
    encoded = claims["credentialSubject"]["encodedList"]
    assert encoded.startswith("u"), "multibase base64url"
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    token = "".join(open(sys.argv[1]).read().split())
    jwks = json.load(open(sys.argv[2]))
    try:
        credential = verified(token, jwks)
    except jwt.InvalidTokenError as e:
        print(f"NOT GENUINE: {e}")
        sys.exit(1)
    subject = credential["credentialSubject"]
    achievement = subject["achievement"]
    holder = next((i["identityHash"] for i in subject.get("identifier", []) if i.get("identityType") == "name"), "?")
    print(f"GENUINE: {holder} earned \"{achievement['name']}\" (version {achievement.get('version')}, "
          f"{achievement.get('inLanguage')}) from {credential['issuer']['name']} on {credential['validFrom']}")
    if len(sys.argv) == 4:
        index = int(credential["credentialStatus"]["statusListIndex"])
        if revoked("".join(open(sys.argv[3]).read().split()), jwks, index):
            print("REVOKED: the issuer's status list marks it revoked")
            sys.exit(2)
        print("not revoked")


if __name__ == "__main__":
    main()
