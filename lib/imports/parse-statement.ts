import { decodeText } from "./decode-text";
import { detectFormat } from "./detect-format";
import { parseCamt053 } from "./parse-camt053";
import { parseCsv } from "./parse-csv";
import { parseOfx } from "./parse-ofx";
import { parseQif } from "./parse-qif";
import type { CsvDelimiter } from "./split-csv-rows";
import type { CsvMapping } from "./suggest-csv-mapping";
import { reject, rejectionOf, type Rejection } from "./rejection";
import { StatementParseError, type ParsedStatement, type StatementFormat } from "./types";

export interface ParseStatementOptions {
  /** Skip detection; "auto" or undefined detects. */
  format?: StatementFormat | "auto";
  /** The account's currency, for formats or files that do not state one (QIF, many CSVs). */
  defaultCurrency?: string;
  csvMapping?: CsvMapping;
  csvDelimiter?: CsvDelimiter;
  qifDateOrder?: "dmy" | "mdy";
}

export type ParseStatementResult =
  | { ok: true; statement: ParsedStatement; csvMapping?: CsvMapping; csvHeaders?: string[] }
  | ({ ok: false } & Rejection);

/**
 * Decodes, detects and parses a statement file. Never throws: a file that cannot be parsed at
 * all gives `{ ok: false, reason }`; a file with some bad rows gives `ok: true` with those rows
 * in `statement.rejected`.
 */
export function parseStatement(bytes: Uint8Array, options: ParseStatementOptions = {}): ParseStatementResult {
  try {
    return parseOrThrow(bytes, options);
  } catch (error) {
    if (error instanceof StatementParseError) return { ok: false, ...(error.rejection ? rejectionOf(error.rejection) : {}), reason: error.message };
    // Anything else is a bug in a parser; the user still gets a reason instead of a crash.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, reason: `the file could not be parsed (${detail.slice(0, 200)})` };
  }
}

function parseOrThrow(bytes: Uint8Array, options: ParseStatementOptions): ParseStatementResult {
  const { text, encoding } = decodeText(bytes);
  if (text.trim().length === 0) throw StatementParseError.of(reject("fileNoContent"));
  const format = options.format && options.format !== "auto" ? options.format : detectFormat(text);
  if (!format) {
    throw StatementParseError.of(reject("fileUnknownFormat"));
  }
  const currencyOption = options.defaultCurrency ? { defaultCurrency: options.defaultCurrency } : {};
  const base = { format, encoding };
  switch (format) {
    case "ofx": {
      const parsed = parseOfx(text, currencyOption);
      return { ok: true, statement: { ...base, ...parsed } };
    }
    case "camt053": {
      const parsed = parseCamt053(text, currencyOption);
      return { ok: true, statement: { ...base, ...parsed } };
    }
    case "qif": {
      const parsed = parseQif(text, {
        ...currencyOption,
        ...(options.qifDateOrder ? { dateOrder: options.qifDateOrder } : {}),
      });
      return { ok: true, statement: { ...base, ...parsed } };
    }
    case "csv": {
      const parsed = parseCsv(text, {
        ...currencyOption,
        ...(options.csvMapping ? { mapping: options.csvMapping } : {}),
        ...(options.csvDelimiter ? { delimiter: options.csvDelimiter } : {}),
      });
      const { accounts, rejected, warnings } = parsed;
      return {
        ok: true,
        statement: { ...base, accounts, rejected, warnings },
        csvMapping: parsed.mapping,
        csvHeaders: parsed.layout.headers,
      };
    }
    default: {
      const unreachable: never = format;
      throw new StatementParseError(`unsupported format ${String(unreachable)}`);
    }
  }
}
