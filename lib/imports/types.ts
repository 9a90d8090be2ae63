/** The shape every statement parser returns, whatever the file format. */
import type { Rejection } from "./rejection";

export type StatementFormat = "csv" | "ofx" | "qif" | "camt053";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-1";

export interface ParsedTransaction {
  /** 1-based line in the decoded text where the record starts. */
  line?: number;
  /** The bank's own id (OFX FITID, camt AcctSvcrRef, CSV "Transaction ID"), used for idempotent storage. */
  externalId?: string;
  /** Calendar date as written by the bank, "YYYY-MM-DD"; no time zone conversion. */
  date: string;
  /** Integer minor units; negative means money left the account. */
  amount: number;
  currency: string;
  description: string;
  payee?: string;
  memo?: string;
  category?: string;
  /** Running balance after this transaction when the file states one, in minor units. */
  balance?: number;
  /** The source record as text, so a user can see exactly what was imported. */
  raw: string;
}

export interface StatedBalance {
  amount: number;
  date?: string;
}

export interface ParsedAccount {
  accountId?: string;
  currency: string;
  /** Closing balance the file states (OFX LEDGERBAL, camt CLBD). */
  statedBalance?: StatedBalance;
  /** Opening balance the file states (camt OPBD). */
  openingBalance?: StatedBalance;
  transactions: ParsedTransaction[];
}

export interface RejectedRow extends Rejection {
  line: number;
}

export interface ParsedStatement {
  format: StatementFormat;
  encoding: TextEncoding;
  accounts: ParsedAccount[];
  rejected: RejectedRow[];
  /** Things the user should know that are not row errors (skipped sections, total mismatches). */
  warnings: string[];
}

/** Thrown only when a file cannot be parsed at all; row problems go to `rejected` instead. */
export class StatementParseError extends Error {
  constructor(
    message: string,
    /** The code the app translates (rejections.*), when the producer gave one. */
    readonly rejection?: Rejection,
  ) {
    super(message);
    this.name = "StatementParseError";
  }

  static of(rejection: Rejection): StatementParseError {
    return new StatementParseError(rejection.reason, rejection);
  }
}
