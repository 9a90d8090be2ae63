import { createHash } from "node:crypto";
import { normalizeDescription } from "./describe-similarity";

export interface DedupKeyInput {
  accountId: string;
  /** YYYY-MM-DD. */
  date: string;
  amount: number;
  currency: string;
  description: string;
}

/**
 * SHA-256 over what identifies a transaction's content: account, booking date, signed amount, currency
 * and normalized description. Sources without stable ids (statement files) are stored idempotently by it;
 * for sources with ids it finds exact re-deliveries under a new id.
 */
export function computeDedupKey(input: DedupKeyInput): string {
  const canonical = [input.accountId, input.date, String(input.amount), input.currency, normalizeDescription(input.description)].join("\u001f");
  return createHash("sha256").update(canonical).digest("hex");
}

/** SHA-256 of a raw provider payload, keys sorted so the same record serialized differently hashes the same. */
export function computeContentHash(payload: unknown): string {
  return createHash("sha256").update(stableStringify(payload)).digest("hex");
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(",")}}`;
}
