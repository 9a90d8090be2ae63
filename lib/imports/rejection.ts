/**
 * Why a statement row was set aside, as a stable code with its arguments next to the English
 * sentence. The English (`reason`) is what the CLI, the token API and old stored rows show; the
 * app renders `rejections.<code>` from the catalog in the reader's language. Keep the catalog's
 * English entries the same sentences as these.
 */

export type RejectionParams = Record<string, string | number>;

const ENGLISH = {
  dateEmpty: () => "the date is empty",
  dateInvalid: (p: { text: string }) => `"${p.text}" is not a valid date`,
  ofxDateInvalid: (p: { text: string }) => `"${p.text}" is not a valid OFX date`,
  amountEmpty: () => "the amount is empty",
  amountTooLong: () => "the amount is too long to be a number",
  amountInvalid: (p: { text: string }) => `"${p.text}" is not an amount`,
  amountUnsafe: () => "the amount is beyond the safe integer range",
  debitCreditEmpty: () => "both the debit and credit cells are empty",
  ofxNoAmount: () => "missing TRNAMT",
  ofxNoDate: () => "missing DTPOSTED",
  qifNoDate: () => "record has no date (D line)",
  qifNoAmount: () => "record has no amount (T line)",
  camtNoAmount: () => "entry has no Amt",
  camtNoDirection: () => "entry has no CdtDbtInd of CRDT or DBIT",
  camtNoDate: () => "entry has no BookgDt or ValDt",
  currencyInvalid: (p: { text: string }) => `"${p.text}" is not a currency code`,
  currencyMismatch: (p: { currency: string; accountCurrency: string }) => `currency: ${p.currency} differs from the account's currency ${p.accountCurrency}`,
} satisfies Record<string, (params: never) => string>;

export type RejectionCode = keyof typeof ENGLISH;

export interface Rejection {
  reason: string;
  code?: RejectionCode;
  params?: RejectionParams;
}

/** The English sentence plus the code and arguments the app translates. */
export function reject<C extends RejectionCode>(code: C, ...[params]: Parameters<(typeof ENGLISH)[C]> extends [] ? [] : Parameters<(typeof ENGLISH)[C]>): Rejection {
  const english = (ENGLISH[code] as (p: unknown) => string)(params);
  return params ? { reason: english, code, params: params as RejectionParams } : { reason: english, code };
}

/** The rejection part of a failed parse result, for passing it on unchanged. */
export function rejectionOf(failed: Rejection): Rejection {
  return failed.code ? { reason: failed.reason, code: failed.code, ...(failed.params ? { params: failed.params } : {}) } : { reason: failed.reason };
}

/** Prefixes the English with the cell ("debit: …") while the code still names the problem. */
export function inCell(cell: string, failed: Rejection): Rejection {
  return { ...rejectionOf(failed), reason: `${cell}: ${failed.reason}` };
}
