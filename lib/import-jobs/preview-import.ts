/**
 * The confirm step's data: what the file is, how many rows would be imported or set aside (with line
 * numbers), a sample of parsed rows, and for CSV the header, the mapping (the user's saved one for this
 * header, else the suggestion) and the first raw rows so the browser can re-apply an edited mapping live.
 * Nothing is stored.
 */
import { decodeText } from "@/lib/imports/decode-text";
import { headerFingerprint } from "@/lib/imports/header-fingerprint";
import { previewCsv } from "@/lib/imports/parse-csv";
import { parseStatement } from "@/lib/imports/parse-statement";
import type { CsvMapping } from "@/lib/imports/suggest-csv-mapping";
import { StatementParseError, type RejectedRow, type StatementFormat } from "@/lib/imports/types";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findSavedMapping } from "./find-saved-mapping";
import { assertUuid, parseFields, parseMappingText, PreviewFieldsInput, readUploadedFile, rejectedFile, type UploadedFile } from "./import-input";

const PREVIEW_ROWS = 20;
const PREVIEW_REJECTIONS = 100;

export interface ImportPreview {
  fileName: string;
  format: StatementFormat;
  encoding: string;
  transactions: number;
  dateRange: { from: string; to: string } | null;
  currencies: string[];
  rejectedCount: number;
  rejected: RejectedRow[];
  warnings: string[];
  sample: Array<{ line: number | null; date: string; amount: number; currency: string; description: string }>;
  csv: {
    headers: string[];
    fingerprint: string;
    mapping: CsvMapping;
    mappingSource: "given" | "saved" | "suggested";
    rows: Array<{ line: number; cells: string[]; raw: string }>;
  } | null;
}

export async function previewImport(userId: string, input: { file: UploadedFile | null; fields: Record<string, unknown> }): Promise<ImportPreview> {
  const file = await readUploadedFile(input.file);
  const fields = parseFields(PreviewFieldsInput, input.fields);
  const given = parseMappingText(fields.mapping);
  let currencyOption = {};
  if (fields.accountId) {
    const account = await prisma().account.findFirst({ where: { id: assertUuid(fields.accountId, "Account"), userId, archivedAt: null }, select: { currency: true } });
    if (!account) throw notFound("Account");
    currencyOption = { defaultCurrency: account.currency.trim() };
  }

  let csv: ImportPreview["csv"] = null;
  let mapping = given;
  const first = parseStatement(file.bytes, { format: fields.format, ...currencyOption, ...(given ? { csvMapping: given } : {}) });
  if (!first.ok) throw rejectedFile(first);
  let parsed = first;
  if (first.statement.format === "csv" && first.csvHeaders) {
    const saved = given ? undefined : await findSavedMapping(userId, first.csvHeaders);
    if (saved) {
      mapping = saved;
      const again = parseStatement(file.bytes, { format: "csv", ...currencyOption, csvMapping: saved });
      if (again.ok) parsed = again;
    }
    const text = decodeText(file.bytes).text;
    try {
      const preview = previewCsv(text, { ...currencyOption, ...(mapping ? { mapping } : {}) }, PREVIEW_ROWS);
      csv = {
        headers: preview.layout.headers,
        fingerprint: headerFingerprint(preview.layout.headers),
        mapping: preview.mapping,
        mappingSource: given ? "given" : mapping ? "saved" : "suggested",
        rows: preview.rows.map((row) => ({ line: row.line, cells: row.cells, raw: "" })),
      };
    } catch (error) {
      if (error instanceof StatementParseError) throw rejectedFile(error.rejection ?? { reason: error.message });
      throw error;
    }
  }
  const { statement } = parsed;
  const transactions = statement.accounts.flatMap((a) => a.transactions);
  const dates = transactions.map((t) => t.date).sort();
  return {
    fileName: file.name,
    format: statement.format,
    encoding: statement.encoding,
    transactions: transactions.length,
    dateRange: dates.length ? { from: dates[0] ?? "", to: dates[dates.length - 1] ?? "" } : null,
    currencies: [...new Set(transactions.map((t) => t.currency))].sort(),
    rejectedCount: statement.rejected.length,
    rejected: statement.rejected.slice(0, PREVIEW_REJECTIONS),
    warnings: statement.warnings,
    sample: transactions.slice(0, 10).map((t) => ({ line: t.line ?? null, date: t.date, amount: t.amount, currency: t.currency, description: t.description })),
    csv,
  };
}
