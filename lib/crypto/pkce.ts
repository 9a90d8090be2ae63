/** PKCE (RFC 7636, S256 only) and the random secrets and hashes the OAuth flow is built from. */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes as base64url: 43 characters, within RFC 7636's 43..128 verifier length. */
export function createRandomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

export function codeChallengeS256(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

/** Servers store only this digest of codes and tokens, so a database leak reveals no usable secret. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

export function verifyCodeChallenge(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  const expected = Buffer.from(codeChallengeS256(verifier));
  const given = Buffer.from(challenge);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
