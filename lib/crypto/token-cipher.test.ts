import { describe, expect, it } from "vitest";
import { codeChallengeS256, verifyCodeChallenge } from "./pkce";
import { createKeyring, decryptSecret, encryptSecret, TokenCipherError } from "./token-cipher";

const oldKey = `k1:${Buffer.alloc(32, 1).toString("base64")}`;
const newKey = `k2:${Buffer.alloc(32, 2).toString("base64")}`;

describe("encryptSecret / decryptSecret", () => {
  it("round-trips, uses a fresh IV each time and never contains the plaintext", () => {
    const keyring = createKeyring(newKey);
    const a = encryptSecret("access-token-plaintext", "conn-1", keyring);
    const b = encryptSecret("access-token-plaintext", "conn-1", keyring);
    expect(a.keyId).toBe("k2");
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(Buffer.from(a.ciphertext, "base64").toString("latin1")).not.toContain("access-token");
    expect(decryptSecret(a, "conn-1", keyring)).toBe("access-token-plaintext");
  });

  it("refuses the wrong associated data, a tampered value and an unknown key", () => {
    const keyring = createKeyring(newKey);
    const value = encryptSecret("secret", "conn-1", keyring);
    expect(() => decryptSecret(value, "conn-2", keyring)).toThrow(TokenCipherError);
    const raw = Buffer.from(value.ciphertext, "base64");
    raw[14] = (raw[14] ?? 0) ^ 1;
    expect(() => decryptSecret({ ...value, ciphertext: raw.toString("base64") }, "conn-1", keyring)).toThrow(/does not authenticate/);
    expect(() => decryptSecret({ ...value, keyId: "nope" }, "conn-1", keyring)).toThrow('no key with id "nope" is configured');
  });

  it("decrypts values written under a retired key once it is listed as previous", () => {
    const written = encryptSecret("secret", "conn-1", createKeyring(oldKey));
    expect(() => decryptSecret(written, "conn-1", createKeyring(newKey))).toThrow(TokenCipherError);
    expect(decryptSecret(written, "conn-1", createKeyring(newKey, [oldKey]))).toBe("secret");
  });

  it("rejects malformed key specs", () => {
    expect(() => createKeyring("k1:c2hvcnQ=")).toThrow(TokenCipherError);
  });
});

describe("PKCE S256", () => {
  it("matches the RFC 7636 appendix B example", () => {
    expect(codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    expect(verifyCodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).toBe(true);
    expect(verifyCodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")).toBe(false);
    expect(verifyCodeChallenge("short", codeChallengeS256("short"))).toBe(false);
  });
});
