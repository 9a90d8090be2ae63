import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "fathom-signature";
export const TIMESTAMP_HEADER = "fathom-timestamp";
/** Receivers should refuse deliveries whose timestamp is further than this from their clock (replays). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * HMAC-SHA256 over "<unix seconds>.<raw body>", hex, as "v1=<hex>". Signing the timestamp with the
 * body means a captured delivery cannot be replayed later with a fresh timestamp.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** For receivers (and tests): constant-time compare plus the timestamp window. */
export function verifyWebhookSignature(secret: string, header: { signature: string; timestamp: string }, body: string, nowSeconds: number): boolean {
  const timestamp = Number(header.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(header.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
