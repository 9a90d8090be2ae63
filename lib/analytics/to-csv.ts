/**
 * The CSV behind every chart's "Export CSV": the same columns and rows as its table view, money as
 * plain decimals (no symbols or grouping, so spreadsheets read them as numbers). RFC 4180 quoting,
 * and cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a quote.
 */
import { formatMinorAsDecimal } from "@/lib/money";

export type ColumnKind = "text" | "money" | "percent" | "count";

export interface TableColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}

export type TableRow = Record<string, string | number | null>;

function cell(value: string | number | null, kind: ColumnKind, currency: string): string {
  if (value === null) return "";
  if (kind === "money" && typeof value === "number") return formatMinorAsDecimal(value, currency);
  const text = String(value);
  if (kind === "text" && /^[=+\-@\t\r]/.test(text)) return `'${text}`;
  return text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly TableColumn[], rows: readonly TableRow[], currency: string): string {
  const header = columns.map((c) => quote(c.kind === "money" ? `${c.label} (${currency})` : c.kind === "percent" ? `${c.label} (%)` : c.label));
  const lines = rows.map((row) => columns.map((c) => quote(cell(row[c.key] ?? null, c.kind, currency))).join(","));
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
