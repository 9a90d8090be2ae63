import { hash } from "node:crypto";
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
  // crypto.hash: one call, no Hash object per row (half the cost of createHash on 100k-row imports).
  return hash("sha256", canonical, "hex");
}
