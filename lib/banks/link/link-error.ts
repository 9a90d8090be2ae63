/**
 * Why a link attempt failed, as a fixed code the Accounts page turns into a sentence from the
 * catalog (errors.link.*). Only the code travels in the redirect URL, so nothing a bank or attacker
 * sends is ever echoed onto the page.
 */
export const LINK_ERROR_CODES = ["denied", "state_mismatch", "expired", "code_reused", "verifier_mismatch", "exchange_failed", "bank_unavailable", "no_accounts"] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

export class LinkError extends Error {
  constructor(readonly code: LinkErrorCode, detail?: string) {
    super(detail ?? code);
    this.name = "LinkError";
  }
}
