import { readExplainMessage, type ExplainMessage } from "@/lib/i18n/explain-message";

/** The catalog message detectors store in Anomaly.details.message; null for findings stored before it. */
export function storedAnomalyMessage(details: unknown): ExplainMessage | null {
  return typeof details === "object" && details !== null ? readExplainMessage((details as Record<string, unknown>).message) : null;
}
