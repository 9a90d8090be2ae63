/**
 * Development outbox: mail kept in memory when no SMTP server is configured, shown at /dev/outbox.
 * On globalThis so a development server's module reloads keep the messages; bounded so it cannot grow.
 */
import { randomUUID } from "node:crypto";

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

const MAX_MESSAGES = 100;
const store = globalThis as typeof globalThis & { fathomOutbox?: OutboxMessage[] };

export function addToOutbox(message: Omit<OutboxMessage, "id" | "sentAt">): OutboxMessage {
  const entry = { ...message, id: randomUUID(), sentAt: new Date().toISOString() };
  store.fathomOutbox = [entry, ...(store.fathomOutbox ?? [])].slice(0, MAX_MESSAGES);
  return entry;
}

/** Newest first. */
export function listOutbox(): OutboxMessage[] {
  return [...(store.fathomOutbox ?? [])];
}

export function clearOutbox(): void {
  store.fathomOutbox = [];
}
