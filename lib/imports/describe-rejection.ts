import type { RejectionKey } from "@/lib/i18n/catalog-key";
import type { RejectionParams } from "./rejection";

/** A translator for the rejections namespace (useTranslations("rejections") or getTranslations("rejections")). */
export interface RejectionTranslator {
  (key: RejectionKey, values?: RejectionParams): string;
  has(key: string): boolean;
}

/** A statement rejection or a sync quarantine: the English reason, and a code once producers had one. */
export interface CodedReason {
  reason: string;
  code?: string | null;
  params?: RejectionParams | null;
}

/**
 * The reason in the reader's language; rows stored before codes existed keep their English reason.
 * Sync quarantine codes live under "sync." (`prefix`), statement rejections at the top.
 */
export function describeRejection(row: CodedReason, t: RejectionTranslator, prefix: "" | "sync." = ""): string {
  const key = row.code ? `${prefix}${row.code}` : null;
  return key && t.has(key) ? t(key as RejectionKey, row.params ?? {}) : row.reason;
}
