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
  // Whole-file problems (StatementParseError): the import form names the file field.
  fileEmpty: () => "the file is empty",
  fileTooLarge: (p: { bytes: number; limit: number }) => `the file is ${p.bytes} bytes; the limit is ${p.limit}`,
  fileBinaryNul: () => "the file is binary (it contains NUL bytes), not a text statement",
  fileBinaryControl: () => "the file is binary (too many control characters), not a text statement",
  filePdf: () => "the file is a PDF; export the statement as CSV, OFX, QIF or camt.053 instead",
  fileNoContent: () => "the file has no content",
  fileUnknownFormat: () => "the file is not a recognized statement format (CSV, OFX/QFX, QIF or camt.053)",
  camtNoStatement: () => "no camt statement (Stmt, Rpt or Ntfctn) found in the XML",
  csvNoRows: () => "the CSV file has no rows",
  csvNoDateAndAmount: () => "no row in the CSV file has both a date and an amount",
  csvNoDateColumn: (p: { headers: string }) => `no column looks like a date (headers: ${p.headers})`,
  csvNoAmountColumn: (p: { headers: string }) => `no column looks like an amount (headers: ${p.headers})`,
  markupTooDeep: (p: { depth: number }) => `elements are nested deeper than ${p.depth} levels`,
  markupEntities: () => "the file declares XML entities; refused to avoid entity-expansion attacks",
  ofxNoRoot: () => "no <OFX> element found",
  ofxNoStatement: () => "the OFX file contains no bank or credit-card statement (STMTRS/CCSTMTRS)",
  qifNoTransactions: () => "the QIF file has no bank, cash or credit-card transactions",
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
