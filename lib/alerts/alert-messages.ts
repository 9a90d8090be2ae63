import { readExplainMessage, type ExplainMessage } from "@/lib/i18n/explain-message";

/**
 * An alert's title and message as catalog messages, kept in Alert.data beside the English
 * title/message columns (which webhooks, e-mail and the API send as they are).
 */
export function alertMessages(title: ExplainMessage, message: ExplainMessage): { titleMessage: ExplainMessage; messageMessage: ExplainMessage } {
  return { titleMessage: title, messageMessage: message };
}

/** The messages stored by alertMessages; null for alerts written before them or without them. */
export function readAlertMessages(data: unknown): { titleMessage: ExplainMessage | null; messageMessage: ExplainMessage | null } {
  const record = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  return { titleMessage: readExplainMessage(record.titleMessage), messageMessage: readExplainMessage(record.messageMessage) };
}
