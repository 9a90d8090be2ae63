import type { RejectionKey } from "@/lib/i18n/catalog-key";
import type { Rejection, RejectionParams } from "./rejection";

/** A translator for the rejections namespace (useTranslations("rejections") or getTranslations("rejections")). */
export interface RejectionTranslator {
  (key: RejectionKey, values?: RejectionParams): string;
  has(key: string): boolean;
}

/** The reason in the reader's language; rows stored before codes existed keep their English reason. */
export function describeRejection(row: Rejection, t: RejectionTranslator): string {
  return row.code && t.has(row.code) ? t(row.code, row.params ?? {}) : row.reason;
}
