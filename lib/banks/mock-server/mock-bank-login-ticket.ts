/**
 * Between "signed in at the bank" and "approved the consent" the bank remembers the customer with a
 * short-lived HMAC-signed ticket instead of a bank-side session table: the consent form carries it back.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ProviderId } from "@/lib/banks/provider";
import { authSecret } from "@/lib/env";

export const LOGIN_TICKET_TTL_MS = 10 * 60_000;

function sign(payload: string): string {
  return createHmac("sha256", `mock-bank-login:${authSecret()}`).update(payload).digest("base64url");
}

export function issueLoginTicket(bank: ProviderId, customerRef: string, now: Date): string {
  const payload = Buffer.from(JSON.stringify({ bank, customerRef, exp: now.getTime() + LOGIN_TICKET_TTL_MS })).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The customer reference, or null for a forged, foreign-bank or expired ticket. */
export function readLoginTicket(bank: ProviderId, ticket: string, now: Date): string | null {
  const [payload = "", signature = ""] = ticket.split(".");
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { bank?: unknown; customerRef?: unknown; exp?: unknown };
    if (data.bank !== bank || typeof data.customerRef !== "string" || typeof data.exp !== "number" || data.exp < now.getTime()) return null;
    return data.customerRef;
  } catch {
    return null;
  }
}
