/**
 * AES-256-GCM for secrets at rest (bank tokens, PKCE verifiers, webhook secrets). Each value gets a
 * random 96-bit IV; the owning record's id is the associated data, so a ciphertext copied onto another
 * row fails to decrypt instead of handing one connection's token to another. The key id is stored
 * beside the ciphertext so keys can rotate: new writes use the current key, old keys still decrypt.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { tokenEncryptionKeys } from "@/lib/env";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Keyring {
  currentKeyId: string;
  keys: Map<string, Buffer>;
}

export interface EncryptedValue {
  /** base64(iv | ciphertext | tag) */
  ciphertext: string;
  keyId: string;
}

export class TokenCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenCipherError";
  }
}

function parseKey(spec: string): [string, Buffer] {
  const separator = spec.indexOf(":");
  const key = Buffer.from(spec.slice(separator + 1), "base64");
  if (separator < 1 || key.length !== 32) throw new TokenCipherError("a token key must be \"<keyId>:<32 bytes base64>\"");
  return [spec.slice(0, separator), key];
}

/** Builds a keyring from "<keyId>:<base64>" specs; the first is the current key. */
export function createKeyring(current: string, previous: string[] = []): Keyring {
  const [currentKeyId, currentKey] = parseKey(current);
  const keys = new Map<string, Buffer>([[currentKeyId, currentKey]]);
  for (const spec of previous) {
    const [id, key] = parseKey(spec);
    if (!keys.has(id)) keys.set(id, key);
  }
  return { currentKeyId, keys };
}

/** The keyring configured through lib/env (TOKEN_ENCRYPTION_KEY and TOKEN_KEYS_PREVIOUS). */
export function configuredKeyring(): Keyring {
  const { current, previous } = tokenEncryptionKeys();
  return createKeyring(current, previous);
}

export function encryptSecret(plaintext: string, associatedData: string, keyring: Keyring = configuredKeyring()): EncryptedValue {
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new TokenCipherError("the current key is missing from the keyring");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64"), keyId: keyring.currentKeyId };
}

/** Throws TokenCipherError for an unknown key id, a tampered value or the wrong associated data. */
export function decryptSecret(value: EncryptedValue, associatedData: string, keyring: Keyring = configuredKeyring()): string {
  const key = keyring.keys.get(value.keyId);
  if (!key) throw new TokenCipherError(`no key with id "${value.keyId}" is configured`);
  const raw = Buffer.from(value.ciphertext, "base64");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new TokenCipherError("the ciphertext is truncated");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new TokenCipherError("the ciphertext does not authenticate (wrong key, record or tampering)");
  }
}
