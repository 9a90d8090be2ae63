/**
 * Why a link attempt failed, as a fixed code the Accounts page turns into a sentence. Only the code
 * travels in the redirect URL, so nothing a bank or attacker sends is ever echoed onto the page.
 */
export const LINK_ERROR_CODES = ["denied", "state_mismatch", "expired", "code_reused", "verifier_mismatch", "exchange_failed", "bank_unavailable", "no_accounts"] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

export class LinkError extends Error {
  constructor(readonly code: LinkErrorCode, detail?: string) {
    super(detail ?? code);
    this.name = "LinkError";
  }
}

export function describeLinkError(code: string, bankName: string): string {
  switch (code as LinkErrorCode) {
    case "denied":
      return `You declined access at ${bankName}. Nothing was linked.`;
    case "state_mismatch":
      return "This bank response does not belong to a link you started in this session, so it was ignored. Nothing was linked; start again from this page.";
    case "expired":
      return "The link attempt took too long and expired. Nothing was linked; start again.";
    case "code_reused":
      return `${bankName} says this authorization was already used. For your safety nothing was linked; start again.`;
    case "verifier_mismatch":
      return `${bankName} could not verify that this link was started here (PKCE check failed). Nothing was linked; start again.`;
    case "exchange_failed":
      return `${bankName} refused the authorization. Nothing was linked; start again.`;
    case "bank_unavailable":
      return `${bankName} is not answering right now. Nothing was linked; try again in a minute.`;
    case "no_accounts":
      return `${bankName} did not share any accounts we could read. Nothing was linked.`;
    default:
      return "Linking failed. Nothing was linked; start again.";
  }
}
