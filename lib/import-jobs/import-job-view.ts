import type { RejectedRow } from "@/lib/imports/types";
import type { RejectionCode, RejectionParams } from "@/lib/imports/rejection";

export interface ImportJobView {
  id: string;
  accountId: string | null;
  accountName: string | null;
  fileName: string;
  format: "csv" | "ofx" | "qif" | "camt053";
  status: "pending" | "running" | "succeeded" | "failed";
  totalRows: number;
  processedRows: number;
  importedRows: number;
  duplicateRows: number;
  mergedRows: number;
  rejectedRows: number;
  rejections: RejectedRow[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export const IMPORT_JOB_SELECT = {
  id: true, accountId: true, fileName: true, format: true, status: true, totalRows: true, processedRows: true, importedRows: true,
  duplicateRows: true, mergedRows: true, rejectedRows: true, rejections: true, error: true, createdAt: true, finishedAt: true,
} as const;

interface ImportJobRow {
  id: string; accountId: string | null; fileName: string; format: ImportJobView["format"]; status: ImportJobView["status"];
  totalRows: number; processedRows: number; importedRows: number; duplicateRows: number; mergedRows: number; rejectedRows: number;
  rejections: unknown; error: string | null; createdAt: Date; finishedAt: Date | null;
}

export function toImportJobView(row: ImportJobRow, accountName: string | null): ImportJobView {
  const rejections = Array.isArray(row.rejections)
    ? row.rejections.flatMap((r: unknown) => {
        const item = r as { line?: unknown; reason?: unknown; code?: unknown; params?: unknown };
        if (typeof item.line !== "number" || typeof item.reason !== "string") return [];
        // Rows stored before rejections had codes carry only the English reason.
        const coded = typeof item.code === "string" ? { code: item.code as RejectionCode, params: isParams(item.params) ? item.params : {} } : {};
        return [{ line: item.line, reason: item.reason, ...coded }];
      })
    : [];
  return {
    ...row, rejections, accountName,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

function isParams(value: unknown): value is RejectionParams {
  return typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string" || typeof v === "number");
}
