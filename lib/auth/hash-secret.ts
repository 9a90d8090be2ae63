import { createHash, randomBytes } from "node:crypto";

/** SHA-256 hex of a high-entropy secret. A fast hash is enough: the secret has 256 random bits, unlike a password. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** 32 random bytes as base64url, behind a readable prefix so leaked secrets are recognisable (e.g. by secret scanners). */
export function generateSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}
